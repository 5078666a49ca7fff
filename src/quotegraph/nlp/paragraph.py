"""A parsed paragraph and the small token helpers every attribution rule uses.

``Paragraph`` keeps the token <-> character bookkeeping in one place: a spaCy ``Span`` holding one
paragraph, the article offset of its first character, its quotations and where its words begin
after a wire dateline. Beside it are the parse helpers the rules share: the named entity a token
is part of, a word's prepositional objects, words the tokenizer split at a hyphen, and how many
words a stretch of the paragraph holds.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cached_property

from spacy.tokens import Span, Token

from .blocks import CLOCK
from .quotemarks import ALL_MARKS, DOUBLE_MARKS, QuoteSpan, find_quotes, single_marked

SUBJECT_DEPS = {"nsubj", "nsubjpass"}

DASH = r"(?:―|—|–|--?)"  # a dash as writers type it

# a wire dateline opening a paragraph: a place in capitals, maybe a region, date and agency, a dash
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,}(?:,[^\n—–]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?"
                       r"\s+(?:—|–|--?)\s+")

# a live report's entry: "08:20 Head of the regional administration ...", "9:05 a.m. - The mayor ..."
_TIME_STAMP = re.compile(rf"{CLOCK}(?:\s*(?:—|–|-|:))?\s+(?=[A-Z])")


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the words of a paragraph at ``text[start:end]`` begin after a wire dateline
    ("FLINT, Mich., Oct. 4 (Wire) — "), or ``start``."""
    dateline = _DATELINE.match(text, start, end)
    return dateline.end() if dateline and dateline.end() < end else start


class Paragraph:
    """A parsed paragraph with article offsets: token <-> character bookkeeping in one place."""

    def __init__(self, span: Span, offset: int, text: str, block: int):
        self.span = span
        self.offset = offset          # article offset of span's character 0 (doc-relative idx)
        self.text = text              # the whole article text
        self.block = block
        self.start = offset + span.start_char
        self.end = offset + span.end_char
        single = single_marked(text)
        self.quotes = find_quotes(text, self.start, self.end, single)
        self.marks = ALL_MARKS if single else DOUBLE_MARKS  # the marks that open and close statements
        self.tokens = tokens = list(span)  # made once: a Span makes each Token anew at each look-up
        self._in_quote = [self._quote_of(t) for t in tokens]
        self._starts = [self.cs(t) for t in tokens]
        self.outside = [t for t, n in zip(tokens, self._in_quote) if n is None]  # outside quotations
        dateline = _DATELINE.match(text, self.start, self.end) or _TIME_STAMP.match(text, self.start, self.end)
        self.words_start = dateline.end() if dateline else self.start  # after a wire dateline or a time stamp
        self._memo: dict = {}         # what the learned parts computed for this paragraph

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The paragraph's named entities (``Span.ents`` builds them anew at each call)."""
        return self.span.ents

    def remember(self, part, i: int, compute):
        """What ``part`` (a learned model, or a rule's name) computed for token ``i`` of this
        paragraph, computed once (a model in the key keeps its results apart from another's, and
        the model alive)."""
        memo = self._memo.setdefault(part, {})
        if i not in memo:
            memo[i] = compute()
        return memo[i]

    def cs(self, tok: Token) -> int:
        return self.offset + tok.idx

    def ce(self, tok: Token) -> int:
        return self.offset + tok.idx + len(tok)

    def _quote_of(self, tok: Token) -> int | None:
        c = self.cs(tok)
        for n, q in enumerate(self.quotes):
            if q.start <= c < q.end:
                return n
        return None

    def quote_index(self, tok: Token) -> int | None:
        """Index of the quote holding ``tok`` (None outside quotes)."""
        return self._in_quote[tok.i - self.span.start]

    def quotes_in_subtree(self, tok: Token) -> bool:
        """Whether a quotation holds any token of ``tok``'s subtree."""
        first = self.span.start
        lo, hi = max(tok.left_edge.i - first, 0), tok.right_edge.i - first + 1
        if all(n is None for n in self._in_quote[lo:hi]):
            return False  # the subtree lies between its edges, and no quotation does
        return any(self._in_quote[t.i - first] is not None for t in tok.subtree)

    def tokens_starting(self, start: int, end: int) -> Span:
        """The tokens that start within the article offsets [start, end)."""
        return self.span[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly within the article offsets [start, end)."""
        return [t for t in self.tokens[bisect_left(self._starts, start):bisect_left(self._starts, end)]
                if self.ce(t) <= end]

    def char_span(self, tokens) -> tuple[int, int]:
        toks = sorted(tokens, key=lambda t: t.i)
        return self.cs(toks[0]), self.ce(toks[-1])


def joins_words(tok: Token) -> bool:
    """A hyphen inside a word ("14th-ranked", "co-author"), however the tagger took it."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.nbor(-1).whitespace_


def prep_objects(tok: Token, preps: tuple[str, ...]) -> Iterator[Token]:
    """The objects of ``tok``'s prepositions ``preps``: "Roe" of "a statement from Roe"."""
    return (o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj")


def word_start(doc, i: int) -> int:
    """Where the word at token ``i`` begins, back over hyphens the tokenizer split it at ("co-" of
    "co-author"), whatever the parse made of the pieces."""
    while i >= 2 and joins_words(doc[i - 1]):
        i -= 2
    return i


def entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, or None (read from the tokens' IOB tags, which is
    what ``Doc.ents`` does for every entity of the Doc)."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type)


def word_len(para: Paragraph, s: int, e: int) -> int:
    return len(re.findall(r"\w+", para.text[s:e]))


def word_count(para: Paragraph, q: QuoteSpan) -> int:
    return word_len(para, *q.inner)
