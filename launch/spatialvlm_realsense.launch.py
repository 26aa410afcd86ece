"""A RealSense camera (config/camera_realsense.yaml: depth aligned to colour) plus the spatialvlm_ros nodes.

    ros2 launch spatialvlm_ros spatialvlm_realsense.launch.py params_file:=... record:=true

Its arguments are the three below; ``params_file`` and ``record`` are passed on to
spatialvlm.launch.py (its other arguments keep their defaults there).
"""

from launch.actions import DeclareLaunchArgument, IncludeLaunchDescription, OpaqueFunction
from launch.launch_description_sources import PythonLaunchDescriptionSource
from launch.substitutions import LaunchConfiguration

from launch import LaunchDescription

LAUNCH_ARGUMENTS = [
    ("camera_params", "", "realsense2_camera parameter file (default: share/spatialvlm_ros/config/camera_realsense.yaml)"),
    ("params_file", "", "spatialvlm_ros parameter file (default: config/ros_geometry.yaml)"),
    ("record", "false", "record inputs and outputs with ros2 bag record"),
]


def _include(context, *args, **kwargs):
    from ament_index_python.packages import get_package_share_directory
    from launch_ros.actions import Node

    share = get_package_share_directory("spatialvlm_ros")
    camera_params = LaunchConfiguration("camera_params").perform(context) or share + "/config/camera_realsense.yaml"
    camera = Node(package="realsense2_camera", executable="realsense2_camera_node", name="camera",
                  namespace="camera", parameters=[camera_params], output="screen")
    nodes = IncludeLaunchDescription(
        PythonLaunchDescriptionSource(share + "/launch/spatialvlm.launch.py"),
        launch_arguments={"params_file": LaunchConfiguration("params_file").perform(context),
                          "record": LaunchConfiguration("record").perform(context)}.items(),
    )
    return [camera, nodes]


def generate_launch_description():
    declared = [DeclareLaunchArgument(n, default_value=d, description=t) for n, d, t in LAUNCH_ARGUMENTS]
    return LaunchDescription(declared + [OpaqueFunction(function=_include)])
