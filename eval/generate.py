"""A store's own evaluation set, generated from what the store already loaded.

``rag-agent eval generate --out SET_DIR`` reads the workspace's catalog (product points) and texts
(policy/page/document chunks) from its data directory and writes, in the layout of FORMAT.md:

- questions about prices, sizes, colours, stock, links and per-product shipping/returns/warranty of
  sampled products, and about the store's policies (topics found in its own sentences: shipping costs,
  free-shipping threshold, refund time, return fee, discount codes, payment methods, contact e-mail, hours),
  in en, es, pt, tr, id, ru, each with its gold answer (numbers and strings, matched as FORMAT.md says)
  and its gold source (``expect.source``, used by the retrieval metrics);
- small talk, handoff, out-of-scope and injection cases;
- with ``orders`` (the store's orders export in FORMAT.md's orders.jsonl), order status and
  order-lookup-denied cases (order contact data is kept only as hashes in the data directory, so it has
  to come from the export);
- ``SET_DIR/store/``: copies of the loaded originals (and the orders file), so ``eval run SET_DIR``
  rebuilds the same store.

Everything is drawn with a seeded random generator: the same store and seed give the same set.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval import templates as T
from rag_agent.engine.engine import TEXT_KINDS
from rag_agent.engine.text import fold, tokens

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
AMOUNT = r"(?:[$€£]|R\$)\s?(\d[\d,]*(?:\.\d+)?)"
PAYMENT_BRANDS = ["Visa", "Mastercard", "American Express", "PayPal", "Apple Pay", "Google Pay", "Discover",
                  "Klarna", "bank transfer", "Pix", "boleto", "Maestro", "Amex"]
DURATION = re.compile(r"(\d+)(?:\s*[-–]\s*(\d+))?\s*(?:business\s+|working\s+)?(day|week|month|year)s?\b", re.I)
OPTION_NAMES = {"sizes": ("size", "talla", "tamanho", "beden", "ukuran"),
                "colors": ("color", "colour", "cor", "renk", "warna")}


@dataclass
class StoreView:
    """What the generator reads from a loaded workspace."""

    products: list[dict[str, Any]]
    passages: list[tuple[str, str, str]]  # (sentence, source file name, section)
    catalog_file: str
    originals: list[Path] = field(default_factory=list)


def sentences(text: str) -> list[str]:
    """Bullet lines and sentences of a policy text (the generator's own split; gold values come from these)."""
    out = []
    for line in re.split(r"\n+", text):
        line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line).strip()
        if not line or line.startswith("#"):
            continue
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
            if len(s) > 3:
                out.append(s.strip())
    return out


def read_store(service: Any, workspace_id: str) -> StoreView:
    """The products, policy sentences and uploaded originals of a workspace of a Service."""
    from rag_agent.errors import InputError

    sources = [s for s in service.state.list_sources(workspace_id) if s.enabled]
    names = {sid: s.name for s in sources for sid in s.point_source_ids()}  # catalogs: the live generation
    ids = list(names)
    products = [h.payload for h in service.store.lookup({"workspace_id": workspace_id, "kind": "product",
                                                         "source_id": ids})] if ids else []
    chunks = service.store.lookup({"workspace_id": workspace_id, "kind": TEXT_KINDS, "source_id": ids}) if ids else []
    chunks.sort(key=lambda h: (h.payload.get("source_id", ""), h.payload.get("chunk_index", 0)))
    passages = [(s, names[h.payload["source_id"]], h.payload.get("section") or "")
                for h in chunks for s in sentences(h.payload.get("text", ""))]
    if not products and not passages:
        raise InputError(f"workspace {workspace_id!r} has no products or texts loaded; load a store first "
                         "(rag-agent sources add …, or rag-agent serve --demo)")
    catalog = next((names[p["source_id"]] for p in products if p.get("source_id") in names), "catalog")
    originals = []
    for s in sources:
        folder = service.settings.data_dir / "uploads" / workspace_id / s.id
        if folder.is_dir():
            originals += [p for p in sorted(folder.iterdir()) if p.is_file()]
    products.sort(key=lambda p: p.get("handle") or p.get("title", ""))
    return StoreView(products, passages, catalog, originals)


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}"


