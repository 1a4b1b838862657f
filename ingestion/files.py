"""Uploaded knowledge files -> :class:`~rag_agent.records.Document` -> :class:`Chunk` list.

``parse_file`` reads PDF, DOCX, HTML, Markdown, TXT, CSV and XLSX into structured elements
(``title`` / ``text`` / ``list`` / ``table``); ``chunk_document`` cuts them into section-aware
chunks. Everything runs offline: nothing is downloaded at import or parse time.

Which parser reads which format, and why
----------------------------------------

=================  ==============================  ==================================================
Format             Parser                          Why
=================  ==============================  ==================================================
.pdf               pypdf (text + font sizes)       unstructured's PDF path needs its ``pdf`` extra
                                                   (unstructured-inference, CUDA torch): never
                                                   installed. pypdf is pure Python; headings are
                                                   lines set in a font larger than the body text.
                                                   Scanned PDFs (no text layer) are rejected as
                                                   empty: there is no OCR.
.docx              python-docx                     ``unstructured.partition.docx`` classifies every
                                                   "Normal" paragraph with spaCy ``en_core_web_sm``
                                                   (not installed -> it downloads it from GitHub on
                                                   first use). python-docx gives styles (Heading N,
                                                   List ...) and real tables directly.
.html .htm         lxml (etree HTMLParser;         ``partition_html`` sends every paragraph through
                   encoding: bs4's UnicodeDammit)  the same spaCy classifier (download). Building a
                                                   BeautifulSoup tree alone costs ~1 s per MB; lxml
                                                   builds it in ~0.05 s (whole parse ~0.5 s per MB).
.md .markdown      own line scanner (CommonMark    ``partition_md`` = Markdown -> HTML ->
                   subset: ATX/setext headings,    ``partition_html`` (spaCy download). Python-
                   lists, pipe tables, fences,     Markdown alone costs ~2.5 s per MB; the scanner
                   quotes; inline markup removed)  keeps pipe tables as tables, ~0.1-0.4 s per MB.
.txt               own (blank-line blocks,         ``partition_text`` classifies each block with spaCy
                   bullets, heading heuristics)    (download).
.csv               csv (stdlib, Sniffer for        ``partition_csv`` needs pandas (not a dependency).
                   , ; TAB |)
.xlsx              openpyxl (read-only, cached     ``partition_xlsx`` needs pandas, and spaCy for the
                   formula values)                 text cells.
=================  ==============================  ==================================================

So no format goes through ``unstructured`` in this build: its text classification
(``unstructured.partition.text_type.is_possible_narrative_text`` / ``is_possible_title`` ->
``unstructured.nlp.tokenize`` -> ``spacy.load("en_core_web_sm")``) downloads and pip-installs the
spaCy model into site-packages on first use, no argument or env var turns it off
(``languages=[""]`` only disables langdetect, ``UNSTRUCTURED_LANGUAGE_CHECKS`` only the
English-word check), and ``import unstructured`` itself pings a telemetry URL and runs
``nvidia-smi`` unless ``DO_NOT_TRACK``/``SCARF_NO_ANALYTICS`` is set. This module never imports it.

Chunking uses llama-index's ``SentenceSplitter`` for prose that does not fit one chunk, with
sizes counted in characters (``tokenizer`` = characters, so tiktoken is never loaded) and an
untrained nltk ``PunktSentenceTokenizer`` passed in directly (the same splitter llama-index builds
by default, minus its NLTK data check, which would try ``nltk.download`` when ``NLTK_DATA`` points
at an empty folder).

Tables are Markdown pipe tables (header row, separator, one line per row) everywhere: parse
output, chunk text, and the row-wise split of tables larger than a chunk, which repeats the
header in every piece.

What an upload may cost (:class:`FileLimits`)
---------------------------------------------
Uploads come from anyone holding a workspace key, so before a parser sees the bytes: the content
must not be another format than the name says (PDF bytes named ``.md``: :class:`UnsupportedFileType`),
and a DOCX/XLSX (a ZIP container) must stay within an entry count, a total decompressed size and a
per-part expansion ratio, checked on the sizes the ZIP declares and again by counting while
inflating every part (a forged header cannot hide a bomb). CSV and XLSX tables stop at a row
limit. Each refusal is a :class:`FileTooLarge` naming its ``RAG_*`` setting.
"""

from __future__ import annotations

import csv
import hashlib
import html as html_lib
import io
import logging
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import PurePath
from typing import Any

from rag_agent.errors import (
    CorruptFile,
    EmptyFile,
    FileTooLarge,
    RagAgentError,
    UnsupportedFileType,
)
from rag_agent.records import Chunk, Document, Element

__all__ = ["SUPPORTED", "TABLE_ROWS_PER_ELEMENT", "FileLimits", "check_content", "chunk_document", "parse_file"]

log = logging.getLogger(__name__)

SUPPORTED = {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".csv", ".xlsx"}

#: CSV / XLSX data rows per table element (the header row is repeated in each).
TABLE_ROWS_PER_ELEMENT = 30

_CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".html": "text/html",
    ".htm": "text/html",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class FileLimits:
    """How far one uploaded file may expand while it is read (defaults: those of ``rag_agent.settings``).

    ``max_zip_ratio`` applies to parts over 1 MB decompressed: small XML parts of real documents
    can compress very well, a bomb's payload cannot hide below that size.
    """

    max_unzipped_bytes: int = 100 * 1024 * 1024  # RAG_MAX_UNZIPPED_MB
    max_zip_entries: int = 2000  # RAG_MAX_ZIP_ENTRIES
    max_zip_ratio: float = 100.0  # RAG_MAX_ZIP_RATIO
    max_rows: int = 200_000  # RAG_MAX_CSV_ROWS


