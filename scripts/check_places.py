"""Checks rag_agent/lang/data/places.json, the gazetteer of cities, regions and islands.

Why: the engine trusts this file to tell that a customer's city lies in a state, region or island named by a
store's shipping rules, so a broken chain, a form shared by two places or a form that is an everyday word would
make it answer wrongly. This script needs no engine import; Babel is used only to know CLDR's English country names.

Usage: python scripts/check_places.py [path]   (exit status 1 and one line per problem when the file is wrong)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

KINDS = {"city", "region", "island", "islands"}
# Words that must never be a form: the ones a gazetteer is most tempted by, plus the short function words of
# en, es, pt, tr, id and ru (a form is at least 4 letters, so only the longer of these could ever slip in).
COMMON_WORDS = set("""
sul norte centro para nice mobile reading bath split asia batu natal mesa aurora padang malang solo serang palu
ordu colonia leon león vitoria vitória victoria bala boa vista campo grande santa cruz paz union unión
salt lake orange jackson lincoln buffalo charlotte austin el paso orlando columbus madison charleston
richmond durham wellington lafayette york cork hull sale poole wigan
granada tolosa moron morón nord midi ouest est este oeste leste suroeste noroeste
sur south north east west central centre center island islands isla islas ilha ilhas ada adalar pulau kota
city state estado provincia província region región região bölge daerah provinsi kabupaten город область
край республика остров острова штат город
the and for with from this that your what when where will have which about into over than then
los las del por con una uno unos para como pero mas más muy sin sobre entre hasta desde este esta esto
dos das nos nas uma com pelo pela mais mas sem sobre entre até como muito quando onde
bir ile için ama veya çok daha gibi kadar sonra önce şimdi nasıl neden nerede evet hayır
yang dan dari untuk dengan atau tidak juga akan pada sudah bisa saya anda kami kita ini itu ada di ke
это как что так для или при без над под все она они мне вас нас тоже когда где есть
china chile turkey jersey guernsey georgia panama
caza lion bale tejas madura kazan perm braga diadema amadora gramado santos pelotas cascavel madeira terceira
flores pico capri canton gales inggris tokat oxford cambridge lagos palma palmas imperatriz contagem serra
rosario mendoza cartagena santiago santander big island the highlands capital federal
пели брага фару бреда нижний роли саванна дели рим
""".split())
# An entry may bear a CLDR territory's name (Puerto Rico, Guam...) when it also belongs to a country's chain.
# Forms allowed although listed above because the place is the usual meaning in a shopping conversation.
ALLOWED = {"georgia", "victoria", "jersey", "guernsey"}


def country_names() -> set[str]:
    from babel import Locale

    return set(Locale("en").territories.values())


def letters(form: str) -> int:
    return sum(ch.isalpha() for ch in form)


def check(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    if set(data) != {"about", "places"} or not isinstance(data["about"], str):
        problems.append("top level must be exactly {'about': str, 'places': [...]}")
    places = data["places"]
    countries = country_names()
    by_name: dict[str, dict] = {}
    for p in places:
        if set(p) != {"name", "kind", "in", "forms"}:
            problems.append(f"{p.get('name')}: keys must be name, kind, in, forms")
        if p["name"] in by_name:
            problems.append(f"{p['name']}: name used twice")
        by_name[p["name"]] = p
        if p["kind"] not in KINDS:
            problems.append(f"{p['name']}: kind {p['kind']!r} not in {sorted(KINDS)}")
    owner: dict[str, str] = {}
    for p in places:
        if not p["forms"]:
            problems.append(f"{p['name']}: no forms")
        for f in p["forms"]:
            if f != f.lower() or f != f.strip():
                problems.append(f"{p['name']}: form {f!r} not lowercase/trimmed")
            if not f[:1].isalnum() or not f[-1:].isalnum() and not f.endswith("."):
                problems.append(f"{p['name']}: form {f!r} starts or ends with punctuation")
            if letters(f) < 4:
                problems.append(f"{p['name']}: form {f!r} shorter than 4 letters")
            if f in COMMON_WORDS and f not in ALLOWED:
                problems.append(f"{p['name']}: form {f!r} is a common word")
            if (f in countries or f.title() in countries) and p["name"] not in countries and f not in ALLOWED:
                problems.append(f"{p['name']}: form {f!r} is a country's name")
            if f in owner and owner[f] != p["name"]:
                problems.append(f"{p['name']}: form {f!r} also belongs to {owner[f]}")
            owner.setdefault(f, p["name"])
        if len(set(p["forms"])) != len(p["forms"]):
            problems.append(f"{p['name']}: repeated form")
    for p in places:
        seen, cur = {p["name"]}, p
        while cur["in"] in by_name or cur["in"] not in countries:
            parent = by_name.get(cur["in"])
            if parent is None:
                problems.append(f"{p['name']}: 'in' {cur['in']!r} is neither an entry nor a CLDR country")
                break
            if parent["name"] in seen:
                problems.append(f"{p['name']}: 'in' chain loops")
                break
            seen.add(parent["name"])
            cur = parent
    return problems


def country_of(p: dict, by_name: dict[str, dict], countries: set[str]) -> str:
    while p["in"] in by_name:
        p = by_name[p["in"]]
    return p["in"]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "rag_agent/lang/data/places.json"
    problems = check(path)
    for line in problems:
        print("PROBLEM", line)
    if problems:
        return 1
    places = json.loads(path.read_text(encoding="utf-8"))["places"]
    countries = country_names()
    by_name = {p["name"]: p for p in places}
    print(f"{len(places)} places, {sum(len(p['forms']) for p in places)} forms")
    print("per kind:", dict(Counter(p["kind"] for p in places).most_common()))
    per_country = Counter(country_of(p, by_name, countries) for p in places)
    print("per country:", ", ".join(f"{c} {n}" for c, n in per_country.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
