"""A video of a bag: every camera frame with what the bag recorded about it.

Nothing is re-estimated: each video frame is one colour image of the bag with

- the boxes and answers of the ``spatialvlm_ros/SpatialEstimate`` messages stamped like it
  (every estimate topic, e.g. ``/spatialvlm/estimate`` of the reward logic and
  ``/spatialvlm/query/estimate`` of replayed questions; boxes from their ``detections``),
- the goal (``geometry_msgs/PoseStamped`` on ``/spatialvlm/goal``) projected through the TF
  recorded in the bag, when the camera pose is known,
- a banner on top: the instruction (``/spatialvlm/instruction``, else ``episode.json`` next to
  the bag, else the reward task), the goal, the frame number and time,
- the reward trace along the bottom (``/spatialvlm/reward``), drawn up to this frame's stamp.

A bag that holds less gives a video with less: without estimates no boxes, without rewards
an empty trace, without camera_info no projection. A bag without the colour image topic is an
:class:`~spatialvlm_ros.errors.InputError` naming the topics it has. A bag that ends early
(truncated) renders the frames read before the damage, with a warning.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.errors import InputError, SpatialVLMError
from spatialvlm_ros.ros import bags, convert
from spatialvlm_ros.viz.annotate import estimates_overlay
from spatialvlm_ros.viz.draw import INVALID_COLOR, TEXT_COLOR, Note, Overlay, Style, draw_overlay, font

log = logging.getLogger(__name__)

TOPIC_INSTRUCTION = "/spatialvlm/instruction"
TOPIC_GOAL = "/spatialvlm/goal"
TYPE_POSE_STAMPED = "geometry_msgs/msg/PoseStamped"
TYPE_STRING = "std_msgs/msg/String"
GOAL_COLOR = (255, 0, 255)
TRACE_COLOR = (60, 220, 60)


@dataclass
class BagRecord:
    """What a bag recorded besides the colour images (read in a first pass; stamps in ns).

    ``estimates``: header stamp -> SpatialEstimate messages of that camera frame (truth excluded);
    ``rewards``: (stamp, total, valid, distance_m) in time order; ``truth``: stamp -> true value
    (m); ``goal``: the last PoseStamped on the goal topic; ``infos``: sorted (stamp, CameraInfo).
    """

    rgb_topic: str
    n_images: int
    infos: list[tuple[int, Any]] = field(default_factory=list)
    estimates: dict[int, list[Any]] = field(default_factory=dict)
    rewards: list[tuple[int, float, bool, float]] = field(default_factory=list)
    truth: dict[int, float] = field(default_factory=dict)
    goal: Any | None = None
    instruction: str = ""
    task: str = ""
    tf: Any = None
    truncated: str = ""

    def intrinsics_at(self, stamp_ns: int) -> CameraIntrinsics | None:
        """The camera_info stamped at or last before ``stamp_ns`` (else the first one)."""
        if not self.infos:
            return None
        best = self.infos[0][1]
        for t, msg in self.infos:
            if t > stamp_ns:
                break
            best = msg
        try:
            return convert.camera_info_to_intrinsics(best)
        except SpatialVLMError:
            return None


def read_record(path: str | Path, topics: bags.CameraTopics | None = None) -> BagRecord:
    """First pass over ``path``: everything but the images (see :class:`BagRecord`)."""
    from spatialvlm_ros.ros.tf_buffer import TransformBuffer

    topics = topics or bags.CameraTopics()
    with bags.BagReader(path) as reader:
        have = reader.topics
        images = [t for t, ty in have.items() if ty in ("sensor_msgs/msg/Image", "sensor_msgs/msg/CompressedImage")]
        if topics.rgb not in have:
            listed = ", ".join(sorted(have)) or "none"
            hint = f"; image topics: {', '.join(sorted(images))} (choose one with --rgb-topic)" if images else ""
            raise InputError(f"bag {reader.path} has no camera topic {topics.rgb} (it has: {listed}){hint}")
        n_images = sum(c.msgcount for c in reader.connections if c.topic == topics.rgb)
        rec = BagRecord(rgb_topic=topics.rgb, n_images=int(n_images), tf=TransformBuffer(cache_s=1e6))
        wanted = [t for t, ty in have.items()
                  if t == topics.camera_info or ty in (bags.TYPE_ESTIMATE, bags.TYPE_REWARD, bags.TYPE_TF)
                  or t in (TOPIC_GOAL, TOPIC_INSTRUCTION)]
        try:
            for topic, t_ns, msg in reader.messages(wanted):
                _collect(rec, topic, have[topic], t_ns, msg, topics)
        except InputError as exc:
            rec.truncated = str(exc)
            log.warning("%s; rendering what was read before", exc)
    rec.infos.sort(key=lambda x: x[0])
    rec.rewards.sort(key=lambda x: x[0])
    if not rec.instruction:
        rec.instruction = _episode_instruction(Path(path))
    return rec


def _collect(rec: BagRecord, topic: str, msgtype: str, t_ns: int, msg: Any, topics: bags.CameraTopics) -> None:
    if topic == topics.camera_info:
        rec.infos.append((convert.stamp_to_ns(msg.header.stamp), msg))
    elif msgtype == bags.TYPE_TF:
        rec.tf.add_tf_message(msg, static=topic == bags.TOPIC_TF_STATIC)
    elif msgtype == bags.TYPE_ESTIMATE:
        stamp = convert.stamp_to_ns(msg.header.stamp)
        if msg.source == "truth":
            if msg.valid and math.isfinite(msg.value_m):
                rec.truth[stamp] = float(msg.value_m)
        else:
            rec.estimates.setdefault(stamp, []).append(msg)
    elif msgtype == bags.TYPE_REWARD:
        rec.rewards.append((convert.stamp_to_ns(msg.header.stamp), float(msg.total), bool(msg.valid),
                            float(msg.distance_m)))
        rec.task = str(msg.task)
    elif topic == TOPIC_GOAL and msgtype == TYPE_POSE_STAMPED:
        rec.goal = msg
    elif topic == TOPIC_INSTRUCTION and msgtype == TYPE_STRING:
        rec.instruction = str(msg.data)


def _episode_instruction(bag: Path) -> str:
    """The instruction of ``episode.json`` next to a closed-loop episode bag ('' without one)."""
    base = bag if bag.is_dir() else bag.parent
    for cand in (base.parent / "episode.json", base / "episode.json"):
        if cand.is_file():
            try:
                return str(json.loads(cand.read_text(encoding="utf-8")).get("instruction", ""))
            except (OSError, ValueError, AttributeError):
                return ""
    return ""


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Layout:
    """Video frame layout (pixels): a banner of ``banner_h`` on top, the camera image
    (``image_w`` x ``image_h``), the reward strip of ``strip_h`` below; ``width`` x ``height``
    overall, both even (H.264 / yuv420p needs even sizes)."""

    image_w: int
    image_h: int
    banner_h: int
    strip_h: int
    style: Style

    @property
    def width(self) -> int:
        return self.image_w + (self.image_w % 2)

    @property
    def height(self) -> int:
        return self.banner_h + self.image_h + self.strip_h

    @classmethod
    def for_image(cls, width: int, height: int) -> Layout:
        st = Style.for_image(width, height)
        line = round(st.font_px * 1.3)
        banner = 2 * line + 3 * st.pad_px
        strip = max(4 * line, round(0.22 * height))
        banner += banner % 2
        strip += (banner + height + strip) % 2
        return cls(width, height, banner, strip, st)


def _fmt_goal(goal: Any) -> str:
    p = goal.pose.position
    return f"goal [{p.x:.3f}, {p.y:.3f}, {p.z:.3f}] m in {goal.header.frame_id}"


def _banner(draw: ImageDraw.ImageDraw, lay: Layout, rec: BagRecord, index: int, stamp_ns: int, t0_ns: int) -> None:
    st = lay.style
    f = font(st.font_px)
    draw.rectangle((0, 0, lay.width, lay.banner_h), fill=(20, 20, 20))
    title = rec.instruction or (f"task {rec.task}" if rec.task else f"bag topic {rec.rgb_topic}")
    draw.text((st.pad_px * 2, st.pad_px), title, font=f, fill=TEXT_COLOR, anchor="lt")
    parts = [f"frame {index + 1}/{rec.n_images}", f"t = {(stamp_ns - t0_ns) / 1e9:.2f} s"]
    if rec.goal is not None:
        parts.insert(0, _fmt_goal(rec.goal))
    if rec.truncated:
        parts.append("bag truncated")
    y2 = st.pad_px * 2 + round(st.font_px * 1.3)
    draw.text((st.pad_px * 2, y2), "   ".join(parts), font=f, fill=(200, 200, 200), anchor="lt")


def _strip(draw: ImageDraw.ImageDraw, lay: Layout, rec: BagRecord, stamp_ns: int, t_range: tuple[int, int]) -> None:
    """The reward trace up to ``stamp_ns`` over the bag's whole time range (so it grows)."""
    st = lay.style
    f = font(st.font_px)
    y0 = lay.banner_h + lay.image_h
    draw.rectangle((0, y0, lay.width, lay.height), fill=(20, 20, 20))
    pad = st.pad_px * 2
    line = round(st.font_px * 1.3)
    plot = (pad, y0 + line + pad, lay.width - pad, lay.height - pad)
    draw.rectangle(plot, outline=(90, 90, 90), width=1)
    vals = [r for r in rec.rewards if math.isfinite(r[1]) and r[2]]
    shown = [r for r in rec.rewards if r[0] <= stamp_ns]
    if not rec.rewards:
        draw.text((pad, y0 + pad // 2), "reward: none recorded", font=f, fill=(160, 160, 160), anchor="lt")
        return
    lo = min([r[1] for r in vals], default=0.0)
    hi = max([r[1] for r in vals], default=1.0)
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    t_lo, t_hi = t_range
    span = max(1, t_hi - t_lo)

    def xy(t: int, v: float) -> tuple[float, float]:
        x = plot[0] + (plot[2] - plot[0]) * (t - t_lo) / span
        y = plot[3] - (plot[3] - plot[1]) * (v - lo) / (hi - lo)
        return float(x), float(y)

    pts = [xy(r[0], r[1]) for r in shown if r[2] and math.isfinite(r[1])]
    if len(pts) > 1:
        draw.line(pts, fill=TRACE_COLOR, width=st.line_px)
    for p in pts:
        draw.ellipse((p[0] - st.line_px - 1, p[1] - st.line_px - 1, p[0] + st.line_px + 1, p[1] + st.line_px + 1),
                     fill=TRACE_COLOR)
    for r in shown:
        if not r[2]:
            x = xy(r[0], lo)[0]
            draw.line((x, plot[1], x, plot[3]), fill=INVALID_COLOR, width=1)
    cur = shown[-1] if shown else None
    text = f"reward (min {lo:.3g}, max {hi:.3g})"
    if cur is not None:
        text = (f"reward {cur[1]:.4f}" if cur[2] else "reward invalid") + f"   step {len(shown)}/{len(rec.rewards)}"
        if cur[2] and math.isfinite(cur[3]):
            text += f"   distance {cur[3] * 100:.1f} cm"
            if cur[0] in rec.truth:
                text += f" (true {rec.truth[cur[0]] * 100:.1f} cm)"
        text += f"   range {lo:.3g} .. {hi:.3g}"
    draw.text((pad, y0 + pad // 2), text, font=f, fill=TRACE_COLOR, anchor="lt")


def _goal_note(rec: BagRecord, frame_id: str, stamp_ns: int, intr: CameraIntrinsics) -> Note | None:
    """The goal position projected into the image, when TF gives the camera pose in the goal's frame."""
    if rec.goal is None or rec.tf is None:
        return None
    try:
        T_goal_cam = rec.tf.lookup(str(rec.goal.header.frame_id), frame_id, stamp_ns)
    except SpatialVLMError:
        return None
    p = rec.goal.pose.position
    pc = np.linalg.inv(T_goal_cam) @ np.array([p.x, p.y, p.z, 1.0])
    if pc[2] <= 0.01:
        return None
    u, v = intr.fx * pc[0] / pc[2] + intr.cx, intr.fy * pc[1] / pc[2] + intr.cy
    r = max(4, intr.height // 60)
    return Note("goal", GOAL_COLOR, xy=(float(u), float(v) + r), rect=(u - r, v - r, u + r, v + r))


def compose_frame(rgb: np.ndarray, intr: CameraIntrinsics | None, frame_id: str, stamp_ns: int, index: int,
                  rec: BagRecord, t_range: tuple[int, int], scale: float = 1.0) -> np.ndarray:
    """One video frame (HxWx3 uint8, :class:`Layout` size) of the bag's image number ``index``."""
    if scale != 1.0:
        h, w = rgb.shape[:2]
        nw, nh = max(32, round(w * scale)), max(24, round(h * scale))
        rgb = np.asarray(Image.fromarray(rgb).resize((nw, nh), Image.Resampling.BILINEAR))
        intr = intr.scaled(nw, nh) if intr is not None else None
    h, w = rgb.shape[:2]
    lay = Layout.for_image(w, h)
    estimates = rec.estimates.get(stamp_ns, [])
    if intr is not None and (intr.width, intr.height) == (w, h):
        ov = estimates_overlay(estimates)
        goal = _goal_note(rec, frame_id, stamp_ns, intr)
        if goal is not None:
            ov.notes.append(goal)
    else:  # no usable camera_info: no projection, texts only
        ov = estimates_overlay(estimates)
        ov.T_camera_scene = None
        intr = CameraIntrinsics(w, h, float(w), float(w), w / 2.0, h / 2.0)
    image = draw_overlay(rgb, intr, ov if ov is not None else Overlay(), lay.style)
    canvas = Image.new("RGB", (lay.width, lay.height), (0, 0, 0))
    canvas.paste(image, (0, lay.banner_h))
    draw = ImageDraw.Draw(canvas)
    _banner(draw, lay, rec, index, stamp_ns, t_range[0])
    _strip(draw, lay, rec, stamp_ns, t_range)
    return np.asarray(canvas)


def iter_frames(path: str | Path, rec: BagRecord, scale: float = 1.0) -> Iterator[np.ndarray]:
    """Second pass: one composed frame per colour image of the bag, in bag order."""
    from spatialvlm_ros.ros.interfaces import typestore

    ts = typestore()
    with bags.BagReader(path) as reader:
        conns = [c for c in reader.connections if c.topic == rec.rgb_topic]
        stamps = [t for t, *_ in rec.rewards] + sorted(rec.estimates)
        first = True
        index = 0
        t_range = (0, 0)
        try:
            for conn, t_ns, raw in reader.raw_messages([rec.rgb_topic]):
                try:
                    msg: Any = ts.deserialize_cdr(raw, conns[0].msgtype)
                    rgb = convert.image_to_rgb(msg)
                except Exception as exc:  # noqa: BLE001 - one bad image is skipped, not fatal
                    log.warning("skipping an undecodable image at %d ns: %s", t_ns, exc)
                    continue
                stamp = convert.stamp_to_ns(msg.header.stamp)
                if first:
                    t_range = (min([stamp, *stamps]), max([stamp, *stamps, _last_stamp(rec, stamp)]))
                    first = False
                yield compose_frame(rgb, rec.intrinsics_at(stamp), str(msg.header.frame_id), stamp, index, rec,
                                    t_range, scale)
                index += 1
        except InputError as exc:
            if index == 0:
                raise
            log.warning("%s; the video stops after %d frames", exc, index)


def _last_stamp(rec: BagRecord, fallback: int) -> int:
    cands = [t for t, _ in rec.infos] + [t for t, *_ in rec.rewards]
    return max(cands) if cands else fallback


@dataclass
class RenderResult:
    """What :func:`render_bag` wrote: ``frames`` video frames of ``width`` x ``height`` into ``path``."""

    path: Path
    frames: int
    width: int
    height: int
    n_estimates: int
    n_rewards: int


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def render_bag(bag: str | Path, out: str | Path, fps: float = 5.0, topics: bags.CameraTopics | None = None,
               scale: float = 1.0, progress: bool = False, frame: int | None = None) -> RenderResult:
    """Write the video of ``bag`` to ``out`` (.mp4 or .gif); see the module docstring.

    With ``frame`` (0-based camera frame number; negative counts from the end) only that
    video frame is written, as a still image (``out`` .png or .jpg).
    """
    from spatialvlm_ros.viz.output import VIDEO_SUFFIXES, check_output, write_video

    if frame is None:
        out = check_output(out, VIDEO_SUFFIXES, "video")
    else:
        out = check_output(out, IMAGE_SUFFIXES, "image (--frame)")
    if not (0.05 <= scale <= 4.0):
        raise InputError(f"--scale {scale} is outside 0.05 .. 4")
    if not (fps > 0 and math.isfinite(fps)):
        raise InputError(f"--fps {fps} must be a positive number")
    rec = read_record(bag, topics)
    if rec.n_images == 0:
        raise InputError(f"bag {bag}: no message on the camera topic {rec.rgb_topic}")
    n_est = sum(len(v) for v in rec.estimates.values())
    if frame is not None:
        index = frame if frame >= 0 else rec.n_images + frame
        if not 0 <= index < rec.n_images:
            raise InputError(f"--frame {frame}: the bag has {rec.n_images} camera frames (0 .. {rec.n_images - 1})")
        still = next((f for i, f in enumerate(iter_frames(bag, rec, scale)) if i == index), None)
        if still is None:
            raise InputError(f"--frame {frame}: the bag's camera frames end before it (truncated?)")
        _save_still(still, out)
        return RenderResult(out, 1, still.shape[1], still.shape[0], n_est, len(rec.rewards))
    frames = iter_frames(bag, rec, scale)
    if progress:
        from tqdm import tqdm

        frames = tqdm(frames, total=rec.n_images, unit="frame", desc="render")
    size: list[tuple[int, int]] = []

    def sized() -> Iterator[np.ndarray]:
        for f in frames:
            size.append((f.shape[1], f.shape[0]))
            yield f

    n = write_video(sized(), out, fps)
    w, h = size[0]
    return RenderResult(out, n, w, h, n_est, len(rec.rewards))


def _save_still(image: np.ndarray, out: Path) -> None:
    """One composed frame as PNG or JPEG (quality 88: small enough for documentation)."""
    from spatialvlm_ros.viz.output import save_png

    if out.suffix.lower() == ".png":
        save_png(image, out)
        return
    try:
        Image.fromarray(image).save(out, format="JPEG", quality=88)
    except OSError as exc:
        raise InputError(f"image {out}: cannot write: {exc}") from None
