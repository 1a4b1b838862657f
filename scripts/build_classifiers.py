"""Build the condition classifiers shipped in rag_agent/agents/data from ../shared/data and hand-written messages.

    python scripts/build_classifiers.py [--data ../shared/data]

Reads (training only; never the held-out files in rag_agent/agents/eval_data/):
- bitext_customer_support (en intents), clinc150 (en greetings, order status, out-of-scope negatives),
- semeval2025_task11_emotion (en es pt ru), xed_emotion (en + es pt ru tr id projections),
  goemotions_single_label (en, for "confused"),
- ldnoobw_profanity_lists (en es pt tr ru) plus a short hand-written Indonesian and Cyrillic Russian list,
- scripts/agent_messages_train.tsv (hand-written messages in the six languages).

Public rows whose text hashes to the held-out bucket (:func:`is_heldout`) are skipped here; the same rule
makes ``rag_agent/agents/eval_data/heldout_public.tsv`` (scripts/make_heldout.py), so no held-out row is ever
used for building. Writes heads.npz, heads.json and lexicons.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rag_agent.agents.classifier import DIM, EmbeddingHeads, LinearHeads, features  # noqa: E402
from rag_agent.agents.splits import LABELS, SHORT, is_heldout, public_rows, read_tsv  # noqa: E402
from rag_agent.engine.text import fold  # noqa: E402

OUT = REPO / "rag_agent" / "agents" / "data"
TRAIN_TSV = REPO / "scripts" / "agent_messages_train.tsv"

# Hand-written additions where the shared lists have nothing (id) or only Latin transliterations (ru).
EXTRA_PROFANITY = {
    "id": ["anjing", "anjir", "bangsat", "babi", "kontol", "memek", "goblok", "tolol", "bajingan", "brengsek",
           "tai", "ngentot", "jancuk", "asu", "kampret", "keparat", "bego"],
    "en": ["asshole", "assholes", "wtf", "bullshit", "crap", "damn"],
}
# Cyrillic Russian stems: matched as word prefixes (Russian inflects them heavily).
PROFANITY_PREFIX = {
    "ru": ["хуй", "хуе", "хуя", "хул", "охуе", "пизд", "ебан", "ебат", "еба", "заеб", "выеб", "блят", "бляд", "бля",
           "сука", "суки", "сучк", "мудак", "мудил", "говн", "дерьм", "залуп", "пидор", "пидар", "хрен", "хрень",
           "мраз", "гандон"],
    "tr": ["orospu", "siktir", "sikim", "amina", "amk", "yarrak", "pezevenk", "gavat", "kahpe", "serefsiz"],
}


# Turkish: noun stems matched with any chain of Turkish suffixes (plural, possessive, case, copula), so
# "götünüze", "orospuların", "yarrağımı" match; the stems of the LDNOOBW words are found by stripping those
# suffixes (and the k/ğ softening: kaltak -> kaltağı), plus a few frequent insults the list lacks.
TR_SUFFIX = ("lar|ler|ımız|imiz|umuz|ümüz|ınız|iniz|unuz|ünüz|nın|nin|nun|nün|dan|den|tan|ten|da|de|ta|te|ya|ye|yı|"
             "yi|yu|yü|ın|in|un|ün|ım|im|um|üm|sı|si|su|sü|la|le|yla|yle|a|e|ı|i|u|ü|dır|dir|dur|dür|tır|tir|"
             "sın|sin|sun|sün|cı|ci|cu|cü|çı|çi|lık|lik|luk|lük")
TR_EXTRA_STEMS = ["yarrak", "yarrağ", "piç", "pezevenk", "yavşak", "ibne", "gavat", "kahpe", "şerefsiz", "bok",
                  "amcık", "amcığ", "orospu", "göt", "kaltak", "kaltağ", "taşak", "taşağ", "yarak", "yarağ"]
# the verb "sik-": its profane forms only ("sıkıntı", "sıkıldım", "sık sık" fold to look-alikes)
TR_VERB_FORMS = ["sikeyim", "sikerim", "sikiyim", "siktir", "siktirin", "siktiğim", "siktigim", "sikik", "sikim",
                 "sikimi", "sikimde", "sikiş", "sikis", "sikmek", "amına", "amina", "amını", "amk", "aq", "mk"]


def turkish_stems(words: list[str]) -> list[str]:
    """Stems of Turkish bad words: each word with its longest suffix chain stripped (2+ letters kept)."""
    suffix = re.compile(rf"(?:{TR_SUFFIX})+")
    listed = {w.lower().replace("i̇", "i") for w in words if " " not in w and not w.lower().startswith("sik")}
    listed |= set(TR_EXTRA_STEMS)
    # a listed word that is another listed word plus a suffix chain is covered by the shorter one
    stems = {w for w in listed if not any(w != o and w.startswith(o) and suffix.fullmatch(w[len(o):])
                                          for o in listed)}
    return sorted({fold(s) for s in stems if len(s) >= 3})  # "am" + "a" is "ama" (but): the bare word only


def ambiguous_words(data: Path, prof: dict[str, list[str]]) -> list[str]:
    """Bad words of one language that are everyday words in another (Turkish "am" and "got" in English text):
    they count only in a message detected as their own language. Found in the training corpora's text."""
    from collections import defaultdict

    seen: dict[str, Counter] = defaultdict(Counter)
    word = re.compile(r"[^\W\d_]+")
    for _, lang, text, _ in public_rows(data):
        if not is_heldout(text):
            seen[lang].update(set(word.findall(fold(text))))
    langs_of: dict[str, set[str]] = defaultdict(set)
    for lang, terms in prof.items():
        for t in terms:
            if " " not in t:
                langs_of[t].add(lang)
    out = {t for t, langs in langs_of.items() if "en" not in langs
           and any(c[t] >= 3 for other, c in seen.items() if other not in langs)}
    return sorted(out)


