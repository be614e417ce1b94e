"""Read articles from files, directories and stdin, one record at a time.

``read_inputs(paths)`` yields, in input order, an Article for every readable
record and a Rejected (ref, E1xx code, one-line reason) for every record that
cannot be read; a bad record never stops the batch.

Inputs: .txt (one article, id = file stem), .html/.htm (main text + metadata),
.json (one record or a list), .jsonl (one record per line, streamed), each
optionally gzipped (.gz); a directory (its supported files, sorted, not
recursive; hidden files skipped); "-" for stdin (JSON Lines if the first
non-blank character is "{", else one plain-text article).
"""
from __future__ import annotations

import gzip
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import UsageError
from ..records import Article
from .fields import BadRecord, normalise_date, record_to_article
from .html import extract_html
from .validate import (E_BAD_JSON, E_BINARY, E_EMPTY, E_NO_HTML_TEXT, E_NOT_FOUND, E_TOO_LONG,
                       E_UNREADABLE, E_UNSUPPORTED, MAX_TEXT_CHARS, problem_with_text)

LOGGER = logging.getLogger(__name__)

SUFFIX_KINDS = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
VALID_SUFFIXES = ", ".join([*SUFFIX_KINDS, *(s + ".gz" for s in SUFFIX_KINDS)])
STDIN_REF = "<stdin>"
# UTF-8 uses at most 4 bytes a character, so a file larger than this cannot hold
# an acceptable text: reject it from its size, without reading it.
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
# Longest JSONL line read: the longest text plus room for metadata and escapes.
MAX_RECORD_BYTES = MAX_TEXT_BYTES + 1_000_000
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that could not be read; the batch goes on."""

    ref: str        # "file.jsonl:17", "file.json[3]", "file.html" or "<stdin>"
    code: str       # E1xx code from newsevents.ingest.validate (docs/errors.md)
    reason: str     # one line: what is wrong

    def __str__(self) -> str:
        return f"{self.ref}: [{self.code}] {self.reason}"


class _Reject(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def read_inputs(paths: Sequence[str], *, published: str | None = None,
                stdin: TextIO | None = None) -> Iterator[Article | Rejected]:
    """Articles and Rejected records from ``paths``, in input order.

    ``published`` (YYYY-MM-DD or an ISO datetime) is the publication date of
    records that carry none; an unreadable value raises errors.UsageError at
    once, before anything is read.
    """
    default_day = None
    if published is not None:
        default_day = normalise_date(published)
        if default_day is None:
            raise UsageError(f"--published {published!r} is not a date; use YYYY-MM-DD")
    return _read_all(list(paths), default_day, stdin)


def _read_all(paths: list[str], published: str | None,
              stdin: TextIO | None) -> Iterator[Article | Rejected]:
    for raw in paths:
        if raw == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin, published)
        else:
            yield from read_path(Path(raw), published)


def read_path(path: Path, published: str | None = None) -> Iterator[Article | Rejected]:
    """Records of one file, or of every file in one directory (sorted)."""
    if path.is_dir():
        try:
            children = sorted(p for p in path.iterdir() if not p.name.startswith("."))
        except OSError as err:
            yield Rejected(str(path), E_UNREADABLE, f"cannot list directory: {err.strerror}")
            return
        for child in children:
            # A folder of articles may hold notes (README.md): only input files are read.
            if child.is_file() and _kind(child)[0] is not None:
                yield from read_file(child, published)
        return
    if not path.exists():
        yield Rejected(str(path), E_NOT_FOUND, "no such file or directory")
        return
    yield from read_file(path, published)


def _kind(path: Path) -> tuple[str | None, bool]:
    """(kind of file from its suffix, gzipped?)."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return SUFFIX_KINDS.get(Path(name).suffix), gz


def read_file(path: Path, published: str | None = None) -> Iterator[Article | Rejected]:
    """Records of one file; I/O errors become one Rejected and reading stops."""
    ref = str(path)
    kind, gz = _kind(path)
    if kind is None:
        yield Rejected(ref, E_UNSUPPORTED, f"unsupported file type '{''.join(path.suffixes) or path.name}';"
                                           f" valid: {VALID_SUFFIXES}, a directory, or - for stdin")
        return
    try:
        if kind == "jsonl":
            with _open_binary(path, gz) as handle:
                yield from _read_jsonl_lines(_bounded_lines(handle), ref, published)
            return
        if not gz and path.stat().st_size > MAX_TEXT_BYTES and kind != "json":
            yield Rejected(ref, E_TOO_LONG, f"file is {path.stat().st_size:,} bytes, so over the "
                                            f"limit of {MAX_TEXT_CHARS:,} characters")
            return
        with _open_binary(path, gz) as handle:
            raw = handle.read()
        if kind == "txt":
            yield _one(lambda: _text_article(_decode(raw), _stem(path), published), ref)
        elif kind == "html":
            yield _one(lambda: _html_article(_decode(raw), _stem(path), published), ref)
        else:
            yield from _read_json_document(raw, ref, published)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        reason = getattr(err, "strerror", None) or str(err)
        yield Rejected(ref, E_UNREADABLE, f"cannot read file: {reason}")


def _stem(path: Path) -> str:
    """File name without its reader suffixes: "a.b.txt.gz" -> "a.b"."""
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(name).stem


def _open_binary(path: Path, gz: bool) -> BinaryIO:
    return gzip.open(path, "rb") if gz else open(path, "rb")


