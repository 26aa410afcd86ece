"""Conversions between ROS 2 messages (rosbags objects) and the package's core types.

Conventions
-----------
- Time: ``builtin_interfaces/Time`` <-> integer nanoseconds (:func:`stamp_to_ns`).
- Images: ``rgb8``/``bgr8``/``rgba8``/``bgra8``/``mono8`` colour images (and
  ``CompressedImage`` jpeg/png) become HxWx3 uint8 RGB; depth images keep their raw dtype here and are decoded to
  float32 metres by :func:`spatialvlm_ros.core.depth.decode_depth`, which takes the
  unit from the encoding (``16UC1``/``mono16`` millimetres, ``32FC1`` metres).
- ``CameraInfo``: the intrinsics come from ``k`` (the rectified ``p`` when ``k``
  is all zero); width/height must be the colour image's.
- Boxes: a gravity-aligned :class:`~spatialvlm_ros.core.scene.Box3D` in a scene
  frame becomes a ``vision_msgs/BoundingBox3D`` in the camera optical frame
  (:func:`box_to_msg` with ``T_camera_scene``).

Every malformed input raises :class:`~spatialvlm_ros.errors.InputError` with a
one-line message naming the topic field that is wrong.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.core.plain import finite_or_none
from spatialvlm_ros.errors import InputError, UnreadableInputError
from spatialvlm_ros.ros.interfaces import typestore

if TYPE_CHECKING:  # the rosbags message classes of the typestore (ROS 2 Jazzy)
    from rosbags.typesys.stores.ros2_jazzy import builtin_interfaces__msg__Time as Time
    from rosbags.typesys.stores.ros2_jazzy import geometry_msgs__msg__Pose as Pose
    from rosbags.typesys.stores.ros2_jazzy import geometry_msgs__msg__PoseStamped as PoseStamped
    from rosbags.typesys.stores.ros2_jazzy import geometry_msgs__msg__Transform as Transform
    from rosbags.typesys.stores.ros2_jazzy import geometry_msgs__msg__TransformStamped as TransformStamped
    from rosbags.typesys.stores.ros2_jazzy import sensor_msgs__msg__CameraInfo as CameraInfo
    from rosbags.typesys.stores.ros2_jazzy import sensor_msgs__msg__CompressedImage as CompressedImage
    from rosbags.typesys.stores.ros2_jazzy import sensor_msgs__msg__Image as Image
    from rosbags.typesys.stores.ros2_jazzy import std_msgs__msg__Header as Header
    from typing_extensions import TypeIs

    from spatialvlm_ros.core.estimate import SpatialEstimate
    from spatialvlm_ros.core.reward import RewardSignal
    from spatialvlm_ros.core.scene import Box3D

    #: a colour or depth image message, raw or compressed
    AnyImage = Image | CompressedImage

#: colour encodings: (channels, order) -> converted to RGB
COLOR_ENCODINGS: dict[str, tuple[int, str]] = {
    "rgb8": (3, "rgb"),
    "bgr8": (3, "bgr"),
    "rgba8": (4, "rgb"),
    "bgra8": (4, "bgr"),
    "mono8": (1, "mono"),
}
#: depth encodings and their numpy dtypes (units are decoded by core.depth)
DEPTH_ENCODINGS: dict[str, np.dtype] = {
    "16UC1": np.dtype(np.uint16),
    "mono16": np.dtype(np.uint16),
    "32FC1": np.dtype(np.float32),
}
LABEL_ENCODINGS: dict[str, np.dtype] = {"16UC1": np.dtype(np.uint16), "mono16": np.dtype(np.uint16)}

TRUTH_UNKNOWN, TRUTH_FALSE, TRUTH_TRUE = 0, 1, 2


def msg_type(name: str) -> Any:
    """The rosbags message class of ``name`` (e.g. ``"sensor_msgs/msg/Image"``)."""
    return typestore().types[name]


# --------------------------------------------------------------------------- time, header


def stamp_to_ns(stamp: Time) -> int:
    """``builtin_interfaces/Time`` -> integer nanoseconds."""
    return int(stamp.sec) * 1_000_000_000 + int(stamp.nanosec)


def ns_to_stamp(ns: int) -> Time:
    """Integer nanoseconds (>= 0) -> ``builtin_interfaces/Time``."""
    ns = int(ns)
    return msg_type("builtin_interfaces/msg/Time")(sec=ns // 1_000_000_000, nanosec=ns % 1_000_000_000)


def header(stamp_ns: int, frame_id: str) -> Header:
    """``std_msgs/Header``."""
    return msg_type("std_msgs/msg/Header")(stamp=ns_to_stamp(stamp_ns), frame_id=frame_id)


# --------------------------------------------------------------------------- images


def _image_array(msg: Image, what: str, dtype: np.dtype, channels: int) -> np.ndarray:
    """Raw HxW[xC] array of an Image, honouring ``step`` padding and ``is_bigendian``."""
    h, w = int(msg.height), int(msg.width)
    if h <= 0 or w <= 0:
        raise InputError(f"{what} image is empty ({w}x{h})")
    data = np.asarray(msg.data, dtype=np.uint8)
    row = w * channels * dtype.itemsize
    step = int(msg.step)
    if step < row:
        raise InputError(f"{what} image step {step} is smaller than width*pixel size {row} ({msg.encoding})")
    if data.size < step * (h - 1) + row:
        raise InputError(
            f"{what} image data has {data.size} bytes, expected {step * h} for {w}x{h} {msg.encoding}"
        )
    if data.size < step * h:
        data = np.concatenate([data, np.zeros(step * h - data.size, np.uint8)])
    rows = data[: step * h].reshape(h, step)[:, :row]
    dt = dtype.newbyteorder(">" if msg.is_bigendian else "<") if dtype.itemsize > 1 else dtype
    arr = np.ascontiguousarray(rows).view(dt).reshape(h, w, channels) if channels > 1 else (
        np.ascontiguousarray(rows).view(dt).reshape(h, w)
    )
    return arr.astype(dtype, copy=False)


def _is_compressed(msg: AnyImage) -> TypeIs[CompressedImage]:
    return getattr(msg, "__msgtype__", "") == "sensor_msgs/msg/CompressedImage"


def _decode_compressed(data: Any, what: str) -> Any:
    import io

    from PIL import Image as PILImage

    raw = bytes(np.asarray(data, dtype=np.uint8))
    if not raw:
        raise InputError(f"compressed {what} image is empty")
    try:
        img = PILImage.open(io.BytesIO(raw))
        img.load()
    except Exception as exc:  # noqa: BLE001 - PIL raises many types on corrupt data
        raise InputError(f"compressed {what} image cannot be decoded: {exc}") from None
    return img


def image_to_rgb(msg: AnyImage) -> np.ndarray:
    """A colour ``sensor_msgs/Image`` (or ``CompressedImage``, jpeg/png) -> HxWx3 uint8 RGB."""
    if _is_compressed(msg):
        return np.asarray(_decode_compressed(msg.data, "colour").convert("RGB"), dtype=np.uint8)
    enc = str(msg.encoding)
    if enc not in COLOR_ENCODINGS:
        raise InputError(
            f"colour image has encoding {enc!r}; supported: {', '.join(COLOR_ENCODINGS)}"
        )
    channels, order = COLOR_ENCODINGS[enc]
    arr = _image_array(msg, "colour", np.dtype(np.uint8), channels)
    if order == "mono":
        return np.repeat(arr[:, :, None], 3, axis=2)
    arr = arr[:, :, :3]
    if order == "bgr":
        arr = arr[:, :, ::-1]
    return np.ascontiguousarray(arr)


#: compressedDepth (image_transport plugin): a 12-byte header (int32 format, 2 float32 params) then a PNG
_COMPRESSED_DEPTH_HEADER = 12


def _compressed_depth(msg: CompressedImage) -> tuple[np.ndarray, str]:
    """``CompressedImage`` of ``compressed_depth_image_transport``: only ``16UC1``/``mono16`` (PNG) is supported."""
    fmt = str(msg.format)
    enc = fmt.split(";")[0].strip()
    if "compresseddepth" not in fmt.replace(" ", "").lower() or enc not in ("16UC1", "mono16"):
        raise InputError(f"compressed depth format {fmt!r} is not supported (only '16UC1; compressedDepth png')")
    data = np.asarray(msg.data, dtype=np.uint8)[_COMPRESSED_DEPTH_HEADER:]
    img = _decode_compressed(data, "depth")
    arr = np.asarray(img)
    if arr.ndim != 2:
        raise InputError(f"compressed depth image has shape {arr.shape}, expected a single channel")
    return arr.astype(np.uint16), enc


def image_size(msg: AnyImage) -> tuple[int, int] | None:
    """(width, height) of a raw Image; None for a CompressedImage (known only after decoding)."""
    return None if _is_compressed(msg) else (int(msg.width), int(msg.height))


def image_to_depth_raw(msg: AnyImage) -> np.ndarray:
    """A depth ``sensor_msgs/Image`` -> HxW array in its raw dtype (uint16 mm or float32 m)."""
    if _is_compressed(msg):
        return _compressed_depth(msg)[0]
    enc = str(msg.encoding)
    if enc not in DEPTH_ENCODINGS:
        raise InputError(
            f"depth image has encoding {enc!r}; supported: {', '.join(DEPTH_ENCODINGS)}"
        )
    return _image_array(msg, "depth", DEPTH_ENCODINGS[enc], 1)


def image_to_depth_m(msg: AnyImage) -> np.ndarray:
    """A depth ``sensor_msgs/Image`` -> HxW float32 metres (unit from the encoding)."""
    from spatialvlm_ros.core.depth import decode_depth

    if _is_compressed(msg):
        arr, enc = _compressed_depth(msg)
        return decode_depth(arr, enc)
    return decode_depth(image_to_depth_raw(msg), str(msg.encoding))


def array_to_image(array: np.ndarray, encoding: str, stamp_ns: int, frame_id: str) -> Image:
    """HxW or HxWxC numpy array -> ``sensor_msgs/Image`` (little endian, no padding).

    ``encoding`` must match the array: rgb8/bgr8 (HxWx3 uint8), mono8 (HxW uint8),
    16UC1/mono16 (HxW uint16), 32FC1 (HxW float32).
    """
    arr = np.asarray(array)
    expected = {
        "rgb8": (np.uint8, 3), "bgr8": (np.uint8, 3), "rgba8": (np.uint8, 4), "bgra8": (np.uint8, 4),
        "mono8": (np.uint8, 1), "16UC1": (np.uint16, 1), "mono16": (np.uint16, 1), "32FC1": (np.float32, 1),
    }
    if encoding not in expected:
        raise InputError(f"cannot write an image with encoding {encoding!r}")
    dtype, channels = expected[encoding]
    shape_ok = arr.ndim == 2 if channels == 1 else (arr.ndim == 3 and arr.shape[2] == channels)
    if not shape_ok:
        raise InputError(f"array of shape {arr.shape} does not fit encoding {encoding}")
    arr = np.ascontiguousarray(arr.astype(np.dtype(dtype).newbyteorder("<"), copy=False))
    h, w = arr.shape[:2]
    return msg_type("sensor_msgs/msg/Image")(
        header=header(stamp_ns, frame_id),
        height=h,
        width=w,
        encoding=encoding,
        is_bigendian=0,
        step=w * channels * np.dtype(dtype).itemsize,
        data=arr.reshape(-1).view(np.uint8),
    )


# --------------------------------------------------------------------------- camera info


def camera_info_to_intrinsics(msg: CameraInfo) -> CameraIntrinsics:
    """``sensor_msgs/CameraInfo`` -> :class:`CameraIntrinsics` (from ``k``; ``p`` if k is zero)."""
    k = np.asarray(msg.k, dtype=float).reshape(-1)
    p = np.asarray(msg.p, dtype=float).reshape(-1)
    if k.size != 9:
        raise InputError(f"camera_info k has {k.size} values, expected 9")
    fx, fy, cx, cy = k[0], k[4], k[2], k[5]
    if fx == 0 and fy == 0 and p.size == 12 and p[0] > 0:
        fx, fy, cx, cy = p[0], p[5], p[2], p[6]
    if not np.all(np.isfinite([fx, fy, cx, cy])) or fx <= 0 or fy <= 0:
        raise UnreadableInputError(
            f"camera_info has no valid intrinsics (fx={fx}, fy={fy}); is the camera calibrated?"
        )
    return CameraIntrinsics(
        width=int(msg.width),
        height=int(msg.height),
        fx=float(fx),
        fy=float(fy),
        cx=float(cx),
        cy=float(cy),
        distortion_model=str(msg.distortion_model or "plumb_bob"),
        distortion=tuple(float(x) for x in np.asarray(msg.d, dtype=float).reshape(-1)),
    )


def intrinsics_to_camera_info(intr: CameraIntrinsics, stamp_ns: int, frame_id: str) -> CameraInfo:
    """:class:`CameraIntrinsics` -> ``sensor_msgs/CameraInfo`` (rectified, no binning/ROI)."""
    roi = msg_type("sensor_msgs/msg/RegionOfInterest")(x_offset=0, y_offset=0, height=0, width=0, do_rectify=False)
    p = np.array([intr.fx, 0.0, intr.cx, 0.0, 0.0, intr.fy, intr.cy, 0.0, 0.0, 0.0, 1.0, 0.0])
    return msg_type("sensor_msgs/msg/CameraInfo")(
        header=header(stamp_ns, frame_id),
        height=intr.height,
        width=intr.width,
        distortion_model=intr.distortion_model,
        d=np.asarray(intr.distortion, dtype=np.float64),
        k=intr.K.reshape(-1).astype(np.float64),
        r=np.eye(3).reshape(-1),
        p=p,
        binning_x=0,
        binning_y=0,
        roi=roi,
    )


# --------------------------------------------------------------------------- masks


def masks_to_segmentation(msg: Any) -> Segmentation:
    """``spatialvlm_ros/InstanceMasks`` -> :class:`Segmentation`."""
    enc = str(msg.labels.encoding)
    if enc not in LABEL_ENCODINGS:
        raise InputError(f"mask labels have encoding {enc!r}; expected 16UC1 or mono16")
    labels = _image_array(msg.labels, "mask", LABEL_ENCODINGS[enc], 1).astype(np.uint16)
    ids = [int(i) for i in np.asarray(msg.ids).reshape(-1)]
    names = list(msg.names)
    if len(ids) != len(names):
        raise InputError(f"instance masks have {len(ids)} ids but {len(names)} names")
    return Segmentation(labels=labels, names=dict(zip(ids, names)))


def segmentation_to_masks(seg: Segmentation, stamp_ns: int, frame_id: str) -> Any:
    """:class:`Segmentation` -> ``spatialvlm_ros/InstanceMasks``."""
    ids = sorted(seg.names)
    return msg_type("spatialvlm_ros/msg/InstanceMasks")(
        header=header(stamp_ns, frame_id),
        labels=array_to_image(seg.labels.astype(np.uint16), "16UC1", stamp_ns, frame_id),
        ids=np.asarray(ids, dtype=np.uint16),
        names=[seg.names[i] for i in ids],
    )


# --------------------------------------------------------------------------- frames


def frame_from_messages(
    rgb: AnyImage,
    depth: AnyImage | None,
    camera_info: CameraInfo,
    masks: Any | None = None,
    T_world_camera: np.ndarray | None = None,
    world_frame_id: str = "world",
    max_stamp_skew_ns: int | None = None,
) -> RGBDFrame:
    """Assemble and validate an :class:`RGBDFrame` from synchronised messages.

    The frame takes the colour image's stamp and frame id. Raises
    :class:`InputError` naming the problem: unsupported encoding, empty image,
    a size mismatch between colour/depth/masks and ``camera_info``, a depth
    image without a single valid pixel (all 0 or NaN), or stamps further apart
    than ``max_stamp_skew_ns``.
    """
    intr = camera_info_to_intrinsics(camera_info)
    image = image_to_rgb(rgb)
    if image.shape[:2] != (intr.height, intr.width):
        raise InputError(
            f"colour image is {image.shape[1]}x{image.shape[0]} but camera_info says {intr.width}x{intr.height}"
        )
    depth_m = None
    if depth is not None:
        size = image_size(depth)
        if size is None:  # compressed: decode first, then check
            depth_m = image_to_depth_m(depth)
            size = (depth_m.shape[1], depth_m.shape[0])
        if size != (intr.width, intr.height):
            raise InputError(
                f"depth image is {size[0]}x{size[1]} but camera_info says {intr.width}x{intr.height}"
                " (is depth registered to colour?)"
            )
        if depth_m is None:
            depth_m = image_to_depth_m(depth)
    stamp = stamp_to_ns(rgb.header.stamp)
    if max_stamp_skew_ns is not None:
        for name, m in (("depth", depth), ("camera_info", camera_info), ("masks", masks)):
            if m is not None and abs(stamp_to_ns(m.header.stamp) - stamp) > max_stamp_skew_ns:
                skew = abs(stamp_to_ns(m.header.stamp) - stamp) / 1e9
                raise InputError(f"{name} stamp is {skew:.3f} s away from the colour image's")
    seg = masks_to_segmentation(masks) if masks is not None else None
    frame = RGBDFrame(
        rgb=image,
        depth=depth_m,
        intrinsics=intr,
        frame_id=str(rgb.header.frame_id) or "camera_color_optical_frame",
        stamp_ns=stamp,
        T_world_camera=T_world_camera,
        world_frame_id=world_frame_id,
        segmentation=seg,
    )
    frame.validate()
    return frame


def frame_to_messages(
    frame: RGBDFrame, depth_encoding: str = "16UC1", color_encoding: str = "rgb8"
) -> dict[str, Any]:
    """An :class:`RGBDFrame` -> ``{"rgb", "depth", "camera_info", "masks"}`` messages (None when absent).

    ``depth_encoding`` ``16UC1`` writes millimetres (0 = invalid, as RealSense
    drivers do), ``32FC1`` metres (NaN = invalid).
    """
    stamp, fid = frame.stamp_ns, frame.frame_id
    rgb = frame.rgb if color_encoding == "rgb8" else frame.rgb[:, :, ::-1]
    out: dict[str, Any] = {
        "rgb": array_to_image(rgb, color_encoding, stamp, fid),
        "camera_info": intrinsics_to_camera_info(frame.intrinsics, stamp, fid),
        "depth": None,
        "masks": None,
    }
    if frame.depth is not None:
        if depth_encoding in ("16UC1", "mono16"):
            from spatialvlm_ros.core.depth import encode_depth_mm

            out["depth"] = array_to_image(encode_depth_mm(frame.depth), depth_encoding, stamp, fid)
        elif depth_encoding == "32FC1":
            d = np.asarray(frame.depth, dtype=np.float32).copy()
            d[~(np.isfinite(d) & (d > 0))] = np.nan
            out["depth"] = array_to_image(d, "32FC1", stamp, fid)
        else:
            raise InputError(f"cannot write depth with encoding {depth_encoding!r}; use 16UC1 or 32FC1")
    if frame.segmentation is not None:
        out["masks"] = segmentation_to_masks(frame.segmentation, stamp, fid)
    return out


# --------------------------------------------------------------------------- geometry


def transform_to_matrix(transform: Transform) -> np.ndarray:
    """``geometry_msgs/Transform`` -> 4x4 homogeneous matrix."""
    t, q = transform.translation, transform.rotation
    m = np.eye(4)
    quat = np.array([q.x, q.y, q.z, q.w], dtype=float)
    n = np.linalg.norm(quat)
    if not np.isfinite(n) or n < 1e-9:
        raise InputError("transform has a zero or non-finite rotation quaternion")
    m[:3, :3] = Rotation.from_quat(quat / n).as_matrix()
    m[:3, 3] = [t.x, t.y, t.z]
    return m


def matrix_to_transform(m: np.ndarray) -> Transform:
    """4x4 homogeneous matrix -> ``geometry_msgs/Transform``."""
    q = Rotation.from_matrix(np.asarray(m, dtype=float)[:3, :3]).as_quat()
    return msg_type("geometry_msgs/msg/Transform")(
        translation=msg_type("geometry_msgs/msg/Vector3")(x=float(m[0, 3]), y=float(m[1, 3]), z=float(m[2, 3])),
        rotation=msg_type("geometry_msgs/msg/Quaternion")(x=float(q[0]), y=float(q[1]), z=float(q[2]), w=float(q[3])),
    )


def transform_stamped(m: np.ndarray, parent: str, child: str, stamp_ns: int) -> TransformStamped:
    """``geometry_msgs/TransformStamped`` of child's pose in parent (4x4 ``T_parent_child``)."""
    return msg_type("geometry_msgs/msg/TransformStamped")(
        header=header(stamp_ns, parent), child_frame_id=child, transform=matrix_to_transform(m)
    )


