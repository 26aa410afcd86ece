"""Bounded generation for reasoning models (SpaceThinker: ``<think>...</think> <answer>...</answer>``).

A reasoning model may think longer than the token budget and never answer.
:class:`AnswerBudget` keeps the last ``answer_tokens`` of ``max_new_tokens``
for the answer: a row that has not opened ``<answer>`` when the thinking budget
is spent is made to write ``</think>`` (if still open) and ``<answer>``, then
continues freely; generation stops at ``</answer>`` (``stop_strings``).
"""

from __future__ import annotations

from typing import Any

ANSWER_OPEN = "<answer>"
ANSWER_CLOSE = "</answer>"
THINK_CLOSE = "</think>"


class AnswerBudget:
    """A ``transformers`` logits processor forcing ``</think>\\n<answer>`` after ``think_tokens`` tokens.

    ``prompt_len``: length of the (left-padded) prompt in tokens, the same for every row.
    Rows that already opened ``<answer>`` are left alone. The forced tokens are the
    tokenizer's own encoding of the tags, so multi-token tags (real Qwen vocabularies) work.
    """

    def __init__(self, tokenizer: Any, prompt_len: int, think_tokens: int) -> None:
        self.tokenizer = tokenizer
        self.prompt_len = int(prompt_len)
        self.think_tokens = max(int(think_tokens), 0)
        self._close_and_open = tokenizer.encode(f"{THINK_CLOSE}\n{ANSWER_OPEN}", add_special_tokens=False)
        self._open = tokenizer.encode(f"\n{ANSWER_OPEN}", add_special_tokens=False)
        self._queues: dict[int, list[int]] = {}
        self.forced_rows: set[int] = set()

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        generated = input_ids.shape[1] - self.prompt_len
        if generated == self.think_tokens:
            for row in range(input_ids.shape[0]):
                text = self.tokenizer.decode(input_ids[row, self.prompt_len :], skip_special_tokens=True)
                if ANSWER_OPEN in text:
                    continue
                self._queues[row] = list(self._open if THINK_CLOSE in text else self._close_and_open)
                self.forced_rows.add(row)
        for row, queue in list(self._queues.items()):
            if not queue:
                del self._queues[row]
                continue
            token = queue.pop(0)
            scores[row, :] = float("-inf")
            scores[row, token] = 0.0
        return scores
