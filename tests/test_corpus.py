"""Ingest orchestration: idempotence, resume, workers, failures, progress, CLI.

Most tests replace extraction by a small regex extractor (no model, fast); the ``model`` tests
run the real pipeline, including a kill -9 in the middle of an ingest.
"""
from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph import corpus
from quotegraph.cli import main
from quotegraph.corpus import ingest
from quotegraph.models import Failure, Quote
from quotegraph.store import open_store

SAID = re.compile(r'"([^"]+)," said (\w+ \w+)')


def fake_extract_many(articles, *, nlp=None, batch_size=16):
    """Quotes of the form '"...," said First Last'; "FAIL" yields a Failure, "EXPLODE" raises."""
    for article in articles:
        if "EXPLODE" in article.text:
            raise RuntimeError("tokenizer exploded")
        if "FAIL" in article.text:
            yield Failure(article.id, "could not parse")
            continue
        article.quotes = [Quote(content=m.group(1), start=m.start(1), end=m.end(1), kind="direct",
                                speaker=m.group(2), cue="said") for m in SAID.finditer(article.text)]
        yield article


@pytest.fixture
def fake_extraction(monkeypatch):
    """Regex extraction instead of spaCy; records the ids it was asked to extract."""
    calls = []

    def recording(articles, **options):
        articles = list(articles)
        calls.extend(a.id for a in articles)
        return fake_extract_many(articles, **options)

    monkeypatch.setattr(corpus, "extract_many", recording)
    monkeypatch.setattr(corpus, "load_pipeline", lambda model=None: None)
    return calls


@pytest.fixture
def inputs(tmp_path):
    """A folder of .txt files (one nested), a JSONL with a broken line, two bad articles."""
    root = tmp_path / "news"
    (root / "more").mkdir(parents=True)
    (root / "bridge.txt").write_text('"We open the bridge tomorrow," said Nadia Perez.\n')
    (root / "more" / "tunnel.txt").write_text('"The tunnel is safe," said Omar Haddad.\n')
    (root / "bad-parse.txt").write_text("FAIL this one\n")
    (root / "bad-crash.txt").write_text("EXPLODE this one\n")
    records = [{"id": f"wire-{i}", "text": f'"Rates rise {i} points," said Ruth Lindqvist. Day {i}.',
                "outlet": "Wire", "date": f"2022-01-0{i}", "title": f"Rates {i}",
                "url": f"https://wire.example/{i}"} for i in range(1, 6)]
    lines = [json.dumps(r) for r in records]
    lines.insert(2, "{this is not json")
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n")
    return root


GOOD = 7  # 2 txt + 5 jsonl records


def test_ingest_stores_articles_and_records_failures_without_stopping(store, inputs,
                                                                     fake_extraction):
    report = ingest([inputs], store, progress=False)
    assert (report.read, report.added, report.skipped, report.quotes) == (GOOD + 2, GOOD, 0, GOOD)
    assert len(report.failures) == 3
    assert {f["source"] for f in store.failures()} == {f.source for f in report.failures}
    crash = next(f for f in report.failures if "bad-crash" in f.source)
    assert "RuntimeError: tokenizer exploded" in crash.error
    stats = store.stats()
    assert (stats["articles"], stats["quotes"], stats["failures"]) == (GOOD, GOOD, 3)
    wire = store.rows("SELECT outlet, date, title, url FROM articles WHERE source = ?", ("wire-2",))
    assert wire == [{"outlet": "Wire", "date": "2022-01-02", "title": "Rates 2",
                     "url": "https://wire.example/2"}]


def test_rerun_skips_stored_articles_before_extracting(store, inputs, fake_extraction):
    ingest([inputs], store, progress=False)
    before = store.stats()
    fake_extraction.clear()
    again = ingest([inputs], store, progress=False)
    assert (again.added, again.skipped, len(again.failures)) == (0, GOOD, 3)
    # Only the two that failed are extracted again (the crashing batch, then one by one).
    assert set(fake_extraction) == {str(inputs / "bad-crash.txt"), str(inputs / "bad-parse.txt")}
    assert store.stats() == before


def test_workers_store_the_same_rows_in_the_same_order(tmp_path, inputs, fake_extraction):
    results = []
    for jobs in (1, 2):
        with open_store(str(tmp_path / f"j{jobs}.db")) as store:
            report = ingest([inputs], store, jobs=jobs, progress=False)
            results.append((store.stats(), [q["content"] for q in store.iter_quotes()],
                            sorted(f.source for f in report.failures)))
            assert report.worker_peak_rss and all(v > 0 for v in report.worker_peak_rss.values())
    assert results[0] == results[1]


def test_a_model_that_cannot_load_fails_each_article_and_ends(tmp_path, inputs, monkeypatch):
    def broken(model=None):
        raise OSError(f"[E050] Can't find model '{model}'")

    monkeypatch.setattr(corpus, "load_pipeline", broken)
    with open_store(str(tmp_path / "x.db")) as store:
        report = ingest([inputs], store, jobs=2, model="no_such_model", progress=False)
    assert report.added == 0 and len(report.failures) == GOOD + 3
    assert any("could not load the spaCy model" in f.error and "no_such_model" in f.error
               for f in report.failures)


