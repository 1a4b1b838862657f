"""ingestion.files: real files written by the real libraries, parsed and chunked offline."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ingestion.files import SUPPORTED, TABLE_ROWS_PER_ELEMENT, FileLimits, chunk_document, parse_file
from rag_agent.errors import CorruptFile, EmptyFile, FileTooLarge, UnsupportedFileType
from rag_agent.records import Document, Element

REPO = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------


def minimal_pdf(runs: list[tuple[float, float, str]]) -> bytes:
    """A valid one-page PDF drawing each (font size, y, text) run in Helvetica; no runs: a page
    with only a drawn line (no text layer)."""
    ops = []
    for size, y, text in runs:
        esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /F1 {size} Tf 72 {y} Td ({esc}) Tj ET")
    if not runs:
        ops.append("72 700 m 300 700 l S")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def table_rows(md: str) -> list[list[str]]:
    """Markdown pipe table -> rows of cells (header first, separator dropped)."""
    lines = md.strip().split("\n")
    assert lines[1].replace("|", "").replace("-", "").strip() == "", md
    return [[c.strip() for c in ln.strip().strip("|").split(" | ")] for ln in [lines[0], *lines[2:]]]


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in doc.elements]


def tables(doc: Document) -> list[str]:
    return [e.text for e in doc.elements if e.kind == "table"]


# ------------------------------------------------------------------------------------------------
# PDF
# ------------------------------------------------------------------------------------------------


def test_pdf_minimal_text_and_heading_by_font_size():
    data = minimal_pdf(
        [
            (20, 720, "Shipping Policy"),
            (11, 690, "We ship worldwide within five business days."),
            (11, 676, "Orders over 50 EUR ship free."),
        ]
    )
    doc = parse_file(data, "policy.pdf")
    assert doc.parser == "pypdf"
    assert doc.content_type == "application/pdf"
    assert doc.title == "Shipping Policy"
    assert doc.elements[0] == Element(kind="title", text="Shipping Policy", page=1)
    body = " ".join(e.text for e in doc.elements[1:])
    assert "We ship worldwide within five business days." in body
    assert "Orders over 50 EUR ship free." in body
    assert all(e.page == 1 for e in doc.elements)


def test_pdf_reportlab_document(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
    )

    ss = getSampleStyleSheet()
    path = tmp_path / "guide.pdf"
    story = [
        Paragraph("Size Guide", ss["Title"]),
        Paragraph("Our shirts run true to size. " * 8, ss["BodyText"]),
        Paragraph("Returns", ss["Heading2"]),
        Paragraph("Unworn items can be returned within 30 days.", ss["BodyText"]),
        ListFlowable(
            [ListItem(Paragraph("Free return label", ss["BodyText"])),
             ListItem(Paragraph("Refund within 5 days", ss["BodyText"]))],
            bulletType="bullet",
        ),
        PageBreak(),
        Paragraph("Contact", ss["Heading2"]),
        Paragraph("Write to help@example.com.", ss["BodyText"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)

    doc = parse_file(path.read_bytes(), path.name)
    titles = [(e.text, e.page) for e in doc.elements if e.kind == "title"]
    assert titles == [("Size Guide", 1), ("Returns", 1), ("Contact", 2)]
    assert doc.title == "Size Guide"
    lists = [e.text for e in doc.elements if e.kind == "list"]
    assert lists == ["Free return label", "Refund within 5 days"]
    text = " ".join(e.text for e in doc.elements if e.kind == "text")
    assert "Our shirts run true to size." in text
    assert "Unworn items can be returned within 30 days." in text

    chunks = chunk_document(doc, max_chars=300)
    by_section = {c.section: c.text for c in chunks}
    assert "Unworn items" in by_section["Returns"]
    assert "- Free return label" in by_section["Returns"]
    assert "help@example.com" in by_section["Contact"]


def test_pdf_without_text_is_empty():
    with pytest.raises(EmptyFile, match="no extractable text"):
        parse_file(minimal_pdf([]), "scan.pdf")


def test_corrupt_pdf():
    data = os.urandom(4096)
    with pytest.raises(CorruptFile, match=r"^could not read bad\.pdf: ") as info:
        parse_file(data, "bad.pdf")
    assert info.value.__cause__ is not None


def test_truncated_pdf_is_corrupt():
    data = minimal_pdf([(11, 700, "Hello there, this is text.")])
    with pytest.raises(CorruptFile, match=r"could not read cut\.pdf"):
        parse_file(data[: len(data) // 2], "cut.pdf")


# ------------------------------------------------------------------------------------------------
# DOCX
# ------------------------------------------------------------------------------------------------


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Care Guide", level=0)
    d.add_paragraph("Look after your clothes and they last for years.")
    d.add_heading("Washing", level=1)
    d.add_paragraph("Wash at 30 degrees. Do not tumble dry.")
    d.add_paragraph("Use a mild detergent", style="List Bullet")
    d.add_paragraph("Turn garments inside out", style="List Number")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["Fabric", "Temperature", "Tumble dry"],
                             ["Cotton", "40", "Yes"],
                             ["Wool | merino", "30", "No"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_heading("Storage", level=1)
    d.add_paragraph("Fold knitwear; hang shirts.")
    d.save(str(path))


def test_docx_structure_and_table(tmp_path):
    path = tmp_path / "care.docx"
    make_docx(path)
    doc = parse_file(path.read_bytes(), "care.docx")
    assert doc.parser == "python-docx"
    assert doc.title == "Care Guide"
    assert doc.content_type.endswith("wordprocessingml.document")
    assert kinds(doc)[:6] == [
        ("title", "Care Guide"),
        ("text", "Look after your clothes and they last for years."),
        ("title", "Washing"),
        ("text", "Wash at 30 degrees. Do not tumble dry."),
        ("list", "Use a mild detergent"),
        ("list", "Turn garments inside out"),
    ]
    [table] = tables(doc)
    assert table_rows(table) == [
        ["Fabric", "Temperature", "Tumble dry"],
        ["Cotton", "40", "Yes"],
        ["Wool \\| merino", "30", "No"],
    ]
    # the table sits between "Washing" content and the "Storage" heading
    order = [k for k, _ in kinds(doc)]
    assert order.index("table") == 6 and kinds(doc)[7] == ("title", "Storage")

    chunks = chunk_document(doc)
    assert [c.section for c in chunks] == ["Care Guide", "Washing", "Washing", "Storage"]
    assert chunks[2].text == table  # the table is a chunk of its own
    assert "- Use a mild detergent" in chunks[1].text
    assert [c.index for c in chunks] == list(range(len(chunks)))


def test_corrupt_docx():
    with pytest.raises(CorruptFile, match=r"could not read x\.docx"):
        parse_file(b"PK\x03\x04 definitely not a zip", "x.docx")


# ------------------------------------------------------------------------------------------------
# XLSX / CSV
# ------------------------------------------------------------------------------------------------


def test_xlsx_sheets_become_titled_tables_split_by_rows(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sizes"
    ws.append(["Size", "Chest (cm)", "In stock"])
    for i in range(70):
        ws.append([f"S{i}", 80 + i + (0.5 if i % 2 else 0), i % 3 == 0])
    wb.create_sheet("Blank")
    notes = wb.create_sheet("Notes")
    notes["B2"], notes["C2"] = "Topic", "Answer"
    notes["B3"], notes["C3"] = "Returns", "30 days"
    path = tmp_path / "catalog.xlsx"
    wb.save(str(path))

    doc = parse_file(path.read_bytes(), path.name)
    assert doc.parser == "openpyxl"
    assert doc.title == "catalog"
    assert [(e.kind, e.text if e.kind == "title" else "") for e in doc.elements] == [
        ("title", "Sizes"), ("table", ""), ("table", ""), ("table", ""),
        ("title", "Notes"), ("table", ""),
    ]  # fmt: skip
    size_tables = [table_rows(t) for t in tables(doc)[:3]]
    assert [len(t) - 1 for t in size_tables] == [TABLE_ROWS_PER_ELEMENT, TABLE_ROWS_PER_ELEMENT, 10]
    for t in size_tables:
        assert t[0] == ["Size", "Chest (cm)", "In stock"]
    data_rows = [row for t in size_tables for row in t[1:]]
    assert data_rows[0] == ["S0", "80", "TRUE"]
    assert data_rows[1] == ["S1", "81.5", "FALSE"]
    assert [r[0] for r in data_rows] == [f"S{i}" for i in range(70)]
    assert table_rows(tables(doc)[3]) == [["Topic", "Answer"], ["Returns", "30 days"]]

    chunks = chunk_document(doc)
    assert {c.section for c in chunks} == {"Sizes", "Notes"}
    assert all(c.text.startswith("| ") for c in chunks)


def test_csv_semicolon_and_quotes():
    data = 'sku;title;price\nA1;"Shirt; blue";19.90\nA2;Hat;5\n\n'.encode()
    doc = parse_file(data, "products.csv")
    assert doc.parser == "csv"
    assert doc.content_type == "text/csv"
    [table] = tables(doc)
    assert table_rows(table) == [["sku", "title", "price"], ["A1", "Shirt; blue", "19.90"], ["A2", "Hat", "5"]]


def test_csv_cp1252_and_row_split():
    rows = "\n".join(f"{i},Café {i}" for i in range(65))
    doc = parse_file(("id,name\n" + rows).encode("cp1252"), "menu.csv")
    ts = [table_rows(t) for t in tables(doc)]
    assert len(ts) == 3 and all(t[0] == ["id", "name"] for t in ts)
    assert ts[0][1] == ["0", "Café 0"]
    assert sum(len(t) - 1 for t in ts) == 65


# ------------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------------


HTML = """<!doctype html>
<html><head><title>Store policies</title><style>p {color: red}</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/shop">Shop</a></nav>
<h1>Shipping</h1>
<p>We ship <b>worldwide</b> within five days.<br>Tracking is included.</p>
<ul><li>Free shipping over 50 €</li><li>Express on request</li></ul>
<h2>Rates</h2>
<table>
  <thead><tr><th>Region</th><th>Days</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>EU</td><td>3</td><td>4.90</td></tr>
    <tr><td>US</td><td>7</td><td>9.90</td></tr>
  </tbody>