def read_stdin(stream: TextIO, published: str | None = None) -> Iterator[Article | Rejected]:
    """JSON Lines if the first non-blank character is "{", else one plain-text article.

    A real stdin is read as bytes (``stream.buffer``) so that one undecodable
    JSONL line is rejected alone; a text stream (io.StringIO) is read as is.
    """
    binary = getattr(stream, "buffer", None)
    lines: Iterator[bytes | str | None] = (_bounded_lines(binary) if binary is not None
                                           else iter(stream))
    head: list[bytes | str | None] = []
    try:
        for line in lines:
            head.append(line)
            if line is None or line.strip():
                break
        first = next((ln for ln in head if ln is None or ln.strip()), "")
        if not first:
            yield Rejected(STDIN_REF, E_EMPTY, "empty input on stdin")
            return
        everything = chain(head, lines)
        if first is not None and first.lstrip()[:1] in ("{", b"{"):
            yield from _read_jsonl_lines(everything, STDIN_REF, published)
            return
        chunks, size = [], 0
        for line in everything:
            size += MAX_RECORD_BYTES if line is None else len(line)
            if size > MAX_TEXT_BYTES:
                yield Rejected(STDIN_REF, E_TOO_LONG, f"input over the limit of "
                                                      f"{MAX_TEXT_CHARS:,} characters")
                return
            chunks.append(line)
    except UnicodeDecodeError as err:
        yield Rejected(STDIN_REF, E_BINARY, f"input is not UTF-8 text ({err.reason})")
        return
    if binary is not None:
        yield _one(lambda: _text_article(_decode(b"".join(chunks)), "", published), STDIN_REF)
    else:
        yield _one(lambda: _text_article("".join(chunks), "", published), STDIN_REF)


def _one(make, ref: str) -> Article | Rejected:
    try:
        return make()
    except _Reject as bad:
        return Rejected(ref, bad.code, bad.reason)


def _decode(raw: bytes) -> str:
    """UTF-8 (BOM dropped), else Windows-1252 for old Western files; binary is rejected."""
    if b"\x00" in raw:
        raise _Reject(E_BINARY, "binary content (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise _Reject(E_BINARY, f"not UTF-8 or Windows-1252 text (byte 0x{raw[utf8_error.start]:02x}"
                                f" at offset {utf8_error.start})") from None
    LOGGER.info("not UTF-8; decoded as Windows-1252")
    return text


def _checked(text: str) -> str:
    problem = problem_with_text(text)
    if problem:
        raise _Reject(*problem)
    return text


def _text_article(text: str, article_id: str, published: str | None) -> Article:
    return Article(text=_checked(text), id=article_id, published=published)


def _html_article(html: str, article_id: str, published: str | None) -> Article:
    if not html.strip():
        raise _Reject(E_EMPTY, "empty file")
    page = extract_html(html)
    if not page.text.strip():
        raise _Reject(E_NO_HTML_TEXT, "no article text could be extracted from the HTML")
    return Article(text=_checked(page.text), id=article_id, title=page.title,
                   published=normalise_date(page.date) or published, url=page.url)


def _read_json_document(raw: bytes, ref: str, published: str | None) -> Iterator[Article | Rejected]:
    """One JSON object, or a list of them (item refs are ``file.json[i]``)."""
    try:
        document = json.loads(_decode(raw))
    except _Reject as bad:
        yield Rejected(ref, bad.code, bad.reason)
        return
    except json.JSONDecodeError as err:
        yield Rejected(ref, E_BAD_JSON, f"malformed JSON at line {err.lineno} column {err.colno}: "
                                        f"{err.msg}")
        return
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield _record(item, f"{ref}[{index}]", published)
    else:
        yield _record(document, ref, published)


def _record(obj, ref: str, published: str | None) -> Article | Rejected:
    try:
        return record_to_article(obj, published)
    except BadRecord as bad:
        return Rejected(ref, bad.code, bad.reason)


def _bounded_lines(handle: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a binary stream, each at most MAX_RECORD_BYTES; a longer line is
    skipped without being held in memory and yielded as None."""
    while True:
        line = handle.readline(MAX_RECORD_BYTES)
        if not line:
            return
        if len(line) >= MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while True:   # discard the rest of the over-long line
                rest = handle.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _read_jsonl_lines(lines: Iterable[bytes | str | None], ref: str,
                      published: str | None) -> Iterator[Article | Rejected]:
    """One record per non-blank line; refs are ``file.jsonl:<line number>``."""
    for lineno, line in enumerate(lines, start=1):
        line_ref = f"{ref}:{lineno}"
        if line is None:
            yield Rejected(line_ref, E_TOO_LONG, f"line longer than {MAX_RECORD_BYTES:,} bytes")
            continue
        if isinstance(line, bytes):
            if not line.strip():
                continue
            try:
                line = _decode(line.lstrip(b"\xef\xbb\xbf") if lineno == 1 else line)
            except _Reject as bad:
                yield Rejected(line_ref, bad.code, bad.reason)
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(line_ref, E_BAD_JSON, f"malformed JSON at column {err.colno}: {err.msg}")
            continue
        yield _record(obj, line_ref, published)


__all__ = ["Rejected", "read_inputs", "read_path", "read_file", "read_stdin", "VALID_SUFFIXES",
           "MAX_TEXT_BYTES", "MAX_RECORD_BYTES"]