def hand_rows() -> list[tuple[str, str, set[str]]]:
    return [(lang, text, {SHORT[lab] for lab in labels}) for lang, text, labels in read_tsv(TRAIN_TSV)]


def lexicons(data: Path) -> dict:
    prof: dict[str, list[str]] = {}
    for path in sorted((data / "ldnoobw_profanity_lists").glob("*.txt")):
        terms = [fold(t.strip()) for t in path.read_text(encoding="utf-8").splitlines() if t.strip()]
        prof[path.stem] = sorted(set(terms))
    for lang, terms in EXTRA_PROFANITY.items():
        prof[lang] = sorted(set(prof.get(lang, [])) | {fold(t) for t in terms})
    tr_words = [t.strip() for t in (data / "ldnoobw_profanity_lists" / "tr.txt").read_text(encoding="utf-8")
                .splitlines() if t.strip()]
    stems = {"tr": {"stems": turkish_stems(tr_words), "suffix": fold(TR_SUFFIX),
                    "forms": sorted({fold(t) for t in TR_VERB_FORMS})}}
    return {"profanity": prof, "profanity_ambiguous": ambiguous_words(data, prof), "profanity_prefix": {k: sorted(set(v)) for k, v in PROFANITY_PREFIX.items()},
            "profanity_stems": stems,
            "sources": {"profanity": "LDNOOBW (CC BY 4.0) en es pt tr ru; hand-written id, Cyrillic ru stems"}}


def training_rows(data: Path, seed: int = 7, exclude=None) -> tuple[list, list, Counter]:
    """(fit rows, validation rows, rows per source): every public row outside the held-out bucket (and outside
    ``exclude(text)``, used by scripts/dev_conditions.py to keep its dev bucket out) plus the hand-written
    training messages (weight 6); one in ten goes to the validation split that picks thresholds."""
    rnd = random.Random(seed)
    rows: list[tuple[str, str, set[str], float]] = []
    stats = Counter()
    for src, lang, text, labels in public_rows(data, training=True):
        if is_heldout(text):
            continue  # the held-out bucket: never trained on
        if exclude is not None and exclude(" ".join(text.split())):
            continue
        rows.append((lang, text, labels, 1.0))
        stats[src] += 1
    for lang, text, labels in hand_rows():
        rows.append((lang, text, labels, 6.0))
        stats["hand"] += 1
    rnd.shuffle(rows)
    val = [r for i, r in enumerate(rows) if i % 10 == 0]
    fit = [r for i, r in enumerate(rows) if i % 10 != 0]
    return fit, val, stats


def pick_threshold(label: str, p: np.ndarray, yv: np.ndarray, low: float = 0.1) -> tuple[float, float]:
    """(threshold, F1) with the best F1 on the validation split; for "talk to a human" (a missed request
    strands the client) the best F1 among thresholds that keep recall >= 0.95, or the highest-recall one."""
    best, best_f, best_key = 0.5, -1.0, None
    for t in np.arange(low, 0.96, 0.025):
        pred = p >= t
        tp = int((pred & yv).sum())
        prec = tp / max(1, pred.sum())
        rec = tp / max(1, yv.sum())
        f = 2 * prec * rec / max(1e-9, prec + rec)
        key = (min(rec, 0.95), f) if label == "wants:human" else (f,)
        if best_key is None or key > best_key:
            best, best_f, best_key = float(t), f, key
    if best_f < 0.3:  # too few or too mixed examples: the head only speaks when it is sure
        best = 0.95
    if label == "wants:human":
        best = max(best, 0.3)  # lower, the head fires on any "contact" wording (checked on the dev set)
    return best, best_f


