"""Statements reported by several outlets: normalising, grouping and comparing wordings."""
import doctest

import pytest
from hypothesis import given, strategies as st

from quotegraph import statements
from quotegraph.statements import (diff_words, find_group, group_statements, normalise_quote,
                                   wording_differs)

# One invented statement, as different outlets might carry it.
FULL = ("We will not allow anyone to dictate the terms of our security, and we will respond "
        "to any provocation.")


# --- normalise_quote -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("“We will win,” he said.", "we will win he said"),
    ("  We   WILL\nwin!!! ", "we will win"),
    ("«Nous gagnerons»", "nous gagnerons"),
    ("„Wir werden gewinnen“", "wir werden gewinnen"),
    ("It’s over — it's done.", "its over its done"),
    ("Growth of 3.5% in 2024, or 1,000 jobs", "growth of 3.5 in 2024 or 1,000 jobs"),
    ("a well-known fact", "a well known fact"),
    ("Ça ne change rien", "ça ne change rien"),
    ("", ""),
    ("…", ""),
])
def test_normalise_quote(text, expected):
    assert normalise_quote(text) == expected


def test_normalise_keeps_numbers_apart():
    assert normalise_quote("3.5 percent") != normalise_quote("35 percent")


@given(st.text())
def test_normalise_is_idempotent(text):
    assert normalise_quote(normalise_quote(text)) == normalise_quote(text)


# --- find_group ------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", [
    FULL,
    "we will not allow anyone to dictate the terms of our security and we will respond to any "
    "provocation",                                                      # re-punctuated, lower-case
    "“We will not allow anyone to dictate the terms of our security.”",  # trimmed at the end
    "We will respond to any provocation",                               # a six-word excerpt
    "We will not let anyone dictate the terms of our security, and we will respond to any "
    "provocation.",                                                     # translated differently
    "We will not allow anybody to dictate the terms of our security and we shall respond to "
    "every provocation",                                                # three words changed
])
def test_groups_near_duplicates(variant):
    other = (2, "Talks with Washington will resume in Geneva next week.")
    assert find_group(variant, "peskov", [other, (1, FULL)]) == 1


@pytest.mark.parametrize("different", [
    "Talks with Washington will resume in Geneva next week.",
    "Nobody will be allowed to dictate to us the terms of our own security.",  # a loose paraphrase
    "Our troops will leave the region once the job is done.",
    "The terms of our security",                       # too short an excerpt
    "We will respond",
])
def test_different_statements_are_not_grouped(different):
    assert find_group(different, "peskov", [(1, FULL)]) is None


@pytest.mark.parametrize("a, b, same", [
    # ratio 88: one word swapped in a long sentence is still the same statement
    ("I have nothing to add to what the president has said on this matter.",
     "I have nothing to add to what the minister said on this matter.", True),
    # ratio 84: a whole clause reversed is another statement
    ("Our troops will stay in the region until the job is done.",
     "Our troops will leave the region once the job is done.", False),
    # partial ratio 91: an excerpt with one word translated differently
    (FULL, "We will respond to every provocation", True),
    # ratio 86 but only three words: too short to trust a fuzzy match
    ("We shall win", "We shall not win", False),
])
def test_thresholds(a, b, same):
    assert (find_group(b, "s", [(1, a)]) == 1) is same


def test_short_quotes_group_only_when_equal():
    groups = [(1, "No comment."), (2, "Absolutely not")]
    assert find_group("“No comment”", "s", groups) == 1
    assert find_group("absolutely NOT!", "s", groups) == 2
    assert find_group("No comments", "s", groups) is None
    assert find_group("Absolutely", "s", groups) is None
    assert find_group("We will win", "s", [(1, "We will win this war")]) is None


def test_the_most_similar_group_wins():
    groups = [(1, "The economy grew by 3 percent last year and will grow faster this year."),
              (2, "The economy grew by 3 percent last year and will grow faster next year.")]
    assert find_group("The economy grew by 3 percent last year, and will grow faster next year",
                      "s", groups) == 2


def test_no_group_without_a_speaker_or_candidates():
    assert find_group(FULL, None, [(1, FULL)]) is None
    assert find_group(FULL, "s", []) is None