def _eligible(products: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Products a customer can name unambiguously: active, priced, a title of two or more words that no other
    product shares."""
    def key(p: dict[str, Any]) -> str:  # "Off White & Red" and "Off White Red" read the same to a customer
        return " ".join(tokens(p.get("title", "")))

    seen: dict[str, int] = {}
    for p in products:
        seen[key(p)] = seen.get(key(p), 0) + 1
    return [p for p in products if p.get("status") in (None, "active") and p.get("price_min") is not None
            and len(tokens(p.get("title", ""))) >= 2 and seen[key(p)] == 1]


def _option_values(p: dict[str, Any], which: str) -> list[str]:
    for v in p.get("variants") or []:
        for name in v.get("options", {}):
            if fold(name).startswith(OPTION_NAMES[which]):
                vals = [x["options"].get(name) for x in p["variants"] if x.get("options", {}).get(name)]
                return list(dict.fromkeys(vals))
    return []


def _attr(p: dict[str, Any], prefix: str) -> str | None:
    for k, v in (p.get("attributes") or {}).items():
        if k.lower().startswith(prefix):
            return str(v)
    return None


def _duration_gold(text: str, lang: str) -> dict[str, list[str]] | None:
    """any_of / all_of for a duration written in the catalog ("Ships in 2 weeks", "30 days return policy")."""
    low = text.lower()
    if "lifetime" in low:
        return {"any_of": T.LIFETIME[lang]}
    if "overnight" in low:
        return {"any_of": T.OVERNIGHT[lang]}
    if re.search(r"\bno\b", low):
        return None
    m = DURATION.search(low)
    if not m:
        return None
    lo, hi, unit = int(m.group(1)), m.group(2), m.group(3).lower()
    if hi:
        return {"all_of": [str(lo), hi]}
    forms = [f"{lo} {u}" for u in T.UNITS[unit][lang]]
    if unit != "day":
        forms += [f"{lo * T.UNIT_DAYS[unit]} {u}" for u in T.UNITS["day"][lang]]
    return {"any_of": forms}


def _policy_topics(passages: list[tuple[str, str, str]]) -> dict[str, dict[str, Any]]:
    """Store-level facts found in the store's sentences: topic -> gold values and the sentence they came from."""
    found: dict[str, dict[str, Any]] = {}

    def put(topic: str, sent: tuple[str, str, str], **gold: Any) -> None:
        if topic not in found:
            found[topic] = {"source": {"file": sent[1], "section": sent[2], "text": sent[0]}, **gold}

    for sent in passages:
        s = sent[0]
        low = s.lower()
        amounts = re.findall(AMOUNT, s)
        if m := re.search(r"standard shipping costs?\s+" + AMOUNT, s, re.I):
            put("shipping_standard", sent, any_of=[m.group(1)])
        if m := re.search(r"express shipping costs?\s+" + AMOUNT, s, re.I):
            put("shipping_express", sent, any_of=[m.group(1)])
        if "free" in low and "shipping" in low and amounts and "fee" not in low:
            put("free_shipping", sent, any_of=[amounts[-1]])
        if "refund" in low and (m := re.search(r"(\d+)\s+(?:business\s+|working\s+)?days", low)):
            put("refund_days", sent, any_of=[m.group(1)])
        if "return" in low and "fee" in low and amounts:
            put("return_fee", sent, any_of=[amounts[0]])
        code = re.search(r"\b([A-Z][A-Z0-9]{3,})\b", s)
        pct = re.search(r"(\d+)\s?%", s)
        if code and pct and re.search(r"\d", code.group(1)):
            put("promo_code", sent, any_of=[code.group(1)])
            put("promo_percent", sent, any_of=[pct.group(1)], code=code.group(1))
        if "accept" in low and "not accept" not in low and "do not" not in low:
            brands = [b for b in PAYMENT_BRANDS if b.lower() in low]
            if len(brands) >= 2:
                put("payment", sent, any_of=brands)
        if (m := EMAIL.search(s)) and re.search(r"e-?mail|contact", low):
            put("contact_email", sent, any_of=[m.group(0)])
        if (m := re.search(r"(\d{1,2})[:.]\d{2}\s*[-–]\s*(\d{1,2})[:.]\d{2}", s)) and \
                re.search(r"monday|weekday|mon\b", low):
            put("hours", sent, all_of=[str(int(m.group(1))), str(int(m.group(2)))])
    return found


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cases: list[dict[str, Any]] = []
        self.counter: dict[str, int] = {}

    def add(self, kind: str, lang: str, message: str, *, any_of=(), all_of=(), none_of=(), handoff: bool | None = False,
            source: dict | None = None, history: list | None = None) -> None:
        n = self.counter[kind] = self.counter.get(kind, 0) + 1
        expect: dict[str, Any] = {"kind": kind, "language": lang, "any_of": list(any_of), "all_of": list(all_of),
                                  "none_of": list(none_of)}
        if handoff is not None:
            expect["handoff"] = handoff
        if source:
            expect["source"] = source
        case: dict[str, Any] = {"id": f"{kind}-{n:03d}", "message": message, "expect": expect}
        if history:
            case["history"] = history
        # about one case in seven runs under another persona (tone and reply length), as stores configure them
        if self.rng.random() < 0.15:
            case["agent"] = {"tone": self.rng.choice(["casual", "friendly", "professional"]),
                             "reply_length": self.rng.choice(["short", "medium", "long"]), "reply_language": "auto"}
        self.cases.append(case)

    def template(self, options: list[str], **values: str) -> str:
        text = self.rng.choice(options).format(**values)
        return text.lower() if self.rng.random() < 0.15 else text


def generate_cases(view: StoreView, orders: list[dict[str, Any]] | None = None, seed: int = 7,
                   per_kind: int = 3) -> list[dict[str, Any]]:
    """The cases for one store: ``per_kind`` product questions of each kind per language (as the catalog allows),
    every policy topic found, conversation cases, and order cases when ``orders`` is given."""
    b = _Builder(seed)
    pool = _eligible(view.products)
    with_sizes = [p for p in pool if len(_option_values(p, "sizes")) > 1]
    with_colors = [p for p in pool if len(_option_values(p, "colors")) > 1]
    topics = _policy_topics(view.passages)
    for lang in T.LANGS:
        def pick(items: list[dict], n: int) -> list[dict]:
            return b.rng.sample(items, min(n, len(items)))

        def src(p: dict) -> dict:
            return {"file": view.catalog_file, "handle": p.get("handle")}

        for p in pick(pool, per_kind + 1):
            title = p["title"]
            q = b.template(T.PRODUCT["price"][lang], title=title)
            if p.get("price_max") not in (None, p["price_min"]):
                b.add("product_price", lang, q, all_of=[_num(p["price_min"]), _num(p["price_max"])], source=src(p))
            else:
                b.add("product_price", lang, q, any_of=[_num(p["price_min"])], source=src(p))
        # out-of-stock products are asked about first: they are the answers a store owner worries about
        out = [p for p in pool if not p.get("available") or (p.get("stock") is not None and p["stock"] <= 0)]
        stock_pool = pick(out, 1) + pick([p for p in pool if p not in out], per_kind - min(1, len(out)))
        for p in stock_pool:
            q = b.template(T.PRODUCT["stock"][lang], title=p["title"])
            if p in out:
                b.add("product_stock", lang, q, any_of=T.OUT_OF_STOCK[lang], source=src(p))
            else:
                qty = [str(p["stock"])] if p.get("stock") is not None else []
                b.add("product_stock", lang, q, any_of=qty + T.IN_STOCK[lang] + [p["title"]],
                      none_of=T.OUT_OF_STOCK[lang], source=src(p))
        for p in pick(pool, max(1, per_kind - 1)):
            if p.get("handle"):
                b.add("product_link", lang, b.template(T.PRODUCT["link"][lang], title=p["title"]),
                      any_of=[p["handle"]], source=src(p))
        for kind, items in (("sizes", with_sizes), ("colors", with_colors)):
            for p in pick(items, max(1, per_kind - 1)):
                b.add(f"product_{kind}", lang, b.template(T.PRODUCT[kind][lang], title=p["title"]),
                      all_of=_option_values(p, kind), source=src(p))
        for key, attr, kind in (("ship", "ship", "policy_shipping"), ("returns", "return", "policy_returns"),
                                ("warranty", "warrant", "policy_returns")):
            usable = [p for p in pool if _attr(p, attr) and _duration_gold(_attr(p, attr) or "", lang)]
            for p in pick(usable, max(1, per_kind - 1)):
                gold = _duration_gold(_attr(p, attr) or "", lang) or {}
                b.add(kind, lang, b.template(T.PRODUCT[key][lang], title=p["title"]), source=src(p), **gold)
        for topic, fact in topics.items():
            gold = {k: v for k, v in fact.items() if k in ("any_of", "all_of")}
            q = b.template(T.POLICY[topic][lang], code=fact.get("code", ""))
            b.add(T.POLICY_KIND[topic], lang, q, source=fact["source"], **gold)
        for msg in b.rng.sample(T.SMALLTALK[lang], 2):
            b.add("smalltalk", lang, msg)
        for msg in T.HANDOFF[lang]:
            b.add("handoff", lang, msg, handoff=True)
        for msg, wrong in T.OUT_OF_SCOPE[lang]:
            b.add("out_of_scope", lang, msg, none_of=wrong, handoff=None)
        for msg, payload in T.INJECTION[lang]:
            b.add("injection", lang, msg, none_of=payload, handoff=None)
        if orders:
            _order_cases(b, lang, orders)
    return b.cases


def _order_cases(b: _Builder, lang: str, orders: list[dict[str, Any]]) -> None:
    with_email = [o for o in orders if o.get("email")]
    if not with_email:
        return
    for o in b.rng.sample(with_email, min(2, len(with_email))):
        status = str(o.get("status", "")).lower()
        words = T.STATUS_WORDS.get(status, {}).get(lang, [])
        gold = ([o["tracking_number"]] if o.get("tracking_number") else []) + words
        msg = b.rng.choice(T.ORDER[lang]).format(number=o["number"], email=o["email"])
        b.add("order_status", lang, msg, any_of=gold or [status], source=None)
    o, other = b.rng.sample(with_email, 2) if len(with_email) > 1 else (with_email[0], None)
    secret = [o["tracking_number"]] if o.get("tracking_number") else []
    items = [i.get("title") for i in o.get("items") or [] if i.get("title")][:1]
    if other:
        msg = b.rng.choice(T.ORDER[lang]).format(number=o["number"], email=other["email"])
        b.add("order_lookup_denied", lang, msg, none_of=secret + items, handoff=None)
    b.add("order_lookup_denied", lang, T.ORDER_NO_CONTACT[lang][0].format(number=o["number"]),
          none_of=secret + items, handoff=None)
    t = b.rng.choice(with_email)
    b.add("injection", lang, T.INJECTION_ORDER[lang].format(number=t["number"]),
          none_of=[x for x in (t.get("email"), t.get("phone"), t.get("tracking_number")) if x], handoff=None)


def write_set(out: Path, cases: list[dict[str, Any]], view: StoreView, orders_file: Path | None = None,
              origin: str = "") -> dict[str, Any]:
    """Write SET_DIR/questions.jsonl, SET_DIR/store/ (copies of the originals) and a README with the counts."""
    out = Path(out)
    store = out / "store"
    store.mkdir(parents=True, exist_ok=True)
    copied = []
    for p in view.originals:
        if p.name not in copied:
            shutil.copyfile(p, store / p.name)
            copied.append(p.name)
    if orders_file:
        shutil.copyfile(orders_file, store / "orders.jsonl")
        copied.append("orders.jsonl")
    with open(out / "questions.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts: dict[str, dict[str, int]] = {}
    for c in cases:
        counts.setdefault(c["expect"]["kind"], {}).setdefault(c["expect"]["language"], 0)
        counts[c["expect"]["kind"]][c["expect"]["language"]] += 1
    lines = [f"# Generated evaluation set\n",
             f"Generated by `rag-agent eval generate` on {time.strftime('%Y-%m-%d')} from {origin or 'a data directory'}.",
             f"Store files: {', '.join(copied) or 'none'}. {len(cases)} cases; gold sources in `expect.source`.\n",
             "| kind | " + " | ".join(T.LANGS) + " | total |", "|---|" + "---:|" * (len(T.LANGS) + 1)]
    for kind, row in sorted(counts.items()):
        lines.append(f"| {kind} | " + " | ".join(str(row.get(lg, 0)) for lg in T.LANGS) + f" | {sum(row.values())} |")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"cases": len(cases), "store_files": copied, "by_kind": {k: sum(v.values()) for k, v in counts.items()}}


def read_orders(path: Path) -> list[dict[str, Any]]:
    """Orders of a FORMAT.md orders.jsonl file."""
    from rag_agent.errors import InputError

    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                o = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{Path(path).name} line {n}: not JSON ({exc})") from exc
            if not isinstance(o, dict) or "number" not in o:
                raise InputError(f"{Path(path).name} line {n}: an order needs a 'number'")
            out.append(o)
    return out





def generate_from_store_dir(store_dir: Path, out: Path, embedder: Any = None, seed: int = 7, per_kind: int = 3,
                            data_dir: Path | None = None) -> dict[str, Any]:
    """Load a store folder (products.csv, knowledge files, orders.jsonl) into a fresh data directory and
    generate its set into ``out`` (what ``eval generate`` does after ``sources add``, in one call)."""
    import tempfile

    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=Path(data_dir or tempfile.mkdtemp(prefix="rag-gen-"))), embedder=embedder)
    try:
        svc.ensure_workspace("default", "store", plan="paid")
        svc.load_store_dir("default", Path(store_dir))
        view = read_store(svc, "default")
    finally:
        svc.close()
    orders_file = Path(store_dir) / "orders.jsonl"
    orders = read_orders(orders_file) if orders_file.is_file() else None
    cases = generate_cases(view, orders, seed=seed, per_kind=per_kind)
    return write_set(out, cases, view, orders_file if orders else None, origin=str(store_dir))


__all__ = ["StoreView", "read_store", "generate_cases", "write_set", "read_orders", "generate_from_store_dir"]
