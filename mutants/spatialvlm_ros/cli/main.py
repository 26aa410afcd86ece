"""Entry point of the ``spatialvlm`` command.

Each sub-command lives in its own module of :mod:`spatialvlm_ros.cli` exposing
``register(subparsers)``, which adds its parser and sets ``func`` (a callable
taking the parsed ``argparse.Namespace`` and returning an exit code). Modules
must be cheap to import: heavy imports (torch, pybullet, ray) go inside ``func``.

Errors: a :class:`SpatialVLMError` (or a plain OS/value error from bad input)
prints ``spatialvlm: error: <one line>`` to stderr and exits 2 - no traceback.
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys

from spatialvlm_ros import __version__
from spatialvlm_ros.errors import SpatialVLMError

#: Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "scene",
    "ask",
    "sim",
    "sim_bag",
    "replay",
    "plot",
    "render",
    "reindex",
    "synth",
    "train",
    "eval",
    "demo",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spatialvlm",
        description="Quantitative spatial reasoning for robots (SpatialVLM), without a ROS graph.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"spatialvlm_ros.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"spatialvlm_ros.cli.{name}":
                continue  # sub-command not part of this build
            raise
        module.register(sub)
    return parser


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like KeyboardInterrupt so that open bags are closed cleanly."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    if threading_main():
        signal.signal(signal.SIGTERM, _on_sigterm)
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # `spatialvlm scene ... | head`: the reader went away; not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except SpatialVLMError as exc:
        if args.debug:
            raise
        print(f"spatialvlm: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        if args.debug:
            raise
        print(f"spatialvlm: error: {type(exc).__name__}: {_one_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("spatialvlm: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("spatialvlm: terminated", file=sys.stderr)
        return 143


def threading_main() -> bool:
    """True in the main thread (the only one that may install signal handlers)."""
    import threading

    return threading.current_thread() is threading.main_thread()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
