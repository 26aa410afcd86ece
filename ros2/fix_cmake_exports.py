"""Point the ROS 2 wheels' exported CMake targets at this interpreter (run by ``make setup``).

The ``ros-jazzy-*`` wheels were built in a manylinux image: their ``share/**/*Export.cmake`` files
name that image's Python include directory (``/opt/python/cp311-cp311/include/python3.11``) and
NumPy include directory, which do not exist here, and CMake refuses an imported target with a
non-existent include path. This rewrites both to ``sysconfig``'s include directory and NUMPY_INCLUDE
(default ``numpy.get_include()`` of the running Python). ``make setup`` passes a link to NumPy's
include directory outside the repository: with ``.venv`` inside the repository, a NumPy path there is
"prefixed in the source directory" of this package and CMake refuses to export it. Idempotent (an
earlier rewrite is rewritten again); prints what it changed.

Usage: ``python ros2/fix_cmake_exports.py PREFIX [NUMPY_INCLUDE]`` (PREFIX: the venv with the wheels).
"""

from __future__ import annotations

import re
import sys
import sysconfig
from pathlib import Path

#: the wheel builder's Python include dir and NumPy include dir (any cp3XX manylinux image)
PY_INCLUDE = re.compile(r"/opt/python/cp3\d+-cp3\d+t?/include/python3\.\d+t?")
NP_INCLUDE = re.compile(r"[^;\"\s]*/site-packages/numpy/(?:_core|core)/include|[^;\"\s]*/numpy-include-[0-9a-f]+")


def fix(prefix: Path, numpy_include: str | None = None) -> int:
    """Rewrite every ``*.cmake`` under ``prefix/share``; the number of files changed."""
    import numpy

    py_inc, np_inc = sysconfig.get_paths()["include"], numpy_include or numpy.get_include()
    changed = 0
    for path in sorted((prefix / "share").rglob("*.cmake")):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        new = NP_INCLUDE.sub(np_inc, PY_INCLUDE.sub(py_inc, text))
        if new != text:
            path.write_text(new, encoding="utf-8", errors="surrogateescape")
            changed += 1
    return changed


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or not (Path(argv[1]) / "share").is_dir():
        print("usage: fix_cmake_exports.py PREFIX [NUMPY_INCLUDE] (PREFIX: share/ holds the ROS 2 wheels)",
              file=sys.stderr)
        return 2
    n = fix(Path(argv[1]), argv[2] if len(argv) == 3 else None)
    print(f"ROS 2 CMake exports: {n} file(s) pointed at this Python's include dirs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
