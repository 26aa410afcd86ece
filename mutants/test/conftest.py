"""Shared test set-up: skip markers for what this machine cannot run (rclpy, CUDA)."""

from __future__ import annotations

import importlib.util

import pytest


def _has_cuda() -> bool:
    if importlib.util.find_spec("torch") is None:
        return False
    import torch

    return bool(torch.cuda.is_available())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    has_rclpy = importlib.util.find_spec("rclpy") is not None
    has_cuda = _has_cuda()
    for item in items:
        if "ros" in item.keywords and not has_rclpy:
            item.add_marker(pytest.mark.skip(reason="needs rclpy (ROS 2 is not installed here)"))
        if "gpu" in item.keywords and not has_cuda:
            item.add_marker(pytest.mark.skip(reason="needs a CUDA GPU"))
