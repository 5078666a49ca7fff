"""Find quoted spans in a paragraph from its quotation marks alone (no parse needed).

News text is messy: curly and straight marks, « », marks never closed, quotes that run over
several paragraphs (no closing mark at the end of a paragraph, a new opening mark on the next).
The scanner never gives up on an article: an unbalanced mark is closed at the paragraph's end.

Apostrophes are not quotation marks: a single mark only opens at the start of a word and only
closes at the end of one, and single-quoted spans are only looked for outside double quotes
(inside they are nested quotes and belong to the outer quote's content).

British and Commonwealth papers quote the other way round ('We are ready,' she said, with
"double" marks nested inside): ``single_marked`` tells such an article, and ``find_quotes`` then
takes single marks as its primary quotation marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

# opening mark -> closing marks that end it
_DOUBLE_PAIRS = {"“": "”\"″", "„": "“”\"", "«": "»", "»": "«", '"': "\"”″", "”": "”\""}
_SINGLE_PAIRS = {"‘": "’'", "‚": "‘’", "‹": "›", "'": "'’"}
DOUBLE_MARKS = set("“”„«»\"″")
ALL_MARKS = DOUBLE_MARKS | set("‘’‚‹›'")


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted stretch of text: [start, end) covers the marks; ``closed`` is False when the
    paragraph ended first; ``primary`` when it is in the article's quotation marks (double ones,
    or single ones in a ``single_marked`` article), not a quote nested in one or a scare-quoted
    term in the other kind."""

    start: int
    end: int
    closed: bool
    primary: bool = True
    width: int = 1  # marks on each side: 2 for a quote ''typeset like this''

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the words between the marks."""
        return self.start + self.width, self.end - self.width if self.closed else self.end

    def last_char(self, text: str) -> str:
        """The quote's last character before its closing mark: the comma of “...,” and also of
        “... the 'Title Sponsor,' ” (a nested quote closing first, a space before the mark)."""
        start, end = self.inner
        words = text[start:end].rstrip(" \xa0")
        if len(words) > 1 and words[-1] in "'’" and words[-2] in ",.!?":
            words = words[:-1]
        return words[-1:]


_ALWAYS_OPEN = set("“„«‘‚‹")
_DOUBLE_OPEN = set("“„«")


def _opens(text: str, i: int) -> bool:
    """A mark at i may open a quote: always for “ « ‘ (but not ‘ inside a word), for a straight
    mark when it starts a word."""
    if text[i] == "‘" and i > 0 and text[i - 1].isalnum() and text[i + 1:i + 2].isalnum():
        return False  # an elision inside a word: "rock‘n’roll"
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


def _find_close(text: str, i: int, limit: int, closers: str, double: bool,
                pair: bool) -> tuple[int, bool]:
    """Where the quote opened just before i ends: (end offset, closed?).

    A new opening mark before any closing one means the quote was never closed: it ends there.
    ``pair``: the quote opened ''with two marks for one''; only two marks close it, and a single
    one inside closes a quote nested in it (''We met as the 'core four' today,'' she said).
    """
    for k in range(i + pair, limit):
        c = text[k]
        if c in closers and (double or _closes(text, k + pair)):
            if not double and not pair and _plural_possessive(text, k, limit, closers):
                continue
            doubled = not double and text[k + 1:k + 2] == c
            if pair and not doubled:
                continue
            if not doubled:
                return k + 1, True
            # a third mark: a nested quote and this one end together (''The 'Bowl.''')
            triple = text[k + 2:k + 3] == c and not text[k + 3:k + 4].isalnum()
            return k + 3 if triple else k + 2, True
        if c in (_DOUBLE_OPEN if double else "‘") and c not in closers:
            if _typed_as_closing(text, k):  # an opening mark typed for a closing one:
                return k + 1, True          # “Not yet,“ he said / ‘Tide after Tide‘ and
            if double:
                outer = _nested_close(text, k, limit, closers) if c == text[i - 1] else None
                return (outer, True) if outer is not None else (k, False)
    return limit, False


def _plural_possessive(text: str, k: int, limit: int, closers: str) -> bool:
    """'We had the Guides' jumble sale and a swim, everything,' she said: the mark after "Guides"
    and before a lower-case word is a plural's apostrophe when a mark after punctuation, further
    on, closes the quote."""
    if not (text[k - 1] == "s" and text[k + 1:k + 2] == " " and text[k + 2:k + 3].islower()):
        return False
    return any(text[m] in closers and text[m - 1] in ",.!?" and _closes(text, m) for m in range(k + 2, limit))


def _nested_close(text: str, k: int, limit: int, closers: str) -> int | None:
    """“I would rather live in what he calls “hell” than here”: a quote opened at k inside an open
    quote with the same mark, closed before it; the end of the outer quote when, after the inner
    one's closing mark, the next mark closes too (None when it opens, or none follows: the outer
    quote was never closed and a new one begins at k)."""
    marks = list(islice((m for m in range(k + 1, limit) if text[m] in closers or text[m] in _DOUBLE_OPEN), 2))
    if len(marks) == 2 and all(text[m] in closers for m in marks):
        return marks[1] + 1
    return None


def _scan(text: str, start: int, end: int, pairs: dict[str, str], double: bool, primary: bool,
          skip: list[tuple[int, int]] = ()) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    marks = _MARK_PATTERN[double]
    skip = iter(skip)  # in text order: the next one is the only one ahead that can hold i
    held = next(skip, None)
    i = start
    while (found := marks.search(text, i, end)) is not None:
        i = found.start()
        while held is not None and held[1] <= i:
            held = next(skip, None)
        if held is not None and held[0] <= i:
            i = held[1]
            continue
        if not _opens(text, i):
            i += 1
            continue
        limit = held[0] if held is not None else end
        closers = pairs[text[i]]
        pair = not double and text[i + 1:i + 2] == text[i] and text[i] in closers
        stop, closed = _find_close(text, i + 1, limit, closers, double, pair)
        # an unclosed single mark is an apostrophe -- unless single marks are the article's
        # quotation marks and it opens the paragraph (a quote running on to the next)
        if closed or double or primary and i == start:
            while not closed and stop > i + 1 and text[stop - 1].isspace():
                stop -= 1
            spans.append(QuoteSpan(i, stop, closed, primary, 2 if pair else 1))
            i = stop
        else:
            i += 1
    return spans


# the marks that may open a quote, for a scan that jumps from one to the next
_MARK_PATTERN = {double: re.compile("[" + re.escape("".join(pairs)) + "]")
                 for double, pairs in ((True, _DOUBLE_PAIRS), (False, _SINGLE_PAIRS))}


# dialogue as Spanish, Russian or Ukrainian print it, which machine translation keeps: a
# paragraph opens on a dash, and a dash before the narrator's words closes the speech --
# "—This budget is fiction —has sentenced Fernández." (no space after the closing dash) or
# "- We will rebuild it, - said Koval.", "— We will, — Koval said." (punctuation before it),
# "- It is under control - said the voivode." (a spaced dash before a narrator's sentence with no dash);
# "… - said Koval. - The money is there." goes on after the narrator's sentence
_DIALOGUE_OPEN = re.compile(r"[—–―-]\s?(?=[A-ZÀ-Þ¿¡«“\"])")
_DIALOGUE_CLOSE = re.compile(r"(?<=[,!?…])\s?[—–―-]\s?(?=\w)"          # ", - said Koval", ", — Koval said"
                             r"|(?<=\.)\s?[—–―-]\s?(?=[a-zà-þ])"       # ". - said Koval"
                             r"|\s[—–―](?=[a-zà-þ])"                   # " —has sentenced"
                             # Polish: "... go down - said the voivode.", a narrator's sentence that opens
                             # on a verb of saying and has no dash ("- Assess what you have — a list of
                             # assets" is a list's item)
                             r"|(?<=\w)\s[—–―-]\s(?=(?:(?:he|she|they|we|it)\s)?(?:[a-z]+ed|said|says|told|tells"
                             r"|adds|writes|wrote)\b(?:(?!\s[—–―-]\s)[^\n])*?(?:[.!?](?:\s|$)|$))")
_SPACED_DASH = re.compile(r"\s[—–―-]\s")
_DIALOGUE_AGAIN = re.compile(r"(?<=[.,])\s?[—–―-]\s?(?=[A-ZÀ-Þ«“\"])")


def _dialogue(text: str, start: int, end: int) -> list[QuoteSpan]:
    """The spoken parts of a paragraph of dialogue (see ``_DIALOGUE_OPEN``): each from its dash
    to the dash before the narrator's words, the last maybe to the paragraph's end; none unless
    the first is closed by such a dash (a paragraph opening on a dash may be a list's item)."""
    if not _DIALOGUE_OPEN.match(text, start):
        return []
    spans: list[QuoteSpan] = []
    i = start
    while True:
        close = _DIALOGUE_CLOSE.search(text, i + 1, end)
        if close is None:
            if spans:  # "... - said Koval. - The money is there."
                spans.append(QuoteSpan(i, end, False))
            return spans
        spaced = close.group()[:1].isspace() and close.group()[-1:].isspace()
        if spaced and _SPACED_DASH.search(text, i + 1, close.start()):
            return spans  # "- The plan – expected to cost 2m – was approved": asides, not a narrator
        stop = close.start() + len(close.group().rstrip()) if close.group().strip() else close.end()
        spans.append(QuoteSpan(i, stop, True))
        again = _DIALOGUE_AGAIN.search(text, stop, end)
        if again is None:
            return spans
        i = again.start() + len(again.group()) - len(again.group().lstrip())


def find_quotes(text: str, start: int = 0, end: int | None = None,
                single: bool = False) -> list[QuoteSpan]:
    """Quoted spans in ``text[start:end]`` (one paragraph), in order, with absolute offsets;
    ``single``: the article quotes with single marks (see ``single_marked``).

    >>> [(s.start, s.end, s.closed) for s in find_quotes('He said “yes” and “no')]
    [(8, 13, True), (18, 21, False)]
    """
    end = len(text) if end is None else end
    if single:
        outer = _scan(text, start, end, _SINGLE_PAIRS, False, True)
        nested = _scan(text, start, end, _DOUBLE_PAIRS, True, False, [(q.start, q.end) for q in outer])
    elif spoken := _dialogue(text, start, end):  # its lines (marks inside are theirs), and marks outside
        outer = sorted(spoken + _scan(text, start, end, _DOUBLE_PAIRS, True, True, [(q.start, q.end) for q in spoken]),
                       key=lambda q: q.start)
        nested = _scan(text, start, end, _SINGLE_PAIRS, False, False, [(q.start, q.end) for q in outer])
    else:
        outer = _scan(text, start, end, _DOUBLE_PAIRS, True, True)
        nested = _scan(text, start, end, _SINGLE_PAIRS, False, False, [(q.start, q.end) for q in outer])
    return sorted(outer + nested, key=lambda q: q.start)


SINGLE_STATEMENT_WORDS = 3  # a single-quoted span this long is a statement, not a term


@lru_cache(maxsize=16)
def single_marked(text: str) -> bool:
    """Whether an article quotes with single marks: its single-quoted spans of a few words or
    more (outside double quotes) outnumber its double-quoted ones."""
    singles = doubles = 0
    start = 0
    for line in text.split("\n"):
        for q in find_quotes(text, start, start + len(line)):
            if q.primary:
                doubles += 1
            elif len(text[q.start:q.end].split()) >= SINGLE_STATEMENT_WORDS:
                singles += 1
        start += len(line) + 1
    return singles > doubles
