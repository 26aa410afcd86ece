"""The synthesis pipeline: inputs -> shards of spatial VQA samples, on Ray Data or in-process.

Work plan: the inputs are expanded and sorted by key (:mod:`.sources`), cut into
shards of ``shard_size`` inputs; a shard's id is ``<n>-<hash of its keys>``, so
the same input list always gives the same shards. A shard whose
``.done.json`` marker exists in ``OUT_DIR/shards`` is not redone (resume).
``OUT_DIR/manifest.json`` records a hash of the data config: rerunning into the
same directory with another config is refused (it would mix datasets).

Engines (same stage functions: :mod:`.readers`, :mod:`.model_stage`, :mod:`.packing`):

- ``local``: one process, a loop with a tqdm bar.
- ``ray``: Ray Data; load and geometry/templating stages are CPU tasks, the
  model stage (only when some input needs models) an actor pool with
  ``models.num_gpus`` GPUs each. The driver receives the rows in input order and
  writes each shard as soon as all its inputs are through, so an interrupted
  run keeps every finished shard.

Bad inputs never stop a run: they are counted per reason (:data:`.rows.SKIP_REASONS`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spatialvlm_ros.data import dataset as ds_io
from spatialvlm_ros.data.model_stage import ModelStage, models_configured
from spatialvlm_ros.data.packing import synth_stage
from spatialvlm_ros.data.readers import load_stage
from spatialvlm_ros.data.report import StageReport, format_report
from spatialvlm_ros.data.rows import make_row, plain_value, with_stage
from spatialvlm_ros.data.vision_stages import CaptionStage, FilterStage
from spatialvlm_ros.data.sources import InputItem, expand_inputs
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_path, load_config

log = logging.getLogger(__name__)

ENGINES = ("local", "ray")


@dataclass
class SynthConfig:
    """The data engine's configuration (``config/data.yaml``; see the comments there)."""

    seed: int = 0
    shard_size: int = 64
    format: str = "parquet"
    store_depth: bool = True
    store_masks: bool = True
    answers_from: str = "measured"
    min_objects: int = 2
    truth_min_visible_pixels: int = 50
    max_qa_per_image: int = 8
    composite_per_image: int = 0
    synthesis: str | None = None
    geometry: str | None = None
    sim: str | None = None
    bag: dict = field(default_factory=lambda: {"stride": 10, "max_frames": 0})
    image: dict = field(default_factory=lambda: {"fov_y_deg": 60.0, "vocabulary": []})
    models: dict = field(default_factory=lambda: {"grounding": None, "depth": None, "num_gpus": 0,
                                                  "concurrency": 1, "batch_size": 4})
    ray: dict = field(default_factory=lambda: {"num_cpus_per_task": 1, "preserve_order": True})
    filter: dict = field(default_factory=lambda: {"model": None, "threshold": 0.5, "batch_size": 8,
                                                  "num_gpus": 0, "concurrency": 1, "kinds": ["image"]})
    captioner: dict | None = None

    def __post_init__(self) -> None:
        if self.format not in ds_io.FORMATS:
            raise ConfigError(f"data config: format {self.format!r} must be one of {', '.join(ds_io.FORMATS)}")
        if self.answers_from not in ("measured", "truth"):
            raise ConfigError(f"data config: answers_from {self.answers_from!r} must be measured or truth")
        if int(self.composite_per_image) < 0:
            raise ConfigError("data config: composite_per_image must be >= 0")
        if int(self.shard_size) < 1:
            raise ConfigError("data config: shard_size must be >= 1")
        self._cache: dict = {}

    @classmethod
    def from_yaml(cls, path: str | None = None, **overrides) -> SynthConfig:
        data = load_config(path or "data.yaml")
        data.update({k: v for k, v in overrides.items() if v is not None})
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"data config: unknown key(s) {', '.join(unknown)}")
        defaults = cls()
        for k in ("bag", "image", "models", "ray", "filter"):
            if isinstance(data.get(k), dict):
                data[k] = {**getattr(defaults, k), **data[k]}
        return cls(**data)

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("_cache", None)
        return d

    def fingerprint(self) -> str:
        """Hash of everything that changes the samples (not of engine settings)."""
        d = self.to_dict()
        d.pop("ray", None)
        for sec in ("models", "filter", "captioner"):
            for k in ("num_gpus", "concurrency", "batch_size"):
                (d.get(sec) or {}).pop(k, None)
        for k in ("synthesis", "geometry", "sim"):  # hash the files' content, not their paths
            d[k] = _file_digest(d[k], {"synthesis": "synthesis.yaml", "geometry": "geometry.yaml",
                                       "sim": "sim.yaml"}[k])
        d["templates"] = _file_digest(None, "qa_templates.yaml")
        return hashlib.sha1(json.dumps(d, sort_keys=True, default=str).encode()).hexdigest()[:16]

    # lazily built configs of the other areas (cached per process)
    def synthesis_config(self):
        if "synthesis" not in self._cache:
            from spatialvlm_ros.core.synthesis import SynthesisConfig

            self._cache["synthesis"] = SynthesisConfig.from_yaml(self.synthesis)
        return self._cache["synthesis"]

    def geometry_config(self):
        if "geometry" not in self._cache:
            from spatialvlm_ros.core.geometry_config import GeometryConfig

            self._cache["geometry"] = GeometryConfig.from_yaml(self.geometry)
        return self._cache["geometry"]

    def sim_config(self):
        if "sim" not in self._cache:
            from spatialvlm_ros.sim.tabletop import SimConfig

            self._cache["sim"] = SimConfig.from_yaml(self.sim)
        return self._cache["sim"]

    def __getstate__(self) -> dict:  # ship to Ray workers without the cache
        state = dict(self.__dict__)
        state["_cache"] = {}
        return state


