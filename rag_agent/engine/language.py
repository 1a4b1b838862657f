"""Conversation-aware language detection over the six first-class languages, with lingua.

Product names are mostly English whatever the customer writes, so words that belong to the store's
catalog vocabulary are set aside before detection; a message too short to tell ("ok", an e-mail) keeps
the language of the conversation so far.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from rag_agent.engine.text import EMAIL, fold

SUPPORTED = ("en", "es", "pt", "tr", "id", "ru")
CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
TURKISH_CHARS = re.compile(r"[ğĞışŞİ]")
PT_CHARS = re.compile(r"[ãõÃÕ]|ção|ções")
ES_CHARS = re.compile(r"[ñ¿¡]")

# Frequent short words that give a language away in two- or three-word messages.
MARKERS: dict[str, set[str]] = {
    "en": {"the", "is", "are", "do", "does", "you", "your", "my", "how", "what", "when", "where", "which", "can",
           "please", "thanks", "thank", "much", "many", "have", "it", "its", "it's", "i", "me", "a", "an", "for",
           "with", "and", "of", "to", "in", "hi", "hello", "hey", "price", "cost", "send", "need", "want",
           "there", "good", "evening", "morning", "ok", "okay", "yes", "no", "under", "buy", "get", "any", "url"},
    "es": {"el", "la", "los", "las", "de", "del", "que", "qué", "es", "y", "en", "un", "una", "por", "para",
           "cuánto", "cuanto", "cuesta", "precio", "tienen", "tienes", "hay", "está", "hola", "gracias", "buenos",
           "días", "quiero", "necesito", "puedo", "pueden", "mi", "me", "envío", "busco", "dónde", "cómo",
           "usted", "señor", "sí", "dame", "dices", "vale", "pedido", "atienden", "también", "menos", "qué"},
    "pt": {"o", "a", "os", "as", "do", "da", "dos", "das", "de", "que", "é", "e", "em", "um", "uma", "por",
           "para", "quanto", "custa", "preço", "vocês", "você", "tem", "está", "oi", "olá", "obrigado",
           "obrigada", "quero", "preciso", "posso", "meu", "minha", "cadê", "onde", "como", "não", "sim",
           "pedido", "frete", "qual", "quais", "pra", "estoque", "entregam", "segundo", "primeiro", "ajuda",
           "tchau", "valeu", "até", "logo", "bom", "boa", "dia", "tarde", "noite"},
    "tr": {"ve", "bir", "bu", "ne", "mi", "mı", "mu", "mü", "var", "yok", "için", "kaç", "fiyat", "fiyatı",
           "nedir", "nerede", "siparişim", "sipariş", "merhaba", "teşekkürler", "lütfen", "beni", "ile",
           "kadar", "hangi", "ürün", "stokta", "linki", "lazım", "mı?", "nolu", "durumu", "kolay", "gelsin",
           "iade", "süresi", "gün", "garantili", "dolar", "alabilir", "miyim", "sen", "siz"},
    "id": {"yang", "dan", "di", "ke", "ini", "itu", "ada", "apa", "berapa", "harga", "saya", "aku", "kamu",
           "kak", "dong", "ya", "nya", "tolong", "bisa", "mau", "cek", "pesanan", "sekarang", "tidak", "untuk",
           "dengan", "pagi", "siang", "malam", "terima", "kasih", "minta", "jual", "apa", "aja", "gimana",
           "cara", "mulai", "stoknya", "tinggal", "halo", "sampai", "mana", "emailnya", "dikirim", "lama",
           "setelah", "rekomendasi", "bawah", "wanita", "pertama", "harganya", "ongkir", "berapa?"},
    "ru": set(),
}


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.TURKISH,
             Language.INDONESIAN, Language.RUSSIAN]
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def _code(lang) -> str:
    return lang.iso_code_639_1.name.lower()


def scores(text: str, vocabulary: frozenset[str] = frozenset()) -> tuple[dict[str, float], int]:
    """Per-language evidence for one message, and how many words of evidence it had."""
    out = dict.fromkeys(SUPPORTED, 0.0)
    text = EMAIL.sub(" ", text)
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    if CYRILLIC.search(text):
        cyr = [w for w in words if CYRILLIC.search(w)]
        if cyr:
            out["ru"] = 1.0 + len(cyr)
            return out, len(cyr)
    own = [w for w in words if fold(w) not in vocabulary or any(w in m for m in MARKERS.values())]
    if not own:
        return out, 0
    for lang, marks in MARKERS.items():
        out[lang] += 0.6 * sum(1 for w in own if w in marks)
    # Portuguese "do/da/dos/das" (of the) after a noun: "link do relógio", "preço da camisa". In English "do"
    # follows a question word or pronoun ("what do", "I do"), which are English markers.
    for prev, w in zip(own, own[1:]):
        if w in {"do", "da", "dos", "das"} and prev not in MARKERS["en"]:
            out["pt"] += 0.6
    if TURKISH_CHARS.search(text):
        out["tr"] += 1.0
    if PT_CHARS.search(text):
        out["pt"] += 0.8
    if ES_CHARS.search(text):
        out["es"] += 0.8
    sample = " ".join(own)
    if len(sample) >= 3:
        for cv in _detector().compute_language_confidence_values(sample):
            out[_code(cv.language)] += 1.5 * cv.value * min(1.0, len(own) / 3)
    return out, len(own)


def detect(message: str, history: Sequence[str] = (), vocabulary: Iterable[str] = frozenset(),
           default: str = "en") -> str:
    """The customer's language: this message's, weighed with earlier customer turns when it says little."""
    vocab = vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)
    cur, n = scores(message, vocab)
    total = dict(cur)
    # Earlier turns count less, and matter most when the message itself has little to go on.
    weight = 0.8 if n <= 2 else 0.3
    for i, turn in enumerate(reversed(list(history)[-4:])):
        past, m = scores(turn, vocab)
        if m:
            for k, v in past.items():
                total[k] += weight * v / (1 + i)
    best = max(total, key=total.get)
    return best if total[best] > 0 else default