def embed_texts(embedder, texts: list[str], cache: Path | None = None) -> np.ndarray:
    """Sentence vectors of the texts (cached on disk by text, so dev runs and builds share them)."""
    store: dict[str, np.ndarray] = {}
    if cache and cache.exists():
        with np.load(cache, allow_pickle=False) as z:
            store = dict(zip(z["texts"].tolist(), z["vecs"]))
    missing = list(dict.fromkeys(t for t in texts if t not in store))
    for i in range(0, len(missing), 256):
        chunk = missing[i:i + 256]
        store.update(zip(chunk, embedder.embed(chunk)))
    if cache and missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        keys = list(store)
        np.savez(cache, texts=np.array(keys), vecs=np.stack([store[k] for k in keys]).astype(np.float32))
    return np.stack([store[t] for t in texts]).astype(np.float32)


def train_embedding_heads(rows: tuple[list, list, Counter], embedder,
                          cache: Path | None = None) -> tuple[EmbeddingHeads, dict]:
    """Logistic heads over the message's sentence vector (the int8 MiniLM copy used at run time)."""
    from sklearn.linear_model import LogisticRegression

    fit, val, stats = rows
    Xf = embed_texts(embedder, [r[1] for r in fit], cache)
    Xv = embed_texts(embedder, [r[1] for r in val], cache)
    wf = np.array([r[3] for r in fit])
    dim = Xf.shape[1]
    W = np.zeros((dim, len(LABELS)), dtype=np.float32)
    b = np.zeros(len(LABELS), dtype=np.float32)
    thresholds, report = {}, {}
    for j, label in enumerate(LABELS):
        y = np.array([label in r[2] for r in fit])
        yv = np.array([label in r[2] for r in val])
        clf = LogisticRegression(C=2.0, class_weight="balanced", max_iter=1000)
        clf.fit(Xf, y, sample_weight=wf)
        W[:, j] = clf.coef_[0]
        b[j] = clf.intercept_[0]
        # the sentence heads add to the cues and the n-gram heads: they speak only when fairly sure
        t, f = pick_threshold(label, clf.predict_proba(Xv)[:, 1], yv, low=0.5)
        thresholds[label] = round(t, 3)
        report[label] = {"positives": int(y.sum()), "val_f1": round(f, 3), "threshold": thresholds[label]}
    return EmbeddingHeads(LABELS, W, b, thresholds, embedder.name), {"rows": dict(stats), "labels": report}


def train(rows: tuple[list, list, Counter]) -> tuple[LinearHeads, dict]:
    """Hashed n-gram heads trained on :func:`training_rows`."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    fit, val, stats = rows

    def matrix(items):
        indptr, indices, vals = [0], [], []
        for _, text, _, _ in items:
            idx, v = features(text)
            indices.extend(idx.tolist())
            vals.extend(v.tolist())
            indptr.append(len(indices))
        return csr_matrix((np.array(vals, dtype=np.float32), np.array(indices), np.array(indptr)),
                          shape=(len(items), DIM))

    Xf, Xv = matrix(fit), matrix(val)
    wf = np.array([r[3] for r in fit])
    W = np.zeros((DIM, len(LABELS)), dtype=np.float32)
    b = np.zeros(len(LABELS), dtype=np.float32)
    thresholds = {}
    report = {}
    for j, label in enumerate(LABELS):
        y = np.array([label in r[2] for r in fit])
        yv = np.array([label in r[2] for r in val])
        clf = LogisticRegression(C=4.0, class_weight="balanced", max_iter=300, solver="liblinear")
        clf.fit(Xf, y, sample_weight=wf)
        W[:, j] = clf.coef_[0]
        b[j] = clf.intercept_[0]
        p = clf.predict_proba(Xv)[:, 1]
        best, best_f = pick_threshold(label, p, yv)
        thresholds[label] = round(best, 3)
        report[label] = {"positives": int(y.sum()), "val_f1": round(best_f, 3), "threshold": thresholds[label]}
    heads = LinearHeads(LABELS, W, b, thresholds)
    return heads, {"rows": dict(stats), "labels": report}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--no-embed", action="store_true", help="skip the sentence-vector heads (no model needed)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rag-agent-build/vectors.npz"),
                    help="sentence vectors of the training texts, kept between runs")
    args = ap.parse_args()
    t0 = time.time()
    rows = training_rows(args.data)
    heads, report = train(rows)
    heads.save(OUT, {"built_from": report["rows"], "built_at": time.strftime("%Y-%m-%d")})
    if not args.no_embed:
        from rag_agent.embed import QuantizedEmbedder, SentenceTransformerEmbedder

        emb = QuantizedEmbedder(SentenceTransformerEmbedder())
        eheads, erep = train_embedding_heads(rows, emb, cache=args.cache)
        eheads.save(OUT, {"built_from": erep["rows"], "built_at": time.strftime("%Y-%m-%d")})
        report["sentence_heads"] = erep["labels"]
    (OUT / "lexicons.json").write_text(json.dumps(lexicons(args.data), ensure_ascii=False, indent=0))
    print(json.dumps(report, indent=1))
    size = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"wrote {OUT} ({size / 1e6:.2f} MB) in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
