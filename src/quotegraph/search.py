"""Search options and safe query building, shared by the CLI, the web app and both store backends.

User input never reaches SQL text: filter values are bound parameters, and the words of a search
are reduced to word tokens and quoted phrases before they become an FTS5 ``MATCH`` string or a
PostgreSQL ``websearch_to_tsquery`` argument, so operators, quote marks or SQL in a query are
searched for as plain words and can neither break the FTS syntax nor inject anything.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .models import QUOTE_FIELDS, QUOTE_KINDS

#: SELECT list for one row per quote with its speaker entity and article (aliases q, s, a).
RESULT_COLUMNS = ", ".join(
    [f'q."{name}"' for name in QUOTE_FIELDS]
    + ["q.id AS quote_id", "q.speaker_id", "s.name AS speaker_name", "q.statement_id",
       "a.source AS article_id", "a.url", "a.outlet", "a.author", "a.date", "a.title"]
)

#: Joins that RESULT_COLUMNS needs, after the quotes table ``q``.
RESULT_JOINS = "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"

#: Quote columns stored as JSON text: lists in the contract.
JSON_FIELDS = ("pieces", "mentions")
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\w+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchQuery:
    """What to look for: words (ranked full-text match) and filters, all optional.

    ``speaker`` matches the cross-article speaker entity under any of its names or variants;
    ``since``/``until`` are inclusive ISO dates (``YYYY-MM-DD``) compared with the article date.
    """

    text: str = ""
    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    limit: int = 20
    offset: int = 0

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in QUOTE_KINDS:
            raise ValueError(f"kind must be one of {', '.join(QUOTE_KINDS)}, not {self.kind!r}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise ValueError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None
        if self.limit < 1 or self.offset < 0:
            raise ValueError("limit must be at least 1 and offset at least 0")

    @property
    def terms(self) -> list[tuple[str, ...]]:
        """The search as terms that must all match: single words, or phrases from "double quotes"."""
        terms = []
        for phrase, word in _PHRASE_OR_WORD.findall(self.text):
            words = tuple(_WORD.findall(phrase)) if phrase else (word,)
            if words:
                terms.append(words)
        return terms


def fts5_query(terms: list[tuple[str, ...]]) -> str:
    """An FTS5 MATCH string: every term as a quoted string (so AND, NEAR, * are plain words)."""
    return " ".join('"' + " ".join(words).replace('"', '""') + '"' for words in terms)


def websearch_query(terms: list[tuple[str, ...]]) -> str:
    """A ``websearch_to_tsquery`` string: words, and phrases in double quotes, all required."""
    return " ".join('"' + " ".join(words) + '"' if len(words) > 1 else words[0] for words in terms)


@dataclass(frozen=True)
class _FullText:
    """How one dialect joins, matches, ranks and highlights; ``?`` is the query string."""

    source: str
    match: str
    score: str
    snippet: str
    render: Any


_FULL_TEXT = {
    "sqlite": _FullText(
        source="quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid",
        match="quotes_fts MATCH ?",
        score="-bm25(quotes_fts)",
        snippet="snippet(quotes_fts, 0, '[', ']', '…', 24)",
        render=fts5_query,
    ),
    "postgresql": _FullText(
        source="quotes q CROSS JOIN websearch_to_tsquery('english', ?) AS tsq",
        match="q.content_tsv @@ tsq",
        score="ts_rank_cd(q.content_tsv, tsq)",
        snippet="ts_headline('english', q.content, tsq, 'StartSel=[, StopSel=], MaxWords=30, MinWords=10')",
        render=websearch_query,
    ),
}


def build_search(query: SearchQuery, dialect: str, speaker_ids: list[int] | None = None
                 ) -> tuple[str, list[Any]]:
    """SQL and parameters for ``query`` in ``dialect`` ("sqlite" or "postgresql").

    ``speaker_ids`` are the speaker entities ``query.speaker`` resolved to (the store does that);
    with words the results are ranked best first, without them newest first.
    """
    params: list[Any] = []
    where: list[str] = []
    terms = query.terms
    if terms:
        fts = _FULL_TEXT[dialect]
        source, score, snippet = fts.source, fts.score, fts.snippet
        where.append(fts.match)
        params.append(fts.render(terms))
        order = "score DESC, q.id"
    else:
        source, score, snippet = "quotes q", "0.0", "q.content"
        order = "a.date DESC, q.id"
    if speaker_ids is not None:
        where.append(f"q.speaker_id IN ({', '.join('?' * len(speaker_ids)) or 'NULL'})")
        params.extend(speaker_ids)
    if query.outlet:
        where.append("lower(a.outlet) = lower(?)")
        params.append(query.outlet)
    if query.since:
        where.append("a.date >= ?")
        params.append(query.since)
    if query.until:  # inclusive: anything before the next day, so "2016-09-08T10:00" counts
        where.append("a.date < ?")
        params.append((date.fromisoformat(query.until) + timedelta(days=1)).isoformat())
    if query.kind:
        where.append("q.kind = ?")
        params.append(query.kind)
    sql = (
        f"SELECT {RESULT_COLUMNS}, {snippet} AS snippet, {score} AS score "
        f"FROM {source} {RESULT_JOINS} "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} "
        f"ORDER BY {order} LIMIT ? OFFSET ?"
    )
    params.extend([query.limit, query.offset])
    return sql, params


def decode_row(row: dict[str, Any]) -> dict[str, Any]:
    """A result row with its JSON columns (pieces, mentions) turned back into lists."""
    for name in JSON_FIELDS:
        if name in row and isinstance(row[name], str):
            row[name] = json.loads(row[name])
    return row
