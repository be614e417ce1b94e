"""Shared fixtures: one loaded spaCy pipeline and one coder for the whole run."""
from __future__ import annotations

import os
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
    """../shared/data, or skip (fail under CI, where it is always laid out)."""
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared data expected at {SHARED_DATA} under CI")
        pytest.skip(f"shared development data not found at {SHARED_DATA}")
    return SHARED_DATA
