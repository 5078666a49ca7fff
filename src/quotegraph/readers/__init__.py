"""Input readers: files, directories and stdin in, ``Article`` (or ``Failure``) records out.

    >>> from quotegraph.readers import read_articles
    >>> for item in read_articles(["news/"]):          # doctest: +SKIP
    ...     print(item.id if isinstance(item, Article) else f"skipped {item}")

Formats go by extension (a ``.gz`` suffix may follow any of them)::

    .txt .text        one plain-text article            (readers.text)
    .html .htm        one web page                      (readers.html)
    .jsonl .ndjson    one article per line               (readers.jsonl)
    .warc             every HTML page in a web archive   (readers.warc)

A file with another extension named explicitly, and stdin (``"-"``), are sniffed instead:
JSONL if the first non-blank character is ``{``, a WARC if it starts ``WARC/``, HTML if it
starts with ``<``, else plain text. Directories are walked in sorted order, skipping hidden
entries and files of unknown extensions. Nothing raises: every unreadable file or record is a
``Failure`` in the stream, in its place, and the inputs after it are still read.
"""
from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path, PurePath, PurePosixPath
from typing import BinaryIO, Callable, Iterable, Iterator

from ..models import Article, Failure
from .errors import READ_ERRORS, ReadError, describe_error
from .html import HtmlOptions, article_from_html, read_html
from .jsonl import read_jsonl
from .text import article_from_text, read_text
from .warc import read_warc

__all__ = ["read_articles", "read_file", "read_bytes", "read_stdin", "article_from_html",
           "article_from_text", "HtmlOptions", "ReadError"]

Reader = Callable[[BinaryIO, str], Iterator["Article | Failure"]]

READERS: dict[str, Reader] = {
    ".txt": read_text, ".text": read_text,
    ".html": read_html, ".htm": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".warc": read_warc,
}
STDIN = "-"
STDIN_SOURCE = "<stdin>"
_SNIFF_BYTES = 4096


def read_articles(paths: Iterable[str | Path], *,
                  recursive: bool = True) -> Iterator[Article | Failure]:
    """Yield the articles in ``paths`` (files, directories, ``"-"`` for stdin), in order.

    ``recursive=False`` reads only the files directly inside a directory. A path that does not
    exist, like any unreadable file or record, yields a Failure in its place.
    """
    for given in paths:
        path = Path(given)
        if str(given) == STDIN:
            yield from read_stdin()
        elif path.is_dir():
            for file in walk(path, recursive=recursive):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path, source=str(given))
        else:
            yield Failure(str(given), "no such file or directory; check the path")


def walk(directory: Path, *, recursive: bool = True) -> Iterator[Path]:
    """Yield the readable files under ``directory`` in sorted order, skipping hidden entries
    and files of unknown extensions."""
    entries = directory.rglob("*") if recursive else directory.glob("*")
    for path in sorted(entries):
        hidden = any(part.startswith(".") for part in path.relative_to(directory).parts)
        if not hidden and path.is_file() and _format_suffix(path) in READERS:
            yield path


def read_file(path: Path, source: str | None = None) -> Iterator[Article | Failure]:
    """Read one file (its source and default id: ``source`` or the path), choosing the reader by
    extension or, for an unknown extension, by content."""
    source = source or str(path)
    try:
        with path.open("rb") as raw:
            yield from _read_named(raw, path, source)
    except READ_ERRORS as exc:
        yield Failure(source, describe_error(exc))


def read_bytes(data: bytes, source: str) -> Iterator[Article | Failure]:
    """Read a file's content already in memory (a Spark task's), as ``read_file`` reads the file
    named ``source`` (a path or URI: its extension picks the reader)."""
    try:
        yield from _read_named(io.BytesIO(data), PurePosixPath(source), source)
    except READ_ERRORS as exc:
        yield Failure(source, describe_error(exc))


def _read_named(raw: BinaryIO, name: PurePath, source: str) -> Iterator[Article | Failure]:
    """Read ``raw`` with the reader ``name``'s extension picks (sniffed if unknown),
    decompressing gzip first (warcio decompresses WARCs itself)."""
    reader = READERS.get(_format_suffix(name))
    stream: BinaryIO = raw
    if name.suffix.lower() == ".gz" and reader is not read_warc:
        stream = gzip.GzipFile(fileobj=raw)
    if reader is None:
        stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
        reader = sniff(stream.peek(_SNIFF_BYTES))
    yield from _read_stream(reader, stream, source)


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Article | Failure]:
    """Read standard input (or another binary ``stream``), sniffing its format.

    Its source, and the id of a text or HTML article read from it, is ``"<stdin>"``.
    """
    stream = stream or sys.stdin.buffer
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    yield from _read_stream(sniff(stream.peek(_SNIFF_BYTES)), stream, STDIN_SOURCE)


def sniff(head: bytes) -> Reader:
    """Pick a reader from the first bytes of an input of unknown type (see module docs)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        return read_jsonl
    if start.startswith(b"WARC/"):
        return read_warc
    if start.startswith(b"<"):
        return read_html
    return read_text


def _format_suffix(path: PurePath) -> str:
    """The extension that decides the format: ``.html`` for both ``a.html`` and ``a.html.gz``."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _read_stream(reader: Reader, stream: BinaryIO, source: str) -> Iterator[Article | Failure]:
    """Run ``reader`` over ``stream``; an error part-way ends the input with a Failure."""
    try:
        yield from reader(stream, source)
    except READ_ERRORS as exc:
        yield Failure(source, describe_error(exc))
