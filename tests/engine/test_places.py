"""Places named in a message or a page (rag_agent.lang.places): countries in six languages from the CLDR data,
with their case endings, and states, islands and cities with the place each lies in."""

import json
from importlib import resources

import pytest

from rag_agent.lang.places import countries_in, country_name, gazetteer, places_in


@pytest.mark.parametrize("text, country", [
    ("do you ship to japan?", "Japan"),
    ("envían a Alemania?", "Germany"),
    ("frete para a Argentina", "Argentina"),
    ("Avusturya'ya kargo var mı", "Austria"),
    ("Avusturyaya kargo var mi", "Austria"),  # the case ending without its apostrophe
    ("kirim ke Belanda bisa?", "Netherlands"),
    ("доставка в Германию", "Germany"),  # accusative
    ("доставляете ли вы во Францию", "France"),
    ("ship to the UK?", "United Kingdom"),
])
def test_a_country_is_found_in_every_language(text, country):
    assert country in countries_in(text)
    assert country in places_in(text)


@pytest.mark.parametrize("text", [
    "mısır unu var mı",  # corn flour, not Egypt
    "do you have chile peppers",  # the pepper, not the country
    "is this jersey cotton",  # the sweater, not the island
    "how much is shipping",
])
def test_ordinary_words_are_not_countries(text):
    assert countries_in(text) == []


def test_a_country_has_its_name_in_each_language():
    assert country_name("Germany", "tr") == "Almanya"
    assert country_name("Japan", "ru") == "Япония"
    assert country_name("Atlantis", "es") == "Atlantis"


def test_every_place_lies_in_a_known_place_ending_at_a_country():
    g = gazetteer()
    for name, place in g.places.items():
        chain = g.with_parents([name])
        assert g.places[chain[-1]].kind == "country", f"{name} ends at {chain[-1]}"


def test_a_city_brings_the_places_it_lies_in():
    data = json.loads((resources.files("rag_agent.lang") / "data" / "places.json").read_text(encoding="utf-8"))
    cities = [p for p in data["places"] if p["kind"] == "city"]
    assert cities, "the gazetteer lists cities"
    g = gazetteer()
    for p in cities[:50]:
        named = places_in(f"I live in {p['forms'][0]}, how much is shipping?")
        assert named[0] == p["name"]
        assert p["in"] in named or g.places[named[0]].parent in named
        assert g.country_of(p["name"]) in named