def test_a_changed_word_still_groups_and_is_flagged():
    # The grouping cannot tell a misquote from a different statement; wording_differs shows it.
    a = "We will never recognise the annexation of Crimea by Russia."
    b = "We will never recognise the annexation of Donbas by Russia."
    assert find_group(b, "s", [(1, a)]) == 1
    assert diff_words(a, b) == [("Crimea", "Donbas")]


# --- group_statements ------------------------------------------------------------------------

def test_group_statements_blocks_by_speaker():
    items = [
        ("q1", "peskov", FULL),
        ("q2", "peskov", "We will respond to any provocation."),
        ("q3", "lavrov", FULL),
        ("q4", "peskov", "Talks with Washington will resume in Geneva next week."),
        ("q5", "lavrov", "we will not allow anyone to dictate the terms of our security"),
        ("q6", None, FULL),
        ("q7", None, FULL),
    ]
    assert group_statements(items) == {"q1": "q1", "q2": "q1", "q3": "q3", "q4": "q4",
                                       "q5": "q3", "q6": "q6", "q7": "q7"}


def test_group_statements_keeps_the_longest_wording_as_representative():
    excerpt = "We will respond to any provocation."
    items = [("q1", "s", excerpt), ("q2", "s", FULL),
             ("q3", "s", "We will not allow anyone to dictate the terms of our security.")]
    assert group_statements(items) == {"q1": "q1", "q2": "q1", "q3": "q1"}


def test_group_statements_of_nothing():
    assert group_statements([]) == {}


# --- wording_differs and diff_words ----------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    (FULL, FULL),
    (FULL, FULL.upper()),
    ("“We are ready to talk,” he said.", "We are ready to talk"),                # trimmed end
    (FULL, "we will respond to any provocation"),                               # trimmed start
    (FULL, "We will not allow anyone to dictate the terms of our security"),     # trimmed end
    ("It’s a well-known fact", "its a well known fact..."),                     # punctuation
    ("«Nous gagnerons»", "“Nous  gagnerons”"),
])
def test_trivial_differences(a, b):
    assert not wording_differs(a, b)
    assert diff_words(a, b) == []


@pytest.mark.parametrize("a, b, changes", [
    ("We are ready to talk.", "We are not ready to talk.", [("", "not")]),
    ("Growth was 3 percent last year.", "Growth was 5 percent last year.", [("3", "5")]),
    ("Growth was 3.5 percent.", "Growth was 35 percent.", [("3.5", "35")]),
    ("We will leave the region soon.", "We will stay in the region soon.",
     [("leave", "stay in")]),
    ("We will never, ever give up.", "We will never give up.", [("ever", "")]),
    ("Prices will fall and wages will rise.", "Prices will rise and wages will fall.",
     [("fall", "rise"), ("rise", "fall")]),
    ("Sanctions are working", "Sanctions are not working at all", [("", "not")]),
    ("Yes, we will.", "No, we will.", [("Yes", "No")]),  # a replaced word at the start is no trim
])
def test_material_differences(a, b, changes):
    assert wording_differs(a, b)
    assert diff_words(a, b) == changes


def test_diff_words_shows_words_as_written():
    assert diff_words("“The Kremlin DENIED it,” she said", "the Kremlin confirmed it") == [
        ("DENIED", "confirmed")]


words = st.lists(st.sampled_from(["we", "will", "not", "win", "the", "war", "3", "5", "Peace"]),
                 max_size=12).map(" ".join)


@given(st.text())
def test_a_wording_never_differs_from_itself(text):
    assert not wording_differs(text, text)


@given(words, words)
def test_wording_differs_is_symmetric(a, b):
    assert wording_differs(a, b) == wording_differs(b, a)
    assert [(new, old) for old, new in diff_words(a, b)] == diff_words(b, a)


@given(words, words, words)
def test_quoting_more_or_less_of_a_statement_is_trivial(before, middle, after):
    assert not wording_differs(middle, f"{before} {middle} {after}")


@given(st.text(), st.text())
def test_find_group_never_raises(a, b):
    assert find_group(a, "s", [(1, b)]) in (1, None)


def test_docstring_examples_hold():
    assert doctest.testmod(statements).failed == 0
