"""Charts drawn on the server as SVG: no chart library, nothing to download, readable without JavaScript."""

from __future__ import annotations

from html import escape

from markupsafe import Markup


def bar_chart(values: dict[str, float], title: str, width: int = 360, bar_h: int = 22) -> Markup:
    """Horizontal bars, one per key, labelled with the key and its value; an empty dict says so."""
    items = list(values.items())
    label_w, pad = 90, 6
    height = max(1, len(items)) * (bar_h + pad) + pad
    top = max([v for _, v in items] + [0]) or 1
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
             f'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    if not items:
        parts.append(f'<text x="0" y="{bar_h}" class="chart-empty">nothing in this period</text>')
    for i, (key, value) in enumerate(items):
        y = pad + i * (bar_h + pad)
        w = max(2, (width - label_w - 60) * float(value) / top) if value else 0
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        parts.append(f'<text x="0" y="{y + bar_h * 0.7:.1f}" class="chart-label">{escape(str(key))}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" class="chart-bar"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.7:.1f}" class="chart-value" '
                     f'data-key="{escape(str(key))}">{escape(shown)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


__all__ = ["bar_chart"]
