"""Speaker names across a corpus: parsing raw strings and matching them to stored speakers."""
import doctest

import pytest
from hypothesis import given, strategies as st

from quotegraph import speakers
from quotegraph.speakers import (KnownSpeaker, SpeakerName, display_name, match_speaker,
                                 merge_titles, parse_speaker)


def known(id, raw, kind="person", co_mentions=()):
    return KnownSpeaker.from_parsed(id, parse_speaker(raw), kind, co_mentions)


# --- parse_speaker ---------------------------------------------------------------------------

@pytest.mark.parametrize("raw, name, first, last, titles", [
    ("Dmitry Peskov", "Dmitry Peskov", "Dmitry", "Peskov", []),
    ("Peskov (Kremlin spokesman)", "Peskov", None, "Peskov", ["Kremlin spokesman"]),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Dmitry", "Peskov", ["Kremlin spokesman"]),
    ("the Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Dmitry", "Peskov",
     ["Kremlin spokesman"]),
    ("Dmitry Peskov, Kremlin spokesman", "Dmitry Peskov", "Dmitry", "Peskov",
     ["Kremlin spokesman"]),
    ("Kremlin spokesman, Dmitry Peskov", "Dmitry Peskov", "Dmitry", "Peskov",
     ["Kremlin spokesman"]),
    ("Mr. Peskov", "Peskov", None, "Peskov", ["Mr."]),
    ("Sen. Elizabeth Warren", "Elizabeth Warren", "Elizabeth", "Warren", ["Sen."]),
    ("President Joe Biden", "Joe Biden", "Joe", "Biden", ["President"]),
    ("Prime Minister Keir Starmer", "Keir Starmer", "Keir", "Starmer", ["Prime Minister"]),
    ("Foreign Minister Sergei Lavrov", "Sergei Lavrov", "Sergei", "Lavrov", ["Foreign Minister"]),
    ("Secretary of State Antony Blinken", "Antony Blinken", "Antony", "Blinken",
     ["Secretary of State"]),
    ("Dr. Jane Goodall, a primatologist", "Jane Goodall", "Jane", "Goodall",
     ["Dr.", "primatologist"]),
    ("Martin Luther King", "Martin Luther King", "Martin", "King", []),
    ("Martin Luther King, Jr.", "Martin Luther King Jr.", "Martin", "King", []),
    ("Donald Trump Jr.", "Donald Trump Jr.", "Donald", "Trump", []),
    ("King Charles III", "Charles III", None, "Charles", ["King"]),
    ("Ursula von der Leyen", "Ursula von der Leyen", "Ursula", "von der Leyen", []),
    ("von der Leyen", "von der Leyen", None, "von der Leyen", []),
    ("D. Peskov", "D. Peskov", "D.", "Peskov", []),
])
def test_parse_person(raw, name, first, last, titles):
    parsed = parse_speaker(raw)
    assert (parsed.name, parsed.first, parsed.last, parsed.titles) == (name, first, last, titles)


@pytest.mark.parametrize("raw", [
    "Peskov's", "Peskov’s", "“Peskov”", '"Peskov,"', "  Peskov \n", "— Peskov:", "'Peskov'",
    "Peskov.", "(Peskov)",
])
def test_parse_strips_possessive_punctuation_and_space(raw):
    assert parse_speaker(raw).name == "Peskov"


def test_parse_keeps_the_dot_of_suffixes_and_initials():
    assert parse_speaker("Robert F. Kennedy Jr.").name == "Robert F. Kennedy Jr."
    assert parse_speaker("Peskov D.").name == "Peskov D."


def test_parse_adds_the_extractor_title():
    assert parse_speaker("Peskov (Kremlin spokesman)", "Kremlin spokesman").titles == [
        "Kremlin spokesman"]
    assert parse_speaker("Peskov", "spokesman").titles == ["spokesman"]


@pytest.mark.parametrize("raw, key", [
    ("the Kremlin", "kremlin"),
    ("The Kremlin's", "kremlin"),
    ("analysts", "analysts"),
    ("senior Russian officials", "senior russian officials"),
    ("Russian  officials", "russian officials"),
    ("the White House", "white house"),
    ("The Ministry of Defence", "ministry of defence"),
    ("U.S. officials", "us officials"),
])
def test_parse_organisations_and_groups(raw, key):
    parsed = parse_speaker(raw)
    assert (parsed.key, parsed.first, parsed.last) == (key, None, None)


def test_kind_forces_an_organisation():
    parsed = parse_speaker("Goldman Sachs", kind="organization")
    assert (parsed.name, parsed.key, parsed.last) == ("Goldman Sachs", "goldman sachs", None)
    assert parse_speaker("Goldman Sachs").key == "sachs"  # without the kind it looks like a person


