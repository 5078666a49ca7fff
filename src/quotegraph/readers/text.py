"""Plain-text articles: one file (or stdin) is one article, its text kept as written.

The only changes to the text are the ones that make character offsets portable: a byte-order
mark is dropped and ``\\r\\n``/``\\r`` line ends become ``\\n``. Offsets in quotegraph's output
are into that text.
"""
from __future__ import annotations

import codecs
from typing import BinaryIO, Iterator

from ..models import Article, Failure
from .errors import ReadError

#: Share of control bytes (other than whitespace) above which a file is taken for binary.
_BINARY_CONTROL_SHARE = 0.1
_SNIFF_BYTES = 8192
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_utf8(data: bytes, *, offset: int = 0) -> str:
    """Decode UTF-8 ``data`` (a leading BOM is dropped) or raise ``ReadError`` naming the bad byte.

    ``offset`` is where ``data`` starts in its file, so the byte reported is a file position.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not valid UTF-8 at byte {offset + exc.start}; "
                        "re-encode the file as UTF-8") from None


def looks_binary(data: bytes) -> bool:
    """True if ``data`` holds NUL bytes or mostly control characters (an image, a PDF, ...)."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > _BINARY_CONTROL_SHARE * len(sample)


def normalise_newlines(text: str) -> str:
    """Turn Windows (``\\r\\n``) and old Mac (``\\r``) line ends into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text_file(data: bytes) -> str:
    """Decode a text file's UTF-8 bytes, newlines normalised.

    Raises ``ReadError`` for UTF-16 and binary data, invalid UTF-8 and blank files.
    """
    if data.startswith(_UTF16_BOMS):
        raise ReadError("is UTF-16 encoded; re-encode the file as UTF-8")
    if looks_binary(data):
        raise ReadError("looks like a binary file, not text; "
                        "give quotegraph .txt, .html, .jsonl or .warc files")
    text = decode_utf8(data)
    if not text.strip():
        raise ReadError("empty file: it holds no text")
    return normalise_newlines(text)


def article_from_text(text: str, *, id: str, title: str | None = None, date: str | None = None,
                      url: str | None = None, outlet: str | None = None,
                      author: str | None = None) -> Article:
    """Wrap ``text`` (unchanged, so given offsets stay valid) as an Article.

    Raises ``ReadError`` if the text is blank.
    """
    if not text.strip():
        raise ReadError("the article text is empty")
    return Article(id=id, text=text, title=title, date=date, url=url, outlet=outlet, author=author)


def read_text(stream: BinaryIO, source: str) -> Iterator[Article | Failure]:
    """Yield the single article in a text stream (its id is ``source``), or a Failure."""
    try:
        yield article_from_text(decode_text_file(stream.read()), id=source)
    except ReadError as exc:
        yield Failure(source, str(exc))
