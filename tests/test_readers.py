"""Tests for quotegraph.readers: every format, directories, stdin, and every way an input can fail.

The fixtures under tests/fixtures/readers are invented articles. WARC files are built here at
run time with warcio, from those fixtures and (when ../shared is present) from real pages.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.models import Article, Failure
from quotegraph.readers import (ReadError, article_from_html, article_from_text, read_articles,
                                read_bytes, read_file, read_stdin)
from quotegraph.readers.html import decode_html

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
HARBOUR = FIXTURES / "harbour.html"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
NO_BODY_HTML = (b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> "
                b"<a href='/news'>News</a></nav><footer>Contact us</footer></body></html>")


def read_all(*paths, **kwargs) -> list[Article | Failure]:
    return list(read_articles([str(path) for path in paths], **kwargs))


def only(items: list) -> Article | Failure:
    assert len(items) == 1, items
    return items[0]


def ids(items: list) -> list[str]:
    return [item.id if isinstance(item, Article) else f"FAIL {item.source}" for item in items]


def skip_without(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared (the shared data) is not next to the repo")


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- plain text -----------------------------------------------------------------------------

def test_text_file_is_one_article_with_its_path_as_id_and_its_text_unchanged():
    article = only(read_all(FIXTURES / "ferry.txt"))
    assert isinstance(article, Article)
    assert article.id == str(FIXTURES / "ferry.txt")
    assert article.text == (FIXTURES / "ferry.txt").read_text(encoding="utf-8")


def test_text_id_is_the_path_as_given(tmp_path, monkeypatch):
    write(tmp_path / "a.text", b"Plain words.")
    monkeypatch.chdir(tmp_path)
    assert ids(read_all("./a.text")) == ["./a.text"]


def test_text_drops_the_bom_and_normalises_line_ends(tmp_path):
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfOne\r\nTwo\rThree\n")
    assert only(read_all(path)).text == "One\nTwo\nThree\n"


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\t\r\n ", "empty file"),
    (b"PK\x03\x04\x00\x00binary zip", "looks like a binary file"),
    (bytes(range(1, 32)) * 10, "looks like a binary file"),
    ("Héllo".encode("utf-16"), "UTF-16"),
    (b"caf\xc3\xa9 ok, then caf\xe9 in Latin-1", "not valid UTF-8 at byte 18; re-encode"),
])
def test_unreadable_text_is_a_failure_naming_the_file(tmp_path, data, message):
    path = write(tmp_path / "bad.txt", data)
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert failure.source == str(path)
    assert message in failure.error
    assert str(path) in str(failure)


def test_article_from_text_keeps_text_verbatim_and_rejects_blank():
    text = "Line one\r\n  indented\u00a0"
    assert article_from_text(text, id="x", outlet="O").text == text
    with pytest.raises(ReadError, match="empty"):
        article_from_text(" \n", id="x")


# --- HTML -----------------------------------------------------------------------------------

def test_html_body_one_paragraph_per_line_with_metadata_and_without_boilerplate():
    article = only(read_all(HARBOUR))
    lines = article.text.split("\n")
    assert lines[0] == "Harbour bridge reopens after repairs"
    assert lines[-1].startswith("The council said tolls would remain suspended")
    assert any(line.startswith("“We promised the town") for line in lines)
    assert len(lines) == 7, lines  # heading, caption, five paragraphs
    for boilerplate in ("Subscribe now", "Most read", "All rights reserved", "Privacy policy"):
        assert boilerplate not in article.text
    assert (article.title, article.date, article.outlet) == (
        "Harbour bridge reopens after repairs", "2021-03-14", "The Westport Ledger")
    assert article.author == "Mara Quell"  # the page's byline
    assert article.url == "https://ledger.example.com/news/harbour-bridge-reopens"


def test_html_photo_caption_is_kept_as_its_own_line():
    lines = only(read_all(HARBOUR)).text.split("\n")
    caption = "Cyclists cross the Westport harbour bridge on its first morning back in service."
    assert caption in lines


def test_html_caption_parts_stay_apart_words_and_punctuation_in_place():
    html = HARBOUR.read_bytes().replace(
        b"<figcaption>Cyclists cross the Westport harbour bridge on its first morning back in service.</figcaption>",
        b"<figcaption><span>Cyclists cross the <i>Westport</i>, a harbour bridge, in May</span>"
        b"<span>Credit: Ledger Photo</span></figcaption>")
    lines = article_from_html(html, id="h").text.split("\n")
    assert "Cyclists cross the Westport, a harbour bridge, in May Credit: Ledger Photo" in lines


def test_html_hover_card_after_a_linked_name_is_left_out():
    card = (b'<a href="/people/ivo-brandt">Ivo Brandt</a><span class="card"><span><img src="/i/brandt.jpg" alt="">'
            b'<a href="/people/ivo-brandt">Ivo Anton Brandt</a><a href="/news/1">Brandt opens the new market</a>'
            b'</span></span>')
    html = HARBOUR.read_bytes().replace(b"Ivo Brandt", card)
    text = article_from_html(html, id="h").text
    assert "said council leader Ivo Brandt, who cut the ribbon" in text
    assert "Ivo Anton Brandt" not in text and "new market" not in text


def test_html_embedded_post_is_one_paragraph_above_its_signature():
    post = (b'<blockquote class="twitter-tweet"><p lang="en">Tolls stay off until the end of the month.<br><br>'
            b'Thank you for your patience <a href="https://t.co/x">pic.twitter.com/x</a></p>'
            b'&mdash; Westport Council (@westportcc) <a href="https://x.example/s/1">June 2, 2021</a></blockquote>')
    html = HARBOUR.read_bytes().replace(b"</p>\n  <p>The council said tolls", b"</p>\n" + post + b"\n  <p>The council said tolls")
    lines = article_from_html(html, id="h").text.split("\n")
    at = lines.index("Tolls stay off until the end of the month. Thank you for your patience pic.twitter.com/x")
    assert lines[at + 1].startswith("— Westport Council (@westportcc)")


def test_html_embedded_post_in_a_social_wrapper_is_kept_with_its_signature():
    # trafilatura drops a wrapper like this one whole; the post's paragraphs take its place
    post = (b'<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Tolls stay off '
            b'\xf0\x9f\x9a\x97</p>&mdash; Ada Lind \xf0\x9f\x8c\x88 (@adalind) June 2, 2021</blockquote>'
            b'<script src="https://platform.example/widgets.js"></script></div>')
    html = HARBOUR.read_bytes().replace(b"</p>\n  <p>The council said tolls", b"</p>\n" + post + b"\n  <p>The council said tolls")
    article = article_from_html(html, id="h")
    lines = article.text.split("\n")
    at = lines.index("Tolls stay off \U0001f697")
    assert lines[at + 1] == "— Ada Lind \U0001f308 (@adalind) June 2, 2021"
    assert lines[at + 2].startswith("The council said tolls")


def test_arguments_override_page_metadata_and_outlet_falls_back_to_the_host():
    html = (HARBOUR.read_bytes().replace(b'property="og:site_name"', b'name="unrelated"')
            .replace(b'rel="canonical"', b'rel="unrelated"'))
    article = article_from_html(html, id="h", title="Given", date="2020-01-01",
                                url="https://www.news.example.org/a")
    assert (article.title, article.date, article.url) == ("Given", "2020-01-01",
                                                          "https://www.news.example.org/a")
    assert article.outlet == "news.example.org"


def test_gzipped_html_honours_its_declared_charset():
    article = only(read_all(FIXTURES / "archive" / "library.html.gz"))
    assert "head librarian Agnès Morel" in article.text
    assert "county's café and culture fund" in article.text
    assert article.outlet == "Skell Gazette"
    assert "Front page" not in article.text and "Harbour Row" not in article.text


@pytest.mark.parametrize("data, http_charset, expected", [
    ("<meta charset='koi8-r'><p>Привет</p>".encode("koi8-r"), None, "Привет"),
    ("<p>Grüße</p>".encode("cp1252"), "windows-1252", "Grüße"),
    ("<meta charset='utf-8'><p>Grüße</p>".encode("cp1252"), None, "Gr\ufffd\ufffde"),
    ("<p>naïve</p>".encode("utf-8"), "no-such-charset", "naïve"),
    (b"\xef\xbb\xbf<meta charset='latin-1'><p>\xc3\xa9</p>", None, "é"),
])
def test_decode_html_follows_bom_then_http_then_meta_then_utf8(data, http_charset, expected):
    assert expected in decode_html(data, http_charset)


def test_html_without_an_article_body_is_a_failure(tmp_path):
    path = write(tmp_path / "menu.htm", NO_BODY_HTML)
    failure = only(read_all(path))
    assert isinstance(failure, Failure) and failure.source == str(path)
    assert "no article text found in the HTML" in failure.error


def test_corrupt_gzip_is_a_failure_and_the_next_file_is_still_read(tmp_path):
    path = write(tmp_path / "page.html.gz", b"this was never gzipped")
    truncated = write(tmp_path / "cut.html.gz", gzip.compress(HARBOUR.read_bytes())[:200])
    items = read_all(path, truncated, FIXTURES / "ferry.txt")
    assert "not a valid gzip file" in items[0].error
    assert "truncated or corrupt" in items[1].error
    assert isinstance(items[2], Article)


# --- JSON Lines -----------------------------------------------------------------------------

def test_jsonl_bad_line_in_the_middle_does_not_stop_the_others():
    path = FIXTURES / "batch.jsonl"
    items = read_all(path)
    assert ids(items) == ["orchard-1", f"FAIL {path}:2", f"{path}:3", "orchard-4"]
    assert 'field "date" must be a string' in items[1].error
    first, _, third, html = items
    assert (first.title, first.date, first.outlet) == (
        "Orchard harvest up a third", "2022-09-02", "Valley Courier")
    assert third.text.startswith("Volunteers planted")
    assert html.outlet == "Valley Courier"  # from PolNeAR's "publisher"
    assert html.title == "Bees"
    assert html.text.split("\n")[1].startswith("\"The heather bloomed")


@pytest.mark.parametrize("line, message", [
    (b'{"id": "a", "text": "x"', "invalid JSON at column"),
    (b'["a", "b"]', "expected a JSON object, got an array"),
    (b'{"id": "a", "title": "t"}', 'neither "text" nor "html"'),
    (b'{"id": "a", "text": ["x"]}', 'field "text" must be a string, not an array'),
    (b'{"id": {"n": 1}, "text": "x"}', 'field "id" must be a string or a number'),
    (b'{"id": "a", "text": "  "}', "the article text is empty"),
    (b'{"id": "a", "html": "<html><body><nav>Home</nav></body></html>"}', "no article text"),
    (b'{"id": "a", "text": "caf\xe9"}', "not valid UTF-8 at byte 51"),  # 27 bytes of line 1 + 24
])
def test_each_kind_of_bad_jsonl_line_is_reported_with_file_and_line(tmp_path, line, message):
    good = b'{"id": 7, "text": "Fine."}\n'
    path = write(tmp_path / "in.ndjson", good + line + b"\n" + good)
    items = read_all(path)
    assert ids(items) == ["7", f"FAIL {path}:2", "7"]
    assert message in items[1].error


def test_jsonl_text_is_kept_verbatim_so_given_offsets_stay_valid(tmp_path):
    text = "Line\r\nwith CRLF and a trailing space "
    path = write(tmp_path / "a.jsonl.gz", gzip.compress(json.dumps({"text": text}).encode()))
    assert only(read_all(path)).text == text


@pytest.mark.shared
def test_polnear_jsonl_reads_directly():
    path = SHARED / "data" / "polnear" / "dev.jsonl"
    skip_without(path)
    items = read_all(path)
    assert len(items) == 84 and all(isinstance(item, Article) for item in items)
    assert items[0].outlet and items[0].date and items[0].title


# --- WARC -----------------------------------------------------------------------------------

def warc_bytes(pages: list[tuple[str, bytes]], *, gzip: bool = False, extra: bool = True) -> bytes:
    """A WARC with a 200 HTML response per (url, html) page; ``extra`` adds records to skip."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)

    def response(url, body, status="200 OK", content_type="text/html; charset=utf-8"):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2023-05-06T07:08:09Z"}))

    if extra:
        writer.write_record(writer.create_warc_record("https://x.example/", "warcinfo",
                                                      payload=io.BytesIO(b"software: test")))
        response("https://x.example/logo.png", b"\x89PNG\r\n", content_type="image/png")
        response("https://x.example/gone", HARBOUR.read_bytes(), status="404 Not Found")
    for url, body in pages:
        response(url, body)
    return buffer.getvalue()


