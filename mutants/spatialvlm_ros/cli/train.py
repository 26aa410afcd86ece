"""``spatialvlm train``: LoRA fine-tuning of a VLM on a synthesised spatial VQA dataset."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train",
        help="LoRA fine-tune a VLM (Qwen2.5-VL, LLaVA) on a spatial VQA dataset",
        description="Supervised fine-tuning with a LoRA adapter, loss on the assistant tokens only. "
        "Writes OUT/adapter, OUT/merged (config merge: true), OUT/checkpoints and OUT/train_summary.json.",
    )
    p.add_argument("dataset", metavar="DATASET", help="dataset directory written by spatialvlm synth")
    p.add_argument("-o", "--out", required=True, metavar="OUT", help="output directory")
    p.add_argument("--model", required=True, metavar="PATH", help="base model folder (from_pretrained layout)")
    p.add_argument("--config", default=None, metavar="YAML", help="train config (default config/train.yaml)")
    p.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in OUT/checkpoints")
    p.add_argument("--max-steps", type=int, default=None, help="override the config's max_steps")
    p.add_argument("--epochs", type=float, default=None, help="override the config's epochs")
    p.add_argument("--threads", type=int, default=0,
                   help="torch CPU threads (0: default; 1 is much faster on a busy shared CPU)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.data.train import TrainConfig, train

    cfg = TrainConfig.from_yaml(args.config, max_steps=args.max_steps, epochs=args.epochs,
                                num_threads=args.threads or None)
    r = train(args.dataset, args.out, args.model, cfg, resume=args.resume, progress=not args.no_progress)
    first = "n/a" if r.loss_first is None else f"{r.loss_first:.4f}"
    last = "n/a" if r.loss_last is None else f"{r.loss_last:.4f}"
    print(f"trained {r.steps} steps on {r.train_samples} samples in {r.seconds:.1f} s; loss {first} -> {last}")
    if r.adapter_dir:
        print(f"adapter: {r.adapter_dir}")
    if r.merged_dir:
        print(f"merged model: {r.merged_dir}")
    return 0
