"""Drawing overlays on a camera image with Pillow: box wireframes, labels, measured segments.

An :class:`Overlay` holds what to draw in scene coordinates (boxes, segments; see
:mod:`spatialvlm_ros.viz.geometry` for the frames) plus pixel-space notes;
:func:`draw_overlay` projects it with the image's intrinsics. Text and line sizes come
from the image size (:meth:`Style.for_image`), so a 640x480 and a 1280x720 image are
both readable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.scene import Box3D
from spatialvlm_ros.viz.geometry import Segment, box_edges_px, box_outline_px, project_segment, to_camera

RGB = tuple[int, int, int]

#: Box colours (RGB, 8 bit), chosen to stand out on table-top images.
PALETTE: tuple[RGB, ...] = (
    (0, 200, 255), (255, 140, 0), (60, 220, 60), (255, 60, 200), (170, 120, 255),
    (255, 230, 0), (0, 255, 190), (255, 90, 90),
)
SEGMENT_COLOR: RGB = (255, 255, 0)
INVALID_COLOR: RGB = (255, 50, 50)
TEXT_COLOR: RGB = (255, 255, 255)
LABEL_BG = (0, 0, 0, 170)


@lru_cache(maxsize=16)
def font(size_px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled scalable font at ``size_px`` (no system font needed)."""
    return ImageFont.load_default(size=int(size_px))


@dataclass(frozen=True)
class Style:
    """Sizes in pixels: ``font_px`` text height, ``line_px`` line width, ``pad_px`` label padding."""

    font_px: int
    line_px: int
    pad_px: int

    @classmethod
    def for_image(cls, width: int, height: int) -> Style:
        """Sizes proportional to the image: 16 px text / 2 px lines at 640x480, 24 / 3 at 1280x720."""
        ref = min(float(height), 0.75 * float(width))
        f = max(10, round(ref / 30.0))
        return cls(font_px=f, line_px=max(1, round(ref / 240.0)), pad_px=max(2, round(f / 5)))


@dataclass
class BoxMark:
    """One object's box (scene frame) and its label; ``reason`` marks it invalid (drawn red)."""

    name: str
    box: Box3D
    label: str
    color: RGB
    reason: str = ""


@dataclass
class SegmentMark:
    """A measured segment (scene frame) with its label ("27.3 cm")."""

    segment: Segment
    label: str
    color: RGB = SEGMENT_COLOR


@dataclass
class Note:
    """Text at a pixel (``xy`` = top-left; None = the message list at the top left), with an
    optional pixel rectangle ``rect`` (x0, y0, x1, y1) outlined in ``color``."""

    text: str
    color: RGB = INVALID_COLOR
    xy: tuple[float, float] | None = None
    rect: tuple[float, float, float, float] | None = None


@dataclass
class Overlay:
    """What to draw on one image. ``T_camera_scene`` (4x4) maps the scene frame of boxes and
    segments into the camera optical frame; None when there is no 3D content."""

    T_camera_scene: np.ndarray | None = None
    boxes: list[BoxMark] = field(default_factory=list)
    segments: list[SegmentMark] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


Rect = tuple[float, float, float, float]


def _overlap(r: Rect, q: Rect) -> float:
    w = min(r[2], q[2]) - max(r[0], q[0])
    h = min(r[3], q[3]) - max(r[1], q[1])
    return w * h if w > 0 and h > 0 else 0.0


class _Labels:
    """Places text boxes inside the image, never on each other and as little as possible on
    ``obstacles`` (the projected boxes and segments, so that labels do not hide what they name)."""

    def __init__(self, draw: ImageDraw.ImageDraw, size: tuple[int, int], style: Style) -> None:
        self.draw, self.size, self.style = draw, size, style
        self.font = font(style.font_px)
        self.placed: list[Rect] = []
        self.obstacles: list[Rect] = []

    def wrap(self, text: str) -> str:
        """``text`` broken into lines at spaces so that each fits the image width."""
        limit = self.size[0] - 4 * self.style.pad_px
        lines: list[str] = []
        for para in text.split("\n"):
            cur = ""
            for word in para.split(" "):
                trial = f"{cur} {word}" if cur else word
                if cur and self.draw.textlength(trial, font=self.font) > limit:
                    lines.append(cur)
                    cur = word
                else:
                    cur = trial
            lines.append(cur)
        return "\n".join(lines)

    def _bbox(self, text: str) -> tuple[float, float, float, float]:
        return self.draw.multiline_textbbox((0, 0), text, font=self.font, anchor="la", spacing=self.style.pad_px)

    def measure(self, text: str) -> tuple[float, float]:
        """Width and height (pixels) of the label box of ``text`` (already wrapped)."""
        x0, y0, x1, y1 = self._bbox(text)
        return x1 - x0 + 2 * self.style.pad_px, y1 - y0 + 2 * self.style.pad_px

    def text(self, r: Rect, text: str, color: RGB) -> None:
        """Write ``text`` inside the label box ``r``."""
        x0, y0, _, _ = self._bbox(text)
        self.draw.multiline_text((r[0] + self.style.pad_px - x0, r[1] + self.style.pad_px - y0), text,
                                 font=self.font, fill=color, anchor="la", spacing=self.style.pad_px)

    def _clamp(self, x: float, y: float, w: float, h: float) -> Rect:
        W, H = self.size
        x = float(np.clip(x, 0, max(0.0, W - w)))
        y = float(np.clip(y, 0, max(0.0, H - h)))
        return (x, y, x + w, y + h)

    def place(self, text: str, target: Rect, color: RGB) -> None:
        """Draw ``text`` next to the pixel rectangle ``target`` (above, below, beside, then further away)."""
        text = self.wrap(text)
        w, h = self.measure(text)
        g = float(self.style.pad_px)
        cx, cy = (target[0] + target[2]) / 2.0, (target[1] + target[3]) / 2.0
        cands: list[tuple[float, Rect]] = []
        for k in range(10):
            off = k * (h + 1)
            for pen, (x, y) in enumerate((
                (cx - w / 2, target[1] - g - h - off), (cx - w / 2, target[3] + g + off),
                (target[2] + g, cy - h / 2 - off), (target[0] - g - w, cy - h / 2 - off),
                (target[2] + g, cy - h / 2 + off), (target[0] - g - w, cy - h / 2 + off),
            )):
                cands.append((k * 4.0 + pen, self._clamp(x, y, w, h)))
        best = min(cands, key=lambda c: (1e9 * sum(_overlap(c[1], p) for p in self.placed)
                                         + sum(_overlap(c[1], o) for o in self.obstacles) + c[0] * w))
        r = best[1]
        self.placed.append(r)
        self.draw.rectangle(r, fill=LABEL_BG, outline=color, width=1)
        self.text(r, text, color)