#: Parts smaller than this when decompressed are not held to ``max_zip_ratio``.
ZIP_RATIO_MIN_BYTES = 1024 * 1024

# Leading bytes of formats an upload may really be, whatever its name says: (prefix, label, kind).
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "PDF", "pdf"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX or other)", "zip"),
    (b"PK\x05\x06", "a ZIP archive (DOCX, XLSX or other)", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)", "ole"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "image"),
    (b"\xff\xd8\xff", "a JPEG image", "image"),
    (b"GIF87a", "a GIF image", "image"),
    (b"GIF89a", "a GIF image", "image"),
    (b"\x1f\x8b", "gzip-compressed data", "gzip"),
    (b"\x7fELF", "a program (ELF)", "program"),
    (b"Rar!\x1a\x07", "a RAR archive", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "archive"),
)
_EXPECTED_KIND = {".pdf": "pdf", ".docx": "zip", ".xlsx": "zip"}  # the rest are text: no signature expected

# C0 controls (except TAB/LF/CR), DEL, C1 controls and the BOM: never useful in element text.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
_WS_RE = re.compile(r"\s+")


# ------------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------------


def parse_file(data: bytes, filename: str, max_bytes: int = 50 * 1024 * 1024,
               limits: FileLimits | None = None) -> Document:
    """Parse an uploaded file into a :class:`Document` of structured elements.

    Checks, in order: the extension is in :data:`SUPPORTED` (else :class:`UnsupportedFileType`),
    the size is within ``max_bytes`` (else :class:`FileTooLarge`), the file is not zero bytes
    (else :class:`EmptyFile`), the content is not another format than the extension says
    (:func:`check_content`), and a DOCX/XLSX stays within ``limits`` once decompressed
    (else :class:`FileTooLarge`). A parser failure raises :class:`CorruptFile` chained to the
    parser's exception; a file that parses but has no text raises :class:`EmptyFile`.
    """
    limits = limits or FileLimits()
    name = PurePath(filename).name or filename
    ext = PurePath(name).suffix.lower()
    if ext not in SUPPORTED:
        shown = f"'{ext}'" if ext else "(no extension)"
        raise UnsupportedFileType(
            f"unsupported file type {shown} for {name}; accepted: {', '.join(sorted(SUPPORTED))}"
        )
    size = len(data)
    if size > max_bytes:
        raise FileTooLarge(f"{name} is {_mb(size)} MB; the limit is {_mb(max_bytes)} MB")
    if size == 0:
        raise EmptyFile(f"{name} is empty (0 bytes)")

    check_content(data, name)
    if ext in (".docx", ".xlsx"):
        _check_zip(data, name, limits)

    parse, parser_name = _PARSERS[ext]
    try:
        if ext in (".csv", ".xlsx"):
            elements, title = parse(data, limits.max_rows)  # type: ignore[call-arg]
        else:
            elements, title = parse(data)
    except (RagAgentError, MemoryError):  # MemoryError: over the reader's memory cap, not a corrupt file
        raise
    except Exception as exc:  # any parser failure: the file is unreadable as this type
        reason = str(exc).strip() or type(exc).__name__
        raise CorruptFile(f"could not read {name}: {reason}") from exc

    elements = [e for e in elements if e.text.strip()]
    if not any(_has_word(e.text) for e in elements):
        raise EmptyFile(f"{name} has no extractable text")

    if not title and ext not in (".csv", ".xlsx"):  # sheet names are not document titles
        title = next((e.text for e in elements if e.kind == "title"), "")
    return Document(
        filename=filename,
        content_type=_CONTENT_TYPES[ext],
        title=title or PurePath(name).stem,
        elements=elements,
        sha256=hashlib.sha256(data).hexdigest(),
        parser=parser_name,
    )


def check_content(data: bytes, filename: str) -> None:
    """Refuse content that is recognisably another format than ``filename``'s extension says.

    PDF bytes named ``.md``, a ZIP named ``.csv``, an image named ``.pdf``: each raises
    :class:`UnsupportedFileType` saying what the bytes are. Content matching no known signature
    is left to the parser (random bytes named ``.pdf`` are a :class:`CorruptFile`).
    """
    name = PurePath(filename).name or filename
    ext = PurePath(name).suffix.lower()
    found = _sniff(data, ext)
    if found is None:
        return
    label, kind = found
    if kind == _EXPECTED_KIND.get(ext):
        return
    real = {"pdf": " (upload it as .pdf)"}.get(kind, "")
    raise UnsupportedFileType(f"{name} holds {label}, not the {ext} content its name says{real}; "
                              f"accepted: {', '.join(sorted(SUPPORTED))}")


