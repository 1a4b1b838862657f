"""Write the public held-out sample: rows of ../shared/data in the held-out hash bucket, bounded per label.

    python scripts/make_heldout.py [--data ../shared/data] [--per-label 60]

Only rows with ``is_heldout(text)`` are written, and the build script skips exactly those rows.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rag_agent.agents.splits import is_heldout, presidio_rows, public_rows  # noqa: E402

OUT = REPO / "rag_agent" / "agents" / "eval_data" / "heldout_public.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--per-label", type=int, default=60)
    args = ap.parse_args()
    seen: Counter = Counter()
    lines = ["# HELD-OUT public rows (hash bucket 0 of 5): source<TAB>lang<TAB>labels<TAB>text. Never used to build."]
    for src, lang, text, labels in public_rows(args.data):
        text = " ".join(text.split())
        if not is_heldout(text) or not text:
            continue
        key = (src, lang, ",".join(sorted(labels)) or "-")
        cap = args.per_label if labels else args.per_label * 2
        if seen[key] >= cap:
            continue
        seen[key] += 1
        lines.append(f"{src}\t{lang}\t{key[2]}\t{text}")
    # presidio (en): sentences with emails and phone numbers (valid phones only, values in E.164)
    for text, labels in presidio_rows(args.data):
        if not is_heldout(text) or seen["presidio"] >= args.per_label * 3:
            continue
        seen["presidio"] += 1
        lines.append(f"presidio\ten\t{','.join(labels) or '-'}\t{text}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} rows to {OUT}")


if __name__ == "__main__":
    main()
