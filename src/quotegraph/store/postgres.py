"""PostgreSQL backend (psycopg 3): a stored tsvector with a GIN index for full-text search.

The shared SQL uses ``?`` placeholders; this backend turns them into psycopg's ``%s``.
"""
from __future__ import annotations

import itertools
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import psycopg
from psycopg.rows import dict_row

from .base import SQLStore


def _placeholders(sql: str) -> str:
    """Shared SQL to psycopg's paramstyle (our SQL has no literal ``?`` or ``%``)."""
    return sql.replace("?", "%s")


class PostgresStore(SQLStore):
    """A store in a PostgreSQL database given by a ``postgresql://`` URL."""

    dialect = "postgresql"

    def __init__(self, url: str):
        self.url = url
        self.conn = psycopg.connect(url, autocommit=True)  # transactions are explicit
        self._names = itertools.count()
        self._setup()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor:
        return self.conn.execute(_placeholders(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(_placeholders(sql), rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.conn.cursor(row_factory=dict_row) as cursor:
            return cursor.execute(_placeholders(sql), params).fetchall()

    def iter_rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Stream through a server-side cursor, in a transaction of its own."""
        name = f"quotegraph_rows_{next(self._names)}"
        with self.conn.transaction(), self.conn.cursor(name, row_factory=dict_row) as cursor:
            cursor.execute(_placeholders(sql), params)
            yield from cursor

    def close(self) -> None:
        self.conn.close()
