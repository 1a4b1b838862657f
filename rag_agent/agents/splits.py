"""The labels of the condition heads, how public data maps to them, and the build / held-out split.

A public row is held out when the CRC32 of its folded text falls in bucket 0 of 5 (:func:`is_heldout`): the
build script skips those rows, ``scripts/make_heldout.py`` writes a bounded sample of them (and only them) to
``eval_data/heldout_public.tsv``. Hand-written held-out messages live in ``eval_data/heldout_messages.tsv``,
apart from the training messages in ``scripts/agent_messages_train.tsv``.
"""

from __future__ import annotations

import csv
import json
import re
import zlib
from pathlib import Path
from typing import Iterator

from rag_agent.engine.text import fold

LABELS = ["wants:human", "wants:buy", "wants:refund", "wants:help", "asks_about:availability",
          "asks_about:delivery_time", "asks_about:price", "asks_about:refund_policy", "asks_about:order_status",
          "asks_about:troubleshooting", "sentiment:frustrated", "sentiment:confused", "sentiment:happy",
          "sentiment:sad", "contains:greeting"]
SHORT = {lab.split(":", 1)[1]: lab for lab in LABELS}  # "human" -> "wants:human"

BITEXT_MAP = {"contact_human_agent": "wants:human", "place_order": "wants:buy", "get_refund": "wants:refund",
              "check_refund_policy": "asks_about:refund_policy", "track_order": "asks_about:order_status",
              "delivery_period": "asks_about:delivery_time"}
BITEXT_SKIP = {"contact_customer_service", "complaint", "track_refund"}  # ambiguous for our labels
#: training only: a client filing a complaint against the store is dissatisfied (the held-out sample has no
#: complaint rows: scripts/make_heldout.py reads public_rows(), which still skips them)
BITEXT_TRAIN_ONLY = {"complaint": "sentiment:frustrated"}
CLINC_MAP = {"greeting": "contains:greeting", "order_status": "asks_about:order_status"}
XED_MAP = {"1": "sentiment:frustrated", "5": "sentiment:happy", "6": "sentiment:sad"}
GOEMO_MAP = {"confusion": "sentiment:confused", "anger": "sentiment:frustrated", "annoyance": "sentiment:frustrated",
             "joy": "sentiment:happy", "gratitude": "sentiment:happy", "excitement": "sentiment:happy",
             "admiration": "sentiment:happy", "sadness": "sentiment:sad", "grief": "sentiment:sad"}
SEMEVAL = {"eng": "en", "esp": "es", "ptbr": "pt", "rus": "ru"}
CAP = 2500  # rows per source and language, so no corpus drowns the others


def is_heldout(text: str) -> bool:
    """True for the public rows kept out of every build (one in five, by a hash of the folded text)."""
    return zlib.crc32(fold(text).strip().encode()) % 5 == 0


def _capped(rows: list, cap: int = CAP) -> list:
    rows.sort(key=lambda r: zlib.crc32(r[2].encode()))
    return rows[:cap]


