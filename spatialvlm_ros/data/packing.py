"""Stage 3 of the synthesis pipeline (CPU): scene graph, QA synthesis and the packed
:class:`~spatialvlm_ros.data.dataset.SpatialSample` with its chat record."""

from __future__ import annotations

import dataclasses
import logging
import pickle

import numpy as np

from spatialvlm_ros.data.rows import SkipInput, Work, add_info, item_seed, sample_id, skip_row
from spatialvlm_ros.errors import InputError, NoDepthError, SpatialVLMError

log = logging.getLogger(__name__)


def synth_stage(row: dict, cfg) -> dict:
    """Scene graph -> QA pairs -> one :class:`SpatialSample` (CPU)."""
    if row["status"] != "ok":
        return row
    work: Work = pickle.loads(row["payload"])
    key = work.item.key
    facts: dict = {}
    try:
        sample = synthesize_sample(work, cfg, facts)
    except SkipInput as s:
        return skip_row(add_info(row, **facts), s.reason, f"{key}: {s.detail}")
    except NoDepthError as exc:
        return skip_row(row, "no_depth", f"{key}: {exc}")
    except InputError as exc:
        return skip_row(row, "bad_input", f"{key}: {exc}")
    except SpatialVLMError as exc:
        return skip_row(row, "geometry_error", f"{key}: {exc}")
    except Exception as exc:
        log.exception("synthesis failed on %s", key)
        return skip_row(row, "internal_error", f"{key}: {type(exc).__name__}: {exc}")
    facts["objects"] = len(sample.scene["objects"])
    return {**add_info(row, **facts), "payload": pickle.dumps(sample, protocol=pickle.HIGHEST_PROTOCOL)}


def synthesize_sample(work: Work, cfg, facts: dict | None = None):
    """Build the scene graph (or take the truth), synthesise QA and pack the sample.

    ``facts`` (filled in): ``ambiguous_objects``, the objects left out of every question
    because they share a caption with another object and neither position nor size
    tells them apart (:func:`~spatialvlm_ros.core.synthesis.resolve_names`).
    """
    from spatialvlm_ros.core.synthesis import resolve_names, synthesize_qa
    from spatialvlm_ros.data.dataset import SpatialSample, encode_depth_png, encode_png

    frame = work.frame
    if frame.depth is None:
        raise SkipInput("no_depth", "no depth image and no depth model configured")
    if frame.segmentation is None or not frame.segmentation.names:
        raise SkipInput("no_masks", "no instance masks and no grounding model configured")
    valid = np.isfinite(frame.depth) & (frame.depth > 0)
    if not valid.any():
        raise SkipInput("no_depth", "depth image has no valid pixel")
    if work.truth_scene is not None:
        scene = work.truth_scene
    else:
        from spatialvlm_ros.core.scene_builder import build_scene_graph

        scene = build_scene_graph(frame, cfg.geometry_config())
    if len(scene.objects) < cfg.min_objects:
        raise SkipInput("too_few_objects", f"{len(scene.objects)} usable object(s), need {cfg.min_objects}")
    rng = item_seed(cfg.seed, work.item.key)
    syn = cfg.synthesis_config()
    if cfg.max_qa_per_image and cfg.max_qa_per_image < syn.max_qa_per_scene:
        syn = dataclasses.replace(syn, max_qa_per_scene=int(cfg.max_qa_per_image))
    kept, _ = resolve_names(scene, syn)
    if facts is not None:
        facts["ambiguous_objects"] = len(scene.objects) - len(kept)
    if len(kept) < cfg.min_objects:
        raise SkipInput("ambiguous", f"{len(scene.objects) - len(kept)} object(s) share a caption and cannot be told "
                        f"apart; {len(kept)} left, need {cfg.min_objects}")
    pairs = synthesize_qa(scene, rng, syn)
    if cfg.composite_per_image:
        from spatialvlm_ros.core.composite_synthesis import synthesize_composite

        pairs = [*pairs, *synthesize_composite(scene, rng, int(cfg.composite_per_image),
                                               tie_margin_m=syn.tie_margin_m)]
    if not pairs:
        raise SkipInput("no_qa", "synthesis produced no question (ambiguous names or near-ties only)")
    qa = [p.json_ready() for p in pairs]
    messages = build_messages([(q.question, q.answer) for q in qa])
    cam = {
        "intrinsics": {
            "width": frame.intrinsics.width, "height": frame.intrinsics.height,
            "fx": frame.intrinsics.fx, "fy": frame.intrinsics.fy,
            "cx": frame.intrinsics.cx, "cy": frame.intrinsics.cy,
        },
        "intrinsics_source": work.intrinsics_source,
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
    """Multi-turn chat ``messages`` in the layout of ``models.prompting.chat_messages``.

    The image placeholder ``{"type": "image"}`` is in the first user turn only;
    the image itself is the sample's ``images[0]``.
    """
    from spatialvlm_ros.models.prompting import chat_messages  # no torch: prompts only

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