def chunk_document(doc: Document, max_chars: int = 900, overlap_chars: int = 0) -> list[Chunk]:
    """Cut a document into retrievable chunks of at most ``max_chars`` characters (where possible).

    * Every chunk carries ``section``: the text of the nearest title element above it.
    * Paragraphs and list items of one section are packed together up to ``max_chars``; a
      section's prose that does not fit is split by llama-index's ``SentenceSplitter`` at
      paragraph, then sentence, then phrase boundaries, with ``overlap_chars`` of overlap.
    * A table is never merged with prose. A table over ``max_chars`` is split by rows, the header
      row (and separator) repeated in each piece; a single row is never cut.
    """
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    if not 0 <= overlap_chars < max_chars:
        raise ValueError("overlap_chars must be >= 0 and smaller than max_chars")

    texts: list[tuple[str, str]] = []  # (section, text)
    section = ""
    prose: list[str] = []
    titles: list[str] = []

    def flush() -> None:
        if prose:
            for piece in _split_prose(prose, max_chars, overlap_chars):
                texts.append((section, piece))
            prose.clear()

    for el in doc.elements:
        text = el.text.strip()
        if not text:
            continue
        if el.kind == "title":
            flush()
            section = _WS_RE.sub(" ", text)
            titles.append(section)
        elif el.kind == "table":
            flush()
            for piece in split_table(text, max_chars):
                texts.append((section, piece))
        elif el.kind == "list":
            prose.append("- " + text)
        else:
            prose.append(text)
    flush()

    if not texts and titles:  # a document of headings only: keep them findable
        texts.append(("", "\n".join(titles)))
    return [Chunk(text=t, section=s, index=i) for i, (s, t) in enumerate(texts)]


def markdown_table(header: list[str], rows: Iterable[list[str]]) -> str:
    """A Markdown pipe table; cells are single-line, pipes escaped, rows padded to the header."""
    header = [_cell(c) for c in header]
    width = len(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * width) + "|"]
    for row in rows:
        cells = [_cell(c) for c in row][:width]
        cells += [""] * (width - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def split_table(table: str, max_chars: int) -> list[str]:
    """Split a Markdown pipe table by rows into pieces of at most ``max_chars`` (a piece holding a
    single over-long row may exceed it), repeating the header row and separator in each."""
    if len(table) <= max_chars:
        return [table]
    lines = table.split("\n")
    if len(lines) <= 3:
        return [table]
    head = "\n".join(lines[:2])
    pieces: list[str] = []
    cur: list[str] = []
    cur_len = len(head)
    for row in lines[2:]:
        if cur and cur_len + 1 + len(row) > max_chars:
            pieces.append(head + "\n" + "\n".join(cur))
            cur, cur_len = [], len(head)
        cur.append(row)
        cur_len += 1 + len(row)
    if cur:
        pieces.append(head + "\n" + "\n".join(cur))
    return pieces


# ------------------------------------------------------------------------------------------------
# Shared helpers
# ------------------------------------------------------------------------------------------------


def _sniff(data: bytes, ext: str) -> tuple[str, str] | None:
    """(label, kind) of the format the bytes start with, or None. A PDF may have junk before its
    header (readers look in the first 1 KB); any other signature must come first."""
    for prefix, label, kind in _SIGNATURES:
        if data.startswith(prefix):
            return label, kind
    if ext == ".pdf" and b"%PDF-" in data[:1024]:
        return "PDF", "pdf"
    return None


def _check_zip(data: bytes, name: str, limits: FileLimits) -> None:
    """Refuse a DOCX/XLSX that would expand past ``limits``, before any parser inflates it.

    First the sizes the ZIP declares (entry count, total, ratio of each large part), which costs
    nothing; then every part is inflated in 1 MB steps, counting, so a header that lies about a
    part's size is caught too (and a bad CRC is reported as a corrupt file).
    """
    setting = "RAG_MAX_UNZIPPED_MB"
    limit_mb = _mb(limits.max_unzipped_bytes)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise CorruptFile(f"could not read {name}: not a valid ZIP container ({exc})") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_zip_entries:
            raise FileTooLarge(f"{name} holds {len(infos)} files; at most {limits.max_zip_entries} are accepted "
                               "(RAG_MAX_ZIP_ENTRIES)")
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_unzipped_bytes:
            raise FileTooLarge(f"{name} expands to {_mb(declared)} MB when decompressed; the limit is {limit_mb} MB "
                               f"({setting})")
        for i in infos:
            ratio = i.file_size / max(i.compress_size, 1)
            if i.file_size > ZIP_RATIO_MIN_BYTES and ratio > limits.max_zip_ratio:
                raise FileTooLarge(f"{name}: its part {i.filename} expands {ratio:.0f} times when decompressed "
                                   f"(to {_mb(i.file_size)} MB); at most {limits.max_zip_ratio:g} times is accepted "
                                   "(RAG_MAX_ZIP_RATIO)")
        total = 0
        try:
            for i in infos:
                with archive.open(i) as part:
                    while chunk := part.read(1024 * 1024):
                        total += len(chunk)
                        if total > limits.max_unzipped_bytes:
                            raise FileTooLarge(f"{name} expands past {limit_mb} MB when decompressed ({setting})")
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError, ValueError,
                RuntimeError) as exc:  # bad CRC, broken deflate stream, unknown method, encrypted part
            raise CorruptFile(f"could not read {name}: {exc}") from exc


def _too_many_rows(limit: int) -> FileTooLarge:
    return FileTooLarge(f"the file has more than {limit} table rows; at most {limit} are accepted (RAG_MAX_CSV_ROWS)")


def _mb(n: int) -> str:
    value = n / (1024 * 1024)
    if value >= 10:
        return f"{value:.0f}"
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _clean(text: str) -> str:
    """Single-line text: controls removed, whitespace collapsed."""
    return _WS_RE.sub(" ", _CONTROL_RE.sub("", text)).strip()


