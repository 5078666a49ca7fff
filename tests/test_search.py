"""Search: safe FTS query building, ranking, filters; on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotegraph.models import QUOTE_FIELDS
from quotegraph.search import SearchQuery, build_search, fts5_query, websearch_query


def contents(results):
    return [r["content"] for r in results]


# -- query building (no database) ---------------------------------------------------------------

def test_terms_keep_words_and_quoted_phrases_and_drop_syntax():
    query = SearchQuery('ferry "line  will" OR NEAR(x*) col:val \'; DROP --')
    assert query.terms == [("ferry",), ("line", "will"), ("OR",), ("NEAR",), ("x",), ("col",),
                           ("val",), ("DROP",)]
    assert fts5_query(query.terms) == '"ferry" "line will" "OR" "NEAR" "x" "col" "val" "DROP"'
    assert websearch_query(query.terms) == 'ferry "line will" OR NEAR x col val DROP'


def test_unbalanced_quote_is_just_words():
    assert SearchQuery('"ferry line').terms == [("ferry",), ("line",)]


def test_user_values_are_parameters_never_sql():
    query = SearchQuery("x", outlet="'; DROP TABLE quotes; --", since="2021-01-01",
                        until="2021-12-31", kind="direct")
    for dialect in ("sqlite", "postgresql"):
        sql, params = build_search(query, dialect, speaker_ids=[3])
        assert "DROP" not in sql
        assert params == ['"x"' if dialect == "sqlite" else "x", 3, "'; DROP TABLE quotes; --",
                          "2021-01-01", "2022-01-01", "direct", 20, 0]


@pytest.mark.parametrize("bad", [{"kind": "sarcastic"}, {"since": "last week"},
                                 {"until": "2021-13-01"}, {"limit": 0}])
def test_invalid_options_are_refused_with_a_reason(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        SearchQuery("x", **bad)


# -- against a store --------------------------------------------------------------------------

def test_results_are_ranked_and_carry_contract_and_article_fields(filled):
    results = filled.search(SearchQuery("ferry summer"))
    assert set(contents(results)) == {"The ferry line will open before summer",
                                      "The ferry line will not open before summer"}
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    top = results[0]
    assert set(QUOTE_FIELDS) | {"article_id", "outlet", "date", "title", "snippet", "score"} <= set(top)
    assert "[ferry]" in top["snippet"].lower()
    assert isinstance(top["mentions"], list)


def test_all_words_must_match_and_phrases_keep_order(filled):
    assert contents(filled.search(SearchQuery("ferry tickets"))) == []
    assert len(filled.search(SearchQuery('"ferry line"'))) == 2
    assert filled.search(SearchQuery('"line ferry"')) == []


@pytest.mark.parametrize("text", ['"', '""', "AND", "OR NOT", "NEAR(", "*", "ferry*", "col:val",
                                  "'; DROP TABLE quotes; --", "C++ &", "^ferry", "-ferry", "(", ")",
                                  "\\", "%", "?", "_"])
def test_operators_quotes_and_sql_are_plain_words(filled, text):
    filled.search(SearchQuery(text))  # never raises
    assert filled.stats()["quotes"] == 7


def test_sql_words_are_found_as_words(filled):
    assert contents(filled.search(SearchQuery("DROP TABLE quotes"))) == [
        "Our crews need rest; C++ & SQL; DROP TABLE quotes;"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_text_is_a_valid_search(filled, text):
    assert isinstance(filled.search(SearchQuery(text)), list)


@pytest.mark.parametrize("name", ["Dmitry Volkov", "Dmitri Volkov", "dmitri  VOLKOV",
                                  "Port director Dmitry Volkov", "Volkov (port director)"])
def test_speaker_filter_finds_the_person_under_any_variant(filled, name):
    found = filled.search(SearchQuery(speaker=name, limit=50))
    assert sorted(contents(found)) == [
        "The ferry line will not open before summer", "The ferry line will open before summer",
        "Tickets stay cheap", 'ferries "bring the harbor back to life"']


def test_speaker_filter_keeps_namesakes_apart(filled):
    assert contents(filled.search(SearchQuery(speaker="Sergei Volkov"))) == [
        "Our crews need rest; C++ & SQL; DROP TABLE quotes;"]
    assert len(filled.search(SearchQuery(speaker="Volkov", limit=50))) == 5
    assert filled.search(SearchQuery(speaker="Nobody Atall")) == []


def test_outlet_date_and_kind_filters(filled):
    assert len(filled.search(SearchQuery(outlet="harbor times"))) == 3
    in_march = filled.search(SearchQuery(since="2021-03-01", until="2021-03-05"))
    assert {r["article_id"] for r in in_march} == {"harbor-1", "valley-7"}
    assert contents(filled.search(SearchQuery(kind="mixed"))) == [
        'ferries "bring the harbor back to life"']
    assert len(filled.search(SearchQuery("ferry", outlet="Valley Post", kind="direct"))) == 1


def test_without_words_newest_first_and_paged(filled):
    dates = [r["date"] for r in filled.search(SearchQuery(limit=50))]
    assert dates == sorted(dates, reverse=True) and len(dates) == 7
    page = filled.search(SearchQuery(limit=2, offset=2))
    assert [r["quote_id"] for r in page] == [r["quote_id"] for r in filled.search(SearchQuery(limit=50))][2:4]
