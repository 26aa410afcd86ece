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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class TransformError(InputError):
    """A transform is unavailable (unknown frame, disconnected tree, stamp outside the buffer)."""
mutants_xǁ_Edgeǁat__mutmut: MutantDict = {}  # type: ignore


@dataclass
class _Edge:
    parent: str
    static: bool
    stamps: list[int] = field(default_factory=list)
    mats: list[np.ndarray] = field(default_factory=list)

    @_mutmut_mutated(mutants_xǁ_Edgeǁat__mutmut)
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

    def xǁ_Edgeǁat__mutmut_orig(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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

    def xǁ_Edgeǁat__mutmut_1(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static and stamp_ns == 0:
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

    def xǁ_Edgeǁat__mutmut_2(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns != 0:
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

    def xǁ_Edgeǁat__mutmut_3(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 1:
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

    def xǁ_Edgeǁat__mutmut_4(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[+1]
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

    def xǁ_Edgeǁat__mutmut_5(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-2]
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

    def xǁ_Edgeǁat__mutmut_6(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = None
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

    def xǁ_Edgeǁat__mutmut_7(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(None, stamp_ns)
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

    def xǁ_Edgeǁat__mutmut_8(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, None)
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

    def xǁ_Edgeǁat__mutmut_9(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(stamp_ns)
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

    def xǁ_Edgeǁat__mutmut_10(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, )
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

    def xǁ_Edgeǁat__mutmut_11(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) or self.stamps[i] == stamp_ns:
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

    def xǁ_Edgeǁat__mutmut_12(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i <= len(self.stamps) and self.stamps[i] == stamp_ns:
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

    def xǁ_Edgeǁat__mutmut_13(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] != stamp_ns:
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

    def xǁ_Edgeǁat__mutmut_14(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 1 < i < len(self.stamps):
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

    def xǁ_Edgeǁat__mutmut_15(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 <= i < len(self.stamps):
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

    def xǁ_Edgeǁat__mutmut_16(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i <= len(self.stamps):
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

    def xǁ_Edgeǁat__mutmut_17(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = None
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

    def xǁ_Edgeǁat__mutmut_18(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i + 1], self.stamps[i]
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

    def xǁ_Edgeǁat__mutmut_19(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 2], self.stamps[i]
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

    def xǁ_Edgeǁat__mutmut_20(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = None
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

    def xǁ_Edgeǁat__mutmut_21(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) * (t1 - t0)
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

    def xǁ_Edgeǁat__mutmut_22(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns + t0) / (t1 - t0)
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

    def xǁ_Edgeǁat__mutmut_23(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 + t0)
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

    def xǁ_Edgeǁat__mutmut_24(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 - t0)
            m0, m1 = None
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

    def xǁ_Edgeǁat__mutmut_25(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 - t0)
            m0, m1 = self.mats[i + 1], self.mats[i]
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

    def xǁ_Edgeǁat__mutmut_26(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 - t0)
            m0, m1 = self.mats[i - 2], self.mats[i]
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

    def xǁ_Edgeǁat__mutmut_27(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 - t0)
            m0, m1 = self.mats[i - 1], self.mats[i]
            out = None
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

    def xǁ_Edgeǁat__mutmut_28(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 - t0)
            m0, m1 = self.mats[i - 1], self.mats[i]
            out = np.eye(None)
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

    def xǁ_Edgeǁat__mutmut_29(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
        if self.static or stamp_ns == 0:
            return self.mats[-1]
        i = bisect.bisect_left(self.stamps, stamp_ns)
        if i < len(self.stamps) and self.stamps[i] == stamp_ns:
            return self.mats[i]
        if 0 < i < len(self.stamps):
            t0, t1 = self.stamps[i - 1], self.stamps[i]
            a = (stamp_ns - t0) / (t1 - t0)
            m0, m1 = self.mats[i - 1], self.mats[i]
            out = np.eye(5)
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

    def xǁ_Edgeǁat__mutmut_30(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = None
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

    def xǁ_Edgeǁat__mutmut_31(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:4, 3] = (1 - a) * m0[:3, 3] + a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_32(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 4] = (1 - a) * m0[:3, 3] + a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_33(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 - a) * m0[:3, 3] - a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_34(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 - a) / m0[:3, 3] + a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_35(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 + a) * m0[:3, 3] + a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_36(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (2 - a) * m0[:3, 3] + a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_37(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 - a) * m0[:4, 3] + a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_38(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 - a) * m0[:3, 4] + a * m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_39(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 - a) * m0[:3, 3] + a / m1[:3, 3]
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

    def xǁ_Edgeǁat__mutmut_40(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 - a) * m0[:3, 3] + a * m1[:4, 3]
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

    def xǁ_Edgeǁat__mutmut_41(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, 3] = (1 - a) * m0[:3, 3] + a * m1[:3, 4]
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

    def xǁ_Edgeǁat__mutmut_42(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            rots = None
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_43(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            rots = Rotation.from_matrix(None)
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_44(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            rots = Rotation.from_matrix(np.stack(None))
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_45(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            rots = Rotation.from_matrix(np.stack([m0[:4, :3], m1[:3, :3]]))
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_46(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            rots = Rotation.from_matrix(np.stack([m0[:3, :4], m1[:3, :3]]))
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_47(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            rots = Rotation.from_matrix(np.stack([m0[:3, :3], m1[:4, :3]]))
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_48(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            rots = Rotation.from_matrix(np.stack([m0[:3, :3], m1[:3, :4]]))
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_49(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = None
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_50(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:4, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_51(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :4] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_52(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp([0.0, 1.0], rots)(None).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_53(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp(None, rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_54(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp([0.0, 1.0], None)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_55(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp(rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_56(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp([0.0, 1.0], )([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_57(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp([1.0, 1.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_58(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp([0.0, 2.0], rots)([a]).as_matrix()[0]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_59(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
            out[:3, :3] = Slerp([0.0, 1.0], rots)([a]).as_matrix()[1]
            return out
        # outside the buffered range: accept the nearest sample within the tolerance
        j = 0 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_60(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = None
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_61(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = 0 if (i == 0) and False else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_62(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = 0 if (i == 0) or True else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_63(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = 1 if i == 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_64(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = 0 if i != 0 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_65(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = 0 if i == 1 else len(self.stamps) - 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_66(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = 0 if i == 0 else len(self.stamps) + 1
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_67(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        j = 0 if i == 0 else len(self.stamps) - 2
        gap = abs(self.stamps[j] - stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_68(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        gap = None
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_69(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        gap = abs(None)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_70(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        gap = abs(self.stamps[j] + stamp_ns)
        if gap <= tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_71(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        if gap < tolerance_ns:
            return self.mats[j]
        side = "before the oldest" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_72(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = None
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_73(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "before the oldest" if (i == 0) and False else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_74(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "before the oldest" if (i == 0) or True else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_75(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "XXbefore the oldestXX" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_76(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "BEFORE THE OLDEST" if i == 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_77(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "before the oldest" if i != 0 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_78(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "before the oldest" if i == 1 else "after the newest"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_79(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "before the oldest" if i == 0 else "XXafter the newestXX"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_80(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        side = "before the oldest" if i == 0 else "AFTER THE NEWEST"
        raise _Extrapolation(f"{gap / 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_81(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        raise _Extrapolation(None)

    def xǁ_Edgeǁat__mutmut_82(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        raise _Extrapolation(f"{gap * 1e9:.3f} s {side} transform")

    def xǁ_Edgeǁat__mutmut_83(self, stamp_ns: int, tolerance_ns: int) -> np.ndarray:
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
        raise _Extrapolation(f"{gap / 1000000001.0:.3f} s {side} transform")

mutants_xǁ_Edgeǁat__mutmut['_mutmut_orig'] = _Edge.xǁ_Edgeǁat__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_1'] = _Edge.xǁ_Edgeǁat__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_2'] = _Edge.xǁ_Edgeǁat__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_3'] = _Edge.xǁ_Edgeǁat__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_4'] = _Edge.xǁ_Edgeǁat__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_5'] = _Edge.xǁ_Edgeǁat__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_6'] = _Edge.xǁ_Edgeǁat__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_7'] = _Edge.xǁ_Edgeǁat__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_8'] = _Edge.xǁ_Edgeǁat__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_9'] = _Edge.xǁ_Edgeǁat__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_10'] = _Edge.xǁ_Edgeǁat__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_11'] = _Edge.xǁ_Edgeǁat__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_12'] = _Edge.xǁ_Edgeǁat__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_13'] = _Edge.xǁ_Edgeǁat__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_14'] = _Edge.xǁ_Edgeǁat__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_15'] = _Edge.xǁ_Edgeǁat__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_16'] = _Edge.xǁ_Edgeǁat__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_17'] = _Edge.xǁ_Edgeǁat__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_18'] = _Edge.xǁ_Edgeǁat__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_19'] = _Edge.xǁ_Edgeǁat__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_20'] = _Edge.xǁ_Edgeǁat__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_21'] = _Edge.xǁ_Edgeǁat__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_22'] = _Edge.xǁ_Edgeǁat__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_23'] = _Edge.xǁ_Edgeǁat__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_24'] = _Edge.xǁ_Edgeǁat__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_25'] = _Edge.xǁ_Edgeǁat__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_26'] = _Edge.xǁ_Edgeǁat__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_27'] = _Edge.xǁ_Edgeǁat__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_28'] = _Edge.xǁ_Edgeǁat__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_29'] = _Edge.xǁ_Edgeǁat__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_30'] = _Edge.xǁ_Edgeǁat__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_31'] = _Edge.xǁ_Edgeǁat__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_32'] = _Edge.xǁ_Edgeǁat__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_33'] = _Edge.xǁ_Edgeǁat__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_34'] = _Edge.xǁ_Edgeǁat__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_35'] = _Edge.xǁ_Edgeǁat__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_36'] = _Edge.xǁ_Edgeǁat__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_37'] = _Edge.xǁ_Edgeǁat__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_38'] = _Edge.xǁ_Edgeǁat__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_39'] = _Edge.xǁ_Edgeǁat__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_40'] = _Edge.xǁ_Edgeǁat__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_41'] = _Edge.xǁ_Edgeǁat__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_42'] = _Edge.xǁ_Edgeǁat__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_43'] = _Edge.xǁ_Edgeǁat__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_44'] = _Edge.xǁ_Edgeǁat__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_45'] = _Edge.xǁ_Edgeǁat__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_46'] = _Edge.xǁ_Edgeǁat__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_47'] = _Edge.xǁ_Edgeǁat__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_48'] = _Edge.xǁ_Edgeǁat__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_49'] = _Edge.xǁ_Edgeǁat__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_50'] = _Edge.xǁ_Edgeǁat__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_51'] = _Edge.xǁ_Edgeǁat__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_52'] = _Edge.xǁ_Edgeǁat__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_53'] = _Edge.xǁ_Edgeǁat__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_54'] = _Edge.xǁ_Edgeǁat__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_55'] = _Edge.xǁ_Edgeǁat__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_56'] = _Edge.xǁ_Edgeǁat__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_57'] = _Edge.xǁ_Edgeǁat__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_58'] = _Edge.xǁ_Edgeǁat__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_59'] = _Edge.xǁ_Edgeǁat__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_60'] = _Edge.xǁ_Edgeǁat__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_61'] = _Edge.xǁ_Edgeǁat__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_62'] = _Edge.xǁ_Edgeǁat__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_63'] = _Edge.xǁ_Edgeǁat__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_64'] = _Edge.xǁ_Edgeǁat__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_65'] = _Edge.xǁ_Edgeǁat__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_66'] = _Edge.xǁ_Edgeǁat__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_67'] = _Edge.xǁ_Edgeǁat__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_68'] = _Edge.xǁ_Edgeǁat__mutmut_68 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_69'] = _Edge.xǁ_Edgeǁat__mutmut_69 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_70'] = _Edge.xǁ_Edgeǁat__mutmut_70 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_71'] = _Edge.xǁ_Edgeǁat__mutmut_71 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_72'] = _Edge.xǁ_Edgeǁat__mutmut_72 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_73'] = _Edge.xǁ_Edgeǁat__mutmut_73 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_74'] = _Edge.xǁ_Edgeǁat__mutmut_74 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_75'] = _Edge.xǁ_Edgeǁat__mutmut_75 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_76'] = _Edge.xǁ_Edgeǁat__mutmut_76 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_77'] = _Edge.xǁ_Edgeǁat__mutmut_77 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_78'] = _Edge.xǁ_Edgeǁat__mutmut_78 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_79'] = _Edge.xǁ_Edgeǁat__mutmut_79 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_80'] = _Edge.xǁ_Edgeǁat__mutmut_80 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_81'] = _Edge.xǁ_Edgeǁat__mutmut_81 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_82'] = _Edge.xǁ_Edgeǁat__mutmut_82 # type: ignore # mutmut generated
mutants_xǁ_Edgeǁat__mutmut['xǁ_Edgeǁat__mutmut_83'] = _Edge.xǁ_Edgeǁat__mutmut_83 # type: ignore # mutmut generated


class _Extrapolation(Exception):
    pass
mutants_xǁTransformBufferǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁadd_tf_message__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁadd_transforms__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁadd_matrix__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁ_add__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁframes__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁ_chain__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁ_to_root__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁ_try_lookup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁlookup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTransformBufferǁcan_transform__mutmut: MutantDict = {}  # type: ignore


class TransformBuffer:
    """Transform tree with time-stamped dynamic edges and static edges.

    ``cache_s``: how long dynamic samples are kept (relative to the newest one of
    that edge). ``tolerance_s``: how far outside an edge's buffered time range a
    lookup may still use its nearest sample (like a small TF extrapolation allowance).
    """

    @_mutmut_mutated(mutants_xǁTransformBufferǁ__init____mutmut)
    def __init__(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_orig(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_1(self, cache_s: float = 11.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_2(self, cache_s: float = 10.0, tolerance_s: float = 1.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_3(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = None
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_4(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(None)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_5(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s / 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_6(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1000000001.0)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_7(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = None
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_8(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(None)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_9(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s / 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_10(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1000000001.0)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_11(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = None  # keyed by child frame
        self._cond = threading.Condition()

    def xǁTransformBufferǁ__init____mutmut_12(self, cache_s: float = 10.0, tolerance_s: float = 0.05) -> None:
        self.cache_ns = int(cache_s * 1e9)
        self.tolerance_ns = int(tolerance_s * 1e9)
        self._edges: dict[str, _Edge] = {}  # keyed by child frame
        self._cond = None

    # ------------------------------------------------------------------ feeding

    @_mutmut_mutated(mutants_xǁTransformBufferǁadd_tf_message__mutmut)
    def add_tf_message(self, msg: Any, static: bool = False) -> None:
        """Add every ``TransformStamped`` of a ``tf2_msgs/TFMessage``."""
        self.add_transforms(msg.transforms, static=static)

    # ------------------------------------------------------------------ feeding

    def xǁTransformBufferǁadd_tf_message__mutmut_orig(self, msg: Any, static: bool = False) -> None:
        """Add every ``TransformStamped`` of a ``tf2_msgs/TFMessage``."""
        self.add_transforms(msg.transforms, static=static)

    # ------------------------------------------------------------------ feeding

    def xǁTransformBufferǁadd_tf_message__mutmut_1(self, msg: Any, static: bool = True) -> None:
        """Add every ``TransformStamped`` of a ``tf2_msgs/TFMessage``."""
        self.add_transforms(msg.transforms, static=static)

    # ------------------------------------------------------------------ feeding

    def xǁTransformBufferǁadd_tf_message__mutmut_2(self, msg: Any, static: bool = False) -> None:
        """Add every ``TransformStamped`` of a ``tf2_msgs/TFMessage``."""
        self.add_transforms(None, static=static)

    # ------------------------------------------------------------------ feeding

    def xǁTransformBufferǁadd_tf_message__mutmut_3(self, msg: Any, static: bool = False) -> None:
        """Add every ``TransformStamped`` of a ``tf2_msgs/TFMessage``."""
        self.add_transforms(msg.transforms, static=None)

    # ------------------------------------------------------------------ feeding

    def xǁTransformBufferǁadd_tf_message__mutmut_4(self, msg: Any, static: bool = False) -> None:
        """Add every ``TransformStamped`` of a ``tf2_msgs/TFMessage``."""
        self.add_transforms(static=static)

    # ------------------------------------------------------------------ feeding

    def xǁTransformBufferǁadd_tf_message__mutmut_5(self, msg: Any, static: bool = False) -> None:
        """Add every ``TransformStamped`` of a ``tf2_msgs/TFMessage``."""
        self.add_transforms(msg.transforms, )

    @_mutmut_mutated(mutants_xǁTransformBufferǁadd_transforms__mutmut)
    def add_transforms(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_orig(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_1(self, transforms: Iterable[Any], static: bool = True) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_2(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(None, str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_3(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), None,
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_4(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          None, transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_5(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), None, static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_6(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), None)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_7(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_8(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_9(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_10(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_11(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), )
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_12(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip(None), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_13(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).rstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_14(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(None).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_15(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("XX/XX"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_16(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip(None),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_17(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).rstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_18(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(None).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_19(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("XX/XX"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_20(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(None), transform_to_matrix(tf.transform), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_transforms__mutmut_21(self, transforms: Iterable[Any], static: bool = False) -> None:
        with self._cond:
            for tf in transforms:
                self._add(str(tf.header.frame_id).lstrip("/"), str(tf.child_frame_id).lstrip("/"),
                          stamp_to_ns(tf.header.stamp), transform_to_matrix(None), static)
            self._cond.notify_all()

    @_mutmut_mutated(mutants_xǁTransformBufferǁadd_matrix__mutmut)
    def add_matrix(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_orig(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_1(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 1, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_2(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = True) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_3(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(None, child, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_4(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, None, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_5(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, None, np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_6(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), None, static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_7(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=float), None)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_8(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(child, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_9(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, int(stamp_ns), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_10(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_11(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_12(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=float), )
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_13(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(None), np.asarray(matrix, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_14(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(None, dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_15(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, dtype=None), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_16(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(dtype=float), static)
            self._cond.notify_all()

    def xǁTransformBufferǁadd_matrix__mutmut_17(self, parent: str, child: str, matrix: np.ndarray, stamp_ns: int = 0, static: bool = False) -> None:
        """Add one edge from a 4x4 ``T_parent_child``."""
        with self._cond:
            self._add(parent, child, int(stamp_ns), np.asarray(matrix, ), static)
            self._cond.notify_all()

    @_mutmut_mutated(mutants_xǁTransformBufferǁ_add__mutmut)
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

    def xǁTransformBufferǁ_add__mutmut_orig(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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

    def xǁTransformBufferǁ_add__mutmut_1(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child and parent == child:
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

    def xǁTransformBufferǁ_add__mutmut_2(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent and not child or parent == child:
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

    def xǁTransformBufferǁ_add__mutmut_3(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if parent or not child or parent == child:
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

    def xǁTransformBufferǁ_add__mutmut_4(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or child or parent == child:
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

    def xǁTransformBufferǁ_add__mutmut_5(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent != child:
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

    def xǁTransformBufferǁ_add__mutmut_6(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = None
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

    def xǁTransformBufferǁ_add__mutmut_7(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(None)
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

    def xǁTransformBufferǁ_add__mutmut_8(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent and edge.static != static:
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

    def xǁTransformBufferǁ_add__mutmut_9(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None and edge.parent != parent or edge.static != static:
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

    def xǁTransformBufferǁ_add__mutmut_10(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is not None or edge.parent != parent or edge.static != static:
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

    def xǁTransformBufferǁ_add__mutmut_11(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent == parent or edge.static != static:
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

    def xǁTransformBufferǁ_add__mutmut_12(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static == static:
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

    def xǁTransformBufferǁ_add__mutmut_13(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = None
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

    def xǁTransformBufferǁ_add__mutmut_14(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(None, static)
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

    def xǁTransformBufferǁ_add__mutmut_15(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, None)
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

    def xǁTransformBufferǁ_add__mutmut_16(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(static)
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

    def xǁTransformBufferǁ_add__mutmut_17(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, )
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

    def xǁTransformBufferǁ_add__mutmut_18(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = None
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

    def xǁTransformBufferǁ_add__mutmut_19(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = None
        if i < len(edge.stamps) and edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_20(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(None, stamp)
        if i < len(edge.stamps) and edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_21(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(edge.stamps, None)
        if i < len(edge.stamps) and edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_22(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(stamp)
        if i < len(edge.stamps) and edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_23(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(edge.stamps, )
        if i < len(edge.stamps) and edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_24(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(edge.stamps, stamp)
        if i < len(edge.stamps) or edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_25(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(edge.stamps, stamp)
        if i <= len(edge.stamps) and edge.stamps[i] == stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_26(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
        if not parent or not child or parent == child:
            return
        edge = self._edges.get(child)
        if edge is None or edge.parent != parent or edge.static != static:
            edge = self._edges[child] = _Edge(parent, static)
        if static:
            edge.stamps, edge.mats = [stamp], [m]
            return
        i = bisect.bisect_left(edge.stamps, stamp)
        if i < len(edge.stamps) and edge.stamps[i] != stamp:
            edge.mats[i] = m
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_27(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.mats[i] = None
        else:
            edge.stamps.insert(i, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_28(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.stamps.insert(None, stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_29(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.stamps.insert(i, None)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_30(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.stamps.insert(stamp)
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_31(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.stamps.insert(i, )
            edge.mats.insert(i, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_32(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.mats.insert(None, m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_33(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.mats.insert(i, None)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_34(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.mats.insert(m)
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_35(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
            edge.mats.insert(i, )
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_36(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = None
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_37(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = bisect.bisect_left(None, edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_38(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = bisect.bisect_left(edge.stamps, None)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_39(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = bisect.bisect_left(edge.stamps[-1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_40(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = bisect.bisect_left(edge.stamps, )
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_41(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-1] + self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_42(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = bisect.bisect_left(edge.stamps, edge.stamps[+1] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_43(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        cut = bisect.bisect_left(edge.stamps, edge.stamps[-2] - self.cache_ns)
        if cut > 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_44(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        if cut >= 0:
            del edge.stamps[:cut], edge.mats[:cut]

    def xǁTransformBufferǁ_add__mutmut_45(self, parent: str, child: str, stamp: int, m: np.ndarray, static: bool) -> None:
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
        if cut > 1:
            del edge.stamps[:cut], edge.mats[:cut]

    # ------------------------------------------------------------------ queries

    @_mutmut_mutated(mutants_xǁTransformBufferǁframes__mutmut)
    def frames(self) -> list[str]:
        """Every frame the buffer knows, sorted."""
        with self._cond:
            names = set(self._edges) | {e.parent for e in self._edges.values()}
        return sorted(names)

    # ------------------------------------------------------------------ queries

    def xǁTransformBufferǁframes__mutmut_orig(self) -> list[str]:
        """Every frame the buffer knows, sorted."""
        with self._cond:
            names = set(self._edges) | {e.parent for e in self._edges.values()}
        return sorted(names)

    # ------------------------------------------------------------------ queries

    def xǁTransformBufferǁframes__mutmut_1(self) -> list[str]:
        """Every frame the buffer knows, sorted."""
        with self._cond:
            names = None
        return sorted(names)

    # ------------------------------------------------------------------ queries

    def xǁTransformBufferǁframes__mutmut_2(self) -> list[str]:
        """Every frame the buffer knows, sorted."""
        with self._cond:
            names = set(self._edges) & {e.parent for e in self._edges.values()}
        return sorted(names)

    # ------------------------------------------------------------------ queries

    def xǁTransformBufferǁframes__mutmut_3(self) -> list[str]:
        """Every frame the buffer knows, sorted."""
        with self._cond:
            names = set(None) | {e.parent for e in self._edges.values()}
        return sorted(names)

    # ------------------------------------------------------------------ queries

    def xǁTransformBufferǁframes__mutmut_4(self) -> list[str]:
        """Every frame the buffer knows, sorted."""
        with self._cond:
            names = set(self._edges) | {e.parent for e in self._edges.values()}
        return sorted(None)

    @_mutmut_mutated(mutants_xǁTransformBufferǁ_chain__mutmut)
    def _chain(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_orig(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_1(self, frame: str) -> list[str]:
        chain = None
        while chain[-1] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_2(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges or len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_3(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[+1] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_4(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-2] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_5(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] not in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_6(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) <= 1000:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_7(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) < 1001:
            chain.append(self._edges[chain[-1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_8(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) < 1000:
            chain.append(None)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_9(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[+1]].parent)
        return chain

    def xǁTransformBufferǁ_chain__mutmut_10(self, frame: str) -> list[str]:
        chain = [frame]
        while chain[-1] in self._edges and len(chain) < 1000:
            chain.append(self._edges[chain[-2]].parent)
        return chain

    @_mutmut_mutated(mutants_xǁTransformBufferǁ_to_root__mutmut)
    def _to_root(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_orig(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_1(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = None
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_2(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(None)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_3(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(5)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_4(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = None
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_5(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f == upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_6(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = None
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_7(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = None
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_8(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(None, self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_9(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, None) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_10(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(self.tolerance_ns) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_11(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, ) @ m
            f = edge.parent
        return m

    def xǁTransformBufferǁ_to_root__mutmut_12(self, frame: str, upto: str, stamp_ns: int) -> np.ndarray:
        """T_upto_frame along the parent chain."""
        m = np.eye(4)
        f = frame
        while f != upto:
            edge = self._edges[f]
            m = edge.at(stamp_ns, self.tolerance_ns) @ m
            f = None
        return m

    @_mutmut_mutated(mutants_xǁTransformBufferǁ_try_lookup__mutmut)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_orig(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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

    def xǁTransformBufferǁ_try_lookup__mutmut_1(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = None
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

    def xǁTransformBufferǁ_try_lookup__mutmut_2(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) & {e.parent for e in self._edges.values()}
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

    def xǁTransformBufferǁ_try_lookup__mutmut_3(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(None) | {e.parent for e in self._edges.values()}
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

    def xǁTransformBufferǁ_try_lookup__mutmut_4(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name in known:
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

    def xǁTransformBufferǁ_try_lookup__mutmut_5(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = None
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

    def xǁTransformBufferǁ_try_lookup__mutmut_6(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) and "none"
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

    def xǁTransformBufferǁ_try_lookup__mutmut_7(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(None) or "none"
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

    def xǁTransformBufferǁ_try_lookup__mutmut_8(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = "XX, XX".join(sorted(known)) or "none"
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

    def xǁTransformBufferǁ_try_lookup__mutmut_9(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(None)) or "none"
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

    def xǁTransformBufferǁ_try_lookup__mutmut_10(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "XXnoneXX"
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

    def xǁTransformBufferǁ_try_lookup__mutmut_11(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "NONE"
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

    def xǁTransformBufferǁ_try_lookup__mutmut_12(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(None)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_13(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = None
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

    def xǁTransformBufferǁ_try_lookup__mutmut_14(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(None), self._chain(target)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_15(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(None)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_16(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = None
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

    def xǁTransformBufferǁ_try_lookup__mutmut_17(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next(None, None)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_18(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next(None)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_19(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), )
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

    def xǁTransformBufferǁ_try_lookup__mutmut_20(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f not in set(up_t)), None)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_21(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(None)), None)
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

    def xǁTransformBufferǁ_try_lookup__mutmut_22(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), None)
        if common is not None:
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

    def xǁTransformBufferǁ_try_lookup__mutmut_23(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), None)
        if common is None:
            raise TransformError(
                None
            )
        try:
            t_common_source = self._to_root(source, common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_24(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), None)
        if common is None:
            raise TransformError(
                f"frames {target!r} and {source!r} are not connected in TF (roots {up_t[+1]!r} and {up_s[-1]!r})"
            )
        try:
            t_common_source = self._to_root(source, common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_25(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), None)
        if common is None:
            raise TransformError(
                f"frames {target!r} and {source!r} are not connected in TF (roots {up_t[-2]!r} and {up_s[-1]!r})"
            )
        try:
            t_common_source = self._to_root(source, common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_26(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), None)
        if common is None:
            raise TransformError(
                f"frames {target!r} and {source!r} are not connected in TF (roots {up_t[-1]!r} and {up_s[+1]!r})"
            )
        try:
            t_common_source = self._to_root(source, common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_27(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
        known = set(self._edges) | {e.parent for e in self._edges.values()}
        for name in (target, source):
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise TransformError(f"frame {name!r} does not exist in TF (known frames: {listing})")
        up_s, up_t = self._chain(source), self._chain(target)
        common = next((f for f in up_s if f in set(up_t)), None)
        if common is None:
            raise TransformError(
                f"frames {target!r} and {source!r} are not connected in TF (roots {up_t[-1]!r} and {up_s[-2]!r})"
            )
        try:
            t_common_source = self._to_root(source, common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_28(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_source = None
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_29(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_source = self._to_root(None, common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_30(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_source = self._to_root(source, None, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_31(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_source = self._to_root(source, common, None)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_32(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_source = self._to_root(common, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_33(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_source = self._to_root(source, stamp_ns)
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_34(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_source = self._to_root(source, common, )
            t_common_target = self._to_root(target, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_35(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_target = None
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_36(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_target = self._to_root(None, common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_37(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_target = self._to_root(target, None, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_38(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_target = self._to_root(target, common, None)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_39(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_target = self._to_root(common, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_40(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_target = self._to_root(target, stamp_ns)
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_41(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
            t_common_target = self._to_root(target, common, )
        except _Extrapolation as exc:
            raise TransformError(
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_42(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
                None
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_43(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
                f"no transform {target!r} <- {source!r} at t={stamp_ns * 1e9:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_44(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
                f"no transform {target!r} <- {source!r} at t={stamp_ns / 1000000001.0:.3f} s: {exc}"
            ) from None
        return np.linalg.inv(t_common_target) @ t_common_source

    def xǁTransformBufferǁ_try_lookup__mutmut_45(self, target: str, source: str, stamp_ns: int) -> np.ndarray:
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
        return np.linalg.inv(None) @ t_common_source

    @_mutmut_mutated(mutants_xǁTransformBufferǁlookup__mutmut)
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

    def xǁTransformBufferǁlookup__mutmut_orig(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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

    def xǁTransformBufferǁlookup__mutmut_1(self, target: str, source: str, stamp_ns: int = 1, timeout_s: float = 0.0) -> np.ndarray:
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

    def xǁTransformBufferǁlookup__mutmut_2(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 1.0) -> np.ndarray:
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

    def xǁTransformBufferǁlookup__mutmut_3(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target != source:
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

    def xǁTransformBufferǁlookup__mutmut_4(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(None)
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

    def xǁTransformBufferǁlookup__mutmut_5(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(5)
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

    def xǁTransformBufferǁlookup__mutmut_6(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = None
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_7(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() - max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_8(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(None, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_9(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, None)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_10(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_11(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, )
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_12(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(1.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_13(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while False:
                try:
                    return self._try_lookup(target, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_14(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(None, source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_15(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, None, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_16(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, None)
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_17(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(source, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_18(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, int(stamp_ns))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_19(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, )
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_20(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
        """``T_target_source`` (4x4) at ``stamp_ns`` (0 = latest), waiting up to ``timeout_s``.

        Raises :class:`TransformError` when it is still unavailable after the timeout.
        """
        if target == source:
            return np.eye(4)
        deadline = time.monotonic() + max(0.0, timeout_s)
        with self._cond:
            while True:
                try:
                    return self._try_lookup(target, source, int(None))
                except TransformError:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_21(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    remaining = None
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_22(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    remaining = deadline + time.monotonic()
                    if remaining <= 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_23(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    if remaining < 0:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_24(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    if remaining <= 1:
                        raise
                    self._cond.wait(timeout=min(remaining, 0.05))

    def xǁTransformBufferǁlookup__mutmut_25(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    self._cond.wait(timeout=None)

    def xǁTransformBufferǁlookup__mutmut_26(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    self._cond.wait(timeout=min(None, 0.05))

    def xǁTransformBufferǁlookup__mutmut_27(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    self._cond.wait(timeout=min(remaining, None))

    def xǁTransformBufferǁlookup__mutmut_28(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    self._cond.wait(timeout=min(0.05))

    def xǁTransformBufferǁlookup__mutmut_29(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    self._cond.wait(timeout=min(remaining, ))

    def xǁTransformBufferǁlookup__mutmut_30(self, target: str, source: str, stamp_ns: int = 0, timeout_s: float = 0.0) -> np.ndarray:
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
                    self._cond.wait(timeout=min(remaining, 1.05))

    @_mutmut_mutated(mutants_xǁTransformBufferǁcan_transform__mutmut)
    def can_transform(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, source, stamp_ns)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_orig(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, source, stamp_ns)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_1(self, target: str, source: str, stamp_ns: int = 1) -> bool:
        try:
            self.lookup(target, source, stamp_ns)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_2(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(None, source, stamp_ns)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_3(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, None, stamp_ns)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_4(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, source, None)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_5(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(source, stamp_ns)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_6(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, stamp_ns)
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_7(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, source, )
            return True
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_8(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, source, stamp_ns)
            return False
        except TransformError:
            return False

    def xǁTransformBufferǁcan_transform__mutmut_9(self, target: str, source: str, stamp_ns: int = 0) -> bool:
        try:
            self.lookup(target, source, stamp_ns)
            return True
        except TransformError:
            return True

mutants_xǁTransformBufferǁ__init____mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_1'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_2'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_3'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_4'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_5'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_6'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_7'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_8'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_9'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_10'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_11'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ__init____mutmut['xǁTransformBufferǁ__init____mutmut_12'] = TransformBuffer.xǁTransformBufferǁ__init____mutmut_12 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁadd_tf_message__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁadd_tf_message__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_tf_message__mutmut['xǁTransformBufferǁadd_tf_message__mutmut_1'] = TransformBuffer.xǁTransformBufferǁadd_tf_message__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_tf_message__mutmut['xǁTransformBufferǁadd_tf_message__mutmut_2'] = TransformBuffer.xǁTransformBufferǁadd_tf_message__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_tf_message__mutmut['xǁTransformBufferǁadd_tf_message__mutmut_3'] = TransformBuffer.xǁTransformBufferǁadd_tf_message__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_tf_message__mutmut['xǁTransformBufferǁadd_tf_message__mutmut_4'] = TransformBuffer.xǁTransformBufferǁadd_tf_message__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_tf_message__mutmut['xǁTransformBufferǁadd_tf_message__mutmut_5'] = TransformBuffer.xǁTransformBufferǁadd_tf_message__mutmut_5 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁadd_transforms__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_1'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_2'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_3'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_4'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_5'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_6'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_7'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_8'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_9'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_10'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_11'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_12'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_13'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_14'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_15'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_16'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_17'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_18'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_19'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_20'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_transforms__mutmut['xǁTransformBufferǁadd_transforms__mutmut_21'] = TransformBuffer.xǁTransformBufferǁadd_transforms__mutmut_21 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁadd_matrix__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_1'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_2'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_3'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_4'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_5'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_6'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_7'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_8'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_9'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_10'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_11'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_12'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_13'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_14'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_15'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_16'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁadd_matrix__mutmut['xǁTransformBufferǁadd_matrix__mutmut_17'] = TransformBuffer.xǁTransformBufferǁadd_matrix__mutmut_17 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁ_add__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_1'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_2'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_3'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_4'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_5'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_6'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_7'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_8'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_9'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_10'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_11'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_12'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_13'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_14'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_15'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_16'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_17'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_18'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_19'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_20'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_21'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_21 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_22'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_22 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_23'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_23 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_24'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_24 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_25'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_25 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_26'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_26 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_27'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_27 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_28'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_28 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_29'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_29 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_30'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_30 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_31'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_31 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_32'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_32 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_33'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_33 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_34'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_34 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_35'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_35 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_36'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_36 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_37'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_37 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_38'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_38 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_39'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_39 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_40'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_40 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_41'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_41 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_42'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_42 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_43'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_43 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_44'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_44 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_add__mutmut['xǁTransformBufferǁ_add__mutmut_45'] = TransformBuffer.xǁTransformBufferǁ_add__mutmut_45 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁframes__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁframes__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁframes__mutmut['xǁTransformBufferǁframes__mutmut_1'] = TransformBuffer.xǁTransformBufferǁframes__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁframes__mutmut['xǁTransformBufferǁframes__mutmut_2'] = TransformBuffer.xǁTransformBufferǁframes__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁframes__mutmut['xǁTransformBufferǁframes__mutmut_3'] = TransformBuffer.xǁTransformBufferǁframes__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁframes__mutmut['xǁTransformBufferǁframes__mutmut_4'] = TransformBuffer.xǁTransformBufferǁframes__mutmut_4 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁ_chain__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_1'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_2'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_3'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_4'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_5'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_6'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_7'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_8'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_9'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_chain__mutmut['xǁTransformBufferǁ_chain__mutmut_10'] = TransformBuffer.xǁTransformBufferǁ_chain__mutmut_10 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁ_to_root__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_1'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_2'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_3'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_4'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_5'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_6'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_7'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_8'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_9'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_10'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_11'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_to_root__mutmut['xǁTransformBufferǁ_to_root__mutmut_12'] = TransformBuffer.xǁTransformBufferǁ_to_root__mutmut_12 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁ_try_lookup__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_1'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_2'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_3'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_4'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_5'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_6'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_7'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_8'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_9'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_10'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_11'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_12'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_13'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_14'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_15'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_16'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_17'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_18'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_19'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_20'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_21'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_21 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_22'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_22 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_23'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_23 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_24'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_24 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_25'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_25 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_26'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_26 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_27'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_27 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_28'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_28 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_29'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_29 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_30'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_30 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_31'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_31 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_32'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_32 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_33'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_33 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_34'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_34 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_35'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_35 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_36'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_36 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_37'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_37 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_38'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_38 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_39'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_39 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_40'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_40 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_41'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_41 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_42'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_42 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_43'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_43 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_44'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_44 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁ_try_lookup__mutmut['xǁTransformBufferǁ_try_lookup__mutmut_45'] = TransformBuffer.xǁTransformBufferǁ_try_lookup__mutmut_45 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁlookup__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_1'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_2'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_3'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_4'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_5'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_6'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_7'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_8'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_9'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_10'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_11'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_12'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_13'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_14'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_15'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_16'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_17'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_18'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_19'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_20'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_21'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_21 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_22'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_22 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_23'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_23 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_24'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_24 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_25'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_25 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_26'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_26 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_27'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_27 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_28'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_28 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_29'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_29 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁlookup__mutmut['xǁTransformBufferǁlookup__mutmut_30'] = TransformBuffer.xǁTransformBufferǁlookup__mutmut_30 # type: ignore # mutmut generated

mutants_xǁTransformBufferǁcan_transform__mutmut['_mutmut_orig'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_1'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_2'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_3'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_4'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_5'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_6'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_7'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_8'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTransformBufferǁcan_transform__mutmut['xǁTransformBufferǁcan_transform__mutmut_9'] = TransformBuffer.xǁTransformBufferǁcan_transform__mutmut_9 # type: ignore # mutmut generated
