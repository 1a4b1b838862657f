"""Language detection report on lingua's test data (../shared/data/lingua_langid_testdata).

The folder holds ``sentences/``, ``word-pairs/`` and ``single-words/``, each with one file per language
(``en.txt`` …, one sample per line). Every sample goes through the engine's detector
(:func:`rag_agent.engine.language.detect`, no history, no catalog vocabulary), and the report gives the
accuracy per language and category and the confusion matrix (rows: true language, columns: detected).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from rag_agent.engine.language import SUPPORTED, detect

CATEGORIES = ("sentences", "word-pairs", "single-words")


def default_testdata() -> Path:
    """../shared/data/lingua_langid_testdata next to the repository, where the project keeps it."""
    return Path(__file__).resolve().parents[2] / "shared" / "data" / "lingua_langid_testdata"


def load_samples(folder: Path, limit: int | None = None) -> dict[str, dict[str, list[str]]]:
    """category -> language -> samples (the first ``limit`` lines of each file)."""
    from rag_agent.errors import InputError

    folder = Path(folder)
    out: dict[str, dict[str, list[str]]] = {}
    for cat in CATEGORIES:
        for lang in SUPPORTED:
            path = folder / cat / f"{lang}.txt"
            if not path.is_file():
                raise InputError(f"{path} is missing: the test data needs {', '.join(CATEGORIES)}/<lang>.txt "
                                 f"for {', '.join(SUPPORTED)}")
            lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            out.setdefault(cat, {})[lang] = lines[:limit] if limit else lines
    return out


def evaluate(samples: dict[str, dict[str, list[str]]], progress: Callable[[int], None] | None = None,
             detector: Callable[[str], str] = detect) -> dict[str, Any]:
    """Accuracy per category and language, and confusion matrices (per category and all together)."""
    report: dict[str, Any] = {"languages": list(SUPPORTED), "categories": {}}
    total = {t: {d: 0 for d in SUPPORTED} for t in SUPPORTED}
    for cat, by_lang in samples.items():
        conf = {t: {d: 0 for d in SUPPORTED} for t in SUPPORTED}
        for lang, lines in by_lang.items():
            for line in lines:
                got = detector(line)
                if got in conf[lang]:  # the detector only answers supported languages
                    conf[lang][got] += 1
                    total[lang][got] += 1
            if progress:
                progress(len(lines))
        acc = {lang: round(conf[lang][lang] / max(1, len(by_lang[lang])), 4) for lang in by_lang}
        n = sum(len(v) for v in by_lang.values())
        report["categories"][cat] = {"samples": n, "accuracy": acc,
                                     "mean": round(sum(conf[x][x] for x in conf) / max(1, n), 4), "confusion": conf}
    n_all = sum(sum(r.values()) for r in total.values())
    report["overall"] = {"samples": sum(c["samples"] for c in report["categories"].values()),
                         "accuracy": round(sum(total[x][x] for x in total) / max(1, n_all), 4), "confusion": total}
    return report


def markdown(report: dict[str, Any]) -> str:
    """Accuracy table (languages × categories) and the overall confusion matrix, in Markdown."""
    langs = report["languages"]
    cats = list(report["categories"])
    lines = ["| language | " + " | ".join(cats) + " |", "|---|" + "---:|" * len(cats)]
    for lang in langs:
        lines.append(f"| {lang} | " + " | ".join(f"{report['categories'][c]['accuracy'].get(lang, 0):.1%}"
                                                  for c in cats) + " |")
    lines.append("| **mean** | " + " | ".join(f"**{report['categories'][c]['mean']:.1%}**" for c in cats) + " |")
    lines += ["", "Confusion (all categories; rows: true language, columns: detected):", "",
              "| true \\ detected | " + " | ".join(langs) + " |", "|---|" + "---:|" * len(langs)]
    for t in langs:
        lines.append(f"| {t} | " + " | ".join(str(report["overall"]["confusion"][t][d]) for d in langs) + " |")
    return "\n".join(lines)


__all__ = ["CATEGORIES", "default_testdata", "load_samples", "evaluate", "markdown"]
