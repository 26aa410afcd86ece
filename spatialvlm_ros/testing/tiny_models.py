"""Tiny randomly initialised models, saved like hub checkpoints, for tests and dry runs.

Every builder writes a folder that loads through the same ``from_pretrained``
path users take with real checkpoints (``AutoModelForImageTextToText``,
``AutoProcessor``, ...): ``config.json`` + ``model.safetensors`` + processor
and tokenizer files. No network is needed: the tokenizer is a small
byte-level BPE trained here on a spatial-QA vocabulary (digits, units, object
words, chat and ``<think>/<answer>`` tokens) and wrapped in
``PreTrainedTokenizerFast`` with a chat template of the model family.

``scripted_answer``: the VLM builders can set the language model's weights so
that greedy decoding answers that sentence to every prompt (attention and
MLP outputs are zeroed, so the next token depends only on the current one,
and the output layer maps each token of the generation prompt's last token +
answer + EOS chain to its successor). Image encoders and processors still run
unchanged, so the whole path - chat template, image placeholders, left
padding, generation, decoding, parsing - is exercised with a known answer.

Sizes: each model is well under 1 MB; building one takes a fraction of a
second on one CPU core.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from spatialvlm_ros.errors import ModelError

log = logging.getLogger(__name__)

#: Sentences the tiny BPE tokenizer is trained on (its merges cover these words).
_CORPUS = [
    "How far is the red cup from the gripper? About 35 cm.",
    "What is the distance between the blue cube and the green bowl? 0.35 m, 1.2 meters, 14 inches, 3 feet.",
    "How wide is the yellow box? How tall is the mug? How high is the bottle above the table?",
    "Is the red cube to the left of the blue cube? Yes, it is. No, it is not.",
    "Which is taller, the cup or the bottle? The cup is to the right of the plate, above, below, behind, in front of.",
    "<think>The gripper is close to the cup.</think> <answer>2-3 feet</answer>",
    "About 35 cm. Roughly 12 centimeters. Approximately 60.13 centimeters. I cannot tell.",
    "0 1 2 3 4 5 6 7 8 9 10 20 30 40 50 60 70 80 90 100 cm mm m ft in yd metres",
    "What is the horizontal distance, the vertical distance, the gap, the direction at 3 o'clock?",
    "You are a helpful spatial reasoning assistant. Answer with a number and a unit.",
]


#: SpaceThinker's reasoning tags, single tokens of the tiny tokenizers.
REASONING_TAGS = ("<think>", "</think>", "<answer>", "</answer>")


def _bpe_tokenizer(special_tokens: list[str], vocab_size: int, extra_corpus: list[str] = ()):  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=special_tokens,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    corpus = (list(_CORPUS) + list(extra_corpus)) * 4
    tok.train_from_iterator(corpus, trainer)
    tok.add_tokens(list(REASONING_TAGS))  # one token each (plain text, not special: they are decoded)
    return tok


# Chat templates of the two families (the layouts of the real checkpoints, reduced).
QWEN_CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n"
    "{% if m['content'] is string %}{{ m['content'] }}{% else %}"
    "{% for c in m['content'] %}{% if c['type'] == 'image' %}<|vision_start|><|image_pad|><|vision_end|>"
    "{% elif c['type'] == 'text' %}{{ c['text'] }}{% endif %}{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
LLAVA_CHAT_TEMPLATE = (
    "{% for m in messages %}{% if m['role'] == 'user' %}USER: "
    "{% for c in m['content'] %}{% if c['type'] == 'image' %}<image>\n{% endif %}{% endfor %}"
    "{% for c in m['content'] %}{% if c['type'] == 'text' %}{{ c['text'] }}{% endif %}{% endfor %} "
    "{% else %}ASSISTANT: {% for c in m['content'] %}{% if c['type'] == 'text' %}{{ c['text'] }}{% endif %}"
    "{% endfor %}</s>{% endif %}{% endfor %}{% if add_generation_prompt %}ASSISTANT:{% endif %}"
)

QWEN_SPECIAL = [
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|image_pad|>",
    "<|video_pad|>",
]
LLAVA_SPECIAL = ["<unk>", "<s>", "</s>", "<pad>", "<image>"]


def build_tokenizer(family: str, extra_corpus: list[str] = (), vocab_size: int = 420):  # type: ignore[no-untyped-def]
    """A local ``PreTrainedTokenizerFast`` for ``family`` ("qwen" or "llava") with its chat template.

    The byte-level BPE is trained on a small spatial-QA corpus plus ``extra_corpus``
    (e.g. a training set's questions and answers) up to ``vocab_size`` tokens.
    """
    from transformers import PreTrainedTokenizerFast

    if family == "qwen":
        tok = _bpe_tokenizer(QWEN_SPECIAL, vocab_size, extra_corpus)
        return PreTrainedTokenizerFast(
            tokenizer_object=tok,
            eos_token="<|im_end|>",
            pad_token="<|endoftext|>",
            extra_special_tokens={"image_token": "<|image_pad|>", "video_token": "<|video_pad|>"},
            chat_template=QWEN_CHAT_TEMPLATE,
        )
    if family == "llava":
        tok = _bpe_tokenizer(LLAVA_SPECIAL, vocab_size, extra_corpus)
        return PreTrainedTokenizerFast(
            tokenizer_object=tok,
            bos_token="<s>",
            eos_token="</s>",
            unk_token="<unk>",
            pad_token="<pad>",
            extra_special_tokens={"image_token": "<image>"},
            chat_template=LLAVA_CHAT_TEMPLATE,
        )
    raise ModelError(f"unknown tiny tokenizer family {family!r} (expected 'qwen' or 'llava')")


def _script_answer(model, tokenizer, processor, answer: str) -> None:  # type: ignore[no-untyped-def]
    """Set the language model's weights so that greedy decoding says ``answer`` then EOS."""
    import torch

    from spatialvlm_ros.models.prompting import chat_messages

    text = processor.apply_chat_template(
        chat_messages(None, "How far is the cup from the gripper?"),
        add_generation_prompt=True,
        tokenize=False,
    )
    last = tokenizer(text, add_special_tokens=False)["input_ids"][-1]
    chain = [last] + tokenizer(answer, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
    sources, targets = chain[:-1], chain[1:]
    if len(set(sources)) != len(sources) or len(set(targets)) != len(targets):
        raise ModelError(f"scripted answer {answer!r} repeats a token; choose another sentence")
    lm = model.model.language_model
    with torch.no_grad():
        for name, p in lm.named_parameters():
            if ".o_proj." in name or ".down_proj." in name:
                p.zero_()
        emb = model.get_input_embeddings().weight
        h = lm.norm(emb[torch.tensor(sources)].unsqueeze(0)).squeeze(0).float()  # (k, d)
        if h.shape[0] > h.shape[1]:
            raise ModelError(f"scripted answer {answer!r} is too long for the tiny model")
        w = model.get_output_embeddings().weight
        w.mul_(0.01)
        w[torch.tensor(targets)] = (30.0 * torch.linalg.pinv(h).T).to(w.dtype)


def _finish(path: Path) -> Path:
    if not (path / "config.json").is_file():  # pragma: no cover - save_pretrained always writes it
        raise ModelError(f"tiny model was not written to {path}")
    log.debug("tiny model written to %s", path)
    return path


def build_tiny_llava(out_dir: str | Path, seed: int = 0, scripted_answer: str | None = None) -> Path:
    """A LLaVA-1.5-layout model (CLIP ViT + MLP projector + Llama) with random weights.

    32x32 input, 8x8 patches: 16 image tokens (the CLS token is dropped,
    ``vision_feature_select_strategy="default"``, hence ``num_additional_image_tokens=1``).
    """
    import torch
    from transformers import (
        CLIPVisionConfig,
        LlamaConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
    )
    from transformers.models.llava.image_processing_pil_llava import LlavaImageProcessorPil

    out = Path(out_dir)
    tokenizer = build_tokenizer("llava", [scripted_answer] if scripted_answer else [])
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in LLAVA_SPECIAL}
    vision = CLIPVisionConfig(
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        image_size=32,
        patch_size=8,
        projection_dim=32,
    )
    text = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        bos_token_id=ids["<s>"],
        eos_token_id=ids["</s>"],
        pad_token_id=ids["<pad>"],
    )
    config = LlavaConfig(
        vision_config=vision,
        text_config=text,
        image_token_index=ids["<image>"],
        image_seq_length=16,
        vision_feature_layer=-1,
        vision_feature_select_strategy="default",
    )
    torch.manual_seed(seed)
    model = LlavaForConditionalGeneration(config).eval()
    image_processor = LlavaImageProcessorPil(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    )
    processor = LlavaProcessor(
        image_processor=image_processor,
        tokenizer=tokenizer,
        patch_size=8,
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,
        chat_template=LLAVA_CHAT_TEMPLATE,
    )
    if scripted_answer:
        _script_answer(model, tokenizer, processor, scripted_answer)
    model.generation_config.pad_token_id = ids["<pad>"]
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return _finish(out)


