"""Conversations under load: 100 conversations at once, each a burst of 3 messages answered by one reply.

Prints messages handled per second (intake, and intake + replies) and reply latency p50/p95 (the wall time the
scheduler spends writing one reply: agent runtime + engine + conversation bookkeeping), beside two baselines in
the same process on the same questions: direct ``Service.answer`` calls and direct ``AgentRuntime.respond``
calls (no conversation layer). The delay before reply is simulated with a manual clock, so it costs no wall time.

    python bench/bench_conversations.py            # real embedding model
    python bench/bench_conversations.py --hash     # HashEmbedder (no model)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

QUESTIONS = [
    ("Hi!", "How much is the Trail Runner Jacket?", "Is it in stock?"),
    ("Hello", "Do you ship to Spain?", "How long does it take?"),
    ("Hey", "What is your return policy?", "Thanks"),
    ("Good morning", "How much is the Daypack 28L?", "Which colours do you have?"),
]


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conversations", type=int, default=100)
    ap.add_argument("--threads", type=int, default=16, help="concurrent senders for the intake")
    ap.add_argument("--hash", action="store_true", help="HashEmbedder instead of the real model")
    args = ap.parse_args()

    from rag_agent.conversations import ManualClock, build
    from rag_agent.embed import HashEmbedder, SentenceTransformerEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    demo = Path(__file__).resolve().parents[1] / "rag_agent" / "demo"
    data = Path(tempfile.mkdtemp(prefix="bench-conv-"))
    embedder = HashEmbedder() if args.hash else SentenceTransformerEmbedder()
    svc = Service(Settings(data_dir=data), embedder=embedder)
    svc.ensure_workspace("w1", "Bench", plan="paid")
    svc.load_store_dir("w1", demo)
    store = svc.agent_store
    agent = store.create("w1", "Sales", settings={"reply_delay_s": 30})
    store.activate("w1", agent.id)
    clock = ManualClock(time.time())
    conv = build(svc, clock=clock)
    conv.set_routing("w1", {"assign_new_to_ai": agent.id})
    conv.add_credits("w1", 100000)
    conv.set_limits("w1", {"replies_per_minute": 100000, "daily_credit_limit": 1e9})
    n = args.conversations
    bursts = [QUESTIONS[i % len(QUESTIONS)] for i in range(n)]
    svc.answer("w1", "warm up")  # load lazy parts (language detector, caches) before timing

    # baselines: the same merged questions, answered directly
    base_ms, rt_ms = [], []
    t0 = time.perf_counter()
    for b in bursts:
        t = time.perf_counter()
        svc.answer("w1", "\n".join(b))
        base_ms.append((time.perf_counter() - t) * 1000)
    base_wall = time.perf_counter() - t0
    rt = svc.agent_runtime
    t0 = time.perf_counter()
    for i, b in enumerate(bursts):
        t = time.perf_counter()
        rt.respond("w1", agent.id, f"base-{i}", list(b), [])
        rt_ms.append((time.perf_counter() - t) * 1000)
    rt_wall = time.perf_counter() - t0

    # conversations: all bursts arrive at once from `threads` senders, then one scheduler step answers them
    def send(i: int) -> None:
        for text in bursts[i]:
            conv.receive("w1", "whatsapp", f"lead-{i}", text=text)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(args.threads) as pool:
        list(pool.map(send, range(n)))
    intake_wall = time.perf_counter() - t0
    messages = sum(len(b) for b in bursts)
    clock.advance(30)
    t0 = time.perf_counter()
    rep = conv.tick()
    tick_wall = time.perf_counter() - t0
    assert rep.replied == n, rep.as_dict()
    merged = conv.db.one("SELECT COUNT(*) AS n FROM cv_messages WHERE direction='out' AND sender_kind='ai'")["n"]

    print(f"bench_conversations: {n} conversations at once, {messages} messages, "
          f"{'HashEmbedder' if args.hash else 'real model'}, {args.threads} sender threads")
    print(f"  intake                      {messages / intake_wall:8.1f} messages/s  ({intake_wall:.2f} s)")
    print(f"  intake + replies            {messages / (intake_wall + tick_wall):8.1f} messages/s  "
          f"({merged} replies for {messages} messages)")
    print(f"  reply latency (scheduler)   p50 {statistics.median(rep.reply_ms):7.1f} ms   "
          f"p95 {pct(rep.reply_ms, 0.95):7.1f} ms   {n / tick_wall:6.1f} replies/s")
    print(f"  baseline Service.answer     p50 {statistics.median(base_ms):7.1f} ms   "
          f"p95 {pct(base_ms, 0.95):7.1f} ms   {n / base_wall:6.1f} answers/s")
    print(f"  baseline AgentRuntime       p50 {statistics.median(rt_ms):7.1f} ms   "
          f"p95 {pct(rt_ms, 0.95):7.1f} ms   {n / rt_wall:6.1f} replies/s")
    conv.close()
    svc.close()


if __name__ == "__main__":
    main()
