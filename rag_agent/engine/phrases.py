"""Reply texts of the template-based (LLM-free) answer engine, read from per-language catalogs.

Every text a customer reads lives in ``locales/<lang>.json``, one file per language; this module holds keys,
placeholders and grammar *rules* only, never text, so a translator fixes or adds a language without touching
Python (``locales/README.md`` says how, and which conventions the texts follow). The languages are the files
present. Each reply key has every tone of ``TONES`` and the same ``str.format`` placeholders in every language,
so a caller fills any variant with the same values.

The catalogs are read once, at import (a few milliseconds). A key missing or malformed in a language falls back
to the English text with a logged warning, so a half-done translation still answers; ``load_catalogs`` returns
those problems and ``tests/engine/test_locales.py`` fails on any of them.
"""

from __future__ import annotations

import json
import logging
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = [
    "LANGS",
    "TONES",
    "PHRASES",
    "STATUS_WORDS",
    "ORDINALS",
    "DAYS",
    "COUNTRIES",
    "phrase",
    "duration",
    "duration_range",
    "join_list",
    "texts",
    "load_catalogs",
    "LOCALES_DIR",
]

logger = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).with_name("locales")
TONES: tuple[str, ...] = ("casual", "friendly", "professional")
DEFAULT_LANG = "en"
DEFAULT_TONE = "friendly"

#: sections of a catalog holding templates: name -> whether a template may differ by tone
TEMPLATE_SECTIONS = {"replies": True, "agent_replies": False, "conversation_replies": False}
#: the units ``duration`` accepts; a catalog's ``duration_units`` also has ``business_day``
UNITS: tuple[str, ...] = ("hour", "day", "week", "month", "year")
_UNIT_KEYS = (*UNITS, "business_day")
_LANG_FILE = re.compile(r"[a-z]{2,3}")
_DATA_SECTIONS = ("status_words", "countries", "days", "ordinals", "duration_units", "duration_vague", "list")


# ---------------------------------------------------------------------- plural rules
# A catalog names its rule; the rule picks which of the catalog's forms a count takes (CLDR category names).


def _one_other(n: int) -> str:
    return "one" if abs(n) == 1 else "other"


def _other(n: int) -> str:
    return "other"


def _east_slavic(n: int) -> str:
    """1, 21, 101 -> one; 2-4, 22-24 -> few; 0, 5-20, 25-30, 111 -> many (Russian, Ukrainian, Belarusian)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


#: rule name -> (the forms a catalog gives, the rule)
PLURAL_RULES: dict[str, tuple[tuple[str, ...], Callable[[int], str]]] = {
    "one_other": (("one", "other"), _one_other),
    "other": (("other",), _other),
    "east_slavic": (("one", "few", "many"), _east_slavic),
}


# ---------------------------------------------------------------------- loading


def _fields(template: str) -> set[str] | None:
    """The ``str.format`` placeholders of a template; None when ``str.format`` cannot read it ("{title")."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:
        return None


def _templates(value: Any, tones: bool) -> dict[str, str] | None:
    """A catalog entry as tone -> text (one string serves every tone), or None when it is malformed."""
    if isinstance(value, str):
        return dict.fromkeys(TONES if tones else (DEFAULT_TONE,), value) if value.strip() else None
    if tones and isinstance(value, dict) and set(value) == set(TONES):
        if all(isinstance(t, str) and t.strip() for t in value.values()):
            return {tone: value[tone] for tone in TONES}
    return None


def _is_regex(pattern: Any) -> bool:
    try:
        re.compile(pattern)
    except (re.error, TypeError):
        return False
    return isinstance(pattern, str) and bool(pattern)


def _same_shape(value: Any, ref: dict | list) -> bool:
    """Whether ``value`` is a dict with the keys of ``ref`` or a list of its length, of non-empty strings."""
    if isinstance(ref, dict):
        items = list(value.values()) if isinstance(value, dict) and value.keys() == ref.keys() else None
    else:
        items = value if isinstance(value, list) and len(value) == len(ref) else None
    return items is not None and all(isinstance(s, str) and s.strip() for s in items)


def _shape(ref: dict | list) -> str:
    return f"the keys of en.json's ({len(ref)})" if isinstance(ref, dict) else f"a list of {len(ref)} strings"


def _check_templates(lang: str, cat: dict, en: dict, problems: list[str]) -> None:
    """Replace each template section of ``cat`` by key -> tone -> text, English where it is missing or wrong."""
    for section, tones in TEMPLATE_SECTIONS.items():
        got = cat.get(section) if isinstance(cat.get(section), dict) else {}
        for key in sorted(set(got) - set(en[section])):
            problems.append(f"{lang}: {section}.{key} is not a key of en.json (ignored)")
        out = {}
        for key, en_tones in en[section].items():
            ref = _fields(en_tones[DEFAULT_TONE])
            by_tone = _templates(got[key], tones) if key in got else None
            if by_tone is None:
                problems.append(f"{lang}: {section}.{key} is " + (
                    "missing" if key not in got
                    else "not a string or {casual, friendly, professional}" if tones else "not a string"
                ) + " (English used)")
                out[key] = en_tones
                continue
            for tone, text in by_tone.items():
                if _fields(text) != ref:
                    problems.append(
                        f"{lang}: {section}.{key} ({tone}) must have the placeholders {sorted(ref)} "
                        f"of en.json (English used)"
                    )
                    by_tone[tone] = en_tones[tone]
            out[key] = by_tone
        cat[section] = out


