"""``spatialvlm synth``: synthesise a spatial VQA dataset from scenes, images, rosbags or simulation."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "synth",
        help="synthesise spatial VQA training data (Ray Data or in-process)",
        description="Turn scene directories, images, rosbags or sim:A-B seed ranges into a chat-format spatial VQA "
        "dataset (Parquet/JSONL shards with 3D truth). Reruns into the same OUT_DIR skip finished shards.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUTS",
                   help="scene dirs, images, rosbags, directories of them, or sim:A-B (simulated seeds A..B-1)")
    p.add_argument("-o", "--out", required=True, metavar="OUT_DIR", help="output dataset directory")
    p.add_argument("--config", default=None, metavar="YAML", help="data config (default config/data.yaml)")
    p.add_argument("--engine", choices=("ray", "local"), default="ray", help="Ray Data (default) or in-process")
    p.add_argument("--ray-address", default=None, metavar="ADDR", help="join a running Ray cluster (e.g. auto)")
    p.add_argument("--answers-from", choices=("measured", "truth"), default=None,
                   help="override the config: answers from measured geometry or from simulator truth")
    p.add_argument("--seed", type=int, default=None, help="override the config's seed")
    p.add_argument("--shard-size", type=int, default=None, help="override the config's shard_size")
    p.add_argument("--format", choices=("parquet", "jsonl"), default=None, help="override the config's format")
    p.add_argument("--composite", type=int, default=None, metavar="N",
                   help="add N composite (multi-step) QA turns per sample with <think>trace</think><answer>..."
                        "</answer> answers (overrides the config's composite_per_image)")
    p.add_argument("--dry-run", action="store_true",
                   help="print the inputs, the stages and their placement (actors, GPUs, batch sizes); run nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.data.pipeline import SynthConfig, dry_run, run_synthesis

    cfg = SynthConfig.from_yaml(args.config, answers_from=args.answers_from, seed=args.seed,
                                shard_size=args.shard_size, format=args.format,
                                composite_per_image=args.composite)
    engine = "ray" if args.ray_address else args.engine
    if args.dry_run:
        print(dry_run(args.inputs, cfg, engine=engine, ray_address=args.ray_address))
        return 0
    summary = run_synthesis(args.inputs, args.out, cfg, engine=engine, ray_address=args.ray_address,
                            progress=not args.no_progress)
    print(json.dumps(summary.to_dict(), indent=1) if args.json else summary.format())
    if summary.report and not args.json:
        print(f"  report: {args.out}/report.json")
    return 0
