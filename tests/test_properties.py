"""Properties of extraction on arbitrary text: it never raises, and every offset it reports lies
inside the text and slices back to the strings it reports. Plus the robustness cases: empty
text, a very long article, unbalanced quotation marks, text without quotes.

All text here is invented or generated.
"""
from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotegraph
from quotegraph.models import BLOCK_KINDS, QUOTE_KINDS, SPEAKER_KINDS

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return quotegraph.load_pipeline()


def check_offsets(text: str, art) -> None:
    """Every offset of ``art`` lies in ``text`` and slices back to what is reported."""
    n = len(text)
    assert art.text == text
    prev_end = 0
    for b in art.blocks:
        assert b.kind in BLOCK_KINDS
        assert prev_end <= b.start < b.end <= n, (b, prev_end)  # in range, ordered, disjoint
        assert text[b.start:b.end].strip() == text[b.start:b.end]
        prev_end = b.end
    parsed = [(b.start, b.end) for b in art.blocks if b.kind in ("body", "heading")]
    for q in art.quotes:
        assert 0 <= q.start < q.end <= n
        assert q.content == text[q.start:q.end]
        assert q.kind in QUOTE_KINDS
        # every quote lies inside one paragraph the parser saw
        assert any(s <= q.start and q.end <= e for s, e in parsed), (q, parsed)
        if q.pieces is not None:
            assert len(q.pieces) >= 2
            assert q.pieces[0][0] == q.start and q.pieces[-1][1] == q.end
            for (s, e), nxt in zip(q.pieces, q.pieces[1:] + [None]):
                assert q.start <= s < e <= q.end
                if nxt is not None:
                    assert e <= nxt[0]
        if q.cue is None:
            assert q.cue_start is None and q.cue_end is None
        else:
            assert 0 <= q.cue_start < q.cue_end <= n
            assert q.cue == text[q.cue_start:q.cue_end]
        if q.speaker_start is None:
            assert q.speaker_end is None
        else:
            assert 0 <= q.speaker_start < q.speaker_end <= n
            assert text[q.speaker_start:q.speaker_end].strip()
        assert q.speaker_kind is None or q.speaker_kind in SPEAKER_KINDS
        assert 0.0 <= q.confidence <= 1.0
        assert all(isinstance(m, str) and m for m in q.mentions)
    assert q_sorted(art)


def q_sorted(art) -> bool:
    starts = [q.start for q in art.quotes]
    return starts == sorted(starts)


# --- generated text ------------------------------------------------------------------------------

MARKS = "“”„«»\"‘’'‚‹›″"
FRAGMENTS = [
    "“", "”", "\"", "‘", "’", "'", "«", "»", "\n", "\n\n", "\r\n", " ", ", ", ". ", ": ", " — ",
    "said", "Jane Roe", "she said", "he added", "according to", "the ministry", "Analysts",
    "told reporters", "wrote on Telegram", "Roe", "We will", "win the vote", "that the plan failed",
    "(left)", " | ", "Getty Images", "Photo: ", "By ", "ROE:", "don’t", "Américains", "Ж", "北京",
    "😀", "\u200b", "\t", "Mr.", "“reset”", "…", "ﬁ",
]

texts = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(MARKS),
             max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=40).map("".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_extraction_never_raises_and_offsets_slice_back(nlp, text):
    art = quotegraph.extract(text, nlp=nlp)
    check_offsets(text, art)


def test_check_offsets_catches_a_wrong_offset(nlp):
    # the property checker itself must be able to fail
    text = "“We will win the vote,” Jane Roe said."
    art = quotegraph.extract(text, nlp=nlp)
    check_offsets(text, art)
    art.quotes[0].start += 1
    with pytest.raises(AssertionError):
        check_offsets(text, art)


# --- robustness cases ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\r\n", "“", "”", "\"", "“”", "''", "«»"])
def test_empty_and_degenerate_texts(nlp, text):
    art = quotegraph.extract(text, nlp=nlp)
    check_offsets(text, art)
    assert art.quotes == []


@pytest.mark.parametrize("text", [
    "“The harbour will stay open,” Jane Roe said. “And the ferries",
    "Jane Roe said “the harbour will stay open and “the ferries will run through the winter.",
    "The harbour will stay open,” Jane Roe said.” And then” nothing.",
    "“““ Jane Roe said ””” the harbour ” will “ stay open «",
    "“The harbour will stay open through the winter, Jane Roe said.\nThe ferries run daily.\n"
    "“Nothing will change for the workers on the quay,” said Tom Welk.",
])
def test_unbalanced_quotation_marks(nlp, text):
    art = quotegraph.extract(text, nlp=nlp)
    check_offsets(text, art)


def test_unbalanced_mark_does_not_swallow_the_next_paragraph(nlp):
    text = ("Jane Roe said: “The harbour will stay open through the whole of the winter\n"
            "“Nothing will change for the workers on the quay,” said Tom Welk.")
    art = quotegraph.extract(text, nlp=nlp)
    check_offsets(text, art)
    assert [q.speaker for q in art.quotes] == ["Jane Roe", "Tom Welk"]


def test_text_without_quotes_or_cues(nlp):
    text = ("The harbour opened in 1890.\nIt handles timber and grain.\n\n"
            "Ferries run twice a day in summer and once a day in winter.")
    art = quotegraph.extract(text, nlp=nlp)
    check_offsets(text, art)
    assert art.quotes == []
    assert [b.kind for b in art.blocks] == ["body", "body", "body"]


PARAGRAPH = ("“The harbour will stay open through the winter,” said Jane Roe, the port director. "
             "The ferries will run twice a day, the council said.\n")
BIG_MB = float(os.environ.get("QUOTEGRAPH_TEST_BIG_MB", "1"))


def test_very_long_article_completes(nlp):
    """A long article (1 MB by default; QUOTEGRAPH_TEST_BIG_MB=5 for the full 5 MB, ~4 min) is
    extracted in one piece, with one quote pair per paragraph and correct offsets at the end.

    Slow-ish: about 50 s per MB on two cores, nearly all of it spaCy parsing.
    """
    count = int(BIG_MB * 1_000_000 // len(PARAGRAPH.encode("utf-8")))
    text = PARAGRAPH * count
    started = time.monotonic()
    art = quotegraph.extract(text, nlp=nlp)
    elapsed = time.monotonic() - started
    assert len(art.blocks) == count
    assert len(art.quotes) == 2 * count
    last = art.quotes[-1]
    assert last.content == text[last.start:last.end]
    assert last.start > len(text) - len(PARAGRAPH)
    assert [q.speaker for q in art.quotes[-2:]] == ["Jane Roe", "the council"]
    # generous guard against super-linear behaviour (measured ~50 s per MB on two cores)
    assert elapsed < 240 * BIG_MB, elapsed
