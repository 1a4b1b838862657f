"""The data directory is the service user's alone: directories 0700, files 0600.

It holds customers' messages, e-mails and phones (``state.sqlite3``, unless the state is in PostgreSQL),
encrypted secrets and the key that opens them (``secret.key``), the CLI's API key (``api-key``), uploaded files
and the vector store. Any other account on the machine must not read them. :func:`secure_data_dir` is called by
every part that opens the data directory (the service, the state database): it narrows this process's umask, so
every file created afterwards (SQLite databases and their ``-wal``/``-shm`` files, Qdrant Edge segments,
uploads, audio) is created private, and it tightens what exists already (a data directory made by an older
version, or copied in). Symbolic links are not followed: nothing outside the directory is changed. A SQLite
database given by URL outside the data directory is made private by :func:`private_file`.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
from pathlib import Path

__all__ = ["secure_data_dir", "private_file", "DIR_MODE", "FILE_MODE"]

logger = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600
_done: set[Path] = set()
_lock = threading.Lock()


def secure_data_dir(path: Path) -> Path:
    """Create ``path`` (0700) if needed, make this process create private files, and make what ``path``
    holds private (once per process and directory). Returns ``path``."""
    path = Path(path)
    old = os.umask(0o077)
    os.umask(old | 0o077)  # keep any stricter bits the operator chose
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    key = path.resolve()
    with _lock:
        if key in _done:
            return path
        _done.add(key)
    _tighten(path, DIR_MODE)
    for root, dirs, files in os.walk(path):
        for name in dirs:
            _tighten(Path(root) / name, DIR_MODE)
        for name in files:
            _tighten(Path(root) / name, FILE_MODE)
    return path


def private_file(path: Path) -> Path:
    """Make this process create private files, and make ``path`` (a database file that may lie outside the data
    directory, given by URL) and its SQLite companions private when they exist. Returns ``path``."""
    path = Path(path)
    old = os.umask(0o077)
    os.umask(old | 0o077)
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        _tighten(p, FILE_MODE)
    return path


def _tighten(p: Path, mode: int) -> None:
    try:
        st = os.lstat(p)
        if stat.S_ISLNK(st.st_mode) or stat.S_IMODE(st.st_mode) & ~mode == 0:
            return
        os.chmod(p, stat.S_IMODE(st.st_mode) & mode)
    except FileNotFoundError:
        pass
    except PermissionError:  # not ours (another account's file in our directory): say so, do not stop
        logger.warning("cannot restrict the permissions of %s (not owned by this user)", p)
