"""Split an article into blocks (one per non-empty line) and tell body text from the rest.

Scraped and machine-translated news mixes photo captions, photo credits, subheadings and bylines
into the text. They are not the article's body and must not yield quotes of their own. The rules
look at a line's shape (length, final punctuation, separators such as "Name | Agency | Getty
Images") and at its neighbours (a caption is the line just before a credit).
"""
from __future__ import annotations

import re

from ..models import Block

_AGENCIES = (r"Getty Images|AFP|Reuters|AP|Associated Press|EPA|EPA-EFE|Bloomberg|Sputnik|TASS|"
             r"Xinhua|Shutterstock|Alamy|Anadolu|NurPhoto|SOPA Images|LightRocket|Pool|Kremlin Pool|"
             r"Corbis|Gamma|Sipa|ZUMA|Redux|UPI|PA|PA Images|Moment|iStock|NBC|CNBC|Twitter|X|File")
_NAME_AGENCY = rf"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){{0,3}}\s*/\s*(?:{_AGENCIES})\b"  # Jane Roe/Reuters
_CREDIT = re.compile(
    rf"""^(?:
        (?:photo|photograph|image|picture|video|illustration|graphic)s?\s*(?:credit)?\s*(?:by|:|/|©).{{0,80}}  # Photo: ...
      | ©|\(c\)|copyright\b
      | [^|]{{1,60}}(?:\s\|\s[^|]{{1,60}}){{1,4}}                                # Name | Agency | Getty Images
      | {_NAME_AGENCY}.{{0,40}}
      | \(?(?:{_AGENCIES})(?:\s*(?:Photo|Images))?(?:\s*/\s*[A-Z][\w.'’ -]{{1,40}})?\)?  # (AP Photo/Jane Roe)
    )\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
BYLINE_LEAD = r"(?:by|byline:|story by|words by|reporting by|written by)"  # before a byline's names
_BYLINE = re.compile(rf"^{BYLINE_LEAD}\s+[A-Z][\w.'’-]+"
                     r"(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]+){0,8}[\s,;|]*.{0,60}$", re.IGNORECASE)
_CAPTION_CUE = re.compile(r"\((?:left|right|center|centre|L|R|C|top|bottom|pictured|file)\)|"
                          r"^(?:pictured|file photo|file:|photo:|above:|below:|top:)", re.IGNORECASE)
# a caption ending in its own credit: "Residents cheer on the quay. Photo: Jane Roe / Coastal Press",
# "The mayor speaks at the harbour on May 2. Jane Roe / AP file"
_CREDITED = re.compile(r"(?:[.!?]\s+|\s\()(?:photo|photograph|image|picture)s?\s*(?:credit)?\s*(?:by|:|/|©)"
                       r"\s*[^.!?]{1,60}\)?\s*$"
                       rf"|[.!?]\s+{_NAME_AGENCY}[^.!?/]{{0,20}}$", re.IGNORECASE)
_SENTENCE_END = tuple(".!?…:;\"”’»)")


MAX_BLOCK = 10_000  # characters: no real paragraph is longer; a longer line is cut into several
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»)]?\s+")


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of each non-empty line of ``text``, leading and trailing white space left out.

    A line longer than ``MAX_BLOCK`` (a whole article without line breaks) is cut at sentence
    ends into blocks of at most that size, so that no block is too long to parse.
    """
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_BLOCK:
            cut = _cut_point(text, s, s + MAX_BLOCK)
            spans.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            spans.append((s, e))
    return spans


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last sentence end (else white space, else ``limit``) in ``text[start:limit]``."""
    window = text[start:limit]
    ends = [m.start() + 1 for m in _SENTENCE_BREAK.finditer(window)]
    if ends and ends[-1] > len(window) // 2:
        return start + ends[-1] + (1 if window[ends[-1]:ends[-1] + 1] in "\"”’»)" else 0)
    space = window.rfind(" ")
    return start + space if space > 0 else limit


def is_credit(line: str) -> bool:
    """A photo credit line: "Jane Roe | AFP | Getty Images", "Photo: Jane Roe/Reuters"."""
    return len(line) <= 120 and len(line.split()) <= 14 and bool(_CREDIT.match(line))


# a clock time as live reports stamp their entries: "9:05 a.m.", "14:30 GMT", "08:20"
CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}T|UTC))?"
# a live report's time stamp before its entry's heading: "9:05 a.m. — ", "14:30 GMT - "
_TIME_STAMP = re.compile(rf"{CLOCK}\s*(?:[—–-]\s*|$)", re.I)


def is_heading(line: str) -> bool:
    """A short title or subheading: a few words, no sentence-final punctuation, starts upper-case
    (after a live report's time stamp, "9:05 a.m. — Schools closed"; or the time stamp alone)."""
    stamp = _TIME_STAMP.match(line)
    if stamp:
        line = line[stamp.end():]
        if not line:
            return True
    words = line.split()
    return (0 < len(words) <= 12 and line[0].isupper() and not line.endswith(_SENTENCE_END)
            and not any(m in line for m in "“”\"«»"))


def is_byline(line: str) -> bool:
    return len(line.split()) <= 16 and bool(_BYLINE.match(line))


def classify_blocks(text: str, title: str | None = None) -> list[Block]:
    """One Block per non-empty line, each classified as body, heading, caption, credit or byline.

    A caption is the line just before (or, failing that or when only the line after lacks a
    sentence's final full stop, just after) a credit, or a line with a caption marker such as
    "(left)" or its own credit; the first line is a heading when it is the article's title.
    """
    spans = split_blocks(text)
    lines = [text[s:e] for s, e in spans]
    kinds = []
    for i, line in enumerate(lines):
        if is_byline(line):  # before credits: "By Jane Roe | Chess Correspondent" is not a photo's
            kinds.append("byline")
        elif is_credit(line):
            kinds.append("credit")
        elif is_heading(line) or i == 0 and (title and line.strip(" .") == title.strip(" .")
                                             or len(spans) > 1 and _blank_between(text, spans[0][1], spans[1][0])
                                             and _headline(line)):
            kinds.append("heading")
        else:
            kinds.append("body")
    for i, kind in enumerate(kinds):
        if kind != "credit":
            continue
        # the photo's caption sits next to its credit: the line before, unless only the line
        # after reads as a caption, not a sentence of the story
        near = [j for j in (i - 1, i + 1)
                if 0 <= j < len(kinds) and kinds[j] == "body" and _looks_like_caption(lines[j])
                and not (j > i and _REPORTS.search(lines[j]))]  # the lede after the top photo
        unfinished = [j for j in near if not lines[j].endswith(".")]
        # ... or the one the layout binds to it, where a blank line parts it from the other
        bound = [j for j in near if not _blank_between(text, spans[min(i, j)][1], spans[max(i, j)][0])]
        if near:
            kinds[(bound if len(bound) == 1 and len(near) == 2 else unfinished or near)[0]] = "caption"
    for i, line in enumerate(lines):
        if (kinds[i] == "body" and _CAPTION_CUE.search(line)
                or kinds[i] in ("body", "heading") and _CREDITED.search(line)) and not _has_quote(line):
            kinds[i] = "caption"  # also "Crowds on the quay. Picture: Jane Roe", short as a heading
    return [Block(kind, s, e) for kind, (s, e) in zip(kinds, spans)]


def _headline(line: str) -> bool:
    """An article's first line (set off by a blank line) that reads as its headline: a few words,
    no final full stop, quoted words allowed ("Mayor: levy is “not a tax”")."""
    return (len(line.split()) <= 20 and not line.endswith((".", "!", "?", ":"))
            and (line[0].isupper() or line[0] in "“\"‘'«"))


def _has_quote(line: str) -> bool:
    return any(m in line for m in "“”\"«»")


def _blank_between(text: str, end: int, start: int) -> bool:
    """Whether a blank line parts two lines (the text between them)."""
    return text[end:start].replace("\r", "").count("\n") >= 2


def _looks_like_caption(line: str) -> bool:
    """Next to a credit, a single descriptive paragraph of modest length without dialogue; a
    short one may quote a phrase that no one speaks (a sign's "Save Harlow Creek")."""
    words = len(line.split())
    return words <= 80 and (not _has_quote(line) or words <= 40 and not _SAYS.search(line)
                            and all(len(q.split()) <= 5 for q in _QUOTED.findall(line)))


_QUOTED = re.compile(r"[“\"«]([^”\"»]*)[”\"»]?")
_SAYS = re.compile(r"\b(?:said|says|told|tells|asked|asks|added|adds|wrote|writes)\b", re.I)
# a story's sentence that reports what someone said, which a photo's caption seldom does
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|wrote|stated|states|declared|announced|noted|"
                      r"informed|reported|according to)\b", re.I)
