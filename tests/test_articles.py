"""Speakers on whole invented articles (tests/articles/*.txt): every quote attributed by name,
pronoun, surname, title, "according to", a colon lead-in or a continuation gets the speaker's
full name, and a quote with no findable speaker says so.

Each NAME.expected lists, one quote a line, a few words of its content and the expected speaker
("-" for none). The articles are invented for these tests.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import quotegraph

pytestmark = pytest.mark.model

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def expectations(path: Path) -> list[tuple[str, str | None]]:
    out = []
    for line in path.with_suffix(".expected").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words, speaker = line.split("\t")
            out.append((words, None if speaker == "-" else speaker))
    return out


@pytest.fixture(scope="module")
def nlp():
    return quotegraph.load_pipeline()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_quote_gets_the_full_name(nlp, path):
    art = quotegraph.extract(quotegraph.Article(id=path.stem, text=path.read_text(encoding="utf-8")), nlp=nlp)
    got = []
    for words, speaker in expectations(path):
        found = [q for q in art.quotes if words in q.content]
        assert len(found) == 1, (words, [(q.content[:40], q.speaker) for q in art.quotes])
        got.append((words, found[0].speaker))
        if speaker is None:
            assert found[0].confidence < 0.5, (words, found[0].confidence)
    assert got == expectations(path)
