"""Shared fixtures: one loaded spaCy pipeline and one coder for the whole run."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from newsevents.nlp.pipeline import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def coder(nlp):
    from newsevents.pipeline import Coder
    return Coder(nlp=nlp)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (development data, for measurement only), or skip with the reason."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared development data not found at {SHARED_DATA}; "
                    "these tests measure against it and are skipped without it")
    return SHARED_DATA
