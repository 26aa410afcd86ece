"""This package's ROS 2 interface definitions (msg/, srv/) and the rosbags type store.

``rosbags`` ships the standard ROS 2 message types of each distribution but not
``vision_msgs`` and of course not ours: :func:`typestore` registers the copies of
the needed ``vision_msgs`` definitions kept next to this module and every
``msg/*.msg`` and ``srv/*.srv`` of the package. A service ``pkg/srv/Name`` is
registered as its two messages ``pkg/srv/Name_Request`` and
``pkg/srv/Name_Response`` (the names rosidl generates).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from rosbags.typesys import Stores, get_types_from_msg, get_typestore
from rosbags.typesys.store import Typestore

from spatialvlm_ros.errors import ConfigError

PACKAGE = "spatialvlm_ros"
#: The ROS 2 distribution whose standard message definitions the store holds.
STORE = Stores.ROS2_JAZZY
VISION_MSGS_DIR = Path(__file__).resolve().parent / "vision_msgs"


@lru_cache(maxsize=1)
def interface_dir() -> Path:
    """The directory holding ``msg/`` and ``srv/`` (source checkout, ament or pip prefix)."""
    candidates = [Path(__file__).resolve().parents[2]]
    prefixes = [p for p in os.environ.get("AMENT_PREFIX_PATH", "").split(os.pathsep) if p]
    prefixes.append(sys.prefix)
    candidates += [Path(p) / "share" / PACKAGE for p in prefixes]
    for c in candidates:
        if (c / "msg").is_dir() and any((c / "msg").glob("*.msg")):
            return c
    raise ConfigError(f"cannot find the {PACKAGE} msg/ directory (looked in {', '.join(map(str, candidates))})")


def msg_files() -> list[Path]:
    """This package's ``.msg`` files."""
    return sorted((interface_dir() / "msg").glob("*.msg"))


def srv_files() -> list[Path]:
    """This package's ``.srv`` files."""
    return sorted((interface_dir() / "srv").glob("*.srv"))


def split_srv(text: str) -> tuple[str, str]:
    """Split a ``.srv`` text into its request and response message texts at the ``---`` line."""
    lines = text.splitlines()
    seps = [i for i, line in enumerate(lines) if line.strip() == "---"]
    if len(seps) != 1:
        raise ConfigError(f"a .srv definition needs exactly one '---' line, found {len(seps)}")
    i = seps[0]
    return "\n".join(lines[:i]) + "\n", "\n".join(lines[i + 1 :]) + "\n"


def srv_type(service: str, part: str) -> str:
    """rosidl's name of a service's request or response message: ``pkg/srv/Name_Request``."""
    return f"{PACKAGE}/srv/{service}_{part}"


def interface_types() -> dict:
    """Parse trees of vision_msgs copies, msg/*.msg and srv/*.srv (rosbags ``Typesdict``)."""
    types: dict = {}
    for path in sorted(VISION_MSGS_DIR.glob("*.msg")):
        types.update(get_types_from_msg(path.read_text(encoding="utf-8"), f"vision_msgs/msg/{path.stem}"))
    for path in msg_files():
        types.update(get_types_from_msg(path.read_text(encoding="utf-8"), f"{PACKAGE}/msg/{path.stem}"))
    for path in srv_files():
        request, response = split_srv(path.read_text(encoding="utf-8"))
        for part, text in (("Request", request), ("Response", response)):
            # the .msg parser files every type under "<pkg>/msg/": rename to rosidl's srv name
            parsed = get_types_from_msg(text, f"{PACKAGE}/srv/{path.stem}_{part}")
            (tree,) = parsed.values()
            types[srv_type(path.stem, part)] = tree
    return types


@lru_cache(maxsize=1)
def typestore() -> Typestore:
    """A rosbags type store: ROS 2 Jazzy standard types + vision_msgs + this package's types.

    Cached: every caller shares one store (message classes compare by type).
    """
    store = get_typestore(STORE)
    store.register(interface_types())
    return store
