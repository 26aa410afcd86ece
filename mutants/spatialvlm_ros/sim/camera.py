"""Simulated pinhole camera: random look-at poses (with roll) and pybullet rendering.

Frames: ``T_world_camera`` is the 4x4 pose of the camera *optical* frame (x right,
y down, z forward) in the world frame (z up). pybullet's OpenGL eye frame is x right,
y up, z backward, i.e. ``T_world_gl = T_world_camera @ diag(1, -1, -1, 1)``.

Intrinsics: square pixels, ``fx = fy = (H/2) / tan(fov_y/2)``, principal point at the
image centre ``((W-1)/2, (H-1)/2)`` (pixel centres at integer coordinates), which is
exactly the OpenGL projection ``computeProjectionMatrixFOV`` renders with.

Depth: the z-buffer value ``b`` maps to metric depth along the optical axis
``z = far*near / (far - (far - near) * b)``. Pixels where no body was hit are 0.
Segmentation (``ER_SEGMENTATION_MASK_OBJECT_AND_LINKINDEX``): body = ``seg & 0xFFFFFF``,
link = ``(seg >> 24) - 1``; -1 where nothing was hit.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import logging
import os
import sys
from dataclasses import dataclass

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics

log = logging.getLogger(__name__)


def intrinsics_from_config(image: dict) -> CameraIntrinsics:
    return CameraIntrinsics.from_fov(int(image["width"]), int(image["height"]), float(image["fov_y_deg"]))


#: Pixel thresholds in config/sim.yaml (``min_visible_pixels``...) are counted at this size.
REFERENCE_PIXELS = 640 * 480
#: Camera searches render at this width (or the image width if smaller).
SEARCH_WIDTH = 160


def search_intrinsics(intr: CameraIntrinsics) -> tuple[CameraIntrinsics, float]:
    """Low-resolution copy of ``intr`` for camera searches, and the factor turning pixel
    counts at :data:`REFERENCE_PIXELS` into counts at that resolution."""
    w = min(intr.width, SEARCH_WIDTH)
    h = max(round(intr.height * w / intr.width), 8)
    small = intr.scaled(w, h)
    return small, (w * h) / REFERENCE_PIXELS


def rot_z(angle: float) -> np.ndarray:
    c, s = np.cos(angle), np.sin(angle)
    return np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])


def look_at(eye: np.ndarray, target: np.ndarray, roll: float = 0.0) -> np.ndarray:
    """4x4 ``T_world_camera`` of an optical frame at ``eye`` looking at ``target``.

    With ``roll = 0`` the image x axis is horizontal (world z projects to image up);
    ``roll`` (radians) rotates the camera about its optical axis (positive = clockwise
    in the image, i.e. about +z optical).
    """
    eye = np.asarray(eye, float)
    z = np.asarray(target, float) - eye
    z /= np.linalg.norm(z)
    up = np.array([0.0, 0.0, 1.0])
    x = np.cross(z, up)
    if np.linalg.norm(x) < 1e-6:  # looking straight down/up: pick world x as image up
        x = np.cross(z, np.array([1.0, 0.0, 0.0]))
    x /= np.linalg.norm(x)
    y = np.cross(z, x)
    T = np.eye(4)
    T[:3, :3] = np.column_stack([x, y, z]) @ rot_z(roll)
    T[:3, 3] = eye
    return T


def sample_camera_pose(rng: np.random.Generator, cam_cfg: dict, center: np.ndarray) -> tuple[np.ndarray, dict]:
    """Random look-at pose around ``center`` (world): distance, elevation, azimuth, roll.

    Azimuth 0 puts the camera on the +x side looking back toward the robot. Returns
    ``(T_world_camera, params)`` with the sampled parameters (degrees, metres).
    """
    dist = float(rng.uniform(*cam_cfg.get("distance", [0.7, 1.4])))
    elev = float(rng.uniform(*cam_cfg.get("elevation_deg", [20, 75])))
    azim = float(rng.uniform(*cam_cfg.get("azimuth_deg", [-120, 120])))
    roll = float(rng.uniform(*cam_cfg.get("roll_deg", [-15, 15])))
    jitter = float(cam_cfg.get("target_jitter", 0.0))
    target = np.asarray(center, float) + rng.uniform(-jitter, jitter, size=3)
    e, a = np.radians(elev), np.radians(azim)
    eye = target + dist * np.array([np.cos(e) * np.cos(a), np.cos(e) * np.sin(a), np.sin(e)])
    params = {"distance": dist, "elevation_deg": elev, "azimuth_deg": azim, "roll_deg": roll,
              "target": target.tolist()}
    return look_at(eye, target, np.radians(roll)), params


def sample_light_direction(rng: np.random.Generator) -> np.ndarray:
    """A random unit direction toward a light above the table (elevation 35-85 deg)."""
    el = np.radians(rng.uniform(35.0, 85.0))
    az = rng.uniform(-np.pi, np.pi)
    return np.array([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)])


def view_matrix(T_world_camera: np.ndarray) -> list[float]:
    """pybullet (OpenGL, column-major) view matrix of an optical-frame pose."""
    T_world_gl = np.asarray(T_world_camera, float) @ np.diag([1.0, -1.0, -1.0, 1.0])
    V = np.linalg.inv(T_world_gl)
    return V.T.reshape(-1).tolist()


def projection_matrix(intr: CameraIntrinsics, near: float, far: float, renderer: str = "egl") -> list[float]:
    """pybullet projection matrix of a centred pinhole camera with ``fx == fy``.

    TinyRenderer samples image rows half a pixel off the OpenGL convention (measured: the
    table plane back-projects 0.8 mm off with the ideal intrinsics, 0.08 mm after this
    fix), so for it the principal point is shifted by half a pixel in NDC (1/H) to make its
    images obey the same intrinsics as EGL's.
    """
    import pybullet as p

    fov_y = 2.0 * np.degrees(np.arctan((intr.height / 2.0) / intr.fy))
    P = list(p.computeProjectionMatrixFOV(fov_y, intr.width / intr.height, near, far))
    if renderer == "tiny":
        P[9] += 1.0 / intr.height  # column-major element (row 1, column 2)
    return P


@dataclass
class RenderedImage:
    """One rendering: rgb (HxWx3 uint8), metric depth (HxW float32, 0 = nothing hit),
    body ids and link ids (HxW int32, -1 = nothing)."""

    rgb: np.ndarray
    depth: np.ndarray
    body: np.ndarray
    link: np.ndarray


def _c_fflush() -> None:
    try:
        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError):  # pragma: no cover - no libc symbol table
        pass


@contextlib.contextmanager
def _quiet_fds(fds: tuple[int, ...]):
    """Point the given C-level file descriptors at /dev/null while active."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = []
    try:
        for fd in fds:
            saved.append((fd, os.dup(fd)))
    except OSError:  # pragma: no cover
        for _, dup in saved:
            os.close(dup)
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            for fd, _ in saved:
                os.dup2(devnull.fileno(), fd)
            try:
                yield
            finally:
                _c_fflush()
    finally:
        for fd, dup in saved:
            os.dup2(dup, fd)
            os.close(dup)


