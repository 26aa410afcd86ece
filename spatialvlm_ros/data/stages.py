"""The stage functions of the synthesis pipeline, shared by the Ray and the in-process engines.

A work row is a plain dict (Arrow-friendly):
``{"key", "shard", "order", "item", "status", "reason", "detail", "payload"}``:

- ``item``: the :class:`~spatialvlm_ros.data.sources.InputItem` as a dict;
- ``status``: ``"ok"`` or ``"skip"``; a skipped row keeps its ``reason`` (one of
  :data:`SKIP_REASONS`) and a one-line ``detail`` and passes through later stages;
- ``payload``: pickled :class:`Work` between stages, then pickled
  :class:`~spatialvlm_ros.data.dataset.SpatialSample` after :func:`synth_stage`.

Stages: :func:`load_stage` (CPU: read the input) -> :class:`ModelStage` (GPU
actor on Ray: grounding masks and monocular depth for inputs that lack them)
-> :func:`synth_stage` (CPU: scene graph, QA synthesis, chat record). No stage
raises for one bad input: it marks the row skipped with the reason.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from spatialvlm_ros.core.camera import CameraIntrinsics
from spatialvlm_ros.core.frame import RGBDFrame
from spatialvlm_ros.data.sources import InputItem
from spatialvlm_ros.errors import InputError, ModelError, NoDepthError, SpatialVLMError, UnknownObjectError

log = logging.getLogger(__name__)

#: Why an input gave no sample.
SKIP_REASONS = (
    "unreadable",        # file missing / not an image / corrupt bag message
    "bad_input",         # readable but inconsistent (sizes, camera info, pose)
    "no_depth",          # no usable depth (none measured, no depth model, or no valid pixel)
    "no_masks",          # no instance masks and no grounding model
    "too_few_objects",   # fewer than min_objects usable objects
    "no_truth",          # answers_from: truth, but the input has no simulator truth
    "model_error",       # a model stage failed on this input
    "geometry_error",    # the scene graph could not be built
    "no_qa",             # synthesis produced no question (all ambiguous / near-ties)
    "internal_error",    # an unexpected exception (logged with its traceback)
)


@dataclass
class Work:
    """What travels between stages for one input.

    ``depth_source``: ``"measured"`` (sensor / simulator depth), ``"monocular"``
    (predicted by the depth model); ``truth_scene``: the simulator-truth scene
    graph when the input has one and the config asks for it.
    """

    item: InputItem
    frame: RGBDFrame
    depth_source: str = "measured"
    names: list[str] = field(default_factory=list)
    truth_scene: Any = None


def make_row(item: InputItem, shard: str, order: int) -> dict:
    return {
        "key": item.key,
        "shard": shard,
        "order": int(order),
        "item": item.to_dict(),
        "status": "ok",
        "reason": "",
        "detail": "",
        "payload": b"",
    }


def _skip(row: dict, reason: str, detail: str) -> dict:
    assert reason in SKIP_REASONS, reason
    detail = " ".join(str(detail).split())[:300]
    return {**row, "status": "skip", "reason": reason, "detail": detail, "payload": b""}


def item_seed(seed: int, key: str) -> np.random.Generator:
    """The per-input random generator: depends on the global seed and the key only."""
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], 16)
    return np.random.default_rng([int(seed), h])


def sample_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# -- stage 1: load --------------------------------------------------------------
def load_stage(row: dict, cfg) -> dict:
    """Read the input into a :class:`Work` (CPU)."""
    if row["status"] != "ok":
        return row
    item = InputItem(**row["item"])
    try:
        work = load_item(item, cfg)
    except NoDepthError as exc:
        return _skip(row, "no_depth", str(exc))
    except _NoTruth as exc:
        return _skip(row, "no_truth", str(exc))
    except InputError as exc:
        return _skip(row, classify_input_error(exc), str(exc))
    except (OSError, ValueError) as exc:
        return _skip(row, "unreadable", f"{type(exc).__name__}: {exc}")
    except SpatialVLMError as exc:
        return _skip(row, "bad_input", str(exc))
    except Exception as exc:
        log.exception("loading %s failed", item.key)
        return _skip(row, "internal_error", f"load: {type(exc).__name__}: {exc}")
    return {**row, "payload": pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)}


class _NoTruth(SpatialVLMError):
    pass


def classify_input_error(exc: Exception) -> str:
    """Skip reason of an :class:`InputError` raised while reading an input."""
    text = str(exc).lower()
    if "depth" in text and ("no valid" in text or "all zero" in text):
        return "no_depth"
    if any(w in text for w in ("not found", "unreadable", "not a readable", "cannot read", "cannot open",
                               "not readable", "no such", "truncated", "corrupt", "cannot decode",
                               "does not exist", " has no ")):
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
        frame, names = _read_image(Path(item.path), cfg)
        if cfg.answers_from == "truth":
            raise _NoTruth(f"{item.path}: a plain image has no simulator truth")
        return Work(item, frame, "none", names=names)
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
        return Work(item, scene.frame, "measured", truth_scene=truth)
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


def _read_image(path: Path, cfg) -> tuple[RGBDFrame, list[str]]:
    from PIL import Image

    try:
        with Image.open(path) as img:
            rgb = np.asarray(img.convert("RGB"))
    except FileNotFoundError:
        raise InputError(f"image not found: {path}") from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types on corrupt files
        raise InputError(f"image {path} is not a readable image ({type(exc).__name__})") from None
    h, w = rgb.shape[:2]
    cam_file = path.with_name(path.name + ".camera_info.yaml")
    if cam_file.is_file():
        from spatialvlm_ros.resources import load_yaml

        intr = CameraIntrinsics.from_camera_info_dict(load_yaml(cam_file))
        if (intr.width, intr.height) != (w, h):
            intr = intr.scaled(w, h)
    else:
        intr = CameraIntrinsics.from_fov(w, h, float(cfg.image.get("fov_y_deg", 60.0)))
    names_file = path.with_name(path.name + ".names.txt")
    if names_file.is_file():
        names = [n.strip() for n in names_file.read_text(encoding="utf-8").splitlines() if n.strip()]
    else:
        names = list(cfg.image.get("vocabulary") or [])
    frame = RGBDFrame(rgb=rgb, depth=None, intrinsics=intr, frame_id="camera_optical_frame",
                      metadata={"image": str(path)})
    return frame, names


# -- stage 2: models (GPU actor on Ray) ----------------------------------------
class ModelStage:
    """Fills in masks (grounding) and metric depth (monocular model) where an input lacks them.

    A callable class: Ray Data runs it as an actor pool (``num_gpus`` per actor
    from the config) over batches of rows; the local engine calls it in-process.
    Models load lazily on the first row that needs them. A model failure on one
    input skips that input (reason ``model_error``).
    """

    def __init__(self, models_cfg: dict | None = None) -> None:
        self.cfg = dict(models_cfg or {})
        self._grounder = None
        self._depth = None

    # Ray Data batch interface: a dict of columns -> a dict of columns
    def __call__(self, batch: dict) -> dict:
        keys = list(batch.keys())
        n = len(batch[keys[0]]) if keys else 0
        rows = [{k: _py(batch[k][i]) for k in keys} for i in range(n)]
        out = [self.process(r) for r in rows]
        return {k: [r[k] for r in out] for k in keys}

    def process(self, row: dict) -> dict:
        if row["status"] != "ok":
            return row
        work: Work = pickle.loads(row["payload"])
        frame = work.frame
        needs_masks = frame.segmentation is None or not frame.segmentation.names
        needs_depth = frame.depth is None
        if not (needs_masks or needs_depth):
            return row
        try:
            if needs_masks:
                if not self.cfg.get("grounding"):
                    return _skip(row, "no_masks", f"{work.item.key}: no masks and no grounding model configured")
                if not work.names:
                    return _skip(row, "too_few_objects",
                                 f"{work.item.key}: no object names to ground (add <image>.names.txt or image.vocabulary)")
                frame.segmentation = self.ground(frame, work.names)
            if needs_depth:
                if not self.cfg.get("depth"):
                    return _skip(row, "no_depth", f"{work.item.key}: no depth image and no depth model configured")
                depth = np.asarray(self.depth_model().predict(frame.rgb, frame.intrinsics), dtype=np.float32)
                if depth.shape != frame.rgb.shape[:2]:
                    raise ModelError(f"depth model returned shape {depth.shape}, expected {frame.rgb.shape[:2]}")
                frame.depth = depth
                work.depth_source = "monocular"
        except _Skip as s:
            return _skip(row, s.reason, f"{work.item.key}: {s.detail}")
        except SpatialVLMError as exc:
            return _skip(row, "model_error", f"{work.item.key}: {exc}")
        except Exception as exc:
            log.exception("model stage failed on %s", work.item.key)
            return _skip(row, "model_error", f"{work.item.key}: {type(exc).__name__}: {exc}")
        return {**row, "payload": pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)}

    def grounder(self):
        if self._grounder is None:
            from spatialvlm_ros.models.grounding import Grounder

            self._grounder = Grounder(self.cfg["grounding"])
            self._grounder.load()
        return self._grounder

    def depth_model(self):
        if self._depth is None:
            from spatialvlm_ros.models.depth import MonoDepthModel

            self._depth = MonoDepthModel(self.cfg["depth"])
            self._depth.load()
        return self._depth

    def ground(self, frame: RGBDFrame, names: list[str]):
        """Masks of the ``names`` the detector finds (the others are left out, not an error).

        ``Grounder.segment`` fails on the first missing name (right for a query,
        wrong for a vocabulary), so the detector runs first to keep the found names.
        """
        g = self.grounder()
        dets = g.detect(np.asarray(frame.rgb), list(dict.fromkeys(names)))
        found = [n for n, d in dets.items() if d is not None and _box_area(d.box) >= 4.0]
        while len(found) >= 2:
            try:
                return g.segment(frame, found)
            except UnknownObjectError as exc:  # an empty or fully overlapped mask: drop that name
                bad = [n for n in found if repr(n) in str(exc)]
                if not bad:
                    raise _Skip("too_few_objects", str(exc)) from None
                found.remove(bad[0])
        raise _Skip("too_few_objects", f"the grounding model found {len(found)} of {len(names)} names")


def _box_area(box) -> float:
    x0, y0, x1, y1 = (float(v) for v in box)
    return max(0.0, x1 - x0) * max(0.0, y1 - y0)


def _py(v: Any) -> Any:
    if isinstance(v, np.generic):
        return v.item()
    return v


def models_configured(models_cfg: dict | None) -> bool:
    """True when a grounding or a depth model is configured (the model stage runs)."""
    m = models_cfg or {}
    return bool(m.get("grounding") or m.get("depth"))


# -- stage 3: geometry + templating -----------------------------------------------
def synth_stage(row: dict, cfg) -> dict:
    """Scene graph -> QA pairs -> one :class:`SpatialSample` (CPU)."""
    if row["status"] != "ok":
        return row
    work: Work = pickle.loads(row["payload"])
    key = work.item.key
    try:
        sample = synthesize_sample(work, cfg)
    except _Skip as s:
        return _skip(row, s.reason, f"{key}: {s.detail}")
    except NoDepthError as exc:
        return _skip(row, "no_depth", f"{key}: {exc}")
    except InputError as exc:
        return _skip(row, "bad_input", f"{key}: {exc}")
    except SpatialVLMError as exc:
        return _skip(row, "geometry_error", f"{key}: {exc}")
    except Exception as exc:
        log.exception("synthesis failed on %s", key)
        return _skip(row, "internal_error", f"{key}: {type(exc).__name__}: {exc}")
    return {**row, "payload": pickle.dumps(sample, protocol=pickle.HIGHEST_PROTOCOL)}


class _Skip(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def synthesize_sample(work: Work, cfg):
    """Build the scene graph (or take the truth), synthesise QA and pack the sample."""
    from spatialvlm_ros.core.synthesis import synthesize_qa
    from spatialvlm_ros.data.dataset import QAItem, SpatialSample, encode_depth_png, encode_png

    frame = work.frame
    if frame.depth is None:
        raise _Skip("no_depth", "no depth image and no depth model configured")
    if frame.segmentation is None or not frame.segmentation.names:
        raise _Skip("no_masks", "no instance masks and no grounding model configured")
    valid = np.isfinite(frame.depth) & (frame.depth > 0)
    if not valid.any():
        raise _Skip("no_depth", "depth image has no valid pixel")
    if work.truth_scene is not None:
        scene = work.truth_scene
    else:
        from spatialvlm_ros.core.scene_builder import build_scene_graph

        scene = build_scene_graph(frame, cfg.geometry_config())
    if len(scene.objects) < cfg.min_objects:
        raise _Skip("too_few_objects", f"{len(scene.objects)} usable object(s), need {cfg.min_objects}")
    rng = item_seed(cfg.seed, work.item.key)
    syn = cfg.synthesis_config()
    if cfg.max_qa_per_image and cfg.max_qa_per_image < syn.max_qa_per_scene:
        syn = dataclasses.replace(syn, max_qa_per_scene=int(cfg.max_qa_per_image))
    pairs = synthesize_qa(scene, rng, syn)
    if not pairs:
        raise _Skip("no_qa", "synthesis produced no question (ambiguous names or near-ties only)")
    qa = [
        QAItem(
            kind=p.query.kind,
            objects=list(p.query.objects),
            form=p.query.form,
            question=p.question,
            answer=p.answer,
            value_m=_f(p.value_m),
            value_deg=_f(p.value_deg),
            clock=None if p.clock is None else int(p.clock),
            truth=None if p.truth is None else bool(p.truth),
            metadata=_jsonable(p.metadata),
        )
        for p in pairs
    ]
    messages = build_messages([(q.question, q.answer) for q in qa])
    cam = {
        "intrinsics": {
            "width": frame.intrinsics.width, "height": frame.intrinsics.height,
            "fx": frame.intrinsics.fx, "fy": frame.intrinsics.fy,
            "cx": frame.intrinsics.cx, "cy": frame.intrinsics.cy,
        },
        "frame_id": frame.frame_id,
        "stamp_ns": int(frame.stamp_ns),
        "world_frame_id": frame.world_frame_id,
        "T_world_camera": None if frame.T_world_camera is None else np.asarray(frame.T_world_camera).tolist(),
    }
    seg = frame.segmentation
    return SpatialSample(
        id=sample_id(work.item.key),
        source=work.item.kind,
        source_key=work.item.key,
        images=[encode_png(frame.rgb)],
        messages=messages,
        qa=qa,
        scene=scene_summary(scene),
        camera=cam,
        depth_source="truth" if work.truth_scene is not None else work.depth_source,
        depth_png=encode_depth_png(frame.depth) if cfg.store_depth else None,
        labels_png=encode_png(seg.labels.astype(np.uint16)) if cfg.store_masks else None,
        label_names={int(k): str(v) for k, v in seg.names.items()} if cfg.store_masks else {},
    )


def build_messages(turns: list[tuple[str, str]]) -> list[dict]:
    """Multi-turn chat ``messages`` in the layout of ``models.vlm.chat_messages``.

    The image placeholder ``{"type": "image"}`` is in the first user turn only;
    the image itself is the sample's ``images[0]``.
    """
    try:
        from spatialvlm_ros.models.prompting import chat_messages
    except ImportError:  # models engineer's module not importable (no torch): same layout
        chat_messages = _chat_messages_fallback
    out: list[dict] = []
    for i, (q, a) in enumerate(turns):
        msgs = chat_messages(_IMAGE_PLACEHOLDER, q, a)
        for m in msgs:
            content = m["content"]
            if isinstance(content, str):
                content = [{"type": "text", "text": content}]
            parts = []
            for c in content:
                if c.get("type") == "image":
                    if i == 0:
                        parts.append({"type": "image"})
                else:
                    parts.append({"type": c["type"], "text": c.get("text", "")})
            out.append({"role": m["role"], "content": parts})
    return out


_IMAGE_PLACEHOLDER = None


def _chat_messages_fallback(image, question: str, answer: str | None = None) -> list[dict]:
    msgs = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": question}]}]
    if answer is not None:
        msgs.append({"role": "assistant", "content": [{"type": "text", "text": answer}]})
    return msgs


def scene_summary(scene) -> dict:
    """Auditable scene graph: frame, gravity source, viewer and every object's box (metres)."""
    return {
        "frame_id": scene.frame_id,
        "gravity_source": scene.gravity_source,
        "viewer": scene.viewer.to_dict(),
        "T_scene_camera": np.asarray(scene.T_scene_camera).tolist(),
        "objects": [
            {"id": int(o.id), "name": o.name, "box": o.box.to_dict(), "n_points": int(o.n_points),
             "on_support": bool(o.on_support)}
            for o in scene.objects
        ],
    }


def _f(x: Any) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if np.isfinite(x) else None


def _jsonable(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if isinstance(x, np.ndarray):
        return _jsonable(x.tolist())
    if isinstance(x, np.generic):
        return x.item()
    if isinstance(x, float) and not np.isfinite(x):
        return None
    if x is None or isinstance(x, (str, int, float, bool)):
        return x
    if hasattr(x, "to_dict"):
        return _jsonable(x.to_dict())
    return str(x)
