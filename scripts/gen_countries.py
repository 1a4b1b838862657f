"""Write ``rag_agent/lang/data/countries.json``: every country's name in the six shipped languages, from the
Unicode CLDR data that Babel carries, plus the everyday short forms customers type ("USA", "EEUU", "ABD", "США").

Run by hand when Babel's CLDR changes (``pip install babel``; Babel is not needed at run time). Forms that are
common words in one of the languages ("china" the porcelain, "chile" the pepper, "mısır" the corn), or that are
also a place inside a country ("Georgia" the US state, "Granada" the Spanish city, "Jersey" the sweater), are
left out: a country named by them is missed, which costs less than a grocery order read as a shipment abroad.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

from rag_agent.engine.text import fold  # the engine's own folding: the forms are matched after it

LANGS = ("en", "es", "pt", "tr", "id", "ru")
OUT = Path(__file__).resolve().parent.parent / "rag_agent" / "lang" / "data" / "countries.json"
#: the reply catalogs' own keys for the countries they name (kept, so that both tables agree)
KEYS = {"TR": "Turkey", "US": "United States", "GB": "United Kingdom", "RU": "Russia"}
SKIP_CODES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "AQ", "XK", "UM", "IO", "TF", "HM", "BV", "GS"}
#: folded forms that are ordinary words (or other places) in one of the six languages
STOP = {"china", "chile", "chad", "jordan", "georgia", "granada", "jersey", "guernsey", "guinea", "niger", "togo",
        "mali", "panama", "misir", "benin", "congo", "kongo", "sudan", "dominica", "man", "norte",
        "malta", "jamaica", "oman", "cuba", "samoa", "tonga", "peru", "india", "hindistan", "amerika"}
#: short forms customers type, by English key (folded)
ALIASES = {
    "United States": ["u.s.a", "u.s.", "united states of america", "america", "eeuu", "ee.uu", "ee uu",
                      "estados unidos da america", "eua", "abd", "amerika serikat", "сша", "америка", "америку",
                      "штаты", "штатах"],
    "United Kingdom": ["uk", "great britain", "britain", "inglaterra", "ingiltere", "inggris", "англия",
                       "англию", "британия", "британию"],
    "Netherlands": ["holland", "holanda", "the netherlands", "голландия", "голландию"],
    "Turkey": ["turkiye", "türkiye", "turquia", "turki", "турция", "турцию"],
    "Czechia": ["czech republic", "republica checa", "republica tcheca", "чехия"],
    "South Korea": ["korea", "corea", "coreia", "kore", "корея", "корею"],
    "United Arab Emirates": ["uae", "emirates", "emiratos", "emirados", "bae", "оаэ", "эмираты"],
    "Russia": ["rusia", "rusya", "росси", "россию", "россии"],
    "Germany": ["германию", "германии", "deutschland"],
}


def main() -> None:
    names = {lang: Locale(lang).territories for lang in LANGS}
    out: dict[str, dict[str, list[str]]] = {}
    for code, en in sorted(names["en"].items()):
        if len(code) != 2 or not code.isalpha() or code in SKIP_CODES:
            continue
        key = KEYS.get(code, en)
        forms: dict[str, list[str]] = {}
        for lang in LANGS:
            local = names[lang].get(code)
            if not local or " - " in local or fold(local) in STOP or len(fold(local)) < 4:
                continue
            forms.setdefault(lang, []).append(local)
        if key != en and fold(en) not in STOP:
            forms.setdefault("en", []).append(en)
        for alias in ALIASES.get(key, []):
            forms.setdefault("any", []).append(alias)
        if forms:
            out[key] = {lang: sorted(set(v)) for lang, v in forms.items()}
    doc = {"about": "Country names in en, es, pt, tr, id and ru from the Unicode CLDR (via Babel "
                    f"{__import__('babel').__version__}, Unicode licence), with common short forms; written by "
                    "scripts/gen_countries.py. Forms that are ordinary words in one language are left out.",
           "countries": out}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} countries -> {OUT}")


if __name__ == "__main__":
    main()
