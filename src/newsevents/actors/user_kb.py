"""The user's own knowledge-base files (docs/kb.md), kept between runs.

``add_user_file(path)`` validates a TSV against the shipped KB and copies it into
``user_kb_dir()`` (``$NEWSEVENTS_KB_DIR`` or ``~/.local/share/newsevents/kb``);
``load_kb(extra)`` -> the shipped KB with every added file, then ``extra``, on top.
A broken file is rejected with its line and reason and the KB in force is unchanged.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from .kb import KnowledgeBase

USER_KB_ENV = "NEWSEVENTS_KB_DIR"


def user_kb_dir() -> Path:
    return Path(os.environ.get(USER_KB_ENV) or Path.home() / ".local" / "share" / "newsevents" / "kb")


def user_files() -> list[Path]:
    folder = user_kb_dir()
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


def load_kb(extra: list[str | Path] | None = None) -> KnowledgeBase:
    kb = KnowledgeBase.default()
    for path in [*user_files(), *(extra or [])]:
        kb = kb.with_user_file(path)
    return kb


def add_user_file(path: str | Path) -> tuple[Path, int]:
    """Validate and keep a user file; returns (stored path, number of data rows)."""
    source = Path(path)
    load_kb([source])  # raises DataFileError (file, line, reason) before anything is kept
    raw = source.read_bytes()
    folder = user_kb_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{source.stem}-{hashlib.sha256(raw).hexdigest()[:8]}.tsv"
    tmp = dest.with_suffix(".part")
    shutil.copyfile(source, tmp)
    os.replace(tmp, dest)
    lines = [ln for ln in raw.decode("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return dest, max(0, len(lines) - 1)  # the first non-comment line is the header
