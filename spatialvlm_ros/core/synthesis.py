"""Synthesis of spatial QA pairs from a metric scene graph (the paper's data engine, per scene).

For every object and every pair of objects of a :class:`SceneGraph` the true
answer of each question type is measured (:mod:`spatialvlm_ros.core.quantities`),
then about half qualitative (predicates, as yes/no or "which one") and half
quantitative questions are sampled and phrased with varied templates, units
and rounding (:mod:`spatialvlm_ros.core.templates`).

Correctness rules (a wrong answer is worse than no answer):

- kinds in :data:`GRAVITY_KINDS` (height, above, vertical distance...) only
  when ``scene.gravity_known`` (pose or validated support plane);
- predicates whose margin is a near-tie (``|margin| < tie_margin_m``, or for
  volumes ``< tie_volume_ratio`` of the larger volume) are skipped;
- direction only when B is at least ``min_direction_distance_m`` from A
  horizontally; elevation only for objects raised by ``min_elevation_m`` or
  more (resting objects would flood the data with "0 cm");
- objects sharing a name are renamed by a distinguishing attribute measured on
  the same geometry: position ("cup on the left"/"cup on the right",
  "leftmost/middle/rightmost cup", "nearer/farther cup", "lower/upper cup"
  with a known up) when the centres differ by at least
  ``disambiguation_margin_m``, else size ("smaller/bigger cup") when the volumes
  differ by ``disambiguation_volume_ratio``; otherwise every object of that
  name is skipped.

Each :class:`~spatialvlm_ros.core.qa.QAItem` carries the 3D evidence in ``metadata`` for auditing.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import numpy as np

from spatialvlm_ros.core.frame import normalize_name
from spatialvlm_ros.core.qa import QAItem
from spatialvlm_ros.core.quantities import MARGIN_UNIT, Measurement, measure_objects
from spatialvlm_ros.core.query import GRAVITY_KINDS, PREDICATES, QUANTITIES, SpatialQuery, n_objects
from spatialvlm_ros.core.scene import SceneGraph, SceneObject
from spatialvlm_ros.core.templates import TemplateBank
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_keys, load_config

log = logging.getLogger(__name__)


@dataclass
class SynthesisConfig:
    """Knobs of QA synthesis (see ``config/synthesis.yaml``; lengths in metres)."""

    max_qa_per_scene: int = 40
    qualitative_fraction: float = 0.5
    which_fraction: float = 0.5
    strict_balance: bool = True
    tie_margin_m: float = 0.02
    tie_volume_ratio: float = 0.2
    min_direction_distance_m: float = 0.05
    min_elevation_m: float = 0.01
    disambiguate: bool = True
    disambiguation_margin_m: float = 0.08
    disambiguation_volume_ratio: float = 2.0
    include_kinds: list[str] = field(default_factory=list)
    exclude_kinds: list[str] = field(default_factory=list)
    templates: str = "qa_templates.yaml"
    #: every length answer in this unit (a code of :mod:`spatialvlm_ros.core.units`: "cm", "m", "in", ...);
    #: "" phrases each answer in a random unit and spelling, as the paper's data engine does
    answer_unit: str = ""

    def __post_init__(self) -> None:
        if self.max_qa_per_scene < 0:
            raise ConfigError(f"synthesis: max_qa_per_scene must be >= 0, got {self.max_qa_per_scene}")
        for name in ("qualitative_fraction", "which_fraction"):
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ConfigError(f"synthesis: {name} must be in [0, 1], got {v}")
        for name in ("tie_margin_m", "tie_volume_ratio", "min_direction_distance_m", "min_elevation_m",
                     "disambiguation_margin_m", "disambiguation_volume_ratio"):
            if getattr(self, name) < 0:
                raise ConfigError(f"synthesis: {name} must be >= 0")
        if self.answer_unit:
            from spatialvlm_ros.core.units import LENGTH_UNITS

            if self.answer_unit not in LENGTH_UNITS:
                raise ConfigError(f"synthesis: answer_unit {self.answer_unit!r} is not one of {', '.join(LENGTH_UNITS)}")
        for k in list(self.include_kinds) + list(self.exclude_kinds):
            if k not in QUANTITIES and k not in PREDICATES:
                raise ConfigError(f"synthesis: unknown kind {k!r} in include_kinds/exclude_kinds")

    @classmethod
    def from_dict(cls, data: dict) -> SynthesisConfig:
        """From a mapping (a ``synthesis:`` section is unwrapped); unknown keys raise ConfigError."""
        data = config_keys(cls, data.get("synthesis", data) if isinstance(data, dict) else {}, "synthesis")
        data = {k: v for k, v in data.items() if v is not None}
        for k in ("include_kinds", "exclude_kinds"):
            if k in data:
                data[k] = list(data[k])
        try:
            return cls(**data)
        except TypeError as exc:  # pragma: no cover - guarded by the key check
            raise ConfigError(f"synthesis: {exc}") from None

    @classmethod
    def from_yaml(cls, path: str | Path | None = None) -> SynthesisConfig:
        """Read ``config/synthesis.yaml`` (or ``path``)."""
        return cls.from_dict(load_config(path if path is not None else "synthesis.yaml"))

    def kinds(self) -> list[str]:
        """The kinds this config asks for, in :mod:`query` order."""
        allk = list(QUANTITIES) + list(PREDICATES)
        inc = set(self.include_kinds) or set(allk)
        return [k for k in allk if k in inc and k not in set(self.exclude_kinds)]


# ---------------------------------------------------------------------------- names

def _distinguish(objs: list[SceneObject], scene: SceneGraph,
                 config: SynthesisConfig) -> tuple[list[str], list[SceneObject]] | None:
    """New names for objects sharing a name, in the order of ``ordered``; None if they cannot be told apart.

    Tried in turn: left/right (2 or 3 objects, centres apart by the margin along the
    viewer's right axis), nearer/farther (along the viewer's forward axis), lower/upper
    (vertical, only with a known up), smaller/bigger (volume ratio).
    """
    base = objs[0].name.strip()
    m = config.disambiguation_margin_m
    R, F = scene.viewer.right, scene.viewer.forward

    def spread(key) -> tuple[list[SceneObject], bool]:
        ordered = sorted(objs, key=key)
        return ordered, bool(np.all(np.diff([key(o) for o in ordered]) >= m))

    ordered, ok = spread(lambda o: float(o.center @ R))
    if ok:
        if len(objs) == 2:
            return [f"{base} on the left", f"{base} on the right"], ordered
        return [f"leftmost {base}", f"middle {base}", f"rightmost {base}"], ordered
    if len(objs) != 2:
        return None
    ordered, ok = spread(lambda o: float(o.center @ F))
    if ok:
        return [f"nearer {base}", f"farther {base}"], ordered
    if scene.gravity_known:
        ordered, ok = spread(lambda o: float(o.center[2]))
        if ok:
            return [f"lower {base}", f"upper {base}"], ordered
    ordered = sorted(objs, key=lambda o: o.box.volume)
    if ordered[1].box.volume >= config.disambiguation_volume_ratio * max(ordered[0].box.volume, 1e-12):
        return [f"smaller {base}", f"bigger {base}"], ordered
    return None


def resolve_names(scene: SceneGraph, config: SynthesisConfig) -> tuple[list[SceneObject], dict[int, str]]:
    """Objects usable for QA, renamed uniquely where needed (see :func:`_distinguish`).

    Returns (objects with unique names, {object id: original name} for renamed
    ones). Objects sharing a name that cannot be told apart are left out.
    """
    groups: dict[str, list[SceneObject]] = {}
    for o in scene.objects:
        groups.setdefault(normalize_name(o.name), []).append(o)
    taken = set(groups)
    out: list[SceneObject] = []
    renamed: dict[int, str] = {}
    for key, objs in groups.items():
        if len(objs) == 1:
            out.append(objs[0])
            continue
        found = _distinguish(objs, scene, config) if config.disambiguate and len(objs) <= 3 else None
        if found is None or any(normalize_name(n) in taken for n in found[0]):
            log.debug("skipping %d objects named %r: cannot tell them apart", len(objs), key)
            continue
        for o, n in zip(found[1], found[0]):
            out.append(dataclasses.replace(o, name=n))
            renamed[o.id] = o.name
            taken.add(normalize_name(n))
    out.sort(key=lambda o: o.id)
    return out, renamed


# ---------------------------------------------------------------------------- synthesis

def _is_tie(kind: str, meas: Measurement, a: SceneObject, b: SceneObject, config: SynthesisConfig) -> bool:
    margin = abs(float(meas.margin_m))
    if MARGIN_UNIT[kind] == "m3":
        return margin < config.tie_volume_ratio * max(a.box.volume, b.box.volume, 1e-12)
    return margin < config.tie_margin_m


def _candidates(scene: SceneGraph, objs: list[SceneObject], config: SynthesisConfig,
                rng: np.random.Generator) -> tuple[list[tuple], list[tuple], dict[str, int]]:
    """(quantitative, qualitative) candidates as (kind, form, objects, measurement); skip counts."""
    kinds = [k for k in config.kinds() if scene.gravity_known or k not in GRAVITY_KINDS]
    skipped = {"gravity": len(config.kinds()) - len(kinds), "tie": 0, "direction": 0, "resting": 0}
    quant: list[tuple] = []
    qual: list[tuple] = []
    for o in objs:
        for k in kinds:
            if k in QUANTITIES and n_objects(k) == 1:
                meas = measure_objects(scene, k, (o,))
                if k == "elevation" and meas.value_m < config.min_elevation_m:
                    skipped["resting"] += 1
                    continue
                quant.append((k, "value", (o,), meas))
    for a, b in combinations(objs, 2):
        if rng.random() < 0.5:
            a, b = b, a
        for k in kinds:
            if k in QUANTITIES and n_objects(k) == 2:
                if k == "direction" and float(np.linalg.norm((b.center - a.center)[:2])) < config.min_direction_distance_m:
                    skipped["direction"] += 1
                    continue
                quant.append((k, "value", (a, b), measure_objects(scene, k, (a, b))))
            elif k in PREDICATES:
                form = "which" if rng.random() < config.which_fraction else "yesno"
                meas = measure_objects(scene, k, (a, b), form)
                if _is_tie(k, meas, a, b, config):
                    skipped["tie"] += 1
                    continue
                qual.append((k, form, (a, b), meas))
    return quant, qual, skipped


def _split(n_quant_avail: int, n_qual_avail: int, config: SynthesisConfig) -> tuple[int, int]:
    """(qualitative, quantitative) counts: ``qualitative_fraction`` of at most
    ``max_qa_per_scene``; with ``strict_balance`` the short side limits the other (when
    one side has no candidate at all, the other keeps its own share of the maximum)."""
    f = config.qualitative_fraction
    n_total = min(config.max_qa_per_scene, n_quant_avail + n_qual_avail)
    n_qual = min(n_qual_avail, round(n_total * f))
    n_quant = min(n_quant_avail, n_total - n_qual)
    if config.strict_balance and 0.0 < f < 1.0 and (n_quant_avail == 0 or n_qual_avail == 0):
        # one side impossible (e.g. a single object): the other keeps only its own share
        return min(n_qual, round(config.max_qa_per_scene * f)), min(n_quant, round(config.max_qa_per_scene * (1 - f)))
    if config.strict_balance and 0.0 < f < 1.0:
        n_quant = min(n_quant, round(n_qual * (1.0 - f) / f)) if n_qual < round(n_total * f) else n_quant
        n_qual = min(n_qual, round(n_quant * f / (1.0 - f))) if n_quant < n_total - round(n_total * f) else n_qual
    return n_qual, n_quant


def synthesize_qa(scene: SceneGraph, rng: np.random.Generator, config: SynthesisConfig | None = None,
                  bank: TemplateBank | None = None) -> list[QAItem]:
    """QA pairs about ``scene`` (see the module docstring); deterministic for a given rng state."""
    config = config or SynthesisConfig()
    bank = bank or _default_bank(config.templates)
    objs, renamed = resolve_names(scene, config)
    quant, qual, skipped = _candidates(scene, objs, config, rng)
    n_qual, n_quant = _split(len(quant), len(qual), config)
    pick_q = [quant[i] for i in sorted(rng.choice(len(quant), size=n_quant, replace=False))] if n_quant else []
    pick_l = [qual[i] for i in sorted(rng.choice(len(qual), size=n_qual, replace=False))] if n_qual else []
    chosen = pick_q + pick_l
    order = rng.permutation(len(chosen))
    pairs = [_make_pair(scene, bank, *chosen[i], renamed=renamed, rng=rng,  # type: ignore[misc]  # star-args
                        answer_unit=config.answer_unit)
             for i in order]
    log.debug("scene %s: %d QA pairs (%d quantitative, %d qualitative); skipped %s",
              scene.stamp_ns, len(pairs), n_quant, n_qual, skipped)
    return pairs


def _make_pair(scene: SceneGraph, bank: TemplateBank, kind: str, form: str, objs: tuple[SceneObject, ...],
               meas: Measurement, renamed: dict[int, str], rng: np.random.Generator,
               answer_unit: str = "") -> QAItem:
    names = tuple(o.name for o in objs)
    qi = int(rng.integers(len(bank.questions[(kind, form)])))
    question = bank.question(kind, form, names, index=qi)
    query = SpatialQuery(kind, names, form, question, unit=answer_unit)  # unit: how the answer is phrased
    answer, unit, ai = bank.answer_detail(query, meas, rng)
    metadata = {
        "kind": kind,
        "form": form,
        "objects": list(names),
        "object_ids": [int(o.id) for o in objs],
        "original_names": [renamed.get(o.id, o.name) for o in objs],
        "boxes": [o.box.to_dict() for o in objs],
        "measurement": meas.to_dict(),
        "margin_m": meas.margin_m,
        "margin_unit": MARGIN_UNIT.get(kind),
        "unit": unit,
        "question_template": qi,
        "answer_template": ai,
        "frame_id": scene.frame_id,
        "gravity_source": scene.gravity_source,
        "gravity_known": scene.gravity_known,
        "stamp_ns": int(scene.stamp_ns),
    }
    return QAItem.from_query(query, question, answer, value_m=meas.value_m, value_deg=meas.value_deg,
                             clock=meas.clock, truth=meas.truth, metadata=metadata)


_BANKS: dict[str, TemplateBank] = {}


def _default_bank(name: str) -> TemplateBank:
    if name not in _BANKS:
        from spatialvlm_ros.resources import config_path

        p = Path(name)
        _BANKS[name] = TemplateBank.load(p if p.is_file() else config_path(name))
    return _BANKS[name]
