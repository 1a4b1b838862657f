"""An OpenAI-compatible model as the judge of custom and ambiguous conditions.

Uses llama-index's ``OpenAILike`` when it is installed (the ``llm`` extra), else a plain ``httpx`` POST to
``{base_url}/chat/completions``. The model is asked for one word, YES or NO; anything else counts as NO.
"""

from __future__ import annotations

import logging
from typing import Sequence

import httpx

from rag_agent.errors import UpstreamError

logger = logging.getLogger(__name__)

SYSTEM = ("You check one condition about a customer's message to an online store. Answer with exactly one word: "
          "YES if the condition is true for the latest message, NO otherwise.")


def _prompt(condition: str, message: str, history: Sequence[str]) -> str:
    ctx = "\n".join(f"- {h}" for h in list(history)[-4:])
    return (f"Condition: {condition}\n" + (f"Earlier customer messages:\n{ctx}\n" if ctx else "")
            + f"Latest customer message: {message}\nIs the condition true? Answer YES or NO.")


class OpenAIJudge:
    """Asks an OpenAI-compatible chat endpoint whether a condition holds."""

    def __init__(self, base_url: str, model: str = "default", api_key: str | None = None,
                 timeout_s: float = 20.0, use_llama_index: bool | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._key = api_key
        self.timeout_s = timeout_s
        self._llm = None
        if use_llama_index is not False:
            try:
                from llama_index.llms.openai_like import OpenAILike
            except ImportError:
                if use_llama_index:
                    raise
            else:
                self._llm = OpenAILike(model=model, api_base=self.base_url, api_key=api_key or "none",
                                       is_chat_model=True, timeout=timeout_s, max_retries=0, temperature=0.0,
                                       max_tokens=3)

    def judge(self, condition: str, message: str, history: Sequence[str] = ()) -> bool:
        """True when the model answers YES."""
        prompt = _prompt(condition, message, history)
        if self._llm is not None:
            from llama_index.core.llms import ChatMessage

            resp = self._llm.chat([ChatMessage(role="system", content=SYSTEM), ChatMessage(role="user", content=prompt)])
            text = resp.message.content or ""
        else:
            headers = {"Authorization": f"Bearer {self._key}"} if self._key else {}
            try:
                r = httpx.post(f"{self.base_url}/chat/completions", headers=headers, timeout=self.timeout_s,
                               json={"model": self.model, "temperature": 0, "max_tokens": 3,
                                     "messages": [{"role": "system", "content": SYSTEM},
                                                  {"role": "user", "content": prompt}]})
            except httpx.HTTPError as exc:
                raise UpstreamError(f"the condition model at {self.base_url} is unreachable") from exc
            if r.status_code >= 400:
                raise UpstreamError(f"the condition model answered {r.status_code}", r.status_code)
            text = r.json()["choices"][0]["message"]["content"] or ""
        return text.strip().upper().startswith("YES")
