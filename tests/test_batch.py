"""Batch extraction: process_partition, `quotegraph batch`, and the Spark job in local mode.

Invented articles throughout. Everything parses with the real model; the Spark tests also need
pyspark and Java and are skipped, saying so, without them.
"""
from __future__ import annotations

import json
import os
import shutil
import sys

import pytest
from click.testing import CliRunner

import quotegraph
from quotegraph.batch import process_partition
from quotegraph.cli import main
from quotegraph.models import Article, Block, Quote
from quotegraph.readers.jsonl import article_from_record

pytestmark = pytest.mark.model

LOCK = ("Port engineer Nadia Fenwick inspected the lock on Tuesday.\n"
        "“The gates will hold through the spring floods,” Fenwick said.\n")
ORCHARD = ("<html><head><title>Orchard growers win a delay</title></head><body><article>"
           "<p>“We finally have time to plan the harvest,” said Ivo Marsh, who chairs the "
           "growers’ cooperative in the valley.</p>"
           "<p>The council will vote again in June, a spokeswoman said.</p></article></body></html>")
FERRY = "The ferry company said on Monday that it would add two boats to the island route."

ROWS = [
    {"id": "lock-1", "text": LOCK, "outlet": "River Gazette", "date": "2023-04-04"},
    {"id": "bad-2", "text": ["not", "a", "string"]},
    {"id": 3, "html": ORCHARD, "url": "https://news.example/orchard"},
    {"headline": "More boats", "articleBody": FERRY},  # schema.org names, no id
]


def expected(row: dict, default_id: str) -> dict:
    """What plain quotegraph.extract gives for the article in ``row``, as an output row."""
    return {**quotegraph.extract(article_from_record(row, default_id=default_id)).to_dict(),
            "error": None}


def test_process_partition_extracts_rows_in_order_and_reports_a_bad_row():
    out = list(process_partition(ROWS))

    assert [row["id"] for row in out] == ["lock-1", "bad-2", "3", "row 4"]
    assert out[1] == {"id": "bad-2", "error": 'field "text" must be a string, not an array'}
    for row, n in zip(out, range(1, 5)):
        if n != 2:
            assert row == expected(ROWS[n - 1], f"row {n}")
    lock, orchard, ferry = out[0], out[2], out[3]
    assert (lock["outlet"], ferry["title"]) == ("River Gazette", "More boats")
    assert [q["content"] for q in lock["quotes"]] == [
        "“The gates will hold through the spring floods,”"]
    assert "Ivo Marsh" in [q["speaker"] for q in orchard["quotes"]]
    for row in (lock, orchard, ferry):
        for quote in row["quotes"]:
            assert row["text"][quote["start"]:quote["end"]] == quote["content"]
            assert row["text"][quote["cue_start"]:quote["cue_end"]] == quote["cue"]


def test_process_partition_is_lazy_and_empty_in_empty_out():
    assert list(process_partition([])) == []
    assert [row["id"] for row in process_partition(iter([{"text": " "}]))] == ["row 1"]