</table>
<div>Questions? <span>Write to us.</span></div>
<script>console.log("not content")</script>
</body></html>"""


def test_html_structure_and_table():
    doc = parse_file(HTML.encode("utf-8"), "policies.html")
    assert doc.parser == "lxml"
    assert doc.title == "Shipping"
    assert kinds(doc) == [
        ("title", "Shipping"),
        ("text", "We ship worldwide within five days.\nTracking is included."),
        ("list", "Free shipping over 50 €"),
        ("list", "Express on request"),
        ("title", "Rates"),
        ("table", "| Region | Days | Price |\n|---|---|---|\n| EU | 3 | 4.90 |\n| US | 7 | 9.90 |"),
        ("text", "Questions? Write to us."),
    ]
    chunks = chunk_document(doc)
    assert [(c.section, c.text.split("\n")[0]) for c in chunks] == [
        ("Shipping", "We ship worldwide within five days."),
        ("Rates", "| Region | Days | Price |"),
        ("Rates", "Questions? Write to us."),
    ]


def test_html_declared_legacy_encoding_and_title_fallback():
    html = '<html><head><meta charset="windows-1252"><title>Über uns</title></head><body><p>Grüße aus Köln — seit 1990.</p></body></html>'
    doc = parse_file(html.encode("cp1252"), "about.htm")
    assert kinds(doc) == [("text", "Grüße aus Köln — seit 1990.")]
    assert doc.title == "Über uns"


def test_html_spans_and_layout_tables():
    html = """<table><tr><td><h2>Newsletter</h2><p>Layout tables are read as content.</p></td></tr></table>
    <table><tr><th>Item</th><th>Size</th><th>Stock</th></tr>
    <tr><td rowspan="2">Shirt</td><td>M</td><td>3</td></tr><tr><td>L</td><td>0</td></tr>
    <tr><td colspan="2">Total</td><td>3</td></tr></table>"""
    doc = parse_file(html.encode(), "mail.html")
    assert kinds(doc)[:2] == [("title", "Newsletter"), ("text", "Layout tables are read as content.")]
    [table] = tables(doc)
    assert table_rows(table) == [["Item", "Size", "Stock"], ["Shirt", "M", "3"], ["Shirt", "L", "0"], ["Total", "", "3"]]


# ------------------------------------------------------------------------------------------------
# Markdown / TXT
# ------------------------------------------------------------------------------------------------


MARKDOWN = """---
layout: page
---
# Returns Policy

