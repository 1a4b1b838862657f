"""Contact data in a client's message: emails, phone numbers, names and addresses, validated.

- Emails: a strict pattern (RFC 5321 lengths, dot rules, a real-looking top-level domain).
- Phones: candidates found by pattern, then parsed and validated with the ``phonenumbers`` package
  (numbers without ``+`` are tried against the store's default region and the six languages' regions).
- Names and addresses: explicit phrasings in en, es, pt, tr, id, ru ("my name is", "me llamo", "meu nome é",
  "adım", "nama saya", "меня зовут"; "my address is", "envíalo a", ...), or the whole short message when the
  agent is waiting for exactly that field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import phonenumbers

from rag_agent.engine.text import fold

EMAIL_RX = re.compile(r"(?<![\w.+-])([A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?@"
                      r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w@-])")
EMAIL_LOOSE = re.compile(r"\S+@\S*")
PHONE_RX = re.compile(r"(?<![\w@./-])(?:\+|00)?\(?\d[\d\s().-]{5,18}\d(?![\w@])")
REGIONS = ("US", "GB", "ES", "MX", "AR", "CO", "BR", "PT", "TR", "ID", "RU")

# "my name is X" in six languages; X is 1-4 capitalised-or-not words
_NAME_CUES = (r"my name is|my name's|i am called|this is|i'?m|name:|"
              r"me llamo|mi nombre es|soy|"
              r"meu nome e|me chamo|sou o|sou a|"
              r"adim|ismim|benim adim|"
              r"nama saya|nama aku|namaku|saya|"
              r"меня зовут|моё имя|мое имя|я\s")
NAME_RX = re.compile(rf"(?:^|[\s,.!])(?:{_NAME_CUES})\s*[:,-]?\s*([^\W\d_][^\W\d_'.-]*(?:[ -][^\W\d_][^\W\d_'.-]*){{0,3}})",
                     re.I)
_NOT_NAMES = {"looking", "interested", "trying", "here", "a", "an", "the", "not", "so", "very", "just", "going",
              "buscando", "interesado", "interesada", "cliente", "procurando", "interessado", "interessada",
              "mencari", "ingin", "mau", "ingin", "ищу", "хочу", "не", "bir", "ben", "sure", "fine", "ok",
              "sorry", "happy", "sad", "angry", "confused", "frustrated", "waiting", "still", "from", "in", "at"}
_ADDR_CUES = (r"my address is|address:|ship (?:it )?to|send (?:it )?to|deliver (?:it )?to|i live (?:at|on)|"
              r"mi direccion es|direccion:|envialo a|enviar a|vivo en|"
              r"meu endereco e|endereco:|entregar (?:em|no|na)|moro (?:na|no|em)|"
              r"adresim|adres:|"
              r"alamat saya|alamatku|alamat:|kirim ke|"
              r"мой адрес|адрес:|доставьте (?:на|в|по)|живу (?:на|в|по)")
ADDR_RX = re.compile(rf"(?:{_ADDR_CUES})\s*[:,-]?\s*(.{{6,160}})", re.I)
_STREET = re.compile(r"\d{1,6}\s*\w|\w+\s+\d{1,6}\b|(?:street|st\.|avenue|ave|road|rd\.|calle|avenida|av\.|rua|"
                     r"cadde|sokak|sk\.|mahalle|jalan|jl\.|улиц|ул\.|проспект|дом)", re.I)


def valid_email(text: str) -> bool:
    """True for one well-formed address (no DNS lookup)."""
    m = EMAIL_RX.fullmatch(text.strip())
    if not m or len(text) > 254:
        return False
    local, domain = text.strip().rsplit("@", 1)
    return ".." not in local and ".." not in domain and not local.startswith(".")


def emails(text: str) -> list[str]:
    """Valid email addresses in the text, lowercased, in order."""
    out = []
    for m in EMAIL_RX.finditer(text):
        e = m.group(1).rstrip(".").lower()
        if valid_email(e) and e not in out:
            out.append(e)
    return out


def looks_like_email_attempt(text: str) -> bool:
    """The client seems to have typed an email that is not valid (has '@' but no valid address)."""
    return bool(EMAIL_LOOSE.search(text)) and not emails(text)


_NOT_PHONE = re.compile(r"(?:zip|postal|post ?code|cep|codigo postal|posta kodu|kode pos|индекс|licen[cs]e|"
                        r"card|cart[aã]o|tarjeta|kart|kartu|карт|ssn|iban|account|cuenta|conta|hesap|rekening|сч[её]т|"
                        r"\bip\b|order|pedido|encomenda|sipari[sş]|pesanan|заказ|invoice|factura|fatura|tracking|"
                        r"rastreio|seguimiento|takip|resi|трек)\W{0,3}(?:\w+\W{1,3}){0,3}$", re.I)


def phones(text: str, region: str | None = None) -> list[str]:
    """Valid phone numbers in the text, in E.164 form, in order.

    Numbers without a country code need 9+ digits and are refused right after words that name another kind of
    number (zip code, card, account, order, tracking, ...).
    """
    masked = EMAIL_LOOSE.sub(" ", text)
    out: list[str] = []
    for m in PHONE_RX.finditer(masked):
        raw = m.group(0).strip()
        digits = re.sub(r"\D", "", raw)
        international = raw.startswith(("+", "00"))
        if not (7 if international else 9) <= len(digits) <= 15:
            continue
        if re.search(r"\d\.\d+\.\d", raw):
            continue  # an IP address or a dotted code
        if not international and _NOT_PHONE.search(masked[max(0, m.start() - 40):m.start()]):
            continue
        if raw.startswith("00"):
            raw = "+" + raw[2:]
        candidates = [None] if raw.startswith("+") else [r for r in ((region,) if region else ()) + REGIONS]
        for reg in candidates:
            try:
                num = phonenumbers.parse(raw, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
                if e164 not in out:
                    out.append(e164)
                break
    return out


def looks_like_phone_attempt(text: str) -> bool:
    masked = EMAIL_LOOSE.sub(" ", text)
    return bool(re.search(r"\d[\d\s().+-]{4,}\d", masked)) and not phones(text)


def names(text: str) -> list[str]:
    """Names the client gives with an explicit phrasing ("my name is Ana Souza")."""
    out = []
    for m in NAME_RX.finditer(text):
        words = m.group(1).strip().split()
        # stop at words that are clearly not part of a name
        keep = []
        for w in words:
            if fold(w) in _NOT_NAMES or (keep and w[:1].islower() and not w[:1].isalpha()):
                break
            if keep and w[:1].islower() and fold(keep[0])[:1] != fold(keep[0])[:1].lower():
                break
            keep.append(w)
        if not keep or fold(keep[0]) in _NOT_NAMES:
            continue
        # "i'm" / "soy" / "saya" / "я" need a capitalised name to count
        cue = fold(m.group(0)).strip(" ,.!")
        weak = re.match(r"(?:i'?m|this is|soy|sou [oa]|saya|я)\b", cue)
        if weak and not keep[0][:1].isupper():
            continue
        name = " ".join(keep)[:80].strip(" .,!")
        if name and name not in out:
            out.append(name)
    return out


def addresses(text: str) -> list[str]:
    """Addresses the client gives with an explicit phrasing and a street-like part."""
    out = []
    for m in ADDR_RX.finditer(fold(text)):
        start = m.start(1)
        raw = text[start:start + len(m.group(1))].strip().rstrip(".!")
        if _STREET.search(raw) and raw not in out:
            out.append(raw)
    return out


def looks_like_address(text: str) -> bool:
    """A reply that is itself an address (street words or a number with words, 2+ parts)."""
    t = text.strip()
    return bool(_STREET.search(t)) and len(t.split()) >= 3 and len(t) <= 200


@dataclass
class Extracted:
    """Valid contact data found in one message."""

    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    bad_email: bool = False
    bad_phone: bool = False

    def get(self, name: str) -> list[str]:
        return {"email": self.emails, "phone": self.phones, "name": self.names, "address": self.addresses}[name]


def extract(text: str, region: str | None = None) -> Extracted:
    """Every valid email, phone, name and address in the text."""
    return Extracted(emails(text), phones(text, region), names(text), addresses(text),
                     looks_like_email_attempt(text), looks_like_phone_attempt(text))