def test_batch_command_streams_jsonl_and_exits_1_on_error_rows(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    out = tmp_path / "out.jsonl"

    result = CliRunner().invoke(main, ["batch", str(source), str(out)])

    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["lock-1", f"{source}:2", "3", f"{source}:4"]
    assert rows[1]["error"] == 'field "text" must be a string, not an array'
    assert rows[0] == expected(ROWS[0], "-")
    assert result.exit_code == 1
    assert "4 articles" in result.stderr and "1 of them failed" in result.stderr


def test_batch_command_wants_spark_for_parquet(tmp_path):
    result = CliRunner().invoke(main, ["batch", "in.jsonl", str(tmp_path / "out"),
                                       "--format", "parquet"])
    assert result.exit_code == 2 and "--format parquet needs --spark" in result.output


# --- Spark, local mode -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark",
                        reason="pyspark is not installed: pip install 'quotegraph[spark]'")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.skip("no Java (JAVA_HOME unset, no java on PATH): Spark needs Java 17 or later")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers must import this quotegraph
    session = (SparkSession.builder.master("local[2]").appName("quotegraph-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.memory", "512m")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def articles(spark):
    """Three good articles and one with neither text nor html, in two partitions."""
    rows = [("lock-1", LOCK, None, None), ("orchard-2", None, ORCHARD, "Orchard growers"),
            ("empty-3", None, None, None), ("boats-4", FERRY, None, "More boats")]
    schema = "id string, text string, html string, title string"
    return spark.createDataFrame(rows, schema).repartition(2)


def test_spark_schema_is_the_json_contract():
    spark_module = pytest.importorskip("quotegraph.batch.spark",
                                       reason="pyspark is not installed")
    article = Article(id="a", text="t", blocks=[Block("body", 0, 1)],
                      quotes=[Quote(content="t", start=0, end=1, kind="direct")])
    assert spark_module.ARTICLE_SCHEMA.names == [*article.to_dict(), "error"]
    assert spark_module.QUOTE_SCHEMA.names == list(article.quotes[0].to_dict())
    assert spark_module.BLOCK_SCHEMA.names == list(article.blocks[0].to_dict())


def test_extract_dataframe_matches_plain_extraction(articles):
    from quotegraph.batch.spark import explode_quotes, extract_dataframe

    extracted = extract_dataframe(articles).cache()
    got = {row.id: row.asDict(recursive=True) for row in extracted.collect()}

    assert set(got) == {"lock-1", "orchard-2", "empty-3", "boats-4"}
    assert got["empty-3"]["error"].startswith('the record has neither "text" nor "html"')
    assert got["empty-3"]["quotes"] is None
    for row in articles.collect():
        if row.id != "empty-3":
            assert got[row.id] == expected(row.asDict(), "-")
    quotes = explode_quotes(extracted)
    assert quotes.count() == sum(len(row["quotes"] or []) for row in got.values()) >= 2
    assert {"content", "speaker", "article_id", "outlet"} <= set(quotes.columns)


def test_run_writes_parquet_from_jsonl(spark, tmp_path):
    from quotegraph.batch.spark import run

    source = tmp_path / "corpus.jsonl"
    lines = [json.dumps(row) for row in (ROWS[0], {"id": "bad-2", "title": "No body"}, *ROWS[2:])]
    source.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")

    counts = run(str(source), str(tmp_path / "out"))

    rows = {row.id: row.asDict(recursive=True)
            for row in spark.read.parquet(str(tmp_path / "out")).collect()}
    assert rows["lock-1"] == expected(ROWS[0], "-")
    assert rows["bad-2"]["error"].startswith('the record has neither "text" nor "html"')
    assert rows["row 4"]["title"] == "More boats"
    [corrupt] = [row for row in rows.values() if row["error"] and "JSON" in row["error"]]
    assert corrupt["error"] == "not a JSON object: '{not json'"
    assert counts == {"articles": 5, "errors": 2,
                      "quotes": sum(len(row["quotes"] or []) for row in rows.values())}


def test_run_reads_a_folder_of_files_into_jsonl(spark, tmp_path):
    from quotegraph.batch.spark import run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lock.txt").write_text(LOCK, encoding="utf-8")
    (tmp_path / "in" / "orchard.html").write_text(ORCHARD, encoding="utf-8")

    counts = run(str(tmp_path / "in"), str(tmp_path / "out"), fmt="jsonl")

    lines = [json.loads(line) for part in sorted((tmp_path / "out").glob("part-*"))
             for line in part.read_text(encoding="utf-8").splitlines()]
    by_name = {row["id"].rsplit("/", 1)[-1]: row for row in lines}
    assert by_name["lock.txt"]["quotes"] == expected({"text": LOCK}, "-")["quotes"]
    assert by_name["orchard.html"]["title"] == "Orchard growers win a delay"
    assert counts["articles"] == 2 and counts["errors"] == 0
