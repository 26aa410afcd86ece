"""A small TF buffer fed from ``tf2_msgs/TFMessage`` (``/tf`` and ``/tf_static``), without tf2.

It models what the nodes need from ``tf2_ros.Buffer``: store the transform
tree, and look up ``T_target_source`` (4x4, maps points from ``source`` to
``target``) at a time stamp, interpolating between the two nearest stamps of
each dynamic edge (linear in translation, slerp in rotation) and waiting up to
``timeout_s`` for data that has not arrived yet (a thread-safe condition).

Conventions: an edge ``parent -> child`` stores ``T_parent_child`` (the
child's pose in the parent, as ``TransformStamped`` does). Stamps are integer
nanoseconds. Static edges hold at every time.

Failures raise :class:`TransformError` (an :class:`InputError`) with one line:
an unknown frame lists the frames the buffer knows; a stamp outside the
buffered range says by how much.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.spatial.transform import Rotation, Slerp

from spatialvlm_ros.errors import InputError
from spatialvlm_ros.ros.convert import stamp_to_ns, transform_to_matrix


class TransformError(InputError):
    """A transform is unavailable (unknown frame, disconnected tree, stamp outside the buffer)."""


@dataclass
class _Edge:
    parent: str
    static: bool
    stamps: list[int] = field(default_factory=list)
    mats: list[np.ndarray] = field(default_factory=list)

    def at(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 - t0)
            m0, m1 = self.mats[i - 1], self.mats[i]
            out = np.eye(4)
            out[:3, 3] = (1 - a) * m0[:3, 3] + a * m1[:3, 3]
            rots = Rotation.from_matrix(np.stack([m0[:3, :3], m1[:3, :3]]))
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")


class _Extrapolation(Exception):
    pass


class TransformBuffer:
    """Transform tree with time-stamped dynamic edges and static edges.

    ``cache_s``: how long dynamic samples are kept (relative to the newest one of
    that edge). ``tolerance_s``: how far outside an edge's buffered time range a
    lookup may still use its nearest sample (like a small TF extrapolation allowance).
    """

    def __init__(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    # ------------------------------------------------------------------ feeding

    def add_tf_message(self, msg: Any, static: bool = False) -> list[str]:
        """Add every valid ``TransformStamped`` of a ``tf2_msgs/TFMessage`` (see :meth:`add_transforms`)."""
        return self.add_transforms(msg.transforms, static=static)

    def add_transforms(self, transforms: Iterable[Any], static: bool = False) -> list[str]:
        """Add every valid transform; a bad one (zero/non-finite quaternion, non-finite translation,
        empty frame name) is skipped alone. Returns one line per skipped transform, naming it."""
        rejected = []
        with self._cond:
            for tf in transforms:
                parent, child = str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/")
                try:
                    m = transform_to_matrix(tf.transform)
                    if not np.all(np.isfinite(m)):
                        raise InputError("transform has a non-finite translation")
                    if not parent or not child:
                        raise InputError("transform has an empty frame name")
                except InputError as exc:
                    rejected.append(f"dropped transform {parent!r} -> {child!r}: {exc}")
                    continue
                self._add(parent, child, stamp_to_ns(tf.header.stamp), m, static)
            self._cond.notify_all()
        return rejected

    def add_matrix(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def _add(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(edge.stamps, stamp)
        if i < len(edge.stamps) and edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    # ------------------------------------------------------------------ queries

    def frames(self) -> list[str]:
        """Every frame the buffer knows, sorted."""
        with self._cond:
            names = set(self._edges) | {e.parent for e in self._edges.values()}
        return sorted(names)

    def _chain(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def _to_root(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def _try_lookup(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), None)
        if common is None:
            raise TransformError(
                f"frames {target!r} and {source!r} are not connected in TF (roots {up_t[-1]!r} and {up_s[-1]!r})"
            )
        try:
            t_common_source = self._to_root(source, common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def lookup(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def can_transform(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, source, stamp_ns)
            return True
        except TransformError:
            return False
