"""The thin rclpy layer (the only place rclpy is imported).

Each node wires ROS transport (subscriptions with message_filters, services,
timers, lifecycle, parameters) to a transport-free logic class of
:mod:`spatialvlm_ros.ros`. Messages cross the boundary through CDR
(:mod:`spatialvlm_ros.nodes.bridge`): rclpy message -> bytes -> rosbags object
and back, which is exact because both sides use the same ROS 2 definitions.
"""
