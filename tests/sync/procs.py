"""Real processes for the sync tests: a platform fake server and the `rag-agent` CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from tests.conftest import REPO


class FakeProcess:
    """``python -m tests.fakes.<platform> --port 0 ...`` in its own process; its API URL and controls."""

    def __init__(self, platform: str, *args: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", f"tests.fakes.{platform}", "--port", "0", *args],
                                     cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        if not line.startswith("http"):
            self.proc.kill()
            raise RuntimeError(f"fake {platform} did not start: {line} {self.proc.stderr.read()}")
        self.url = line
        parts = urlsplit(line)
        self.root = f"{parts.scheme}://{parts.netloc}"

    def control(self, name: str, **kwargs):
        r = httpx.post(f"{self.root}/_fake/{name}", json=kwargs, timeout=10)
        r.raise_for_status()
        return r.json()["result"]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, RAG_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1", RAG_PROGRESS="1",
                PYTHONPATH=str(REPO), **extra)


def rag(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `rag-agent ARGS` to completion."""
    return subprocess.run([sys.executable, "-m", "rag_agent.cli", *args], cwd=REPO, env=env, text=True,
                          capture_output=True, timeout=timeout)


class Streaming:
    """`rag-agent ARGS` running, its stderr collected as it comes (for progress-driven kills)."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", *args], cwd=REPO, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.err = bytearray()
        self._t = threading.Thread(target=self._read, daemon=True)
        self._t.start()

    def _read(self) -> None:
        while True:
            chunk = os.read(self.proc.stderr.fileno(), 4096)
            if not chunk:
                return
            self.err.extend(chunk)

    @property
    def stderr(self) -> str:
        return self.err.decode(errors="replace")