def _cell(value: Any) -> str:
    return _clean(str(value)).replace("|", "\\|")


def _decode_text(data: bytes) -> str:
    """Decode a plain-text upload: BOM, else UTF-8, else Windows-1252 (Excel/Notepad exports)."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise ValueError("binary content, not a text file")
    return text


def _split_prose(paragraphs: list[str], max_chars: int, overlap_chars: int) -> list[str]:
    joined = "\n\n".join(paragraphs)
    if len(joined) <= max_chars:
        pieces = [joined]
    else:
        pieces = _sentence_splitter(max_chars, overlap_chars).split_text(joined)
    # consecutive list items read as one list
    return [re.sub(r"\n\n(?=- )", "\n", p) for p in pieces if p.strip()]


_SPLITTERS: dict[tuple[int, int], Any] = {}


def _sentence_splitter(max_chars: int, overlap_chars: int) -> Any:
    key = (max_chars, overlap_chars)
    splitter = _SPLITTERS.get(key)
    if splitter is None:
        # Imported lazily: llama_index.core takes ~2 s to import; most sections never need it.
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.core.node_parser.text.utils import split_by_sentence_tokenizer_internal
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        punkt = PunktSentenceTokenizer()  # untrained: needs no nltk data

        def sentences(text: str) -> list[str]:
            return split_by_sentence_tokenizer_internal(text, punkt)

        splitter = SentenceSplitter(
            chunk_size=max_chars,
            chunk_overlap=overlap_chars,
            tokenizer=_char_tokens,
            chunking_tokenizer_fn=sentences,
            paragraph_separator="\n\n",
        )
        _SPLITTERS[key] = splitter
    return splitter


def _char_tokens(text: str) -> range:
    """Sizes in characters; only ``len()`` of the result is used."""
    return range(len(text))


# ------------------------------------------------------------------------------------------------
# PDF (pypdf)
# ------------------------------------------------------------------------------------------------

_PDF_BULLET_ONLY = {"\x7f", "•", "●", "▪", "■", "◦", "‣", "∙", "·", "-", "–", "*", "\uf0b7", "\uf0a7"}
_BULLET_LINE_RE = re.compile(r"^\s*(?:[-*+•●▪■◦‣∙·–\x7f\uf0b7\uf0a7]|\(?\d{1,3}[.)]|[a-z][.)])\s+")


def _parse_pdf(data: bytes) -> tuple[list[Element], str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except Exception as exc:
            raise ValueError(f"the PDF is encrypted and cannot be opened ({exc})") from exc
        if not ok:
            raise ValueError("the PDF is password-protected")
    pages = reader.pages

    page_lines: list[list[tuple[str, float, float | None]]] = []
    first_error: Exception | None = None
    for page in pages:
        try:
            page_lines.append(_pdf_page_lines(page))
        except Exception as exc:  # one broken page should not lose the rest
            log.warning("pdf page could not be read: %s", exc)
            first_error = first_error or exc
            page_lines.append([])
    if first_error is not None and not any(page_lines):
        raise first_error

    sizes: Counter[float] = Counter()
    for lines in page_lines:
        for text, size, _y in lines:
            sizes[round(size * 2) / 2] += len(text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0

    elements: list[Element] = []
    for page_no, lines in enumerate(page_lines, start=1):
        elements.extend(_pdf_page_elements(lines, body, page_no))
    # the /Title metadata is not used: it is often template junk ("Microsoft Word - doc1.docx")
    return elements, ""


def _pdf_page_lines(page: Any) -> list[tuple[str, float, float | None]]:
    """(text, effective font size, baseline y) per text line of a page, in pypdf's reading order."""
    lines: list[tuple[str, float, float | None]] = []
    cur: list[str] = []
    cur_size = 0.0
    cur_y: float | None = None

    def end_line() -> None:
        nonlocal cur, cur_size, cur_y
        text = "".join(cur)
        if text.strip():
            lines.append((text.strip(), cur_size, cur_y))
        cur, cur_size, cur_y = [], 0.0, None

    def visit(text: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        nonlocal cur_size, cur_y
        if not text:
            return
        try:
            # text space -> device space: tm x cm
            c = [float(v) for v in cm]
            t = [float(v) for v in tm]
            m2 = t[2] * c[0] + t[3] * c[2]
            m3 = t[2] * c[1] + t[3] * c[3]
            y = t[4] * c[1] + t[5] * c[3] + c[5]
            size = float(font_size or 0) * (m2 * m2 + m3 * m3) ** 0.5
        except (TypeError, ValueError, IndexError):
            y, size = None, float(font_size or 0)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                end_line()
            if part:
                if part.strip():
                    if cur_y is None:
                        cur_y = y
                    cur_size = max(cur_size, size)
                cur.append(part)

    text = page.extract_text(visitor_text=visit)
    end_line()
    if not lines and text and text.strip():  # visitor gave nothing usable: plain lines
        lines = [(ln.strip(), 0.0, None) for ln in text.splitlines() if ln.strip()]
    return lines


def _pdf_heading_runs(lines: list[tuple[str, float, float | None]], body: float) -> dict[int, int]:
    """Start index -> end index (exclusive) of each heading: a run of 1-3 consecutive short lines
    set in the same font size, at least 15% larger than the body text. Longer runs of big text
    are body text in a big font (cover pages, pull quotes)."""
    runs: dict[int, int] = {}
    if body <= 0:
        return runs
    i = 0
    while i < len(lines):
        size = lines[i][1]
        if size < body * 1.15:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and abs(lines[j][1] - size) < 0.25:
            j += 1
        run = lines[i:j]
        if len(run) <= 3 and all(len(t) <= 150 for t, _, _ in run) and any(
            _has_word(t) for t, _, _ in run
        ):
            runs[i] = j
        i = j
    return runs


def _pdf_line_pitch(lines: list[tuple[str, float, float | None]]) -> float:
    """The page's usual distance between consecutive lines of one paragraph (the most common
    positive baseline gap between lines of equal font size), 0 if unknown."""
    gaps: Counter[float] = Counter()
    for (_, s1, y1), (_, s2, y2) in zip(lines, lines[1:]):
        if y1 is not None and y2 is not None and abs(s1 - s2) < 0.25 and 0 < y1 - y2 < 4 * s1:
            gaps[round(y1 - y2, 1)] += 1
    return gaps.most_common(1)[0][0] if gaps else 0.0


def _pdf_page_elements(
    lines: list[tuple[str, float, float | None]], body: float, page_no: int
) -> list[Element]:
    """Page lines -> elements: headings by font size, bullets -> list items, paragraphs split at
    vertical gaps over 1.2x the page's usual line pitch, or at font-size changes."""
    out: list[Element] = []
    buf: list[str] = []
    kind = "text"
    prev: tuple[float, float | None] | None = None  # (size, y) of the previous line
    pending_bullet = False  # a bullet glyph on a line of its own: the next line is a list item
    headings = _pdf_heading_runs(lines, body)

    def flush() -> None:
        nonlocal buf, kind
        if buf:
            text = buf[0]
            for ln in buf[1:]:
                if text.endswith("-") and ln[:1].islower():
                    text = text[:-1] + ln  # de-hyphenate a wrapped word
                else:
                    text = text + " " + ln
            text = _clean(text)
            if text:
                out.append(Element(kind=kind, text=text, page=page_no))  # type: ignore[arg-type]
        buf, kind = [], "text"

    pitch = _pdf_line_pitch(lines)
    i = 0
    while i < len(lines):
        text, size, y = lines[i]
        if i in headings:
            j = headings[i]
            flush()
            heading = _clean(" ".join(t for t, _, _ in lines[i:j]))
            if heading:
                out.append(Element(kind="title", text=heading, page=page_no))
            prev = (size, lines[j - 1][2])
            pending_bullet = False
            i = j
            continue
        i += 1

        core = _CONTROL_RE.sub("", text).strip()
        if text.strip() in _PDF_BULLET_ONLY or core in _PDF_BULLET_ONLY:
            flush()
            pending_bullet = True
            continue
        if not core:
            continue

        if pending_bullet or _BULLET_LINE_RE.match(text):
            flush()
            kind = "list"
            buf.append(core if pending_bullet else _BULLET_LINE_RE.sub("", text, count=1))
            pending_bullet = False
        else:
            if buf and prev is not None:
                psize, py = prev
                line_h = pitch or max(size, psize, 1.0) * 1.2
                new_para = abs(size - psize) >= 0.75
                if y is not None and py is not None:
                    gap = py - y  # PDF y grows upwards
                    new_para = new_para or gap > line_h * 1.2 + 0.5 or gap < -line_h * 0.5
                if new_para:
                    flush()
            buf.append(core)
        prev = (size, y)
    flush()
    return out


# ------------------------------------------------------------------------------------------------
# DOCX (python-docx)
# ------------------------------------------------------------------------------------------------


def _parse_docx(data: bytes) -> tuple[list[Element], str]:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    parent = document._body  # noqa: SLF001 - python-docx's own parent object for blocks
    elements: list[Element] = []
    p_tag, tbl_tag, sdt_tag, sdt_content = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")

    def blocks(container: Any) -> Iterable[Any]:
        for child in container.iterchildren():
            if child.tag in (p_tag, tbl_tag):
                yield child
            elif child.tag == sdt_tag:  # content controls (e.g. a table of contents)
                content = child.find(sdt_content)
                if content is not None:
                    yield from blocks(content)

    style_kinds: dict[str | None, str] = {}
    for block in blocks(body):
        if block.tag == p_tag:
            paragraph = Paragraph(block, parent)
            text = _clean(paragraph.text)
            if not text:
                continue
            elements.append(Element(kind=_docx_kind(paragraph, style_kinds), text=text))
        else:
            table = _docx_table(Table(block, parent))
            if table:
                elements.append(Element(kind="table", text=table))
    return elements, ""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_style_kind(style: Any) -> str:
    """title / list / text from a paragraph style and the styles it is based on."""
    names: list[str] = []
    depth = 0
    while style is not None and depth < 6:
        names.append((style.name or "").lower())
        style = style.base_style
        depth += 1
    if any(n == "title" or n.startswith("heading") for n in names):
        return "title"
    if any(n.startswith("list") for n in names):
        return "list"
    return "text"


def _docx_kind(paragraph: Any, cache: dict[str | None, str]) -> str:
    ppr = paragraph._p.pPr  # noqa: SLF001
    style_id = ppr.style if ppr is not None else None
    if style_id not in cache:  # python-docx's style lookup is a linear scan: once per style
        cache[style_id] = _docx_style_kind(paragraph.style)
    kind = cache[style_id]
    if kind != "text" or ppr is None:
        return kind
    outline = ppr.find(_W + "outlineLvl")
    if outline is not None and outline.get(_W + "val") not in (None, "9"):  # 9: body text
        return "title"
    if ppr.numPr is not None:
        return "list"
    return "text"


def _docx_table(table: Any) -> str:
    grid: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        prev_tc = None
        for cell in row.cells:
            # a horizontally merged cell is returned once per grid column: keep its text once
            cells.append("" if cell._tc is prev_tc else _clean(cell.text))  # noqa: SLF001
            prev_tc = cell._tc  # noqa: SLF001
        grid.append(cells)
    return _grid_to_table(grid)


def _grid_to_table(grid: list[list[str]]) -> str:
    rows = [r for r in grid if any(c.strip() for c in r)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    # drop columns empty in every row
    keep = [c for c in range(width) if any(c < len(r) and r[c].strip() for r in rows)]
    rows = [[r[c] if c < len(r) else "" for c in keep] for r in rows]
    return markdown_table(rows[0], rows[1:])


# ------------------------------------------------------------------------------------------------
# HTML (lxml)
# ------------------------------------------------------------------------------------------------

_HTML_SKIP = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "head", "title", "meta", "link", "base", "nav", "button", "select", "option",
    "input", "textarea", "audio", "video", "map",
}  # fmt: skip
_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HTML_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
    "hr", "html", "li", "main", "ol", "p", "section", "summary", "ul", "menu", "caption",
    "legend", "tbody", "thead", "tfoot", "tr", "td", "th", "table", "search",
}  # fmt: skip
_BR = "\x00"  # line-break marker inside the inline buffer (controls never survive _clean)


