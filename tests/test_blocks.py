"""Block classification (no model): body paragraphs vs captions, credits, headings, bylines.

Every example line here is invented for the test.
"""
from __future__ import annotations

import pytest

from quotegraph.nlp.blocks import classify_blocks, split_blocks

BODY = "The council approved the harbour lease on Tuesday after a long and angry debate."
BODY2 = "Dock workers said they would decide on Thursday whether to walk out."
CAPTION = "Dock workers gather outside the port authority in Valdmark on Monday morning."


def kinds(text, title=None):
    return [b.kind for b in classify_blocks(text, title)]


def lines_of(text, title=None):
    return [(b.kind, text[b.start:b.end]) for b in classify_blocks(text, title)]


@pytest.mark.parametrize("credit", [
    "Ines Haldor | Northwind Press | Getty Images",
    "Ines Haldor | AFP | Getty Images",
    "(AP Photo/Ines Haldor)",
    "Ines Haldor/Reuters",
])
def test_credit_lines(credit):
    text = "\n".join([BODY, CAPTION, credit, BODY2])
    assert kinds(text) == ["body", "caption", "credit", "body"]


@pytest.mark.parametrize("credit", ["Photo: Ines Haldor/Northwind Press", "Photo: Ines Haldor/Reuters"])
def test_photo_colon_credit_lines(credit):
    text = "\n".join([BODY, CAPTION, credit, BODY2])
    assert kinds(text) == ["body", "caption", "credit", "body"]


def test_caption_after_the_credit_when_none_before():
    text = "\n".join(["Ines Haldor | Northwind Press | Getty Images", CAPTION, BODY])
    assert kinds(text) == ["credit", "caption", "body"]


def test_only_one_neighbour_of_a_credit_becomes_a_caption():
    text = "\n".join([BODY, CAPTION, "Ines Haldor | AFP | Getty Images", BODY2])
    assert kinds(text).count("caption") == 1


def test_a_quoting_paragraph_next_to_a_credit_stays_body():
    quoting = "“We will not sell the harbour,” the mayor said after the vote on Tuesday."
    text = "\n".join([BODY, quoting, "Ines Haldor | AFP | Getty Images", CAPTION, BODY2])
    # the quoting line stays body; the credit's caption is then looked for after it
    assert kinds(text) == ["body", "body", "credit", "caption", "body"]


@pytest.mark.parametrize("line", [
    "Tomas Rheinvald (left) talks with the mayor after the council vote in Valdmark.",
    "The mayor (right) walks along the quay with dock workers on Monday morning.",
    # a caption that ends in its own credit
    "The mayor walks along the quay on Monday morning. Photo: Ines Haldor / Northwind Press",
    "The mayor speaks at the port authority on May 2, 2024. I. M. Haldor / AP file",
    "Dock workers gather outside the port authority in Valdmark on Monday morning. Ines Haldor/Reuters",
])
def test_a_caption_marker_or_its_own_credit_makes_a_caption(line):
    assert kinds("\n".join([BODY, line, BODY2])) == ["body", "caption", "body"]


def test_position_marker_in_a_quoting_line_is_not_a_caption():
    line = "“We are ready,” said Tomas Rheinvald (left), the council member, on Monday."
    assert kinds("\n".join([BODY, line])) == ["body", "body"]


@pytest.mark.parametrize("line", ["Talks at a standstill", "What the lease means for workers",
                                  "The Vote"])
def test_short_subheadings(line):
    assert kinds("\n".join([BODY, line, BODY2])) == ["body", "heading", "body"]


def test_long_title_line_is_a_heading_when_it_equals_the_title():
    title = "The council approved the harbour lease on Tuesday after a long debate."
    text = "\n".join([title, BODY2])
    assert kinds(text) == ["body", "body"]  # without the title, a sentence is body ...
    assert kinds(text, title=title) == ["heading", "body"]  # ... with it, the first line is the title


def test_title_match_only_applies_to_the_first_line():
    title = "The council approved the harbour lease on Tuesday after a long debate."
    text = "\n".join([BODY2, title])
    assert kinds(text, title=title) == ["body", "body"]


@pytest.mark.parametrize("line", ["By Jane Roe", "By Jane Roe and Tom Welk",
                                  "By Sigrid Alm, harbour correspondent", "BYLINE: Jane Roe.",
                                  "By Sigrid Alm | Harbour Correspondent"])
def test_bylines(line):
    assert kinds("\n".join(["Harbour deal splits council", line, BODY])) == ["heading", "byline", "body"]


def test_a_byline_with_a_bar_is_no_photo_credit_and_the_lede_after_it_is_body():
    # read as a credit ("Name | Agency"), it would make the story's first paragraph its caption
    text = "\n\n".join(["Harbour deal splits council", "By Sigrid Alm | Harbour Correspondent",
                         "PORTVIK, May 2 - The harbour lease passed by one vote, after the dockers' leader "
                         "suggested the council had been misled.", BODY])
    assert kinds(text) == ["heading", "byline", "body", "body"]


@pytest.mark.parametrize("line", [
    BODY,
    BODY2,
    "“We waited two years for a better offer,” the mayor said.",
    "Analysts said a strike would halt most freight through the port.",
    "By the end of the week, the union expects an answer from the council about the lease.",
    "Photos of the empty quay spread quickly on social media after the vote on Tuesday.",
    "The union wrote to the council. Its answer came in the form of a reply to the AP.",
])
def test_body_paragraphs_stay_body(line):
    assert kinds("\n".join([BODY, line])) == ["body", "body"]


