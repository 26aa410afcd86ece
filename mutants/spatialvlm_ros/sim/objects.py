"""Named tabletop objects: their shapes, true local extents, sampling and pybullet bodies.

Every object's body frame has its origin at the centre of its axis-aligned local
bounding box, z up when the object stands upright, so an upright object with yaw
``psi`` at ``position`` has the true gravity-aligned box
``Box3D(center=position, size=extents, yaw=psi)`` exactly. Meshes from pybullet_data
are rotated upright (``rpy_deg``), uniformly scaled to a sampled real height and
re-centred on their bounding box when the visual shape is created.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.spatial.transform import Rotation

from spatialvlm_ros.errors import ConfigError

log = logging.getLogger(__name__)


@dataclass
class ObjectSpec:
    """One object to place: its name, shape and metric dimensions.

    - ``shape``: "box" | "cylinder" | "sphere" | "mesh".
    - ``dims``: box: (x, y, z) edges; cylinder: (radius, height); sphere: (radius,);
      mesh: (scale,) applied to the mesh file's units.
    - ``extents``: (3,) true size of the local bounding box (x, y, z), metres.
    - ``mesh_file``: path of the .obj (meshes only); ``mesh_rpy``: radians, makes it upright;
      ``mesh_offset``: (3,) position of the mesh frame in the body frame.
    """

    name: str
    shape: str
    dims: tuple[float, ...]
    extents: np.ndarray
    rgba: tuple[float, float, float, float]
    mesh_file: str = ""
    mesh_rpy: tuple[float, float, float] = (0.0, 0.0, 0.0)
    mesh_offset: np.ndarray = field(default_factory=lambda: np.zeros(3))

    def to_dict(self) -> dict:
        d = {
            "name": self.name,
            "shape": self.shape,
            "dims": [float(x) for x in self.dims],
            "extents": [float(x) for x in self.extents],
            "rgba": [float(x) for x in self.rgba],
        }
        if self.shape == "mesh":
            d["mesh_file"] = Path(self.mesh_file).name
            d["mesh_rpy"] = [float(x) for x in self.mesh_rpy]
        return d

    @property
    def footprint_radius(self) -> float:
        """Radius of the circle circumscribing the footprint (any yaw)."""
        return float(np.hypot(self.extents[0], self.extents[1]) / 2.0)


def pybullet_data_path() -> Path:
    import pybullet_data

    return Path(pybullet_data.getDataPath())


@lru_cache(maxsize=16)
def _obj_vertices(path: str) -> np.ndarray:
    verts = []
    with open(path, "r", encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("v "):
                parts = line.split()
                verts.append([float(parts[1]), float(parts[2]), float(parts[3])])
    if not verts:
        raise ConfigError(f"sim config: mesh {path} has no vertices")
    return np.asarray(verts)


def mesh_geometry(path: Path, rpy: tuple[float, float, float], height: float) -> tuple[float, np.ndarray, np.ndarray]:
    """Scale, upright extents and frame offset of a mesh scaled to ``height`` metres.

    Returns ``(scale, extents (3,), offset (3,))``: the mesh frame must be placed at
    ``offset`` with orientation ``rpy`` in the body frame so that the body frame sits at
    the centre of the mesh's bounding box.
    """
    if not path.is_file():
        raise ConfigError(f"sim config: mesh file not found: {path}")
    v = Rotation.from_euler("xyz", rpy).apply(_obj_vertices(str(path)))
    lo, hi = v.min(axis=0), v.max(axis=0)
    raw_h = hi[2] - lo[2]
    if raw_h <= 0:
        raise ConfigError(f"sim config: mesh {path} is flat after rotation {rpy}")
    scale = height / raw_h
    extents = (hi - lo) * scale
    offset = -(hi + lo) / 2.0 * scale
    return float(scale), extents, offset


def _range(spec: dict, key: str, rng: np.random.Generator, name: str) -> float:
    if key not in spec:
        raise ConfigError(f"sim config: primitive {name!r} needs {key!r}")
    lo, hi = spec[key]
    return float(rng.uniform(lo, hi))


def make_primitive(kind: str, spec: dict, color: str, rgba: list[float], rng: np.random.Generator) -> ObjectSpec:
    """A coloured primitive named "<color> <kind>" with sampled dimensions."""
    shape = spec.get("shape")
    name = f"{color} {kind}"
    if shape == "box":
        if "edge" in spec:
            e = _range(spec, "edge", rng, kind)
            dims = (e, e, e)
        else:
            lo, hi = np.asarray(spec["size_min"], float), np.asarray(spec["size_max"], float)
            xyz = rng.uniform(lo, hi)
            dims = tuple(float(x) for x in xyz)
        extents = np.array(dims)
    elif shape == "cylinder":
        r, h = _range(spec, "radius", rng, kind), _range(spec, "height", rng, kind)
        dims = (r, h)
        extents = np.array([2 * r, 2 * r, h])
    elif shape == "sphere":
        r = _range(spec, "radius", rng, kind)
        dims = (r,)
        extents = np.array([2 * r] * 3)
    else:
        raise ConfigError(f"sim config: primitive {kind!r} has unknown shape {shape!r}")
    return ObjectSpec(name, shape, dims, extents, tuple(float(c) for c in rgba))


def make_mesh(name: str, spec: dict, rng: np.random.Generator) -> ObjectSpec:
    """A pybullet_data mesh object scaled to a sampled real height."""
    path = pybullet_data_path() / spec["file"]
    rpy = tuple(float(np.radians(a)) for a in spec.get("rpy_deg", (0, 0, 0)))
    lo, hi = spec["height"]
    scale, extents, offset = mesh_geometry(path, rpy, float(rng.uniform(lo, hi)))
    rgba = tuple(float(c) for c in spec.get("rgba", (0.8, 0.8, 0.8, 1.0)))
    return ObjectSpec(name, "mesh", (scale,), extents, rgba, str(path), rpy, offset)


def required_spec(name: str, rng: np.random.Generator, config) -> ObjectSpec:
    """The object called ``name``: a configured mesh ("mug") or "<colour> <kind>" ("red cube")."""
    key = " ".join(name.lower().split())
    if key in config.meshes:
        return make_mesh(key, config.meshes[key], rng)
    words = key.split(" ", 1)
    if len(words) == 2 and words[0] in config.colors and words[1] in config.primitives:
        return make_primitive(words[1], config.primitives[words[1]], words[0], config.colors[words[0]], rng)
    raise ConfigError(
        f"cannot make object {name!r}: not a mesh ({', '.join(sorted(config.meshes))}) nor "
        f"'<colour> <kind>' with colours {', '.join(sorted(config.colors))} and kinds "
        f"{', '.join(sorted(config.primitives))}"
    )


def sample_specs(rng: np.random.Generator, config, required: list[str] | None = None) -> list[ObjectSpec]:
    """Sample the scene's objects: a count in ``objects.count``, unique names.

    ``required`` names (see :func:`required_spec`) come first, in order; the count grows
    to hold them all and the rest are drawn at random.
    """
    oc = config.objects
    lo, hi = oc.get("count", [3, 6])
    n = int(rng.integers(int(lo), int(hi) + 1))
    colors = sorted(config.colors)
    kinds = sorted(config.primitives)
    meshes = sorted(config.meshes)
    max_meshes = int(oc.get("max_meshes", 0))
    p_mesh = float(oc.get("mesh_probability", 0.0))
    specs: list[ObjectSpec] = []
    used_colors: set[str] = set()
    used_kinds: set[str] = set()
    used_meshes: set[str] = set()
    for name in required or []:
        spec = required_spec(name, rng, config)
        if spec.name in {s.name for s in specs}:
            raise ConfigError(f"object {name!r} is required twice")
        specs.append(spec)
        if spec.shape == "mesh":
            used_meshes.add(spec.name)
        else:
            color, kind = spec.name.split(" ", 1)
            used_colors.add(color)
            used_kinds.add(kind)
    n = max(n, len(specs))
    while len(specs) < n:
        n_mesh = sum(s.shape == "mesh" for s in specs)
        free_meshes = [m for m in meshes if m not in used_meshes]
        if free_meshes and n_mesh < max_meshes and rng.random() < p_mesh:
            name = free_meshes[int(rng.integers(len(free_meshes)))]
            used_meshes.add(name)
            specs.append(make_mesh(name, config.meshes[name], rng))
            continue
        # distinct colours; kinds repeat only when all were used (names stay unique)
        free_colors = [c for c in colors if c not in used_colors] or colors
        free_kinds = [k for k in kinds if k not in used_kinds] or kinds
        color = free_colors[int(rng.integers(len(free_colors)))]
        kind = free_kinds[int(rng.integers(len(free_kinds)))]
        if f"{color} {kind}" in {s.name for s in specs}:
            continue
        used_colors.add(color)
        used_kinds.add(kind)
        specs.append(make_primitive(kind, config.primitives[kind], color, config.colors[color], rng))
    return specs


def create_body(client: int, spec: ObjectSpec, position, quaternion_xyzw, mass: float = 0.0) -> int:
    """Create the pybullet body of ``spec`` (its frame at the centre of its local box)."""
    import pybullet as p

    kw = {"physicsClientId": client}
    if spec.shape == "box":
        half = [d / 2.0 for d in spec.dims]
        vis = p.createVisualShape(p.GEOM_BOX, halfExtents=half, rgbaColor=spec.rgba, **kw)
        col = p.createCollisionShape(p.GEOM_BOX, halfExtents=half, **kw)
    elif spec.shape == "cylinder":
        r, h = spec.dims
        vis = p.createVisualShape(p.GEOM_CYLINDER, radius=r, length=h, rgbaColor=spec.rgba, **kw)
        col = p.createCollisionShape(p.GEOM_CYLINDER, radius=r, height=h, **kw)
    elif spec.shape == "sphere":
        (r,) = spec.dims
        vis = p.createVisualShape(p.GEOM_SPHERE, radius=r, rgbaColor=spec.rgba, **kw)
        col = p.createCollisionShape(p.GEOM_SPHERE, radius=r, **kw)
    elif spec.shape == "mesh":
        (s,) = spec.dims
        orn = p.getQuaternionFromEuler(spec.mesh_rpy)
        vis = p.createVisualShape(
            p.GEOM_MESH,
            fileName=spec.mesh_file,
            meshScale=[s, s, s],
            rgbaColor=spec.rgba,
            visualFramePosition=list(spec.mesh_offset),
            visualFrameOrientation=orn,
            **kw,
        )
        col = p.createCollisionShape(p.GEOM_BOX, halfExtents=list(spec.extents / 2.0), **kw)
    else:  # pragma: no cover - specs are built by make_primitive/make_mesh
        raise ConfigError(f"unknown shape {spec.shape!r}")
    return p.createMultiBody(
        baseMass=mass,
        baseCollisionShapeIndex=col,
        baseVisualShapeIndex=vis,
        basePosition=list(position),
        baseOrientation=list(quaternion_xyzw),
        **kw,
    )


def place_specs(
    specs: list[ObjectSpec], rng: np.random.Generator, config, table_z: float = 0.0,
    stack_rng: np.random.Generator | None = None,
) -> list[tuple[np.ndarray, float]]:
    """Non-overlapping upright placements ``(position (3,), yaw)`` in the world frame.

    Footprints are tested as circumscribed circles separated by ``objects.min_gap``;
    each object rests on the table top (its box bottom at ``table_z``), or, with
    probability ``objects.stack_probability`` (drawn from ``stack_rng``, default ``rng``),
    on top of an earlier box-shaped object whose top is wide enough to hold its whole
    footprint (one object per support, no towers).
    """
    oc = config.objects
    lo = np.asarray(oc.get("region_min", [0.3, -0.4]), float)
    hi = np.asarray(oc.get("region_max", [0.8, 0.4]), float)
    gap = float(oc.get("min_gap", 0.03))
    keepout = float(oc.get("robot_keepout", 0.2))
    max_tries = int(oc.get("max_tries", 400))
    stack_p = float(oc.get("stack_probability", 0.0))
    srng = stack_rng if stack_rng is not None else rng
    placed: list[tuple[np.ndarray, float]] = []
    busy: set[int] = set()  # supports and stacked objects
    for i, spec in enumerate(specs):
        r = spec.footprint_radius
        if stack_p > 0 and srng.random() < stack_p:
            supports = [
                j for j in range(i)
                if j not in busy and specs[j].shape == "box" and min(specs[j].extents[:2]) / 2 >= r + 0.005
            ]
            if supports:
                j = supports[int(srng.integers(len(supports)))]
                base = placed[j][0]
                slack = min(specs[j].extents[:2]) / 2 - r - 0.005
                ang, rad = srng.uniform(-np.pi, np.pi), slack * np.sqrt(srng.random())
                xy = base[:2] + rad * np.array([np.cos(ang), np.sin(ang)])
                z = base[2] + specs[j].extents[2] / 2 + spec.extents[2] / 2
                placed.append((np.array([xy[0], xy[1], z]), float(srng.uniform(-np.pi, np.pi))))
                busy.update((i, j))
                continue
        for _ in range(max_tries):
            xy = rng.uniform(lo, hi)
            if np.linalg.norm(xy) < keepout + r:
                continue
            if all(np.linalg.norm(xy - q[0][:2]) >= r + s.footprint_radius + gap for q, s in zip(placed, specs)):
                break
        else:
            raise ConfigError(
                f"sim config: could not place {spec.name!r} without overlap in {max_tries} tries; "
                "enlarge objects.region_* or lower objects.count"
            )
        yaw = float(rng.uniform(-np.pi, np.pi))
        placed.append((np.array([xy[0], xy[1], table_z + spec.extents[2] / 2.0]), yaw))
    return placed
