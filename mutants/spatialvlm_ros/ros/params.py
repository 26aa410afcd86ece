"""The ROS parameters of every node, declared in one place.

The rclpy nodes declare exactly these (name, default, description) with
``declare_parameter``; the offline replay and the tests resolve parameter
files against them (:func:`resolve`), so a YAML key that no node declares, or a
value of the wrong type, is caught without ROS.

Units: every ``*_s`` is seconds, ``*_hz`` hertz, ``*_m`` metres; frames are TF
frame names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spatialvlm_ros.errors import ConfigError


@dataclass(frozen=True)
class Param:
    """One declared parameter; its type is the type of ``default`` (lists: of its items' type)."""

    name: str
    default: Any
    description: str

    @property
    def type_name(self) -> str:
        d = self.default
        if isinstance(d, bool):
            return "bool"
        if isinstance(d, int):
            return "int"
        if isinstance(d, float):
            return "double"
        if isinstance(d, str):
            return "string"
        if isinstance(d, list):
            inner = "double" if d and isinstance(d[0], float) else "string"
            return f"{inner}[]"
        raise TypeError(f"unsupported parameter default {d!r}")


CAMERA_PARAMS: tuple[Param, ...] = (
    Param("rgb_topic", "/camera/camera/color/image_raw", "colour image (rgb8, bgr8, mono8)"),
    Param("depth_topic", "/camera/camera/aligned_depth_to_color/image_raw",
          "depth registered to colour (16UC1 mm or 32FC1 m; unit from the encoding)"),
    Param("camera_info_topic", "/camera/camera/color/camera_info", "CameraInfo of the colour image"),
    Param("masks_topic", "", "optional spatialvlm_ros/InstanceMasks topic ('' = none; a grounder finds objects)"),
    Param("image_qos", "sensor_data", "QoS of the camera subscriptions: sensor_data (best effort) or reliable"),
    Param("sync_slop_s", 0.02, "ApproximateTimeSynchronizer slop, seconds (keep it small)"),
    Param("sync_queue_size", 10, "ApproximateTimeSynchronizer queue size"),
    Param("no_image_warning_s", 3.0, "warn when no synchronised frame arrived for this long, seconds"),
    Param("world_frame", "", "gravity-aligned TF frame (z up) for T_world_camera, e.g. base_link ('' = none)"),
    Param("tf_timeout_s", 0.1, "how long a TF lookup at the image stamp may wait, seconds"),
)

ESTIMATOR_PARAMS: tuple[Param, ...] = (
    Param("backend", "geometry", "estimator backend: geometry, vlm or hybrid"),
    Param("model_config", "", "vlm/hybrid model config, e.g. models/spaceqwen2_5_vl_3b.yaml ('' = models/default.yaml)"),
    Param("checkpoint", "", "model folder or hub id replacing the model config's vlm.model ('' = keep)"),
    Param("geometry_config", "", "geometry config YAML ('' = config/geometry.yaml)"),
    Param("device", "", "torch device of the model: cuda, cuda:1, cpu ('' = the model config's)"),
    Param("autostart", True, "configure and activate the lifecycle node on start (activate loads the model)"),
)

QUERY_PARAMS: tuple[Param, ...] = (
    Param("publish_markers", True, "publish RViz MarkerArray of boxes, distance lines and labels"),
    Param("marker_lifetime_s", 2.0, "lifetime of the RViz markers, seconds"),
)

REWARD_PARAMS: tuple[Param, ...] = (
    Param("rate_hz", 10.0, "reward publishing rate, hertz"),
    Param("task", "reach", "reward task preset of config/reward.yaml (SetRewardTask overrides it)"),
    Param("reward_config", "", "reward YAML ('' = config/reward.yaml)"),
    Param("task_objects", ["gripper", "red cube"], "the two objects whose distance is rewarded ([] = preset's)"),
    Param("max_frame_age_s", 0.5, "frames older than this give an invalid reward ('stale frame'), seconds"),
)

GOAL_PARAMS: tuple[Param, ...] = (
    Param("planning_frame", "world", "frame the goal PoseStamped is expressed in (MoveIt planning frame)"),
    Param("ee_frame", "", "end-effector TF frame (current gripper position for closer/farther; '' = from masks)"),
    Param("goal_config", "", "goal YAML ('' = config/goals.yaml)"),
    Param("workspace_frame", "world", "frame of the workspace limits"),
    Param("workspace_min", [0.15, -0.5, 0.015], "workspace lower corner [x, y, z], metres"),
    Param("workspace_max", [0.85, 0.5, 0.6], "workspace upper corner [x, y, z], metres"),
    Param("allow_execution", False, "allow GetGoalPose(execute=true) to plan and execute with moveit_py"),
    Param("moveit_config", "", "moveit_cpp YAML for the moveit_py execution process"),
    Param("planning_group", "panda_arm", "MoveIt planning group"),
    Param("pose_link", "panda_hand_tcp", "link whose pose the goal sets"),
)

#: Node name -> its declared parameters.
NODE_PARAMS: dict[str, tuple[Param, ...]] = {
    "spatial_query_node": CAMERA_PARAMS + ESTIMATOR_PARAMS + QUERY_PARAMS,
    "reward_node": CAMERA_PARAMS + ESTIMATOR_PARAMS + REWARD_PARAMS,
    "goal_pose_node": CAMERA_PARAMS + ESTIMATOR_PARAMS + GOAL_PARAMS,
}


def declared(node: str) -> dict[str, Param]:
    """Name -> :class:`Param` of ``node``'s declared parameters."""
    if node not in NODE_PARAMS:
        raise ConfigError(f"unknown node {node!r} (nodes: {', '.join(NODE_PARAMS)})")
    return {p.name: p for p in NODE_PARAMS[node]}


def _coerce(p: Param, value: Any) -> Any:
    t = p.type_name
    ok = {
        "bool": lambda v: isinstance(v, bool),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "double": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "string": lambda v: isinstance(v, str),
        "double[]": lambda v: isinstance(v, list) and all(isinstance(x, (int, float)) and not isinstance(x, bool)
                                                          for x in v),
        "string[]": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    }[t]
    if not ok(value):
        raise ConfigError(f"parameter {p.name!r} must be {t}, got {value!r}")
    if t == "double":
        return float(value)
    if t == "double[]":
        return [float(x) for x in value]
    return value


def resolve(node: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Defaults of ``node`` updated with ``overrides``; unknown keys or wrong types raise ConfigError."""
    params = declared(node)
    out = {name: p.default for name, p in params.items()}
    for key, value in (overrides or {}).items():
        if key not in params:
            raise ConfigError(f"parameter {key!r} is not declared by {node} (declared: {', '.join(sorted(params))})")
        out[key] = _coerce(params[key], value)
    return out


def node_sections(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{node: ros__parameters}`` of a ROS 2 parameter file's mapping (``/**`` applies to all nodes)."""
    if not isinstance(data, dict):
        raise ConfigError("a ROS 2 parameter file must hold a mapping of node names")
    out: dict[str, dict[str, Any]] = {}
    for name, section in data.items():
        if not isinstance(section, dict) or "ros__parameters" not in section:
            raise ConfigError(f"parameter file section {name!r} has no ros__parameters")
        out[str(name).strip("/").split("/")[-1]] = dict(section["ros__parameters"] or {})
    return out


def load_node_params(path: str, node: str) -> dict[str, Any]:
    """Resolved parameters of ``node`` from a ROS 2 parameter YAML (``/**`` section first, then the node's)."""
    from pathlib import Path

    from spatialvlm_ros.resources import config_path, load_yaml

    p = Path(path)
    data = load_yaml(p if p.is_file() else config_path(path)) or {}
    sections = node_sections(data)
    merged: dict[str, Any] = dict(sections.get("**", {}))
    merged.update(sections.get(node, {}))
    return resolve(node, merged)
