"""``spatialvlm plot OUT_BAG -o PNG``: draw the reward and distance traces of a replay bag."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "plot",
        help="plot the reward / estimated distance (and true distance) traces of a bag",
        description=(
            "Read /spatialvlm/reward (and /spatialvlm/truth when present) from a bag written by "
            "'spatialvlm replay' or recorded from the reward node, and draw the estimated distance, "
            "the true distance and the reward over time into a PNG."
        ),
    )
    p.add_argument("bag", metavar="BAG", help="bag with a RewardSignal topic")
    p.add_argument("-o", "--out", required=True, metavar="PNG", help="image to write")
    p.add_argument("--reward-topic", default="/spatialvlm/reward", help="RewardSignal topic")
    p.add_argument("--truth-topic", default="/spatialvlm/truth", help="true distance topic (optional)")
    p.set_defaults(func=run)


def plot_traces(bag: str | Path, out: str | Path, reward_topic: str = "/spatialvlm/reward",
                truth_topic: str = "/spatialvlm/truth") -> Path:
    """Draw the traces of ``bag`` into ``out`` (PNG, matplotlib Agg); returns ``out``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from spatialvlm_ros.ros.traces import read_traces

    tr = read_traces(bag, reward_topic, truth_topic)
    t0 = int(min([tr.reward_t.min()] + ([tr.truth_t.min()] if tr.truth_t.size else [])))
    rt = (tr.reward_t - t0) / 1e9
    fig, (ax1, ax2) = plt.subplots(2, 1, sharex=True, figsize=(8, 6))
    ax1.plot(rt, tr.distance_m, "o-", ms=3, label="estimated distance")
    if tr.truth_t.size:
        ax1.plot((tr.truth_t - t0) / 1e9, tr.truth_m, "k--", label="true distance")
    invalid = ~tr.valid
    if invalid.any():
        for x in rt[invalid]:
            ax1.axvline(x, color="r", alpha=0.2, lw=1)
    ax1.set_ylabel("distance [m]")
    ax1.legend(loc="best")
    ax1.grid(True, alpha=0.3)
    ax1.set_title(f"task {tr.task!r}: {int(tr.valid.sum())}/{tr.valid.size} valid rewards"
                  + (f", {int(invalid.sum())} invalid (red)" if invalid.any() else ""))
    ax2.plot(rt, tr.reward, "o-", ms=3, color="tab:green", label="reward")
    if tr.success.any():
        ax2.plot(rt[tr.success], tr.reward[tr.success], "*", color="gold", ms=10, label="success")
    ax2.set_xlabel("time [s]")
    ax2.set_ylabel("reward")
    ax2.grid(True, alpha=0.3)
    ax2.legend(loc="best")
    fig.tight_layout()
    out = Path(out)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True)
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def run(args: argparse.Namespace) -> int:
    out = plot_traces(args.bag, args.out, args.reward_topic, args.truth_topic)
    print(f"wrote {out}")
    return 0
