"""Find quoted spans in a paragraph from its quotation marks alone (no parse needed).

News text is messy: curly and straight marks, « », marks never closed, quotes that run over
several paragraphs (no closing mark at the end of a paragraph, a new opening mark on the next).
The scanner never gives up on an article: an unbalanced mark is closed at the paragraph's end.

Apostrophes are not quotation marks: a single mark only opens at the start of a word and only
closes at the end of one, and single-quoted spans are only looked for outside double quotes
(inside they are nested quotes and belong to the outer quote's content).
"""
from __future__ import annotations

from dataclasses import dataclass

# opening mark -> closing marks that end it
_DOUBLE_PAIRS = {"“": "”\"″", "„": "“”\"", "«": "»", "»": "«", '"': "\"”″", "”": "”\""}
_SINGLE_PAIRS = {"‘": "’'", "‚": "‘’", "‹": "›", "'": "'’"}
DOUBLE_MARKS = set("“”„«»\"″")
ALL_MARKS = DOUBLE_MARKS | set("‘’‚‹›'")


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted stretch of text: [start, end) covers the marks; ``closed`` is False when the
    paragraph ended first; ``double`` tells double from single marks."""

    start: int
    end: int
    closed: bool
    double: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the words between the marks."""
        return self.start + 1, self.end - 1 if self.closed else self.end


_ALWAYS_OPEN = set("“„«‘‚‹")
_DOUBLE_OPEN = set("“„«")


def _opens(text: str, i: int) -> bool:
    """A mark at i may open a quote: always for “ « ‘, for a straight mark when it starts a word."""
    if text[i] in _ALWAYS_OPEN:
        return True
    if text[i] == "”" and (i == 0 or text[i - 1] == "\n") and text[i + 1:i + 2].isalpha():
        return True  # a closing mark typed at the start of a paragraph opens it
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """A single mark at i closes a quote when it ends a word: not the apostrophe of "don't"."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i > 0 and not text[i - 1].isspace() and not after.isalnum()


def _typed_as_closing(text: str, i: int) -> bool:
    """An opening mark that ends a word and is followed by a space or punctuation closes."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i > 0 and not text[i - 1].isspace() and (after.isspace() or after in ".,;:!?)—–")


def _find_close(text: str, i: int, limit: int, closers: str, double: bool) -> tuple[int, bool]:
    """Where the quote opened just before i ends: (end offset, closed?).

    A new opening mark before any closing one means the quote was never closed: it ends there.
    """
    for k in range(i, limit):
        c = text[k]
        if c in closers and (double or _closes(text, k)):
            return k + 1, True
        if double and c in _DOUBLE_OPEN and c not in closers:
            if _typed_as_closing(text, k):
                return k + 1, True  # “Not yet,“ he said: an opening mark typed for a closing one
            return k, False
    return limit, False


def _scan(text: str, start: int, end: int, pairs: dict[str, str], double: bool,
          skip: list[tuple[int, int]] = ()) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i = start
    while i < end:
        inside = next((e for s, e in skip if s <= i < e), None)
        if inside is not None:
            i = inside
            continue
        if text[i] not in pairs or not _opens(text, i):
            i += 1
            continue
        limit = min([s for s, _ in skip if s > i] + [end])
        stop, closed = _find_close(text, i + 1, limit, pairs[text[i]], double)
        if closed or double:  # an unclosed single mark is an apostrophe, not a quote
            while not closed and stop > i + 1 and text[stop - 1].isspace():
                stop -= 1
            spans.append(QuoteSpan(i, stop, closed, double))
            i = stop
        else:
            i += 1
    return spans


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Quoted spans in ``text[start:end]`` (one paragraph), in order, with absolute offsets.

    >>> [(s.start, s.end, s.closed) for s in find_quotes('He said “yes” and “no')]
    [(8, 13, True), (18, 21, False)]
    """
    end = len(text) if end is None else end
    doubles = _scan(text, start, end, _DOUBLE_PAIRS, True)
    singles = _scan(text, start, end, _SINGLE_PAIRS, False, [(q.start, q.end) for q in doubles])
    return sorted(doubles + singles, key=lambda q: q.start)
