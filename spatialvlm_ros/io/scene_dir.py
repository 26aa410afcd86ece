"""The offline *scene directory*: one RGB-D frame with camera info, object masks and pose.

Layout (all paths relative to the directory)::

    rgb.png            8-bit RGB (RGBA and 8-bit grey are converted to RGB)
    depth.png          uint16 millimetres, 0 = invalid            } exactly one of
    depth.npy          float32 metres, 0/NaN = invalid            } these two
    camera_info.yaml   ROS camera_calibration_parsers layout (image_width, image_height,
                       camera_matrix, distortion_model, distortion_coefficients,
                       rectification_matrix, projection_matrix)
    masks.png          instance ids, 16-bit (or 8-bit) grey, 0 = background
    objects.json       {"objects": [{"id": 1, "name": "red cube"}, ...]}
    camera_pose.yaml   optional: {world_frame: base_link, T_world_camera: 4x4 nested list}
                       = pose of the camera *optical* frame (x right, y down, z forward)
                       in a world frame whose z axis points up
    frame.yaml         optional: {frame_id: camera_color_optical_frame, stamp_ns: 0}

``read_scene_dir`` raises :class:`InputError` with a one-line message naming the
problem (missing file, wrong image size, unsupported encoding, all-invalid depth, bad
objects.json) so the CLI can print it without a traceback.
"""

from __future__ import annotations

import json
import logging
import struct
from pathlib import Path

import numpy as np
import yaml
from PIL import Image, UnidentifiedImageError

from spatialvlm_ros.core import limits
from spatialvlm_ros.core.camera import CameraIntrinsics, check_image_size
from spatialvlm_ros.core.depth import decode_depth, encode_depth_mm
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation, check_pose
from spatialvlm_ros.errors import EmptyDepthError, InputError, UnreadableInputError, first_line

logger = logging.getLogger(__name__)

RGB_FILE = "rgb.png"
DEPTH_PNG = "depth.png"
DEPTH_NPY = "depth.npy"
CAMERA_INFO_FILE = "camera_info.yaml"
MASKS_FILE = "masks.png"
OBJECTS_FILE = "objects.json"
POSE_FILE = "camera_pose.yaml"
FRAME_FILE = "frame.yaml"
#: Longest object name accepted in objects.json (characters).
MAX_NAME_CHARS = 200


def _open_image(path: Path, expect: CameraIntrinsics | None = None) -> Image.Image:
    """Open a PNG, check its size from the header (before any pixel is decoded), then decode it.

    The size must be within :mod:`~spatialvlm_ros.core.limits` and, with
    ``expect``, equal the camera info's: a decompression bomb (a small file
    declaring 20000x20000 pixels) is refused from its IHDR header.
    """
    with path.open("rb") as f:
        head = f.read(24)
    if len(head) == 24 and head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
        # the PNG header's size, checked before Pillow (which refuses bombs only above 179 Mpx) sees the file
        w, h = struct.unpack(">II", head[16:24])
        check_image_size(w, h, path.name)
        if expect is not None:
            _check_size(path.name, (h, w), expect)
    try:
        img = Image.open(path)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise UnreadableInputError(f"{path.name}: cannot read image ({_first_line(exc)})") from None
    w, h = img.size
    try:
        check_image_size(w, h, path.name)
    except InputError:
        img.close()
        raise
    if expect is not None:
        _check_size(path.name, (h, w), expect)
    try:
        img.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, struct.error) as exc:
        raise UnreadableInputError(f"{path.name}: cannot decode image ({_first_line(exc)})") from None
    return img


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _read_text(path: Path) -> str:
    """A YAML/JSON file's text, refusing files over :data:`~spatialvlm_ros.core.limits.MAX_TEXT_FILE_BYTES`."""
    size = path.stat().st_size
    if size > limits.MAX_TEXT_FILE_BYTES:
        raise InputError(f"{path.name}: {size} bytes is over the limit of {limits.MAX_TEXT_FILE_BYTES} bytes")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name}: not UTF-8 text (byte {exc.start})") from None


