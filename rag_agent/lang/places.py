"""Places a message or a page names (countries, states, regions, islands, cities), with what each lies in.

Customers name their city or island rather than their country ("im in toronto", "moro em Recife", "envío a
Ibiza", "доставка в Казань"), and shipping pages state their rules per country, state, zone, region or island
("Zone 1: Wisconsin, Illinois, ...", "Norte e Nordeste", "Baleares y Canarias"). Knowing that Toronto lies in
Ontario, Canada lets a message meet the rule written for where it is.

Data (no code holds a place name): ``data/countries.json`` (every country's name in the six languages, from the
Unicode CLDR through ``scripts/gen_countries.py``) and ``data/places.json`` (states, regions, islands and cities with
the place each lies in, written from general geographic knowledge). A name is matched on folded word tokens, also
with a Turkish or Russian case ending ("Almanyaya", "в Германию", "в Казани").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rag_agent.engine.text import fold, tokens
from rag_agent.lang.concepts import language_data

__all__ = ["Place", "Gazetteer", "gazetteer", "places_in", "countries_in", "only_countries", "country_name"]

_MAX_WORDS = 5


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    """The case endings a place name takes when it is written without an apostrophe ("Almanyaya", "torontodayım",
    "в Казани"): the language files' ``place_endings``, folded, longest first."""
    found = [fold(e) for d in language_data().values() for e in d.get("place_endings", ())]
    return tuple(sorted(dict.fromkeys(found), key=len, reverse=True))


@dataclass(frozen=True)
class Place:
    name: str  # English name, unique
    kind: str  # country | region | island | islands | city
    parent: str | None  # the place it lies in (None for a country)


class Gazetteer:
    """Every known place by its folded forms."""

    def __init__(self, places: dict[str, Place], forms: dict[tuple[str, ...], str],
                 local_names: dict[str, dict[str, str]]) -> None:
        self.places = places
        self.forms = forms
        self.local_names = local_names

    def named(self, text: str) -> list[str]:
        """The places the text names, in order, each once (longest name first at each position)."""
        toks = tokens(text)
        out: list[str] = []
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
                key = tuple(toks[i:i + n])
                name = self.forms.get(key)
                if name is None and len(key[-1]) >= 5:
                    name = self._inflected(key)
                if name is not None:
                    hit = (name, n)
                    break
            if hit:
                if hit[0] not in out:
                    out.append(hit[0])
                i += hit[1]
            else:
                i += 1
        return out

    def _inflected(self, key: tuple[str, ...]) -> str | None:
        last = key[-1]
        for end in _endings():
            if last.endswith(end) and len(last) - len(end) >= 4:
                stem = last[: -len(end)]
                for cand in (stem, stem + "а", stem + "я", stem + "ия", stem + "ь", stem + "a"):
                    name = self.forms.get(key[:-1] + (cand,))
                    if name is not None:
                        return name
        return None

    def with_parents(self, names: list[str]) -> list[str]:
        """The places and every place they lie in (Recife, Pernambuco, Nordeste, Brazil)."""
        out: list[str] = []
        for name in names:
            seen = 0
            while name and name not in out and seen < 8:
                out.append(name)
                place = self.places.get(name)
                name = place.parent if place else None
                seen += 1
        return out

    def countries(self, names: list[str] | set[str]) -> set[str]:
        """The countries among these places."""
        return {n for n in names if n in self.places and self.places[n].kind == "country"}

    def country_of(self, name: str) -> str | None:
        for n in self.with_parents([name]):
            p = self.places.get(n)
            if p and p.kind == "country":
                return n
        return None


def _everyday_words() -> frozenset[str]:
    """The stopwords of the six language files, folded: a place's one-word form that is one names nothing."""
    return frozenset(t for d in language_data().values() for w in d.get("stopwords", ()) for t in tokens(w))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    data = resources.files("rag_agent.lang") / "data"
    places: dict[str, Place] = {}
    forms: dict[tuple[str, ...], str] = {}
    local: dict[str, dict[str, str]] = {}
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))["countries"]
    for name, by_lang in countries.items():
        places[name] = Place(name, "country", None)
        for lang, written in by_lang.items():
            if lang != "any" and written:
                local.setdefault(name, {})[lang] = written[0]
            for form in written:
                key = tuple(tokens(form))
                # a short form is taken only as listed by hand ("uk", "сша"), not from the CLDR names
                if key and (lang == "any" or len("".join(key)) >= 4):
                    forms.setdefault(key, name)
    entry = data / "places.json"
    common = _everyday_words()
    if entry.is_file():
        for p in json.loads(entry.read_text(encoding="utf-8"))["places"]:
            # a territory the CLDR lists as a country but that lies in one (Puerto Rico, Jersey) is a place in it
            places[p["name"]] = Place(p["name"], p["kind"], p.get("in"))
            for form in p.get("forms") or []:  # the forms only: "Jersey" the island is "isle of jersey"
                key = tuple(tokens(form))
                # "Pará" folds to "para", a preposition in two languages: only its qualified forms name it
                if key and len("".join(key)) >= 4 and not (len(key) == 1 and key[0] in common):
                    forms.setdefault(key, p["name"])
    for name, place in list(places.items()):
        if place.parent and place.parent not in places:  # "Türkiye" for the country kept as "Turkey"
            resolved = forms.get(tuple(tokens(place.parent)))
            places[name] = Place(name, place.kind, resolved)
    return Gazetteer(places, forms, local)


def places_in(text: str) -> list[str]:
    """The places the text names and every place they lie in ("im in toronto": Toronto, Ontario, Canada)."""
    g = gazetteer()
    return g.with_parents(g.named(text))


def countries_in(text: str) -> list[str]:
    """The countries the text names itself (not those of the cities it names): "we ship to Canada and Mexico"."""
    g = gazetteer()
    named = g.named(text)
    countries = g.countries(named)
    return [n for n in named if n in countries]


#: the word "only" in the six languages: a clause with it and countries says where the store ships (or sells)
ONLY = re.compile(r"(?i)\b(?:only|solo|sólo|somente|apenas|sadece|yalnızca|yalnizca|hanya|только)\b")


def only_countries(text: str) -> list[str]:
    """The countries a sentence's "only" clause names ("solo a España ... y a Portugal", "we ship to the US and
    Canada only"); none where "only" is about something else ("Canarias, Ceuta y Melilla: ... (solo envío
    estándar)")."""
    return [n for clause in re.split(r"[.;:!?]", text) if ONLY.search(clause) for n in countries_in(fold(clause))]


def country_name(name: str, lang: str) -> str:
    """A country's name in a language (CLDR), the English name when none is known."""
    return gazetteer().local_names.get(name, {}).get(lang, name)
