"""The two records attribution hands on: ``Attribution``, a quotation found in one paragraph with
the mention of its speaker as written ("he", "Rheinvald"), and ``Speaker``, whom that mention
resolves to over the whole article (``resolve.py``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Attribution:
    """A quotation found in one paragraph, before its speaker is resolved across the article."""

    kind: str                                  # direct | indirect | mixed
    pieces: list[tuple[int, int]]              # content, article offsets
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None      # the speaker mention as written ("he", "Rheinvald")
    source_root: Token | None = None           # its head token, for kind/title/resolution
    channel: str | None = None
    block: int = 0
    cue_class: str | None = None
    cue_root: Token | None = None              # the cue's verb (or the "according" of "according to")
    scores: dict[str, float] = field(default_factory=dict)  # the learned parts' scores ("cue", ...)
    via: str | None = None                     # how it was found: "frame", "clause", "object", ...
    question: bool = False                     # put to someone ("Asked whether ..."): not theirs
    nested: bool = False                       # reported inside another report's content
    reporter: tuple[int, int] | None = None    # the report cited for it: "..., according to the Gazette"

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class Speaker:
    name: str | None
    kind: str | None
    title: str | None
    how: str
    gender: str | None = None  # "m"/"f" where the mention was "he"/"she"
    channel: str | None = None  # what spoke for them: "statement" in "the statement said"
