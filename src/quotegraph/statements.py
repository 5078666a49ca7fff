"""The same statement reported by several outlets: group near-duplicate quotes, show changes.

Outlets quote one statement trimmed, re-punctuated, cut at different points or translated a
little differently. :func:`find_group` puts such a quote into an existing group of the same
speaker; :func:`wording_differs` and :func:`diff_words` then tell whether, and where, the
wordings in one group differ beyond the trivial (a "not" added, a number changed).

    >>> a = "“We will not abandon our partners.”"
    >>> b = "We will abandon our partners"
    >>> normalise_quote(a)
    'we will not abandon our partners'
    >>> find_group(b, "speaker-1", [("g1", a)])
    'g1'
    >>> wording_differs(a, b), diff_words(a, b)
    (True, [('not', '')])

Thresholds (rapidfuzz scores 0-100 on normalised text), chosen on the invented cases in
tests/test_statements.py:

* ``WHOLE_RATIO`` 85 on ``fuzz.ratio``: the same sentence re-punctuated or with a word or two
  changed scores 88-99, while different statements of one speaker score below 80 and a
  "stay"/"leave" reversal of a whole clause 84. A single substituted word ("Crimea" for
  "Donbas") still groups; :func:`wording_differs` is what flags it.
* ``PARTIAL_RATIO`` 90 on ``fuzz.partial_ratio`` of the shorter against the longer: an
  excerpt quoted by one outlet scores 100 inside the full quote (90 allows a changed word).
  Only excerpts of at least ``MIN_EXCERPT_WORDS`` (6) words count, so a stock phrase ("the job
  is done") does not pull different statements together.
* Quotes under ``MIN_FUZZY_WORDS`` (4) words group only when their normalised text is equal.

Paraphrases that share few exact words, and two excerpts that only overlap ("A B" and "B C"),
are left ungrouped: a missed group costs less than merging two different statements.
Word differences are found with difflib, which lines up the longest common runs first.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Hashable, Iterable, TypeVar

from rapidfuzz import fuzz

WHOLE_RATIO = 85
PARTIAL_RATIO = 90
MIN_EXCERPT_WORDS = 6
MIN_FUZZY_WORDS = 4

# A word: digits with their separators ("3.5", "1,000"), or letters with inner apostrophes.
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’ʼ]\w+)*")
_APOSTROPHES = re.compile(r"['’ʼ]")

Q = TypeVar("Q", bound=Hashable)
G = TypeVar("G")


def _words(text: str) -> list[str]:
    """The words of ``text`` as written (NFKC-normalised), without punctuation or quote marks."""
    return _WORD.findall(unicodedata.normalize("NFKC", text))


def _normalise_word(word: str) -> str:
    return _APOSTROPHES.sub("", word.casefold())


@lru_cache(maxsize=65536)  # the store normalises the same candidates for every new quote
def normalise_quote(text: str) -> str:
    """Lower-case words separated by single spaces; punctuation and quote marks dropped.

    Apostrophes are dropped inside words, separators inside numbers kept (3.5 is not 35).

    >>> normalise_quote("  “It’s NOT over,” — he said: 3.5%… ")
    'its not over he said 3.5'
    """
    return " ".join(_normalise_word(w) for w in _words(text))


def find_group(content: str, speaker_id: object, candidates: list[tuple[G, str]]) -> G | None:
    """The group among ``candidates`` whose statement ``content`` repeats, or None.

    ``candidates`` are (group id, representative content) of the groups of ``speaker_id``.
    A quote without a speaker (None) is never grouped: whose statement it repeats is unknown.
    Of several matching groups the most similar wins.

    >>> groups = [(1, "Talks will resume in Geneva next week."), (2, "We have no comment.")]
    >>> find_group("talks will resume in Geneva next week", "s1", groups)
    1
    >>> find_group("No comment", "s1", groups) is None
    True
    """
    if speaker_id is None:
        return None
    return _best_group(normalise_quote(content),
                       [(group, normalise_quote(text)) for group, text in candidates])


def _best_group(quote: str, candidates: Iterable[tuple[G, str]]) -> G | None:
    """The candidate group most similar to the normalised ``quote``, if similar enough."""
    best, best_score = None, 0.0
    for group, text in candidates:
        score = _similarity(quote, text)
        if score > best_score:
            best, best_score = group, score
    return best


def _similarity(a: str, b: str) -> float:
    """How surely normalised quotes ``a`` and ``b`` are one statement: 0 if they are not.

    >>> _similarity("no comment", "no comment"), _similarity("no comment", "no comment today")
    (100.0, 0.0)
    """
    if a == b:
        return 100.0
    short, long = sorted((a, b), key=len)
    short_words = len(short.split())
    if short_words < MIN_FUZZY_WORDS:
        return 0.0
    scores = [fuzz.ratio(a, b, score_cutoff=WHOLE_RATIO)]
    if short_words >= MIN_EXCERPT_WORDS:
        scores.append(fuzz.partial_ratio(short, long, score_cutoff=PARTIAL_RATIO))
    return max(scores)


def group_statements(items: Iterable[tuple[Q, object, str]]) -> dict[Q, Q]:
    """Group a corpus of (quote id, speaker id, content): quote id -> group id.

    A group is named by the id of its first quote. Quotes are compared only with groups of the
    same speaker, each group represented by its longest quote so far, so the work is linear in
    the corpus and quadratic only within one speaker's distinct statements. Quotes without a
    speaker each form their own group.

    >>> group_statements([(1, "a", "Prices will fall soon, very soon."),
    ...                   (2, "b", "Prices will fall soon, very soon."),
    ...                   (3, "a", "prices will fall soon very soon")])
    {1: 1, 2: 2, 3: 1}
    """
    groups: dict[Q, Q] = {}
    representatives: dict[object, dict[Q, str]] = defaultdict(dict)  # speaker -> group -> text
    for quote_id, speaker_id, content in items:
        quote = normalise_quote(content)
        mine = representatives[speaker_id]
        group = _best_group(quote, mine.items()) if speaker_id is not None else None
        if group is None:
            group = quote_id
        if len(quote) > len(mine.get(group, "")):
            mine[group] = quote
        groups[quote_id] = group
    return groups


def diff_words(a: str, b: str) -> list[tuple[str, str]]:
    """The runs of words that differ between two wordings, as (in ``a``, in ``b``).

    Case, punctuation and quote marks are ignored, and so are words only one wording has at
    its start or end (one outlet quoted more of the statement). Words are shown as written.

    >>> diff_words("Growth was 3 percent, and we expect more.", "growth was 5 percent and we")
    [('3', '5')]
    >>> diff_words("We will win.", "We will surely, surely win")
    [('', 'surely surely')]
    """
    words_a, words_b = _words(a), _words(b)
    runs = _changed_runs(list(map(_normalise_word, words_a)), list(map(_normalise_word, words_b)))
    return [(" ".join(words_a[i:j]), " ".join(words_b[k:l])) for i, j, k, l in runs]


def _changed_runs(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """Differing spans (a_start, a_end, b_start, b_end) between word lists ``a`` and ``b``,
    leaving out words that only one list has at the start or end.

    Longest common runs are matched first (difflib's Ratcliff/Obershelp), so an excerpt lines up
    with the passage it was cut from even when its first words also occur earlier.

    >>> _changed_runs("x we will win".split(), "we will not win".split())
    [(3, 3, 2, 3)]
    """
    if (len(b), b) < (len(a), a):  # difflib breaks ties by order: compare in one order only
        return [(i, j, k, l) for k, l, i, j in _changed_runs(b, a)]
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return [(i, j, k, l) for tag, i, j, k, l in opcodes
            if tag != "equal" and not _is_trim((i, j, k, l), len(a), len(b))]


def _is_trim(span: tuple[int, int, int, int], len_a: int, len_b: int) -> bool:
    """Whether a differing span is words that only one side has, at the start or the end."""
    a_start, a_end, b_start, b_end = span
    one_sided = a_start == a_end or b_start == b_end
    return one_sided and (a_start == b_start == 0 or (a_end, b_end) == (len_a, len_b))


def wording_differs(a: str, b: str) -> bool:
    """Whether two wordings of one statement differ in their words, not just in case,
    punctuation, quote marks or how much of the statement each quotes.

    >>> wording_differs("“We are ready to talk,” he said", "we are ready to talk.")
    False
    >>> wording_differs("We are ready to talk", "We are not ready to talk")
    True
    """
    return bool(diff_words(a, b))
