"""Inputs of the data engine: what ``spatialvlm synth INPUTS...`` accepts and how each is read.

An input argument may be:

- a **scene directory** (``io.scene_dir`` layout: RGB, measured depth, masks +
  objects.json, optional camera pose; optional ``truth.json`` from the simulator);
- a **plain image** (``.png``/``.jpg``/``.jpeg``): no depth and no masks - the
  grounding and monocular-depth model stages fill them in. Optional sidecars:
  ``<image>.names.txt`` (object names to ground, one per line) and
  ``<image>.camera_info.yaml`` (intrinsics; else ``image.fov_y_deg`` of the config);
- a **rosbag2** (a directory with ``metadata.yaml``, or a ``.mcap``/``.db3`` file) holding a
  robot's RGB-D stream: every ``bag.stride``-th synchronised frame is one input;
  masks come from the grounding stage, depth is the robot's own (metric);
- ``sim:A-B`` (or ``sim:N``): simulated tabletop scenes with seeds A..B-1 (or
  0..N-1), generated on the fly by ``sim.tabletop.generate_scene``;
- a **directory** holding any of the above: searched recursively.

Each input becomes :class:`InputItem` with a stable ``key`` (its resolved path,
plus ``#<frame>`` in a bag or the seed): keys order the work and name the shards,
so the same input list always gives the same shard ids.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from spatialvlm_ros.errors import InputError, UnreadableInputError

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
KINDS = ("scene_dir", "image", "bag", "sim")
_SIM_RE = re.compile(r"^sim:(?:(\d+)-)?(\d+)$")
#: File names that mark a scene directory (io.scene_dir layout).
SCENE_DIR_MARKERS = ("objects.json", "masks.png")


@dataclass(frozen=True)
class InputItem:
    """One unit of work: one image / frame / simulated scene.

    ``kind`` in :data:`KINDS`; ``path`` the file or directory (empty for sim);
    ``index`` the frame index in a bag (the seed for sim, 0 otherwise).
    """

    kind: str
    path: str
    index: int = 0

    @property
    def key(self) -> str:
        if self.kind == "sim":
            return f"sim:{self.index:08d}"
        if self.kind == "bag":
            return f"bag:{self.path}#{self.index:08d}"
        return f"{self.kind}:{self.path}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "path": self.path, "index": self.index}


def is_scene_dir(p: Path) -> bool:
    return p.is_dir() and any((p / m).exists() for m in SCENE_DIR_MARKERS)


def is_bag(p: Path) -> bool:
    """A rosbag2 directory (also one whose recording was killed before metadata.yaml), or a bare .mcap/.db3."""
    if p.is_dir():
        return (p / "metadata.yaml").is_file() or any(c.suffix in (".mcap", ".db3") for c in p.iterdir())
    return p.is_file() and p.suffix in (".mcap", ".db3")


def _is_sidecar(p: Path) -> bool:
    return p.name.endswith((".names.txt", ".camera_info.yaml"))


def expand_inputs(args: list[str], bag_stride: int = 10, bag_max_frames: int = 0) -> list[InputItem]:
    """Expand input arguments into work items, sorted by key (deterministic).

    Raises :class:`InputError` naming an argument that does not exist or holds
    no usable input. Bags are opened here only to count their frames.
    """
    items: dict[str, InputItem] = {}
    for arg in args:
        m = _SIM_RE.match(arg)
        if m:
            lo = int(m.group(1)) if m.group(1) is not None else 0
            hi = int(m.group(2))
            if hi <= lo:
                raise InputError(f"input {arg!r}: empty seed range (use sim:A-B with B > A)")
            for s in range(lo, hi):
                it = InputItem("sim", "", s)
                items[it.key] = it
            continue
        p = Path(arg)
        if not p.exists():
            raise UnreadableInputError(f"input not found: {arg}")
        found = list(_walk(p.resolve(), bag_stride, bag_max_frames))
        if not found:
            raise InputError(f"input {arg} holds no scene directory, image, rosbag or sim range")
        for it in found:
            items[it.key] = it
    return [items[k] for k in sorted(items)]


def _walk(p: Path, bag_stride: int, bag_max_frames: int):
    if is_bag(p):
        yield from _bag_items(p, bag_stride, bag_max_frames)
    elif is_scene_dir(p):
        yield InputItem("scene_dir", str(p))
    elif p.is_file():
        if p.suffix.lower() in IMAGE_SUFFIXES and not _is_sidecar(p):
            yield InputItem("image", str(p))
    elif p.is_dir():
        for child in sorted(p.iterdir()):
            if child.name.startswith("."):
                continue
            yield from _walk(child, bag_stride, bag_max_frames)


def _bag_items(p: Path, stride: int, max_frames: int):
    from spatialvlm_ros.data import bag_source

    n = bag_source.count_frames(p)
    idx = list(range(0, n, max(1, int(stride))))
    if max_frames > 0:
        idx = idx[:max_frames]
    if not idx:
        log.warning("rosbag %s holds no synchronised RGB-D frame", p)
    for i in idx:
        yield InputItem("bag", str(p), i)