class _HtmlWalker:
    """Turn an lxml HTML tree into elements: inline text is gathered into paragraphs and flushed
    at every block boundary; headings, list items and data tables become their own elements."""

    def __init__(self) -> None:
        self.elements: list[Element] = []
        self.buf: list[str] = []
        self.kind = "text"

    # -- inline buffer --
    def add(self, text: str | None) -> None:
        if text:
            self.buf.append(text)

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        lines = [_clean(part) for part in raw.split(_BR)]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            self.elements.append(Element(kind=self.kind, text=text))  # type: ignore[arg-type]

    # -- tree walk --
    def walk(self, el: Any) -> None:
        self.add(el.text)
        for child in el:
            self.visit(child)
            self.add(child.tail)

    def visit(self, el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str):  # comments, processing instructions, entities
            return
        tag = tag.lower()
        if tag in _HTML_SKIP or el.get("hidden") is not None or el.get("aria-hidden") == "true":
            return
        if tag == "br":
            self.add(_BR)
        elif tag in _HTML_HEADINGS:
            self.flush()
            text = _clean(_itertext(el))
            if text:
                self.elements.append(Element(kind="title", text=text))
        elif tag == "pre":
            self.flush()
            lines = [_CONTROL_RE.sub("", ln).rstrip() for ln in _itertext(el).split("\n")]
            text = "\n".join(lines).strip("\n")
            if text.strip():
                self.elements.append(Element(kind=self.kind, text=text))  # type: ignore[arg-type]
        elif tag == "table" and self._is_data_table(el):
            self.flush()
            caption = el.find("caption")
            if caption is not None:
                text = _clean(_itertext(caption))
                if text:
                    self.elements.append(Element(kind="text", text=text))
            table = _grid_to_table(_html_table_grid(el))
            if table:
                self.elements.append(Element(kind="table", text=table))
        elif tag == "li":
            self.flush()
            outer = self.kind
            self.kind = "list"
            self.walk(el)
            self.flush()
            self.kind = outer
        elif tag in _HTML_BLOCKS:
            self.flush()
            self.walk(el)
            self.flush()
        else:  # inline
            self.walk(el)

    @staticmethod
    def _is_data_table(table: Any) -> bool:
        """Layout tables (one column, nested tables, headings inside) are walked as content."""
        for el in table.iter("table", *_HTML_HEADINGS):
            if el is not table:
                return False
        return max((len(r) for r in _html_rows(table)), default=0) >= 2