@pytest.mark.parametrize("compressed", [False, True])
def test_warc_html_pages_become_articles_and_other_records_are_skipped(tmp_path, compressed):
    undated = b"<html><body><article><p>" + b"The quay was resurfaced over the winter. " * 5 + \
              b"</p></article></body></html>"
    data = warc_bytes([("https://x.example/harbour", HARBOUR.read_bytes()),
                       ("https://x.example/quay", undated)], gzip=compressed)
    path = write(tmp_path / ("a.warc.gz" if compressed else "a.warc"), data)
    harbour, quay = read_all(path)
    assert (harbour.id, harbour.url) == ("https://x.example/harbour", "https://x.example/harbour")
    assert harbour.date == "2021-03-14"  # the page's own date wins over the archive's
    assert harbour.text.startswith("Harbour bridge reopens after repairs\n")
    assert quay.date == "2023-05-06"  # no date in the page: the day it was archived


def test_warc_page_without_body_is_a_failure_at_its_offset_and_others_still_come(tmp_path):
    data = warc_bytes([("https://x.example/menu", NO_BODY_HTML),
                       ("https://x.example/harbour", HARBOUR.read_bytes())], extra=False)
    path = write(tmp_path / "a.warc", data)
    failure, article = read_all(path)
    assert failure.source == f"{path}#0"
    assert "no article text found" in failure.error
    assert article.id == "https://x.example/harbour"


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_damaged_warc_yields_the_pages_before_then_a_failure(tmp_path, compressed, damage):
    first, second = (warc_bytes([(url, HARBOUR.read_bytes())], gzip=compressed, extra=False)
                     for url in ("https://x.example/1", "https://x.example/2"))
    tail = second[: len(second) // 2] if damage == "truncate" else b"not a WARC record\r\n\r\n"
    path = write(tmp_path / ("d.warc.gz" if compressed else "d.warc"), first + tail)
    items = read_all(path, FIXTURES / "ferry.txt")
    assert ids(items) == ["https://x.example/1", f"FAIL {path}", str(FIXTURES / "ferry.txt")]
    assert "the WARC is truncated or corrupt" in items[1].error
    assert "1 page(s) before the damage were read" in items[1].error


@pytest.mark.shared
def test_warc_of_real_news_pages(tmp_path):
    corpus = SHARED / "data" / "html-news"
    skip_without(corpus)
    records = [json.loads(line) for line in
               (corpus / "ground-truth.jsonl").read_text(encoding="utf-8").splitlines()[:3]]
    pages = [(r["url"], gzip.decompress((corpus / "html" / f"{r['id']}.html.gz").read_bytes()))
             for r in records]
    items = read_all(write(tmp_path / "news.warc.gz", warc_bytes(pages, gzip=True)))
    assert [item.url for item in items] == [r["url"] for r in records]
    for item, record in zip(items, records):
        gold_start = record["articleBody"].split()[:5]
        assert " ".join(gold_start) in " ".join(item.text.split()), item.url
        assert item.title and item.date and item.outlet


# --- paths, directories, stdin --------------------------------------------------------------

def test_directories_are_walked_sorted_skipping_hidden_and_unknown_files(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/deeper/y.txt", "c.TXT", ".hidden.txt", ".git/x.txt",
                 "notes.pdf", "a/README"):
        write(tmp_path / name, b"Some words.")
    got = [Path(i).relative_to(tmp_path).as_posix() for i in ids(read_all(tmp_path))]
    assert got == ["a/deeper/y.txt", "a/z.txt", "b.txt", "c.TXT"]
    shallow = [Path(i).name for i in ids(read_all(tmp_path, recursive=False))]
    assert shallow == ["b.txt", "c.TXT"]


def test_fixture_directory_reads_every_format_in_order():
    got = [Path(i.removeprefix("FAIL ")).name if "/" in i else i for i in ids(read_all(FIXTURES))]
    assert got == ["library.html.gz", "orchard-1", "batch.jsonl:2", "batch.jsonl:3", "orchard-4",
                   "ferry.txt", "harbour.html"]


def test_paths_keep_their_order_and_a_missing_one_is_a_failure():
    items = read_all(HARBOUR, "no/such/file.txt", FIXTURES / "ferry.txt")
    assert ids(items) == [str(HARBOUR), "FAIL no/such/file.txt", str(FIXTURES / "ferry.txt")]
    assert "no such file or directory" in items[1].error


@pytest.mark.parametrize("data, expected", [
    (b"\n  {\"id\": \"s1\", \"text\": \"From a pipe.\"}\n{\"id\": \"s2\", \"text\": \"Two.\"}\n",
     ["s1", "s2"]),
    (HARBOUR.read_bytes(), ["<stdin>"]),
    (b"Just some plain prose, said nobody.", ["<stdin>"]),
    (warc_bytes([("https://x.example/h", HARBOUR.read_bytes())]), ["https://x.example/h"]),
])
def test_stdin_is_sniffed(monkeypatch, data, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert ids(read_all("-")) == expected


def test_stdin_failure_names_stdin():
    failure = only(list(read_stdin(io.BytesIO(NO_BODY_HTML))))
    assert failure == Failure("<stdin>", failure.error)
    assert "no article text found" in failure.error


def test_explicit_file_of_unknown_extension_is_sniffed(tmp_path):
    jsonl = write(tmp_path / "export.dat", b'{"id": "d1", "text": "Sniffed."}\n')
    text = write(tmp_path / "ARTICLE", b"Plain prose without an extension.")
    assert ids(read_all(jsonl, text)) == ["d1", str(text)]


@pytest.mark.parametrize("name", ["ferry.txt", "harbour.html", "batch.jsonl", "archive/library.html.gz"])
def test_read_bytes_reads_content_in_memory_as_read_file_reads_the_file(name):
    path = FIXTURES / name
    from_file = list(read_file(path))
    from_bytes = list(read_bytes(path.read_bytes(), str(path)))
    assert from_bytes == from_file
    assert any(isinstance(item, Article) for item in from_bytes)


def test_read_bytes_sniffs_an_unknown_extension_and_names_a_bad_gzip():
    [article] = read_bytes(b"The ferry sails at nine, the harbour master said.", "file:/in/note")
    assert isinstance(article, Article) and article.id == "file:/in/note"
    [failure] = read_bytes(b"not gzip at all", "file:/in/page.html.gz")
    assert isinstance(failure, Failure) and "gzip" in failure.error
