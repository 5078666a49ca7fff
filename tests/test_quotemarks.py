"""The quotation-mark scanner (no model): which stretches of a paragraph are quoted.

Every example sentence here is invented for the test.
"""
from __future__ import annotations

import doctest

import pytest

from quotegraph.nlp import quotemarks
from quotegraph.nlp.quotemarks import find_quotes, single_marked


def spans(text, start=0, end=None, single=False):
    """(quoted text, closed?, primary?) for each span, so failures show the words, not offsets."""
    return [(text[q.start:q.end], q.closed, q.primary) for q in find_quotes(text, start, end, single)]


@pytest.mark.parametrize("text, quoted", [
    ("The mayor said “we are ready” on Monday.", "“we are ready”"),
    ('The mayor said "we are ready" on Monday.', '"we are ready"'),
    ("Le maire a dit «nous sommes prêts» lundi.", "«nous sommes prêts»"),
    ("Der Bürgermeister sagte „wir sind bereit“ am Montag.", "„wir sind bereit“"),
])
def test_double_marks_of_every_style(text, quoted):
    assert spans(text) == [(quoted, True, True)]


@pytest.mark.parametrize("text, quoted", [
    ("The mayor called it ‘a fair deal’ on Monday.", "‘a fair deal’"),
    ("The mayor called it 'a fair deal' on Monday.", "'a fair deal'"),
])
def test_single_marks_outside_double_quotes(text, quoted):
    assert spans(text) == [(quoted, True, False)]


@pytest.mark.parametrize("text", [
    "The farmers don’t expect rain before the Americans’ harvest festival.",
    "The farmers don't expect rain before the Americans' harvest festival.",
    "It’s the workers’ canteen, and the ’90s furniture is still there.",
    "The union's chief said nothing about the drivers' pay.",
])
def test_apostrophes_are_not_quotation_marks(text):
    assert find_quotes(text) == []


def test_apostrophes_inside_a_real_quote_do_not_cut_it():
    text = "“We don’t sell the workers’ homes,” the mayor said."
    assert spans(text) == [("“We don’t sell the workers’ homes,”", True, True)]


def test_unclosed_quote_is_closed_at_the_paragraph_end():
    text = "The mayor said “we will not sell the harbour to anyone   "
    (q,) = find_quotes(text)
    assert not q.closed and q.primary
    assert text[q.start:q.end] == "“we will not sell the harbour to anyone"  # trailing blanks left out
    assert q.inner == (q.start + 1, q.end)


def test_unclosed_quote_stops_at_the_given_paragraph_end_not_the_text_end():
    text = "She said “the vote is lost\n“A new paragraph,” he replied."
    para_end = text.index("\n")
    (q,) = find_quotes(text, 0, para_end)
    assert (q.start, q.end, q.closed) == (9, para_end, False)
    # the next paragraph scanned on its own finds its own closed quote
    second = find_quotes(text, para_end + 1)
    assert [(text[s.start:s.end], s.closed) for s in second] == [("“A new paragraph,”", True)]


def test_a_new_opening_mark_closes_an_unclosed_quote():
    text = "“The port stays open and “the ships keep coming,” the director said."
    assert spans(text) == [("“The port stays open and", False, True),
                           ("“the ships keep coming,”", True, True)]
    text = "“The port stays open and “the ships keep coming,” she said, “all winter.”"
    assert spans(text)[0] == ("“The port stays open and", False, True)


def test_a_quote_nested_in_the_same_marks_is_part_of_the_outer_one():
    text = "“I would sooner sail in what he calls “a bathtub” than wait a week,” Ida Brekke said."
    assert spans(text) == [("“I would sooner sail in what he calls “a bathtub” than wait a week,”", True, True)]
    # a straight mark around curly ones is an archive's wrapping, not a nesting
    text = '"“We sail at dawn,” she said before adding that the ferry would wait."'
    assert ("“We sail at dawn,”", True, True) in spans(text)


@pytest.mark.parametrize("text, quoted", [
    ("“Not before the spring,“ the harbour master said.", "“Not before the spring,“"),
    ("She answered: “Never.“", "“Never.“"),
])
def test_an_opening_mark_typed_for_a_closing_one_closes(text, quoted):
    assert spans(text) == [(quoted, True, True)]


def test_a_single_opening_mark_typed_for_a_closing_one_closes():
    text = "The mural – entitled ‘Tide after Tide‘ and painted for the ‘Harbour’ festival – opens today."
    assert [s[0] for s in spans(text)] == ["‘Tide after Tide‘", "‘Harbour’"]


def test_a_single_mark_inside_a_word_opens_nothing():
    assert [s[0] for s in spans("She loves rock‘n’roll and the ‘core four’.")] == ["‘core four’"]


def test_offsets_are_absolute_when_scanning_part_of_a_text():
    text = "Intro line.\nThe clerk said “no” twice."
    start = text.index("The")
    (q,) = find_quotes(text, start)
    assert text[q.start:q.end] == "“no”"
    assert q.inner == (q.start + 1, q.end - 1)


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = "“The plan he called ‘madness’ is now law,” the senator said."
    assert spans(text) == [("“The plan he called ‘madness’ is now law,”", True, True)]


def test_nested_straight_single_quotes_stay_inside_the_double_quote():
    text = "“The plan he called 'madness' is now law,” the senator said."
    assert spans(text) == [("“The plan he called 'madness' is now law,”", True, True)]


