"""Running an evaluation set: load its store, answer every case (in-process or over HTTP), score."""

from __future__ import annotations

import json
import tempfile
from itertools import zip_longest
from pathlib import Path
from typing import Any, Callable, Iterable

from eval.scoring import Score, score_case, summarize

Progress = Callable[[int], None]
ORDER_SECRET_FIELDS = ("email", "phone", "tracking_number", "tracking_url")


def load_cases(set_dir: Path) -> list[dict[str, Any]]:
    """The cases of SET_DIR/questions.jsonl, checked for the fields every case needs."""
    from rag_agent.errors import InputError

    path = Path(set_dir) / "questions.jsonl"
    if not path.is_file():
        raise InputError(f"{set_dir} has no questions.jsonl (see FORMAT.md for an evaluation set's layout)")
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path.name} line {n}: not JSON ({exc})") from exc
        if not isinstance(case, dict) or not {"id", "message", "expect"} <= case.keys():
            raise InputError(f"{path.name} line {n}: a case needs 'id', 'message' and 'expect'")
        cases.append(case)
    return cases


def select_cases(cases: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """At most ``limit`` cases, taken round-robin over kinds (and over languages within a kind), so a slice
    still covers the set; in the set's order."""
    if not limit or limit >= len(cases):
        return list(cases)
    by_kind: dict[str, dict[str, list[dict]]] = {}
    for c in cases:
        by_kind.setdefault(c["expect"].get("kind", "?"), {}).setdefault(c["expect"].get("language", "?"), []).append(c)
    queues = [[c for group in zip_longest(*langs.values()) for c in group if c is not None]
              for langs in by_kind.values()]
    out: list[dict] = []
    depth = 0
    while len(out) < limit:
        for q in queues:
            if depth < len(q) and len(out) < limit:
                out.append(q[depth])
        depth += 1
    order = {id(c): i for i, c in enumerate(cases)}
    return sorted(out, key=lambda c: order[id(c)])


def load_secrets(set_dir: Path) -> list[str]:
    """Strings an answer must never disclose unasked: the contact data and tracking of the set's orders."""
    path = Path(set_dir) / "store" / "orders.jsonl"
    if not path.is_file():
        return []
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            out.update(str(o[k]) for k in ORDER_SECRET_FIELDS if o.get(k))
    return sorted(out)


def store_files(set_dir: Path) -> list[Path]:
    """The files of SET_DIR/store that a store loads (hidden files skipped)."""
    folder = Path(set_dir) / "store"
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")]


def answer_in_process(set_dir: Path, data_dir: Path | None = None, progress: Progress | None = None,
                      embedder: Any = None) -> Callable[[dict], dict]:
    """A function answering cases with a Service on a data directory holding SET_DIR/store.

    The service is on the returned function's ``service`` attribute; close it when done.
    """
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    data_dir = Path(data_dir) if data_dir else Path(tempfile.mkdtemp(prefix="rag-eval-"))
    svc = Service(Settings(data_dir=data_dir), embedder=embedder)
    svc.ensure_workspace("eval", "eval store", plan="paid")
    store = Path(set_dir) / "store"
    if store.is_dir():
        svc.load_store_dir("eval", store, progress)

    def ask(case: dict) -> dict:
        ans = svc.answer("eval", case["message"], case.get("history"), case.get("agent"))
        return {"id": case["id"], **ans.as_dict()}

    ask.service = svc  # type: ignore[attr-defined]
    return ask


def _client(url: str, api_key: str):
    import httpx

    return httpx.Client(base_url=url.rstrip("/"), headers={"Authorization": f"Bearer {api_key}"}, timeout=300)


def _raise_for(r) -> None:
    from rag_agent.errors import UpstreamError

    if r.status_code >= 400:
        try:
            detail = r.json().get("detail", r.text)
        except ValueError:
            detail = r.text
        raise UpstreamError(f"server answered {r.status_code} on {r.request.url.path}: {detail}", r.status_code)


def upload_store(url: str, api_key: str, set_dir: Path, progress: Progress | None = None) -> list[dict]:
    """Load SET_DIR/store into a running server's workspace over HTTP (same-named sources are replaced)."""
    with _client(url, api_key) as client:
        r = client.get("/v1/sources")
        _raise_for(r)
        existing = {s["name"]: s["id"] for s in r.json()}
        out = []
        for path in store_files(set_dir):
            files = {"file": (path.name, path.read_bytes())}
            if path.name in existing:
                r = client.put(f"/v1/sources/{existing[path.name]}", files=files)
            else:
                r = client.post("/v1/sources", files=files)
            _raise_for(r)
            out.append(r.json())
            if progress:
                progress(1)
        return out


def answer_over_http(url: str, api_key: str) -> Callable[[dict], dict]:
    """A function answering cases through a running server's /v1/answer."""
    client = _client(url, api_key)

    def ask(case: dict) -> dict:
        body: dict[str, Any] = {"message": case["message"], "history": case.get("history") or []}
        if case.get("agent"):
            body["persona"] = case["agent"]
        r = client.post("/v1/answer", json=body)
        _raise_for(r)
        a = r.json()
        return {"id": case["id"], "reply": a["reply"], "language": a["language"], "handoff": a["handoff"],
                "citations": a["citations"], "intent": a.get("intent"), "latency_ms": a["latency_ms"]}

    ask.client = client  # type: ignore[attr-defined]
    return ask


def run(cases: Iterable[dict], ask: Callable[[dict], dict], out: Path | None = None,
        progress: Progress | None = None, secrets: Iterable[str] = ()) -> tuple[list[dict], list[Score]]:
    """Answer and score every case; write the answers (FORMAT.md's answer lines) to ``out`` when given."""
    secrets = list(secrets)
    answers, scores = [], []
    for case in cases:
        a = ask(case)
        answers.append(a)
        scores.append(score_case(case, a, secrets))
        if progress:
            progress(1)
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            for a in answers:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return answers, scores


def failures(cases: list[dict], answers: list[dict], scores: list[Score]) -> list[dict[str, Any]]:
    """The failed cases with their message, expectation, reply and reasons (for reports and notebooks)."""
    out = []
    for c, a, s in zip(cases, answers, scores):
        if not s.passed:
            out.append({"id": s.id, "kind": s.kind, "language": s.language, "message": c["message"],
                        "expected": {k: v for k, v in c["expect"].items() if k in ("any_of", "all_of", "none_of")
                                     and v},
                        "reply": a.get("reply", ""), "reasons": s.failures})
    return out





def evaluate_set(set_dir: Path, limit: int | None = None, embedder: Any = None,
                 progress: Progress | None = None) -> dict[str, Any]:
    """Answer and score a set in-process in one call (for notebooks and scripts).

    Returns ``cases``, ``answers``, ``scores``, ``summary`` and ``failures``.
    """
    cases = select_cases(load_cases(set_dir), limit)
    ask = answer_in_process(set_dir, embedder=embedder)
    try:
        answers, scores = run(cases, ask, progress=progress, secrets=load_secrets(set_dir))
    finally:
        ask.service.close()  # type: ignore[attr-defined]
    return {"cases": cases, "answers": answers, "scores": scores, "summary": summarize(scores),
            "failures": failures(cases, answers, scores)}


__all__ = ["load_cases", "select_cases", "load_secrets", "store_files", "answer_in_process", "answer_over_http",
           "upload_store", "run", "summarize", "failures", "evaluate_set"]