def _check_data(lang: str, cat: dict, en: dict, problems: list[str]) -> None:
    """Replace each data table of ``cat`` that does not have English's shape by English's."""
    unknown = set(cat) - {"language", *TEMPLATE_SECTIONS, *_DATA_SECTIONS}
    if unknown:
        problems.append(f"{lang}: sections {sorted(unknown)} are not sections of en.json (ignored)")
    for section in ("status_words", "countries", "days", "ordinals", "duration_vague"):
        if not _same_shape(cat.get(section), en[section]):
            problems.append(f"{lang}: {section} must have {_shape(en[section])} (English used)")
            cat[section] = en[section]
    if not all(_is_regex(p) for p in cat["ordinals"]):
        problems.append(f"{lang}: ordinals must be regular expressions (English used)")
        cat["ordinals"] = en["ordinals"]

    meta = cat.get("language") if isinstance(cat.get("language"), dict) else {}
    if not (isinstance(meta.get("name"), str) and meta["name"].strip()):
        problems.append(f"{lang}: language.name must be the language's own name")
    forms = set(PLURAL_RULES[meta["plural_rule"]][0]) if meta.get("plural_rule") in PLURAL_RULES else None
    units = cat.get("duration_units")
    if not (
        forms
        and isinstance(units, dict)
        and units.keys() == set(_UNIT_KEYS)
        and all(isinstance(u, dict) and u.keys() == forms and all(isinstance(f, str) and f.strip() for f in u.values())
                for u in units.values())
    ):
        problems.append(
            f"{lang}: language.plural_rule must be one of {sorted(PLURAL_RULES)} and each of duration_units "
            f"{list(_UNIT_KEYS)} must give exactly its forms (English used)"
        )
        cat["language"] = {**meta, "plural_rule": en["language"]["plural_rule"]}
        cat["duration_units"] = en["duration_units"]

    joins = cat.get("list")
    if not (
        isinstance(joins, dict)
        and isinstance(joins.get("and"), str) and joins["and"].strip()
        and isinstance(joins.get("serial_comma"), bool)
        and isinstance(joins.get("and_before"), list)
        and all(isinstance(a, dict) and a.keys() == {"pattern", "and"} and _is_regex(a["pattern"])
                and isinstance(a["and"], str) and a["and"].strip() for a in joins["and_before"])
    ):
        problems.append(f"{lang}: list must be {{and, serial_comma, and_before: [{{pattern, and}}]}} (English used)")
        cat["list"] = en["list"]


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"reply catalog {path} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise RuntimeError(f"reply catalog {path} must hold a JSON object")
    return data


def _check_english(en: dict) -> list[str]:
    """Normalise the English catalog's templates to tone -> text in place; what makes it unfit as the reference."""
    problems: list[str] = []
    for section, tones in TEMPLATE_SECTIONS.items():
        entries = en.get(section)
        if not isinstance(entries, dict):
            problems.append(f"section {section} is missing")
            continue
        for key, value in entries.items():
            by_tone = _templates(value, tones)
            fields = [_fields(t) for t in by_tone.values()] if by_tone else [None]
            if by_tone is None:
                problems.append(f"{section}.{key} is not a string or {{casual, friendly, professional}}")
            elif None in fields or any(f != fields[0] for f in fields):
                problems.append(f"{section}.{key} has unreadable placeholders or different ones in different tones")
            else:
                entries[key] = by_tone
    missing = {"language", *_DATA_SECTIONS} - set(en)
    if missing:
        problems.append(f"sections {sorted(missing)} are missing")
    elif not problems:
        _check_data(DEFAULT_LANG, en, en, problems)
    return problems


def load_catalogs(directory: Path = LOCALES_DIR) -> tuple[dict[str, dict], list[str]]:
    """Read every ``<lang>.json`` of ``directory``: the catalogs (English first) and what is wrong in them.

    A missing or malformed entry is replaced by the English one and named in the problems. The English catalog
    is the reference for keys, placeholders and shapes, so its own problems are errors (``RuntimeError``), as is
    a file that is not a JSON object.
    """
    en = _read(directory / f"{DEFAULT_LANG}.json")
    en_problems = _check_english(en)
    if en_problems:
        raise RuntimeError(
            f"the English reply catalog {directory / 'en.json'} is the reference and must be complete: "
            + "; ".join(en_problems)
        )
    catalogs = {DEFAULT_LANG: en}
    problems: list[str] = []
    for path in sorted(directory.glob("*.json")):
        lang = path.stem
        if lang == DEFAULT_LANG:
            continue
        if not _LANG_FILE.fullmatch(lang):
            problems.append(f"{path.name}: a catalog is named by its language code, like es.json (skipped)")
            continue
        cat = _read(path)
        _check_templates(lang, cat, en, problems)
        _check_data(lang, cat, en, problems)
        catalogs[lang] = cat
    return catalogs, problems