def _file_digest(path: str | None, default_name: str) -> str | None:
    """Hash of a YAML file's parsed content (comments and layout do not count)."""
    p = Path(path) if path else None
    if p is None:
        try:
            p = config_path(default_name)
        except ConfigError:
            return None
    try:
        from spatialvlm_ros.resources import load_yaml

        data = load_yaml(p)
    except ConfigError:
        return None if path is None else f"missing:{path}"
    return hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


@dataclass
class Shard:
    id: str
    items: list[InputItem]


def plan_shards(items: list[InputItem], shard_size: int) -> list[Shard]:
    """Cut the (sorted) items into shards with ids ``<n>-<sha1 of keys>``."""
    shards = []
    for n, start in enumerate(range(0, len(items), shard_size)):
        chunk = items[start:start + shard_size]
        h = hashlib.sha1("\n".join(i.key for i in chunk).encode("utf-8")).hexdigest()[:10]
        shards.append(Shard(f"{n:05d}-{h}", chunk))
    return shards


@dataclass
class SynthSummary:
    """What a run did. ``images_in`` counts inputs processed by this run (not resumed ones)."""

    out_dir: str
    engine: str
    inputs_total: int = 0
    shards_total: int = 0
    shards_written: int = 0
    shards_resumed: int = 0
    images_in: int = 0
    samples_out: int = 0
    qa_out: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    skip_examples: dict[str, str] = field(default_factory=dict)
    stale_shards: list[str] = field(default_factory=list)
    seconds: float = 0.0
    report: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    def format(self) -> str:
        lines = [
            f"synthesis ({self.engine}) -> {self.out_dir}",
            (f"  inputs: {self.inputs_total} in {self.shards_total} shard(s); "
             f"{self.shards_resumed} shard(s) already done, {self.shards_written} written now"),
            f"  images in: {self.images_in}   samples out: {self.samples_out}   QA pairs out: {self.qa_out}",
            f"  skipped: {sum(self.skipped.values())}"
            + "".join(f"\n    {r}: {n}  (e.g. {self.skip_examples.get(r, '')})" for r, n in sorted(self.skipped.items())),
            f"  time: {self.seconds:.1f} s",
        ]
        if self.report:
            lines.append(format_report(self.report))
        if self.stale_shards:
            lines.append(f"  note: {len(self.stale_shards)} shard(s) in the output are not part of this input list")
        return "\n".join(lines)


