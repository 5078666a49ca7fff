"""`quotegraph extract` end to end through click's CliRunner, on invented articles in tmp files."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import quotegraph
from quotegraph.cli import main

pytestmark = pytest.mark.model

ROE = "Port director Jane Roe met the council on Monday.\n“The harbour will stay open,” Roe said.\n"
WELK = "“The ferries will run all winter,” said Tom Welk, the council leader.\n"


@pytest.fixture(scope="module", autouse=True)
def warm_model():
    quotegraph.load_pipeline()  # cached: every command below reuses this one pipeline


@pytest.fixture
def files(tmp_path):
    def write(name, content):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)
    return write


def invoke(*args, input=None):
    return CliRunner().invoke(main, ["extract", *args], input=input, catch_exceptions=False)


def speakers(record):
    return [q["speaker"] for q in record["quotes"]]


def test_json_for_one_file_is_an_object(files):
    result = invoke(files("roe.txt", ROE))
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert isinstance(out, dict)
    assert speakers(out) == ["Jane Roe"]
    assert out["quotes"][0]["content"] == "“The harbour will stay open,”"
    assert out["text"][out["quotes"][0]["start"]:out["quotes"][0]["end"]] == out["quotes"][0]["content"]


def test_json_for_two_files_is_a_list_in_order(files):
    result = invoke(files("b_roe.txt", ROE), files("a_welk.txt", WELK))
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert isinstance(out, list)
    assert [speakers(r) for r in out] == [["Jane Roe"], ["Tom Welk"]]


def test_jsonl_keeps_input_order_and_ids(files):
    records = [{"id": "zeta-9", "text": WELK, "title": "Ferries"},
               {"id": "alpha-1", "text": ROE},
               {"id": 42, "text": "The council met on Monday."}]
    path = files("wire.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    result = invoke("-f", "jsonl", path)
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["zeta-9", "alpha-1", "42"]
    assert [speakers(r) for r in lines] == [["Tom Welk"], ["Jane Roe"], []]
    assert lines[0]["title"] == "Ferries"


def test_output_option_writes_the_file(files, tmp_path):
    out = tmp_path / "out.json"
    result = invoke(files("roe.txt", ROE), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert speakers(json.loads(out.read_text(encoding="utf-8"))) == ["Jane Roe"]


def test_text_format_lists_speakers(files):
    result = invoke("-f", "text", files("roe.txt", ROE), files("welk.txt", WELK))
    assert result.exit_code == 0, result.stderr
    assert "Jane Roe (Port director)" in result.stdout
    assert "Tom Welk (council leader)" in result.stdout
    assert "2 quotations" not in result.stdout  # one listing per article, one quote each
    assert "The harbour will stay open" in result.stdout


def test_html_format_is_a_standalone_page_with_marks(files):
    result = invoke("-f", "html", files("roe.txt", ROE + "Tom & <Jerry> watched.\n"))
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert page.rstrip().endswith("</html>")
    assert "<mark" in page and "The harbour will stay open" in page
    assert "Tom &amp; &lt;Jerry&gt;" in page  # the article text is escaped
    assert "<script" not in page.lower() and "http" not in page  # nothing loaded from elsewhere


@pytest.mark.parametrize("bad_name, bad_content", [
    ("empty.txt", ""),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"),
    ("latin1.txt", "Le maire a déclaré «oui».".encode("latin-1")),
])
def test_bad_file_is_reported_and_the_good_ones_still_written(files, bad_name, bad_content):
    good1, good2 = files("a_roe.txt", ROE), files("c_welk.txt", WELK)
    bad = files(bad_name, bad_content)
    result = invoke("-f", "jsonl", good1, bad, good2)
    assert result.exit_code == 1
    assert bad in result.stderr
    assert good1 not in result.stderr and good2 not in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [speakers(r) for r in lines] == [["Jane Roe"], ["Tom Welk"]]


def test_bad_file_with_json_output_still_writes_a_list(files):
    result = invoke(files("a_roe.txt", ROE), files("empty.txt", ""))
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    out = json.loads(result.stdout)
    assert isinstance(out, list) and [speakers(r) for r in out] == [["Jane Roe"]]


def test_missing_file_is_reported(files, tmp_path):
    missing = str(tmp_path / "nowhere.txt")
    result = invoke("-f", "jsonl", files("roe.txt", ROE), missing)
    assert result.exit_code == 1
    assert missing in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_dash_reads_stdin():
    result = invoke("-", input=WELK)
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["id"] == "<stdin>"
    assert speakers(out) == ["Tom Welk"]


def test_dash_reads_jsonl_from_stdin():
    data = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("s1", ROE), ("s2", WELK)))
    result = invoke("-f", "jsonl", "-", input=data)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["s1", "s2"]
