"""The Store protocol and the SQL implementation both backends share.

Backends supply a connection, transactions and their dialect name; everything else (what is
stored, how an article is identified, search, listing, export) is written once here in SQL that
SQLite and PostgreSQL both accept, with ``?`` placeholders and values always bound as parameters.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from typing import Any, Iterator, Protocol, Sequence

from ..models import Article, Block, Quote
from ..search import RESULT_COLUMNS, RESULT_JOINS, SearchQuery, build_search, decode_row
from . import entities
from .migrations import migrate


class Store(Protocol):
    """What the corpus layer, the CLI and the web app need from a database of quotes."""

    def add_article(self, article: Article) -> bool:
        """Store an extracted article with everything derived from it; False if already stored."""

    def has_article(self, key: str) -> bool:
        """Whether an article with this identity key (see ``article_key``) is stored."""

    def add_failure(self, source: str, error: str) -> None:
        """Record that ``source`` (a file, record or article id) could not be processed, and why."""

    def search(self, query: SearchQuery) -> list[dict[str, Any]]:
        """Quotes matching ``query``, best first."""

    def speakers(self, top: int | None = None) -> list[dict[str, Any]]:
        """Speaker entities with quote counts, titles and first/last seen, most quoted first."""

    def stats(self) -> dict[str, int]:
        """Row counts: articles, quotes, speakers, failures and more."""

    def failures(self) -> list[dict[str, Any]]:
        """Recorded failures: source, error, recorded_at."""

    def article(self, source: str) -> dict[str, Any] | None:
        """One article by its id: the ``Article`` with blocks and quotes, and its quote rows."""

    def speaker(self, speaker_id: int) -> dict[str, Any] | None:
        """One speaker entity with its aliases, titles, counts and first/last seen."""

    def speaker_quotes(self, speaker_id: int, limit: int = 50, offset: int = 0
                       ) -> list[dict[str, Any]]:
        """One speaker's quotes, newest first, as search results."""

    def statements(self, speaker_id: int | None = None, limit: int = 50, offset: int = 0
                   ) -> list[dict[str, Any]]:
        """Statements reported by several articles, those whose wording differs first."""

    def iter_quotes(self) -> Iterator[dict[str, Any]]:
        """Every quote, one dict per quote with its speaker and article fields."""

    def close(self) -> None:
        """Release the connection."""


_SPACE = re.compile(r"\s+")


