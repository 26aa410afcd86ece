"""Stage 1 of the synthesis pipeline (CPU): read one input into a :class:`~spatialvlm_ros.data.rows.Work`.

Inputs: a scene directory, a plain image (with optional ``.camera_info.yaml`` and
``.names.txt`` sidecars), a rosbag frame or a simulated scene. A bad input is a
skipped row with the reason, never an exception.
"""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.data.rows import Work, skip_row
from spatialvlm_ros.data.sources import InputItem
from spatialvlm_ros.errors import EmptyDepthError, InputError, NoDepthError, SpatialVLMError, UnreadableInputError

log = logging.getLogger(__name__)


def load_stage(row: dict, cfg) -> dict:
    """Read the input into a :class:`Work` (CPU)."""
    if row["status"] != "ok":
        return row
    item = InputItem(**row["item"])
    try:
        work = load_item(item, cfg)
    except NoDepthError as exc:
        return skip_row(row, "no_depth", str(exc))
    except _NoTruth as exc:
        return skip_row(row, "no_truth", str(exc))
    except InputError as exc:
        return skip_row(row, classify_input_error(exc), str(exc))
    except (OSError, ValueError) as exc:
        return skip_row(row, "unreadable", f"{type(exc).__name__}: {exc}")
    except SpatialVLMError as exc:
        return skip_row(row, "bad_input", str(exc))
    except Exception as exc:
        log.exception("loading %s failed", item.key)
        return skip_row(row, "internal_error", f"load: {type(exc).__name__}: {exc}")
    return {**row, "payload": pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)}


class _NoTruth(SpatialVLMError):
    pass


def classify_input_error(exc: InputError) -> str:
    """Skip reason of an :class:`InputError` raised while reading an input, by its type:
    ``no_depth`` (:class:`EmptyDepthError`), ``unreadable`` (:class:`UnreadableInputError`),
    else ``bad_input``."""
    if isinstance(exc, EmptyDepthError):
        return "no_depth"
    if isinstance(exc, UnreadableInputError):
        return "unreadable"
    return "bad_input"


def load_item(item: InputItem, cfg) -> Work:
    """Read one input (scene dir, image, bag frame or simulated scene)."""
    if item.kind == "scene_dir":
        from spatialvlm_ros.io.scene_dir import read_scene_dir

        # depth / masks may be missing: the model stage fills them in (or the input is skipped)
        frame = read_scene_dir(item.path, require_depth=False, require_masks=False)
        truth = None
        if cfg.answers_from == "truth":
            truth = _scene_dir_truth(Path(item.path), frame, cfg)
        frame.validate()
        return Work(item, frame, "measured", truth_scene=truth)
    if item.kind == "image":
        frame, names, source = _read_image(Path(item.path), cfg)
        if cfg.answers_from == "truth":
            raise _NoTruth(f"{item.path}: a plain image has no simulator truth")
        return Work(item, frame, "none", names=names, intrinsics_source=source)
    if item.kind == "bag":
        from spatialvlm_ros.data import bag_source

        frame = bag_source.read_frame(Path(item.path), item.index)
        if cfg.answers_from == "truth":
            raise _NoTruth(f"{item.key}: a rosbag frame has no simulator truth")
        frame.validate()
        names = list(cfg.image.get("vocabulary") or [])
        return Work(item, frame, "measured" if frame.depth is not None else "none", names=names)
    if item.kind == "sim":
        from spatialvlm_ros.sim.tabletop import generate_scene

        scene = generate_scene(int(item.index), cfg.sim_config())
        truth = None
        if cfg.answers_from == "truth":
            truth = _truth_graph(scene.truth, scene.T_world_camera, scene.frame, cfg)
        return Work(item, scene.frame, "measured", truth_scene=truth, intrinsics_source="simulator")
    raise InputError(f"unknown input kind {item.kind!r}")


