"""Extraction on Apache Spark: ``process_partition`` mapped over the partitions of a DataFrame.

    >>> from quotegraph.batch.spark import extract_dataframe, explode_quotes
    >>> articles = spark.read.json("news.jsonl")                  # doctest: +SKIP
    >>> quotes = explode_quotes(extract_dataframe(articles))       # doctest: +SKIP

Each Python worker loads the spaCy model once, and every executor needs quotegraph and the
model installed (``pip install 'quotegraph[spark]'``). Needs pyspark and Java 17 or later.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

try:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql.types import (ArrayType, DoubleType, IntegerType, StringType, StructField,
                                   StructType)
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("quotegraph.batch.spark needs pyspark: pip install 'quotegraph[spark]' "
                      "(and Java 17 or later)") from exc

from ..models import Article, Failure
from ..readers import read_bytes
from . import article_from_row, process_articles

__all__ = ["ARTICLE_SCHEMA", "QUOTE_SCHEMA", "extract_dataframe", "explode_quotes", "run",
           "session"]

FORMATS = ("parquet", "jsonl")
#: Inputs read as JSON Lines (``spark.read.json``); any other path is a folder of article files.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
#: The column where ``spark.read.json`` keeps a line it could not parse (Spark's default name).
CORRUPT_RECORD = "_corrupt_record"


def _fields(*specs: tuple[str, Any]) -> StructType:
    return StructType([StructField(name, kind, nullable=True) for name, kind in specs])


_STR, _INT = StringType(), IntegerType()

#: The JSON contract's quote (``Quote.to_dict()``) as a Spark struct, fields in contract order.
QUOTE_SCHEMA = _fields(
    ("content", _STR), ("start", _INT), ("end", _INT), ("pieces", ArrayType(ArrayType(_INT))),
    ("kind", _STR), ("cue", _STR), ("cue_start", _INT), ("cue_end", _INT), ("speaker", _STR),
    ("speaker_start", _INT), ("speaker_end", _INT), ("speaker_kind", _STR),
    ("speaker_title", _STR), ("channel", _STR), ("reported_by", _STR), ("reported_by_start", _INT),
    ("reported_by_end", _INT), ("mentions", ArrayType(_STR)),
    ("confidence", DoubleType()))
BLOCK_SCHEMA = _fields(("kind", _STR), ("start", _INT), ("end", _INT))
#: One output row: ``Article.to_dict()`` plus ``error`` (None, or why the row has no article).
ARTICLE_SCHEMA = _fields(
    ("id", _STR), ("title", _STR), ("date", _STR), ("url", _STR), ("outlet", _STR),
    ("author", _STR), ("text", _STR), ("blocks", ArrayType(BLOCK_SCHEMA)), ("quotes", ArrayType(QUOTE_SCHEMA)),
    ("error", _STR))


def extract_dataframe(df: DataFrame, *, model: str | None = None) -> DataFrame:
    """One row per input article (columns ``id`` and ``text`` or ``html``, optionally ``title``,
    ``date``, ``url``, ``outlet``, ``author``) with its blocks, quotes and ``error``; see ``ARTICLE_SCHEMA``.
    """
    rows = df.rdd.mapPartitions(partial(_extract_rows, model=model))
    return df.sparkSession.createDataFrame(rows, ARTICLE_SCHEMA)


def explode_quotes(articles: DataFrame) -> DataFrame:
    """One row per quote of ``extract_dataframe``'s output: the quote's fields, then
    ``article_id``, ``url``, ``outlet``, ``author``, ``date``, ``title`` (the columns of ``quotegraph
    export``). Articles without quotes, and error rows, give no row."""
    return (articles
            .select(F.explode("quotes").alias("quote"), F.col("id").alias("article_id"),
                    "url", "outlet", "author", "date", "title")
            .select("quote.*", "article_id", "url", "outlet", "author", "date", "title"))


def run(input_path: str, output_path: str, *, model: str | None = None,
        fmt: str = "parquet") -> dict[str, int]:
    """Extract a corpus with the active (or a new default) SparkSession; counts of what was
    written: ``articles``, ``quotes``, ``errors``.

    ``input_path`` is JSON Lines when it ends in .jsonl, .ndjson or .json (optionally .gz; a
    glob or a folder of such parts too), else a folder (or glob) of article files, one article
    per file (.txt, .html; .jsonl and .warc files are read whole by one task). ``output_path``
    is a new folder of ``fmt`` (parquet or jsonl) part files, one row per input article.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    spark = SparkSession.builder.getOrCreate()
    if input_path.rstrip("/").lower().endswith(JSONL_SUFFIXES):
        articles = extract_dataframe(spark.read.json(input_path), model=model)
    else:
        files = spark.sparkContext.binaryFiles(input_path)
        articles = spark.createDataFrame(files.mapPartitions(partial(_extract_files, model=model)),
                                         ARTICLE_SCHEMA)
    if fmt == "parquet":
        articles.write.parquet(output_path)
        written = spark.read.parquet(output_path)
    else:  # keep nulls so every line has the contract's fields
        articles.write.json(output_path, ignoreNullFields=False)
        written = spark.read.schema(ARTICLE_SCHEMA).json(output_path)
    counts = written.agg(F.count("*").alias("articles"),
                         F.sum(F.when(F.col("error").isNull(), F.size("quotes"))).alias("quotes"),
                         F.count("error").alias("errors")).first()
    return {name: int(value or 0) for name, value in counts.asDict().items()}


def session(master: str = "local[*]", app_name: str = "quotegraph") -> SparkSession:
    """A SparkSession on ``master``. In local mode the Python workers run this interpreter, so
    they import the same quotegraph and spaCy model (unless PYSPARK_PYTHON says otherwise)."""
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return SparkSession.builder.master(master).appName(app_name).getOrCreate()


def _extract_rows(rows: Iterable[Any], model: str | None) -> Iterator[dict[str, Any]]:
    """mapPartitions over DataFrame rows: ``process_partition`` on their dicts, except that a
    line ``spark.read.json`` could not parse (its ``_corrupt_record`` column) is reported as
    such rather than as a record without text."""
    def articles() -> Iterator[Article | Failure]:
        for n, row in enumerate(rows, start=1):
            record = row.asDict()
            corrupt = record.pop(CORRUPT_RECORD, None)
            yield (Failure(f"row {n}", f"not a JSON object: {corrupt[:80]!r}") if corrupt
                   else article_from_row(record, f"row {n}"))

    return process_articles(articles(), model=model)


def _extract_files(files: Iterable[tuple[str, bytes]],
                   model: str | None) -> Iterator[dict[str, Any]]:
    """mapPartitions over ``binaryFiles``' (path, content) pairs: each file read as
    ``quotegraph extract`` reads it (by extension, gzip included; sniffed if unknown)."""
    return process_articles((item for path, data in files for item in read_bytes(data, path)),
                            model=model)
