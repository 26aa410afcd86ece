"""Load the package as it was at another git commit, next to the current one, in one process.

Benchmarks use it to interleave the current code with a reference version on the same
frames (``--against REF``): load from other processes on a shared machine then hits both
alike. ``git archive REF spatialvlm_ros config`` is unpacked into a temporary directory
and imported with the current ``spatialvlm_ros`` modules set aside; afterwards the
current modules are restored, and the reference functions keep their own module globals.
Objects passed between the two (frames, configs) are duck-typed: a config of the current
code is converted with :func:`convert_config`.
"""

from __future__ import annotations

import dataclasses
import importlib
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

PACKAGE = "spatialvlm_ros"
_KEEP: list[tempfile.TemporaryDirectory] = []


def load_module_at(ref: str, module: str, repo: str | Path | None = None) -> ModuleType:
    """``module`` (e.g. ``"spatialvlm_ros.core.scene_builder"``) as it was at git ``ref``."""
    repo = Path(repo) if repo is not None else Path(__file__).resolve().parent.parent
    tmp = tempfile.TemporaryDirectory(prefix="ref_code_")
    _KEEP.append(tmp)
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", ref, PACKAGE, "config"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", tmp.name], input=archive, check=True)
    current = {k: v for k, v in sys.modules.items() if k == PACKAGE or k.startswith(PACKAGE + ".")}
    for k in current:
        del sys.modules[k]
    sys.path.insert(0, tmp.name)
    try:
        mod = importlib.import_module(module)
        # import every submodule the reference code may import lazily, while its path is first
        for name in [k for k in sys.modules if k.startswith(PACKAGE + ".")]:
            importlib.import_module(name)
    finally:
        sys.path.remove(tmp.name)
        for k in [k for k in sys.modules if k == PACKAGE or k.startswith(PACKAGE + ".")]:
            del sys.modules[k]
        sys.modules.update(current)
    return mod


def convert_config(cfg: object, ref_config_cls: type) -> object:
    """A reference-code config holding the fields of ``cfg`` that the reference knows."""
    known = {f.name for f in dataclasses.fields(ref_config_cls)}
    return ref_config_cls(**{k: v for k, v in dataclasses.asdict(cfg).items() if k in known})
