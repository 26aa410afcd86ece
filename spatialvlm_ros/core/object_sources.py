"""Where each object of a scene comes from: the camera, or a TF frame with a configured size.

On a robot the gripper's pose is known from TF (the tool centre point, TCP) far better
than the camera can measure it: the arm hides it and the image border cuts it. An
:class:`ObjectSources` mapping (``config/object_sources.yaml``) names the objects taken
from TF; every other object comes from the camera (the estimator's scene). The camera-only
mapping (no TF objects) is what the SpatialVLM paper measures.

A TF object is a box rigidly attached to a TF frame:

- ``frame``: the TF frame (e.g. ``panda_hand_tcp``);
- ``center_m``: the box centre in that frame, metres;
- ``size_m``: the box's extents along that frame's x, y, z axes, metres.

:func:`tf_object_box` turns it into the gravity-aligned :class:`Box3D` of a z-up scene
frame, given ``T_scene_frame`` (4x4, maps points from the TF frame into the scene frame);
:func:`with_tf_objects` puts such boxes into a scene graph in place of (or besides) the
camera's objects of the same names.

Source labels (:data:`SOURCE_CAMERA`, :func:`tf_source_label`, :data:`SOURCE_CAMERA_FALLBACK`)
say where an object was taken from; the reward message carries them.

numpy/scipy/yaml only; no transport.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.posed_box import box_from_pose
from spatialvlm_ros.core.scene import Box3D, SceneGraph, SceneObject
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import load_config

#: The object was estimated from the camera image (depth + masks, or the VLM).
SOURCE_CAMERA = "camera"
#: The object should come from TF but its frame was missing: the camera estimate was used (flagged).
SOURCE_CAMERA_FALLBACK = "camera_fallback"
#: What a missing TF frame does: the estimate is ``invalid``, or falls back to the ``camera``.
ON_MISSING = ("invalid", "camera")


def tf_source_label(frame: str) -> str:
    """The source label of an object taken from TF frame ``frame``: ``"tf:<frame>"``."""
    return f"tf:{frame}"


@dataclass
class TFObject:
    """A box rigidly attached to TF frame ``frame`` (see the module docstring; metres)."""

    name: str
    frame: str
    size_m: np.ndarray
    center_m: np.ndarray = field(default_factory=lambda: np.zeros(3))

    def __post_init__(self) -> None:
        self.name = str(self.name)
        self.frame = str(self.frame).lstrip("/")
        if not self.frame:
            raise ConfigError(f"object source {self.name!r}: frame must name a TF frame")
        for key in ("size_m", "center_m"):
            try:
                value = np.asarray(getattr(self, key), dtype=float).reshape(3)
            except (TypeError, ValueError):
                raise ConfigError(f"object source {self.name!r}: {key} must be 3 numbers (metres)") from None
            if not np.all(np.isfinite(value)):
                raise ConfigError(f"object source {self.name!r}: {key} must be finite")
            setattr(self, key, value)
        if np.any(self.size_m <= 0):
            raise ConfigError(f"object source {self.name!r}: size_m must be > 0 on every axis, got {self.size_m.tolist()}")

    @classmethod
    def from_dict(cls, name: str, data: Any) -> TFObject:
        if not isinstance(data, dict):
            raise ConfigError(f"object source {name!r} must be a mapping with frame and size_m")
        unknown = sorted(set(data) - {"frame", "size_m", "center_m"})
        if unknown:
            raise ConfigError(f"object source {name!r}: unknown key(s) {', '.join(unknown)}")
        if "frame" not in data or "size_m" not in data:
            raise ConfigError(f"object source {name!r}: needs frame and size_m")
        return cls(name=name, frame=data["frame"], size_m=data["size_m"], center_m=data.get("center_m", (0, 0, 0)))

    def to_dict(self) -> dict[str, Any]:
        return {"frame": self.frame, "size_m": self.size_m.tolist(), "center_m": self.center_m.tolist()}


@dataclass
class ObjectSources:
    """Which objects come from TF (``tf``, keyed by name) and what a missing frame does.

    ``on_missing``: ``"invalid"`` (the estimate is invalid, with the TF error as reason)
    or ``"camera"`` (the camera's estimate of that object is used, labelled
    :data:`SOURCE_CAMERA_FALLBACK`). With no TF objects every object is from the camera.
    """

    tf: dict[str, TFObject] = field(default_factory=dict)
    on_missing: str = "invalid"
    name: str = "camera"

    def __post_init__(self) -> None:
        if self.on_missing not in ON_MISSING:
            raise ConfigError(f"object sources {self.name!r}: on_missing must be one of {', '.join(ON_MISSING)}, "
                              f"got {self.on_missing!r}")
        self.tf = {normalize_name(k): v for k, v in self.tf.items()}

    @property
    def camera_only(self) -> bool:
        return not self.tf

    def tf_object(self, name: str) -> TFObject | None:
        """The TF object called ``name`` (None when it comes from the camera)."""
        return self.tf.get(normalize_name(name))

    @classmethod
    def from_dict(cls, data: Any, name: str = "custom") -> ObjectSources:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(f"object sources {name!r} must be a mapping")
        unknown = sorted(set(data) - {"objects", "on_missing"})
        if unknown:
            raise ConfigError(f"object sources {name!r}: unknown key(s) {', '.join(unknown)}")
        objects = data.get("objects") or {}
        if not isinstance(objects, dict):
            raise ConfigError(f"object sources {name!r}: objects must map names to {{frame, size_m, center_m}}")
        tf = {str(k): TFObject.from_dict(str(k), v) for k, v in objects.items()}
        return cls(tf=tf, on_missing=str(data.get("on_missing", "invalid")), name=name)

    @classmethod
    def from_yaml(cls, preset: str = "", path: str | None = None, **overrides: Any) -> ObjectSources:
        """Preset ``preset`` of ``config/object_sources.yaml`` (or ``path``); '' = the file's ``default``.

        ``overrides``: ``on_missing`` and/or ``frames`` (``{object name: TF frame}``, e.g. a
        robot whose TCP frame is named differently).
        """
        cfg = load_config(path or "object_sources.yaml")
        presets = cfg.get("presets") or {}
        preset = preset or str(cfg.get("default", "camera"))
        if preset not in presets:
            raise ConfigError(f"object sources {preset!r} not in {path or 'object_sources.yaml'} "
                              f"(has: {', '.join(sorted(presets)) or 'none'})")
        sources = cls.from_dict(presets[preset], name=preset)
        unknown = sorted(set(overrides) - {"on_missing", "frames"})
        if unknown:
            raise ConfigError(f"object sources: unknown override(s) {', '.join(unknown)}")
        if "on_missing" in overrides and overrides["on_missing"]:
            sources = dataclasses.replace(sources, on_missing=str(overrides["on_missing"]))
        for obj_name, frame in (overrides.get("frames") or {}).items():
            obj = sources.tf_object(obj_name)
            if obj is None:
                raise ConfigError(f"object sources {preset!r}: no TF object {obj_name!r} to rename the frame of")
            sources.tf[normalize_name(obj_name)] = dataclasses.replace(obj, frame=str(frame))
        return sources


def tf_object_box(obj: TFObject, T_scene_frame: np.ndarray) -> Box3D:
    """The gravity-aligned box (scene frame, z up, metres) of ``obj`` when its TF frame has
    pose ``T_scene_frame`` (4x4) in the scene: exact for a frame whose z axis is vertical
    (up or down), else the tightest box about the yaw of the frame's x axis."""
    T = np.asarray(T_scene_frame, dtype=float)
    if T.shape != (4, 4) or not np.all(np.isfinite(T)):
        raise ValueError("T_scene_frame must be a finite 4x4 transform")
    R = T[:3, :3]
    center = R @ obj.center_m + T[:3, 3]
    return box_from_pose(obj.size_m, center, R)


