"""Web archives (WARC, plain or gzipped): each archived HTML page is an article.

Only ``response`` records with status 200 and an HTML content type are read; everything else
(requests, metadata, images, redirects) is skipped silently. A page's id and url are its
``WARC-Target-URI``; its date is the one the page states, else the day it was archived.
"""
from __future__ import annotations

from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..models import Article, Failure
from .errors import READ_ERRORS, describe_error
from .html import article_from_html, decode_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record: ArcWarcRecord) -> tuple[str, str | None]:
    """Return the media type and charset of a response record's HTTP ``Content-Type``."""
    media_type, _, params = (record.http_headers.get_header("Content-Type") or "").partition(";")
    charset = params.partition("charset=")[2].strip(" \"'") or None
    return media_type.strip().lower(), charset


def _is_html_page(record: ArcWarcRecord) -> bool:
    """True for a response record holding a successfully served (status 200) HTML page."""
    return (record.rec_type == "response" and record.http_headers is not None
            and record.http_headers.get_statuscode() == "200"
            and _content_type(record)[0] in _HTML_TYPES)


def _article_from_record(record: ArcWarcRecord) -> Article:
    """Extract the article in an HTML response record."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    html = decode_html(record.content_stream().read(), _content_type(record)[1])
    article = article_from_html(html, id=uri, url=uri)
    article.date = article.date or (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return article


def read_warc(stream: BinaryIO, source: str) -> Iterator[Article | Failure]:
    """Yield the articles in a WARC stream; a bad record or a corrupt archive gives a Failure.

    A failing record's source is ``"SOURCE#OFFSET"`` (its byte offset in the archive). When the
    archive itself is truncated or corrupt, the records before the damage are still yielded.
    """
    records = ArchiveIterator(stream)
    read = 0
    try:
        for record in filter(_is_html_page, records):
            try:
                yield _article_from_record(record)
            except READ_ERRORS as exc:
                yield Failure(f"{source}#{records.get_record_offset()}", describe_error(exc))
            read += 1
    except (ArchiveLoadFailed, *READ_ERRORS) as exc:
        yield Failure(source, f"the WARC is truncated or corrupt after {read} page(s) "
                              f"({exc}); the pages before the damage were read")
