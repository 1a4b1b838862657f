"""Answer units: the pieces of a page or file that answer one question, with their typed facts.

A chunk (one section's text, see :func:`ingestion.files.chunk_document`) is split into units:

- each sentence of a paragraph (``sentence``), with the section heading it sits under;
- each list item (``item``), with the line that introduces the list (``lead``: "These items cannot be
  returned:");
- each table row (``row``), rendered with its column headers ("Order total: Up to $50; Standard (5–7 days):
  $6.95"), its cells kept (``header``, ``cells``) so a row can be chosen by a value (an order total) and a column
  by a word (express).

Every unit carries its typed facts (:func:`rag_agent.lang.facts.extract_facts`), computed here at ingest so the
answer path never parses or embeds store text on a request. Units are stored in the chunk point's payload.
"""

from __future__ import annotations

import re
from typing import Any

from rag_agent.engine.text import fold, tokens
from rag_agent.lang.concepts import weighted_concepts
from rag_agent.lang.places import countries_in
from rag_agent.lang.facts import day_concepts, extract_facts, range_of_text, tells_hours

__all__ = ["build_units", "analyze_units", "UNITS_VERSION"]

#: topics a fact implies: a phone number is about the phone, whatever the words around it
FACT_TOPICS = {"phone": "topic:phone", "email": "topic:email", "address": "topic:address", "hours": "topic:hours",
               "code": "topic:code", "money": "topic:price"}
#: text addressed to an assistant rather than to customers: never used as an answer
INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+|your\s+|previous\s+|prior\s+)*(?:instructions|rules|"
    r"prompts?|guidelines)|\b(?:assistant|chatbot|bot|ai|language model|llm)s?\b.{0,40}\b(?:must|should|reveal|"
    r"print|output|say|tell|list)\b|\b(?:reveal|print|output|dump|list)\s+(?:all\s+|the\s+|your\s+)*(?:api\s+keys?|"
    r"secrets?|passwords?|orders|customers?|database|system prompt)|\bsystem prompt\b|\bjailbreak\b|"
    r"\bignora\s+(?:las|tus|todas)|\bignore as (?:instru|regras)|\babaikan\b|\bигнорируй\b|\btalimatlar\w* (?:yok|unut)",
    re.I)
_STEM = 5


def _stems(text: str) -> list[str]:
    return sorted({w[:_STEM] for w in tokens(text) if len(w) > 2 and not w.isdigit()})


def analyze_units(units: list[dict[str, Any]], title: str, lang: str) -> list[dict[str, Any]]:
    """What the answer path matches a unit on, computed once here: its concepts (text; and heading, lead, FAQ
    question and title as context), word stems, table ranges, whether it addresses an assistant, the codes of
    its section. Stored in the payload, so a restart costs no parsing."""
    title_concepts = {c: w * 0.5 for c, w in weighted_concepts(title, lang).items()}
    section_codes = [f for u in units for f in u.get("facts", []) if f["type"] == "code"]
    out = []
    for u in units:
        text, heading, lead, question = u["text"], u.get("heading") or "", u.get("lead") or "", u.get("question") or ""
        concepts = weighted_concepts(text, lang)
        for f in u.get("facts", []):
            implied = FACT_TOPICS.get(f["type"])
            if implied:
                concepts[implied] = 1.0
        folded = fold(text)
        if countries_in(folded):
            concepts["topic:international"] = 1.0
        days = day_concepts(folded)
        if days:
            concepts.update(days)
            if tells_hours(folded):  # "31 декабря работаем до 15:00": that day's opening hours
                concepts["topic:hours"] = 1.0
        ctx = weighted_concepts(" ".join([heading, lead, question]), lang)
        for c, w in title_concepts.items():
            ctx[c] = max(ctx.get(c, 0.0), w)
        a = dict(u)
        a["concepts"] = concepts
        a["context"] = {c: w for c, w in ctx.items() if c not in concepts}
        a["stems"] = _stems(" ".join([text, heading, lead, question]))
        a["instruction"] = bool(INSTRUCTION.search(text))
        if u.get("kind") == "row" and u.get("cells"):
            a["row_range"] = range_of_text(u["cells"][0])
            a["col_ranges"] = [range_of_text(h) if i else None for i, h in enumerate(u.get("header") or [])]
        heading_codes = [f.as_dict() for f in extract_facts(heading) if f.type == "code"] if heading else []
        a["section_codes"] = heading_codes + section_codes
        out.append(a)
    return out