def with_tf_objects(scene: SceneGraph, boxes: dict[str, Box3D]) -> SceneGraph:
    """A copy of ``scene`` in which each ``boxes`` name is that box: a camera object of the same
    name (any number of them) is replaced, a missing one added. Other objects are shared."""
    keys = {normalize_name(n) for n in boxes}
    kept = [o for o in scene.objects if normalize_name(o.name) not in keys]
    next_id = max([0, *(o.id for o in scene.objects)]) + 1
    added = []
    for i, (name, box) in enumerate(sorted(boxes.items())):
        old = next((o for o in scene.objects if normalize_name(o.name) == normalize_name(name)), None)
        oid = old.id if old is not None else next_id + i
        added.append(SceneObject(id=oid, name=name, box=Box3D(box.center.copy(), box.size.copy(), box.yaw)))
    return dataclasses.replace(scene, objects=kept + added)



def object_sources_of(estimate: Any, objects: Sequence[str]) -> dict[str, str]:
    """``{name: source label}`` for ``objects``: the estimate's ``details["object_sources"]``,
    :data:`SOURCE_CAMERA` for any object it does not label (an estimator without TF objects)."""
    details = getattr(estimate, "details", None) or {}
    given = details.get("object_sources") or {}
    by_key = {normalize_name(k): str(v) for k, v in given.items()}
    return {str(n): by_key.get(normalize_name(n), SOURCE_CAMERA) for n in objects}
