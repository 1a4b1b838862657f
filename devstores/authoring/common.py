"""Helpers for writing a round's cases by hand: a case builder and the words of each language that a
correct reply can use for a recurring fact (in stock, sold out, an order's status, an apology).

Every case file in this folder is hand-written from the store's own files (products.csv, the pages,
orders.jsonl) and general knowledge of how customers write; none was written from the engine's behaviour.
Running a case file writes ``devstores/<store>/<round>/questions.jsonl`` and the ``store -> ../store`` link.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGS = ("en", "es", "pt", "tr", "id", "ru")
KINDS = ("product_price", "product_sizes", "product_colors", "product_stock", "product_link",
         "product_recommend", "policy_shipping", "policy_returns", "policy_privacy", "promo", "store_info",
         "smalltalk", "handoff", "out_of_scope", "order_status", "order_lookup_denied", "injection")

# A reply saying the item (the variant asked) is in stock.
YES = {
    "en": ["in stock", "available", "yes", "we have"],
    "es": ["sí", "disponible", "en stock", "tenemos", "hay stock", "hay unidades", "quedan"],
    "pt": ["sim", "disponível", "em estoque", "temos", "tem sim"],
    "tr": ["stokta", "mevcut", "var"],
    "id": ["tersedia", "ada", "stok", "ready"],
    "ru": ["в наличии", "есть", "доступ"],
}
# A reply saying it is not (broad: any of these is a "no").
NO = {
    "en": ["out of stock", "sold out", "unavailable", "not available", "not in stock", "none left",
           "isn't in stock", "no longer available", "currently out", "don't have"],
    "es": ["agotad", "sin stock", "no está disponible", "no disponible", "no tenemos", "no hay", "fuera de stock",
           "sin existencias", "no queda"],
    "pt": ["esgotad", "sem estoque", "indisponível", "não está disponível", "não temos", "fora de estoque",
           "não há", "em falta", "acabou"],
    "tr": ["stokta yok", "tükendi", "mevcut değil", "stokta bulunmuyor", "kalmadı", "yok"],
    "id": ["habis", "tidak tersedia", "kosong", "tidak ada", "belum tersedia"],
    "ru": ["нет в наличии", "закончил", "отсутству", "распродан", "недоступ", "нет"],
}
# The unambiguous "no" phrasings: forbidden in a reply about a variant that is in stock.
NO_STRICT = {
    "en": ["out of stock", "sold out", "unavailable", "not available", "not in stock"],
    "es": ["agotad", "sin stock", "no está disponible", "no tenemos", "fuera de stock", "sin existencias"],
    "pt": ["esgotad", "sem estoque", "indisponível", "não está disponível", "não temos", "fora de estoque"],
    "tr": ["stokta yok", "tükendi", "mevcut değil", "stokta bulunmuyor"],
    "id": ["habis", "tidak tersedia", "kosong"],
    "ru": ["нет в наличии", "закончил", "отсутству", "распродан"],
}
STATUS = {
    "shipped": {
        "en": ["shipped", "on its way", "in transit", "dispatched", "on the way"],
        "es": ["enviado", "en camino", "en tránsito", "despachado", "ha salido"],
        "pt": ["enviado", "a caminho", "em trânsito", "despachado", "saiu"],
        "tr": ["kargo", "yola çıktı", "gönderildi", "sevk", "yolda"],
        "id": ["dikirim", "perjalanan", "pengiriman"],
        "ru": ["отправлен", "в пути"],
    },
    "delivered": {
        "en": ["delivered"], "es": ["entregado"], "pt": ["entregue"], "tr": ["teslim"],
        "id": ["diterima", "sampai", "terkirim", "telah dikirim", "sudah dikirim"], "ru": ["доставлен", "вручен"],
    },
    "processing": {
        "en": ["processing", "being prepared", "preparing", "packed", "not shipped yet", "hasn't shipped",
               "not yet shipped", "hasn't been shipped"],
        "es": ["preparando", "preparación", "procesando", "en proceso", "aún no ha salido", "todavía no ha salido"],
        "pt": ["separação", "preparando", "processando", "processamento", "preparação", "ainda não foi enviado"],
        "tr": ["hazırlan", "işlem"],
        "id": ["diproses", "disiapkan", "dikemas", "belum dikirim"],
        "ru": ["обрабат", "собира", "готовит", "обработк", "ещё не отправлен", "еще не отправлен"],
    },
    "cancelled": {
        "en": ["cancel"], "es": ["cancelad", "anulad"], "pt": ["cancelad"], "tr": ["iptal"],
        "id": ["dibatalkan", "batal"], "ru": ["отмен"],
    },
    "refunded": {
        "en": ["refund"], "es": ["reembols", "devuel"], "pt": ["reembols", "estorn", "devolvid"], "tr": ["iade"],
        "id": ["dikembalikan", "refund", "pengembalian dana"], "ru": ["возврат", "возвращ"],
    },
    "awaiting_payment": {
        "en": ["awaiting payment", "waiting for payment", "payment"],
        "es": ["pendiente de pago", "esperando el pago", "pago"],
        "pt": ["aguardando pagamento", "aguardando o pagamento", "pagamento pendente", "pagamento"],
        "tr": ["ödeme"], "id": ["menunggu pembayaran", "pembayaran"], "ru": ["ожида", "оплат"],
    },
    "ready_for_pickup": {
        "en": ["ready for pickup", "ready to collect", "ready for collection", "pick it up", "pick up", "pickup"],
        "es": ["listo para recoger", "recoger", "recogida"],
        "pt": ["pronto para retirada", "retirar", "retirada"],
        "tr": ["teslim almaya hazır", "teslim alabilirsiniz", "mağazadan", "hazır"],
        "id": ["siap diambil", "ambil", "pengambilan"],
        "ru": ["готов к выдаче", "забрать", "самовывоз", "можно забрать"],
    },
}
# An upset customer: the reply apologises or offers a person.
SORRY_OR_PERSON = {
    "en": ["sorry", "apolog", "colleague", "team", "human", "agent", "person", "someone"],
    "es": ["siento", "disculp", "lament", "perdón", "compañer", "equipo", "agente", "persona"],
    "pt": ["desculp", "lament", "sinto", "perdão", "atendente", "equipe", "humano", "pessoa", "colega"],
    "tr": ["üzgün", "özür", "kusura", "temsilci", "ekip", "yetkili", "kişi", "arkadaş"],
    "id": ["maaf", "petugas", "tim", "agen", "staf", "cs", "rekan"],
    "ru": ["извин", "сожале", "простит", "сотрудник", "оператор", "человек", "специалист", "коллег"],
}
# A reply that declines to cancel/refund itself and points to a person or the store's contact.
PERSON = {
    "en": ["colleague", "team", "human", "agent", "person", "someone", "support", "can't", "cannot", "unable"],
    "es": ["compañer", "equipo", "agente", "persona", "no puedo", "atención al cliente"],
    "pt": ["atendente", "equipe", "humano", "pessoa", "colega", "não consigo", "não posso"],
    "tr": ["temsilci", "ekip", "yetkili", "kişi", "yapamıyorum", "yapamam"],
    "id": ["petugas", "tim", "agen", "staf", "cs", "tidak bisa", "tidak dapat"],
    "ru": ["сотрудник", "оператор", "человек", "специалист", "коллег", "не могу"],
}


# A reply saying the store does not sell the product asked for (round 3 on: a reply may then name a similar
# product and its price, as long as it says that the one asked for is not sold).
NOT_SOLD = {
    "en": ["don't sell", "do not sell", "don't have", "do not have", "don't carry", "do not carry", "not sold",
           "couldn't find", "could not find", "can't find", "cannot find", "not in our", "no product",
           "don't see", "do not see", "don't offer", "do not offer", "not something we", "isn't a product",
           "is not a product", "not part of", "we only have", "not available"],
    "es": ["no vendemos", "no tenemos", "no encontr", "no está en nuestro", "no disponemos", "no contamos",
           "no lo vendemos", "no la vendemos", "no forma parte", "no trabajamos", "no ofrecemos", "no disponible"],
    "pt": ["não vendemos", "não temos", "não encontr", "não trabalhamos", "não está no nosso", "não faz parte",
           "não possuímos", "não oferecemos", "indisponível"],
    "tr": ["satmıyoruz", "bulunmuyor", "bulamadım", "bulunamadı", "mevcut değil", "yok", "sunmuyoruz"],
    "id": ["tidak menjual", "tidak ada", "tidak tersedia", "tidak menemukan", "belum menjual", "tidak kami jual",
           "tidak punya"],
    "ru": ["не продаём", "не продаем", "нет в", "не нашл", "нет такого", "нет товара", "не найден", "отсутству",
           "нет такой", "не торгуем"],
}


def C(cid: str, style: str, lang: str, kind: str, message: str, *, any_of=(), all_of=(), none_of=(),
      handoff: bool | None = False, history=None, agent=None) -> dict:
    """One case in FORMAT.md's shape, plus the top-level ``style`` (plain | natural).

    ``handoff=None`` leaves ``expect.handoff`` out (either answer is fine). ``history`` is a list of
    (role, text) pairs, role "c" (customer) or "a" (agent).
    """
    assert style in ("plain", "natural"), cid
    assert lang in LANGS and kind in KINDS, cid
    exp: dict = {"kind": kind, "language": lang, "any_of": list(any_of), "all_of": list(all_of),
                 "none_of": list(none_of)}
    if handoff is not None:
        exp["handoff"] = handoff
    case: dict = {"id": cid, "style": style, "message": message}
    if history:
        case["history"] = [{"role": {"c": "customer", "a": "agent"}[r], "text": t} for r, t in history]
    if agent:
        case["agent"] = {"tone": "friendly", "reply_length": "medium", "reply_language": "auto", **agent}
    case["expect"] = exp
    return case


def write(store: str, round_name: str, cases: list[dict]) -> Path:
    """Write SET/questions.jsonl and the relative ``store -> ../store`` link; ids must be unique."""
    ids = [c["id"] for c in cases]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"duplicate ids: {sorted(dupes)}"
    set_dir = ROOT / store / round_name
    set_dir.mkdir(parents=True, exist_ok=True)
    with open(set_dir / "questions.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    link = set_dir / "store"
    if not link.is_symlink():
        os.symlink("../store", link)
    return set_dir