#: bump when the unit format or the fact extraction changes; older payloads are rebuilt when read
UNITS_VERSION = 16

_SENT = re.compile(r"(?<=[.!?。])\s+(?=[\"'«(¿¡]?[A-ZÀ-ÖØ-ÞА-ЯĞİŞÇÖÜ0-9])")
_ABBR_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|approx|vs|no|nº|st|av|ave|mr|mrs|dr|sr|sra|jl|ul|min|max|incl|excl)"
                       r"\.|\b[A-Z]\.)$", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•▪◦·]|\d{1,2}[.)])\s+")
_MD = re.compile(r"\*\*|__|`")
#: a line whose label and value a run of dots (or a dotted leader) joins, as plain-text pages write them
_LEADER = re.compile(r"^\s{0,3}\S[^.]*?\s*[.…]{3,}\s*\S")
_DOTS = re.compile(r"\s*(?:\.{3,}|…+\.*)\s*")
_Q_PREFIX = re.compile(r"^(?:q|p|pregunta|pergunta|soru|s|t|tanya|pertanyaan|в|вопрос)\s*[:.)-]\s*", re.I)
_A_PREFIX = re.compile(r"^(?:a|r|respuesta|resposta|cevap|c|j|jawab|jawaban|о|ответ)\s*[:.)-]\s*", re.I)


def _sentences(paragraph: str) -> list[str]:
    parts = _SENT.split(paragraph.strip())
    out: list[str] = []
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and (_ABBR_END.search(out[-1]) or len(out[-1]) < 12):
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


