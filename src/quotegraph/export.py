"""Export stored quotes: one row per quote with its speaker entity and article, as JSONL, CSV or
Parquet.

In CSV the list fields (``pieces``, ``mentions``) are JSON text and missing values are empty;
JSONL and Parquet keep their types (Parquet needs pyarrow: ``pip install 'quotegraph[parquet]'``).
"""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .models import QUOTE_FIELDS
from .search import JSON_FIELDS
from .store import Store

FORMATS = ("jsonl", "csv", "parquet")

#: Columns of an export, in order: the quote's contract fields, then ids, speaker and article.
EXPORT_FIELDS = QUOTE_FIELDS + ("quote_id", "speaker_id", "speaker_name", "statement_id",
                                "article_id", "url", "outlet", "author", "date", "title")

_INT_FIELDS = ("start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end",
               "reported_by_start", "reported_by_end", "quote_id", "speaker_id", "statement_id")
PARQUET_BATCH = 10_000


def export(store: Store, fmt: str, output: str | Path) -> int:
    """Write every quote in ``store`` to ``output`` ("-": stdout, text formats); the row count."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    rows = store.iter_quotes()
    if fmt == "parquet":
        if str(output) == "-":
            raise ValueError("Parquet is binary: give a file with -o FILE.parquet")
        return write_parquet(rows, output)
    with _open_text(output) as handle:
        if fmt == "jsonl":
            return write_jsonl(rows, handle)
        return write_csv(rows, handle, EXPORT_FIELDS)


def write_jsonl(rows: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    """One JSON object per line; the number of rows."""
    count = 0
    for count, row in enumerate(rows, 1):
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return count


def write_csv(rows: Iterable[dict[str, Any]], handle: IO[str], fields: Iterable[str]) -> int:
    """CSV with a header of ``fields``; lists as JSON, None as empty; the number of rows."""
    writer = csv.DictWriter(handle, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for count, row in enumerate(rows, 1):
        writer.writerow({k: json.dumps(v) if k in JSON_FIELDS and v is not None else v
                         for k, v in row.items()})
    return count


def parquet_schema():
    """The Arrow schema of a Parquet export (typed columns, lists as list columns)."""
    import pyarrow as pa

    types = {"pieces": pa.list_(pa.list_(pa.int64())), "mentions": pa.list_(pa.string()),
             "confidence": pa.float64(), **{name: pa.int64() for name in _INT_FIELDS}}
    return pa.schema([(name, types.get(name, pa.string())) for name in EXPORT_FIELDS])


def write_parquet(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """A Parquet file written in batches of PARQUET_BATCH rows; the number of rows."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("Parquet export needs pyarrow: pip install 'quotegraph[parquet]'") from exc
    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows = iter(rows)
        for batch in iter(lambda: list(islice(rows, PARQUET_BATCH)), []):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


@contextmanager
def _open_text(output: str | Path) -> Iterator[IO[str]]:
    if str(output) == "-":
        yield sys.stdout
    else:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            yield handle