@pytest.mark.parametrize("variants", [
    ["Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskyi", "Volodymyr Zelensky", "ZELENSKY"],
    ["Peskov", "Dmitry Peskov", "Kremlin spokesman Dmitri Peskov", "Peskov’s"],
    ["Erdoğan", "Erdogan", "Recep Tayyip Erdoğan"],
    ["Bashar al-Assad", "Assad", "al-Assad"],
    ["Ursula von der Leyen", "von der Leyen", "Leyen"],
    ["Navalny", "Navalnyy", "Alexei Navalny"],
    ["Donald Trump", "Donald Trump Jr.", "Mr. Trump"],
])
def test_spellings_of_one_surname_share_a_key(variants):
    assert len({parse_speaker(v).key for v in variants}) == 1


@pytest.mark.parametrize("a, b", [
    ("Peskov", "Lavrov"), ("Biden", "Bidet"), ("Navalny", "Naval"), ("Putin", "Путин"),
])
def test_different_surnames_keep_different_keys(a, b):
    assert parse_speaker(a).key != parse_speaker(b).key


def test_non_latin_names_are_kept():
    parsed = parse_speaker("Владимир Путин")
    assert (parsed.first, parsed.last, parsed.key) == ("Владимир", "Путин", "путин")
    assert parse_speaker("习近平").key == "习近平"


@given(st.text())
def test_parse_never_raises(raw):
    parsed = parse_speaker(raw)
    assert isinstance(parsed, SpeakerName)
    assert parsed.key == parse_speaker(raw).key


@given(st.text(), st.one_of(st.none(), st.text()), st.sampled_from([None, "person", "group"]))
def test_parse_never_raises_with_title_and_kind(raw, title, kind):
    parse_speaker(raw, title, kind)


# --- match_speaker ---------------------------------------------------------------------------

