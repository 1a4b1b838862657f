"""Every notebook in notebooks/ runs headless on a bounded slice (RAG_EVAL_LIMIT), so none can silently rot.

Notebooks added later are picked up by the glob; each must read RAG_EVAL_LIMIT to stay bounded.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
#: The evaluation notebooks, which must draw their figures (others may be tables only).
WITH_FIGURES = {"answer_quality.ipynb", "retrieval.ipynb", "language_detection.ipynb", "latency.ipynb",
                "conditions.ipynb"}


def test_there_are_notebooks():
    names = {p.name for p in NOTEBOOKS}
    assert WITH_FIGURES <= names


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    """The demo store's generated set: small to load, so each notebook's slice stays quick."""
    from eval.generate import generate_from_store_dir
    from rag_agent.embed import HashEmbedder

    out = tmp_path_factory.mktemp("demo-set")
    generate_from_store_dir(REPO / "rag_agent" / "demo", out, embedder=HashEmbedder())
    return out


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes(path, tmp_path, monkeypatch, small_set):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    # The kernel inherits the environment: a small slice, offline, no writes outside tmp.
    monkeypatch.setenv("RAG_EVAL_LIMIT", os.environ.get("RAG_EVAL_LIMIT", "8"))
    monkeypatch.setenv("RAG_EVAL_SET", str(small_set))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("RAG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    if path.name in WITH_FIGURES:
        assert any("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code"
                   for o in c.get("outputs", [])), f"{path.name} drew no figure"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_saved_with_outputs(path):
    """The committed notebooks carry their outputs (figures included), so they read without running."""
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.get("execution_count") for c in code), f"{path.name} is saved without running it"
    if path.name in WITH_FIGURES:
        assert any("image/png" in o.get("data", {}) for c in code for o in c.get("outputs", [])), \
            f"{path.name} is saved without its figures"
