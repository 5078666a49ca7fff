"""JSON Lines: one article per line, ``{"id", "text"}`` or ``{"id", "html"}``.

Optional fields: ``title``, ``date``, ``url``, ``outlet``, ``author`` (a name, a list of names,
or schema.org's ``{"name": ...}`` objects); other fields are ignored. A few
obvious aliases are accepted so existing corpora read as they are: PolNeAR's ``publisher`` is
the outlet, schema.org's ``headline`` and ``articleBody`` are the title and the text. A record
with both ``text`` and ``html`` uses ``text``.

A record without ``id`` gets ``"FILE:LINE"``. A bad line becomes a Failure with that source and
the lines after it are still read, in input order; blank lines are skipped.
"""
from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterator

from ..models import Article, Failure
from .errors import ReadError
from .html import article_from_html
from .text import article_from_text, decode_utf8

_ALIASES = {"publisher": "outlet", "headline": "title", "articleBody": "text"}
_METADATA = ("title", "date", "url", "outlet")


def _type_name(value: Any) -> str:
    """The JSON name of a Python value's type, for error messages."""
    names = {str: "a string", bool: "true/false", int: "a number", float: "a number",
             list: "an array", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _string_field(record: dict, name: str) -> str | None:
    """Return ``record[name]`` if it is a string or absent/null; raise ``ReadError`` otherwise."""
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value
    raise ReadError(f'field "{name}" must be a string, not {_type_name(value)}')


def _author_field(record: dict) -> str | None:
    """``record["author"]``: a name, a list of names or of ``{"name": ...}`` objects (schema.org's
    Person), "; "-joined; raise ``ReadError`` for anything else."""
    value = record.get("author")
    people = value if isinstance(value, list) else [value]
    names = [p.get("name") if isinstance(p, dict) else p for p in people]
    if not all(n is None or isinstance(n, str) for n in names):
        raise ReadError('field "author" must be a name, a list of names or of {"name": ...} objects, '
                        f"not {_type_name(value)}")
    return "; ".join(n.strip() for n in names if n and n.strip()) or None


def _record_id(record: dict, default: str) -> str:
    """The record's ``id`` as a string (numbers are accepted), or ``default`` if it has none."""
    value = record.get("id")
    if value is None:
        return default
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    raise ReadError(f'field "id" must be a string or a number, not {_type_name(value)}')


def _parse_record(line: str) -> dict[str, Any]:
    """Parse one line into a dict; raise ``ReadError`` if it is not a JSON object."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON at column {exc.colno}: {exc.msg}") from None
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, got {_type_name(record)}")
    return record


def article_from_record(record: dict[str, Any], *, default_id: str) -> Article:
    """Build an Article from a record (a parsed JSONL line, or a row of a batch job), aliases
    resolved (a missing or null field takes its alias's value, so DataFrame rows, which hold
    every column, resolve like JSON lines); raise ``ReadError`` if it is unusable."""
    record = {**record, **{name: record[alias] for alias, name in _ALIASES.items()
                           if record.get(name) is None and record.get(alias) is not None}}
    fields = {name: _string_field(record, name) for name in (*_METADATA, "text", "html")}
    fields["author"] = _author_field(record)
    article_id = _record_id(record, default_id)
    text, html = fields.pop("text"), fields.pop("html")
    if text is not None:
        return article_from_text(text, id=article_id, **fields)
    if html is not None:
        return article_from_html(html, id=article_id, **fields)
    raise ReadError('the record has neither "text" nor "html"; give the article in one of them')


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[Article | Failure]:
    """Yield one Article (or Failure, with source ``"SOURCE:LINE"``) per non-blank line."""
    offset = 0
    for lineno, raw in enumerate(stream, start=1):
        where = f"{source}:{lineno}"
        try:
            line = decode_utf8(raw, offset=offset)
            if line.strip():
                yield article_from_record(_parse_record(line), default_id=where)
        except ReadError as exc:
            yield Failure(where, str(exc))
        offset += len(raw)