_CATALOGS, _PROBLEMS = load_catalogs()
for _problem in _PROBLEMS:
    logger.warning("reply catalog: %s", _problem)

#: the languages with a catalog, English (the fallback) first
LANGS: tuple[str, ...] = tuple(_CATALOGS)
# key -> lang -> tone -> template
PHRASES: dict[str, dict[str, dict[str, str]]] = {
    key: {lang: _CATALOGS[lang]["replies"][key] for lang in LANGS} for key in _CATALOGS[DEFAULT_LANG]["replies"]
}
# order status -> lang -> word (used as {status} in order_status_other)
STATUS_WORDS: dict[str, dict[str, str]] = {
    status: {lang: _CATALOGS[lang]["status_words"][status] for lang in LANGS}
    for status in _CATALOGS[DEFAULT_LANG]["status_words"]
}
# lang -> words or regex stems for first..fifth
ORDINALS: dict[str, list[str]] = {lang: _CATALOGS[lang]["ordinals"] for lang in LANGS}
# lang -> Monday..Sunday
DAYS: dict[str, list[str]] = {lang: _CATALOGS[lang]["days"] for lang in LANGS}
# English country name -> lang -> localized name
COUNTRIES: dict[str, dict[str, str]] = {
    name: {lang: _CATALOGS[lang]["countries"][name] for lang in LANGS} for name in _CATALOGS[DEFAULT_LANG]["countries"]
}
_AND_BEFORE: dict[str, list[tuple[re.Pattern[str], str]]] = {
    lang: [(re.compile(a["pattern"], re.IGNORECASE), a["and"]) for a in _CATALOGS[lang]["list"]["and_before"]]
    for lang in LANGS
}


def texts(section: str) -> dict[str, dict[str, str]]:
    """A tone-less template section (``agent_replies``, ``conversation_replies``) as key -> lang -> text."""
    if TEMPLATE_SECTIONS.get(section, True):
        raise KeyError(f"{section!r} is not a tone-less template section")
    return {
        key: {lang: _CATALOGS[lang][section][key][DEFAULT_TONE] for lang in LANGS}
        for key in _CATALOGS[DEFAULT_LANG][section]
    }


# ---------------------------------------------------------------------- functions


def _lang(lang: str | None) -> str:
    lang = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return lang if lang in _CATALOGS else DEFAULT_LANG


def phrase(key: str, lang: str, tone: str = DEFAULT_TONE, **values: object) -> str:
    """Fill the template ``key`` for ``lang`` and ``tone`` with ``values``.

    Unknown language falls back to English, unknown tone to "friendly";
    an unknown key raises ``KeyError``.
    """
    variants = PHRASES[key]  # KeyError for an unknown key
    by_tone = variants[_lang(lang)]
    template = by_tone.get(tone, by_tone[DEFAULT_TONE])
    return template.format(**values)


def _noun(n: int, unit: str, lang: str, business: bool) -> str:
    cat = _CATALOGS[lang]
    forms = cat["duration_units"]["business_day" if business and unit == "day" else unit]
    return forms[PLURAL_RULES[cat["language"]["plural_rule"]][1](n)]


def _unit(unit: str) -> str:
    u = (unit or "").strip().lower()
    if u not in UNITS and u.endswith("s") and u[:-1] in UNITS:
        u = u[:-1]
    if u not in UNITS:
        raise ValueError(f"unknown duration unit: {unit!r}")
    return u


def duration(n: int | None, unit: str, lang: str, *, business: bool = False) -> str:
    """'14 days', '2 недели', '1 iş günü', '3 business days' ...

    ``business`` only applies to days. ``n=None`` gives a vague amount
    ("a few days", "несколько дней").
    """
    lang = _lang(lang)
    u = _unit(unit)
    if n is None:
        return _CATALOGS[lang]["duration_vague"]["business_day" if business and u == "day" else u]
    return f"{n} {_noun(n, u, lang, business)}"


def duration_range(
    lo: int, hi: int, unit: str, lang: str, *, business: bool = False
) -> str:
    """'3-5 business days', '3-5 рабочих дней', '1-2 недели'. Agrees with ``hi``."""
    if lo == hi:
        return duration(hi, unit, lang, business=business)
    lang = _lang(lang)
    u = _unit(unit)
    return f"{lo}-{hi} {_noun(hi, u, lang, business)}"


def join_list(items: list[str], lang: str) -> str:
    """'a, b and c' with the language's conjunction, its variants ('España e Italia') and serial comma."""
    lang = _lang(lang)
    items = [str(i) for i in items if str(i).strip()]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    joins = _CATALOGS[lang]["list"]
    last = items[-1].strip()
    conj = next((word for pattern, word in _AND_BEFORE[lang] if pattern.match(last)), joins["and"])
    head = ", ".join(items[:-1])
    if joins["serial_comma"] and len(items) > 2:
        return f"{head}, {conj} {items[-1]}"
    return f"{head} {conj} {items[-1]}"