def test_offsets_slice_back_to_the_lines():
    lines = ["Harbour deal splits council", "By Jane Roe", CAPTION,
             "Ines Haldor | AFP | Getty Images", BODY, "Talks at a standstill", BODY2]
    text = "\n".join(lines)
    blocks = classify_blocks(text)
    assert [text[b.start:b.end] for b in blocks] == lines
    assert [b.kind for b in blocks] == ["heading", "byline", "caption", "credit", "body",
                                        "heading", "body"]


def test_blank_lines_indentation_and_crlf():
    text = f"\r\n\r\n  {BODY}  \r\n\r\n\t\r\n{BODY2}\r\n   \r\n"
    blocks = classify_blocks(text)
    assert [text[b.start:b.end] for b in blocks] == [BODY, BODY2]
    assert [b.kind for b in blocks] == ["body", "body"]
    assert all(not text[b.start].isspace() and not text[b.end - 1].isspace() for b in blocks)


def test_blocks_are_ordered_and_disjoint():
    text = "\n\n".join([BODY, CAPTION, "Ines Haldor | AFP | Getty Images", BODY2])
    blocks = classify_blocks(text)
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))


@pytest.mark.parametrize("text", ["", "\n", "   \n\t\n", "\r\n\r\n"])
def test_empty_and_blank_texts_have_no_blocks(text):
    assert classify_blocks(text) == []
    assert split_blocks(text) == []


def test_an_overlong_line_is_cut_at_sentence_ends():
    from quotegraph.nlp.blocks import MAX_BLOCK

    sentence = "The ferry left the harbour at dawn and the crew waved to the families. "
    text = sentence * (3 * MAX_BLOCK // len(sentence))
    blocks = classify_blocks(text)
    assert len(blocks) >= 3
    assert all(b.end - b.start <= MAX_BLOCK for b in blocks)
    assert all(text[b.start:b.end].endswith("families.") for b in blocks)
    assert "".join(text[b.start:b.end] + " " for b in blocks) == text


@pytest.mark.parametrize("line, kind", [
    ("9:05 a.m. — Power company says 41,000 homes still dark", "heading"),
    ("14:30 GMT - Talks resume", "heading"),
    ("6:05 p.m.", "heading"),
    ("9:05 a.m. — The mayor said the roads would stay closed until noon.", "body"),
    ("3:10 a.m. Police said two men were arrested near the port", "body"),
])
def test_a_live_reports_time_stamped_headings(line, kind):
    text = f"Storm live\n{line}\nThe council met again on Friday and agreed to reopen the bridge."
    assert kinds(text)[1] == kind


def test_the_caption_after_a_credit_when_only_it_lacks_a_sentences_full_stop():
    # the line before is a sentence of the story; the line after reads as a caption
    before = "According to her, the ministry has already handed a note of protest to the envoy."
    after = "The ministry's spokeswoman Anna Korvin during the weekly briefing in Dravinsk, March 14"
    text = "\n".join([BODY, before, "Photo: Ines Haldor / Polar Press", after, BODY2])
    assert kinds(text) == ["body", "body", "credit", "caption", "body"]


def test_the_lede_after_the_top_photos_credit_is_the_story_not_its_caption():
    # a credit under the headline with no caption: the line after it reports what someone said
    lede = ("Ferry crossings to Valdmark will stay suspended until Friday, since two of the three "
            "vessels are under repair. About this stated the head of the port authority Ilse Marrow.")
    text = "\n\n".join(["Ferries stay in port until Friday", "14 March, 09:12 | Coastal News",
                         "Photo: press service of the port authority", lede, BODY])
    assert kinds(text) == ["heading", "credit", "credit", "body", "body"]


def test_the_caption_the_layout_binds_to_its_credit_may_quote_a_sign():
    # the caption sits on the line just above its credit, a blank line parts the story's next
    # paragraph from it; the words on a sign are no one speaking
    caption = "Residents hold signs reading \"Save the ferry\" outside the town hall in Valdmark on Monday."
    after = "Not every resident opposed the plan. Ines Varga said she worried about the cost."
    text = f"{BODY}\n\n{caption}\nPhoto: Ines Haldor / Polar Press\n\n{after}\n\n{BODY2}"
    assert kinds(text) == ["body", "caption", "credit", "body", "body"]


def test_a_short_caption_ending_in_its_own_picture_credit_is_no_heading():
    line = "Residents protest outside the town hall on Monday evening. Picture: Ines Haldor"
    assert kinds("\n".join([BODY, line, BODY2])) == ["body", "caption", "body"]


@pytest.mark.parametrize("first", [
    "Ministry calls closure of ferry line an \u201cunfriendly step\u201d",
    "\u201cI am not here to be liked\u201d: the mayor on the harbour levy, one year in",
    "Rainwater tanks in the valleys hold more lead than anyone thought, new study finds",
])
def test_a_first_line_set_off_by_a_blank_line_is_the_headline(first):
    assert kinds(f"{first}\n\n{BODY}\n\n{BODY2}") == ["heading", "body", "body"]


def test_a_first_line_that_ends_a_sentence_or_runs_on_is_body():
    assert kinds(f"{BODY}\n\n{BODY2}") == ["body", "body"]
    assert kinds(f"Talks with the union went on late\n{BODY2}")[0] == "heading"  # a short heading anyway
    assert kinds(f"\u201cWe will not sell the harbour,\u201d the mayor said\n{BODY2}") == ["body", "body"]