def check_nesting(data: object, name: str) -> None:
    """Refuse documents nested deeper than MAX_NESTING or with more than MAX_NODES nodes (alias bombs)."""
    stack: list[tuple[object, int]] = [(data, 1)]
    nodes = 0
    while stack:
        obj, depth = stack.pop()
        nodes += 1
        if nodes > limits.MAX_NODES:
            raise InputError(f"{name}: more than {limits.MAX_NODES} values (after expanding YAML aliases)")
        if isinstance(obj, (dict, list, tuple)):
            if depth > limits.MAX_NESTING:
                raise InputError(f"{name}: nested deeper than {limits.MAX_NESTING} levels")
            items = obj.items() if isinstance(obj, dict) else enumerate(obj)
            for k, v in items:
                stack.append((v, depth + 1))
                if isinstance(obj, dict):
                    stack.append((k, depth + 1))


def _read_yaml(path: Path) -> object:
    text = _read_text(path)
    try:
        data = yaml.safe_load(text)
    except RecursionError:
        raise InputError(f"{path.name}: nested too deeply (more than {limits.MAX_NESTING} levels)") from None
    except yaml.YAMLError as exc:
        first = first_line(exc)
        raise InputError(f"{path.name}: not valid YAML ({first})") from None
    check_nesting(data, path.name)
    return data


def _check_size(name: str, shape: tuple[int, ...], intr: CameraIntrinsics) -> None:
    if tuple(shape[:2]) != (intr.height, intr.width):
        raise InputError(
            f"{name} is {shape[1]}x{shape[0]} but {CAMERA_INFO_FILE} says {intr.width}x{intr.height}"
        )


def read_rgb(path: Path, expect: CameraIntrinsics | None = None) -> np.ndarray:
    """HxWx3 uint8 RGB from an 8-bit RGB/RGBA/grey PNG (size checked against ``expect`` before decoding)."""
    img = _open_image(path, expect)
    if img.mode not in ("RGB", "RGBA", "L", "P"):
        raise InputError(f"{path.name}: unsupported image mode {img.mode!r} (expected 8-bit RGB)")
    return np.asarray(img.convert("RGB"), dtype=np.uint8)


def read_depth_png(path: Path, expect: CameraIntrinsics | None = None) -> np.ndarray:
    """Float32 metres from a 16-bit grey PNG of millimetres."""
    img = _open_image(path, expect)
    if img.mode not in ("I;16", "I;16B", "I;16L", "I"):
        raise InputError(
            f"{path.name}: unsupported depth encoding (PNG mode {img.mode!r}); "
            "expected 16-bit grey millimetres"
        )
    arr = np.asarray(img)
    if arr.dtype != np.uint16:
        if arr.min(initial=0) < 0 or arr.max(initial=0) > 65535:
            raise InputError(f"{path.name}: depth values outside the 16-bit range")
        arr = arr.astype(np.uint16)
    return decode_depth(arr, "16UC1")


def _npy_header(path: Path) -> tuple[tuple[int, ...], np.dtype, int]:
    """(shape, dtype, data offset) from a .npy header, without reading the array."""
    from numpy.lib import format as npy

    try:
        with path.open("rb") as f:
            major, _minor = npy.read_magic(f)
            if major == 1:
                shape, _fortran, dtype = npy.read_array_header_1_0(f)
            elif major in (2, 3):
                shape, _fortran, dtype = npy.read_array_header_2_0(f)
            else:
                raise ValueError(f"unsupported .npy version {major}")
            return tuple(int(x) for x in shape), dtype, f.tell()
    except (ValueError, OSError, EOFError, SyntaxError, TypeError) as exc:
        raise InputError(f"{path.name}: not a .npy array ({_first_line(exc)})") from None


