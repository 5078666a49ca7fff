"""The store, on SQLite and (with QUOTEGRAPH_TEST_PG) PostgreSQL, with hand-built articles."""
from __future__ import annotations

import sqlite3

import pytest

from quotegraph.models import Article, Block
from quotegraph.store import article_key, open_store, text_hash
from quotegraph.store import entities
from quotegraph.store.migrations import MIGRATIONS

from conftest import make_article


def test_new_store_is_migrated_once(store_url):
    for _ in range(2):
        with open_store(store_url) as store:
            assert store.scalar("SELECT MAX(version) FROM schema_version") == len(MIGRATIONS)
            assert store.scalar("SELECT COUNT(*) FROM schema_version") == len(MIGRATIONS)


def test_a_database_of_version_1_is_brought_up_to_date_and_keeps_its_articles(tmp_path):
    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        store.add_article(Article(id="old", text="An article stored before authors were."))
        with store.transaction():  # undo migrations 3 and 2, as a database written by version 1 was
            for column in ("reported_by", "reported_by_start", "reported_by_end"):
                store.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
            store.execute("ALTER TABLE articles DROP COLUMN author")
            store.execute("DELETE FROM schema_version WHERE version > 1")
    with open_store(str(path)) as store:
        assert store.scalar("SELECT MAX(version) FROM schema_version") == len(MIGRATIONS)
        assert store.article("old")["article"].text == "An article stored before authors were."
        new = make_article("new", [('"Rates stay," Ivo Brandt said, according to the Ledger.',
                                    {"content": "Rates stay", "speaker": "Ivo Brandt", "cue": "said",
                                     "reported_by": "the Ledger"})], author="Orla Vance")
        store.add_article(new)
        assert store.article("new")["article"].author == "Orla Vance"
        assert [q["reported_by"] for q in store.iter_quotes()] == ["the Ledger"]


def test_add_article_stores_article_blocks_quotes_and_links(store, corpus_articles):
    article = corpus_articles[0]
    article.blocks = [Block("heading", 0, 10), Block("body", 11, 40)]
    assert store.add_article(article) is True
    assert store.stats() == {
        "articles": 1, "blocks": 2, "quotes": 2, "speakers": 2, "statements": 2, "failures": 0,
        "statements_in_several_articles": 0, "statements_wording_differs": 0,
    }
    row = store.rows("SELECT source, url, outlet, title, date, key, text_hash FROM articles")[0]
    assert row == {"source": "harbor-1", "url": "https://news.example/harbor/1",
                   "outlet": "Harbor Times", "title": "Ferry line plans", "date": "2021-03-01",
                   "key": "https://news.example/harbor/1", "text_hash": text_hash(article.text)}
    assert store.rows("SELECT name FROM quote_mentions") == [{"name": "Lena Ortiz"}]
    first = next(store.iter_quotes())
    assert {k: first[k] for k in ("content", "kind", "speaker", "speaker_title", "channel",
                                  "mentions", "confidence", "article_id", "speaker_name")} == {
        "content": "The ferry line will open before summer", "kind": "direct",
        "speaker": "Dmitry Volkov", "speaker_title": "port director", "channel": "statement",
        "mentions": ["Lena Ortiz"], "confidence": 0.9, "article_id": "harbor-1",
        "speaker_name": "Dmitry Volkov"}


def test_adding_the_same_articles_again_adds_nothing(store, corpus_articles):
    assert [store.add_article(a) for a in corpus_articles] == [True] * 4
    before = store.stats()
    assert [store.add_article(a) for a in corpus_articles] == [False] * 4
    assert store.stats() == before


def test_identity_is_url_else_normalised_text(store):
    with_url = make_article("a", ["One text."], url="https://news.example/x")
    assert store.add_article(with_url)
    assert not store.add_article(make_article("b", ["Another text."], url="https://news.example/x"))
    plain = make_article("c", ["Same words,  spaced\n differently."])
    assert store.add_article(plain)
    assert not store.add_article(Article(id="d", text="Same words, spaced differently."))
    assert store.has_article(article_key(plain))
    assert article_key(plain).startswith("sha256:")
    assert not store.has_article("https://news.example/other")


def test_one_speaker_entity_across_spellings_and_titles(store, corpus_articles):
    for article in corpus_articles:
        store.add_article(article)
    by_name = {s["name"]: s for s in store.speakers()}
    dmitry = by_name["Dmitry Volkov"]
    assert dmitry["quotes"] == 4 and dmitry["articles"] == 3
    assert [t.casefold() for t in dmitry["titles"]] == ["port director"]
    assert (dmitry["first_seen"], dmitry["last_seen"]) == ("2021-03-01", "2021-04-10")
    # A namesake with another first name stays apart.
    assert by_name["Sergei Volkov"]["quotes"] == 1
    assert by_name["Sergei Volkov"]["titles"] == ["union leader"]
    assert len(by_name) == 3
    assert [s["name"] for s in store.speakers(top=1)] == ["Dmitry Volkov"]


