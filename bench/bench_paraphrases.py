"""Paraphrase bench: how many questions, asked as people ask them, are read as the right query and answered
in the unit they asked for.

    python bench/bench_paraphrases.py [--list-failures]

The questions are ``bench/paraphrases.yaml`` (written by hand, separately from the template bank) about the
README's scene, rendered here exactly as ``spatialvlm sim out/scene --seed 3 --object "red cube"`` does. Each
is matched with the template bank (:meth:`TemplateBank.match`, the same path as ``spatialvlm ask`` and the
query service) and, when it asks for a length, answered by the geometry backend:

- *parsed right*: the query's kind, form and objects are the expected ones; for ``unknown`` rows an
  UnknownObjectError, for ``ambiguous`` rows (asked on the scene plus a blue box and a green cube) an
  AmbiguousObjectError that lists every expected candidate;
- *answered in the requested unit*: of the length questions, the share whose answer text and ``unit`` field
  are in the unit asked for (the configured default when none) and whose answer text reads back (within
  5 %) as the estimate's ``value_m``.

Accuracy of the values themselves is bench_geometry_accuracy.py's job, not this one's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import yaml
from machine import cpu_model

from spatialvlm_ros.cli.main import main as cli_main
from spatialvlm_ros.core.answer_parsing import parse_quantity
from spatialvlm_ros.core.query import COMPOSITE_QUANTITIES, QUANTITIES, QUESTION_TYPES, SpatialQuery
from spatialvlm_ros.core.templates import TemplateBank
from spatialvlm_ros.core.units import default_unit
from spatialvlm_ros.errors import AmbiguousObjectError, SpatialVLMError, UnknownObjectError

HERE = Path(__file__).resolve().parent
AMBIGUOUS_EXTRA = ["blue box", "green cube"]


def expected_unit(requested: str, value_m: float) -> str:
    """The unit an answer must use: the requested one, else the configured default (systems resolved)."""
    u = requested or default_unit()
    if u in ("auto", "metric"):
        return "cm" if value_m < 1.0 else "m"
    if u == "imperial":
        return "in" if value_m < 3 * 0.3048 else "ft"
    return u


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", default=str(HERE / "paraphrases.yaml"))
    ap.add_argument("--list-failures", action="store_true", help="print every question that failed")
    args = ap.parse_args()
    rows = yaml.safe_load(Path(args.questions).read_text(encoding="utf-8"))["questions"]

    from spatialvlm_ros.estimators.factory import build_estimator
    from spatialvlm_ros.io.scene_dir import read_scene_dir

    with tempfile.TemporaryDirectory() as tmp:
        if cli_main(["sim", f"{tmp}/scene", "--seed", "3", "--object", "red cube"]) != 0:
            raise SystemExit("could not render the README scene")
        frame = read_scene_dir(f"{tmp}/scene")
    names = sorted(set(frame.segmentation.names.values()))
    bank = TemplateBank.load()
    estimator = build_estimator("geometry")
    types = {(k, f) for k, f in QUESTION_TYPES}

    parsed_ok, unit_ok, unit_n = 0, 0, 0
    covered: set[tuple[str, str]] = set()
    failures: list[str] = []
    t0 = time.perf_counter()
    for question, kind, form, objects, unit in rows:
        objects = list(objects or [])
        scene_names = names + AMBIGUOUS_EXTRA if kind == "ambiguous" else names
        try:
            q = bank.match(question, scene_names)
        except AmbiguousObjectError as exc:
            ok = kind == "ambiguous" and all(o in str(exc) for o in objects)
            parsed_ok += ok
            if not ok:
                failures.append(f"{question!r}: expected {kind} {objects}, got ambiguity: {exc}")
            continue
        except UnknownObjectError as exc:
            parsed_ok += kind == "unknown"
            if kind != "unknown":
                failures.append(f"{question!r}: expected {kind} {objects}, got: {exc}")
            continue
        except SpatialVLMError as exc:
            failures.append(f"{question!r}: expected {kind} {objects}, got: {exc}")
            if kind in QUANTITIES + COMPOSITE_QUANTITIES and kind != "direction":
                unit_n += 1
            continue
        ok = (q.kind, q.form, list(q.objects)) == (kind, form, objects)
        parsed_ok += ok
        if ok:
            covered.add((kind, form))
        else:
            failures.append(f"{question!r}: expected {kind}/{form} {objects}, got {q.kind}/{q.form} {list(q.objects)}")
        if kind in QUANTITIES + COMPOSITE_QUANTITIES and kind != "direction":
            unit_n += 1
            est = estimator.estimate(frame, q if ok else SpatialQuery(kind, tuple(objects), form, question))
            if not ok or not est.valid:
                failures.append(f"{question!r}: no answer in a unit ({est.reason or 'query read wrong'})")
                continue
            want = expected_unit(unit, est.value_m)
            text = est.answer.split(" (width")[0]
            said = parse_quantity(text.split(" × ")[-1]) if kind == "size" else parse_quantity(text)
            good = est.unit == want and said.unit == want
            if kind != "size":
                good = good and abs(said.value_m - est.value_m) <= 0.05 * est.value_m + 0.0006
            unit_ok += good
            if not good:
                failures.append(f"{question!r}: answer {est.answer!r} ({est.unit}), expected unit {want}")
    elapsed = time.perf_counter() - t0
    n = len(rows)
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print(f"questions: {n} ({len(covered & types)} of the 38 question types parsed right at least once, "
          f"{sum(r[1] in ('unknown', 'ambiguous') for r in rows)} unknown/ambiguous references)")
    print(f"parsed to the right query: {parsed_ok}/{n} = {100.0 * parsed_ok / n:.1f} %")
    print(f"answered in the requested unit: {unit_ok}/{unit_n} = {100.0 * unit_ok / max(unit_n, 1):.1f} %")
    print(f"time: {1000.0 * elapsed / n:.1f} ms per question (matching + geometry answer)")
    missing = sorted(types - covered)
    if missing:
        print("types never parsed right: " + ", ".join(f"{k}/{f}" for k, f in missing))
    if failures:
        print(f"failures ({len(failures)}):")
        for f in failures if args.list_failures else failures[:15]:
            print(f"  {f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
