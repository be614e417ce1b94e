"""Versioned data tables shipped inside the package, checked against MANIFEST.json.

``read_text("ontology/plover.v1.json")`` -> the file's text, after its sha256
matched the manifest entry. ``python -m newsevents.datafiles`` rewrites the
manifest after a deliberate edit of a table.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import DataFileError

DATA_PACKAGE = "newsevents.data"
MANIFEST = "MANIFEST.json"
TABLE_SUFFIXES = (".tsv", ".csv", ".json", ".yaml", ".txt")


def data_root() -> Path:
    return Path(str(resources.files(DATA_PACKAGE)))


@lru_cache(maxsize=1)
def manifest() -> dict[str, dict]:
    path = data_root() / MANIFEST
    try:
        return json.loads(path.read_text("utf-8"))["files"]
    except (OSError, ValueError, KeyError) as err:
        raise DataFileError(f"Cannot read data manifest {path}: {err}. Reinstall newsevents.") from err


@lru_cache(maxsize=None)
def read_text(relpath: str) -> str:
    """Text of a shipped table after checking its sha256 against the manifest."""
    entry = manifest().get(relpath)
    if entry is None:
        raise DataFileError(f"Data table '{relpath}' is not in {MANIFEST}. Known tables: "
                            + ", ".join(sorted(manifest())))
    raw = (data_root() / relpath).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != entry["sha256"]:
        raise DataFileError(f"Data table '{relpath}' does not match its sha256 in {MANIFEST} "
                            "(edited by hand? run `python -m newsevents.datafiles`).")
    return raw.decode("utf-8")


def read_tsv(relpath: str) -> list[dict[str, str]]:
    """Rows of a shipped tab-separated table (header line; lines starting with # skipped)."""
    lines = [ln for ln in read_text(relpath).splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                               quoting=csv.QUOTE_NONE))


def read_json(relpath: str):
    return json.loads(read_text(relpath))


def rebuild_manifest() -> dict[str, dict]:
    """Recompute sha256 for every table under data/, keeping version/source notes."""
    root = data_root()
    old = {}
    if (root / MANIFEST).exists():
        old = json.loads((root / MANIFEST).read_text("utf-8")).get("files", {})
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in TABLE_SUFFIXES and path.name != MANIFEST:
            rel = path.relative_to(root).as_posix()
            entry = dict(old.get(rel, {}))
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
            entry.setdefault("source", "newsevents team")
            files[rel] = entry
    (root / MANIFEST).write_text(json.dumps({"files": files}, indent=1, sort_keys=True) + "\n", "utf-8")
    return files


if __name__ == "__main__":
    print(f"{len(rebuild_manifest())} tables in manifest")
