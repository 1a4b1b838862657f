"""`--explain`: why a message got the reply it got, as text a newcomer can read.

The engine returns the explanation as data (``Answer.explanation``, and ``explanation`` in the HTTP answer when the
request sets ``"explain": true``); this module only lays it out:

    language  es   (es 3.1, pt 1.4, en 0.2)
    concepts  q:how_long topic:return
    asks      time
    acts      -
    state     product=trail-runner-jacket listed=- order=- awaiting=-
    candidates
      0.95  unit     "You have 30 days from the day your order is delivered..."  matched topic:return ...
      0.62  product  Trail Runner Jacket (noun)
    decision  policy
    facts     Puedes devolver los productos en un plazo de 30 días desde la entrega.
"""

from __future__ import annotations

from typing import Any

__all__ = ["format_explanation"]


def _kv(d: dict[str, Any]) -> str:
    return " ".join(f"{k}={v if v not in (None, [], '') else '-'}" for k, v in d.items()) or "-"


def format_explanation(e: dict[str, Any]) -> str:
    r = e.get("reading", {})
    ev = ", ".join(f"{k} {v}" for k, v in (r.get("language_evidence") or {}).items())
    lines = [f"language  {r.get('language')}" + (f"   ({ev})" if ev else ""),
             f"concepts  {' '.join(r.get('concepts') or []) or '-'}",
             f"asks      {' '.join(r.get('asks') or []) or '-'}",
             f"acts      {_kv(r.get('acts') or {})}"]
    if r.get("order_numbers") or r.get("amounts"):
        lines.append(f"numbers   orders={r.get('order_numbers') or '-'} amounts={r.get('amounts') or '-'}")
    st = e.get("state") or {}
    lines.append("state     " + _kv({k: st.get(k) for k in ("product", "listed", "order_number", "awaiting",
                                                            "topic", "lang")}))
    lines.append("candidates")
    for cnd in e.get("candidates") or []:
        info = {k: v for k, v in cnd.items() if k not in ("candidate", "score")}
        text = info.pop("text", None) or info.pop("title", None) or ""
        extra = " ".join(f"{k}={v}" for k, v in info.items())
        lines.append(f"  {cnd.get('score', 0):5.2f}  {cnd.get('candidate', ''):<18} {text!s:.70}  {extra}".rstrip())
    lines.append(f"decision  {e.get('decision')}")
    for f in e.get("facts") or []:
        lines.append(f"fact      {f}")
    return "\n".join(lines)
