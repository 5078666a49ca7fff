"""SQLite backend (stdlib sqlite3): WAL journal, foreign keys, FTS5 over quote content.

The file is an ordinary SQLite database: Datasette, the sqlite3 shell or sqlite-utils open it.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

from .base import SQLStore


class SQLiteStore(SQLStore):
    """A store in one SQLite file; every write is an explicit ``BEGIN IMMEDIATE`` transaction."""

    dialect = "sqlite"

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None)  # we issue BEGIN/COMMIT
        self.conn.row_factory = sqlite3.Row
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON",
                       "busy_timeout = 10000"):
            self.conn.execute(f"PRAGMA {pragma}")
        self._setup()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute(sql, params)]

    def iter_rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        return (dict(row) for row in self.conn.execute(sql, params))

    def close(self) -> None:
        self.conn.close()