def goemotions_rows(data: Path) -> list[tuple[str, str, str, set[str]]]:
    rows = []
    for name in ("dev.tsv", "test.tsv"):
        with open(data / "goemotions_single_label" / name, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                lab = GOEMO_MAP.get(r["label"])
                rows.append(("goemotions", "en", r["text"], {lab} if lab else set()))
    return _capped(rows, 4000)


def public_rows(data: Path, training: bool = False) -> Iterator[tuple[str, str, str, set[str]]]:
    """(source, language, text, labels) of every public row used for the condition heads (``training``: with
    the :data:`BITEXT_TRAIN_ONLY` rows)."""
    with open(data / "bitext_customer_support" / "bitext_customer_support_train.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if training and r["intent"] in BITEXT_TRAIN_ONLY:
                yield "bitext", "en", r["instruction"], {BITEXT_TRAIN_ONLY[r["intent"]]}
                continue
            if r["intent"] in BITEXT_SKIP:
                continue
            lab = BITEXT_MAP.get(r["intent"])
            yield "bitext", "en", r["instruction"], {lab} if lab else set()
    clinc = json.loads((data / "clinc150" / "data_full.json").read_text())
    rows = []
    for split in ("train", "val", "test", "oos_train", "oos_val", "oos_test"):
        for text, intent in clinc[split]:
            lab = CLINC_MAP.get(intent)
            rows.append(("clinc150", "en", text, {lab} if lab else set()))
    pos = [r for r in rows if r[3]]
    yield from pos + _capped([r for r in rows if not r[3]], 3000)
    for prefix, lang in SEMEVAL.items():
        rows = []
        for path in sorted((data / "semeval2025_task11_emotion").glob(f"{prefix}_*.csv")):
            with open(path, encoding="utf-8") as fh:
                for r in csv.DictReader(fh):
                    labs = {lab for col, lab in (("anger", "sentiment:frustrated"), ("joy", "sentiment:happy"),
                                                 ("sadness", "sentiment:sad")) if r.get(col) == "1"}
                    rows.append(("semeval", lang, r["text"], labs))
        yield from _capped(rows)
    xed = data / "xed_emotion"
    for lang in ("es", "pt", "ru", "tr", "id"):
        rows = []
        with open(xed / f"{lang}-projections.tsv", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2:
                    labs = {XED_MAP[x.strip()] for x in parts[1].split(",") if x.strip() in XED_MAP}
                    rows.append(("xed", lang, parts[0], labs))
        yield from _capped(rows)
    rows = []
    with open(xed / "en-annotated.tsv", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                labs = {XED_MAP[x.strip()] for x in parts[1].split(",") if x.strip() in XED_MAP}
                rows.append(("xed", "en", parts[0], labs))
    yield from _capped(rows)
    yield from goemotions_rows(data)


def presidio_rows(data: Path) -> Iterator[tuple[str, list[str]]]:
    """(text, labels) of the presidio sentences (en) with their emails ("email=...") and phones ("phone=+E164").

    A phone is kept only when libphonenumber calls it valid, read as written when it has a "+", else in the first
    of the six languages' regions where it is valid and likeliest (:func:`extract.plausibility`: its national
    format groups the digits as written, "(71) 4233-6306" is Brazilian, not the US 714 233 6306; then a personal
    number before a toll-free, shared-cost or corporate one); a sentence with a
    phone valid nowhere (half of the synthetic ones are numbers of no plan) is skipped: neither finding nor
    missing it says anything.
    """
    import phonenumbers

    from rag_agent.agents.extract import REGIONS, plausibility

    for r in json.loads((data / "presidio_synth_pii" / "synth_dataset_v2.json").read_text()):
        labels = []
        for s in r["spans"]:
            if s["entity_type"] == "EMAIL_ADDRESS":
                labels.append("email=" + s["entity_value"].lower())
            elif s["entity_type"] == "PHONE_NUMBER":
                raw = s["entity_value"]
                valid = []
                for reg in [None] if raw.strip().startswith("+") else REGIONS:
                    try:
                        num = phonenumbers.parse(raw, reg)
                    except phonenumbers.NumberParseException:
                        continue
                    if phonenumbers.is_valid_number(num):
                        valid.append(num)
                if not valid:
                    break  # a phone valid nowhere
                num = min(valid, key=lambda n: plausibility(raw.strip(), n))  # stable: the first of the likeliest
                labels.append("phone=" + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
        else:
            yield " ".join(r["full_text"].split()), labels


def read_tsv(path: Path) -> list[tuple[str, str, list[str]]]:
    """(language, text, labels) of a hand-written or held-out TSV (comment lines start with #)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, labels, text = line.split("\t", 2)
        out.append((lang, text, [] if labels == "-" else re.split(r",(?=[a-z_]+(?:=|,|$))", labels)))
    return out
