"""Running an evaluation set: load its store into a fresh data directory, answer every case, score."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

from eval.scoring import Score, score_case, summarize


def load_cases(set_dir: Path) -> list[dict[str, Any]]:
    path = Path(set_dir) / "questions.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def answer_in_process(set_dir: Path, data_dir: Path | None = None,
                      progress: Callable[[int], None] | None = None) -> Callable[[dict], dict]:
    """A function answering cases with a Service on a fresh data directory holding SET_DIR/store."""
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    data_dir = Path(data_dir) if data_dir else Path(tempfile.mkdtemp(prefix="rag-eval-"))
    svc = Service(Settings(data_dir=data_dir))
    svc.ensure_workspace("eval", "eval store", plan="paid")
    store = Path(set_dir) / "store"
    if store.is_dir():
        svc.load_store_dir("eval", store, progress)

    def ask(case: dict) -> dict:
        ans = svc.answer("eval", case["message"], case.get("history"), case.get("agent"))
        return {"id": case["id"], **{k: v for k, v in ans.as_dict().items() if k != "intent"}}

    ask.service = svc  # type: ignore[attr-defined]
    return ask


def answer_over_http(url: str, api_key: str) -> Callable[[dict], dict]:
    """A function answering cases through a running server's /v1/answer."""
    import httpx

    client = httpx.Client(base_url=url.rstrip("/"), headers={"Authorization": f"Bearer {api_key}"}, timeout=60)

    def ask(case: dict) -> dict:
        body = {"message": case["message"], "history": case.get("history") or []}
        if case.get("agent"):
            body["persona"] = case["agent"]
        r = client.post("/v1/answer", json=body)
        r.raise_for_status()
        a = r.json()
        return {"id": case["id"], "reply": a["reply"], "language": a["language"], "handoff": a["handoff"],
                "citations": a["citations"], "latency_ms": a["latency_ms"]}

    return ask


def run(cases: Iterable[dict], ask: Callable[[dict], dict], out: Path | None = None,
        progress: Callable[[int], None] | None = None) -> tuple[list[dict], list[Score]]:
    answers, scores = [], []
    for case in cases:
        a = ask(case)
        answers.append(a)
        scores.append(score_case(case, a))
        if progress:
            progress(1)
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            for a in answers:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return answers, scores


__all__ = ["load_cases", "answer_in_process", "answer_over_http", "run", "summarize"]
