"""The spatial VQA dataset: records, their Parquet / JSONL shards, and reading them back.

One :class:`SpatialSample` is one image with several question/answer turns about it:

- ``images`` + ``messages`` are the chat layout that transformers / TRL vision
  fine-tuning takes: ``messages`` is a list of ``{"role", "content"}`` turns whose
  ``content`` is a list of ``{"type": "image"}`` placeholders and
  ``{"type": "text", "text": ...}`` parts; the first user turn holds one image
  placeholder for ``images[0]`` (PNG bytes).
- ``qa`` holds, for every assistant turn in order, the structured query and the
  3D truth it was phrased from (metres, degrees, clock, true/false) plus the
  synthesis metadata (object boxes, units) - everything needed to audit an answer.
- ``scene`` is the scene graph the answers were measured on (frame, gravity
  source, gravity-aligned boxes in metres); ``camera`` the intrinsics, optical
  ``frame_id`` and ``T_world_camera``; ``depth_png`` (uint16 millimetres, 0 =
  invalid) and ``labels_png`` (uint16 instance ids, names in ``label_names``) are
  kept when the data config asks for them, so a geometry backend can be scored
  on the same frames.

On disk (``OUT_DIR/shards/``): ``shard-<n>-<hash>.parquet`` (one row per
sample) or ``shard-<n>-<hash>.jsonl`` (one JSON object per line, images as PNG
files under ``OUT_DIR/images/``), each followed by ``shard-<n>-<hash>.done.json``
holding the shard's counts. A shard without its ``.done.json`` is incomplete and
ignored by readers and redone by the pipeline.
"""

from __future__ import annotations

import io
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame, Segmentation
from spatialvlm_ros.core.qa import QAItem
from spatialvlm_ros.errors import InputError, UnreadableInputError

log = logging.getLogger(__name__)

SHARD_DIR = "shards"
IMAGE_DIR = "images"
DONE_SUFFIX = ".done.json"
FORMATS = ("parquet", "jsonl")


@dataclass
class SpatialSample:
    """One image, its chat turns and their 3D truth (see the module docstring)."""

    id: str
    source: str
    source_key: str
    images: list[bytes]
    messages: list[dict]
    qa: list[QAItem]
    scene: dict = field(default_factory=dict)
    camera: dict = field(default_factory=dict)
    depth_source: str = "measured"
    depth_png: bytes | None = None
    labels_png: bytes | None = None
    label_names: dict[int, str] = field(default_factory=dict)

    # -- conversions -------------------------------------------------------
    def image(self) -> np.ndarray:
        """The first image as HxWx3 uint8 RGB."""
        return decode_png(self.images[0], mode="RGB")

    def to_frame(self) -> RGBDFrame:
        """Rebuild the RGB-D frame (depth and masks when stored) for estimators."""
        rgb = self.image()
        cam = self.camera or {}
        if "intrinsics" in cam:
            intr = CameraIntrinsics(**{k: v for k, v in cam["intrinsics"].items() if k != "distortion"})
        else:
            h, w = rgb.shape[:2]
            intr = CameraIntrinsics.from_fov(w, h, 60.0)
        depth = None
        if self.depth_png is not None:
            depth = decode_png(self.depth_png).astype(np.float32) / 1000.0
        seg = None
        if self.labels_png is not None:
            seg = Segmentation(decode_png(self.labels_png).astype(np.uint16), dict(self.label_names))
        t = cam.get("T_world_camera")
        return RGBDFrame(
            rgb=rgb,
            depth=depth,
            intrinsics=intr,
            frame_id=cam.get("frame_id", "camera_color_optical_frame"),
            stamp_ns=int(cam.get("stamp_ns", 0)),
            T_world_camera=None if t is None else np.asarray(t, dtype=float).reshape(4, 4),
            world_frame_id=cam.get("world_frame_id", "world"),
            segmentation=seg,
            metadata={"sample_id": self.id, "source_key": self.source_key},
        )

    def to_row(self) -> dict:
        """The Parquet row (nested types; JSON strings for free-form metadata)."""
        return {
            "id": self.id,
            "source": self.source,
            "source_key": self.source_key,
            "images": list(self.images),
            "messages": [_message_row(m) for m in self.messages],
            "qa": [
                {**q.to_dict(), "metadata": json.dumps(q.metadata, sort_keys=True)} for q in self.qa
            ],
            "scene": json.dumps(self.scene, sort_keys=True),
            "camera": json.dumps(self.camera, sort_keys=True),
            "depth_source": self.depth_source,
            "depth_png": self.depth_png,
            "labels_png": self.labels_png,
            "label_names": json.dumps({str(k): v for k, v in self.label_names.items()}, sort_keys=True),
        }

    @classmethod
    def from_row(cls, row: dict) -> SpatialSample:
        return cls(
            id=row["id"],
            source=row["source"],
            source_key=row["source_key"],
            images=[bytes(b) for b in row["images"]],
            messages=[_clean_message(m) for m in row["messages"]],
            qa=[QAItem.from_dict(q) for q in row["qa"]],
            scene=json.loads(row["scene"] or "{}"),
            camera=json.loads(row["camera"] or "{}"),
            depth_source=row["depth_source"],
            depth_png=None if row.get("depth_png") is None else bytes(row["depth_png"]),
            labels_png=None if row.get("labels_png") is None else bytes(row["labels_png"]),
            label_names={int(k): v for k, v in json.loads(row.get("label_names") or "{}").items()},
        )


