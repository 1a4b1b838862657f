"""The answer path: message (+ history, persona) → language → what is asked → facts → reply.

Everything a reply states comes from a fact found here: structured catalog fields, a verified
order, or sentences of the store's own texts. The reply carries those facts' citations.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Collection, Sequence

import numpy as np

from rag_agent.embed import Embedder
from rag_agent.engine import language as langdet
from rag_agent.engine import phrases as P
from rag_agent.engine.catalog import Catalog, CatalogProduct
from rag_agent.engine.compose import Draft, finalize
from rag_agent.engine.generate import MODEL_INTENTS, GenerationRequest, Generator, numbers_in
from rag_agent.engine.lexicon import expand_query, has
from rag_agent.engine.persona import Persona
from rag_agent.engine.policy import sentences, typed_fact
from rag_agent.engine.text import duration_days, emails_in, fold, money, parse_duration, phones_in, tokens
from rag_agent.orders import OrderVerifier
from rag_agent.sparse import SparseEncoder
from rag_agent.state import State, Workspace
from rag_agent.store.base import VectorStore

logger = logging.getLogger(__name__)

TEXT_KINDS = ["chunk", "page", "policy"]
ORDER_NO = re.compile(r"(?:#|№|\bno\.?\s?)?(?<![\d+\-.@])(\d{3,10})(?![\d@]|[.-]\d)")
# "is shipping free?", "how much is delivery?": about shipping, not a request for products
FREE_OR_COST = re.compile(r"free|gratis|gratuit|ucretsiz|бесплатн|cost|cuesta|custa|ucret|ongkir|biaya|стоит|стоимост")
PRICE_LIMIT = re.compile(
    r"(?:under|below|less than|up to|max(?:imum)?|menos de|hasta|abaixo de|ate|por menos de|altinda|"
    r"di bawah|kurang dari|maksimal|до|дешевле|не дороже)\s*(?:[$€£]|r\$|us\$)?\s*(\d[\d.,]*)|"
    r"(\d[\d.,]*)\s*(?:\$|dollars?|bucks|usd|dolar|долл)?\s*(?:altinda|alti)", re.I)


@dataclass
class Turn:
    role: str  # "customer" | "agent"
    text: str


@dataclass
class Answer:
    """What the agent replies, and why."""

    reply: str
    language: str
    handoff: bool
    citations: list[dict[str, Any]]
    intent: str
    latency_ms: float = 0.0
    generated_by: str = "composer"  # "composer" | "llm"

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Ctx:
    ws: Workspace
    message: str
    folded: str
    history: list[Turn]
    persona: Persona
    lang: str
    enabled: list[str]
    catalog: Catalog
    source_names: dict[str, str] = field(default_factory=dict)
    products: bool = True  # an agent's products switch: off answers without the catalog
    conversation_id: str | None = None  # counts failed order lookups per conversation (rag_agent.orders)


class AnswerEngine:
    """Answers one customer message for one workspace."""

    def __init__(self, state: State, store: VectorStore, embedder: Embedder, sparse: SparseEncoder,
                 generator: Generator | None = None, stale_after_s: int = 7 * 24 * 3600,
                 order_verifier: OrderVerifier | None = None) -> None:
        self.state = state
        self.orders = order_verifier or OrderVerifier(state)
        self.store = store
        self.embedder = embedder
        self.sparse = sparse
        self.generator = generator
        # (workspace id, order number) -> None; refreshes a synced order from its store (set by the Service)
        self.order_refresher: Callable[[str, str], None] | None = None
        self.stale_after_s = stale_after_s
        # per workspace, a few versions (an agent sees only its connected sources: one version per agent)
        self._catalogs: dict[str, dict[tuple, Catalog]] = {}
        self._policy: dict[str, dict[tuple, list[tuple[str, str, str]]]] = {}
        self._sent_vecs: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    # -- caches ----------------------------------------------------------------------------------
    def catalog(self, ws_id: str, enabled: list[str], version: tuple) -> Catalog:
        per = self._catalogs.setdefault(ws_id, {})
        if version in per:
            return per[version]
        hits = self.store.lookup({"workspace_id": ws_id, "kind": "product", "source_id": enabled}) if enabled else []
        cat = Catalog(h.payload for h in hits)
        if len(per) >= 8:
            per.pop(next(iter(per)))
        per[version] = cat
        return cat

    def policy_sentences(self, ws_id: str, enabled: list[str], version: tuple) -> list[tuple[str, str, str]]:
        """(sentence, source_id, title) of every policy/page/document chunk of the workspace."""
        per = self._policy.setdefault(ws_id, {})
        if version in per:
            return per[version]
        out: list[tuple[str, str, str]] = []
        if enabled:
            hits = self.store.lookup({"workspace_id": ws_id, "kind": TEXT_KINDS, "source_id": enabled})
            hits.sort(key=lambda h: (h.payload.get("source_id", ""), h.payload.get("chunk_index", 0)))
            for h in hits:
                for s in sentences(h.payload.get("text", "")):
                    out.append((s, h.payload["source_id"], h.payload.get("section") or h.payload.get("title", "")))
        if len(per) >= 8:
            per.pop(next(iter(per)))
        per[version] = out
        return out

    def invalidate(self, ws_id: str) -> None:
        self._catalogs.pop(ws_id, None)
        self._policy.pop(ws_id, None)

    # -- entry point -----------------------------------------------------------------------------
    def answer(self, ws: Workspace, message: str, history: Sequence[Turn] = (), persona: Persona | None = None,
               source_ids: Collection[str] | None = None, products: bool = True,
               conversation_id: str | None = None) -> Answer:
        """Answer one message; ``source_ids`` (an agent's connected sources) narrows the enabled sources used,
        ``products=False`` (an agent's products switch) answers without the catalog, ``conversation_id`` (a
        stable id of the conversation, when the caller has one) scopes the order-lookup attempt limit."""
        t0 = time.perf_counter()
        persona = persona or Persona()
        history = list(history)
        sources = self.state.list_sources(ws.id)
        if source_ids is not None:
            allowed = set(source_ids)
            sources = [s for s in sources if s.id in allowed]
        version = tuple((s.id, s.enabled, s.updated_at) for s in sources)
        enabled = [sid for s in sources if s.enabled for sid in s.point_source_ids()]
        cat = self.catalog(ws.id, enabled, version) if products else Catalog([])
        detected = langdet.detect(message, [t.text for t in history if t.role == "customer"], cat.vocabulary)
        lang = detected if persona.reply_language == "auto" else persona.reply_language
        ctx = _Ctx(ws, message, fold(message), history, persona, lang, enabled, cat,
                   {sid: s.name for s in sources for sid in s.point_source_ids()})
        ctx.products = products
        ctx.conversation_id = conversation_id
        draft = self._route(ctx, version)
        ans = finalize(draft, persona, lang)
        if self.generator is not None and draft.intent in MODEL_INTENTS:
            req = GenerationRequest(message, [(t.role, t.text) for t in history], draft.main + draft.extras,
                                    ans.reply, persona, lang, numbers_in(message))
            written = self.generator.write(req)
            if written:
                ans.reply, ans.generated_by = written, self.generator.name
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    # -- routing ---------------------------------------------------------------------------------
    def _route(self, c: _Ctx, version: tuple) -> Draft:
        f = c.folded
        if has("injection", f):
            return self._say(c, "injection", "refuse_injection")
        if has("handoff", f) or (has("upset", f) and (f.count("!") >= 1 or has("handoff", f))):
            key = "handoff_upset" if has("upset", f) or "!" in c.message else "handoff"
            return self._say(c, "handoff", key, handoff=True)
        order = self._order(c)
        if order:
            return order
        prod = self._product(c)
        if prod:
            return prod
        words = tokens(c.message)
        if len(words) <= 6 and not has("price", f) and not has("stock", f):
            for cue, key in (("thanks", "thanks"), ("goodbye", "goodbye"), ("bot", "bot_question"),
                             ("greeting", "greeting")):
                if has(cue, f) and not self._topical(f):
                    return self._say(c, "smalltalk", key)
        if c.products and has("recommend", f) and not self._policy_topic(f) \
                and not (has("shipping", f) and FREE_OR_COST.search(f)):
            rec = self._recommend(c)
            if rec:
                return rec
        return self._knowledge(c, version)

    def _topical(self, f: str) -> bool:
        return any(has(cue, f) for cue in ("shipping", "returns", "warranty", "promo", "hours", "payment", "order"))

    def _policy_topic(self, f: str) -> bool:
        return any(has(cue, f) for cue in ("returns", "promo", "hours", "payment", "contact", "policy"))

    def _say(self, c: _Ctx, intent: str, key: str, handoff: bool = False, **values: Any) -> Draft:
        return Draft(intent=intent, main=[P.phrase(key, c.lang, c.persona.tone, **values)], handoff=handoff)

    # -- orders ----------------------------------------------------------------------------------
    def _order(self, c: _Ctx) -> Draft | None:
        f = c.folded
        customer_turns = [t.text for t in c.history if t.role == "customer"]
        text_all = " \n ".join(customer_turns + [c.message])
        emails = [e for t in customer_turns + [c.message] for e in emails_in(t)]
        phones = [p for t in customer_turns + [c.message] for p in phones_in(t)]

        def numbers(text: str) -> list[str]:
            masked = text
            for x in emails_in(text) + phones_in(text):
                masked = masked.replace(x, " ")
            return [m.group(1) for m in ORDER_NO.finditer(masked)]

        here = numbers(c.message)
        asks_order = has("order", f) or has("order_status", f)
        prior = []
        last_agent = next((t.text for t in reversed(c.history) if t.role == "agent"), "")
        agent_asked = bool(re.search(r"e-?mail|phone|telefon|correo|почт|телефон|nomor", fold(last_agent)))
        for t in reversed(customer_turns):
            if has("order", fold(t)) or has("order_status", fold(t)):
                prior = numbers(t)
                if prior:
                    break
        if here and (asks_order or emails or phones):
            number = here[0]
        elif prior and (emails_in(c.message) or phones_in(c.message)) and (agent_asked or not has("price", f)):
            number = prior[0]
        elif asks_order and has("order_status", f) and not self._product_named(c):
            return self._say(c, "order_status", "order_ask_number")
        else:
            return None
        verdict = self.orders.verify(c.ws.id, number, c.message, customer_turns, conversation_id=c.conversation_id,
                                     sources=c.enabled, refresh=self.order_refresher)
        if verdict.outcome == "ask_contact":
            return self._say(c, "order_status", "order_ask_contact", number=number)
        order = verdict.order
        if order is None:  # one reply for an unknown number, wrong contact data and too many attempts
            return self._say(c, "order_lookup_denied", "order_refused", number=number)
        status = str(order.get("status", "")).lower()
        tracking = order.get("tracking_number")
        key = {"processing": "order_status_processing", "pending": "order_status_processing",
               "unfulfilled": "order_status_processing", "shipped": "order_status_shipped",
               "in_transit": "order_status_shipped", "fulfilled": "order_status_shipped",
               "delivered": "order_status_delivered", "cancelled": "order_status_cancelled",
               "canceled": "order_status_cancelled"}.get(status, "order_status_other")
        if key in ("order_status_shipped", "order_status_delivered") and not tracking:
            key += "_no_tracking"
        values = {"number": number, "tracking": tracking or "", "status": P.STATUS_WORDS.get(status, {}).get(c.lang, status)}
        draft = self._say(c, "order_status", key, **values)
        if order.get("tracking_url"):
            draft.extras.append(P.phrase("order_tracking_link", c.lang, c.persona.tone, url=order["tracking_url"]))
        draft.citations.append({"source": c.source_names.get(order.get("source_id", ""), "orders"),
                                "title": f"Order {number}", "url": order.get("tracking_url")})
        return draft

    # -- products --------------------------------------------------------------------------------
    def _product_named(self, c: _Ctx) -> bool:
        return bool(c.catalog.find(c.message, limit=1))

    def _resolve_product(self, c: _Ctx) -> CatalogProduct | None:
        found = c.catalog.find(c.message, limit=3)
        if found:
            return found[0].product
        f = c.folded
        last_agent = next((t.text for t in reversed(c.history) if t.role == "agent"), "")
        for n, stems in enumerate(zip(*[P.ORDINALS[l] for l in P.LANGS])):
            if any(re.search(rf"(?<!\w)(?:{s})", f) for s in stems):
                listed = c.catalog.mentioned_in_order(last_agent)
                if len(listed) > n:
                    return listed[n]
        partial = c.catalog.find_partial(c.message) or c.catalog.find_partial(expand_query(c.folded))
        if partial:
            return partial
        for t in reversed(c.history[-2:]):
            found = c.catalog.find(t.text, limit=1)
            if found:
                return found[0].product
        return None

    def _product(self, c: _Ctx) -> Draft | None:
        f = c.folded
        attr_cues = [cue for cue in ("price", "stock", "link", "sizes", "colors", "shipping", "returns", "warranty")
                     if has(cue, f)]
        direct = c.catalog.find(c.message, limit=3)
        if has("recommend", f) and (PRICE_LIMIT.search(f) or (direct and len(direct[0].product.toks) == 1)) \
                and not (set(attr_cues) - {"price", "stock"}):
            return None
        if not direct and not attr_cues:
            return None
        if direct and not attr_cues and len(direct[0].product.toks) == 1 and len(tokens(c.message)) > 4:
            # a one-word title ("Water", "Pan") inside a longer question is just a word, not a product question
            return None
        product = direct[0].product if direct else None
        if product is None and attr_cues:
            # a follow-up ("and the price?", "how many days to return it?") about the product just discussed
            product = self._resolve_product(c)
        if product is None:
            return None
        multi = [m.product for m in direct] if len(direct) > 1 else [product]
        return self._product_answer(c, product, attr_cues, multi)

    def _cite(self, c: _Ctx, p: CatalogProduct) -> dict[str, Any]:
        return {"source": c.source_names.get(p.payload.get("source_id", ""), "catalog"),
                "title": p.title, "url": p.payload.get("url")}

    def _price_text(self, c: _Ctx, p: CatalogProduct) -> str:
        pl = p.payload
        cur = pl.get("currency") or c.ws.currency
        lo, hi = pl.get("price_min"), pl.get("price_max")
        if lo is None:
            return P.phrase("no_answer", c.lang, c.persona.tone)
        if hi is not None and hi != lo:
            return P.phrase("price_range", c.lang, c.persona.tone, title=p.title, min_price=money(lo, cur),
                            max_price=money(hi, cur))
        v = (pl.get("variants") or [{}])[0]
        if v.get("compare_at_price") and v["compare_at_price"] > lo:
            return P.phrase("price_sale", c.lang, c.persona.tone, title=p.title, price=money(lo, cur),
                            compare_at=money(v["compare_at_price"], cur))
        return P.phrase("price", c.lang, c.persona.tone, title=p.title, price=money(lo, cur))

    def _stock_text(self, c: _Ctx, p: CatalogProduct) -> str:
        pl, tone = p.payload, c.persona.tone
        variants = pl.get("variants") or []
        words = set(tokens(c.message))
        # "is it in stock in M?": a variant named by one of its option values
        named = [v for v in variants
                 if any(fold(val) in words or fold(val) in c.folded.split() for val in v.get("options", {}).values()
                        if val and val != "Default Title" and len(fold(val)) <= 12)]
        if named and len(named) < len(variants):
            v = named[0]
            label = " / ".join(val for val in v["options"].values())
            qty = v.get("inventory_quantity")
            if v.get("available") and (qty is None or qty > 0):
                return P.phrase("stock_variant_in", c.lang, tone, title=p.title, variant=label,
                                qty=qty if qty is not None else "")
            return P.phrase("stock_variant_out", c.lang, tone, title=p.title, variant=label)
        qty = pl.get("stock")
        if not pl.get("available") or (qty is not None and qty <= 0):
            return P.phrase("stock_out", c.lang, tone, title=p.title)
        if qty is None:
            return P.phrase("stock_in", c.lang, tone, title=p.title)
        return P.phrase("stock_in_qty", c.lang, tone, title=p.title, qty=qty)

    def _names_variant(self, c: _Ctx, p: CatalogProduct) -> bool:
        """Whether the message names one of the product's option values ("in M", "the black one")."""
        words = set(tokens(c.message))
        return any(fold(val) in words for v in p.payload.get("variants") or []
                   for val in v.get("options", {}).values() if val and val != "Default Title")

    def _attr(self, p: CatalogProduct, name: str) -> str | None:
        for k, v in (p.payload.get("attributes") or {}).items():
            if k.lower().startswith(name):
                return v
        return None

    def _product_answer(self, c: _Ctx, p: CatalogProduct, cues: list[str], multi: list[CatalogProduct]) -> Draft:
        tone, lang = c.persona.tone, c.lang
        draft = Draft(intent="product", citations=[self._cite(c, p)])
        if "shipping" in cues and (self._attr(p, "ship") or len(multi) > 1):
            if len(multi) > 1:
                slow = max(multi, key=lambda q: duration_days(parse_duration(self._attr(q, "ship") or "")))
                d = parse_duration(self._attr(slow, "ship") or "")
                if d and "unit" in d:
                    draft.main.append(P.phrase("ships_multi", lang, tone, title=slow.title,
                                               duration=self._dur(d, lang)))
                    draft.citations = [self._cite(c, q) for q in multi]
                    draft.intent = "product_shipping"
                    return draft
            d = parse_duration(self._attr(p, "ship") or "")
            if d and d.get("overnight"):
                draft.main.append(P.phrase("ships_overnight", lang, tone, title=p.title))
            elif d and "unit" in d:
                draft.main.append(P.phrase("ships_in", lang, tone, title=p.title, duration=self._dur(d, lang)))
            if draft.main:
                draft.intent = "product_shipping"
                return draft
        if "warranty" in cues and self._attr(p, "warrant"):
            d = parse_duration(self._attr(p, "warrant") or "")
            if d and d.get("lifetime"):
                draft.main.append(P.phrase("warranty_lifetime", lang, tone, title=p.title))
            elif d and d.get("none"):
                draft.main.append(P.phrase("warranty_none", lang, tone, title=p.title))
            elif d and "unit" in d:
                draft.main.append(P.phrase("warranty", lang, tone, title=p.title, duration=self._dur(d, lang)))
            if draft.main:
                draft.intent = "product_warranty"
                return draft
        if "returns" in cues and self._attr(p, "return"):
            d = parse_duration(self._attr(p, "return") or "")
            if d and d.get("none"):
                draft.main.append(P.phrase("returns_none", lang, tone, title=p.title))
            elif d and "unit" in d:
                draft.main.append(P.phrase("returns_days", lang, tone, title=p.title, duration=self._dur(d, lang)))
            if draft.main:
                draft.intent = "product_returns"
                return draft
        if "link" in cues:
            url = p.payload.get("url") or f"/products/{p.payload.get('handle')}"
            draft.main.append(P.phrase("link", lang, tone, title=p.title, url=url))
            draft.intent = "product_link"
            return draft
        if ("sizes" in cues or "colors" in cues) and "stock" in cues and not self._names_variant(c, p):
            cues = [x for x in cues if x != "stock"]  # "which sizes are available?" asks for the sizes
        if "stock" in cues and "price" not in cues:
            draft.main.append(self._stock_text(c, p))
            draft.extras.append(self._price_text(c, p))
            draft.intent = "product_stock"
            return draft
        if "sizes" in cues or "colors" in cues:
            want = "size" if "sizes" in cues else "colo"
            names = {k for v in p.payload.get("variants") or [] for k in v.get("options", {})}
            name = next((n for n in names if fold(n).startswith(want) or (want == "colo" and fold(n).startswith("cor"))), None)
            values = [val for v in p.payload.get("variants") or [] for k, val in v.get("options", {}).items() if k == name]
            values = list(dict.fromkeys(values))
            if name and values:
                key = "option_name_size" if want == "size" else "option_name_color"
                draft.main.append(P.phrase("options", lang, tone, title=p.title,
                                           option_name=P.phrase(key, lang, tone), values=P.join_list(values, lang)))
            else:
                draft.main.append(P.phrase("options_single", lang, tone, title=p.title))
            draft.intent = "product_options"
            draft.extras.append(self._price_text(c, p))
            return draft
        draft.main.append(self._price_text(c, p))
        draft.extras.append(self._stock_text(c, p))
        draft.intent = "product_price"
        draft.stale = self._stale(p)
        return draft

    def _stale(self, p: CatalogProduct) -> str | None:
        synced = p.payload.get("synced_at")
        if synced and time.time() - synced > self.stale_after_s:
            return time.strftime("%Y-%m-%d", time.gmtime(synced))
        return None

    def _dur(self, d: dict, lang: str) -> str:
        if d.get("hi"):
            return P.duration_range(d["lo"], d["hi"], d["unit"], lang, business=d["business"])
        return P.duration(d["lo"], d["unit"], lang, business=d["business"])

    # -- recommendations -------------------------------------------------------------------------
    def _recommend(self, c: _Ctx) -> Draft | None:
        q = expand_query(c.folded)
        m = PRICE_LIMIT.search(c.folded)
        limit = None
        if m:
            raw = (m.group(1) or m.group(2) or "").replace(",", "")
            try:
                limit = float(raw)
            except ValueError:
                limit = None
        want_warranty = re.search(r"(\d+)[- ]?(?:year|yil|ano|ano|tahun|год|лет)", c.folded)
        lifetime = "lifetime" in q
        overnight = "overnight" in q
        hits = self._search(c, q, ["product"], limit=40)
        picks: list[dict] = []
        for h in hits:
            pl = h.payload
            if pl.get("status") not in (None, "active") or not pl.get("available"):
                continue
            if pl.get("stock") is not None and pl["stock"] <= 0:
                continue
            if limit is not None and (pl.get("price_min") is None or pl["price_min"] > limit):
                continue
            attrs = {k.lower(): v for k, v in (pl.get("attributes") or {}).items()}
            w = parse_duration(attrs.get("warranty", ""))
            if lifetime and not (w and w.get("lifetime")):
                continue
            if want_warranty and duration_days(w) < int(want_warranty.group(1)) * 365:
                continue
            if overnight:
                s = parse_duration(attrs.get("shipping", ""))
                if not (s and s.get("overnight")):
                    continue
            picks.append(pl)
            if len(picks) == 3:
                break
        if not picks:
            return None
        items = [f"{pl['title']} ({money(pl['price_min'], pl.get('currency') or c.ws.currency)})" for pl in picks]
        draft = Draft(intent="product_recommend",
                      main=[P.phrase("recommend", c.lang, c.persona.tone, items=P.join_list(items, c.lang))])
        draft.citations = [{"source": c.source_names.get(pl.get("source_id", ""), "catalog"), "title": pl["title"],
                            "url": pl.get("url")} for pl in picks]
        draft.shrink = [P.phrase("recommend", c.lang, c.persona.tone, items=P.join_list(items[:n], c.lang))
                        for n in (2, 1)]
        return draft

    def _search(self, c: _Ctx, query: str, kinds: list[str], limit: int = 10):
        if not c.enabled:
            return []
        dense = self.embedder.embed([query])[0].tolist()
        sparse = self.sparse.encode_query(query, "en")
        return self.store.query(dense, sparse, {"workspace_id": c.ws.id, "source_id": c.enabled, "kind": kinds},
                                limit=limit)

    # -- policies and other knowledge ------------------------------------------------------------
    def _knowledge(self, c: _Ctx, version: tuple) -> Draft:
        sents = self.policy_sentences(c.ws.id, c.enabled, version)
        texts = [s for s, _, _ in sents]
        # a follow-up like "is there a minimum order for it?" inherits the topic of the last exchange
        question = c.message
        if not self._topical(c.folded) and c.history:
            question = " ".join(t.text for t in c.history[-2:]) + " " + c.message
        fact = typed_fact(question, texts, c.lang) if texts else None
        if fact and fact.key:
            src = next(((sid, title) for s, sid, title in sents if s == fact.sentence), ("", ""))
            cite = {"source": c.source_names.get(src[0], "policies"), "title": src[1], "url": None}
            if c.lang == "en":
                return Draft(intent="policy", main=[fact.sentence], citations=[cite])
            return Draft(intent="policy", main=[P.phrase(fact.key, c.lang, c.persona.tone, **fact.values)],
                         citations=[cite])
        best = self._best_sentences(c, sents)
        if not best:
            if self._topical(c.folded) or has("policy", c.folded):
                return self._say(c, "no_answer", "no_answer")
            return self._say(c, "out_of_scope", "out_of_scope")
        main = [s for s, _, _ in best]
        cite = [{"source": c.source_names.get(sid, "policies"), "title": title, "url": None} for _, sid, title in best]
        if c.lang != "en":
            return Draft(intent="policy", main=[P.phrase("policy_intro", c.lang, c.persona.tone) + " «" + main[0] + "»"],
                         citations=cite[:1])
        return Draft(intent="policy", main=main, citations=cite)

    def _best_sentences(self, c: _Ctx, sents: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        if not sents:
            return []
        q = expand_query(c.folded)
        qstems = {t[:5] for t in tokens(q) if len(t) > 2}
        if not qstems:
            return []
        qv = self.embedder.embed([q])[0]
        vecs = self._sentence_vectors([s for s, _, _ in sents])
        sims = vecs @ qv
        scored = []
        for (s, sid, title), sim in zip(sents, sims):
            stems = {t[:5] for t in tokens(s + " " + title) if len(t) > 2}
            overlap = len(qstems & stems)
            scored.append((float(sim) + 0.08 * overlap, float(sim), overlap, (s, sid, title)))
        scored.sort(key=lambda x: -x[0])
        top = scored[0]
        # Out of scope: nothing in the store's texts is about this.
        if top[1] < 0.42 and top[2] < 2:
            return []
        out = [top[3]]
        if len(scored) > 1 and scored[1][0] > top[0] - 0.05 and scored[1][2] >= 1:
            out.append(scored[1][3])
        return out

    def _sentence_vectors(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in self._sent_vecs]
        if missing:
            for t, v in zip(missing, self.embedder.embed(missing)):
                self._sent_vecs[t] = v
        return np.stack([self._sent_vecs[t] for t in texts]) if texts else np.zeros((0, self.embedder.dim))
