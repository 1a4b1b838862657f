"""Progress of long work (imports, syncs), told in stages, and how a terminal shows it.

The library side (:mod:`rag_agent.service`, :mod:`rag_agent.sync`, :mod:`ingestion.pipeline`) sees only the
:class:`Progress` protocol: ``stage(name, total)`` when a stage starts (its total when known: the products
of an import, the platform's product count of a sync), ``expect(total)`` when the total is learned later
(a platform tells its count with the first page), and ``progress(n)`` as items are done. The CLI renders it
with :class:`ConsoleProgress`: a bar with a percentage and an ETA on a terminal (also one that reports no
width), a plain line per stage otherwise (logs, pipes, CI).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from typing import Protocol, TextIO

__all__ = ["Progress", "ConsoleProgress", "stage", "expect"]


class Progress(Protocol):
    """Where long work reports how far it is."""

    def __call__(self, n: int = 1) -> None:
        """``n`` more items of the current stage are done."""

    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage starts (``total`` items, when known)."""

    def expect(self, total: int) -> None:
        """The current stage's total, learned after it started."""


def stage(progress: object, name: str, total: int | None = None) -> None:
    """Start a stage on ``progress`` when it tells stages (a plain counting callable does not)."""
    start = getattr(progress, "stage", None)
    if start is not None:
        start(name, total)


def expect(progress: object, total: int | None) -> None:
    """Set the current stage's total on ``progress`` when it takes one."""
    set_total = getattr(progress, "expect", None)
    if set_total is not None and total is not None:
        set_total(total)


class ConsoleProgress:
    """A :class:`Progress` for the CLI: live bars on a terminal, one plain line per stage elsewhere.

    ``live``: None decides by the stream (a terminal) and ``RAG_PROGRESS`` (``1`` forces the live bar,
    ``0`` the plain lines). A terminal that reports no width gets 80 columns, not an empty line.
    """

    def __init__(self, label: str, stream: TextIO | None = None, live: bool | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        forced = os.environ.get("RAG_PROGRESS")
        if live is None:
            live = forced == "1" or (forced != "0" and self.stream.isatty())
        self.live = live
        self._bar = None
        self._name: str | None = None
        self._total: int | None = None
        self._done = 0
        self._t0 = 0.0

    # -- the Progress protocol ------------------------------------------------------------------
    def stage(self, name: str, total: int | None = None) -> None:
        self._finish()
        self._name, self._total, self._done, self._t0 = name, total, 0, time.monotonic()
        if self.live:
            self._open_bar()
        else:
            size = f" ({total} items)" if total is not None else ""
            self._line(f"{self.label}: {name}{size}")

    def expect(self, total: int) -> None:
        self._total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.bar_format = self._format(total)
            self._bar.refresh()

    def __call__(self, n: int = 1) -> None:
        if self._name is None:
            self.stage("working")
        self._done += n
        if self._bar is not None:
            self._bar.update(n)

    # -- rendering ------------------------------------------------------------------------------
    def close(self) -> None:
        """End the last stage (its summary line when not live)."""
        self._finish()

    def __enter__(self) -> "ConsoleProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _format(total: int | None) -> str:
        if total is None:
            return "{desc}: {n_fmt} items [{elapsed}, {rate_fmt}]"
        return "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} items [{elapsed}<{remaining}, {rate_fmt}]"

    def _open_bar(self) -> None:
        from tqdm import tqdm

        width = shutil.get_terminal_size((80, 24)).columns or 80  # 0 columns (some ptys): still a bar
        self._bar = tqdm(total=self._total, desc=f"{self.label}: {self._name}", unit="item", file=self.stream,
                         ncols=width, dynamic_ncols=False, mininterval=0.2, bar_format=self._format(self._total))

    def _finish(self) -> None:
        if self._name is None:
            return
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif not self.live:
            took = time.monotonic() - self._t0
            done = f"{self._done} items in {took:.1f}s" if self._done or self._total else f"done in {took:.1f}s"
            self._line(f"{self.label}: {self._name}: {done}")
        self._name = None

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
