"""Write ``rag_agent/lang/data/common_words.json``: the everyday words of each of the six shipped languages, the
words found in at least one line in 2 000 (and at least two lines) of everyday text in that language:

- XED (Helsinki-NLP/XED, movie subtitles with emotions, CC BY 4.0: Öhman et al., "XED: A Multilingual Dataset
  for Sentiment Analysis and Emotion Detection", COLING 2020), all six languages;
- SemEval 2025 Task 11 (emotion-analysis-project/SemEval2025-Task11, CC BY 4.0: Muhammad et al.), en, es, pt, ru;

as copied unchanged under ``../shared/data/`` (``xed_emotion``, ``semeval2025_task11_emotion``). Only the word
list is shipped, not the text; the licences allow that with this attribution.

Why: a word typed beside a product's name ("o perfume dolce shine *ja teve* restock?") may be a word of another
product's name ("Vela de *Lavanda*") or an ordinary word of the sentence. A word this common in the customer's
language is an ordinary word, never the name of a product the store does not sell. Run by hand when the sources
change; the engine reads only the JSON.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rag_agent.engine.text import tokens  # the engine's own tokens: the words are matched after it

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "rag_agent" / "lang" / "data" / "common_words.json"
XED, SEMEVAL = DATA / "xed_emotion", DATA / "semeval2025_task11_emotion"
SOURCES = {
    "en": [XED / "en-annotated.tsv", XED / "neu_en.txt", SEMEVAL / "eng_train.csv"],
    "es": [XED / "es-projections.tsv", SEMEVAL / "esp_test.csv", SEMEVAL / "esp_dev.csv"],
    "pt": [XED / "pt-projections.tsv", SEMEVAL / "ptbr_test.csv", SEMEVAL / "ptbr_dev.csv"],
    "tr": [XED / "tr-projections.tsv"],
    "id": [XED / "id-projections.tsv"],
    "ru": [XED / "ru-projections.tsv", SEMEVAL / "rus_test.csv", SEMEVAL / "rus_dev.csv"],
}


def _lines(path: Path) -> list[str]:
    """The text of each line: the first column of XED's TSVs, the second of SemEval's CSVs (id,text,...)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if n == 0 and path.suffix == ".csv" or n == 0 and line.startswith("phrase\t"):
            continue  # the header row
        if path.suffix == ".csv":
            parts = line.split(",", 1)
            line = parts[1] if len(parts) > 1 else ""
        else:
            line = line.split("\t")[0]
        out.append(line)
    return out


#: roots of swear words the lists above write only in some of their forms (the list ships none of them)
ROOTS = {"еба", "ебу", "ебл", "хуй", "хуе", "хуё", "хуя", "хул", "пизд", "пздц", "бля", "сук", "мраз", "говн", "дерьм",
         "fuck", "shit", "bitch", "puta", "puto", "mierd", "caral", "porra", "merda", "bok", "siktir", "amk"}


def _rude(lang: str) -> set[str]:
    """Words of the LDNOOBW lists (``../shared/data/ldnoobw_profanity_lists``), left out of the shipped list."""
    path = DATA / "ldnoobw_profanity_lists" / f"{lang}.txt"
    return {t for line in path.read_text(encoding="utf-8").splitlines() for t in tokens(line)} if path.exists() \
        else set()


def main() -> None:
    words: dict[str, list[str]] = {}
    for lang, paths in SOURCES.items():
        lines = [x for p in paths for x in _lines(p)]
        seen: Counter[str] = Counter()
        for line in lines:
            seen.update(set(tokens(line)))
        floor = max(2, len(lines) // 2000)
        rude = _rude(lang) | _rude("en") | ROOTS
        words[lang] = sorted(w for w, n in seen.items() if n >= floor and len(w) >= 2 and not w.isdigit()
                             and w not in rude and not any(w.startswith(r) for r in rude if len(r) >= 3))
    rows = [f'  "{lang}": {json.dumps(ws, ensure_ascii=False)}' for lang, ws in words.items()]
    OUT.write_text('{\n "source": "scripts/gen_common_words.py: XED (CC BY 4.0) and SemEval 2025 Task 11 (CC BY 4.0)",\n'
                   ' "words": {\n' + ",\n".join(rows) + "\n }\n}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
