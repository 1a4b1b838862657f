"""Rules of the offline conditions a user would notice: phone numbers in six languages' formats, and profanity
with Turkish suffixes but not everyday words of another language."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_agent.agents.conditions import ConditionEvaluator
from rag_agent.agents.extract import phones
from rag_agent.agents.splits import read_tsv
from rag_agent.agents.models import Condition


@pytest.mark.parametrize("text,expected", [
    ("call me at (415) 555-2671", ["+14155552671"]),
    ("you can text me on 07911 123456", ["+447911123456"]),
    ("mi teléfono es 612 34 56 78", ["+34612345678"]),
    ("me liga no 11 98765-4321", ["+5511987654321"]),
    ("numaram 0532 123 45 67", ["+905321234567"]),
    ("nomor hp saya 0812-3456-7890", ["+6281234567890"]),
    ("мой телефон 8 (916) 123-45-67", ["+79161234567"]),
    # international forms: the "00" prefix (the US dials 011, so the US reading alone missed these), dots
    ("call 001 415 555 2671", ["+14155552671"]),
    ("my UK number is 0044 20 7946 0958", ["+442079460958"]),
    ("+1.415.555.2671", ["+14155552671"]),
    ("+44 (0)20 7946 0958 or 07911 123456", ["+442079460958", "+447911123456"]),
    # the UK's ranges for drama and examples, which libphonenumber calls invalid: as the UK, not Indonesia
    ("ring me on 07700 900123 please", ["+447700900123"]),
    ("my landline is 01632 960 001", ["+441632960001"]),
    # with a country code, read from the "+" only (not the Mexican 7700 900 456 at its tail)
    ("mobile +44 7700 900 456", ["+447700900456"]),
    # a phone word after a word of another kind of number wins; words are whole ("Contact" is not "conta",
    # "Seattle" holds no "tl")
    ("Order #12345, phone 303-555-0142", ["+13035550142"]),
    ("Contact: 415-555-2671", ["+14155552671"]),
    ("sipariş 123456, telefonum 0555 123 45 67", ["+905551234567"]),
    ("Hey it's Mike from Seattle, 206 555 0100", ["+12065550100"]),
    # an area code and a slash; the "1" old Mexican mobiles carry; "00" inside a number is not a prefix
    ("You can text or call: 305/555-0155", ["+13055550155"]),
    ("mi whatsapp es +52 1 55 1234 5678", ["+525512345678"]),
    # of two countries where the digits are valid, the one that groups them as typed ("Name: Kamila Červinková"
    # reads as Portuguese, yet "415 555 2671" is American and "(41) 5555-2671" Brazilian), the national prefix
    # written or not, joined or apart; then a personal number before a corporate one (the UK's 055)
    ("Name: Kamila Červinková Phone: 415 555 2671", ["+14155552671"]),
    ("Meu telefone é (41) 5555-2671", ["+554155552671"]),
    ("Can someone call me on (071) 4233 6306?", ["+557142336306"]),
    ("Name: Lara Pottinger Phone: 0 (312) 555 01 47", ["+903125550147"]),
    ("They're not answering at 55 1234 5678", ["+525512345678"]),
])
def test_phones_found_in_national_formats(text: str, expected: list[str]) -> None:
    assert phones(text) == expected


@pytest.mark.parametrize("text", [
    "order 123456789 hasn't arrived", "my zip is 94105 and card 4111 1111 1111 1111",
    "delivered on 2024-05-03 at 14:30", "His social security number is 853-37-1694",
    "ticket 123456789", "Billing address: 03262 2437 Main St Suite 442",
    "the server at 192.168.10.200 is down", "order 0012345678",
    # "number" is not a phone word strong enough to beat "account"; sizes in a list are not a phone
    "Account number 12345678901", "the size chart says 32-34-36-38-40", "cancel purchase 3707955617",
])
def test_other_numbers_are_not_phones(text: str) -> None:
    assert phones(text) == []


_REPO = Path(__file__).resolve().parents[2]
_PHONE_SETS = [row for name in ("phone_dev3.tsv", "phone_dev4.tsv") for row in read_tsv(_REPO / "scripts" / name)]


@pytest.mark.parametrize("lang,text,labels", _PHONE_SETS, ids=[r[1][:40] for r in _PHONE_SETS])
def test_hand_written_phone_sets(lang: str, text: str, labels: list[str]) -> None:
    """The round-4 phone dev sets (121 messages: formats, contexts, other kinds of numbers) stay read exactly."""
    assert phones(text) == [x.split("=", 1)[1] for x in labels if x.startswith("phone=")]


def test_region_setting_reads_national_numbers_first() -> None:
    assert phones("0532 123 45 67", "TR") == ["+905321234567"]
    # the store's country wins over the usual grouping: Colombians write mobiles "300 123 4567", as Mexico does
    assert phones("Mi celular es 300 123 4567") == ["+523001234567"]
    assert phones("Mi celular es 300 123 4567", "CO") == ["+573001234567"]
    # a postcode before the number is dropped, and the store's region (ZA) reads the rest
    assert phones("Brakpan South Africa 70651 082 490 1693-Office", "ZA") == ["+27824901693"]


@pytest.mark.parametrize("text,bad", [
    ("götünüze sokun ürününüzü", True), ("şerefsizler paramı verin", True), ("yarrağımı ye", True),
    ("Bu ne biçim hizmet, amk", True), ("this shit is broken", True), ("que porra é essa", True),
    ("sık sık geliyor", False), ("çok sıkıldım", False), ("ama bu çok pahalı", False),
    ("I am happy, I got it", False), ("i gotta set a timer", False),
])
def test_profanity(text: str, bad: bool) -> None:
    ev = ConditionEvaluator()
    m = ev.check(Condition(type="contains", value="profanity"), ev.analyze(text))
    assert m.matched is bad


def test_shouting_reads_as_frustration() -> None:
    ev = ConditionEvaluator()
    cond = Condition(type="sentiment", value="frustrated")
    assert ev.check(cond, ev.analyze("WHERE IS MY ORDER I PAID TWO WEEKS AGO")).matched
    assert not ev.check(cond, ev.analyze("Where is the nearest store?")).matched


@pytest.mark.parametrize("text", [
    "bought a charger from u 2 weeks ago and it already stopped working. total junk",
    "aldığım kulaklık bozuk çıktı",
    "купил зарядку, она перестала работать через неделю",
])
def test_a_complaint_the_reply_apologises_for_is_frustration_for_a_when_too(text: str) -> None:
    ev = ConditionEvaluator()
    assert ev.check(Condition(type="sentiment", value="frustrated"), ev.analyze(text)).matched