You can return **unworn** items within 30 days. See the [portal](https://shop.example/returns).

## Size chart

| Size | Chest (cm) | Waist (cm) |
|:-----|-----------:|:----------:|
| S    | 86-90      | 71-76      |
| M    | 94\\|98     | 79-84      |

- Exchanges are free
- Refunds take 5 days
  to reach your card

Care
----

```
wash 30
```
"""


def test_markdown_keeps_pipe_tables_and_structure():
    doc = parse_file(MARKDOWN.encode(), "returns.md")
    assert doc.parser == "builtin-markdown"
    assert doc.title == "Returns Policy"
    assert kinds(doc) == [
        ("title", "Returns Policy"),
        ("text", "You can return unworn items within 30 days. See the portal (https://shop.example/returns)."),
        ("title", "Size chart"),
        ("table", "| Size | Chest (cm) | Waist (cm) |\n|---|---|---|\n| S | 86-90 | 71-76 |\n| M | 94\\|98 | 79-84 |"),
        ("list", "Exchanges are free"),
        ("list", "Refunds take 5 days to reach your card"),
        ("title", "Care"),
        ("text", "wash 30"),
    ]
    assert table_rows(tables(doc)[0])[2] == ["M", "94\\|98", "79-84"]


def test_txt_blocks_lists_and_headings():
    text = (
        "RETURNS\n\nYou can return items within 30 days.\nJust send them back.\n\n"
        "- free label\n- refund in 5 days\n\nShipping\n========\nWe ship fast.\n"
    )
    doc = parse_file(text.encode("utf-8"), "faq.txt")
    assert doc.parser == "builtin-text"
    assert kinds(doc) == [
        ("title", "RETURNS"),
        ("text", "You can return items within 30 days. Just send them back."),
        ("list", "free label"),
        ("list", "refund in 5 days"),
        ("title", "Shipping"),
        ("text", "We ship fast."),
    ]
    assert doc.title == "RETURNS"
    assert doc.sha256 and len(doc.sha256) == 64


def test_txt_without_heading_titles_from_filename():
    doc = parse_file("Just one sentence here.".encode("utf-16"), "notes/read me.txt")
    assert kinds(doc) == [("text", "Just one sentence here.")]
    assert doc.title == "read me"
    assert doc.filename == "notes/read me.txt"


# ------------------------------------------------------------------------------------------------
# errors and their order
# ------------------------------------------------------------------------------------------------


def test_unsupported_extension_names_accepted_list():
    with pytest.raises(UnsupportedFileType) as info:
        parse_file(b"MZ\x90\x00", "setup.exe")
    for ext in SUPPORTED:
        assert ext in info.value.message
    assert info.value.status_code == 415


def test_unsupported_is_checked_before_size_and_emptiness():
    with pytest.raises(UnsupportedFileType):
        parse_file(b"", "empty.exe")
    with pytest.raises(UnsupportedFileType):
        parse_file(b"x" * 100, "big.exe", max_bytes=10)
    with pytest.raises(UnsupportedFileType):
        parse_file(b"text", "README")


def test_too_large_reports_size_and_limit_in_mb():
    data = b"x" * (3 * 1024 * 1024)
    with pytest.raises(FileTooLarge, match=r"3 MB; the limit is 2 MB") as info:
        parse_file(data, "huge.pdf", max_bytes=2 * 1024 * 1024)  # size before parse: no CorruptFile
    assert info.value.status_code == 413


def test_empty_files():
    with pytest.raises(EmptyFile, match="empty"):
        parse_file(b"", "empty.pdf")
    with pytest.raises(EmptyFile, match="no extractable text"):
        parse_file(b"  \n\n \t\n", "blank.txt")
    with pytest.raises(EmptyFile):
        parse_file(b"<html><body><script>x()</script></body></html>", "blank.html")
    with pytest.raises(EmptyFile):
        parse_file(b",,\n,,\n", "blank.csv")


def test_binary_text_file_is_corrupt():
    with pytest.raises(CorruptFile, match=r"could not read x\.txt"):
        parse_file(b"\x00\x01\x02binary\x00", "x.txt")


def test_corrupt_xlsx():
    with pytest.raises(CorruptFile):
        parse_file(os.urandom(2048), "sheet.xlsx")


# ------------------------------------------------------------------------------------------------
# chunking
# ------------------------------------------------------------------------------------------------


def test_chunks_pack_prose_per_section_and_split_long_prose_at_sentences():
    sentence = "Our team answers every message within one business day. "
    long_para = (sentence * 40).strip()
    doc = Document(
        filename="x.md",
        elements=[
            Element(kind="text", text="Preamble before any heading."),
            Element(kind="title", text="Support"),
            Element(kind="text", text="Short intro."),
            Element(kind="list", text="Email"),
            Element(kind="list", text="Chat"),
            Element(kind="title", text="Details"),
            Element(kind="text", text=long_para),
        ],
    )
    chunks = chunk_document(doc, max_chars=400)
    assert chunks[0].section == "" and chunks[0].text == "Preamble before any heading."
    assert chunks[1].section == "Support"
    assert chunks[1].text == "Short intro.\n- Email\n- Chat"
    details = [c for c in chunks if c.section == "Details"]
    assert len(details) >= 5
    for c in details:
        assert len(c.text) <= 400
        assert c.text.startswith("Our team") and c.text.endswith("business day.")
    assert sum(c.text.count("Our team") for c in details) == 40  # no overlap by default
    assert [c.index for c in chunks] == list(range(len(chunks)))

    overlapped = [c for c in chunk_document(doc, max_chars=400, overlap_chars=120) if c.section == "Details"]
    assert sum(c.text.count("Our team") for c in overlapped) > 40


def test_table_never_merged_and_big_table_split_repeats_header():
    header = "| SKU | Product | Price |"
    rows = [f"| SKU-{i:03d} | Organic cotton shirt number {i} | {10 + i}.00 |" for i in range(60)]
    table = "\n".join([header, "|---|---|---|", *rows])
    doc = Document(
        filename="x.md",
        elements=[
            Element(kind="title", text="Prices"),
            Element(kind="text", text="All prices include VAT."),
            Element(kind="table", text=table),
            Element(kind="text", text="Prices change monthly."),
        ],
    )
    chunks = chunk_document(doc, max_chars=500)
    assert chunks[0].text == "All prices include VAT."
    assert chunks[-1].text == "Prices change monthly."
    pieces = chunks[1:-1]
    assert len(pieces) > 3
    seen = []
    for piece in pieces:
        assert piece.section == "Prices"
        assert len(piece.text) <= 500
        lines = piece.text.split("\n")
        assert lines[:2] == [header, "|---|---|---|"]
        assert len(lines) > 2
        seen.extend(lines[2:])
    assert seen == rows  # every row exactly once, in order, never cut


def test_chunk_arguments_validated():
    doc = Document(filename="x.txt", elements=[Element(text="Hello.")])
    with pytest.raises(ValueError):
        chunk_document(doc, max_chars=100, overlap_chars=100)
    with pytest.raises(ValueError):
        chunk_document(doc, max_chars=0)


def test_headings_only_document_still_yields_a_chunk():
    doc = parse_file(b"# Title only\n\n## Another heading\n", "h.md")
    chunks = chunk_document(doc)
    assert len(chunks) == 1 and "Title only" in chunks[0].text


# ------------------------------------------------------------------------------------------------
# offline and fast
# ------------------------------------------------------------------------------------------------


OFFLINE_SCRIPT = r"""
import json, socket, sys
attempts = []
def _blocked(*args, **kwargs):
    attempts.append(repr(args[:2]))
    raise OSError("network disabled in this test")
socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
socket.getaddrinfo = _blocked
socket.create_connection = _blocked

from ingestion.files import parse_file, chunk_document
results = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        doc = parse_file(f.read(), path.rsplit("/", 1)[-1])
    chunks = chunk_document(doc, max_chars=300, overlap_chars=50)
    results[doc.parser] = len(chunks)
print(json.dumps({"results": results, "attempts": attempts,
                  "unstructured": "unstructured" in sys.modules,
                  "spacy": "spacy" in sys.modules}))
"""


def test_parsing_runs_offline_and_downloads_nothing(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    make_docx(files / "care.docx")
    (files / "policy.pdf").write_bytes(
        minimal_pdf([(20, 720, "Policy"), (11, 690, "Returns within thirty days are accepted.")])
    )
    (files / "page.html").write_text(HTML, encoding="utf-8")
    long_prose = "# Long\n\n" + "Every order ships within two days. We answer mail daily. " * 60
    (files / "long.md").write_text(MARKDOWN + "\n" + long_prose, encoding="utf-8")
    (files / "faq.txt").write_text("FAQ\n\n" + "Yes, we ship abroad. " * 50, encoding="utf-8")
    (files / "p.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["k", "v"])
    wb.active.append(["x", 1])
    wb.save(str(files / "s.xlsx"))

    home = tmp_path / "home"
    home.mkdir()
    nltk_data = tmp_path / "nltk_data"  # llama-index's default splitter would download into this
    nltk_data.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "NLTK_DATA": str(nltk_data),
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
        "TMPDIR": str(tmp_path),
    }
    proc = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, *sorted(str(p) for p in files.iterdir())],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["attempts"] == []
    assert out["unstructured"] is False and out["spacy"] is False
    assert set(out["results"]) == {
        "python-docx", "pypdf", "lxml", "builtin-markdown", "builtin-text", "csv", "openpyxl",
    }  # fmt: skip
    assert all(n > 0 for n in out["results"].values())
    assert out["results"]["builtin-markdown"] > 5  # the long prose went through SentenceSplitter
    created = [str(p.relative_to(home)) for p in home.rglob("*")]
    assert not any("nltk_data" in p or "spacy" in p or "en_core" in p for p in created), created
    assert list(nltk_data.iterdir()) == []


def test_one_megabyte_html_and_markdown_parse_fast():
    block = (
        "<h2>Section {i}</h2><p>We ship worldwide within <b>five</b> business days. "
        "Returns are free for 30 days.</p><ul><li>One</li><li>Two</li></ul>"
        "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>\n"
    )
    html = ("<html><body>" + "".join(block.format(i=i) for i in range(4800)) + "</body></html>").encode()
    md_block = (
        "## Section {i}\n\nWe ship worldwide within **five** business days. Returns are "
        "[free](https://x.example) for 30 days.\n\n- One\n- Two\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n"
    )
    md = "".join(md_block.format(i=i) for i in range(7000)).encode()
    assert len(html) > 1_000_000 and len(md) > 1_000_000
    for data, name in [(html, "big.html"), (md, "big.md")]:
        start = time.perf_counter()
        doc = parse_file(data, name)
        elapsed = time.perf_counter() - start
        assert len(tables(doc)) > 4000
        assert elapsed < 3.0, f"{name}: {elapsed:.2f}s"


def test_module_docstring_has_the_parser_table():
    import ingestion.files as files

    doc = textwrap.dedent(files.__doc__ or "")
    for ext in SUPPORTED:
        assert ext in doc


# ------------------------------------------------------------------------------------------------
# limits: content sniffing, zip bombs, table rows
# ------------------------------------------------------------------------------------------------


def _zip(parts: dict[str, bytes]) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_content_of_another_format_than_the_name_is_refused():
    pdf = minimal_pdf([(12, 700, "Returns within 30 days.")])
    for name in ("returns.md", "returns.txt", "returns.html", "returns.csv"):
        with pytest.raises(UnsupportedFileType, match=r"holds PDF.*upload it as \.pdf"):
            parse_file(pdf, name)
    with pytest.raises(UnsupportedFileType, match="ZIP"):
        parse_file(_zip({"a.txt": b"hello"}), "notes.md")
    with pytest.raises(UnsupportedFileType, match="PNG"):
        parse_file(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "scan.pdf")
    assert parse_file(pdf, "returns.pdf").elements  # the real name is fine


def test_zip_bombs_are_refused_by_declared_size_ratio_and_entries():
    limits = FileLimits(max_unzipped_bytes=5 * 1024 * 1024, max_zip_entries=20, max_zip_ratio=50)
    with pytest.raises(FileTooLarge, match=r"expands to 6 MB.*RAG_MAX_UNZIPPED_MB"):
        parse_file(_zip({"word/document.xml": b"<a>" + b"x" * (6 * 1024 * 1024) + b"</a>"}), "bomb.docx",
                   limits=limits)
    with pytest.raises(FileTooLarge, match=r"word/document.xml expands \d+ times.*RAG_MAX_ZIP_RATIO"):
        parse_file(_zip({"word/document.xml": b"x" * (2 * 1024 * 1024)}), "bomb.docx", limits=limits)
    with pytest.raises(FileTooLarge, match=r"holds 30 files.*RAG_MAX_ZIP_ENTRIES"):
        parse_file(_zip({f"p{i}.xml": b"<a/>" for i in range(30)}), "many.xlsx", limits=limits)


def test_a_zip_whose_header_lies_about_a_size_is_corrupt():
    import struct

    data = bytearray(_zip({"word/document.xml": b"<a>" + b"x" * 200_000 + b"</a>"}))
    at = data.rfind(b"PK\x01\x02")  # central directory entry: declared uncompressed size at offset 24
    struct.pack_into("<I", data, at + 24, 1000)
    with pytest.raises(CorruptFile, match=r"could not read lie\.docx"):
        parse_file(bytes(data), "lie.docx")


def test_table_rows_past_the_limit_are_refused():
    import openpyxl

    rows = "Size,Chest\n" + "".join(f"S{i},{i}\n" for i in range(101))
    limits = FileLimits(max_rows=100)
    assert parse_file(rows.encode(), "ok.csv", limits=FileLimits(max_rows=101)).elements
    with pytest.raises(FileTooLarge, match="RAG_MAX_CSV_ROWS"):
        parse_file(rows.encode(), "sizes.csv", limits=limits)
    wb = openpyxl.Workbook()
    for i in range(102):
        wb.active.append([f"S{i}", i])
    wb.active["XFD1048576"] = None  # a huge declared dimension costs nothing: rows are read as stored
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(FileTooLarge, match="RAG_MAX_CSV_ROWS"):
        parse_file(buf.getvalue(), "sizes.xlsx", limits=limits)
