"""Shared test fixtures."""
from __future__ import annotations

import os

import pytest

from quotegraph.models import Article, Quote

# --- store: every store test runs on SQLite and, when QUOTEGRAPH_TEST_PG is set, PostgreSQL ------

PG_URL = os.environ.get("QUOTEGRAPH_TEST_PG")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A URL for an empty database of each backend (PostgreSQL: the test database, emptied)."""
    if request.param == "sqlite":
        return str(tmp_path / "quotegraph.db")
    if not PG_URL:
        pytest.skip("QUOTEGRAPH_TEST_PG is unset: no PostgreSQL server to test against "
                    "(.ci/run installs and starts one)")
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute("DROP OWNED BY CURRENT_USER")
    return PG_URL


@pytest.fixture
def store(store_url):
    """An open, empty store of each backend."""
    from quotegraph.store import open_store

    with open_store(store_url) as opened:
        yield opened


def make_article(id, sentences, *, url=None, outlet=None, date=None, title=None, author=None):
    """An Article from ``sentences``: strings, or (text, quote fields) pairs whose quote content
    (``content`` within text) is located to set the offsets."""
    text, quotes = "", []
    for sentence in sentences:
        body, fields = (sentence, None) if isinstance(sentence, str) else sentence
        offset = len(text)
        text += body + " "
        if fields:
            fields = dict(fields)
            start = offset + body.index(fields["content"])
            fields.setdefault("kind", "direct")
            quotes.append(Quote(start=start, end=start + len(fields["content"]), **fields))
    return Article(id=id, text=text.strip(), url=url, outlet=outlet, date=date, title=title,
                   author=author, quotes=quotes)


@pytest.fixture
def corpus_articles():
    """Four invented articles: one person under four spellings, a namesake with another first
    name, a statement reported twice with different wording, awkward characters."""
    return [
        make_article("harbor-1", [
            ('"The ferry line will open before summer," said Dmitry Volkov, the port director.',
             {"content": "The ferry line will open before summer", "speaker": "Dmitry Volkov",
              "speaker_title": "port director", "cue": "said", "channel": "statement",
              "mentions": ["Lena Ortiz"], "confidence": 0.9}),
            ('Lena Ortiz told reporters the budget was "not negotiable".',
             {"content": "the budget was \"not negotiable\"", "speaker": "Lena Ortiz",
              "kind": "indirect", "cue": "told", "confidence": 0.7}),
        ], url="https://news.example/harbor/1", outlet="Harbor Times", date="2021-03-01",
            title="Ferry line plans", author="Orla Vance"),
        make_article("valley-7", [
            ('"The ferry line will not open before summer," said Dmitri Volkov.',
             {"content": "The ferry line will not open before summer", "speaker": "Dmitri Volkov",
              "cue": "said", "confidence": 0.8}),
            ('"Tickets stay cheap," Volkov (port director) added.',
             {"content": "Tickets stay cheap", "speaker": "Volkov (port director)",
              "cue": "added", "confidence": 0.8}),
        ], outlet="Valley Post", date="2021-03-05", title="Ferry delayed"),
        make_article("coast-2", [
            ('"Our crews need rest; C++ & SQL; DROP TABLE quotes;" said Sergei Volkov, a union leader.',
             {"content": "Our crews need rest; C++ & SQL; DROP TABLE quotes;",
              "speaker": "Sergei Volkov", "speaker_title": "union leader", "cue": "said"}),
            ('Port director Dmitry Volkov said ferries "bring the harbor back to life".',
             {"content": "ferries \"bring the harbor back to life\"",
              "speaker": "Port director Dmitry Volkov", "kind": "mixed", "cue": "said"}),
        ], url="https://news.example/coast/2", outlet="Coast Daily", date="2021-04-10"),
        make_article("unattributed-3", [
            ('"Nobody asked the fishermen," one sign read.',
             {"content": "Nobody asked the fishermen", "cue": "read"}),
        ], outlet="Harbor Times", date="2021-05-01"),
    ]


@pytest.fixture
def filled(store, corpus_articles):
    """The store with ``corpus_articles`` in it."""
    for article in corpus_articles:
        store.add_article(article)
    return store
