"""Plain records that leave the NLP layer: articles, their blocks and their quotes.

Everything here uses character offsets (Unicode code points into ``Article.text``), never spaCy
objects, so records pickle, serialise to JSON, cross process and Spark boundaries and go into a
database unchanged. Field names are the public JSON contract documented in the README.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

BLOCK_KINDS = ("body", "heading", "caption", "credit", "byline")
QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "organization", "group")
#: A quote's fields in the JSON contract's order (searches, exports and Spark schemas follow it).
QUOTE_FIELDS = ("content", "start", "end", "pieces", "kind", "cue", "cue_start", "cue_end",
                "speaker", "speaker_start", "speaker_end", "speaker_kind", "speaker_title",
                "channel", "reported_by", "reported_by_start", "reported_by_end", "mentions", "confidence")


@dataclass
class Block:
    """A paragraph or line of the article and what it is: body, heading, caption, credit or byline."""

    kind: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Block":
        return cls(kind=d["kind"], start=int(d["start"]), end=int(d["end"]))


@dataclass
class Quote:
    """One attributed statement.

    ``start``/``end`` delimit the content; ``pieces`` lists its parts when the content is
    discontinuous (a quote interrupted by "he said"), else it is ``None``. ``speaker`` is the
    resolved, fullest name; ``speaker_start``/``speaker_end`` the mention the quote attaches to
    (which may be "he").
    """

    content: str
    start: int
    end: int
    kind: str
    pieces: list[list[int]] | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str | None = None
    speaker_title: str | None = None
    channel: str | None = None
    reported_by: str | None = None
    reported_by_start: int | None = None
    reported_by_end: int | None = None
    mentions: list[str] = field(default_factory=list)
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {k: d[k] for k in QUOTE_FIELDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class Article:
    """An input document and, after extraction, its blocks and quotes.

    ``id`` is carried through from the input (a JSONL record's "id", or a file's path).
    ``author`` is the writers' names, "; "-joined (``quotegraph.authors``).
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    blocks: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "date": self.date, "url": self.url,
            "outlet": self.outlet, "author": self.author, "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "quotes": [q.to_dict() for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        return cls(
            id=str(d["id"]), text=d["text"], title=d.get("title"), date=d.get("date"),
            url=d.get("url"), outlet=d.get("outlet"), author=d.get("author"),
            blocks=[Block.from_dict(b) for b in d.get("blocks") or []],
            quotes=[Quote.from_dict(q) for q in d.get("quotes") or []],
        )


@dataclass
class Failure:
    """An input that could not be read or processed: where it came from and why.

    Readers and batch jobs yield these in place of an ``Article`` so that one bad file or record
    is reported without stopping the others.
    """

    source: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.source}: {self.error}"