def _mrope_section(head_dim: int) -> list[int]:
    """Qwen's multimodal rotary split (temporal, height, width) of ``head_dim // 2`` frequencies:
    the 16/24/24 proportions of the real checkpoints (head_dim 128)."""
    half = head_dim // 2
    t = max(1, round(half / 4))
    h = (half - t) // 2
    return [t, h, half - t - h]


def _qwen_text_config(vocab_size: int, ids: dict[str, int], sizes: dict | None = None) -> dict:
    """Text tower shared by the tiny Qwen2-VL and Qwen2.5-VL (default head_dim 16: ``mrope_section``
    sums to 8); ``sizes`` overrides hidden_size, intermediate_size, num_hidden_layers,
    num_attention_heads, num_key_value_heads."""
    dims = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
            "num_key_value_heads": 2, **(sizes or {})}
    return {
        "vocab_size": vocab_size,
        **dims,
        "max_position_embeddings": 1024,
        "rope_parameters": {"rope_type": "default", "rope_theta": 1e6,
                            "mrope_section": _mrope_section(dims["hidden_size"] // dims["num_attention_heads"])},
        "bos_token_id": ids["<|endoftext|>"],
        "eos_token_id": ids["<|im_end|>"],
        "pad_token_id": ids["<|endoftext|>"],
    }


def _build_tiny_qwen(out_dir: str | Path, seed: int, scripted_answer: str | None, config_cls, model_cls,  # type: ignore[no-untyped-def]
                     processor_cls, processor_class_name: str, vision_config: dict, text_sizes: dict | None = None,
                     corpus: list[str] = (), vocab_size: int = 420, max_pixels: int = 112 * 112) -> Path:
    """Build, script (optionally) and save a tiny Qwen-VL-family model; see the public builders."""
    import torch
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    out = Path(out_dir)
    tokenizer = build_tokenizer("qwen", list(corpus) + ([scripted_answer] if scripted_answer else []), vocab_size)
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in QWEN_SPECIAL}
    config = config_cls(
        vision_config=vision_config,
        text_config=_qwen_text_config(len(tokenizer), ids, text_sizes),
        image_token_id=ids["<|image_pad|>"],
        video_token_id=ids["<|video_pad|>"],
        vision_start_token_id=ids["<|vision_start|>"],
        vision_end_token_id=ids["<|vision_end|>"],
    )
    torch.manual_seed(seed)
    model = model_cls(config).eval()
    image_processor = Qwen2VLImageProcessorPil(
        min_pixels=56 * 56, max_pixels=max_pixels, patch_size=14, merge_size=2, temporal_patch_size=2
    )
    processor = processor_cls(image_processor=image_processor, tokenizer=tokenizer, chat_template=QWEN_CHAT_TEMPLATE)
    if scripted_answer:
        _script_answer(model, tokenizer, processor, scripted_answer)
    model.generation_config.pad_token_id = ids["<|endoftext|>"]
    model.save_pretrained(out)
    processor.save_pretrained(out)
    cfg_file = out / "processor_config.json"
    data = json.loads(cfg_file.read_text())
    data["processor_class"] = processor_class_name  # what a hub checkpoint says
    cfg_file.write_text(json.dumps(data, indent=2))
    return _finish(out)


def build_tiny_qwen2_5_vl(out_dir: str | Path, seed: int = 0, scripted_answer: str | None = None) -> Path:
    """A Qwen2.5-VL-layout model with random weights (2+2 layers, hidden 64).

    Text head_dim 16, so ``mrope_section`` sums to 8. The image processor is
    limited to 56x56..112x112 pixels (4 to 16 merged image tokens). The
    processor is saved as ``Qwen2_5_VLProcessor`` - exactly what a hub
    checkpoint holds - although no video processor is written (torchvision
    is absent here); loading falls back to the image-only processor.
    """
    from transformers.models.qwen2_5_vl import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration

    from spatialvlm_ros.models.processors import Qwen2_5_VLImageOnlyProcessor

    vision = {
        "depth": 2, "hidden_size": 32, "intermediate_size": 64, "num_heads": 2, "patch_size": 14,
        "spatial_merge_size": 2, "temporal_patch_size": 2, "window_size": 56, "out_hidden_size": 64,
        "fullatt_block_indexes": [1],
    }
    return _build_tiny_qwen(out_dir, seed, scripted_answer, Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration,
                            Qwen2_5_VLImageOnlyProcessor, "Qwen2_5_VLProcessor", vision)


def build_sized_qwen2_5_vl(out_dir: str | Path, vision: dict, text: dict, corpus: list[str] = (),
                           vocab_size: int = 420, max_pixels: int = 112 * 112, seed: int = 0) -> Path:
    """A Qwen2.5-VL-layout model with random weights of the given sizes (for the miniature experiment).

    ``vision``: the vision tower's config keys (depth, hidden_size, intermediate_size, num_heads,
    out_hidden_size, window_size, fullatt_block_indexes; patch 14 and merge 2 are fixed);
    ``text``: hidden_size, intermediate_size, num_hidden_layers, num_attention_heads,
    num_key_value_heads (``out_hidden_size`` is set to the text hidden size). The tokenizer is
    trained on ``corpus`` (e.g. the training set's questions and answers) up to ``vocab_size``
    tokens; the image processor caps images at ``max_pixels`` pixels.
    """
    from transformers.models.qwen2_5_vl import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration

    from spatialvlm_ros.models.processors import Qwen2_5_VLImageOnlyProcessor

    v = {"patch_size": 14, "spatial_merge_size": 2, "temporal_patch_size": 2, **vision,
         "out_hidden_size": int(text.get("hidden_size", 64))}
    return _build_tiny_qwen(out_dir, seed, None, Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration,
                            Qwen2_5_VLImageOnlyProcessor, "Qwen2_5_VLProcessor", v, text_sizes=text,
                            corpus=corpus, vocab_size=vocab_size, max_pixels=max_pixels)


def build_tiny_qwen2_vl(out_dir: str | Path, seed: int = 0, scripted_answer: str | None = None) -> Path:
    """A Qwen2-VL-layout model with random weights (the Qwen2.5-VL predecessor; same processor family)."""
    from transformers.models.qwen2_vl import Qwen2VLConfig, Qwen2VLForConditionalGeneration

    from spatialvlm_ros.models.processors import Qwen2VLImageOnlyProcessor

    vision = {
        "depth": 2, "embed_dim": 32, "hidden_size": 64, "mlp_ratio": 2, "num_heads": 2, "patch_size": 14,
        "spatial_merge_size": 2, "temporal_patch_size": 2,
    }
    return _build_tiny_qwen(out_dir, seed, scripted_answer, Qwen2VLConfig, Qwen2VLForConditionalGeneration,
                            Qwen2VLImageOnlyProcessor, "Qwen2VLProcessor", vision)


def build_tiny_owlv2(out_dir: str | Path, seed: int = 0) -> Path:
    """An OWLv2 open-vocabulary detector with random weights (64x64 input, 8x8 patches).

    The text tokenizer puts BOS/EOS around each query and gives EOS the highest
    id (OWLv2 pools the text embedding at the argmax id).
    """
    import torch
    from tokenizers.processors import TemplateProcessing
    from transformers import Owlv2Config, Owlv2ForObjectDetection, Owlv2Processor, PreTrainedTokenizerFast
    from transformers.models.owlv2.image_processing_pil_owlv2 import Owlv2ImageProcessorPil

    out = Path(out_dir)
    tok = _bpe_tokenizer(["!", "<|startoftext|>"], 300)
    tok.add_special_tokens(["<|endoftext|>"])  # last id
    bos, eos = tok.token_to_id("<|startoftext|>"), tok.token_to_id("<|endoftext|>")
    tok.post_processor = TemplateProcessing(
        single="<|startoftext|> $A <|endoftext|>",
        special_tokens=[("<|startoftext|>", bos), ("<|endoftext|>", eos)],
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<|startoftext|>",
        eos_token="<|endoftext|>",
        pad_token="!",
        model_max_length=16,
    )
    if eos != len(tokenizer) - 1:  # pragma: no cover - guaranteed by add_special_tokens order
        raise ModelError("OWLv2 tokenizer: EOS must have the highest id")
    config = Owlv2Config(
        text_config={
            "vocab_size": len(tokenizer),
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "max_position_embeddings": 16,
            "pad_token_id": 0,
            "bos_token_id": bos,
            "eos_token_id": eos,
        },
        vision_config={
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "image_size": 64,
            "patch_size": 8,
        },
        projection_dim=32,
    )
    torch.manual_seed(seed)
    model = Owlv2ForObjectDetection(config).eval()
    with torch.no_grad():  # boxes near the patch priors and unsaturated scores
        for p in list(model.box_head.parameters()) + list(model.class_head.parameters()):
            torch.nn.init.normal_(p, std=0.02)
        # the query embedding is pooled at EOS: give EOS no embedding of its own so that it carries
        # what attention gathers from the words (random models otherwise embed all queries alike)
        model.owlv2.text_model.embeddings.token_embedding.weight[eos] = 0.0
    image_processor = Owlv2ImageProcessorPil(size={"height": 64, "width": 64})
    processor = Owlv2Processor(image_processor=image_processor, tokenizer=tokenizer)
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return _finish(out)


def build_tiny_grounding_dino(out_dir: str | Path, seed: int = 0) -> Path:
    """A Grounding DINO detector with random weights (tiny Swin backbone, 1-layer BERT, 128 px input).

    The text tokenizer is a BERT WordPiece over a small vocabulary with the ids
    Grounding DINO relies on: [CLS] 101, [SEP] 102, "." 1012, "?" 1029.
    """
    import torch
    from transformers import (
        BertConfig,
        BertTokenizerFast,
        GroundingDinoConfig,
        GroundingDinoForObjectDetection,
        GroundingDinoProcessor,
        SwinConfig,
    )
    from transformers.models.grounding_dino.image_processing_pil_grounding_dino import (
        GroundingDinoImageProcessorPil,
    )

    out = Path(out_dir)
    fixed = {0: "[PAD]", 100: "[UNK]", 101: "[CLS]", 102: "[SEP]", 103: "[MASK]", 1012: ".", 1029: "?"}
    words = sorted({w.strip(".,?!'\"").lower() for s in _CORPUS for w in s.split()} - {""})
    free = [i for i in range(1030 + len(words)) if i not in fixed]
    vocab_by_id = dict(fixed)
    for i, w in zip(free, words):
        vocab_by_id[i] = w
    for i in free[len(words) :]:
        vocab_by_id[i] = f"[unused{i}]"
    tokenizer = BertTokenizerFast(vocab={t: i for i, t in vocab_by_id.items()}, do_lower_case=True)
    config = GroundingDinoConfig(
        backbone_config=SwinConfig(
            image_size=128,
            patch_size=4,
            embed_dim=16,
            depths=[1, 1, 1, 1],
            num_heads=[1, 1, 1, 1],
            window_size=4,
            out_features=["stage2", "stage3", "stage4"],
        ),
        text_config=BertConfig(
            vocab_size=len(vocab_by_id),
            hidden_size=32,
            num_hidden_layers=1,
            num_attention_heads=2,
            intermediate_size=64,
            max_position_embeddings=64,
        ),
        num_queries=20,
        encoder_layers=1,
        encoder_ffn_dim=32,
        encoder_attention_heads=2,
        decoder_layers=2,
        decoder_ffn_dim=32,
        decoder_attention_heads=2,
        d_model=32,
        num_feature_levels=4,
        encoder_n_points=2,
        decoder_n_points=2,
        max_text_len=32,
    )
    torch.manual_seed(seed)
    model = GroundingDinoForObjectDetection(config).eval()
    image_processor = GroundingDinoImageProcessorPil(size={"shortest_edge": 128, "longest_edge": 128})
    processor = GroundingDinoProcessor(image_processor=image_processor, tokenizer=tokenizer)
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return _finish(out)


def build_tiny_sam(out_dir: str | Path, seed: int = 0) -> Path:
    """A SAM v1 (box/point-promptable segmenter) with random weights, 64x64 input."""
    import torch
    from transformers import SamConfig, SamModel, SamProcessor
    from transformers.models.sam.image_processing_pil_sam import SamImageProcessorPil

    out = Path(out_dir)
    config = SamConfig(
        vision_config={
            "hidden_size": 32,
            "output_channels": 32,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "image_size": 64,
            "patch_size": 8,
            "window_size": 4,
            "global_attn_indexes": [1],
            "mlp_dim": 64,
            "num_pos_feats": 16,
        },
        prompt_encoder_config={
            "hidden_size": 32,
            "image_size": 64,
            "patch_size": 8,
            "mask_input_channels": 4,
        },
        mask_decoder_config={
            "hidden_size": 32,
            "mlp_dim": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "iou_head_hidden_dim": 32,
        },
    )
    torch.manual_seed(seed)
    model = SamModel(config).eval()
    image_processor = SamImageProcessorPil(
        size={"longest_edge": 64},
        pad_size={"height": 64, "width": 64},
        mask_size={"longest_edge": 16},
        mask_pad_size={"height": 16, "width": 16},
    )
    processor = SamProcessor(image_processor=image_processor)
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return _finish(out)


def build_tiny_depth_anything(out_dir: str | Path, seed: int = 0, max_depth: int = 10) -> Path:
    """A Depth Anything V2 *metric* depth model (tiny DINOv2 backbone) with random weights.

    Metric head: ``sigmoid(x) * max_depth`` metres, so outputs lie in (0, max_depth).
    """
    import torch
    from transformers import DepthAnythingConfig, DepthAnythingForDepthEstimation
    from transformers.models.dpt.image_processing_pil_dpt import DPTImageProcessorPil

    out = Path(out_dir)
    config = DepthAnythingConfig(
        backbone_config={
            "model_type": "dinov2",
            "hidden_size": 32,
            "num_hidden_layers": 4,
            "num_attention_heads": 2,
            "intermediate_size": 64,
            "image_size": 56,
            "patch_size": 14,
            "out_features": ["stage1", "stage2", "stage3", "stage4"],
            "reshape_hidden_states": False,
        },
        patch_size=14,
        reassemble_hidden_size=32,
        neck_hidden_sizes=[8, 16, 32, 32],
        fusion_hidden_size=16,
        head_hidden_size=8,
        depth_estimation_type="metric",
        max_depth=int(max_depth),
    )
    torch.manual_seed(seed)
    model = DepthAnythingForDepthEstimation(config).eval()
    with torch.no_grad():  # the head starts at exactly zero; perturb it so depth varies over the image
        for p in model.head.parameters():
            p.add_(torch.randn_like(p) * 0.5)
    image_processor = DPTImageProcessorPil(
        size={"height": 56, "width": 56}, keep_aspect_ratio=True, ensure_multiple_of=14, do_pad=False
    )
    model.save_pretrained(out)
    image_processor.save_pretrained(out)
    return _finish(out)


def random_rgb(height: int = 48, width: int = 64, seed: int = 0) -> np.ndarray:
    """An HxWx3 uint8 test image."""
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


def build_tiny_clip(out_dir: str | Path, seed: int = 0) -> Path:
    """A CLIP image-text model with random weights (32x32 input, 8x8 patches) for the image filter."""
    import torch
    from tokenizers.processors import TemplateProcessing
    from transformers import CLIPConfig, CLIPModel, CLIPProcessor, PreTrainedTokenizerFast
    from transformers.models.clip import CLIPImageProcessorPil

    out = Path(out_dir)
    tok = _bpe_tokenizer(["!", "<|startoftext|>"], 300,
                         extra_corpus=["a photo of a room table indoor scene close-up single object screenshot "
                                       "computer screen scanned document text product plain background"])
    tok.add_special_tokens(["<|endoftext|>"])  # last id: CLIP pools the text at the highest id
    bos, eos = tok.token_to_id("<|startoftext|>"), tok.token_to_id("<|endoftext|>")
    tok.post_processor = TemplateProcessing(
        single="<|startoftext|> $A <|endoftext|>",
        special_tokens=[("<|startoftext|>", bos), ("<|endoftext|>", eos)],
    )
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<|startoftext|>",
                                        eos_token="<|endoftext|>", pad_token="!", model_max_length=24)
    config = CLIPConfig(
        text_config={"vocab_size": len(tokenizer), "hidden_size": 32, "intermediate_size": 64,
                     "num_hidden_layers": 2, "num_attention_heads": 2, "max_position_embeddings": 24,
                     "pad_token_id": 0, "bos_token_id": bos, "eos_token_id": eos},
        vision_config={"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2,
                       "num_attention_heads": 2, "image_size": 32, "patch_size": 8},
        projection_dim=32,
    )
    torch.manual_seed(seed)
    model = CLIPModel(config).eval()
    image_processor = CLIPImageProcessorPil(size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32})
    processor = CLIPProcessor(image_processor=image_processor, tokenizer=tokenizer)
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return _finish(out)