def test_progress_is_plain_log_lines_off_a_terminal(tmp_path, inputs, fake_extraction, caplog):
    caplog.set_level("INFO", logger="quotegraph.corpus")
    with open_store(str(tmp_path / "x.db")) as store:
        ingest([inputs], store, progress=False)
    assert caplog.messages[-1] == f"ingest: {GOOD + 3} done ({GOOD} added, 0 already stored), {GOOD} quotes, 3 failed"


def test_progress_bar_total_counts_files_and_jsonl_lines(inputs):
    assert corpus._estimate_total([inputs]) == 4 + 6  # 4 txt files, 6 non-blank JSONL lines
    assert corpus._estimate_total(["-"]) is None


def test_cli_commands_end_to_end(tmp_path, inputs, fake_extraction):
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(inputs), "--db", db])
    assert result.exit_code == 1
    assert f"{GOOD} articles added" in result.stderr and "3 input(s) failed" in result.stderr
    assert "bad-parse.txt: could not parse" in result.stderr
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--format", "json"]).stdout)
    assert {k: stats[k] for k in ("articles", "quotes", "failures")} == {
        "articles": GOOD, "quotes": GOOD, "failures": 3}
    found = json.loads(runner.invoke(main, ["search", "bridge", "--db", db, "--format", "json"]).stdout)
    assert [(r["content"], r["speaker"], r["kind"]) for r in found] == [
        ("We open the bridge tomorrow", "Nadia Perez", "direct")]
    assert {"article_id", "outlet", "date", "title", "snippet", "score", "channel",
            "speaker_title"} <= set(found[0])
    text = runner.invoke(main, ["search", "rates", "--db", db, "--outlet", "wire", "--until", "2022-01-02"])
    assert text.exit_code == 0 and text.stdout.count("Ruth Lindqvist") == 2
    csv_out = runner.invoke(main, ["search", "tunnel", "--db", db, "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].endswith("snippet,score") and "Omar Haddad" in csv_out
    top = runner.invoke(main, ["speakers", "--db", db, "--top", "1", "--format", "json"]).stdout
    assert [(s["name"], s["quotes"]) for s in json.loads(top)] == [("Ruth Lindqvist", 5)]
    bad = runner.invoke(main, ["search", "x", "--db", db, "--since", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


# -- with the real model -----------------------------------------------------------------------

FIRST = ["Amara", "Bjorn", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Ines", "Jonas"]
LAST = ["Okafor", "Lindgren", "Rossi", "Petrov", "Cohen", "Nasser", "Vogel", "Tanaka", "Duarte", "Berg"]
TOPICS = ["the harbor budget", "the new rail line", "school meals", "the river cleanup",
          "night buses", "the housing plan", "the library hours", "flood defenses"]


def generated_corpus(path: Path, count: int, seed: int = 7) -> Path:
    """``count`` invented articles with direct and indirect quotes, as JSONL."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(count):
            paragraphs = []
            for _ in range(6):
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                topic = rng.choice(TOPICS)
                paragraphs.append(
                    f'"We will decide on {topic} by {rng.randint(2, 28)} May," said {name}, '
                    f"a council member. {name.split()[1]} said the vote on {topic} "
                    f"would be close, and added that residents had written {rng.randint(3, 900)} letters.")
            handle.write(json.dumps({"id": f"gen-{i}", "outlet": rng.choice(["Gazette", "Courier"]),
                                     "date": f"2023-05-{i % 28 + 1:02d}", "title": f"Council {i}",
                                     "text": "\n\n".join(paragraphs)}) + "\n")
    return path


def run_ingest(args, **popen):
    command = [sys.executable, "-m", "quotegraph.cli", "ingest", *args]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)


def articles_in(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.model
def test_kill_9_mid_ingest_then_rerun_matches_a_clean_run(tmp_path):
    source = generated_corpus(tmp_path / "council.jsonl", 120)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"

    process = run_ingest([str(source), "--db", str(killed), "-j", "2"], start_new_session=True)
    deadline = time.monotonic() + 60
    while articles_in(killed) < 15 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest ended before it could be killed; use a larger corpus"
    os.killpg(process.pid, signal.SIGKILL)  # the writer and its workers, like kill -9 on the job
    process.wait()
    interrupted_at = articles_in(killed)
    assert 0 < interrupted_at < 120

    assert run_ingest([str(source), "--db", str(killed), "-j", "2"]).wait() == 0
    assert run_ingest([str(source), "--db", str(clean), "-j", "2"]).wait() == 0
    with open_store(str(clean)) as a, open_store(str(killed)) as b:
        assert a.stats() == b.stats()
        assert a.stats()["articles"] == 120 and a.stats()["quotes"] > 120
        assert [q["content"] for q in a.iter_quotes()] == [q["content"] for q in b.iter_quotes()]


@pytest.mark.parametrize("name", ["ingest", "search", "speakers", "stats", "export"])
def test_every_corpus_command_and_option_is_in_the_readme(name):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Corpus: ingest, search, export"):]
    assert f"`quotegraph {name}" in section
    for param in main.commands[name].params:
        for option in param.opts:
            if option.startswith("-"):
                assert option in section, f"{name} {option} is not documented in README.md"