def _check_manifest(out: Path, cfg: SynthConfig) -> None:
    man = out / "manifest.json"
    fp = cfg.fingerprint()
    if man.is_file():
        try:
            old = json.loads(man.read_text())
        except json.JSONDecodeError:
            raise ConfigError(f"{man} is not valid JSON") from None
        if old.get("config_fingerprint") != fp:
            raise ConfigError(
                f"{out} was written with another data config (fingerprint {old.get('config_fingerprint')} != {fp});"
                " use a new output directory"
            )
        return
    out.mkdir(parents=True, exist_ok=True)
    tmp = man.with_suffix(".tmp")
    tmp.write_text(json.dumps({"config_fingerprint": fp, "config": cfg.to_dict(),
                               "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
                              indent=1, default=str))
    tmp.replace(man)


def run_synthesis(
    inputs: list[str] | list[InputItem],
    out_dir: str | Path,
    config: SynthConfig | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    progress: bool = True,
) -> SynthSummary:
    """Synthesise a dataset from ``inputs`` into ``out_dir`` (resuming finished shards)."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r} (use {' or '.join(ENGINES)})")
    cfg = config or SynthConfig.from_yaml()
    t0 = time.perf_counter()
    out = Path(out_dir)
    if inputs and isinstance(inputs[0], InputItem):
        items = sorted(inputs, key=lambda i: i.key)  # type: ignore[arg-type, union-attr]
    else:
        items = expand_inputs(list(inputs), int(cfg.bag.get("stride", 10)), int(cfg.bag.get("max_frames", 0)))
    _check_manifest(out, cfg)
    shards = plan_shards(items, int(cfg.shard_size))
    done = ds_io.completed_shards(out)
    planned = {s.id for s in shards}
    summary = SynthSummary(out_dir=str(out), engine=engine, inputs_total=len(items), shards_total=len(shards))
    summary.stale_shards = sorted(set(done) - planned)
    todo = [s for s in shards if s.id not in done]
    summary.shards_resumed = len(shards) - len(todo)
    if summary.shards_resumed:
        log.info("resuming: %d of %d shard(s) already written", summary.shards_resumed, len(shards))
    if todo:
        rows = [make_row(it, s.id, k) for s in todo for k, it in enumerate(s.items)]
        expected = {s.id: len(s.items) for s in todo}
        if engine == "local":
            stream = _run_local(rows, cfg)
        else:
            stream = _run_ray(rows, cfg, ray_address)
        report = StageReport()
        _collect(stream, expected, out, cfg, summary, progress, report)
        summary.report = report.to_dict()
        report.write(out)
    summary.seconds = time.perf_counter() - t0
    return summary


def _collect(stream: Iterable[dict], expected: dict[str, int], out: Path, cfg: SynthConfig,
             summary: SynthSummary, progress: bool, report: StageReport) -> None:
    """Buffer rows per shard; write each shard when all its rows have arrived."""
    from tqdm import tqdm

    buffers: dict[str, list[dict]] = {}
    skipped: Counter = Counter()
    bar = tqdm(total=sum(expected.values()), desc="synth", unit="img", disable=not progress)
    try:
        for row in stream:
            bar.update(1)
            buf = buffers.setdefault(row["shard"], [])
            buf.append(row)
            if len(buf) == expected[row["shard"]]:
                _write_shard(row["shard"], buffers.pop(row["shard"]), out, cfg, summary, skipped, report)
                bar.set_postfix(qa=summary.qa_out, skipped=sum(skipped.values()))
    finally:
        bar.close()
        summary.skipped = dict(sorted(skipped.items()))


def _write_shard(shard_id: str, rows: list[dict], out: Path, cfg: SynthConfig,
                 summary: SynthSummary, skipped: Counter, report: StageReport) -> None:
    rows.sort(key=lambda r: r["order"])
    samples = []
    reasons: Counter = Counter()
    for r in rows:
        if r["status"] == "ok":
            samples.append(pickle.loads(r["payload"]))
            report.add(r, len(samples[-1].qa), samples[-1].camera.get("intrinsics_source"))
        else:
            report.add(r)
            reasons[r["reason"]] += 1
            summary.skip_examples.setdefault(r["reason"], r["detail"])
            log.info("skipped %s: %s (%s)", r["key"], r["reason"], r["detail"])
    n_qa = sum(len(s.qa) for s in samples)
    shard_summary = {
        "inputs": len(rows),
        "samples": len(samples),
        "qa": n_qa,
        "skipped": dict(sorted(reasons.items())),
        "skipped_keys": {r["key"]: f"{r['reason']}: {r['detail']}" for r in rows if r["status"] != "ok"},
    }
    ds_io.write_shard(out, shard_id, samples, shard_summary, cfg.format)
    summary.shards_written += 1
    summary.images_in += len(rows)
    summary.samples_out += len(samples)
    summary.qa_out += n_qa
    skipped.update(reasons)


def load_task(row: dict, cfg: SynthConfig) -> dict:
    return with_stage(row, load_stage(row, cfg), "load")


def synth_task(row: dict, cfg: SynthConfig) -> dict:
    return with_stage(row, synth_stage(row, cfg), "synth")


def filter_on(cfg: SynthConfig) -> bool:
    return bool((cfg.filter or {}).get("model"))


def captioner_on(cfg: SynthConfig) -> bool:
    return bool(cfg.captioner)


def _run_local(rows: list[dict], cfg: SynthConfig) -> Iterator[dict]:
    """The same stages in one process; the actor stages get batches of their ``batch_size``."""
    stages = []
    if filter_on(cfg):
        stages.append((FilterStage(cfg.filter), int(cfg.filter.get("batch_size", 8))))
    if captioner_on(cfg):
        stages.append((CaptionStage(cfg.captioner), int((cfg.captioner or {}).get("batch_size", 4))))
    model_stage = ModelStage(cfg.models) if models_configured(cfg.models) else None
    bs = max([b for _, b in stages] + [1])
    for start in range(0, len(rows), bs):
        chunk = [load_task(r, cfg) for r in rows[start:start + bs]]
        for stage, b in stages:
            done: list[dict] = []
            for i in range(0, len(chunk), b):
                part = chunk[i:i + b]
                done += [with_stage(x, y, stage.name) for x, y in zip(part, stage.process_rows(part))]
            chunk = done
        for row in chunk:
            if model_stage is not None and row["status"] == "ok":
                row = with_stage(row, model_stage.process(row), "models")
            yield synth_task(row, cfg)


def stage_plan(cfg: SynthConfig) -> list[dict]:
    """The stages a run would execute, with their placement (no model is loaded)."""
    cpus = float(cfg.ray.get("num_cpus_per_task", 1))
    plan = [{"stage": "load", "runs_as": "task", "num_cpus": cpus}]
    for name, on, sec, model in (
        ("filter", filter_on(cfg), cfg.filter or {}, (cfg.filter or {}).get("model")),
        ("caption", captioner_on(cfg), cfg.captioner or {}, (cfg.captioner or {}).get("kind")),
        ("models", models_configured(cfg.models), cfg.models,
         ", ".join(f"{k}: {(cfg.models.get(k) or {}).get('detector') or (cfg.models.get(k) or {}).get('model')}"
                   for k in ("grounding", "depth") if cfg.models.get(k))),
    ):
        if on:
            plan.append({"stage": name, "runs_as": "actor pool", "model": model,
                         "batch_size": int(sec.get("batch_size", 4)), "num_gpus": float(sec.get("num_gpus", 0) or 0),
                         "concurrency": int(sec.get("concurrency", 1)), "num_cpus": cpus})
        else:
            plan.append({"stage": name, "runs_as": "off"})
    plan.append({"stage": "synth", "runs_as": "task", "num_cpus": cpus})
    return plan


def format_plan(plan: list[dict], engine: str, n_inputs: int, resources: dict | None = None) -> str:
    lines = [f"dry run: {n_inputs} input(s), engine {engine}"]
    for p in plan:
        if p["runs_as"] == "off":
            lines.append(f"  {p['stage']:<8} off")
        elif p["runs_as"] == "task":
            lines.append(f"  {p['stage']:<8} CPU task ({p['num_cpus']:g} CPU each)")
        else:
            lines.append(f"  {p['stage']:<8} {p['concurrency']} actor(s) x {p['num_gpus']:g} GPU, batch {p['batch_size']}"
                         f"  [{p['model']}]")
    if resources is not None:
        lines.append("  cluster: " + ", ".join(f"{k} {v:g}" for k, v in sorted(resources.items())
                                                if k in ("CPU", "GPU", "memory")))
        need = sum(p.get("num_gpus", 0) * p.get("concurrency", 1) for p in plan)
        if need > resources.get("GPU", 0):
            lines.append(f"  warning: the actor pools ask for {need:g} GPU(s), the cluster has {resources.get('GPU', 0):g}")
    return "\n".join(lines)


def dry_run(inputs: list[str], cfg: SynthConfig, engine: str = "local", ray_address: str | None = None) -> str:
    """The plan of a run (inputs counted, stages and placement) without running any model."""
    items = expand_inputs(list(inputs), int(cfg.bag.get("stride", 10)), int(cfg.bag.get("max_frames", 0)))
    resources = None
    if engine == "ray" and ray_address:
        import ray

        if not ray.is_initialized():
            ray.init(address=ray_address, log_to_driver=False)
        resources = dict(ray.cluster_resources())
    return format_plan(stage_plan(cfg), engine, len(items), resources)


def _run_ray(rows: list[dict], cfg: SynthConfig, ray_address: str | None) -> Iterator[dict]:
    import ray
    import ray.data

    if not ray.is_initialized():
        if ray_address:
            ray.init(address=ray_address, log_to_driver=False)
        else:
            ray.init(include_dashboard=False, log_to_driver=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = bool(cfg.ray.get("preserve_order", True))
    ctx.enable_progress_bars = False  # the driver shows one bar over inputs
    cpus = float(cfg.ray.get("num_cpus_per_task", 1))
    n_blocks = max(1, min(len(rows), 200))
    data = ray.data.from_items(rows, override_num_blocks=n_blocks)
    data = data.map(load_task, fn_kwargs={"cfg": cfg}, num_cpus=cpus)
    for on, cls, sec in ((filter_on(cfg), FilterStage, cfg.filter), (captioner_on(cfg), CaptionStage, cfg.captioner)):
        if on:
            sec = dict(sec or {})
            data = data.map_batches(
                cls, fn_constructor_kwargs={"section": sec}, batch_size=int(sec.get("batch_size", 4)),
                batch_format="numpy", concurrency=int(sec.get("concurrency", 1)),
                num_gpus=float(sec.get("num_gpus", 0) or 0), num_cpus=cpus,
            )
    if models_configured(cfg.models):
        m = cfg.models
        data = data.map_batches(
            ModelStage,
            fn_constructor_kwargs={"models_cfg": m},
            batch_size=int(m.get("batch_size", 4)),
            batch_format="numpy",
            concurrency=int(m.get("concurrency", 1)),
            num_gpus=float(m.get("num_gpus", 0) or 0),
            num_cpus=cpus,
        )
    data = data.map(synth_task, fn_kwargs={"cfg": cfg}, num_cpus=cpus)
    for row in data.iter_rows():
        yield {k: plain_value(v) for k, v in row.items()}