def test_paragraph_starting_with_a_closing_mark_is_an_opening():
    text = "”We are ready for the storm,” the harbour master said."
    assert spans(text) == [("”We are ready for the storm,”", True, True)]


def test_closing_mark_mid_sentence_does_not_open_a_quote():
    text = "He shrugged” and walked away."
    assert find_quotes(text) == []


def test_several_quotes_in_order():
    text = "“One,” she said, “two,” and then “three.”"
    assert [s[0] for s in spans(text)] == ["“One,”", "“two,”", "“three.”"]


def test_module_doctests():
    result = doctest.testmod(quotemarks, verbose=False)
    assert result.attempted >= 1
    assert result.failed == 0


BRITISH = ("The dock strike is over.\n\n"
           "'This is a fair deal and our members have earned it,' said Moira Quayle.\n\n"
           "'Nobody wanted this to drag on,' she said. The operator called it \"a reset\".")


def test_an_article_that_quotes_with_single_marks_is_told_apart():
    assert single_marked(BRITISH)
    assert not single_marked("“We are ready,” the mayor said of the ‘fair deal’ and the ‘new dock’.")
    assert not single_marked("The farmers don't expect rain before the Americans' harvest festival.")


@pytest.mark.parametrize("text, expected", [
    ("'Nobody wanted this to drag on,' she said of the \"reset\".",
     [("'Nobody wanted this to drag on,'", True, True), ('"reset"', True, False)]),
    ("‘We said “never” and we meant it,’ she said.", [("‘We said “never” and we meant it,’", True, True)]),
    ("''We are ready,'' the mayor said.", [("''We are ready,''", True, True)]),  # '' typeset for a double mark
    # a single mark inside '' ... '' closes a nested quote, not the outer one
    ("''We call it the 'dock deal' now,'' the mayor said.",
     [("''We call it the 'dock deal' now,''", True, True)]),
    ("''It was 'Harbour Nights,' '' she said. ''Then 'Low Tide.'''",
     [("''It was 'Harbour Nights,' ''", True, True), ("''Then 'Low Tide.'''", True, True)]),
    ("'We will be back in May, and we will not leave",
     [("'We will be back in May, and we will not leave", False, True)]),  # runs on to the next paragraph
    ("The drivers' pay and the workers' canteen", []),
])
def test_single_marks_are_the_quotation_marks_of_a_single_marked_article(text, expected):
    assert spans(text, single=True) == expected


@pytest.mark.parametrize("text, inner", [
    ("''We are ready,'' the mayor said.", "We are ready,"),
    ("''We call it the 'dock deal' now,'' she said.", "We call it the 'dock deal' now,"),
    ("'We are ready,' the mayor said.", "We are ready,"),
    ("''We will be back in May", "We will be back in May"),
])
def test_the_words_of_a_quote_leave_out_both_marks_typed_for_one(text, inner):
    q = find_quotes(text, single=True)[0]
    assert text[slice(*q.inner)] == inner


def test_a_plurals_apostrophe_inside_a_single_marked_quote_does_not_close_it():
    text = "'We have had the Guides' jumble sale, the bowls club's quiz night, a swim, everything,' said Mrs Hale."
    assert [text[q.start:q.end] for q in find_quotes(text, single=True)] == [text[:text.index(" said")]]
    # with nothing after it that closes better, the mark closes as before
    text = "He called it the 'workers' rights' plan."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["'workers'"]


@pytest.mark.parametrize("text, quoted", [
    # Spanish: the closing dash runs into the narrator's words
    ("—The budget is pure fiction. It will not last —has sentenced Vidal.",
     ["—The budget is pure fiction. It will not last —"]),
    # Russian and Ukrainian, as machine translation keeps them: punctuation before the dash; the
    # speech goes on after the narrator's sentence
    ("- We will rebuild the school, - said Koval. - The money is there.",
     ["- We will rebuild the school, -", "- The money is there."]),
    ("— We will rebuild the school, — Koval said.", ["— We will rebuild the school, —"]),
    # Polish: a spaced dash before the narrator's sentence, which has no dash of its own
    ("- The situation is under control - said on Saturday the voivode Tadeusz Wierzbicki.",
     ["- The situation is under control -"]),
    # marks inside a line of dialogue are part of it; those in the narrator's words quote on their own
    ("—It is «smoke and mirrors», nothing more —has said Vidal.", ["—It is «smoke and mirrors», nothing more —"]),
    ("—It is fiction —has said Vidal, who called the plan «a mirage».", ["—It is fiction —", "«a mirage»"]),
])
def test_a_paragraph_of_dialogue_quotes_what_its_dashes_set_off(text, quoted):
    assert [text[q.start:q.end] for q in find_quotes(text) if q.primary] == quoted


@pytest.mark.parametrize("text", [
    "- The plan – expected to cost 2m – was approved on Monday.",  # a list's item with an aside
    "— Reporting by Jane Roe; editing by Tom Lind",
    "- Item one - item two - item three",
    "- Assess what you are starting with — a list of your current assets.",  # the dash explains
    "— The ferry will run on Sundays from May.",
])
def test_a_paragraph_opening_on_a_dash_is_no_dialogue_without_a_dash_before_the_narrator(text):
    assert find_quotes(text) == []
