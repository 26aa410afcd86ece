"""Launch the spatialvlm_ros nodes: spatial query, dense reward and goal pose (lifecycle, autostarted).

    ros2 launch spatialvlm_ros spatialvlm.launch.py \
        params_file:=$(ros2 pkg prefix spatialvlm_ros)/share/spatialvlm_ros/config/ros_spaceqwen2_5_vl_3b.yaml \
        rgb_topic:=/camera/camera/color/image_raw record:=true

Every launch argument left empty keeps the value of the parameter file; see
LAUNCH_ARGUMENTS for the list (the README table is generated from the same text).
"""

from launch.actions import DeclareLaunchArgument, ExecuteProcess, OpaqueFunction
from launch.substitutions import LaunchConfiguration

from launch import LaunchDescription

#: (name, default, description) of every launch argument ("" = keep the parameter file's value).
LAUNCH_ARGUMENTS = [
    ("namespace", "", "namespace of the nodes (e.g. robot1)"),
    ("params_file", "", "ROS 2 parameter file (default: share/spatialvlm_ros/config/ros_geometry.yaml)"),
    ("rgb_topic", "", "colour image topic"),
    ("depth_topic", "", "depth image aligned to colour (16UC1 mm or 32FC1 m)"),
    ("camera_info_topic", "", "CameraInfo of the colour image"),
    ("masks_topic", "", "spatialvlm_ros/InstanceMasks topic (geometry backend without a grounder)"),
    ("image_qos", "", "sensor_data (best effort) or reliable"),
    ("backend", "", "estimator backend: geometry, vlm or hybrid"),
    ("model_config", "", "model config under config/, e.g. models/spaceqwen2_5_vl_3b.yaml"),
    ("device", "", "torch device of the model: cuda, cuda:1, cpu"),
    ("rate_hz", "", "reward publishing rate, hertz"),
    ("world_frame", "", "gravity-aligned TF frame for the camera pose (e.g. base_link)"),
    ("planning_frame", "", "frame of the goal poses (MoveIt planning frame)"),
    ("query", "true", "start the spatial query node"),
    ("reward", "true", "start the reward node"),
    ("goal", "true", "start the goal pose node"),
    ("autostart", "true", "configure and activate the lifecycle nodes (loads the models)"),
    ("record", "false", "record inputs and outputs with ros2 bag record"),
    ("bag_path", "", "output bag of record (default: ros2 bag's rosbag2_<date>)"),
    ("bag_storage", "mcap", "storage of the recorded bag: mcap or sqlite3"),
    ("log_level", "info", "log level of the nodes"),
]

NODES = [("query", "spatial_query_node"), ("reward", "reward_node"), ("goal", "goal_pose_node")]
FLOAT_ARGS = {"rate_hz"}
STRING_ARGS = ["rgb_topic", "depth_topic", "camera_info_topic", "masks_topic", "image_qos", "backend",
               "model_config", "device", "world_frame", "planning_frame"]


def _truthy(text):
    return str(text).strip().lower() in ("1", "true", "yes", "on")


def _nodes(context, *args, **kwargs):
    from ament_index_python.packages import get_package_share_directory
    from launch_ros.actions import Node

    value = {name: LaunchConfiguration(name).perform(context) for name, _, _ in LAUNCH_ARGUMENTS}
    params_file = value["params_file"] or (
        get_package_share_directory("spatialvlm_ros") + "/config/ros_geometry.yaml")
    overrides = {}
    for key in STRING_ARGS + sorted(FLOAT_ARGS):
        if value[key]:
            overrides[key] = float(value[key]) if key in FLOAT_ARGS else value[key]
    overrides["autostart"] = _truthy(value["autostart"])
    actions = []
    for flag, executable in NODES:
        if not _truthy(value[flag]):
            continue
        node_overrides = dict(overrides)
        if executable != "goal_pose_node":
            node_overrides.pop("planning_frame", None)
        if executable != "reward_node":
            node_overrides.pop("rate_hz", None)
        actions.append(Node(
            package="spatialvlm_ros", executable=executable, name=executable, namespace=value["namespace"],
            parameters=[params_file, node_overrides], output="screen", emulate_tty=True,
            arguments=["--ros-args", "--log-level", value["log_level"]],
        ))
    return actions


def _record(context, *args, **kwargs):
    value = {name: LaunchConfiguration(name).perform(context) for name, _, _ in LAUNCH_ARGUMENTS}
    if not _truthy(value["record"]):
        return []
    ns = "/" + value["namespace"].strip("/") if value["namespace"] else ""
    topics = [f"{ns}/{n}/{t}" for n, t in (("spatial_query_node", "estimate"), ("spatial_query_node", "markers"),
                                            ("reward_node", "reward"), ("reward_node", "estimate"),
                                            ("goal_pose_node", "goal"))]
    cam = [value[k] for k in ("rgb_topic", "depth_topic", "camera_info_topic", "masks_topic") if value[k]]
    if not cam:
        cam = ["/camera/camera/color/image_raw", "/camera/camera/aligned_depth_to_color/image_raw",
               "/camera/camera/color/camera_info"]
    cmd = ["ros2", "bag", "record", "-s", value["bag_storage"]]
    if value["bag_path"]:
        cmd += ["-o", value["bag_path"]]
    cmd += topics + cam + ["/tf", "/tf_static"]
    return [ExecuteProcess(cmd=cmd, output="screen")]


def generate_launch_description():
    declared = [DeclareLaunchArgument(name, default_value=default, description=desc)
                for name, default, desc in LAUNCH_ARGUMENTS]
    return LaunchDescription(declared + [OpaqueFunction(function=_nodes), OpaqueFunction(function=_record)])