def _itertext(el: Any) -> str:
    return "".join(el.itertext())


def _html_rows(table: Any) -> list[list[Any]]:
    """The table's own rows (not those of nested tables), each a list of its td/th cells."""

    def tag(el: Any) -> str:
        return el.tag.lower() if isinstance(el.tag, str) else ""

    rows: list[list[Any]] = []
    for child in table:
        if tag(child) == "tr":
            trs = [child]
        elif tag(child) in ("thead", "tbody", "tfoot"):
            trs = [tr for tr in child if tag(tr) == "tr"]
        else:
            continue
        for tr in trs:
            rows.append([c for c in tr if tag(c) in ("td", "th")])
    return rows


def _span(cell: Any, attr: str) -> int:
    try:
        return max(1, min(int(cell.get(attr, "1")), 1000))
    except ValueError:
        return 1


def _html_table_grid(table: Any) -> list[list[str]]:
    """Cell texts on a grid: rowspans repeat their text downwards, colspans leave blanks."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows left, text) from rowspans
    for cells in _html_rows(table):
        row: list[str] = []
        col = 0
        queue = list(cells)
        while queue or any(c >= col for c in pending):
            if col in pending:
                left, text = pending[col]
                row.append(text)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (left - 1, text)
                col += 1
                continue
            if not queue:
                col += 1
                row.append("")
                continue
            cell = queue.pop(0)
            text = _clean(_itertext(cell))
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(colspan):
                value = text if k == 0 else ""
                row.append(value)
                if rowspan > 1:
                    pending[col] = (rowspan - 1, value)
                col += 1
        grid.append(row)
    return grid


def _parse_html(data: bytes) -> tuple[list[Element], str]:
    from bs4.dammit import UnicodeDammit
    from lxml import etree

    dammit = UnicodeDammit(data, is_html=True)
    text = dammit.unicode_markup
    if text is None:
        raise ValueError("could not detect the text encoding")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an XML decl
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    root = etree.fromstring(text, parser=parser)
    if root is None:  # nothing but whitespace / comments
        return [], ""
    walker = _HtmlWalker()
    body = root.find("body")
    walker.walk(body if body is not None else root)
    walker.flush()
    title = ""
    if not any(e.kind == "title" for e in walker.elements):
        head_title = root.find(".//title")
        if head_title is not None:
            title = _clean(_itertext(head_title))
    return walker.elements, title


# ------------------------------------------------------------------------------------------------
# Markdown (line scanner)
# ------------------------------------------------------------------------------------------------

_MD_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_MD_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_MD_HR_RE = re.compile(r"^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$")
_MD_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_ITEM_RE = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_MD_TASK_RE = re.compile(r"^\[[ xX]\][ \t]+")
_MD_QUOTE_RE = re.compile(r"^ {0,3}>[ \t]?")
_MD_TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_MD_PIPE_SPLIT_RE = re.compile(r"(?<!\\)\|")

# (trigger, pattern, replacement): a pattern only runs when its trigger occurs in the text
_MD_INLINE = [
    ("<!--", re.compile(r"<!--.*?-->"), ""),  # one-line HTML comments
    ("![", re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    ("<", re.compile(r"<(https?://[^>\s]+|mailto:[^>\s]+)>"), r"\1"),  # autolinks
    ("`", re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    ("**", re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),  # bold
    ("__", re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"\1"),  # bold
    ("*", re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italic*
    ("_", re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # _italic_
    ("~~", re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    ("<", re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tags
    ("\\", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
]
_MD_LINK_RE = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*[\"')])?\s*\)")
_MD_REFLINK_RE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+")


def _md_link(m: re.Match[str]) -> str:
    label, url = m.group(1), m.group(2)
    if url.startswith(("http://", "https://", "mailto:")) and url != label:
        return f"{label} ({url.removeprefix('mailto:')})"
    return label


def _md_inline(text: str) -> str:
    """Markdown inline markup -> plain text (links keep their http(s)/mailto target)."""
    if "](" in text:
        text = _MD_LINK_RE.sub(_md_link, text)
    if "][" in text:
        text = _MD_REFLINK_RE.sub(r"\1", text)
    for trigger, pattern, repl in _MD_INLINE:
        if trigger in text:
            text = pattern.sub(repl, text)
    if "&" in text:
        text = html_lib.unescape(text)
    return _clean(text)


def _md_cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [_md_inline(c.replace("\\|", "|")) for c in _MD_PIPE_SPLIT_RE.split(line)]


def _parse_markdown_text(text: str) -> list[Element]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    elements: list[Element] = []
    para: list[str] = []
    item: list[str] | None = None  # the list item being gathered

    def flush() -> None:
        nonlocal item
        if para:
            t = _md_inline(" ".join(para))
            if t:
                elements.append(Element(kind="text", text=t))
            para.clear()
        if item is not None:
            t = _md_inline(" ".join(item))
            if t:
                elements.append(Element(kind="list", text=t))
            item = None

    i = 0
    n = len(lines)
    # YAML front matter
    if n and lines[0].strip() == "---":
        for j in range(1, min(n, 200)):
            if lines[j].strip() in ("---", "..."):
                i = j + 1
                break
    while i < n:
        line = lines[i]
        while _MD_QUOTE_RE.match(line):  # blockquotes: read their content as ordinary lines
            line = _MD_QUOTE_RE.sub("", line, count=1)
        stripped = line.strip()

        if not stripped:
            flush()
            i += 1
            continue

        fence = _MD_FENCE_RE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            code: list[str] = []
            i += 1
            while i < n and not lines[i].strip().startswith(marker):
                code.append(lines[i].rstrip())
                i += 1
            i += 1  # closing fence
            body = "\n".join(code).strip("\n")
            if body.strip():
                elements.append(Element(kind="text", text=_CONTROL_RE.sub("", body)))
            continue

        atx = _MD_ATX_RE.match(line)
        if atx:
            flush()
            t = _md_inline(atx.group(2) or "")
            if t:
                elements.append(Element(kind="title", text=t))
            i += 1
            continue

        if para and item is None and _MD_SETEXT_RE.match(line):
            t = _md_inline(" ".join(para))
            para.clear()
            if t:
                elements.append(Element(kind="title", text=t))
            i += 1
            continue

        if _MD_HR_RE.match(line):
            flush()
            i += 1
            continue

        if (
            "|" in stripped
            and i + 1 < n
            and _MD_TABLE_SEP_RE.match(lines[i + 1])
            and ("|" in lines[i + 1] or stripped.startswith("|"))
        ):
            flush()
            header = _md_cells(stripped)
            rows: list[list[str]] = []
            i += 2
            while i < n and lines[i].strip() and "|" in lines[i]:
                rows.append(_md_cells(lines[i]))
                i += 1
            elements.append(Element(kind="table", text=markdown_table(header, rows)))
            continue

        if _MD_REFDEF_RE.match(line) and not para:
            i += 1
            continue

        m = _MD_ITEM_RE.match(line)
        if m and (m.group(2) or "").strip():
            flush()
            item = [_MD_TASK_RE.sub("", m.group(2).strip())]
            i += 1
            continue

        if item is not None:  # lazy / indented continuation of a list item
            item.append(stripped)
        else:
            para.append(stripped)
        i += 1
    flush()
    return elements


def _parse_markdown(data: bytes) -> tuple[list[Element], str]:
    return _parse_markdown_text(_decode_text(data)), ""


# ------------------------------------------------------------------------------------------------
# Plain text
# ------------------------------------------------------------------------------------------------

_TXT_BULLET_RE = re.compile(r"^\s*(?:[-*+•●▪■◦‣∙·–]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+(?=\S)")
_TXT_UNDERLINE_RE = re.compile(r"^\s*(=+|-+)\s*$")
_TXT_HASH_RE = re.compile(r"^\s*#{1,6}\s+(\S.*?)\s*#*\s*$")


def _txt_heading_like(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= 80
        and len(line.split()) <= 10
        and line[-1] not in ".,;:!?"
        and any(ch.isalpha() for ch in line)
        and not _TXT_BULLET_RE.match(line)
    )


def _parse_txt(data: bytes) -> tuple[list[Element], str]:
    text = _decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    elements: list[Element] = []
    for bi, block in enumerate(blocks):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        # "Heading\n=======" / "Heading\n-------"
        if len(lines) >= 2 and _TXT_UNDERLINE_RE.match(lines[1]) and _has_word(lines[0]):
            elements.append(Element(kind="title", text=_clean(lines[0])))
            lines = lines[2:]
        buf: list[str] = []
        kind = "text"

        def flush() -> None:
            nonlocal buf, kind
            t = _clean(" ".join(buf))
            if t:
                elements.append(Element(kind=kind, text=t))  # type: ignore[arg-type]
            buf, kind = [], "text"

        for li, line in enumerate(lines):
            hashed = _TXT_HASH_RE.match(line)
            if hashed:
                flush()
                elements.append(Element(kind="title", text=_clean(hashed.group(1))))
                continue
            if _TXT_BULLET_RE.match(line):
                flush()
                kind = "list"
                buf.append(_TXT_BULLET_RE.sub("", line, count=1))
                continue
            if (
                li == 0
                and len(lines) == 1
                and bi < len(blocks) - 1
                and _txt_heading_like(line)
            ):
                elements.append(Element(kind="title", text=_clean(line)))
                continue
            buf.append(line.strip())
        flush()
    return elements, ""


# ------------------------------------------------------------------------------------------------
# CSV / XLSX
# ------------------------------------------------------------------------------------------------


def _table_elements(rows: list[list[str]]) -> list[Element]:
    """A header row + data rows -> table elements of at most TABLE_ROWS_PER_ELEMENT rows each."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    keep = [c for c in range(width) if any(c < len(r) and r[c].strip() for r in rows)]
    rows = [[r[c] if c < len(r) else "" for c in keep] for r in rows]
    header, body = rows[0], rows[1:]
    if not body:
        return [Element(kind="table", text=markdown_table(header, []))]
    return [
        Element(kind="table", text=markdown_table(header, body[k : k + TABLE_ROWS_PER_ELEMENT]))
        for k in range(0, len(body), TABLE_ROWS_PER_ELEMENT)
    ]


