"""Backends for the MoveIt process-wrapper tests (module level so a spawned process can import them)."""

from __future__ import annotations

from typing import Any


def echo_backend(settings: dict[str, Any]) -> Any:
    """A planner stand-in that 'reaches' every goal exactly; counts its calls."""
    calls = {"n": 0}

    def handle(goal: dict[str, Any]) -> dict[str, Any]:
        calls["n"] += 1
        if goal["position"][2] < 0:
            raise RuntimeError("no plan below the table")
        return {"success": True, "reason": "", "final_position": list(goal["position"]), "calls": calls["n"],
                "node": settings["node_name"]}

    return handle


def broken_backend(settings: dict[str, Any]) -> Any:
    raise ImportError("No module named 'moveit'")