def leader_items(line: str) -> list[str]:
    """"label: value" for each dotted leader of a line, also when a reader ran several such lines into one
    ("Mon - Fri ...... 8:00 - 20:00 Sat ...... 8:00 - 18:00 Sun ...... closed"): a label is the words right
    before its dots that hold no digit."""
    leaders = list(_DOTS.finditer(line))
    labels: list[tuple[int, int]] = []  # (start of the label, start of its dots)
    for k, m in enumerate(leaders):
        floor = leaders[k - 1].end() if k else 0
        words = list(re.finditer(r"\S+", line[floor:m.start()]))
        start = m.start()
        for w in reversed(words):
            if k and (any(ch.isdigit() for ch in w.group()) or w.group().endswith((",", ";", ":"))):
                break
            start = floor + w.start()
        labels.append((start, m.start()))
    items: list[str] = []
    if labels and labels[0][0] > 0 and line[:labels[0][0]].strip():
        items.append(line[:labels[0][0]].strip())
    for k, (start, dots) in enumerate(labels):
        end = labels[k + 1][0] if k + 1 < len(labels) else len(line)
        value = line[leaders[k].end():end].strip()
        label = line[start:dots].strip()
        items.append(f"{label}: {value}" if value else label)
    return [x for x in items if x]


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _is_separator(line: str) -> bool:
    return bool(re.fullmatch(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*", line))


def _unit(kind: str, text: str, heading: str, **extra: Any) -> dict[str, Any]:
    text = _MD.sub("", text).strip()
    facts = [f.as_dict() for f in extract_facts(text)]
    return {"kind": kind, "text": text, "heading": heading, "facts": facts, **extra}


def _row_unit(header: list[str], cells: list[str], heading: str) -> dict[str, Any]:
    cells = cells + [""] * (len(header) - len(cells))
    pairs = [(h, c) for h, c in zip(header, cells) if c]
    text = "; ".join(f"{h}: {c}" if h else c for h, c in pairs)
    unit = _unit("row", text, heading, header=header, cells=cells[:len(header)])
    # facts read cell by cell, each labelled by its column header
    facts = []
    for h, c in zip(header, cells):
        for f in extract_facts(c):
            d = f.as_dict()
            d["label"] = h
            d["clause"] = c
            from rag_agent.lang.facts import _quals  # the header words qualify a cell's facts too

            d["quals"] = _quals(c, h)
            d["column"] = header.index(h)
            facts.append(d)
    for col, h in enumerate(header):
        for f in extract_facts(h):  # "Standard (5-7 business days)": the column's duration, a fact of every row
            if f.type == "duration" and col < len(cells) and cells[col]:
                d = f.as_dict()
                d["label"] = h
                d["clause"] = h
                d["column"] = col
                facts.append(d)
    unit["facts"] = facts
    return unit


def question_pending(units: list[dict[str, Any]], question: str) -> bool:
    """Whether the last FAQ question still waits for its answer (it had none in its own paragraph)."""
    return bool(question) and not any(u.get("question") == question for u in units)


def build_units(section: str, text: str) -> list[dict[str, Any]]:
    """The answer units of one chunk of text under the heading ``section``."""
    units: list[dict[str, Any]] = []
    lines = text.split("\n")
    lead = ""
    question = ""
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
            continue
        if line.lstrip().startswith("|"):
            block = []
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                block.append(lines[i])
                i += 1
            rows = [_cells(b) for b in block if not _is_separator(b)]
            if not rows:
                continue
            header, body = rows[0], rows[1:]
            if not body:  # a one-line table: its cells are the facts
                units.append(_unit("row", "; ".join(c for c in header if c), section))
                continue
            for r in body:
                if any(c for c in r):
                    units.append(_row_unit(header, r, section))
            continue
        if _BULLET.match(line):
            item = _BULLET.sub("", line).strip()
            i += 1
            # continuation lines of the same item (indented, not a new bullet)
            while i < len(lines) and lines[i].startswith("  ") and not _BULLET.match(lines[i]) \
                    and not lines[i].lstrip().startswith("|"):
                item += " " + lines[i].strip()
                i += 1
            for s in _sentences(item) or [item]:
                units.append(_unit("item", s, section, lead=lead))
            continue
        if _LEADER.match(line):
            # "Pazartesi - Cuma ....... 08:00 - 20:00", "Phone ..... 555-0100": a label and its value, one item
            # each (the dots are no sentence end), with their indented continuation lines
            i += 1
            while i < len(lines) and lines[i].startswith("  ") and lines[i].strip() \
                    and not _LEADER.match(lines[i]) and not _BULLET.match(lines[i]):
                line += " " + lines[i].strip()
                i += 1
            for item in leader_items(line):
                units.append(_unit("item", item, section, lead=lead))
            continue
        para = _MD.sub("", line.strip())
        i += 1
        while i < len(lines) and lines[i].strip() and not _BULLET.match(lines[i]) \
                and not lines[i].lstrip().startswith("|"):
            para += " " + _MD.sub("", lines[i].strip())
            i += 1
        sents = _sentences(para)
        # an FAQ entry: a question, then its answer (in this paragraph or the next)
        if sents and sents[0].rstrip().endswith("?") and len(sents[0]) <= 200:
            question = _Q_PREFIX.sub("", sents[0]).strip()
            sents = [_A_PREFIX.sub("", x).strip() for x in sents[1:]]
        elif sents and _A_PREFIX.match(sents[0]) and question:
            sents = [_A_PREFIX.sub("", sents[0]).strip()] + sents[1:]
        elif not question_pending(units, question):
            question = ""
        for s_ in sents:
            if s_:
                units.append(_unit("sentence", s_, section, question=question) if question
                             else _unit("sentence", s_, section))
        lead = sents[-1] if sents and sents[-1].rstrip().endswith(":") else ""
    if not units and section:
        units.append(_unit("sentence", section, section))
    return units
