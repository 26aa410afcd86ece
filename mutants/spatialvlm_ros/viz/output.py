"""Output files of the visualisations: path checks, PNG images, MP4 / GIF videos.

Videos are encoded with ``imageio``: MP4 (H.264, yuv420p) through ``imageio-ffmpeg``'s bundled
ffmpeg binary, GIF through Pillow. Both come with ``pip install spatialvlm_ros[viz]``.
Every failure (a wrong suffix, a parent that cannot be created, a directory in the way, a
missing encoder) is an :class:`~spatialvlm_ros.errors.InputError` with one line naming the path.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from spatialvlm_ros.errors import InputError

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = (".mp4", ".gif")


def check_output(path: str | Path, suffixes: tuple[str, ...], what: str = "output") -> Path:
    """``path`` as a Path once it can be written: suffix in ``suffixes``, parent created if missing,
    not a directory, parent writable. Raises :class:`InputError` otherwise."""
    p = Path(path)
    if p.suffix.lower() not in suffixes:
        raise InputError(f"{what} {p}: unsupported file type {p.suffix or '(none)'!r}; use {' or '.join(suffixes)}")
    if p.is_dir():
        raise InputError(f"{what} {p} is a directory")
    parent = p.parent if str(p.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{what} {p}: cannot create its folder {parent}: {exc.strerror or exc}") from None
    if not os.access(parent, os.W_OK):
        raise InputError(f"{what} {p}: folder {parent} is not writable")
    return p


def save_png(image: Any, path: str | Path) -> Path:
    """Write a PIL image (or HxWx3 uint8 array) as PNG after :func:`check_output`."""
    from PIL import Image

    p = check_output(path, (".png",), "image")
    img = image if isinstance(image, Image.Image) else Image.fromarray(np.asarray(image, dtype=np.uint8))
    try:
        img.save(p, format="PNG", optimize=True)
    except OSError as exc:
        raise InputError(f"image {p}: cannot write: {exc}") from None
    return p


def _imageio() -> Any:
    try:
        import imageio.v2 as iio2
    except ImportError:
        raise InputError("writing videos needs imageio and imageio-ffmpeg: pip install 'spatialvlm_ros[viz]'") from None
    return iio2


def write_video(frames: Iterable[np.ndarray], path: str | Path, fps: float = 5.0) -> int:
    """Encode HxWx3 uint8 ``frames`` (all of one size) into ``path`` (.mp4 or .gif); returns the count.

    MP4 frames must have even sizes (yuv420p); :func:`spatialvlm_ros.viz.bag_video` lays out
    even-sized frames. The file is written to ``path`` only when every frame was encoded
    (a temporary name first), so a failure leaves no half-written video behind.
    """
    p = check_output(path, VIDEO_SUFFIXES, "video")
    iio2 = _imageio()
    tmp = p.with_name(f".{p.stem}.part{p.suffix}")
    n = 0
    try:
        if p.suffix.lower() == ".mp4":
            try:
                import imageio_ffmpeg  # noqa: F401 - the MP4 encoder
            except ImportError:
                raise InputError("writing MP4 needs imageio-ffmpeg: pip install 'spatialvlm_ros[viz]'") from None
            writer = iio2.get_writer(tmp, format="FFMPEG", fps=float(fps), codec="libx264", quality=8,
                                     pixelformat="yuv420p", macro_block_size=2, ffmpeg_log_level="error")
            try:
                for frame in frames:
                    writer.append_data(np.ascontiguousarray(frame[..., :3], dtype=np.uint8))
                    n += 1
            finally:
                writer.close()
        else:
            from PIL import Image

            images = [Image.fromarray(np.ascontiguousarray(f[..., :3], dtype=np.uint8)) for f in frames]
            n = len(images)
            if n:
                # an adaptive palette per frame; duration in milliseconds; loop forever
                pal = [im.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
                       for im in images]
                pal[0].save(tmp, format="GIF", save_all=True, append_images=pal[1:],
                            duration=round(1000.0 / float(fps)), loop=0, disposal=1, optimize=False)
        if n == 0:
            raise InputError(f"video {p}: no frame to write")
        os.replace(tmp, p)
    except OSError as exc:
        raise InputError(f"video {p}: cannot write: {exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    log.info("wrote %d frames to %s", n, p)
    return n


def read_video(path: str | Path) -> list[np.ndarray]:
    """All frames of an MP4 or GIF written by :func:`write_video` (HxWx3 uint8 each)."""
    p = Path(path)
    iio2 = _imageio()
    if p.suffix.lower() == ".mp4":
        reader = iio2.get_reader(p, format="FFMPEG")
        try:
            return [np.asarray(f)[..., :3] for f in reader]
        finally:
            reader.close()
    from PIL import Image, ImageSequence

    with Image.open(p) as im:
        return [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(im)]
