"""Coded errors: what is wrong, and the valid options where there are any."""
from __future__ import annotations


class NewsEventsError(Exception):
    """Base error. ``str(err)`` is one line: ``[E123] message``."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        self.code = code or self.code
        super().__init__(f"[{self.code}] {message}")


class InputError(NewsEventsError):
    """A bad article or input file (empty, binary, malformed, not English...)."""
    code = "E100"


class ModelNotFound(NewsEventsError):
    code = "E200"


class DataFileError(NewsEventsError):
    """A shipped or user data table is missing, altered or malformed."""
    code = "E300"


class StoreError(NewsEventsError):
    code = "E400"


class UsageError(NewsEventsError):
    code = "E500"


def options(valid) -> str:
    return ", ".join(sorted(valid))
