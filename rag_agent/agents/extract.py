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


#: words that name another kind of number; a number within three words after one is not a phone (whole words,
#: with a plural "s" or the listed suffixes: "Seattle" holds no "tl", "Contact" no "conta")
_NOT_PHONE_WORD = re.compile(
    r"(?:\b(?:zip|postal|post ?code|postcode|cep|codigo postal|código postal|posta kodu|kode pos|индекс\w*|"
    r"licen[cs]e|card|cart[aã]o|tarjeta|kart\w*|kartu|карт\w*|ssn|social security|tax id|cpf|cnpj|dni|nif|nie|"
    r"kimlik|nik|ktp|npwp|инн|снилс|паспорт\w*|passport|pasaporte|passaporte|iban|account|cuenta|conta|hesap\w*|"
    r"rekening|сч[её]т\w*|ip|order|purchase|compra|pedido|encomenda|sipari[sş]\w*|pesanan|заказ\w*|invoice|factura|fatura|"
    r"tracking|rastreio|seguimiento|takip|resi|трек\w*|ticket|case|ref|reference|referencia|referência|model|"
    r"serial|serie|sku|item|part|code|codigo|código|kod\w*|kode|код\w*|артикул\w*|coupon|cupom|cupon|cupón|kupon|"
    r"voucher|promo|pin|otp|id|rp|usd|eur|tl|руб\w*)s?\b|[$€£₺₽])", re.I)
_NOT_PHONE = re.compile(_NOT_PHONE_WORD.pattern + r"\W{0,3}(?:\w+\W{1,3}){0,3}$", re.I)
#: words right before a number that say it is a phone number (then 8 national digits are enough)
_PHONE_CUE = re.compile(r"(?:phone|tel|telephone|call|cell|mobile|whats ?app|wa|number|contact|reach me|"
                        r"telefono|teléfono|celular|movil|móvil|llamame|llámame|numero|número|"
                        r"telefone|ligar|liga|zap|"
                        r"telefon|cep|numaram|numara|ara|arayin|arayın|"
                        r"nomor|hp|telepon|hubungi|"
                        r"телефон|тел|номер|звоните|позвоните|мобильн|ватсап)\W{0,4}(?:\w+\W{1,3}){0,3}$", re.I)
#: words that name a phone and nothing else: one after a word of another kind of number wins ("order 12345,
#: phone 303-555-0142"); "number", "número", "nomor", "номер" are not among them ("account number 1234...")
_STRONG_CUE = re.compile(r"\b(?:(?:tele)?phone|tel|call|cell|cel|mobile|whats ?app|wa|contact|text|txt|ring|"
                         r"tel[eé]fono|celular|m[oó]vil|ll[aá]m[ae]me|contacto|telefone|contato|zap|"
                         r"telefon\w*|ara|aray[iı]n|hp|telepon|hubungi|"
                         r"телефон\w*|тел|мобильн\w*|ватсап|звоните|позвоните|контакт\w*)\b", re.I)
#: ranges set aside for drama and examples, which libphonenumber calls invalid: people type them to try the agent
_FICTION = {44: re.compile(r"(?:1632960|7700900)\d{3}")}
#: four or more groups of one or two digits ("32-34-36-38-40"): a list, unless a phone word comes before it
_PAIRS = re.compile(r"\(?\d{1,2}\)?(?:[\s.-]+\d{1,2}){3,}")
#: "+52 1 55 1234 5678": the "1" Mexican mobiles carried until 2019, still widely written (blanked)
_MX_MOBILE_ONE = re.compile(r"(?<=\+52)([\s.-]?)1(?=[\s.-]?(?:\d{10}(?!\d)|\d{2,3}[\s.-]\d{3,4}[\s.-]\d{4}(?!\d)))")
#: "305/555-0155": an area code and a slash
_AREA_SLASH = re.compile(r"(?<![\d/])(\d{3})/(?=\d{3}[-. ]?\d{4}(?!\d))")
#: dates and clock times, masked before looking for numbers ("2019-07-28 19:49:46" is not a phone)
_DATE_TIME = re.compile(r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|"
                        r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)(?!\d)")
#: street words just after a number: it is part of an address
_ADDRESS_AFTER = re.compile(r"\W{0,3}(?:[^\W\d]+\W{1,3}){0,2}(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|"
                            r"drive|dr|way|suite|apt|calle|avenida|rua|cadde|caddesi|sokak|sk|jalan|jl|ул|улица)\b",
                            re.I)
