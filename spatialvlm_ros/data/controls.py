"""Evaluation controls that take the image away from an answerer while keeping the questions.

:func:`shuffle_images` gives every sample another sample's image (a derangement: no sample
keeps its own), so a VLM answering the shuffled set sees a real scene of the same
distribution that says nothing about the question asked. Its score is what the model
reaches from the text alone; a gain that survives the shuffle is not image use.
"""

from __future__ import annotations

import random
from dataclasses import replace

from spatialvlm_ros.data.dataset import SpatialSample
from spatialvlm_ros.errors import InputError


def derangement(n: int, seed: int = 0) -> list[int]:
    """A random permutation of ``range(n)`` with no fixed point (``n >= 2``)."""
    if n < 2:
        raise InputError(f"shuffling images needs at least 2 samples, got {n}")
    rng = random.Random(seed)
    while True:
        p = list(range(n))
        rng.shuffle(p)
        if all(i != j for i, j in enumerate(p)):
            return p


def shuffle_images(samples: list[SpatialSample], seed: int = 0) -> list[SpatialSample]:
    """``samples`` with the colour images permuted among them (see the module docstring).

    Only ``images`` move: questions, answers, truth, depth, masks and ids stay, so the
    shuffled set is scored on exactly the same questions. Use it with image-only answerers
    (a VLM); geometry on a shuffled set would mix one scene's depth with another's colour.
    """
    perm = derangement(len(samples), seed)
    return [replace(s, images=samples[j].images) for s, j in zip(samples, perm)]