def pose_msg(position: np.ndarray, quaternion_xyzw: np.ndarray) -> Pose:
    """``geometry_msgs/Pose`` from a position (m) and a unit quaternion (x, y, z, w)."""
    p = np.asarray(position, dtype=float).reshape(3)
    q = np.asarray(quaternion_xyzw, dtype=float).reshape(4)
    return msg_type("geometry_msgs/msg/Pose")(
        position=msg_type("geometry_msgs/msg/Point")(x=float(p[0]), y=float(p[1]), z=float(p[2])),
        orientation=msg_type("geometry_msgs/msg/Quaternion")(
            x=float(q[0]), y=float(q[1]), z=float(q[2]), w=float(q[3])
        ),
    )


def pose_stamped(position: np.ndarray, quaternion_xyzw: np.ndarray, frame_id: str, stamp_ns: int) -> PoseStamped:
    """``geometry_msgs/PoseStamped``."""
    return msg_type("geometry_msgs/msg/PoseStamped")(
        header=header(stamp_ns, frame_id), pose=pose_msg(position, quaternion_xyzw)
    )


def box_pose_in_camera(box: Box3D, T_camera_scene: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Centre (m) and orientation (xyzw) of a gravity-aligned scene box in the camera optical frame."""
    t = np.asarray(T_camera_scene, dtype=float)
    centre = t[:3, :3] @ box.center + t[:3, 3]
    r_scene_box = Rotation.from_euler("z", box.yaw)
    q = (Rotation.from_matrix(t[:3, :3]) * r_scene_box).as_quat()
    return centre, q


def box_to_msg(box: Box3D, T_camera_scene: np.ndarray) -> Any:
    """Scene :class:`Box3D` -> ``vision_msgs/BoundingBox3D`` in the camera optical frame."""
    centre, q = box_pose_in_camera(box, T_camera_scene)
    s = box.size
    return msg_type("vision_msgs/msg/BoundingBox3D")(
        center=pose_msg(centre, q),
        size=msg_type("geometry_msgs/msg/Vector3")(x=float(s[0]), y=float(s[1]), z=float(s[2])),
    )


def detection_msg(name: str, box: Box3D, T_camera_scene: np.ndarray, stamp_ns: int, frame_id: str,
                  score: float = 1.0) -> Any:
    """One named scene object -> ``vision_msgs/Detection3D`` (id and class_id = name)."""
    bbox = box_to_msg(box, T_camera_scene)
    cov = np.zeros(36)
    hyp = msg_type("vision_msgs/msg/ObjectHypothesisWithPose")(
        hypothesis=msg_type("vision_msgs/msg/ObjectHypothesis")(class_id=name, score=float(score)),
        pose=msg_type("geometry_msgs/msg/PoseWithCovariance")(pose=bbox.center, covariance=cov),
    )
    return msg_type("vision_msgs/msg/Detection3D")(
        header=header(stamp_ns, frame_id), results=[hyp], bbox=bbox, id=name
    )


# --------------------------------------------------------------------------- estimates, rewards


def _num(x: float | None) -> float:
    """A message float: NaN when absent or not finite."""
    v = finite_or_none(x)
    return math.nan if v is None else v


def estimate_to_msg(estimate: SpatialEstimate, stamp_ns: int, frame_id: str, detections: list[Any] | None = None) -> Any:
    """:class:`~spatialvlm_ros.core.estimate.SpatialEstimate` -> ``spatialvlm_ros/SpatialEstimate``.

    Numbers that are ``None`` (or an invalid estimate's) become NaN.
    """
    q = estimate.query
    valid = bool(estimate.valid)
    truth = TRUTH_UNKNOWN if estimate.truth is None or not valid else (TRUTH_TRUE if estimate.truth else TRUTH_FALSE)
    return msg_type("spatialvlm_ros/msg/SpatialEstimate")(
        header=header(stamp_ns, frame_id),
        question=q.question,
        quantity=q.kind,
        form=q.form,
        objects=list(q.objects),
        detections=list(detections or []),
        value_m=_num(estimate.value_m) if valid else math.nan,
        value_deg=_num(estimate.value_deg) if valid else math.nan,
        clock=int(estimate.clock) if (valid and estimate.clock) else 0,
        truth=truth,
        answer=str(estimate.answer),
        unit=str(estimate.unit),
        confidence=float(estimate.confidence),
        source=str(estimate.source),
        raw_text=str(estimate.raw_text),
        latency_s=float(estimate.latency_s),
        valid=valid,
        reason=str(estimate.reason),
    )


def msg_to_estimate(msg: Any) -> SpatialEstimate:
    """``spatialvlm_ros/SpatialEstimate`` -> :class:`SpatialEstimate` (NaN -> None)."""
    from spatialvlm_ros.core.estimate import SpatialEstimate
    from spatialvlm_ros.core.query import SpatialQuery

    query = SpatialQuery(kind=msg.quantity, objects=tuple(msg.objects), form=msg.form or "value",
                         question=msg.question)
    truth = None if msg.truth == TRUTH_UNKNOWN else msg.truth == TRUTH_TRUE
    return SpatialEstimate(
        query=query, valid=bool(msg.valid), source=msg.source, reason=msg.reason,
        value_m=finite_or_none(msg.value_m), value_deg=finite_or_none(msg.value_deg), clock=int(msg.clock) or None,
        truth=truth, answer=msg.answer, raw_text=msg.raw_text, unit=msg.unit,
        confidence=float(msg.confidence), latency_s=float(msg.latency_s),
    )


def reward_to_msg(signal: RewardSignal, task_name: str, step: int, frame_id: str) -> Any:
    """:class:`~spatialvlm_ros.core.reward.RewardSignal` -> ``spatialvlm_ros/RewardSignal``.

    An invalid signal gets NaN total and distance (no number made up).
    """
    valid = bool(signal.valid)
    names = list(signal.components) if valid else []
    values = [float(signal.components[n]) for n in names]
    return msg_type("spatialvlm_ros/msg/RewardSignal")(
        header=header(signal.stamp_ns, frame_id),
        task=task_name,
        step=int(step),
        total=_num(signal.total) if valid else math.nan,
        component_names=names,
        component_values=np.asarray(values, dtype=np.float64),
        distance_m=_num(signal.distance_m) if valid else math.nan,
        success=bool(signal.success) and valid,
        held=bool(signal.held),
        valid=valid,
        reason=str(signal.reason),
        object_names=[str(n) for n in signal.sources],
        object_sources=[str(v) for v in signal.sources.values()],
    )