def _line(draw: ImageDraw.ImageDraw, px: np.ndarray, color: RGB, width: int) -> None:
    draw.line([tuple(map(float, px[0])), tuple(map(float, px[1]))], fill=color, width=width)


def draw_overlay(rgb: np.ndarray, intr: CameraIntrinsics, overlay: Overlay, style: Style | None = None) -> Image.Image:
    """The image ``rgb`` (HxWx3 uint8) with ``overlay`` drawn on it (a new RGB image, same size)."""
    base = Image.fromarray(np.ascontiguousarray(rgb[..., :3]).astype(np.uint8), "RGB")
    st = style or Style.for_image(base.width, base.height)
    canvas = base.convert("RGBA")
    draw = ImageDraw.Draw(canvas, "RGBA")
    labels = _Labels(draw, canvas.size, st)
    y = float(st.pad_px)
    for note in overlay.notes:  # messages and outlined regions first: labels then avoid them
        if note.rect is not None:
            draw.rectangle(note.rect, outline=note.color, width=st.line_px)
        if note.xy is None:
            text = labels.wrap(note.text)
            w, h = labels.measure(text)
            r = (float(st.pad_px), y, st.pad_px + w, y + h)
            labels.placed.append(r)
            draw.rectangle(r, fill=LABEL_BG)
            labels.text(r, text, note.color)
            y += h + st.pad_px
    T = overlay.T_camera_scene
    anchors: list[tuple[str, Rect, RGB]] = []
    seg_px: list[tuple[SegmentMark, np.ndarray]] = []
    if T is not None:
        for mark in overlay.boxes:
            color = INVALID_COLOR if mark.reason else mark.color
            for px in box_edges_px(mark.box, T, intr):
                _line(draw, px, color, st.line_px)
            hull = box_outline_px(mark.box, T, intr)
            if len(hull):
                r = (float(hull[:, 0].min()), float(hull[:, 1].min()), float(hull[:, 0].max()), float(hull[:, 1].max()))
                labels.obstacles.append(r)
                text = mark.label if not mark.reason else f"{mark.label}: {mark.reason}"
                anchors.append((text, r, color))
        for seg in overlay.segments:
            a, b = to_camera(np.vstack([seg.segment.a, seg.segment.b]), T)
            px = project_segment(a, b, intr)
            if px is None:
                continue
            _line(draw, px, (0, 0, 0), st.line_px + 2)
            _line(draw, px, seg.color, st.line_px)
            rad = st.line_px + 2
            for p in px:
                draw.ellipse((p[0] - rad, p[1] - rad, p[0] + rad, p[1] + rad), fill=seg.color, outline=(0, 0, 0))
            seg_px.append((seg, px))
            n = max(2, int(np.linalg.norm(px[1] - px[0]) / max(4, st.font_px)))
            for t in np.linspace(0.0, 1.0, n):
                q = px[0] + t * (px[1] - px[0])
                labels.obstacles.append((q[0] - rad, q[1] - rad, q[0] + rad, q[1] + rad))
    for note in overlay.notes:
        if note.rect is not None:
            labels.obstacles.append(note.rect)
    for seg, px in seg_px:
        mid = px.mean(axis=0)
        labels.place(seg.label, (float(mid[0]) - 1, float(mid[1]) - 1, float(mid[0]) + 1, float(mid[1]) + 1),
                     seg.color)
    for text, r, color in anchors:
        labels.place(text, r, color)
    for note in overlay.notes:
        if note.xy is not None:
            x, y = note.xy
            labels.place(note.text, note.rect or (x - 1, y - 1, x + 1, y + 1), note.color)
    return canvas.convert("RGB")