def read_depth_npy(path: Path, expect: CameraIntrinsics | None = None) -> np.ndarray:
    """Float32 metres from a .npy of float metres (float64/float16 are converted).

    The header (shape, dtype) is checked - against the limits, ``expect`` and
    the file size - before the array is read.
    """
    shape, dtype, offset = _npy_header(path)
    if dtype.kind != "f" or dtype.hasobject:
        raise InputError(f"{path.name}: unsupported dtype {dtype} (expected float32 metres)")
    if len(shape) != 2:
        raise InputError(f"{path.name}: shape {shape}, expected HxW")
    check_image_size(shape[1], shape[0], path.name)
    if expect is not None:
        _check_size(path.name, shape, expect)
    need = offset + shape[0] * shape[1] * dtype.itemsize
    have = path.stat().st_size
    if have < need:
        raise InputError(f"{path.name}: {have} bytes, but its header ({shape[1]}x{shape[0]} {dtype}) needs {need}")
    try:
        arr = np.load(path, allow_pickle=False)
    except (ValueError, OSError, EOFError) as exc:
        raise UnreadableInputError(f"{path.name}: cannot read array ({_first_line(exc)})") from None
    return decode_depth(arr, "32FC1")


def read_masks(path: Path, expect: CameraIntrinsics | None = None) -> np.ndarray:
    """HxW uint16 instance ids from a 16-bit or 8-bit grey PNG."""
    img = _open_image(path, expect)
    if img.mode not in ("I;16", "I;16B", "I;16L", "I", "L"):
        raise InputError(
            f"{path.name}: unsupported mask encoding (PNG mode {img.mode!r}); "
            "expected 16-bit or 8-bit grey instance ids"
        )
    arr = np.asarray(img)
    if arr.min(initial=0) < 0 or arr.max(initial=0) > 65535:
        raise InputError(f"{path.name}: instance ids outside the 16-bit range")
    return arr.astype(np.uint16)


def read_objects(path: Path) -> dict[int, str]:
    """Instance id -> name from objects.json (``{"objects": [{"id", "name"}, ...]}``)."""
    try:
        data = json.loads(_read_text(path))
    except RecursionError:
        raise InputError(f"{path.name}: nested too deeply (more than {limits.MAX_NESTING} levels)") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name}: malformed JSON ({exc.msg} at line {exc.lineno})") from None
    check_nesting(data, path.name)
    if not isinstance(data, dict) or not isinstance(data.get("objects"), list):
        raise InputError(f'{path.name}: expected {{"objects": [{{"id": 1, "name": "..."}}, ...]}}')
    if len(data["objects"]) > limits.MAX_OBJECTS:
        raise InputError(f"{path.name}: {len(data['objects'])} objects; at most {limits.MAX_OBJECTS} per frame "
                         "are supported")
    names: dict[int, str] = {}
    for i, entry in enumerate(data["objects"]):
        if not isinstance(entry, dict) or "id" not in entry or "name" not in entry:
            raise InputError(f"{path.name}: objects[{i}] needs an 'id' and a 'name'")
        oid, name = entry["id"], entry["name"]
        if isinstance(oid, bool) or not isinstance(oid, int) or not 0 < oid <= 65535:
            raise InputError(f"{path.name}: objects[{i}] id {oid!r} is not an integer in 1..65535")
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{path.name}: objects[{i}] (id {oid}) has an empty or non-text name")
        if len(name) > MAX_NAME_CHARS:
            raise InputError(f"{path.name}: objects[{i}] name is {len(name)} characters (at most {MAX_NAME_CHARS})")
        if oid in names:
            raise InputError(f"{path.name}: id {oid} is listed twice")
        names[oid] = name.strip()
    return names


def read_pose(path: Path) -> tuple[np.ndarray, str]:
    """(T_world_camera 4x4, world frame name) from camera_pose.yaml."""
    data = _read_yaml(path)
    if not isinstance(data, dict) or "T_world_camera" not in data:
        raise InputError(f"{path.name}: expected a mapping with 'T_world_camera' (4x4)")
    raw = data["T_world_camera"]
    if isinstance(raw, list) and len(raw) == 16 and all(not isinstance(v, list) for v in raw):
        raw = [raw[i:i + 4] for i in range(0, 16, 4)]
    try:
        t = check_pose(raw, "T_world_camera")
    except InputError as exc:
        raise InputError(f"{path.name}: {exc}") from None
    world = data.get("world_frame", "world")
    if not isinstance(world, str) or not world:
        raise InputError(f"{path.name}: world_frame must be a frame name, got {world!r}")
    return t, str(data.get("world_frame", "world"))


