"""Bounds on inputs and on the work that grows with them (stated in the README, "Reliability").

Inputs beyond these raise :class:`~spatialvlm_ros.errors.InputError` before
any expensive work (decoding, allocating, per-object geometry) starts.
"""

from __future__ import annotations

#: Largest image side (pixels) and image area (pixels) accepted: checked from
#: camera info and from PNG/NPY headers before any pixel is decoded.
MAX_IMAGE_SIDE = 8192
MAX_IMAGE_PIXELS = 8192 * 4096

#: Most named objects in one frame (objects.json, instance masks).
MAX_OBJECTS = 256

#: Longest question / instruction text (characters).
MAX_QUESTION_CHARS = 2000

#: Largest YAML/JSON file of a scene directory or parameter file (bytes), and the
#: deepest nesting and most nodes (after YAML alias expansion) accepted in one.
MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024
MAX_NESTING = 32
MAX_NODES = 1_000_000

#: Physically plausible cameras: field of view (each axis, degrees) and how far
#: the principal point may lie outside the image (a fraction of its size, each side).
MIN_FOV_DEG = 1.0
MAX_FOV_DEG = 175.0
PRINCIPAL_POINT_MARGIN = 0.5

#: Largest camera / TF translation accepted (metres): a robot's world is smaller than 10 km.
MAX_TRANSLATION_M = 10_000.0
