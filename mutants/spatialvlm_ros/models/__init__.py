"""transformers models behind the estimators (torch and transformers are imported lazily).

- :mod:`~spatialvlm_ros.models.vlm`: the VLM backend (Qwen2-VL / Qwen2.5-VL / LLaVA by config).
- :mod:`~spatialvlm_ros.models.prompting`: spatial prompts and the chat layout ``chat_messages``.
- :mod:`~spatialvlm_ros.models.grounding`: OWLv2 / Grounding DINO boxes + SAM v1 masks -> ``Segmentation``.
- :mod:`~spatialvlm_ros.models.depth`: monocular metric depth -> HxW metres.
- :mod:`~spatialvlm_ros.models.model_config`: the model config files ``config/models/*.yaml``.

Tiny random models for tests are :mod:`spatialvlm_ros.testing.tiny_models`.
"""
