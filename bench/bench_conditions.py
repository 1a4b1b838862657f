"""What condition evaluation adds to an answer: answer latency without an agent beside the same answers
through an agent with actions (all condition families but custom, then with one custom condition), same process.

    python bench/bench_conditions.py [--n 60] [--hash]

Prints p50/p95 of: Service.answer alone; the conditions step inside AgentRuntime.respond (analyze + check of every
action), with one custom condition on the int8 copy of the model (the default) and on the float model
(the baseline); respond end to end. The goal: conditions add at most 10 ms p50.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

MESSAGES = [
    "How much is the Trail Runner Jacket?", "I want to talk to a real person", "Quiero comprar la chaqueta",
    "Quero meu dinheiro de volta, que absurdo!", "Siparişim nerede?", "Сколько стоит куртка?",
    "Berapa lama pengirimannya?", "What is your return policy?", "my email is ana@example.com",
    "call me at +55 11 98765-4321", "Hello!", "this shit is broken again", "Do you ship to Canada?",
]
ACTIONS = [
    {"match": "any", "when": [{"type": "wants", "value": "human"}, {"type": "sentiment", "value": "frustrated"}],
     "then": [{"type": "transfer", "user": "maria"}]},
    {"when": [{"type": "wants", "value": "buy"}], "then": [{"type": "request", "field": "email"}]},
    {"when": [{"type": "asks_about", "value": "order_status"}, {"type": "provides", "value": "email"}],
     "then": [{"type": "answer_from_kb"}]},
    {"when": [{"type": "contains", "value": "profanity"}], "then": [{"type": "use_message", "text": "Sorry!"}]},
    {"when": [{"type": "time", "value": "business_hours", "tz": "America/Sao_Paulo"},
              {"type": "asks_about", "value": "price"}], "then": [{"type": "reply_with_info", "text": "Tax incl."}]},
    {"when": [{"type": "sentiment", "value": "happy"}, {"type": "contains", "value": "greeting"}], "match": "any",
     "then": [{"type": "try_bring_up_topic", "text": "Our loyalty club"}]},
]
CUSTOM = {"when": [{"type": "custom", "text": "the client asks for gift wrapping"}],
          "then": [{"type": "reply_with_info", "text": "We gift-wrap for free."}]}


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--hash", action="store_true", help="HashEmbedder instead of the real model")
    args = ap.parse_args()
    from rag_agent.agents import AgentRuntime, AgentStore
    from rag_agent.cli import demo_dir
    from rag_agent.embed import HashEmbedder, SentenceTransformerEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    emb = HashEmbedder() if args.hash else SentenceTransformerEmbedder()
    svc = Service(Settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-cond-"))), embedder=emb)
    svc.ensure_workspace("w", "W", plan="paid")
    svc.load_store_dir("w", demo_dir())
    store = AgentStore(svc.state)
    rt = AgentRuntime(svc, store)  # custom conditions on the int8 copy of the model (the default)
    from rag_agent.agents.conditions import ConditionEvaluator

    rt_float = AgentRuntime(svc, store, evaluator=ConditionEvaluator(embedder=emb))  # the float model: baseline
    plain = store.create("w", "plain", actions=ACTIONS)
    custom = store.create("w", "custom", actions=ACTIONS + [CUSTOM])
    msgs = [MESSAGES[i % len(MESSAGES)] for i in range(args.n)]
    for m in MESSAGES:  # warm caches (catalog, sentence vectors, heads)
        svc.answer("w", m)
        rt.respond("w", custom.id, None, [m])
        rt_float.respond("w", custom.id, None, [m])
    base, cond, cond_custom, cond_float, total, total_custom = [], [], [], [], [], []
    for i, m in enumerate(msgs):
        t = time.perf_counter()
        svc.answer("w", m, source_ids=plain.source_ids)
        base.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        r = rt.respond("w", plain.id, f"lead-{i}", [m])
        total.append((time.perf_counter() - t) * 1000)
        cond.append(r.conditions_ms)
        t = time.perf_counter()
        cond_custom.append(rt.respond("w", custom.id, f"lead-c{i}", [m]).conditions_ms)
        total_custom.append((time.perf_counter() - t) * 1000)
        cond_float.append(rt_float.respond("w", custom.id, f"lead-f{i}", [m]).conditions_ms)
    print(f"{len(msgs)} messages, {'HashEmbedder' if args.hash else 'all-MiniLM-L6-v2'}, demo store")
    print(f"{'':44} {'p50 ms':>8} {'p95 ms':>8}")
    for name, xs in (("answer without an agent (baseline)", base),
                     ("conditions step, 6 actions, no custom", cond),
                     ("conditions step, + 1 custom, int8 model", cond_custom),
                     ("conditions step, + 1 custom, float model", cond_float),
                     ("agent respond end to end (6 actions)", total),
                     ("agent respond end to end (+ 1 custom, int8)", total_custom)):
        print(f"{name:44} {pct(xs, 0.5):8.2f} {pct(xs, 0.95):8.2f}")
    for name, xs in (("6 actions", total), ("6 actions + 1 custom", total_custom)):
        print(f"respond minus answer, p50, {name}: {statistics.median(xs) - statistics.median(base):.2f} ms "
              "(conditions + lead/memory SQLite reads and writes)")
    svc.close()


if __name__ == "__main__":
    main()
