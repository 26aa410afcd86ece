"""``spatialvlm reindex BAG``: rebuild the index and metadata.yaml of an interrupted recording."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "reindex",
        help="repair a bag whose recording was killed: rebuild its mcap index and metadata.yaml",
        description=(
            "Named after 'ros2 bag reindex'. For a bag left behind by a killed or crashed recording: "
            "mcap - every complete record is kept and rewritten into an indexed file with summary and "
            "footer (a cut-off last chunk is lost); sqlite3 - an uncommitted transaction is rolled back. "
            "Then metadata.yaml is rebuilt from the storage file. A bare .mcap/.db3 file is moved into a "
            "new bag directory of the same name. Afterwards the bag opens with rosbags and ros2 bag."
        ),
    )
    p.add_argument("bag", metavar="BAG", help="bag directory (or bare .mcap/.db3 file)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from spatialvlm_ros.ros.bag_recovery import reindex_bag

    res = reindex_bag(args.bag)
    print(f"reindexed {res.summary()}")
    return 0