@contextlib.contextmanager
def quiet_stdout(active: bool = True):
    """Silence C-level stdout and stderr while active (the EGL plugin prints GL strings)."""
    if not active:
        yield
        return
    with _quiet_fds((1, 2)):
        yield


@contextlib.contextmanager
def quiet_stderr():
    """Silence C-level stderr (pybullet prints its build time there on import)."""
    with _quiet_fds((2,)):
        yield


#: "auto" uses EGL only for images at least this large: below it TinyRenderer was faster
#: here (bench/bench_sim.py: 160x120 and 320x240 render faster with TinyRenderer).
AUTO_EGL_MIN_PIXELS = 640 * 480 // 2


def import_pybullet_quietly():
    """``import pybullet`` without its build-time banner on stderr (for the CLI)."""
    with quiet_stderr():
        import pybullet
    return pybullet


def setup_renderer(client: int, choice: str, image_pixels: int | None = None) -> str:
    """Load the EGL plugin when asked/available (before bodies are created).

    ``choice`` is "auto", "egl" or "tiny"; returns the renderer in use ("egl"/"tiny").
    "auto" takes EGL when its plugin loads and the image has at least
    :data:`AUTO_EGL_MIN_PIXELS` pixels (``image_pixels``; None = large). "egl" falls back
    to "tiny" with a warning when the plugin cannot load.
    """
    import pybullet as p

    if choice == "tiny":
        return "tiny"
    if choice == "auto" and image_pixels is not None and image_pixels < AUTO_EGL_MIN_PIXELS:
        return "tiny"
    spec = importlib.util.find_spec("eglRenderer")
    if spec is None or not spec.origin:
        if choice == "egl":
            log.warning("EGL renderer plugin not found; using TinyRenderer")
        return "tiny"
    with quiet_stdout():
        plugin = p.loadPlugin(spec.origin, "_eglRendererPlugin", physicsClientId=client)
    if plugin < 0:
        if choice == "egl":
            log.warning("EGL renderer plugin failed to load; using TinyRenderer")
        return "tiny"
    return "egl"


def render(
    client: int,
    T_world_camera: np.ndarray,
    intr: CameraIntrinsics,
    near: float,
    far: float,
    renderer: str = "tiny",
    light_direction: np.ndarray | None = None,
) -> RenderedImage:
    """Render RGB, metric depth and segmentation from an optical-frame pose.

    ``light_direction``: world direction *toward* the light (pybullet's default if None).
    """
    import pybullet as p

    flags = p.ER_SEGMENTATION_MASK_OBJECT_AND_LINKINDEX
    ren = p.ER_BULLET_HARDWARE_OPENGL if renderer == "egl" else p.ER_TINY_RENDERER
    w, h = intr.width, intr.height
    with quiet_stdout(renderer == "egl"):
        _, _, rgba, zbuf, seg = p.getCameraImage(
            w, h, view_matrix(T_world_camera), projection_matrix(intr, near, far, renderer),
            renderer=ren, flags=flags, shadow=0, physicsClientId=client,
            **({} if light_direction is None else {"lightDirection": [float(x) for x in light_direction]}),
        )
    rgb = np.asarray(rgba, dtype=np.uint8).reshape(h, w, 4)[:, :, :3].copy()
    zb = np.asarray(zbuf, dtype=np.float64).reshape(h, w)
    seg = np.asarray(seg, dtype=np.int64).reshape(h, w)
    depth = far * near / (far - (far - near) * zb)
    hit = seg >= 0
    body = np.where(hit, seg & 0xFFFFFF, -1).astype(np.int32)
    link = np.where(hit, (seg >> 24) - 1, -1).astype(np.int32)
    depth = np.where(hit & (depth < far * 0.999), depth, 0.0).astype(np.float32)
    return RenderedImage(rgb, depth, body, link)
