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
from .errors import READ_ERRORS, ReadError, describe_error
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


def _article_from_record(record: ArcWarcRecord, payload: bytes) -> Article:
    """Extract the article in the HTML ``payload`` of a response record."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    article = article_from_html(decode_html(payload, _content_type(record)[1]), id=uri, url=uri)
    article.date = article.date or (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return article


def _check_complete(record: ArcWarcRecord, offset: int) -> None:
    """Raise ``ReadError`` if the archive ended before the record's declared length."""
    if getattr(record.raw_stream, "limit", 0):  # warcio's LimitReader: bytes still owed
        raise ReadError(f"the record at byte {offset} is cut short")


def read_warc(stream: BinaryIO, source: str) -> Iterator[Article | Failure]:
    """Yield the articles in a WARC stream; a bad record or a damaged archive gives a Failure.

    A page that cannot be read gives a Failure with source ``"SOURCE#OFFSET"`` (the record's
    byte offset in the archive). When the archive is truncated or corrupt, the pages before the
    damage are yielded, then a Failure for the whole file.
    """
    records = ArchiveIterator(stream)
    pages = 0
    try:
        for record in records:
            payload = record.content_stream().read() if _is_html_page(record) else None
            offset = records.get_record_offset()
            _check_complete(record, offset)
            if payload is None:
                continue
            pages += 1
            try:
                yield _article_from_record(record, payload)
            except ReadError as exc:
                yield Failure(f"{source}#{offset}", str(exc))
    except ArchiveLoadFailed as exc:  # its message ends with the raw bytes it choked on: drop them
        yield _damaged(source, str(exc).partition(", first line")[0].strip(), pages)
    except READ_ERRORS as exc:
        yield _damaged(source, describe_error(exc), pages)


def _damaged(source: str, reason: str, pages: int) -> Failure:
    """The Failure for a WARC that is truncated or corrupt after ``pages`` pages."""
    return Failure(source, f"the WARC is truncated or corrupt: {reason}; the {pages} page(s) "
                           "before the damage were read, the rest is lost")
