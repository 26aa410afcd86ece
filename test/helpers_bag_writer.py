"""A recording to be killed: writes std_msgs/String messages at a steady rate and logs each one.

``python test/helpers_bag_writer.py BAG STORAGE`` writes message ``i`` (data
``"m<i>"``) with bag time ``1e9 + i`` ns about every 2 ms, and after each write
prints ``i wall_time`` (flushed), until it is killed. A test kills it with
SIGKILL and checks that the bag holds every message logged more than one
second before the kill.
"""

from __future__ import annotations

import os
import sys
import time


def main() -> None:
    from spatialvlm_ros.ros import bags, convert

    path, storage = sys.argv[1], sys.argv[2]
    String = convert.msg_type("std_msgs/msg/String")
    with bags.BagWriter(path, storage) as w:
        i = 0
        while True:
            w.write("/chatter", String(data=f"m{i}" + "x" * 500), 1_000_000_000 + i)
            os.write(1, f"{i} {time.time()}\n".encode())  # one write per line: whole lines reach the pipe
            i += 1
            time.sleep(0.002)


if __name__ == "__main__":
    main()