def _message_row(m: dict) -> dict:
    content = m["content"]
    if isinstance(content, str):
        content = [{"type": "text", "text": content}]
    return {
        "role": m["role"],
        "content": [{"type": c["type"], "text": c.get("text")} for c in content],
    }


def _clean_message(m: dict) -> dict:
    """Drop the ``text: None`` that Arrow adds to image placeholders."""
    return {
        "role": m["role"],
        "content": [{k: v for k, v in c.items() if v is not None and k in ("type", "text")} for c in m["content"]],
    }


# -- images -------------------------------------------------------------------
def encode_png(array: np.ndarray) -> bytes:
    """PNG bytes of an HxWx3 uint8 or HxW uint8/uint16 array (lossless)."""
    from PIL import Image

    a = np.asarray(array)
    if a.ndim == 2 and a.dtype == np.uint16:
        img = Image.fromarray(a)  # 16-bit greyscale (mode I;16)
    elif a.dtype == np.uint8:
        img = Image.fromarray(a)
    else:
        raise InputError(f"cannot encode an image of dtype {a.dtype} and shape {a.shape} as PNG")
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def decode_png(data: bytes, mode: str | None = None) -> np.ndarray:
    """Decode PNG (or any Pillow-readable) bytes; ``mode="RGB"`` converts colour images."""
    from PIL import Image

    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except Exception as exc:  # noqa: BLE001 - Pillow raises several types for bad data
        raise UnreadableInputError(f"image bytes are not a readable image ({type(exc).__name__})") from None
    if mode is not None and img.mode != mode:
        img = img.convert(mode)
    return np.asarray(img)


def encode_depth_png(depth_m: np.ndarray) -> bytes:
    """Depth in metres -> 16-bit PNG in millimetres (0 = invalid, clipped at 65.535 m)."""
    d = np.asarray(depth_m, dtype=np.float64)
    mm = np.where(np.isfinite(d) & (d > 0), np.round(d * 1000.0), 0.0)
    return encode_png(np.clip(mm, 0, 65535).astype(np.uint16))


