"""Where ingested articles and quotes live: SQLite by default, PostgreSQL by URL.

    >>> from quotegraph.store import open_store
    >>> with open_store("quotegraph.db") as store:       # or "postgresql://user:pw@host/db"
    ...     store.stats()
"""
from __future__ import annotations

from .base import SQLStore, Store, article_key, text_hash

DEFAULT_DB = "quotegraph.db"

__all__ = ["DEFAULT_DB", "SQLStore", "Store", "article_key", "open_store", "text_hash"]


def open_store(url: str | None = None) -> SQLStore:
    """Open (creating and migrating as needed) the store at ``url``.

    ``url`` is a file path (default ``quotegraph.db`` in the working directory), a
    ``sqlite:///path`` URL, or a ``postgresql://`` / ``postgres://`` URL (needs psycopg).
    """
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError(
                "PostgreSQL needs psycopg: pip install 'quotegraph[postgres]'"
            ) from exc
        return PostgresStore(url)
    from .sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url)
