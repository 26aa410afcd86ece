"""Child process of bench_reliability.py: a real recording whose bag writer logs each write's wall time.

``python bench/_kill_harness.py LOG MODE OUT [IN_BAG]`` wraps the real
``BagWriter.write_bytes`` so that after every message it appends
``<count> <wall time>`` to LOG (flushed), then runs MODE:

- ``replay``: ``spatialvlm replay IN_BAG -o OUT`` (reward of gripper -> rubber duck);
- ``sim-bag``: ``spatialvlm sim-bag OUT --frames 400 --width 320 --height 240``;
- ``episode``: a closed-loop episode (first task of config/closed_loop.yaml, seed 0)
  writing OUT/episode_bag.

The parent kills it with SIGKILL and compares the log with what the bag holds.
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    log_path, mode, out = sys.argv[1], sys.argv[2], sys.argv[3]
    from spatialvlm_ros.ros import bags

    log = open(log_path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    original = bags.BagWriter.write_bytes
    count = [0]

    def logged(self, topic, data, t_ns):
        original(self, topic, data, t_ns)
        count[0] += 1
        log.write(f"{count[0]} {time.time()}\n")

    bags.BagWriter.write_bytes = logged
    from spatialvlm_ros.cli.main import main as cli

    if mode == "replay":
        cli(["replay", sys.argv[4], "-o", out, "--objects", "gripper", "rubber duck"])
    elif mode == "sim-bag":
        cli(["sim-bag", out, "--frames", "400", "--width", "320", "--height", "240"])
    elif mode == "episode":
        from spatialvlm_ros.closed_loop.episode import EpisodeConfig, run_episode

        cfg = EpisodeConfig.from_yaml()
        task = cfg.tasks[next(iter(cfg.tasks))]
        run_episode(task, 0, out, cfg, write_plot=False)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
