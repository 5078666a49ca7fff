"""Acceptance on the project's seed article (../shared/seed/article.txt, never copied here).

The article lives outside the repository; these tests are skipped when it is absent. Quotes are
identified only by short substrings (at most four words) of their content.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import quotegraph

SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "article.txt"

pytestmark = [
    pytest.mark.model,
    pytest.mark.shared,
    pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED} "
                       "(../shared is not checked out next to the repository)"),
]

DOUBLE = set("“”\"«»„")
EXPECTED_DIRECT = {"Dmitry Peskov": 4, "Vladimir Putin": 2, "Dmitry Medvedev": 3,
                   "Kirill Dmitriev": 4, "Alexander Tolmachev": 1}


@pytest.fixture(scope="module")
def article():
    nlp = quotegraph.load_pipeline()
    text = SEED.read_text(encoding="utf-8")
    return quotegraph.extract(quotegraph.Article(id="seed", text=text), nlp=nlp)


def words(content: str) -> list[str]:
    return re.findall(r"[\w’'-]+", content)


def quoted_words(content: str) -> list[str]:
    """The words inside the content's double quotation marks (to the end when left open)."""
    inside = re.findall(r"[“\"«„]([^”\"»“]*)", content)
    return [w for part in inside for w in words(part)]


def direct_quotes(article):
    """The article's direct quotations: quotes whose quoted material is more than one word. A
    one-word scare quote is a term, whether alone or inside reported speech ("as a “reset”")."""
    return [q for q in article.quotes if DOUBLE & set(q.content) and len(quoted_words(q.content)) > 1]


def quoted_segments(article):
    """(quotation text, quote) for each quotation of more than one word in the direct and mixed
    quotes: “A,” she said. “B.” is one statement in two pieces, and two quotations; so is a
    mixed report holding two."""
    return [(part, q) for q in direct_quotes(article)
            for s, e in (q.pieces or [[q.start, q.end]])
            for part in re.findall(r"[“\"«„][^”\"»“]*", article.text[s:e]) if len(words(part)) > 1]


def test_all_direct_quotations_attributed_by_full_name(article):
    segments = quoted_segments(article)
    got = Counter(q.speaker for _, q in segments)
    assert got == Counter(EXPECTED_DIRECT), [(text[:30], q.speaker) for text, q in segments]
    assert len(segments) == 14


def test_one_putin_quote_is_mixed_with_the_politician_fragment(article):
    putin = [q for q in direct_quotes(article) if q.speaker == "Vladimir Putin"]
    mixed = [q for q in putin if q.kind == "mixed"]
    assert len(mixed) == 1
    assert "“an old-school politician" in mixed[0].content


@pytest.mark.parametrize("speaker", ["Dmitry Peskov", "Dmitry Medvedev", "Kirill Dmitriev",
                                     "Alexander Tolmachev"])
def test_titles_present(article, speaker):
    quotes = [q for q in direct_quotes(article) if q.speaker == speaker]
    assert quotes
    assert all(q.speaker_title for q in quotes), [(q.content[:30], q.speaker_title) for q in quotes]


@pytest.mark.parametrize("speaker, channel", [("Dmitry Peskov", "Interfax"),
                                              ("Dmitry Medvedev", "Telegram"),
                                              ("Alexander Tolmachev", "RIA Novosti")])
def test_channels(article, speaker, channel):
    channels = [q.channel for q in direct_quotes(article) if q.speaker == speaker]
    assert any(c and channel in c for c in channels), channels


def test_blocks(article):
    kinds = Counter(b.kind for b in article.blocks)
    assert (kinds["caption"], kinds["credit"], kinds["heading"]) == (3, 3, 1), kinds


def test_no_quote_from_captions_or_credits(article):
    closed = [(b.start, b.end) for b in article.blocks if b.kind in ("caption", "credit", "byline")]
    assert closed
    for q in article.quotes:
        for s, e in [(q.start, q.end)] + [tuple(p) for p in q.pieces or []]:
            assert not any(bs < e and s < be for bs, be in closed), q.content[:30]


@pytest.mark.parametrize("term", ["reset", "politician"])
def test_one_word_scare_quotes_not_reported_alone(article, term):
    assert f"“{term}”" in article.text  # the term is quoted in the article ...
    alone = [q for q in article.quotes if words(q.content) == [term]]
    assert alone == []  # ... but is no one's statement on its own