def read_scene_dir(
    path: str | Path, require_depth: bool = True, require_masks: bool = True
) -> RGBDFrame:
    """Read a scene directory (see the module docstring) into an :class:`RGBDFrame`.

    ``segmentation`` comes from masks.png + objects.json, ``T_world_camera`` from
    camera_pose.yaml when present, and ``metadata["scene_dir"]`` is the directory.
    With ``require_depth=False`` / ``require_masks=False`` a directory without depth /
    masks gives ``depth=None`` / ``segmentation=None`` (for a monocular depth model or a
    grounder); by default their absence is an :class:`InputError` naming the file.
    """
    root = Path(path)
    if not root.is_dir():
        raise UnreadableInputError(f"scene directory not found: {root}")

    def need(name: str) -> Path:
        p = root / name
        if not p.is_file():
            raise UnreadableInputError(f"scene directory {root} has no {name}")
        return p

    info = _read_yaml(need(CAMERA_INFO_FILE))
    try:
        intr = CameraIntrinsics.from_camera_info_dict(info)  # type: ignore[arg-type]
    except InputError as exc:
        raise InputError(f"{CAMERA_INFO_FILE}: {exc}") from None

    rgb = read_rgb(need(RGB_FILE), intr)

    png, npy = root / DEPTH_PNG, root / DEPTH_NPY
    depth: np.ndarray | None = None
    if png.is_file() and npy.is_file():
        raise InputError(f"scene directory {root} has both {DEPTH_PNG} and {DEPTH_NPY}; keep one")
    if png.is_file():
        depth = read_depth_png(png, intr)
    elif npy.is_file():
        depth = read_depth_npy(npy, intr)
    elif require_depth:
        raise UnreadableInputError(f"scene directory {root} has no {DEPTH_PNG} or {DEPTH_NPY}")
    if depth is not None and not (depth > 0).any():
        raise EmptyDepthError(f"{png.name if png.is_file() else npy.name}: no valid depth pixel (all zero or NaN)")

    segmentation: Segmentation | None = None
    has_masks, has_objects = (root / MASKS_FILE).is_file(), (root / OBJECTS_FILE).is_file()
    if has_masks or has_objects or require_masks:
        labels = read_masks(need(MASKS_FILE), intr)
        names = read_objects(need(OBJECTS_FILE))
        present = set(np.unique(labels).tolist()) - {0}
        missing = sorted(set(names) - present)
        if missing:
            oid = missing[0]
            raise InputError(f"{OBJECTS_FILE}: id {oid} ({names[oid]!r}) does not appear in {MASKS_FILE}")
        unnamed = sorted(present - set(names))
        if unnamed:
            logger.warning("%s: ids %s have no name in %s; ignored", MASKS_FILE, unnamed, OBJECTS_FILE)
            labels = np.where(np.isin(labels, unnamed), 0, labels).astype(np.uint16)
        segmentation = Segmentation(labels=labels, names=names)

    t_world_camera, world_frame = None, "world"
    if (root / POSE_FILE).is_file():
        t_world_camera, world_frame = read_pose(root / POSE_FILE)

    frame_id, stamp_ns = "camera_color_optical_frame", 0
    if (root / FRAME_FILE).is_file():
        meta = _read_yaml(root / FRAME_FILE)
        if not isinstance(meta, dict):
            raise InputError(f"{FRAME_FILE}: expected a mapping with frame_id and stamp_ns")
        frame_id = meta.get("frame_id", frame_id)
        if not isinstance(frame_id, str) or not frame_id:
            raise InputError(f"{FRAME_FILE}: frame_id must be a frame name, got {frame_id!r}")
        stamp_ns = meta.get("stamp_ns", 0)
        if isinstance(stamp_ns, bool) or not isinstance(stamp_ns, int) or not 0 <= stamp_ns < 2**63:
            raise InputError(f"{FRAME_FILE}: stamp_ns must be an integer number of nanoseconds in 0..2^63-1, "
                             f"got {stamp_ns!r}")

    frame = RGBDFrame(
        rgb=rgb,
        depth=depth,
        intrinsics=intr,
        frame_id=frame_id,
        stamp_ns=stamp_ns,
        T_world_camera=t_world_camera,
        world_frame_id=world_frame,
        segmentation=segmentation,
        metadata={"scene_dir": str(root)},
    )
    try:
        frame.validate()
    except InputError as exc:
        raise InputError(f"{root}: {exc}") from None
    return frame


