"""Shared test set-up: skip markers for what this machine cannot run (CUDA, moveit_py; ROS 2 where it
has no wheels), and the ROS 2 environment of the ``ros``-marked tests.

A ``ros`` test is skipped only where this Python cannot have ROS 2 at all (no ``ros-jazzy-*`` wheels:
``make setup`` wrote why into the venv). Where rclpy is installed, every ``ros`` test first enters the
checkout's colcon overlay (``install/``, built or brought up to date by ``make overlay``: seconds when
nothing changed), with a test-session ROS domain and discovery limited to this machine; a failure to
build it fails the test with the reason, it does not skip it.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile

import pytest


def _has_cuda() -> bool:
    if importlib.util.find_spec("torch") is None:
        return False
    import torch

    return bool(torch.cuda.is_available())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from spatialvlm_ros.ros.overlay import ros_unavailable

    no_ros = ros_unavailable()
    has_cuda = _has_cuda()
    has_moveit = importlib.util.find_spec("moveit") is not None
    for item in items:
        if "moveit" in item.keywords and not has_moveit:
            item.add_marker(pytest.mark.skip(reason="needs moveit_py (MoveIt 2's Python API: no pip wheel exists)"))
        if "ros" in item.keywords and no_ros:
            item.add_marker(pytest.mark.skip(reason=f"needs ROS 2: {no_ros}"))
        if "gpu" in item.keywords and not has_cuda:
            item.add_marker(pytest.mark.skip(reason="needs a CUDA GPU"))


@pytest.fixture(scope="session")
def ros_overlay() -> dict[str, str]:
    """Enter the checkout's colcon overlay (built when needed); the environment for node processes.

    Sets, before any rclpy.init: ``ROS_AUTOMATIC_DISCOVERY_RANGE=LOCALHOST`` (no multicast on the
    network), a ``ROS_DOMAIN_ID`` of this test session (from the process id, 1..100), a
    temporary ``ROS_LOG_DIR`` and the Fast DDS profile ``config/fastdds_local.xml``.
    """
    from spatialvlm_ros.errors import SpatialVLMError
    from spatialvlm_ros.ros import overlay

    os.environ["ROS_AUTOMATIC_DISCOVERY_RANGE"] = "LOCALHOST"
    os.environ.setdefault("ROS_DOMAIN_ID", str(1 + os.getpid() % 100))
    os.environ.setdefault("ROS_LOG_DIR", tempfile.mkdtemp(prefix="spatialvlm_ros_log_"))
    # camera-rate images between processes need larger transport buffers (see the profile's comment)
    os.environ.setdefault("FASTRTPS_DEFAULT_PROFILES_FILE", str(overlay.REPO / "config" / "fastdds_local.xml"))
    try:
        return overlay.enter()
    except SpatialVLMError as exc:
        pytest.fail(f"the ROS 2 overlay is not usable: {exc}", pytrace=False)


@pytest.fixture(autouse=True)
def _ros_environment(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("ros") is not None:
        request.getfixturevalue("ros_overlay")
