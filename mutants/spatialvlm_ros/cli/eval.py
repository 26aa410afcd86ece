"""``spatialvlm eval``: score a backend on a held-out spatial VQA dataset."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="score a backend (vlm, geometry, hybrid) on a spatial VQA dataset",
        description="Asks every question of DATASET and reports, per question type, the SpatialVLM metrics "
        "(answers with a number, within [50%%, 200%%] of truth, qualitative accuracy) and SpatialRGPT-Bench's "
        "(within +-25%%, absolute relative error).",
    )
    p.add_argument("dataset", metavar="DATASET", help="dataset directory written by spatialvlm synth")
    p.add_argument("--backend", choices=("vlm", "geometry", "hybrid"), default="geometry")
    p.add_argument("--model", default=None, metavar="PATH", help="VLM folder (vlm/hybrid backends)")
    p.add_argument("--config", default=None, metavar="YAML", help="estimator config file")
    p.add_argument("-o", "--out", required=True, metavar="REPORT.json", help="JSON report path")
    p.add_argument("--limit", type=int, default=0, help="evaluate at most this many samples (0 = all)")
    p.add_argument("--threads", type=int, default=0,
                   help="torch CPU threads (0: default; 1 is much faster on a busy shared CPU)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def build_backend(backend: str, model: str | None, config: str | None):
    """The estimator for ``backend`` via the estimator factory."""
    from spatialvlm_ros.errors import ConfigError

    if backend in ("vlm", "hybrid") and not model and not config:
        raise ConfigError(f"backend {backend!r} needs --model PATH (or --config with a model)")
    from spatialvlm_ros.estimators.factory import estimator_from_cli

    return estimator_from_cli(backend, model=model, config=config)


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.data.evaluate import evaluate, write_report

    if args.threads > 0 and args.backend != "geometry":  # torch threads; geometry never imports torch
        import torch

        torch.set_num_threads(args.threads)

    est = build_backend(args.backend, args.model, args.config)
    report = evaluate(args.dataset, est, backend=args.backend, model=args.model, limit=args.limit,
                      progress=not args.no_progress)
    write_report(report, args.out)
    print(f"{args.backend} on {report.samples} samples / {report.questions} questions ({report.seconds:.1f} s)")
    print(report.table())
    print(f"report: {args.out}")
    return 0