#: "00" opening a number (not a group inside one: "01632 960 001")
_INTL_00 = re.compile(r"(?<![\w+])(?<!\d[\s.)-])00(?=[1-9])")
_IP = re.compile(r"(?<![\d.+])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")
#: the regions tried first for a message in each language (after the store's own region)
LANGUAGE_REGIONS = {"en": ("US", "GB"), "es": ("ES", "MX", "AR", "CO"), "pt": ("BR", "PT"), "tr": ("TR",),
                    "id": ("ID",), "ru": ("RU",)}


def _regions(text: str, region: str | None, language: str | None) -> list[str]:
    """Regions to read national numbers in: the store's, the message language's, then the rest."""
    if language is None:
        from rag_agent.engine.language import detect

        language = detect(text)
    order = ([region.upper()] if region else []) + list(LANGUAGE_REGIONS.get(language, ())) + list(REGIONS)
    return list(dict.fromkeys(order))


def _other_number(before: str) -> bool:
    """The words before a number name another kind of number (order, card, zip...), and no phone word comes after
    the last of them."""
    m = _NOT_PHONE.search(before)
    if not m:
        return False
    last = m.start()
    for t in _NOT_PHONE_WORD.finditer(before, m.start()):
        last = t.start()
    return not any(c.start() > last for c in _STRONG_CUE.finditer(before, last))


def _fictional(num: phonenumbers.PhoneNumber) -> bool:
    rx = _FICTION.get(num.country_code)
    return bool(rx and rx.fullmatch(str(num.national_number)))


def grouping(typed: str, num: phonenumbers.PhoneNumber) -> int:
    """How the digit groups the client typed fit the number's national format: 0 they do ("415 555 2671" for
    the US "(415) 555-2671"), 1 nothing to tell (one group, or a country code), 2 they do not (Brazil writes
    the same ten digits "(41) 5555-2671").

    The national prefix may be written or not, on its own or joined to the first group: "0532 123 45 67" and
    "532 123 45 67" in Turkey, "(071) 4233-6306" and "(71) 4233-6306" in Brazil, "1-202-555-0173" in the US.
    """
    typed_groups = [len(g) for g in re.findall(r"\d+", typed)]
    if len(typed_groups) < 2 or typed.lstrip("(").startswith("+"):
        return 1
    national = re.findall(r"\d+", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL))
    if not national:
        return 1
    lengths = [len(g) for g in national]
    meta = phonenumbers.PhoneMetadata.metadata_for_region(phonenumbers.region_code_for_country_code(num.country_code))
    prefix = len(meta.national_prefix or "") if meta else 0
    ways = [lengths]
    if prefix and "".join(national).startswith(meta.national_prefix) and not str(num.national_number).startswith(
            meta.national_prefix):
        bare = [lengths[0] - prefix] + lengths[1:] if lengths[0] > prefix else lengths[1:]
        ways += [bare, [prefix] + bare]  # written without the national prefix, or apart ("0 (312) 555 01 47")
    elif prefix:
        ways += [[lengths[0] + prefix] + lengths[1:], [prefix] + lengths]  # with it, joined or on its own
    return 0 if typed_groups in ways else 2


#: the kinds of number a client gives as their own; toll-free, shared-cost, premium and corporate numbers are
#: read only when no country makes the digits a personal one ("055 1234 5678" in the UK, "55 1234 5678" in Mexico)
_PERSONAL = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
             phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE, phonenumbers.PhoneNumberType.VOIP,
             phonenumbers.PhoneNumberType.PERSONAL_NUMBER}


def plausibility(typed: str, num: phonenumbers.PhoneNumber) -> tuple[int, int]:
    """Sort key of one reading of the digits typed (lower is likelier): how the groups fit (:func:`grouping`),
    then whether it is a kind of number people give as their own."""
    personal = _fictional(num) or phonenumbers.number_type(num) in _PERSONAL
    return grouping(typed, num), 0 if personal else 1


def _valid_in(raw: str, start: int, region: str, text: str) -> tuple[int, int, phonenumbers.PhoneNumber] | None:
    """(start, end, number) of the valid number in a matched run of digits, read in ``region``.

    A run like "70651 082 490 1693" (a postcode, then the number) is retried without its leading groups.
    """
    groups = list(re.finditer(r"\S+", raw))
    for g in groups:
        part = raw[g.start():].strip(" -.,;")
        digits = re.sub(r"\D", "", part)
        international = part.lstrip("(").startswith(("+", "00"))
        pos = start + g.start()
        before = text[max(0, pos - 40):pos]
        if not international:
            cue = _PHONE_CUE.search(before)
            if len(digits) < (8 if cue else 9) or _other_number(before):
                continue
            if not cue and _PAIRS.fullmatch(part):
                continue  # "32-34-36-38-40": a list of sizes, not a number nobody called a phone
        elif len(digits) < 7:
            continue
        try:
            num = phonenumbers.parse("+" + part.lstrip("(")[2:] if part.startswith("00") else part, region)
        except phonenumbers.NumberParseException:
            continue
        if _ADDRESS_AFTER.match(text, start + len(raw)):
            return None  # "94941 2505 Heatherleigh Suite 620": a postcode and a house number
        if phonenumbers.is_valid_number(num) or _fictional(num):
            return pos, start + len(raw), num
    return None


