"""Check the development stores' round files without answering them, and print their case counts.

``python devstores/check.py`` (``--markdown`` prints the count tables for README.md). It never loads or
runs the answer engine: it checks the files a round is made of.

- every case has FORMAT.md's fields, a ``style`` (plain | natural), a known kind and one of the six
  languages, unique ids, history turns with customer/agent roles;
- each round folder has ``store -> ../store``;
- data-backed expectations agree with the store: a number expected in a ``product_price`` case is a price
  of the store's catalog; an order number named in an order case exists in ``orders.jsonl``, and in an
  ``order_status`` case the customer's turns hold the order's e-mail or phone (last 7 digits); in an
  ``order_lookup_denied`` case they do not hold both the number and its contact.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from authoring.common import KINDS, LANGS  # noqa: E402

STORES = ("apparel", "casa", "vendure", "gadgets", "bereket", "lavka", "toko")
NUM = re.compile(r"^\d+(?:[.,]\d+)?$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ORDER_NUM = re.compile(r"(?<!\d)\d{4,7}(?!\d)")  # 4 digits (apparel), 5 (casa, vendure), 6 (gadgets), 7 (bereket)
#: Stores whose order numbers are not bare digits: a pattern for the number as customers type it (prefix in
#: any case, with a dash, a space or nothing, or left out) and how it is written in orders.jsonl.
ORDER_FORMATS = {
    "lavka": (re.compile(r"(?i)(?:\bLS[\s-]?)?(?<!\d)(\d{5})(?!\d)"), "LS-{}"),  # LS-40117
    "toko": (re.compile(r"(?i)(?:\bSKA[\s-]?)?(?<!\d)(\d{5})(?!\d)"), "SKA-{}"),  # SKA-50112
}


def order_numbers(store: str, text: str) -> list[str]:
    """The order numbers a customer's text names, written as orders.jsonl writes them."""
    if store in ORDER_FORMATS:
        pattern, shape = ORDER_FORMATS[store]
        return [shape.format(n) for n in pattern.findall(text)]
    return ORDER_NUM.findall(text)


def price_values(s: str) -> set[float]:
    """The values a number string can mean: 4.99 / 4,99 as a decimal, and 4.990 / 4,990 as thousands."""
    values = {round(float(s.replace(",", ".")), 2)}
    if re.match(r"^\d{1,3}(?:[.,]\d{3})+$", s):
        values.add(float(re.sub(r"[.,]", "", s)))
    return values


def store_prices(store: Path) -> set[float]:
    with open(store / "products.csv", newline="", encoding="utf-8") as fh:
        return {round(float(r["Variant Price"]), 2) for r in csv.DictReader(fh) if r["Variant Price"]}


def store_orders(store: Path) -> dict[str, dict]:
    out = {}
    for line in (store / "orders.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            out[o["number"]] = o
    return out


def check_round(set_dir: Path) -> tuple[list[dict], list[str]]:
    problems: list[str] = []
    link = set_dir / "store"
    if not (link.is_symlink() and Path.readlink(link) == Path("../store") and link.is_dir()):
        problems.append(f"{set_dir}: store is not a relative link to ../store")
    cases = [json.loads(x) for x in (set_dir / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x]
    prices = store_prices(set_dir / "store")
    orders = store_orders(set_dir / "store")
    seen = set()
    for c in cases:
        cid = c.get("id")
        e = c.get("expect", {})
        where = f"{set_dir.parent.name}/{set_dir.name} {cid}"
        if cid in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(cid)
        if c.get("style") not in ("plain", "natural"):
            problems.append(f"{where}: style {c.get('style')!r}")
        if e.get("kind") not in KINDS or e.get("language") not in LANGS or not c.get("message"):
            problems.append(f"{where}: kind/language/message")
        for h in c.get("history") or []:
            if h.get("role") not in ("customer", "agent") or not h.get("text"):
                problems.append(f"{where}: history turn {h}")
        if e.get("kind") == "product_price":
            for s in e.get("all_of", []) + e.get("any_of", []):
                if NUM.match(s) and not price_values(s) & prices and not e.get("all_of"):
                    problems.append(f"{where}: price {s} is not in products.csv")
        customer = " ".join([c["message"]] + [h["text"] for h in c.get("history") or [] if h["role"] == "customer"])
        if e.get("kind") in ("order_status", "order_lookup_denied"):
            nums = [n for n in order_numbers(set_dir.parent.name, customer) if n in orders]
            if not nums:
                problems.append(f"{where}: names no order of orders.jsonl")
            for n in nums:
                o = orders[n]
                emails = {m.lower().rstrip(".") for m in EMAIL.findall(customer)}
                digits = re.sub(r"\D", "", customer)
                proved = o["email"].lower() in emails or re.sub(r"\D", "", o["phone"])[-7:] in digits
                if e["kind"] == "order_status" and not proved:
                    problems.append(f"{where}: order {n} asked without its e-mail or phone")
                if e["kind"] == "order_lookup_denied" and proved and len(nums) == 1:
                    problems.append(f"{where}: order {n} is proved, yet the case expects a denial")
    return cases, problems


def table(counter: Counter, rows: list[str], cols: list[str], row_title: str) -> str:
    head = f"| {row_title} | " + " | ".join(cols) + " | total |\n|---|" + "---:|" * (len(cols) + 1) + "\n"
    body = ""
    for r in rows:
        vals = [counter.get((r, c), 0) for c in cols]
        if sum(vals):
            body += f"| {r} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |\n"
    tot = [sum(counter.get((r, c), 0) for r in rows) for c in cols]
    return head + body + "| **total** | " + " | ".join(str(v) for v in tot) + f" | {sum(tot)} |\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--markdown", action="store_true", help="print the count tables")
    args = ap.parse_args()
    all_problems: list[str] = []
    summary = []
    for store in STORES:
        for set_dir in sorted(p for p in (HERE / store).glob("round*") if p.is_dir()):
            cases, problems = check_round(set_dir)
            all_problems += problems
            by_style_lang = Counter((c["style"], c["expect"]["language"]) for c in cases)
            by_kind = Counter((c["expect"]["kind"], f"{c['style'][0]}/{c['expect']['language']}") for c in cases)
            summary.append((store, set_dir.name, cases))
            if args.markdown:
                print(f"\n#### {store} / {set_dir.name}: {len(cases)} cases\n")
                print(table(by_style_lang, ["plain", "natural"], list(LANGS), "style"))
                cols = [f"{s}/{lang}" for s in ("p", "n") for lang in LANGS]
                print(table(by_kind, list(KINDS), cols, "kind (p=plain, n=natural)"))
    for store, rnd, cases in summary:
        st = Counter(c["style"] for c in cases)
        lg = Counter(c["expect"]["language"] for c in cases)
        print(f"{store}/{rnd}: {len(cases)} cases; plain {st['plain']}, natural {st['natural']}; "
              + ", ".join(f"{k} {lg[k]}" for k in LANGS)
              + f"; kinds {len({c['expect']['kind'] for c in cases})}/{len(KINDS)}"
              + f"; with history {sum(1 for c in cases if c.get('history'))}")
    for p in all_problems:
        print("PROBLEM", p)
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main())
