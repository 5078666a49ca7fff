"""The web app on hand-made records (no model), through Flask's test client, on each backend."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.models import Block
from quotegraph.web import create_app

from conftest import make_article

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def articles(corpus_articles):
    """The shared corpus plus an article whose id has a slash and whose fields carry HTML."""
    hostile = make_article("feeds/evil.jsonl:1", [
        ("Heading here.", None),
        (f'"{SCRIPT} is just text," said Mallory Hacker.',
         {"content": f"{SCRIPT} is just text", "speaker": "Mallory Hacker", "cue": "said"}),
    ], outlet="Evil <i>Outlet</i>", date="2021-06-01", title="<b>Bold</b> & title",
        url="javascript:alert(2)")
    hostile.blocks = [Block("heading", 0, 13), Block("body", 14, len(hostile.text))]
    return [*corpus_articles, hostile]


@pytest.fixture
def filled(store, articles):
    for article in articles:
        store.add_article(article)
    return store


@pytest.fixture
def client(filled):
    return create_app(filled).test_client()


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def quotes_on(html):
    """The text of each quote's <blockquote> on a page, tags stripped and unescaped."""
    return [unescape(re.sub(r"<[^>]+>", "", quote))
            for quote in re.findall(r"<blockquote>(.*?)</blockquote>", html, re.S)]


def speaker_id(store, name):
    return next(s["id"] for s in store.speakers() if s["name"] == name)


# -- search ---------------------------------------------------------------------------------------

def test_search_page_has_a_labelled_form_and_the_newest_quotes(client):
    html = page(client, "/")
    for field in ("q", "speaker", "outlet", "since", "until", "kind"):
        assert f'<label for="{field}">' in html and f'id="{field}"' in html
    assert "<h1>Search quotes</h1>" in html and "Newest quotes" in html
    assert len(quotes_on(html)) == 8


def test_search_ranks_matches_and_marks_the_words(client):
    html = page(client, "/?q=ferry+summer")
    assert sorted(quotes_on(html)) == ["The ferry line will not open before summer",
                                       "The ferry line will open before summer"]
    assert "<mark>ferry</mark>" in html.lower()
    assert "Best matches" in html
    # speaker links to the entity, article to its page, with outlet, date, kind
    assert re.search(r'href="/speakers/\d+">Dmitry Volkov</a>', html)
    assert 'href="/articles/harbor-1">Ferry line plans</a>' in html
    assert "Harbor Times" in html and "2021-03-01" in html and "port director" in html
    assert "statement" in html  # the channel


@pytest.mark.parametrize("args, expected", [
    ("speaker=Dmitri+Volkov", {"The ferry line will open before summer", "Tickets stay cheap",
                                "The ferry line will not open before summer",
                                'ferries "bring the harbor back to life"'}),
    ("outlet=valley+post", {"The ferry line will not open before summer", "Tickets stay cheap"}),
    ("kind=mixed", {'ferries "bring the harbor back to life"'}),
    ("since=2021-04-01&until=2021-05-01", {"Our crews need rest; C++ & SQL; DROP TABLE quotes;",
                                           'ferries "bring the harbor back to life"',
                                           "Nobody asked the fishermen"}),
    ("q=ferry&kind=direct&outlet=Harbor+Times", {"The ferry line will open before summer"}),
    ("q=nobody&speaker=&outlet=&since=&until=&kind=", {"Nobody asked the fishermen"}),
])
def test_search_filters(client, args, expected):
    assert set(quotes_on(page(client, "/?" + args))) == expected


def test_search_pages_with_previous_and_next_links(client):
    first = page(client, "/?limit=3")
    assert len(quotes_on(first)) == 3
    assert 'href="/?limit=3&amp;offset=3"' in first and 'rel="prev"' not in first
    last = page(client, "/?limit=3&offset=6")
    assert len(quotes_on(last)) == 2 and 'rel="next"' not in last
    assert 'href="/?limit=3&amp;offset=3"' in last  # previous
    shown = quotes_on(first) + quotes_on(page(client, "/?limit=3&offset=3")) + quotes_on(last)
    assert len(set(shown)) == 8


@pytest.mark.parametrize("args, message", [
    ("since=last+week", "since must be a date as YYYY-MM-DD"),
    ("until=2021-13-01", "until must be a date"),
    ("kind=sarcastic", "kind must be one of direct, indirect, mixed"),
    ("limit=lots", "limit must be a whole number"),
    ("limit=0", "limit must be at least 1"),
    ("offset=-1", "offset must be at least 0"),
])
def test_invalid_search_input_gets_a_friendly_message(client, args, message):
    html = page(client, "/?" + args, status=400)
    assert 'role="alert"' in html and message in html.replace("&#39;", "'")
    assert '<form class="search"' in html  # the form is still there to fix the input


# -- JSON API --------------------------------------------------------------------------------------