def write_scene_dir(path: str | Path, frame: RGBDFrame, depth_format: str = "png") -> Path:
    """Write ``frame`` as a scene directory (created if needed) and return its path.

    ``depth_format``: ``"png"`` (uint16 millimetres; depths beyond 65.535 m or invalid
    become 0) or ``"npy"`` (float32 metres, lossless). A stale depth file of the other
    format is removed. Masks are written as 16-bit PNG; objects.json lists every named id
    that appears in the masks; camera_pose.yaml only when ``T_world_camera`` is set.
    """
    if depth_format not in ("png", "npy"):
        raise InputError(f"depth_format must be 'png' or 'npy', got {depth_format!r}")
    frame.validate()
    root = Path(path)
    root.mkdir(parents=True, exist_ok=True)
    intr = frame.intrinsics

    Image.fromarray(np.ascontiguousarray(frame.rgb, dtype=np.uint8)).save(root / RGB_FILE)
    with (root / CAMERA_INFO_FILE).open("w", encoding="utf-8") as f:
        yaml.safe_dump(intr.to_camera_info_dict(), f, sort_keys=False)

    for stale in (DEPTH_PNG, DEPTH_NPY):
        (root / stale).unlink(missing_ok=True)
    if frame.depth is not None:
        if depth_format == "png":
            Image.fromarray(encode_depth_mm(frame.depth)).save(root / DEPTH_PNG)
        else:
            d = np.asarray(frame.depth, dtype=np.float32).copy()
            d[~np.isfinite(d) | (d < 0)] = 0.0
            np.save(root / DEPTH_NPY, d)

    for stale in (MASKS_FILE, OBJECTS_FILE, POSE_FILE):
        (root / stale).unlink(missing_ok=True)
    if frame.segmentation is not None:
        labels = np.asarray(frame.segmentation.labels)
        if labels.min(initial=0) < 0 or labels.max(initial=0) > 65535:
            raise InputError("segmentation ids must fit in 16 bits")
        labels = labels.astype(np.uint16)
        present = set(np.unique(labels).tolist()) - {0}
        named = {i: n for i, n in frame.segmentation.names.items() if i in present}
        labels = np.where(np.isin(labels, sorted(present - set(named))), 0, labels).astype(np.uint16)
        Image.fromarray(labels).save(root / MASKS_FILE)
        objects = [{"id": int(i), "name": n} for i, n in sorted(named.items())]
        (root / OBJECTS_FILE).write_text(json.dumps({"objects": objects}, indent=2) + "\n", encoding="utf-8")

    if frame.T_world_camera is not None:
        pose = {
            "world_frame": frame.world_frame_id,
            "T_world_camera": np.asarray(frame.T_world_camera, dtype=float).tolist(),
        }
        with (root / POSE_FILE).open("w", encoding="utf-8") as f:
            yaml.safe_dump(pose, f, sort_keys=False)
    with (root / FRAME_FILE).open("w", encoding="utf-8") as f:
        yaml.safe_dump({"frame_id": frame.frame_id, "stamp_ns": int(frame.stamp_ns)}, f, sort_keys=False)
    return root