def _parse_csv(data: bytes, max_rows: int = 200_000) -> tuple[list[Element], str]:
    text = _decode_text(data)
    sample = text[:20000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    for row in csv.reader(io.StringIO(text), dialect):
        if len(rows) > max_rows:  # the header row and max_rows data rows
            raise _too_many_rows(max_rows)
        rows.append([c.strip() for c in row])
    return _table_elements(rows), ""


def _xlsx_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _parse_xlsx(data: bytes, max_rows: int = 200_000) -> tuple[list[Element], str]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        elements: list[Element] = []
        read = 0
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # chart sheets
                continue
            # the sheet's declared dimension (A1:XFD1048576 costs a few bytes) would pad every row
            # to its width; rows are read as they are stored instead
            ws.reset_dimensions()
            rows = []
            for row in ws.iter_rows(values_only=True):
                read += 1
                if read > max_rows + len(wb.worksheets):  # a header row per sheet
                    raise _too_many_rows(max_rows)
                rows.append([_xlsx_value(v) for v in row])
            tables = _table_elements(rows)
            if tables:
                elements.append(Element(kind="title", text=_clean(ws.title) or "Sheet"))
                elements.extend(tables)
    finally:
        wb.close()
    return elements, ""


_Parser = Callable[[bytes], tuple[list[Element], str]]

_PARSERS: dict[str, tuple[_Parser, str]] = {
    ".pdf": (_parse_pdf, "pypdf"),
    ".docx": (_parse_docx, "python-docx"),
    ".html": (_parse_html, "lxml"),
    ".htm": (_parse_html, "lxml"),
    ".md": (_parse_markdown, "builtin-markdown"),
    ".markdown": (_parse_markdown, "builtin-markdown"),
    ".txt": (_parse_txt, "builtin-text"),
    ".csv": (_parse_csv, "csv"),
    ".xlsx": (_parse_xlsx, "openpyxl"),
}
