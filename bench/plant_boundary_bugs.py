"""Plant the bugs that issue #10 says the suite missed, one at a time, and check test_boundaries.py catches each.

Run: PYTHONPATH=$PWD .venv/bin/python bench/plant_boundary_bugs.py (restores every file it touches).
"""

import subprocess
import sys
from pathlib import Path
MUT = [
 ("spatialvlm_ros/core/reward.py", "success = error <= t.success_tolerance_m", "success = error < t.success_tolerance_m"),
 ("spatialvlm_ros/core/goal_types.py", "if p[i] < lo:", "if p[i] <= lo:"),
 ("spatialvlm_ros/core/goal_types.py", "if p[i] > hi:", "if p[i] >= hi:"),
 ("spatialvlm_ros/ros/tf_buffer.py", "m = edge.at(stamp_ns, self.tolerance_ns) @ m", "m = m @ edge.at(stamp_ns, self.tolerance_ns)"),
 ("spatialvlm_ros/core/boxes.py", "uc, vc = (u0 + u1) / 2.0, (v0 + v1) / 2.0", "uc, vc = u.mean(), v.mean()"),
 ("spatialvlm_ros/core/depth.py", "x = (np.asarray(u, dtype=np.float64) - intrinsics.cx) / intrinsics.fx", "x = (np.asarray(u, dtype=np.float64) + 1 - intrinsics.cx) / intrinsics.fx"),
]
for path, a, b in MUT:
    p = Path(path); src = p.read_text(); assert src.count(a) == 1, (path, a)
    p.write_text(src.replace(a, b))
    try:
        rc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "test/test_boundaries.py"], capture_output=True).returncode
    finally:
        p.write_text(src)
    print("caught" if rc else "MISSED", path, b)