# -- schema -------------------------------------------------------------------
def arrow_schema():
    """The Parquet schema of one sample row."""
    import pyarrow as pa

    content = pa.struct([("type", pa.string()), ("text", pa.string())])
    message = pa.struct([("role", pa.string()), ("content", pa.list_(content))])
    qa = pa.struct(
        [
            ("kind", pa.string()),
            ("objects", pa.list_(pa.string())),
            ("form", pa.string()),
            ("question", pa.string()),
            ("answer", pa.string()),
            ("value_m", pa.float64()),
            ("value_deg", pa.float64()),
            ("clock", pa.int32()),
            ("truth", pa.bool_()),
            ("metadata", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("source_key", pa.string()),
            ("images", pa.list_(pa.binary())),
            ("messages", pa.list_(message)),
            ("qa", pa.list_(qa)),
            ("scene", pa.string()),
            ("camera", pa.string()),
            ("depth_source", pa.string()),
            ("depth_png", pa.binary()),
            ("labels_png", pa.binary()),
            ("label_names", pa.string()),
        ]
    )


# -- shard files --------------------------------------------------------------
def _atomic_replace(tmp: Path, final: Path) -> None:
    os.replace(tmp, final)


def write_shard(
    out_dir: str | os.PathLike[str],
    shard_id: str,
    samples: list[SpatialSample],
    summary: dict,
    fmt: str = "parquet",
) -> Path | None:
    """Write one shard atomically, then its ``.done.json`` marker holding ``summary``.

    Returns the data file (``None`` when every input of the shard was skipped:
    only the marker is written). A crash before the marker leaves the shard to
    be redone; files of other shards are never touched.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown dataset format {fmt!r} (use one of {', '.join(FORMATS)})")
    root = Path(out_dir)
    shard_dir = root / SHARD_DIR
    shard_dir.mkdir(parents=True, exist_ok=True)
    data_path: Path | None = None
    if samples:
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            data_path = shard_dir / f"shard-{shard_id}.parquet"
            table = pa.Table.from_pylist([s.to_row() for s in samples], schema=arrow_schema())
            tmp = data_path.with_suffix(".parquet.tmp")
            pq.write_table(table, tmp, compression="zstd")
            _atomic_replace(tmp, data_path)
        else:
            img_dir = root / IMAGE_DIR
            img_dir.mkdir(parents=True, exist_ok=True)
            data_path = shard_dir / f"shard-{shard_id}.jsonl"
            tmp = data_path.with_suffix(".jsonl.tmp")
            with tmp.open("w", encoding="utf-8") as f:
                for s in samples:
                    f.write(json.dumps(_jsonl_record(s, root, img_dir), sort_keys=True) + "\n")
            _atomic_replace(tmp, data_path)
    marker = shard_dir / f"shard-{shard_id}{DONE_SUFFIX}"
    tmp = marker.with_suffix(".tmp")
    tmp.write_text(json.dumps({**summary, "shard": shard_id, "format": fmt,
                               "file": data_path.name if data_path else None}, indent=1, sort_keys=True))
    _atomic_replace(tmp, marker)
    return data_path


def _write_bytes(path: Path, data: bytes) -> str:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path.name


def _jsonl_record(s: SpatialSample, root: Path, img_dir: Path) -> dict:
    row = s.to_row()
    row["images"] = [
        f"{IMAGE_DIR}/" + _write_bytes(img_dir / f"{s.id}-{i}.png", b) for i, b in enumerate(s.images)
    ]
    for key, suffix in (("depth_png", "depth"), ("labels_png", "labels")):
        if row[key] is not None:
            row[key] = f"{IMAGE_DIR}/" + _write_bytes(img_dir / f"{s.id}-{suffix}.png", row[key])
    row["messages"] = [_clean_message(m) for m in row["messages"]]
    row["qa"] = [q.to_dict() for q in s.qa]
    return row


def completed_shards(out_dir: str | os.PathLike[str]) -> dict[str, dict]:
    """Shard id -> its ``.done.json`` summary, for every finished shard under ``out_dir``."""
    shard_dir = Path(out_dir) / SHARD_DIR
    done: dict[str, dict] = {}
    if not shard_dir.is_dir():
        return done
    for p in sorted(shard_dir.glob(f"shard-*{DONE_SUFFIX}")):
        sid = p.name[len("shard-"): -len(DONE_SUFFIX)]
        try:
            done[sid] = json.loads(p.read_text())
        except (OSError, json.JSONDecodeError):
            log.warning("ignoring unreadable shard marker %s", p)
    return done


def iter_samples(path: str | os.PathLike[str]) -> Iterator[SpatialSample]:
    """Samples of a dataset directory (finished shards, in shard order) or one shard file."""
    p = Path(path)
    if p.is_file():
        files, root = [p], p.parent.parent if p.parent.name == SHARD_DIR else p.parent
    elif p.is_dir():
        root = p
        done = completed_shards(p)
        files = [p / SHARD_DIR / d["file"] for _, d in sorted(done.items()) if d.get("file")]
        if not done:
            raise InputError(f"{p} holds no finished dataset shards ({SHARD_DIR}/shard-*{DONE_SUFFIX})")
    else:
        raise UnreadableInputError(f"dataset not found: {p}")
    for f in files:
        yield from _read_file(f, root)


def read_dataset(path: str | os.PathLike[str]) -> list[SpatialSample]:
    """All samples of a dataset directory or shard file (see :func:`iter_samples`)."""
    return list(iter_samples(path))


def _read_file(f: Path, root: Path) -> Iterator[SpatialSample]:
    if f.suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(f)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for bad files
            raise UnreadableInputError(f"dataset shard {f} is not readable Parquet ({exc})") from None
        for row in table.to_pylist():
            yield SpatialSample.from_row(row)
    elif f.suffix == ".jsonl":
        with f.open("r", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(f"dataset shard {f} line {n} is not valid JSON") from None
                row["images"] = [(root / rel).read_bytes() for rel in row["images"]]
                for key in ("depth_png", "labels_png"):
                    if row.get(key) is not None:
                        row[key] = (root / row[key]).read_bytes()
                yield SpatialSample.from_row(row)
    else:
        raise InputError(f"unknown dataset shard type: {f}")
