"""Batch extraction: article rows in, article records out, one partition at a time.

``process_partition`` is the one function a batch job maps over its data, in local processes
or on Spark (``quotegraph.batch.spark``)::

    >>> rows = [{"id": "a1", "text": "“We are ready,” the minister said."}]
    >>> [row["quotes"][0]["speaker"] for row in process_partition(rows)]   # doctest: +SKIP
    ['the minister']

An input row is an article as a JSONL line gives it (``{"id", "text"}`` or ``{"id", "html"}``,
optional ``title``, ``date``, ``url``, ``outlet``, ``author``). An output row is the article's JSON contract
(``Article.to_dict()``) with ``"error": None``, or ``{"id", "error"}`` for a row that could not
be read or extracted: one bad row never stops the others, and rows keep their order.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..extraction import extract_many
from ..models import Article, Failure
from ..nlp.pipeline import load_pipeline
from ..readers.errors import ReadError
from ..readers.jsonl import article_from_record

__all__ = ["process_partition", "process_articles", "article_from_row"]


def process_partition(rows: Iterable[dict[str, Any]], *, model: str | None = None,
                      batch_size: int = 16) -> Iterator[dict[str, Any]]:
    """Extract the article in each row; yield one output row per input row, in order.

    A row without ``id`` gets ``"row N"`` (its 1-based position in ``rows``). ``model`` is the
    spaCy model, loaded once per process; ``batch_size`` articles are parsed together.
    """
    articles = (article_from_row(row, f"row {n}") for n, row in enumerate(rows, start=1))
    return process_articles(articles, model=model, batch_size=batch_size)


def process_articles(items: Iterable[Article | Failure], *, model: str | None = None,
                     batch_size: int = 16) -> Iterator[dict[str, Any]]:
    """Like ``process_partition`` for what the readers yield: a Failure passes through as an
    error row, in its place."""
    pending: deque[Article | Failure] = deque()  # read but not yet written, in input order

    def articles() -> Iterator[Article]:
        for item in items:
            pending.append(item)
            if isinstance(item, Article):
                yield item

    # extract_many reads ahead by a batch: write the Failures queued before each result.
    for result in extract_many(articles(), nlp=load_pipeline(model), batch_size=batch_size):
        while isinstance(pending[0], Failure):
            yield _error_row(pending.popleft())
        pending.popleft()
        yield _error_row(result) if isinstance(result, Failure) else {**result.to_dict(),
                                                                      "error": None}
    yield from map(_error_row, pending)


def article_from_row(row: dict[str, Any], default_id: str) -> Article | Failure:
    """The row's Article (read as a JSONL record is), or a Failure saying why it has none."""
    try:
        return article_from_record(row, default_id=default_id)
    except ReadError as exc:
        return Failure(_row_id(row, default_id), str(exc))
    except Exception as exc:  # noqa: BLE001 - one odd row must not fail a whole Spark task
        return Failure(_row_id(row, default_id), f"unreadable row: {type(exc).__name__}: {exc}")


def _row_id(row: Any, default_id: str) -> str:
    value = row.get("id") if isinstance(row, dict) else None
    return default_id if value is None else str(value)


def _error_row(failure: Failure) -> dict[str, Any]:
    return {"id": failure.source, "error": failure.error}
