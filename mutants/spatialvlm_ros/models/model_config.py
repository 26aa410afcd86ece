"""Model configuration files (``config/models/*.yaml``): which models the estimators use.

Layout (every section optional except ``vlm`` for the vlm/hybrid backends)::

    vlm:        # VLMConfig keys: model, revision, local_files_only, device, dtype, load_in_4bit,
                #   trust_remote_code, max_new_tokens, batch_size, prompt{name, system, ...}, processor_kwargs
    hybrid:     # HybridConfig keys: disagreement_ratio, on_disagreement, geometry_weight, vlm_weight, ...
    geometry:
      config:     null   # geometry YAML (default config/geometry.yaml)
      grounding:  null   # GroundingConfig keys: detector, detector_type, segmenter, score_threshold, ...
      depth:      null   # DepthConfig keys: model, max_depth_m, reference_fx_px, ...

:func:`load_model_config` reads a file (a path, or a name under ``config/``);
the CLI's ``--model`` may be a checkpoint folder / hub id (it replaces
``vlm.model``) or itself a model config file.
"""

from __future__ import annotations

from pathlib import Path

from spatialvlm_ros.errors import ConfigError

#: The model config used when none is given (a name under ``config/``).
DEFAULT_MODEL_CONFIG = "models/default.yaml"
SECTIONS = ("vlm", "hybrid", "geometry")


def read_model_config(config: str | Path | None = None, checkpoint: str | None = None,
                      device: str | None = None) -> dict:
    """The model configuration mapping of the file ``config`` (default :data:`DEFAULT_MODEL_CONFIG`).

    ``checkpoint`` (a folder or hub id) replaces ``vlm.model``; ``device`` replaces
    ``vlm.device`` (both in memory: nothing is written).
    """
    from spatialvlm_ros.resources import load_config

    data = load_config(config or DEFAULT_MODEL_CONFIG)
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ConfigError(
            f"model config {config or DEFAULT_MODEL_CONFIG}: unknown section(s) {', '.join(unknown)}"
        )
    data = {k: (dict(v) if isinstance(v, dict) else v) for k, v in data.items()}
    for key, value in (("model", checkpoint), ("device", device)):
        if value:
            vlm = dict(data.get("vlm") or {})
            vlm[key] = value
            data["vlm"] = vlm
    return data


def resolve_model_argument(config: str | None, model: str | None) -> tuple[str | None, str | None]:
    """The CLI's ``--config``/``--model`` pair as ``(model config file, checkpoint)``.

    ``model``: a ``.yaml``/``.yml`` file is the model config itself; anything else (a
    folder or hub id) is the checkpoint.
    """
    if model and Path(model).suffix.lower() in (".yaml", ".yml"):
        if config:
            raise ConfigError("give the model config either as --model FILE.yaml or as --config, not both")
        return model, None
    return config, model


def load_model_config(config: str | None = None, model: str | None = None) -> dict:
    """:func:`read_model_config` of the CLI's ``--config``/``--model`` pair (see
    :func:`resolve_model_argument`)."""
    config_file, checkpoint = resolve_model_argument(config, model)
    return read_model_config(config_file, checkpoint)


def build_geometry_plugins(data: dict) -> tuple[object | None, object | None]:
    """``(grounder, depth_model)`` from the ``geometry`` section (``None`` where not configured)."""
    geo = data.get("geometry") or {}
    if not isinstance(geo, dict):
        raise ConfigError("model config: 'geometry' must be a mapping")
    grounder = depth_model = None
    if geo.get("grounding"):
        from spatialvlm_ros.models.grounding import Grounder

        grounder = Grounder(geo["grounding"])
    if geo.get("depth"):
        from spatialvlm_ros.models.depth import MonoDepthModel

        depth_model = MonoDepthModel(geo["depth"])
    return grounder, depth_model


def geometry_config_path(data: dict) -> str | None:
    """The geometry YAML named by ``geometry.config`` (``None``: the default)."""
    geo = data.get("geometry") or {}
    return geo.get("config") if isinstance(geo, dict) else None
