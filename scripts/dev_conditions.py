"""Development check of the condition classifiers, without the held-out set.

    python scripts/dev_conditions.py [--data ../shared/data] [--show wants:human] [--misses 20]

The public rows in hash bucket 1 of 5 (bucket 0 is the held-out set, never read here) are set aside as a dev
set: heads are trained on buckets 2-4 plus the hand-written training messages, then every condition is scored
on the dev rows (bitext / clinc150 for intents and greetings, presidio for emails and phones, the emotion
corpora for sentiment) and on ``scripts/agent_messages_dev.tsv`` (hand-written dev messages). This is what
tuning looks at; ``rag-agent agents eval-conditions`` (held-out) is run once at the end of a round.
``--show LABEL`` prints the dev misses of one label.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from build_classifiers import train, train_embedding_heads, training_rows  # noqa: E402

from rag_agent.agents.conditions import ConditionEvaluator  # noqa: E402
from rag_agent.agents.evaluate import SUPPORT_SOURCES, score  # noqa: E402
from rag_agent.agents.splits import SHORT, is_heldout, presidio_rows, public_rows, read_tsv  # noqa: E402
from rag_agent.engine.text import fold  # noqa: E402

DEV_TSV = REPO / "scripts" / "agent_messages_dev.tsv"


def is_dev(text: str) -> bool:
    return zlib.crc32(fold(text).strip().encode()) % 5 == 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--show", action="append", default=[])
    ap.add_argument("--dev", type=Path, default=DEV_TSV, help="hand-written dev messages (TSV)")
    ap.add_argument("--misses", type=int, default=25)
    ap.add_argument("--per-label", type=int, default=150)
    ap.add_argument("--threshold", action="append", default=[], help="LABEL=T: override a head threshold")
    ap.add_argument("--sentence", action="store_true", help="also the sentence-vector heads (int8 MiniLM)")
    ap.add_argument("--sthreshold", action="append", default=[], help="LABEL=T: override a sentence threshold")
    ap.add_argument("--presidio-all", action="store_true", help="phones and emails on every non-held-out presidio row")
    args = ap.parse_args()
    rows_for_training = training_rows(args.data, exclude=is_dev)
    heads, rep = train(rows_for_training)
    print({k: v["threshold"] for k, v in rep["labels"].items()})
    for lab, t in (x.split("=") for x in args.threshold):
        heads.thresholds[lab] = float(t)
    emb = sheads = None
    if args.sentence:
        from rag_agent.embed import QuantizedEmbedder, SentenceTransformerEmbedder

        emb = QuantizedEmbedder(SentenceTransformerEmbedder())
        sheads, _ = train_embedding_heads(rows_for_training, emb, cache=Path("/tmp/rag-agent-build/vectors.npz"))
        for lab, t in (x.split("=") for x in args.sthreshold):
            sheads.thresholds[lab] = float(t)
        print("sentence heads", sheads.thresholds)
    ev = ConditionEvaluator(heads=heads, embedder=emb, sentence_heads=sheads)
    rows = []
    seen: dict = defaultdict(int)
    for src, lang, text, labels in public_rows(args.data):
        text = " ".join(text.split())
        if is_heldout(text) or not is_dev(text):
            continue
        key = (src, lang, ",".join(sorted(labels)))
        if seen[key] >= (args.per_label if labels else 2 * args.per_label):
            continue
        seen[key] += 1
        rows.append((src, lang, text, sorted(labels)))
    # presidio: the dev bucket (``--presidio-all``: buckets 1-4; extraction is rules only, nothing trains on them)
    rows += [("presidio", "en", text, labels) for text, labels in presidio_rows(args.data)
             if not is_heldout(text) and (args.presidio_all or is_dev(text))][: 3000 if args.presidio_all else 600]
    rows += [("hand", lang, text, [SHORT.get(lab, lab) for lab in labels])
             for lang, text, labels in read_tsv(args.dev)]
    misses: dict = defaultdict(list)

    def on_miss(label, src, lang, text, got, want, sig):
        if label not in args.show:
            return
        if label.startswith("provides:"):
            misses[label].append(("got " + ",".join(sorted(got)), "want " + ",".join(sorted(want)), src, text))
        else:
            misses[label].append(("FN" if want else "FP", src, lang, round(sig.scores.get(label, 0), 2), text))

    counts = score(rows, ev, on_miss=on_miss, group_of=lambda src: "hand" if src == "hand" else
                   "public" if src in SUPPORT_SOURCES else "emotion")
    print(f"{'condition':28} {'lang':4} {'set':8} {'tp':>5} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6}")
    for (label, lang, group), (tp, fp, fn, _) in sorted(counts.items()):
        if tp + fn == 0 and fp == 0:
            continue
        p = tp / (tp + fp) if tp + fp else float("nan")
        r = tp / (tp + fn) if tp + fn else float("nan")
        print(f"{label:28} {lang:4} {group:8} {tp:5} {fp:4} {fn:4} {p:6.3f} {r:6.3f}")
    for label, ms in misses.items():
        print(f"\n== {label}: {len(ms)} misses")
        for m in ms[: args.misses]:
            print("  ", *m)


if __name__ == "__main__":
    main()