def test_same_statement_in_two_articles_is_grouped_and_flagged(store, corpus_articles):
    for article in corpus_articles:
        store.add_article(article)
    rows = store.rows("SELECT statement_id, content FROM quotes WHERE content LIKE ?",
                      ("The ferry line%",))
    assert len(rows) == 2 and rows[0]["statement_id"] == rows[1]["statement_id"]
    stats = store.stats()
    assert stats["statements_in_several_articles"] == 1
    assert stats["statements_wording_differs"] == 1  # "will open" vs "will not open"
    assert store.scalar("SELECT COUNT(*) FROM quotes WHERE statement_id IS NULL") == 1  # no speaker


def test_failures_are_recorded_once_and_cleared_by_success(store, corpus_articles):
    store.add_failure("valley-7", "extraction failed: boom")
    store.add_failure("valley-7", "extraction failed: boom again")
    store.add_failure("broken.jsonl:3", "not JSON")
    assert [f["error"] for f in store.failures()] == ["not JSON", "extraction failed: boom again"]
    store.add_article(corpus_articles[1])
    assert [f["source"] for f in store.failures()] == ["broken.jsonl:3"]
    assert store.stats()["failures"] == 1


def test_an_error_while_storing_leaves_no_trace(store, corpus_articles, monkeypatch):
    def explode(self, content, speaker_id):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(entities.StatementGrouper, "assign", explode)
    with pytest.raises(RuntimeError):
        store.add_article(corpus_articles[0])
    assert all(v == 0 for v in store.stats().values())
    monkeypatch.undo()
    assert store.add_article(corpus_articles[0])
    assert store.stats()["quotes"] == 2


def test_sqlite_file_opens_cleanly_in_plain_sqlite(tmp_path, corpus_articles):
    path = tmp_path / "plain.db"
    with open_store(str(path)) as store:
        for article in corpus_articles:
            store.add_article(article)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "blocks", "quotes", "speakers", "speaker_aliases", "statements",
            "quote_mentions", "failures", "schema_version", "quotes_fts"} <= tables
    # Stemmed: "ferries" matches too.
    assert conn.execute("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'ferry'"
                        ).fetchone() == (3,)
    conn.close()


@pytest.mark.parametrize("form", ["{path}", "sqlite:///{path}"])
def test_open_store_accepts_paths_and_sqlite_urls(tmp_path, form):
    path = tmp_path / "x.db"
    with open_store(form.format(path=path)) as store:
        assert store.dialect == "sqlite"
    assert path.exists()


def test_open_store_defaults_to_quotegraph_db_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_store().close()
    assert (tmp_path / "quotegraph.db").exists()


def test_article_comes_back_with_blocks_quotes_and_their_rows(store, corpus_articles):
    article = corpus_articles[0]
    article.blocks = [Block("heading", 0, 10), Block("body", 11, len(article.text))]
    for each in corpus_articles:
        store.add_article(each)
    found = store.article("harbor-1")
    assert found["article"] == article
    assert [row["content"] for row in found["quotes"]] == [q.content for q in article.quotes]
    assert found["quotes"][0]["speaker_name"] == "Dmitry Volkov"
    assert found["quotes"][0]["mentions"] == ["Lena Ortiz"]
    assert store.article("no-such-article") is None


def test_speaker_has_aliases_counts_and_quotes_newest_first(store, corpus_articles):
    for article in corpus_articles:
        store.add_article(article)
    dmitry_id = next(s["id"] for s in store.speakers() if s["name"] == "Dmitry Volkov")
    dmitry = store.speaker(dmitry_id)
    assert {k: dmitry[k] for k in ("name", "quotes", "articles", "first_seen", "last_seen")} == {
        "name": "Dmitry Volkov", "quotes": 4, "articles": 3, "first_seen": "2021-03-01",
        "last_seen": "2021-04-10"}
    assert dmitry["aliases"] == ["dmitri volkov", "dmitry volkov", "port director dmitry volkov",
                                 "volkov (port director)"]
    quotes = store.speaker_quotes(dmitry_id)
    assert [q["date"] for q in quotes] == ["2021-04-10", "2021-03-05", "2021-03-05", "2021-03-01"]
    assert {q["speaker_id"] for q in quotes} == {dmitry_id}
    assert [q["quote_id"] for q in store.speaker_quotes(dmitry_id, limit=2, offset=1)] == [
        q["quote_id"] for q in quotes[1:3]]
    assert store.speaker(10_000) is None


def test_statements_reported_by_several_articles_with_each_wording(store, corpus_articles):
    for article in corpus_articles:
        store.add_article(article)
    [group] = store.statements()
    assert group["speaker_name"] == "Dmitry Volkov" and group["articles"] == 2
    assert group["wording_differs"] is True
    assert group["content"] == "The ferry line will open before summer"
    assert [(q["article_id"], q["content"]) for q in group["quotes"]] == [
        ("harbor-1", "The ferry line will open before summer"),
        ("valley-7", "The ferry line will not open before summer")]
    assert store.statements(speaker_id=group["speaker_id"]) == [group]
    sergei_id = next(s["id"] for s in store.speakers() if s["name"] == "Sergei Volkov")
    assert store.statements(speaker_id=sergei_id) == []
    assert store.statements(offset=1) == []
