"""PNG plot of one closed-loop episode: estimated vs true distance, and the reward (matplotlib Agg)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any


def plot_episode(result: Any, path: str | Path, dpi: int = 80) -> Path:
    """Write ``path`` (PNG): top, estimated and true gripper-object distance (cm) over
    simulation time (s); bottom, the reward (invalid rewards marked on the axis)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steps = result.steps
    if not steps:
        raise ValueError("episode has no frames to plot")
    t0 = steps[0].stamp_ns
    t = [(s.stamp_ns - t0) / 1e9 for s in steps]
    est = [s.estimated_m * 100 if s.estimated_m is not None else math.nan for s in steps]
    true = [s.true_m * 100 for s in steps]
    rew = [s.reward for s in steps]
    bad = [ti for ti, s in zip(t, steps) if not s.reward_valid]

    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(6.4, 4.6), sharex=True)
    ax1.plot(t, true, "-", color="0.3", label="true")
    ax1.plot(t, est, "o-", color="tab:blue", ms=3, label="estimated")
    obj = result.objects.get("moved" if result.kind == "place" else "target", "")
    ax1.set_ylabel(f"gripper - {obj}\ndistance (cm)")
    rho = "n/a" if result.spearman is None else f"{result.spearman:.3f}"
    status = "success" if result.success else "failed"
    ax1.set_title(f"{result.instruction!r}\n{status}; Spearman rho = {rho}", fontsize=9)
    ax1.legend(fontsize=8, loc="best")
    ax1.grid(alpha=0.3)
    ax2.plot(t, rew, "o-", color="tab:green", ms=3, label="reward")
    if bad:
        ax2.plot(bad, [0.0] * len(bad), "x", color="tab:red", label="invalid estimate")
        ax2.legend(fontsize=8, loc="best")
    ax2.set_ylabel("reward")
    ax2.set_xlabel("simulation time (s)")
    ax2.grid(alpha=0.3)
    fig.tight_layout()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=dpi)
    plt.close(fig)
    return out
