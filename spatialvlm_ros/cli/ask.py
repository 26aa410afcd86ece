"""``spatialvlm ask SCENE_DIR "QUESTION"``: answer one spatial question about a scene directory.

A composite question ("which object is closest to the mug?", ``config/composite_templates.yaml``)
is planned into a chain of spatial queries (:mod:`spatialvlm_ros.core.reasoning`); ``--json`` then
prints the plan and its trace (each step, its inputs, value, unit and source). Any other
question is matched against the template bank (``config/qa_templates.yaml``,
plus free-phrasing fallbacks) with the scene's object names, then answered by
the chosen estimator backend. ``--json`` prints ``SpatialEstimate.to_dict()``;
otherwise the answer line. An unknown object, a question not understood or an
invalid estimate is a one-line error and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from spatialvlm_ros.errors import InputError, SpatialVLMError

if TYPE_CHECKING:  # pragma: no cover - annotations only: the CLI imports lazily
    from spatialvlm_ros.core.planner import CompositeQuery
    from spatialvlm_ros.core.estimate import SpatialEstimate
    from spatialvlm_ros.core.frame import RGBDFrame
    from spatialvlm_ros.estimators.base import Estimator


class EstimateError(SpatialVLMError):
    """The estimator returned an invalid estimate (its reason is the message)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "ask",
        help="answer a spatial question about a scene directory",
        description="Answer a quantitative or qualitative spatial question about a scene directory "
        "(rgb.png, depth, camera_info.yaml, masks.png + objects.json).",
    )
    p.add_argument("scene_dir", help="scene directory (see `spatialvlm scene --help`)")
    p.add_argument("question", help='e.g. "How far is the mug from the red cube?"')
    p.add_argument("--json", action="store_true", help="print the full estimate as JSON")
    p.add_argument("--backend", default="geometry", choices=("geometry", "vlm", "hybrid"),
                   help="estimator backend (default: geometry)")
    p.add_argument("--model", default=None, help="model directory or config for the vlm/hybrid backends")
    p.add_argument("--config", default=None, help="backend configuration YAML")
    p.add_argument("--draw", metavar="OUT.png", default=None,
                   help="also write the colour image with the objects' 3D boxes and the measured segment "
                        "labelled with the answer (or the reason it is invalid)")
    p.add_argument("--templates", default=None, help="question template bank YAML (default: config/qa_templates.yaml)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.core.templates import TemplateBank
    from spatialvlm_ros.estimators.factory import estimator_from_cli
    from spatialvlm_ros.io.scene_dir import read_scene_dir

    if args.draw:  # fail before the work when the image cannot be written
        from spatialvlm_ros.viz.output import check_output

        check_output(args.draw, (".png",), "image")
    frame = read_scene_dir(args.scene_dir)
    if frame.segmentation is None or not frame.segmentation.names:
        raise InputError(f"scene {args.scene_dir}: no named objects (masks.png + objects.json)")
    names = sorted(set(frame.segmentation.names.values()))
    composite = _composite(args.question, names)
    if composite is not None:
        if args.draw:
            raise InputError("--draw is for single-step questions; a composite question prints its trace with --json")
        return _run_composite(args, frame, names, composite)
    bank = TemplateBank.load(args.templates)
    query = bank.match(args.question, names)
    if args.backend in ("vlm", "hybrid") and args.model is None:
        _check_default_model_is_local(args.config)
    estimator = estimator_from_cli(args.backend, model=args.model, config=args.config)
    estimator.load()
    try:
        estimate = estimator.estimate(frame, query)
        if args.draw:
            _draw(args.draw, frame, estimator, estimate)
    finally:
        estimator.unload()
    return _report(estimate, args.json)


def _report(result: Any, as_json: bool) -> int:
    """Print an estimate's or a composite answer's text (or JSON with ``as_json``); exit status 2,
    with the reason in one line, when it is invalid."""
    reason = result.reason or "invalid estimate"
    if as_json:
        print(json.dumps(result.to_dict(), indent=2, default=_json_default))
        if not result.valid:
            print(f"spatialvlm: error: {reason}", file=sys.stderr)
            return 2
        return 0
    if not result.valid:
        raise EstimateError(f"no answer: {reason}")
    print(result.answer)
    return 0


def _composite(question: str, names: list[str]) -> CompositeQuery | None:
    """The composite query of ``question``, or None when it is not a composite question
    (QueryError for an unknown or ambiguous object in one)."""
    from spatialvlm_ros.core.composite_text import CompositeBank, NotCompositeError

    try:
        return CompositeBank.load().match(question, names)
    except NotCompositeError:
        return None


def _run_composite(args: argparse.Namespace, frame: RGBDFrame, names: list[str], composite: CompositeQuery) -> int:
    from spatialvlm_ros.core.reasoning import answer_composite
    from spatialvlm_ros.estimators.factory import estimator_from_cli

    estimator = estimator_from_cli(args.backend, model=args.model, config=args.config)
    estimator.load()
    try:
        answer = answer_composite(composite, estimator, frame, names)
    finally:
        estimator.unload()
    return _report(answer, args.json)


def _draw(path: str, frame: RGBDFrame, estimator: Estimator, estimate: SpatialEstimate) -> None:
    """Write the annotated image of an answer (boxes from the estimator's scene, if it builds one)."""
    from spatialvlm_ros.viz.annotate import draw_scene

    try:
        scene = estimator.scene(frame, list(estimate.query.objects))  # None for a VLM alone
    except SpatialVLMError:
        scene = None  # the estimate says why; the image shows that reason
    out = draw_scene(frame, scene, path, estimates=[estimate], expected=list(estimate.query.objects))
    print(f"wrote {out}", file=sys.stderr)


def _check_default_model_is_local(config: str | None) -> None:
    """Without ``--model``, the config's model must be on this machine (a folder or in the hub cache).

    Otherwise loading would try the model hub - and, offline, keep retrying it
    for minutes. Asking for the download explicitly (``--model HUB_ID``) is
    the user's choice; an implicit one is refused at once, without any network.
    """
    from pathlib import Path

    from spatialvlm_ros.errors import ConfigError
    from spatialvlm_ros.models.model_config import DEFAULT_MODEL_CONFIG, load_model_config

    vlm = load_model_config(config).get("vlm") or {}
    model = vlm.get("model")
    where = config or f"config/{DEFAULT_MODEL_CONFIG}"
    if not model:
        raise ConfigError(f"--backend vlm/hybrid needs --model (a model folder or hub id): {where} names none")
    if Path(str(model)).expanduser().is_dir():
        return
    try:
        from huggingface_hub import try_to_load_from_cache

        cached = try_to_load_from_cache(str(model), "config.json", revision=vlm.get("revision"))
    except Exception:  # noqa: BLE001 - not a valid hub id either
        cached = None
    if not isinstance(cached, str):
        raise ConfigError(
            f"--backend vlm/hybrid without --model uses {model!r} ({where}), which is neither a local folder "
            "nor in the local hub cache; pass --model with a model folder (or the hub id, to download it)")


def _json_default(obj: object) -> object:
    try:
        import numpy as np

        if isinstance(obj, np.generic):
            return obj.item()
        if isinstance(obj, np.ndarray):
            return obj.tolist()
    except ImportError:  # pragma: no cover
        pass
    return str(obj)
