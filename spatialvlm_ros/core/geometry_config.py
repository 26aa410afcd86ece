"""The thresholds of the geometry pipeline (``config/geometry.yaml``): metres, pixels, degrees."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_fields

DEFAULT_CONFIG_NAME = "geometry.yaml"


@dataclass
class GeometryConfig:
    """Thresholds of the geometry pipeline (metres, pixels, degrees). See config/geometry.yaml."""

    # depth
    min_depth_m: float = 0.05
    max_depth_m: float = 10.0
    # object pixels
    erode_px: int = 0
    edge_abs_m: float = 0.015
    edge_rel: float = 0.02
    component_depth_margin_m: float = 0.05
    component_gap_m: float = 0.05
    component_min_pixels: int = 5
    bleed_max_px: int = 4
    min_object_pixels: int = 30
    support_remove_m: float = 0.012
    smooth_px: int = 1
    object_sample_m: float = 0.003
    object_min_sampled_pixels: int = 4000
    label_scan_pixels: int = 307200
    # object points
    voxel_m: float = 0.0
    sor_k: int = 0
    sor_std: float = 2.0
    cluster_eps_m: float = 0.0
    # boxes
    percentile: float = 0.5
    footprint_percentile: float = 0.1
    support_extend_m: float = 0.015
    support_max_extend_m: float = 0.25
    support_free_fraction: float = 0.2
    support_on_objects: bool = True
    # support plane
    plane_iterations: int = 200
    plane_threshold_m: float = 0.01
    plane_sample_points: int = 3000
    plane_min_inliers: int = 150
    plane_min_inlier_fraction: float = 0.1
    plane_max_tilt_deg: float = 80.0
    plane_level_tilt_deg: float = 30.0
    plane_pose_max_tilt_deg: float = 10.0
    plane_support_tol_m: float = 0.04
    plane_candidates: int = 3
    plane_min_camera_height_m: float = 0.05
    # misc
    store_points: bool = True
    seed: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GeometryConfig:
        """Build from a mapping; one level of sections (``objects: {...}``) is flattened.

        Unknown keys and values of the wrong type raise :class:`ConfigError` (the rule of
        :func:`~spatialvlm_ros.resources.config_fields`).
        """
        if not isinstance(data, dict):
            raise ConfigError("geometry config must be a mapping")
        flat: dict[str, Any] = {}
        for key, value in data.items():
            if isinstance(value, dict):
                flat.update(value)
            else:
                flat[key] = value
        return cls(**config_fields(cls, flat, "geometry"))

    @classmethod
    def from_yaml(cls, path: str | Path | None = None) -> GeometryConfig:
        """Read ``path`` (default ``config/geometry.yaml``)."""
        from spatialvlm_ros.resources import load_config

        return cls.from_dict(load_config(path if path is not None else DEFAULT_CONFIG_NAME))

    def replace(self, **changes: Any) -> GeometryConfig:
        return dataclasses.replace(self, **changes)
