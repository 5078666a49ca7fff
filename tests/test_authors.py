"""Who wrote an article, from noisy author metadata and bylines, and who "I" is in its text."""
import json

import pytest

from quotegraph.authors import byline_authors, clean_authors, sole_author
from quotegraph.extraction import extract
from quotegraph.models import Article
from quotegraph.readers import ReadError
from quotegraph.readers.jsonl import article_from_record


@pytest.mark.parametrize("raw, outlet, expected", [
    ("Orla Vance", None, "Orla Vance"),
    ("Kestrel Media; Orla Vance", None, "Orla Vance"),               # the publisher goes
    ("Orla Vance; Ap Harbour Writer", None, "Orla Vance"),            # so does the agency's role
    ("Orla Vance is a reporter", None, "Orla Vance"),
    ("Orla Vance News reporter", None, "Orla Vance"),
    ("Orla Vance Monday; November", None, "Orla Vance"),             # the date around the name
    ("ORLA VANCE", None, "Orla Vance"),
    ("Orla Vance.", None, "Orla Vance"),
    ("Orla Vance Jr.", None, "Orla Vance Jr."),                      # a suffix keeps its dot
    ("Orla Vance; Tam Rudd", None, "Orla Vance; Tam Rudd"),
    ("Orla Vance and Tam Rudd", None, "Orla Vance; Tam Rudd"),
    ("Orla Vance; Orla B Vance", None, "Orla B Vance"),               # one person twice
    ("Orla Vance; MS; RDN", None, "Orla Vance"),                      # credentials
    ("Westport Ledger Staff", None, None),
    ("Westport Post", None, None),
    ("Reuters", None, None),
    ("Admin", None, None),
    ("Orla", None, None),                                             # a first name alone names no one
    ("The Morning Brief", None, None),
    ("Westport Ledger", "Westport Ledger", None),                     # the site's own name
    ("", None, None),
    (None, None, None),
])
def test_clean_authors_keeps_people_only(raw, outlet, expected):
    assert clean_authors(raw, outlet) == expected


def test_bylines_and_the_sole_author():
    assert byline_authors("By Orla Vance and Tam Rudd, Westport Ledger") == "Orla Vance; Tam Rudd"
    assert byline_authors("By Orla Vance, Tam Rudd and Ada Holm") == "Orla Vance; Tam Rudd; Ada Holm"
    assert byline_authors("BYLINE: Orla Vance.") == "Orla Vance"
    assert byline_authors("Orla Vance") is None
    assert sole_author("Orla Vance") == "Orla Vance"
    assert sole_author("Orla Vance; Tam Rudd") is None
    assert sole_author("Westport Ledger Staff") is None
    assert sole_author(None) is None


@pytest.mark.parametrize("value, expected", [
    ("Orla Vance", "Orla Vance"),
    (["Orla Vance", "Tam Rudd"], "Orla Vance; Tam Rudd"),
    ({"@type": "Person", "name": "Orla Vance"}, "Orla Vance"),
    ([{"name": "Orla Vance"}, {"name": " "}], "Orla Vance"),
    (None, None),
])
def test_jsonl_author_field(value, expected):
    article = article_from_record({"id": "a", "text": "Words.", "author": value}, default_id="x")
    assert article.author == expected


def test_jsonl_author_of_another_type_is_an_error_naming_the_field():
    with pytest.raises(ReadError, match='field "author" must be a name'):
        article_from_record({"id": "a", "text": "Words.", "author": 7}, default_id="x")


def test_author_round_trips_through_the_json_contract():
    article = Article(id="a", text="Words.", author="Orla Vance")
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))).author == "Orla Vance"


COLUMN = (
    "Why the ferry matters\n"
    "I have taken the morning ferry for ten years. When the council asked riders for views, "
    "I told the hearing: “Cut the early boat and you cut the town in two.”\n"
    "Councillor Ines Marrow disagreed. “The early boat runs half empty,” she said.\n"
    "I think the council should wait for the summer figures.\n"
)


def speakers(text, author=None):
    return [(q.kind, q.speaker, q.content) for q in extract(Article(id="c", text=text, author=author)).quotes]


def test_the_writers_i_is_the_articles_one_author():
    found = speakers(COLUMN, "Orla Vance")
    assert ("direct", "Orla Vance", "“Cut the early boat and you cut the town in two.”") in found
    assert ("indirect", "Orla Vance", "the council should wait for the summer figures") in found
    # "she" after the writer's quote is still the councillor, never the writer
    assert ("direct", "Ines Marrow", "“The early boat runs half empty,”") in found


def test_without_one_author_the_writer_stays_unnamed():
    for author in (None, "Orla Vance; Tam Rudd", "Westport Ledger Staff"):
        found = speakers(COLUMN, author)
        assert ("direct", None, "“Cut the early boat and you cut the town in two.”") in found


def test_a_byline_in_the_text_names_the_author():
    article = extract(Article(id="c", text="By Orla Vance\n" + COLUMN))
    assert article.author == "Orla Vance"
    assert "Orla Vance" in {q.speaker for q in article.quotes}


def test_letters_to_a_columnist_are_not_the_columnists_words():
    letter = ("DEAR MARGO: I told my brother, “You can stay one more week,” and he is still here.\n"
              "DEAR SISTER: Tell him the week is over.\n")
    found = speakers(letter, "Margo Fenn")
    assert all(speaker != "Margo Fenn" for _, speaker, _ in found), found


def test_an_embedded_post_is_its_signers_word_for_word():
    text = ("Riders were quick to react online.\n"
            "I think the early boat is the only way I get to work on time.\n"
            "— Pia Lund (@pialund) March 3, 2024\n"
            "The council meets again on Friday.\n")
    assert speakers(text, "Orla Vance") == [
        ("direct", "Pia Lund", "I think the early boat is the only way I get to work on time.")]


def test_the_i_of_an_embedded_posts_earlier_lines_is_its_signer():
    text = ("Riders were quick to react online.\n"
            "I think the early boat is the only way I get to work on time.\n"
            "Please keep it.\n"
            "— Pia Lund (@pialund) March 3, 2024\n")
    assert speakers(text, "Orla Vance") == [
        ("indirect", "Pia Lund", "the early boat is the only way I get to work on time"),
        ("direct", "Pia Lund", "Please keep it.")]


def test_a_quote_that_addresses_the_writer_is_not_the_writers():
    text = ("I have written about the ferry all year, and I said the council would listen.\n"
            "“Orla, why do you still care about a boat?”\n"
            "Because the town depends on it.\n")
    found = dict((content, speaker) for _, speaker, content in speakers(text, "Orla Vance"))
    assert found["“Orla, why do you still care about a boat?”"] is None
