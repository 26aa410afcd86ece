"""Spatial prompts in the style the spatial VLMs were trained on.

Styles (``prompt_style`` in a model config):

- ``"plain"``: the question alone as the user turn, e.g. "How far is the red
  cup from the gripper?" - how SpatialVLM-style data (SpaceLLaVA,
  SpaceQwen2.5-VL) phrases questions; the model answers in free text with a
  unit ("About 35 cm").
- ``"think"``: SpaceThinker's reasoning format - a system prompt asking for
  ``<think>...</think> <answer>...</answer>``; only the answer part is parsed
  (:func:`spatialvlm_ros.core.answer_parsing.answer_part`).

:func:`chat_messages` is the single chat layout used for prompting *and*
fine-tuning (the data engine builds its training conversations with it), so a
fine-tuned model sees at inference exactly what it was trained on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spatialvlm_ros.core.query import PREDICATES, SpatialQuery
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_fields

THINK_SYSTEM_PROMPT = (
    "You are a helpful assistant that reasons about space in images. First think about the question "
    "step by step inside <think> </think> tags, then give the final answer with a number and a unit "
    "inside <answer> </answer> tags."
)

PROMPT_STYLES = ("plain", "think")


def chat_messages(
    image: Any, question: str, answer: str | None = None, system: str | None = None
) -> list[dict]:
    """The chat ``messages`` of one spatial question about one image.

    Layout (the transformers multimodal chat format)::

        [{"role": "system", "content": [{"type": "text", "text": system}]},       # only if system
         {"role": "user", "content": [{"type": "image", "image": image},          # "image" key only if not None
                                      {"type": "text", "text": question}]},
         {"role": "assistant", "content": [{"type": "text", "text": answer}]}]    # only if answer

    ``image`` is a PIL image or an HxWx3 uint8 array (or ``None`` when only the
    text layout is needed); the image always comes before the question.
    """
    messages: list[dict] = []
    if system:
        messages.append({"role": "system", "content": [{"type": "text", "text": system}]})
    image_part: dict = {"type": "image"}
    if image is not None:
        image_part["image"] = image
    messages.append({"role": "user", "content": [image_part, {"type": "text", "text": question}]})
    if answer is not None:
        messages.append({"role": "assistant", "content": [{"type": "text", "text": answer}]})
    return messages


# Chat templates for checkpoints that ship none (the first llava-hf LLaVA-1.5 revisions): the
# prompt formats the families were trained with, in the transformers multimodal message layout.
#: LLaVA-1.5 (Vicuna v1): "USER: <image>\nQUESTION ASSISTANT:" (system text first when given).
LLAVA_1_5_FALLBACK_TEMPLATE = (
    "{% for m in messages %}{% if m['role'] == 'system' %}"
    "{% for c in m['content'] %}{% if c['type'] == 'text' %}{{ c['text'] }} {% endif %}{% endfor %}"
    "{% elif m['role'] == 'user' %}USER: "
    "{% for c in m['content'] %}{% if c['type'] == 'image' %}<image>\n{% endif %}{% endfor %}"
    "{% for c in m['content'] %}{% if c['type'] == 'text' %}{{ c['text'] }}{% endif %}{% endfor %} "
    "{% else %}ASSISTANT: {% for c in m['content'] %}{% if c['type'] == 'text' %}{{ c['text'] }}{% endif %}"
    "{% endfor %}</s>{% endif %}{% endfor %}{% if add_generation_prompt %}ASSISTANT:{% endif %}"
)
#: Qwen2-VL / Qwen2.5-VL (ChatML with vision markers).
QWEN_VL_FALLBACK_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n"
    "{% if m['content'] is string %}{{ m['content'] }}{% else %}"
    "{% for c in m['content'] %}{% if c['type'] == 'image' %}<|vision_start|><|image_pad|><|vision_end|>"
    "{% elif c['type'] == 'text' %}{{ c['text'] }}{% endif %}{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
#: model_type -> the chat template used when a checkpoint has none.
FALLBACK_CHAT_TEMPLATES = {
    "llava": LLAVA_1_5_FALLBACK_TEMPLATE,
    "qwen2_vl": QWEN_VL_FALLBACK_TEMPLATE,
    "qwen2_5_vl": QWEN_VL_FALLBACK_TEMPLATE,
}


@dataclass(frozen=True)
class PromptStyle:
    """How questions are put to a model.

    - ``name``: one of :data:`PROMPT_STYLES`.
    - ``system``: system prompt (``None``: none; the "think" style defaults to
      :data:`THINK_SYSTEM_PROMPT`).
    - ``quantitative_suffix`` / ``qualitative_suffix``: text appended to the
      question (empty by default: the fine-tunes were trained on bare questions).
    """

    name: str = "plain"
    system: str | None = None
    quantitative_suffix: str = ""
    qualitative_suffix: str = ""

    @classmethod
    def from_dict(cls, data: dict | None) -> PromptStyle:
        """Build from the ``prompt`` mapping of a VLM config (``None``: the plain style), read with
        :func:`~spatialvlm_ros.resources.config_fields`; the "think" style's system prompt
        defaults to :data:`THINK_SYSTEM_PROMPT`."""
        kwargs = config_fields(cls, data if data is not None else {}, "prompt")
        name = kwargs.get("name", "plain")
        if name not in PROMPT_STYLES:
            raise ConfigError(f"unknown prompt style {name!r} (expected one of {', '.join(PROMPT_STYLES)})")
        if kwargs.get("system") is None and name == "think":
            kwargs["system"] = THINK_SYSTEM_PROMPT
        return cls(**kwargs)


# Fallback wordings for queries built programmatically (query.question empty).
_VALUE_WORDING = {
    "distance": "How far is the {a} from the {b}?",
    "horizontal_distance": "What is the horizontal distance between the {a} and the {b}?",
    "vertical_distance": "What is the vertical distance between the {a} and the {b}?",
    "gap": "How big is the gap between the {a} and the {b}?",
    "width": "How wide is the {a}?",
    "height": "How tall is the {a}?",
    "depth": "How deep is the {a}?",
    "length": "How long is the {a}?",
    "elevation": "How high above the ground is the {a}?",
    "distance_to_viewer": "How far is the {a} from the camera?",
    "height_difference": "How much higher is the {a} than the {b}?",
    "lateral_offset": "How far to the side of the {b} is the {a}?",
    "depth_offset": "How much closer to the camera is the {a} than the {b}?",
    "direction": "If you are at the {a}, where will you find the {b} in terms of clock direction?",
}
_PREDICATE_WORDS = {
    "left_of": ("to the left of", None),
    "right_of": ("to the right of", None),
    "above": ("above", None),
    "below": ("below", None),
    "in_front_of": ("in front of", None),
    "behind": ("behind", None),
    "bigger": ("bigger than", "bigger"),
    "smaller": ("smaller than", "smaller"),
    "taller": ("taller than", "taller"),
    "shorter": ("shorter than", "shorter"),
    "wider": ("wider than", "wider"),
    "thinner": ("thinner than", "thinner"),
}


def question_text(query: SpatialQuery) -> str:
    """The question to ask: ``query.question`` if set, else a plain default wording."""
    if query.question.strip():
        return query.question.strip()
    a = query.objects[0]
    b = query.objects[1] if len(query.objects) > 1 else ""
    if query.kind in PREDICATES:
        relation, comparative = _PREDICATE_WORDS[query.kind]
        if query.form == "which":
            word = comparative or relation.replace(" of", "")
            return f"Which is {word}, the {a} or the {b}?"
        return f"Is the {a} {relation} the {b}?"
    wording = _VALUE_WORDING.get(query.kind, "What is the {kind} of the {a} and the {b}?")
    return wording.format(a=a, b=b, kind=query.kind.replace("_", " "))


def user_prompt(query: SpatialQuery, style: PromptStyle) -> str:
    """The user-turn text for ``query`` in ``style`` (question + the style's suffix)."""
    suffix = style.quantitative_suffix if query.is_quantitative else style.qualitative_suffix
    q = question_text(query)
    return f"{q} {suffix}".strip() if suffix else q