def _scene_dir_truth(path: Path, frame: RGBDFrame, cfg):
    from spatialvlm_ros.sim.tabletop import TRUTH_FILE, read_truth

    if not (path / TRUTH_FILE).is_file():
        raise _NoTruth(f"{path}: no {TRUTH_FILE} (answers_from: truth)")
    truth, T_world_camera, _ = read_truth(path)
    return _truth_graph(truth, T_world_camera, frame, cfg)


def _truth_graph(truth, T_world_camera, frame: RGBDFrame, cfg):
    """The simulator-truth scene graph of the objects the frame's masks show."""
    from spatialvlm_ros.sim.truth import truth_scene_graph

    names = sorted(set(frame.segmentation.names.values())) if frame.segmentation is not None else None
    return truth_scene_graph(truth, T_world_camera, names=names,
                             min_visible_pixels=int(cfg.truth_min_visible_pixels), stamp_ns=frame.stamp_ns)


#: EXIF tags: the Exif IFD, FocalLengthIn35mmFilm (mm), FocalLength (mm).
_EXIF_IFD, _FOCAL_35MM, _FOCAL = 0x8769, 0xA405, 0x920A
#: Diagonal of a 36 x 24 mm frame (mm): a 35 mm-equivalent focal length f gives fx = f * diag_px / this.
_FULL_FRAME_DIAGONAL_MM = float(np.hypot(36.0, 24.0))


def exif_focal_35mm(img) -> float | None:
    """The 35 mm-equivalent focal length (mm) an image's EXIF states, else ``None``.

    Only ``FocalLengthIn35mmFilm`` is used: the plain ``FocalLength`` needs the sensor
    size, which EXIF rarely holds reliably.
    """
    try:
        ifd = img.getexif().get_ifd(_EXIF_IFD)
        f = float(ifd.get(_FOCAL_35MM) or 0.0)
    except Exception:  # noqa: BLE001 - malformed EXIF: no focal length
        return None
    return f if np.isfinite(f) and 5.0 <= f <= 2000.0 else None


def intrinsics_from_focal_35mm(width: int, height: int, f35_mm: float) -> CameraIntrinsics:
    """Pinhole intrinsics (pixels, principal point at the centre) from a 35 mm-equivalent focal length."""
    fx = float(f35_mm) * float(np.hypot(width, height)) / _FULL_FRAME_DIAGONAL_MM
    return CameraIntrinsics(width, height, fx, fx, (width - 1) / 2.0, (height - 1) / 2.0)


def _read_image(path: Path, cfg) -> tuple[RGBDFrame, list[str], str]:
    """The frame, the names to ground and the intrinsics source
    (``camera_info`` sidecar, ``exif`` focal length, or ``default_fov`` of the config)."""
    from PIL import Image

    try:
        with Image.open(path) as img:
            rgb = np.asarray(img.convert("RGB"))
            f35 = exif_focal_35mm(img)
    except FileNotFoundError:
        raise UnreadableInputError(f"image not found: {path}") from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types on corrupt files
        raise UnreadableInputError(f"image {path} is not a readable image ({type(exc).__name__})") from None
    h, w = rgb.shape[:2]
    cam_file = path.with_name(path.name + ".camera_info.yaml")
    if cam_file.is_file():
        from spatialvlm_ros.resources import load_yaml

        intr = CameraIntrinsics.from_camera_info_dict(load_yaml(cam_file))
        if (intr.width, intr.height) != (w, h):
            intr = intr.scaled(w, h)
        source = "camera_info"
    elif f35 is not None and cfg.image.get("use_exif", True):
        intr, source = intrinsics_from_focal_35mm(w, h, f35), "exif"
    else:
        intr = CameraIntrinsics.from_fov(w, h, float(cfg.image.get("fov_y_deg", 60.0)))
        source = "default_fov"
    names_file = path.with_name(path.name + ".names.txt")
    if names_file.is_file():
        names = [n.strip() for n in names_file.read_text(encoding="utf-8").splitlines() if n.strip()]
    else:
        names = list(cfg.image.get("vocabulary") or [])
    frame = RGBDFrame(rgb=rgb, depth=None, intrinsics=intr, frame_id="camera_optical_frame",
                      metadata={"image": str(path)})
    return frame, names, source