def phones(text: str, region: str | None = None, language: str | None = None) -> list[str]:
    """Valid phone numbers in the text, in E.164 form, in order.

    ``phonenumbers.PhoneNumberMatcher`` (leniency POSSIBLE) finds them; a number without a country code is read in
    the store's ``region`` when valid there, else the likeliest reading: the one whose national format groups the
    digits as typed, then a personal number, then the regions of the message's ``language`` (detected when not
    given), then the six languages' regions. Dates and clock times are masked first. A number without a country code
    needs 9+ digits (8 right after a word like "phone", "tel", "número", "nomor", "телефон") and is refused
    right after words that name another kind of number (zip code, card, tax id, account, order, tracking, ...)
    unless a phone word comes after them. A number with a country code is read from its "+" only.
    """
    masked = EMAIL_LOOSE.sub(lambda m: " " * len(m.group(0)), text)
    masked = _DATE_TIME.sub(lambda m: " " * len(m.group(0)), masked)
    # the "00" international prefix ("0044 20 7946 0958", "001 415 ...") read as "+" in every region (the US
    # dials 011, so its matcher would not see one); same length, so positions do not move
    masked = _INTL_00.sub(" +", masked)
    masked = _AREA_SLASH.sub(r"\1 ", masked)
    masked = _MX_MOBILE_ONE.sub(r"\1 ", masked)
    runs = list(PHONE_RX.finditer(masked))
    if not runs:
        return []
    # numbers that all carry their country code read the same in every region: one pass is enough
    regions = [region or "US"] if all(r.group(0).lstrip("(").startswith("+") for r in runs) else \
        _regions(text, region, language)
    # a number written with its country code is read from its "+" only, never from a tail another region
    # makes valid ("+44 7700 900 456" is not the Mexican 7700 900 456)
    intl = [(r.start(), r.end()) for r in runs if r.group(0).lstrip("(").startswith("+")]
    cands: list[tuple[int, int, tuple[int, int, int, int], str]] = []
    for rank, reg in enumerate(regions):
        for m in phonenumbers.PhoneNumberMatcher(masked, reg, leniency=phonenumbers.Leniency.POSSIBLE):
            if m.start and (masked[m.start - 1].isalnum() or masked[m.start - 1] in "@/"):
                continue
            if _IP.search(m.raw_string):
                continue  # an IP address ("+1.415.555.2671" is not one)
            found = _valid_in(m.raw_string, m.start, reg, masked)
            if not found or any(s < found[0] < e for s, e in intl):
                continue
            s, e, num = found
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            store_first = 0 if region and rank == 0 else 1
            cands.append((s, e, (store_first, *plausibility(masked[s:e].strip(" -.,;"), num), rank), e164))
    # overlapping readings: the one that reads the most of the text wins, then the store's country, then the one
    # whose national format groups the digits as typed (a US number in a message taken for Portuguese is not
    # Brazilian), then a personal number before a toll-free or shared-cost one, then the earlier region
    spans: list[tuple[int, int, str]] = []
    for s, e, _, e164 in sorted(cands, key=lambda c: (c[0] - c[1], c[2])):
        if not any(s < e2 and s2 < e for s2, e2, _ in spans):
            spans.append((s, e, e164))
    out: list[str] = []
    for _, _, e164 in sorted(spans):
        if e164 not in out:
            out.append(e164)
    return out


def looks_like_phone_attempt(text: str, found: list[str] | None = None) -> bool:
    """The client seems to have typed a phone number that is not valid (``found``: phones already read)."""
    masked = EMAIL_LOOSE.sub(" ", text)
    return bool(re.search(r"\d[\d\s().+-]{4,}\d", masked)) and not (phones(text) if found is None else found)


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
    found = phones(text, region)
    return Extracted(emails(text), found, names(text), addresses(text),
                     looks_like_email_attempt(text), looks_like_phone_attempt(text, found))
