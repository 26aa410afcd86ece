"""Transport-free core: numpy/scipy only. Never imports rclpy, torch or transformers."""
