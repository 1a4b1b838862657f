"""Every data file the rag_agent package reads at run time ships in its wheel: a file left out of
``[tool.setuptools.package-data]`` works from a checkout (and an editable install) and breaks every other install."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_of_the_package_is_in_its_package_data():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["rag_agent"]
    pkg = ROOT / "rag_agent"
    shipped = {p for pattern in patterns for p in pkg.glob(pattern) if p.is_file()}
    data = {p for p in pkg.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
            and "__pycache__" not in p.parts}
    missing = sorted(str(p.relative_to(ROOT)) for p in data - shipped)
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
