"""The package's layers, read from the source: which sub-package may import which (docs/ARCHITECTURE.md).

Every ``import`` statement counts, also the lazy ones inside functions: a layer that
imports up (``core`` importing ``estimators``) or a transport that leaks down (``ros``
importing ``rclpy``) fails here with the file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "spatialvlm_ros"
BASE = {"errors", "resources"}

#: sub-package -> the sub-packages it may import (besides itself). Lower layers first.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "resources": {"errors"},
    "core": BASE,
    "io": BASE | {"core"},
    "models": BASE | {"core"},
    "control": BASE | {"core"},
    "sim": BASE | {"core", "io"},
    "estimators": BASE | {"core", "models"},
    "ros": BASE | {"core", "estimators"},
    "testing": BASE | {"core", "models"},
    "viz": BASE | {"core", "ros"},
    "closed_loop": BASE | {"core", "control", "estimators", "ros", "sim"},
    "data": BASE | {"core", "estimators", "io", "models", "ros", "sim"},
    "nodes": BASE | {"core", "control", "estimators", "ros", "msg", "srv", "sim"},  # sim: the simulated camera node
    "cli": BASE | {"closed_loop", "control", "core", "data", "estimators", "io", "models", "ros", "sim", "viz"},
}

#: module -> sub-packages it may import beyond its layer's rule: known exceptions, each to be removed.
EXCEPTIONS: dict[str, set[str]] = {
    # the simulated camera node's transport-free half lives in ros/ but drives pybullet (lazily):
    # it belongs in a layer above both ros and sim
    "ros/sim_camera.py": {"sim"},
}

#: sub-package -> third-party top-level modules it must never import.
FORBIDDEN: dict[str, set[str]] = {
    "core": {"rclpy", "torch", "transformers", "rosbags", "pybullet", "ray", "peft", "PIL"},
    "estimators": {"rclpy", "torch", "transformers", "rosbags", "pybullet"},
    "ros": {"rclpy", "torch", "transformers", "pybullet"},
    "io": {"rclpy", "torch", "rosbags", "pybullet"},
    "models": {"rclpy", "rosbags", "pybullet"},
    "sim": {"rclpy", "torch", "transformers"},
    "control": {"rclpy", "torch", "rosbags"},
    "closed_loop": {"rclpy", "torch"},
    "data": {"rclpy"},
    "viz": {"rclpy", "torch", "transformers", "pybullet"},
    "cli": {"rclpy"},
}


def _imports(path: Path, pkg: list[str]) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``path``, a module of package ``pkg``
    (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[: len(pkg) - node.level + 1]
                out.append((node.lineno, ".".join(base + ([node.module] if node.module else []))))
            elif node.module:
                out.append((node.lineno, node.module))
    return out


def _layer(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    return first[:-3] if first.endswith(".py") else first


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if _layer(p) in ALLOWED)


def test_every_module_belongs_to_a_known_layer() -> None:
    layers = {_layer(p) for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE}
    assert layers - set(ALLOWED) - {"msg", "srv"} == set()
    assert len(SOURCES) > 80


def _violations(path: Path, layer: str, pkg: list[str], extra: frozenset[str] = frozenset()) -> list[str]:
    wrong = []
    for line, module in _imports(path, pkg):
        parts = module.split(".")
        if parts[0] == "spatialvlm_ros":
            target = parts[1] if len(parts) > 1 else ""
            if target and target != layer and target not in ALLOWED[layer] | extra:
                wrong.append(f"{path.name}:{line} {layer} imports {module}")
        elif parts[0] in FORBIDDEN.get(layer, set()):
            wrong.append(f"{path.name}:{line} {layer} imports {module}")
    return wrong


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_stay_in_their_layer(path: Path) -> None:
    pkg = ["spatialvlm_ros", *path.relative_to(PACKAGE).parts[:-1]]
    extra = frozenset(EXCEPTIONS.get(path.relative_to(PACKAGE).as_posix(), set()))
    wrong = _violations(path, _layer(path), pkg, extra)
    assert not wrong, wrong


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    """The reader itself: a core module importing rclpy and, lazily, a layer above is caught."""
    bad = tmp_path / "probe.py"
    bad.write_text("import rclpy\n\n\ndef f():\n    from ..estimators.base import Estimator\n", encoding="utf-8")
    wrong = _violations(bad, "core", ["spatialvlm_ros", "core"])
    assert wrong == ["probe.py:1 core imports rclpy", "probe.py:5 core imports spatialvlm_ros.estimators.base"]