def text_hash(text: str) -> str:
    """SHA-256 of the text normalised (NFKC, whitespace runs collapsed, trimmed)."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def article_key(article: Article) -> str:
    """An article's identity: its URL when it has one, else the hash of its normalised text."""
    url = (article.url or "").strip()
    return url if url else "sha256:" + text_hash(article.text)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLStore(ABC):
    """The shared implementation of ``Store``; subclasses connect and open transactions."""

    #: "sqlite" or "postgresql": picks DDL types and full-text search syntax.
    dialect: str
    #: Statement groups cached across the articles this (single) writer stores; None: not loaded.
    _grouper: entities.StatementGrouper | None = None

    # -- what a backend provides --------------------------------------------------------------

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement with ``?`` placeholders; return the cursor."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each parameter row."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A context that commits on success and rolls back on error (a write transaction)."""

    @abstractmethod
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """All rows of a (small) query as dicts."""

    @abstractmethod
    def iter_rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Stream the rows of a (large) query as dicts without loading them all."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    # -- helpers -------------------------------------------------------------------------------

    def _setup(self) -> None:
        """Bring the schema up to date; backends call this once connected."""
        migrate(self)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert(self, table: str, values: dict[str, Any], on_conflict: str = "") -> int | None:
        """Insert one row into ``table`` (a name from this package, never user input); its id.

        With ``on_conflict`` (e.g. ``"(key) DO NOTHING"``) a conflicting row yields None.
        """
        columns = ", ".join(f'"{name}"' for name in values)
        marks = ", ".join("?" * len(values))
        conflict = f" ON CONFLICT {on_conflict}" if on_conflict else ""
        row = self.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks}){conflict} RETURNING id",
            list(values.values()),
        ).fetchone()
        return None if row is None else row[0]

    def __enter__(self) -> "SQLStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def has_article(self, key: str) -> bool:
        return self.scalar("SELECT 1 FROM articles WHERE key = ?", (key,)) is not None

    def add_article(self, article: Article) -> bool:
        """Store the article, its blocks and quotes, speakers, mentions and statement groups.

        All in one transaction: after a crash an article is either complete or absent. Storing
        an article clears any failure recorded earlier under its id.
        """
        try:
            return self._add_article(article)
        except BaseException:
            self._grouper = None  # its cache may hold statements the rollback just removed
            raise

    def _add_article(self, article: Article) -> bool:
        with self.transaction():
            article_id = self.insert("articles", {
                "key": article_key(article), "source": article.id, "url": article.url,
                "outlet": article.outlet, "author": article.author, "title": article.title, "date": article.date,
                "text_hash": text_hash(article.text), "text": article.text, "ingested_at": _now(),
            }, on_conflict="(key) DO NOTHING")
            if article_id is None:
                return False
            self.executemany(
                'INSERT INTO blocks (article_id, position, kind, start, "end") VALUES (?, ?, ?, ?, ?)',
                [(article_id, i, b.kind, b.start, b.end) for i, b in enumerate(article.blocks)],
            )
            self._add_quotes(article, article_id)
            self.execute("DELETE FROM failures WHERE source = ?", (article.id,))
        return True

    def _add_quotes(self, article: Article, article_id: int) -> None:
        speaker_ids = entities.resolve_speakers(self, article.quotes)
        if self._grouper is None:
            self._grouper = entities.StatementGrouper(self)
        groups = self._grouper
        for position, quote in enumerate(article.quotes):
            speaker_id = speaker_ids.get(quote.speaker) if quote.speaker else None
            quote_id = self.insert("quotes", {
                "article_id": article_id, "position": position, "content": quote.content,
                "start": quote.start, "end": quote.end,
                "pieces": None if quote.pieces is None else json.dumps(quote.pieces),
                "kind": quote.kind, "cue": quote.cue, "cue_start": quote.cue_start,
                "cue_end": quote.cue_end, "speaker": quote.speaker,
                "speaker_start": quote.speaker_start, "speaker_end": quote.speaker_end,
                "speaker_kind": quote.speaker_kind, "speaker_title": quote.speaker_title,
                "channel": quote.channel, "reported_by": quote.reported_by,
                "reported_by_start": quote.reported_by_start, "reported_by_end": quote.reported_by_end,
                "mentions": json.dumps(quote.mentions),
                "confidence": quote.confidence, "speaker_id": speaker_id,
                "statement_id": groups.assign(quote.content, speaker_id),
            })
            self.executemany(
                "INSERT INTO quote_mentions (quote_id, position, name) VALUES (?, ?, ?)",
                [(quote_id, i, name) for i, name in enumerate(quote.mentions)],
            )

    def add_failure(self, source: str, error: str) -> None:
        """Record a failure; recording the same source again replaces it (reruns add no rows)."""
        with self.transaction():
            self.execute(
                "INSERT INTO failures (source, error, recorded_at) VALUES (?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET error = excluded.error, "
                "recorded_at = excluded.recorded_at",
                (source, error, _now()),
            )

    # -- reading -------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> list[dict[str, Any]]:
        speaker_ids = None
        if query.speaker:
            speaker_ids = entities.speaker_ids_for(self, query.speaker)
            if not speaker_ids:
                return []
        sql, params = build_search(query, self.dialect, speaker_ids)
        return [decode_row(row) for row in self.rows(sql, params)]

    def _speaker_summaries(self, where: str = "", tail: str = "",
                           params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Speakers with quote and article counts, titles and first/last seen (speakers without
        quotes too)."""
        rows = self.rows(
            "SELECT s.id, s.name, s.kind, s.titles, COUNT(q.id) AS quotes, "
            "COUNT(DISTINCT q.article_id) AS articles, MIN(a.date) AS first_seen, "
            "MAX(a.date) AS last_seen "
            "FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id "
            f"LEFT JOIN articles a ON a.id = q.article_id {where} "
            f"GROUP BY s.id, s.name, s.kind, s.titles {tail}", params)
        for row in rows:
            row["titles"] = json.loads(row["titles"])
        return rows

    def speakers(self, top: int | None = None) -> list[dict[str, Any]]:
        tail, params = "HAVING COUNT(q.id) > 0 ORDER BY quotes DESC, s.name, s.id", []
        if top is not None:
            tail, params = tail + " LIMIT ?", [top]
        return self._speaker_summaries(tail=tail, params=params)

    def stats(self) -> dict[str, int]:
        counts = {
            table: self.scalar(f"SELECT COUNT(*) FROM {table}")
            for table in ("articles", "blocks", "quotes", "speakers", "statements", "failures")
        }
        counts["statements_in_several_articles"] = self.scalar(
            "SELECT COUNT(*) FROM (SELECT statement_id FROM quotes WHERE statement_id IS NOT NULL "
            "GROUP BY statement_id HAVING COUNT(DISTINCT article_id) > 1) AS shared"
        )
        counts["statements_wording_differs"] = self.scalar(
            "SELECT COUNT(*) FROM statements WHERE wording_differs = 1"
        )
        return {name: int(value) for name, value in counts.items()}

    def failures(self) -> list[dict[str, Any]]:
        return self.rows("SELECT source, error, recorded_at FROM failures ORDER BY source")

    def iter_quotes(self) -> Iterator[dict[str, Any]]:
        sql = f"SELECT {RESULT_COLUMNS} FROM quotes q {RESULT_JOINS} ORDER BY q.id"
        return (decode_row(row) for row in self.iter_rows(sql))

    def article(self, source: str) -> dict[str, Any] | None:
        """The article stored under ``source`` (its id; the first one if several share it).

        ``{"article": Article, "quotes": [...]}``: the record with its blocks and quotes, and the
        quotes as search result rows (with ``quote_id``, ``speaker_id``, ...) in the same order.
        """
        found = self.rows(
            "SELECT id, source, url, outlet, author, title, date, text FROM articles WHERE source = ? "
            "ORDER BY id LIMIT 1", (source,))
        if not found:
            return None
        row = found[0]
        blocks = self.rows('SELECT kind, start, "end" FROM blocks WHERE article_id = ? '
                           "ORDER BY position", (row["id"],))
        quotes = [decode_row(quote) for quote in self.rows(
            f"SELECT {RESULT_COLUMNS} FROM quotes q {RESULT_JOINS} WHERE q.article_id = ? "
            "ORDER BY q.position", (row["id"],))]
        article = Article(
            id=row["source"], text=row["text"], title=row["title"], date=row["date"],
            url=row["url"], outlet=row["outlet"], author=row["author"], blocks=[Block.from_dict(b) for b in blocks],
            quotes=[Quote.from_dict(quote) for quote in quotes],
        )
        return {"article": article, "quotes": quotes}

    def speaker(self, speaker_id: int) -> dict[str, Any] | None:
        """The speaker entity: id, name, kind, titles, aliases (every spelling seen), quotes,
        articles, first_seen and last_seen."""
        found = self._speaker_summaries("WHERE s.id = ?", params=(speaker_id,))
        if not found:
            return None
        row = found[0]
        row["aliases"] = [alias["alias"] for alias in self.rows(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (speaker_id,))]
        return row

    def speaker_quotes(self, speaker_id: int, limit: int = 50, offset: int = 0
                       ) -> list[dict[str, Any]]:
        sql, params = build_search(SearchQuery(limit=limit, offset=offset), self.dialect,
                                   [speaker_id])
        return [decode_row(row) for row in self.rows(sql, params)]

    def statements(self, speaker_id: int | None = None, limit: int = 50, offset: int = 0
                   ) -> list[dict[str, Any]]:
        """Statement groups quoted in more than one article, those whose wording differs first,
        then the most reported; optionally only one speaker's.

        Each: id, speaker_id, speaker_name, content (the first wording), wording_differs (bool),
        articles, and ``quotes``: every wording as a search result row, oldest article first.
        """
        where, params = "", []
        if speaker_id is not None:
            where, params = "WHERE st.speaker_id = ? ", [speaker_id]
        groups = self.rows(
            "SELECT st.id, st.speaker_id, s.name AS speaker_name, st.content, st.wording_differs, "
            "COUNT(DISTINCT q.article_id) AS articles "
            "FROM statements st JOIN speakers s ON s.id = st.speaker_id "
            f"JOIN quotes q ON q.statement_id = st.id {where}"
            "GROUP BY st.id, st.speaker_id, s.name, st.content, st.wording_differs "
            "HAVING COUNT(DISTINCT q.article_id) > 1 "
            "ORDER BY st.wording_differs DESC, articles DESC, st.id LIMIT ? OFFSET ?",
            [*params, limit, offset])
        if not groups:
            return []
        by_id = {group["id"]: group for group in groups}
        for group in groups:
            group["wording_differs"] = bool(group["wording_differs"])
            group["quotes"] = []
        marks = ", ".join("?" * len(by_id))
        for quote in self.rows(
            f"SELECT {RESULT_COLUMNS} FROM quotes q {RESULT_JOINS} "
            f"WHERE q.statement_id IN ({marks}) ORDER BY a.date, q.id", list(by_id)):
            by_id[quote["statement_id"]]["quotes"].append(decode_row(quote))
        return groups
