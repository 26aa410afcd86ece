"""The type check: mypy over the package with the settings of pyproject.toml ([tool.mypy]).

Part of ``make test`` (and so of CI). mypy is in the ``test`` extra of setup.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_type_checks() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert "No module named mypy" not in proc.stderr, "mypy is not installed: pip install -e '.[test]'"
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "Success: no issues found" in proc.stdout


def test_the_package_is_marked_typed() -> None:
    assert (ROOT / "spatialvlm_ros" / "py.typed").is_file()
