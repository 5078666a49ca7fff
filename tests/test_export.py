"""Export round-trips: what is read back from each format equals the stored quotes."""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.export import EXPORT_FIELDS, export

INTS = {"start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end", "quote_id",
        "speaker_id", "statement_id"}


def read_csv(path):
    def value(name, text):
        if text == "":
            return None
        if name in ("pieces", "mentions"):
            return json.loads(text)
        if name in INTS:
            return int(text)
        return float(text) if name == "confidence" else text

    with open(path, newline="", encoding="utf-8") as handle:
        return [{k: value(k, v) for k, v in row.items()} for row in csv.DictReader(handle)]


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_parquet(path):
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt, reader", [("jsonl", read_jsonl), ("csv", read_csv),
                                         ("parquet", read_parquet)])
def test_round_trip(filled, tmp_path, fmt, reader):
    path = tmp_path / f"quotes.{fmt}"
    stored = list(filled.iter_quotes())
    assert export(filled, fmt, path) == len(stored) == 7
    back = reader(path)
    assert [list(row) for row in back] == [list(EXPORT_FIELDS)] * 7
    assert back == stored
    assert {row["speaker_name"] for row in back} == {"Dmitry Volkov", "Lena Ortiz",
                                                     "Sergei Volkov", None}
    assert {row["author"] for row in back} == {"Orla Vance", None}


def test_empty_store_exports_an_empty_parquet_file(store, tmp_path):
    assert export(store, "parquet", tmp_path / "empty.parquet") == 0
    assert read_parquet(tmp_path / "empty.parquet") == []


def test_cli_export_to_stdout_and_refuses_binary_stdout(filled, store_url):
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", store_url, "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["content"] for line in result.stdout.splitlines()] == [
        q["content"] for q in filled.iter_quotes()]
    result = runner.invoke(main, ["export", "--db", store_url, "--format", "parquet", "-o", "-"])
    assert result.exit_code == 2 and "Parquet is binary" in result.output
