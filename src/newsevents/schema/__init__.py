"""The output contract as JSON Schema (docs/output.md): ``validate(doc)`` raises on a mismatch."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

SCHEMA_FILE = "output.v1.json"


@lru_cache(maxsize=1)
def output_schema() -> dict:
    return json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text("utf-8"))


def validate(document: dict) -> None:
    """Raise ``jsonschema.ValidationError`` if ``document`` breaks the output contract."""
    import jsonschema

    jsonschema.validate(document, output_schema())