@pytest.mark.parametrize("stored, seen", [
    ("Dmitry Peskov", "Dmitry Peskov"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Dmitry Peskov", "Dmitriy Peskov"),
    ("Dmitry Peskov", "D. Peskov"),
    ("Dmitry Peskov", "Peskov"),
    ("Dmitry Peskov", "Mr. Peskov's"),
    ("Aleksandr Lukashenko", "Alexander Lukashenko"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Yuri Ushakov", "Yury Ushakov"),
    ("Yevgeny Prigozhin", "Evgeny Prigozhin"),
    ("Mohammed bin Salman", "Muhammad bin Salman"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("J.D. Vance", "James Vance"),
    ("Peskov", "Dmitry Peskov"),  # a stored bare surname takes the first full name seen
])
def test_same_person(stored, seen):
    person = known(1, stored)
    assert match_speaker(parse_speaker(seen), "person", [person]) is person


@pytest.mark.parametrize("stored, seen", [
    ("Hillary Clinton", "Bill Clinton"),
    ("Donald Trump", "Melania Trump"),
    ("Donald Trump", "Donald Trump Jr."),
    ("Alexander Stubb", "Alexandra Stubb"),
    ("Mario Rossi", "Maria Rossi"),
    ("Carl Bildt", "Carol Bildt"),
    ("Martin Schulz", "Marian Schulz"),  # similar (83) but below the strict threshold of 90
    ("Hassan Nasrallah", "Hussein Nasrallah"),
    ("Dmitry Peskov", "A. Peskov"),
])
def test_different_first_names_are_different_people(stored, seen):
    assert match_speaker(parse_speaker(seen), "person", [known(1, stored)]) is None


def test_a_person_never_matches_an_organisation():
    kremlin = known(1, "the Kremlin", "organization")
    reuters = known(2, "Reuters", "organization")
    assert match_speaker(parse_speaker("Kremlin"), "person", [kremlin]) is None
    assert match_speaker(parse_speaker("Reuters"), "person", [reuters]) is None
    assert match_speaker(parse_speaker("Reuters", kind="organization"), "organization",
                         [reuters]) is reuters
    assert match_speaker(parse_speaker("Tom Reuters"), None, [reuters]) is None


def test_organisations_and_groups_match_by_their_key():
    kremlin = known(1, "the Kremlin", "organization")
    assert match_speaker(parse_speaker("The Kremlin's"), "organization", [kremlin]) is kremlin
    assert match_speaker(parse_speaker("The Kremlin's"), None, [kremlin]) is kremlin
    officials = known(2, "senior Russian officials", "group")
    assert match_speaker(parse_speaker("senior Russian officials"), "group",
                         [kremlin, officials]) is officials


def test_bare_surname_shared_by_several_people_is_not_guessed():
    clintons = [known(1, "Bill Clinton"), known(2, "Hillary Clinton")]
    assert match_speaker(parse_speaker("Clinton"), "person", clintons) is None
    assert match_speaker(parse_speaker("Mr. Clinton"), "person", clintons) is None


def test_bare_surname_is_resolved_by_titles_or_co_mentions():
    bill = KnownSpeaker.from_parsed(1, parse_speaker("Bill Clinton", "former president"),
                                    "person", {"Al Gore", "Monica Lewinsky"})
    hillary = KnownSpeaker.from_parsed(2, parse_speaker("Hillary Clinton", "Secretary of State"),
                                       "person", {"Tim Kaine"})
    assert match_speaker(parse_speaker("Secretary Clinton"), "person", [bill, hillary]) is hillary
    assert match_speaker(parse_speaker("Clinton", "the president"), "person",
                         [bill, hillary]) is bill
    assert match_speaker(parse_speaker("Clinton"), "person", [bill, hillary], {"Gore"}) is bill
    assert match_speaker(parse_speaker("Clinton"), "person", [bill, hillary],
                         {"Senator Tim Kaine"}) is hillary
    assert match_speaker(parse_speaker("Clinton"), "person", [bill, hillary],
                         {"Gore", "Kaine"}) is None  # a tie: no guess


def test_closest_first_name_wins_over_a_bare_surname():
    bare = known(1, "Peskov")
    full = known(2, "Dmitry Peskov")
    assert match_speaker(parse_speaker("Dmitri Peskov"), "person", [bare, full]) is full
    assert match_speaker(parse_speaker("Dmitri Peskov"), "person", [full, bare]) is full


def test_a_title_conflict_does_not_split():
    senator = KnownSpeaker.from_parsed(1, parse_speaker("Senator Joe Biden"), "person")
    assert match_speaker(parse_speaker("President Joe Biden"), "person", [senator]) is senator


def test_candidates_with_another_key_never_match():
    assert match_speaker(parse_speaker("Dmitry Peskov"), "person", [known(1, "Dmitry Lavrov")]) \
        is None


def test_kind_is_inferred_when_missing():
    person = known(1, "Dmitry Peskov", kind=None)
    assert match_speaker(parse_speaker("Peskov"), None, [person]) is person
    assert match_speaker(parse_speaker("Peskov"), "organization", [person]) is None


NAMES = ["Dmitry Peskov", "Dmitri Peskov", "D. Peskov", "Peskov", "A. Peskov", "Anna Peskova",
         "Bill Clinton", "Hillary Clinton", "Clinton", "Donald Trump", "Donald Trump Jr.",
         "Alexander Stubb", "Alexandra Stubb", "Aleksandr Stubb", "Mohammed Ali", "Muhammad Ali",
         "the Kremlin", "Kremlin", "analysts", "Carl Bildt", "Carol Bildt", "Mario Rossi",
         "Maria Rossi", "Jean-Luc Mélenchon", "Jean-Luc Melenchon"]


@given(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from([None, "person"]))
def test_matching_two_names_is_symmetric(a, b, kind):
    forward = match_speaker(parse_speaker(a), kind, [known(1, b, kind)])
    backward = match_speaker(parse_speaker(b), kind, [known(1, a, kind)])
    assert (forward is None) == (backward is None)


@given(st.sampled_from(NAMES))
def test_every_name_matches_itself(name):
    assert match_speaker(parse_speaker(name), None, [known(1, name, None)]) is not None


# --- titles and display names ----------------------------------------------------------------

def test_merge_titles_dedupes_ignoring_case_space_and_dots():
    assert merge_titles(["Kremlin spokesman", "us envoy"],
                        ["kremlin  Spokesman", "U.S. envoy", "press secretary"]) == [
        "Kremlin spokesman", "U.S. envoy", "press secretary"]


def test_merge_titles_keeps_distinct_roles_and_order():
    assert merge_titles(["President"], ["Vice President", "president"]) == [
        "President", "Vice President"]
    assert merge_titles([], []) == []
    assert merge_titles(["  ", ""], ["Mr"]) == ["Mr"]


def test_merge_titles_prefers_accents_and_mixed_case():
    assert merge_titles(["premier ministre"], ["Premier Ministre"]) == ["Premier Ministre"]
    assert merge_titles(["KREMLIN SPOKESMAN"], ["Kremlin spokesman"]) == ["Kremlin spokesman"]
    assert merge_titles(["Ministre delegue"], ["ministre délégué"]) == ["ministre délégué"]


@pytest.mark.parametrize("current, candidate, expected", [
    ("Peskov", "Dmitry Peskov", "Dmitry Peskov"),
    ("Dmitry Peskov", "Peskov", "Dmitry Peskov"),
    ("D. Peskov", "Dmitry Peskov", "Dmitry Peskov"),
    ("Dmitry Peskov", "D. Peskov", "Dmitry Peskov"),
    ("Dmitry Peskov", "Dmitry S. Peskov", "Dmitry S. Peskov"),
    ("Dmitry Peskov", "Dmitri Peskov", "Dmitry Peskov"),  # a tie keeps the current name
])
def test_display_name_prefers_the_fullest_form(current, candidate, expected):
    assert display_name(current, candidate) == expected


def test_docstring_examples_hold():
    assert doctest.testmod(speakers).failed == 0