def test_api_search_returns_what_the_cli_prints(client, store_url):
    args = ["ferry", "--speaker", "Volkov", "--limit", "5"]
    cli = CliRunner().invoke(main, ["search", *args, "--db", store_url, "--format", "json"])
    assert cli.exit_code == 0, cli.output
    response = client.get("/api/search?q=ferry&speaker=Volkov&limit=5")
    assert response.status_code == 200 and response.is_json
    assert response.get_json() == json.loads(cli.output)
    assert list(response.get_json()[0]) == list(json.loads(cli.output)[0])  # same field order


@pytest.mark.parametrize("args", ["kind=sarcastic", "since=yesterday", "limit=x", "limit=100000"])
def test_api_search_refuses_bad_input_with_400_json(client, args):
    response = client.get("/api/search?q=ferry&" + args)
    assert response.status_code == 400 and response.is_json
    assert response.get_json()["error"]


def test_api_speakers_and_stats(client, filled):
    assert client.get("/api/speakers?top=2").get_json() == filled.speakers(2)
    assert client.get("/api/stats").get_json() == filled.stats()
    assert client.get("/api/speakers?top=zero").status_code == 400


def test_api_unknown_path_is_a_json_404(client):
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.is_json


# -- speakers ------------------------------------------------------------------------------------

def test_speakers_page_lists_counts_titles_and_dates(client, filled):
    html = page(client, "/speakers")
    dmitry = speaker_id(filled, "Dmitry Volkov")
    row = re.search(rf'<tr>\s*<th scope="row"><a href="/speakers/{dmitry}">Dmitry Volkov</a>.*?</tr>',
                    html, re.S).group(0)
    assert "port director" in row.lower()
    assert [int(n) for n in re.findall(r'<td class="num">(\d+)</td>', row)] == [4, 3]
    assert "2021-03-01" in row and "2021-04-10" in row
    assert "Sergei Volkov" in html and "union leader" in html


def test_speaker_page_has_quotes_aliases_and_statements(client, filled):
    html = page(client, f"/speakers/{speaker_id(filled, 'Dmitry Volkov')}")
    assert "<h1>Dmitry Volkov</h1>" in html
    assert "volkov (port director)" in html and "dmitri volkov" in html
    assert len(quotes_on(html)) == 2 + 4  # the statement's two wordings, then the four quotes
    assert "Statements reported by several articles" in html and "<ins" in html


def test_speaker_quotes_page(client, filled):
    html = page(client, f"/speakers/{speaker_id(filled, 'Sergei Volkov')}?limit=1")
    assert quotes_on(html) == ["Our crews need rest; C++ & SQL; DROP TABLE quotes;"]
    assert "Statements reported" not in html and 'rel="next"' not in html


# -- articles --------------------------------------------------------------------------------------

def test_article_page_highlights_quotes_by_speaker(client):
    html = page(client, "/articles/harbor-1")
    assert "<h1>Ferry line plans</h1>" in html and "Harbor Times · by Orla Vance" in html
    marks = re.findall(r'<mark data-kind="(\w+)" style="background:(#\w+);', html)
    assert [kind for kind, _ in marks] == ["direct", "indirect"]
    assert marks[0][1] != marks[1][1]  # two speakers, two colours
    assert 'class="legend"' in html and "Lena Ortiz" in html
    assert "2 quotes" in html and 'href="https://news.example/harbor/1"' in html


def test_article_ids_may_hold_slashes(client):
    html = page(client, "/articles/feeds/evil.jsonl:1")
    assert "Mallory Hacker" in html and "<mark" in html


@pytest.mark.parametrize("url", ["/speakers/99999", "/articles/no-such-article", "/nowhere"])
def test_unknown_ids_are_404_pages(client, url):
    html = page(client, url, status=404)
    assert "<h1>Not Found</h1>" in html


# -- statements and stats ---------------------------------------------------------------------------

def test_statements_page_shows_each_wording_and_what_changed(client):
    html = page(client, "/statements")
    assert quotes_on(html) == ["The ferry line will open before summer",
                               "The ferry line will not open before summer"]
    assert "wording differs" in html and "First reported wording" in html
    assert '<ins title="added">not</ins>' in html
    assert "Ferry delayed" in html and "Valley Post" in html


def test_stats_page(client):
    html = page(client, "/stats")
    assert re.search(r"Quotes</th><td class=\"num\">8</td>", html)
    assert re.search(r"Statements reported by several articles</th><td class=\"num\">1</td>", html)


# -- safety ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/?q=just+text", "/articles/feeds/evil.jsonl:1", "/speakers",
                                 "/?q=" + SCRIPT, "/?outlet=" + SCRIPT, "/articles/" + SCRIPT])
def test_user_content_is_escaped(client, url):
    response = client.get(url)
    html = response.get_data(as_text=True)
    assert SCRIPT not in html and "<b>Bold</b>" not in html and "<i>Outlet</i>" not in html
    assert "javascript:" not in html


def test_quote_with_markup_shows_as_text(client, filled):
    for url in ("/articles/feeds/evil.jsonl:1", f"/speakers/{speaker_id(filled, 'Mallory Hacker')}"):
        html = page(client, url)
        assert "&lt;script&gt;alert(1)&lt;/script&gt; is just text" in html
        assert f"{SCRIPT} is just text" in quotes_on(html)


def test_serve_is_a_cli_command():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "8008" in result.output
