"""Hostile and bulky uploads built in the test: zip bombs, ZIPs with thousands of entries, generated catalogs,
a real PDF, and helpers that watch a server process (its memory, its children) and talk raw HTTP to it."""

from __future__ import annotations

import io
import os
import random
import socket
import time
import zipfile
from pathlib import Path

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 b'<Default Extension="xml" ContentType="application/xml"/>'
                 b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 b'wordprocessingml.document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'officeDocument" Target="word/document.xml"/></Relationships>')
DOC_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
DOC_TAIL = b"</w:body></w:document>"


def docx(paragraphs: list[str]) -> bytes:
    """A small valid DOCX holding these paragraphs."""
    body = b"".join(b"<w:p><w:r><w:t>" + p.encode() + b"</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", DOC_HEAD + body + DOC_TAIL)
    return buf.getvalue()


def docx_bomb(xml_mb: float, varied: bool) -> bytes:
    """A valid DOCX whose word/document.xml is ``xml_mb`` MB of paragraphs. ``varied``: each paragraph
    carries a random number, so it compresses about 340 times (a 111 MB part in ~330 KB, like the issue's
    324 KB bomb); otherwise every paragraph is the same and it compresses about 1000 times (22 MB in 22 KB)."""
    rnd = random.Random(7)
    target = int(xml_mb * 1024 * 1024)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(DOC_HEAD)
            written = len(DOC_HEAD)
            if varied:
                text = b"We ship worldwide in three days. " * 4 + b"a" * 1500
                block = b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"
            else:
                block = b"<w:p><w:r><w:t>" + b"a" * 200_000 + b"</w:t></w:r></w:p>"
            while written < target:
                piece = block
                if varied:
                    piece = block.replace(b"three", str(rnd.randrange(10**9)).encode(), 1)
                piece = piece * 16
                f.write(piece)
                written += len(piece)
            f.write(DOC_TAIL)
    return buf.getvalue()


def xlsx_with_entries(extra_entries: int) -> bytes:
    """A valid XLSX (one small sheet) with ``extra_entries`` tiny extra parts beside it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Size", "Chest (cm)"])
    for i, size in enumerate(["S", "M", "L", "XL"]):
        ws.append([size, 88 + 8 * i])
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info, src.read(info))
        for i in range(extra_entries):
            z.writestr(f"customXml/item{i}.xml", b"<a/>")
    return out.getvalue()


SHOPIFY_HEAD = ("Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,"
                "Variant Inventory Qty,Variant Price,Variant Compare At Price,Status\n")

_NOUNS = ["Lamp", "Kettle", "Backpack", "Jacket", "Mug", "Blanket", "Skillet", "Helmet", "Tent", "Scarf"]
_ADJ = ["Amber", "Boreal", "Cobalt", "Dune", "Ember", "Fjord", "Granite", "Harbor", "Indigo", "Juniper",
        "Kelp", "Lumen", "Meadow", "Nimbus", "Onyx", "Prairie", "Quartz", "Russet", "Sierra", "Tundra"]


def product_title(i: int) -> str:
    return f"{_ADJ[i % len(_ADJ)]} {_NOUNS[(i // len(_ADJ)) % len(_NOUNS)]} {i}"


def shopify_catalog(n: int, price=lambda i: 10 + i % 90, prefix: str = "item") -> bytes:
    """A Shopify product CSV export of ``n`` one-variant products (titles from :func:`product_title`)."""
    rows = []
    for i in range(n):
        title = product_title(i)
        rows.append(f"{prefix}-{i},{title},<p>The {title} is made to last; it comes with a two-year warranty.</p>,"
                    f"Acme,{title.split()[1]},outdoor,TRUE,Title,Default Title,SKU{i},5,{price(i)}.00,,active")
    return (SHOPIFY_HEAD + "\n".join(rows) + "\n").encode()


def minimal_pdf(text: str) -> bytes:
    """A valid one-page PDF with one line of text (Helvetica)."""
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 700 Td ({esc}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
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


def long_pdf(pages: int, lines: int = 20) -> bytes:
    """A valid PDF of ``pages`` text pages (pypdf reads ~1-2 ms a page: slow to parse, quick to build)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for i in range(pages):
        ops = " ".join(f"BT /F1 11 Tf 72 {700 - 14 * j} Td (Page {i} line {j}: returns are free within thirty "
                       f"days.) Tj ET" for j in range(lines)).encode()
        objects.append(b"<< /Length " + str(len(ops)).encode() + b" >>\nstream\n" + ops + b"\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                       f">> /Contents {len(objects)} 0 R >>".encode())
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {pages} >>".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# -- watching a server process ------------------------------------------------------------------

def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] == "Z":
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def raw_post(url: str, path: str, headers: dict[str, str], body_chunks, chunked: bool = False,
             wait_s: float = 30.0) -> tuple[int | None, bytes, int]:
    """POST over a plain socket, sending ``body_chunks`` until the server answers (or they run out).

    Returns (status or None when no answer came within ``wait_s`` after the last chunk sent, the raw
    response, body bytes sent before the answer). Lets a test offer a huge body and see when the server
    stops it, without the client library insisting on sending all of it first.
    """
    import select

    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=wait_s)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 256 * 1024)
    head = f"POST {path} HTTP/1.1\r\nHost: {host}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    if chunked:
        head += "Transfer-Encoding: chunked\r\n"
    sock.sendall((head + "\r\n").encode())
    sent = 0
    response = b""

    def answered(timeout: float) -> bool:
        nonlocal response
        readable, _, _ = select.select([sock], [], [], timeout)
        if not readable:
            return False
        try:
            data = sock.recv(65536)
        except ConnectionError:
            return True
        response += data
        return True

    try:
        for chunk in body_chunks:
            if answered(0):
                break
            payload = (f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n") if chunked else chunk
            try:
                _, writable, _ = select.select([], [sock], [], wait_s)
                if not writable:  # the server stopped reading and answered nothing
                    break
                sock.sendall(payload)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        deadline = time.time() + wait_s
        while b"\r\n\r\n" not in response and time.time() < deadline:
            if not answered(max(0.0, deadline - time.time())):
                break
        while True:  # the rest of a short answer
            readable, _, _ = select.select([sock], [], [], 0.5)
            if not readable:
                break
            try:
                data = sock.recv(65536)
            except ConnectionError:
                break
            if not data:
                break
            response += data
    finally:
        sock.close()
    status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1 ") else None
    return status, response, sent
