"""Who wrote an article: the names in a page's author metadata or a "By ..." byline.

Publishers' author fields are noisy: trafilatura returns "Condé Nast; Molly Wood", "Tom Roe;
Ap Auto Writer", "Phil Roe is a reporter", "Jan Roe Monday; November", "Harbour Post Staff".
``clean_authors`` keeps the parts that are a person's name of two to four words, with roles and
dates cut off and publishers, desks and staff credits dropped. An article's ``author`` is those
names joined by "; ". ``sole_author`` is the one person who says "I" in the article's own text.
"""
from __future__ import annotations

import re

from .nlp.blocks import BYLINE_LEAD

# a part naming one of these is a publisher, an agency or a desk, not a person
_ORGANISATIONAL = {
    "ap", "afp", "upi", "cnn", "bbc", "reuters", "associated", "press", "nast", "insider", "com", "inc",
    "llc", "ltd", "group", "admin", "post", "times", "journal", "tribune", "herald", "gazette", "daily",
    "weekly", "magazine", "blog", "sport", "sports", "staff", "editorial", "bureau", "team", "desk",
    "services", "wire", "editors", "newsroom", "media", "network", "reports", "the", "agency",
}
# words after a name that say what the writer is or when they wrote: cut from there
_TRAILING = {
    "reporter", "writer", "correspondent", "editor", "columnist", "contributor", "published", "updated",
    "news", "international", "is", "was", "and", "for", "at", "in", "on", "|",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}
_BY = re.compile(rf"^\s*{BYLINE_LEAD}\s+", re.IGNORECASE)
_WORD = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*$")


def clean_authors(raw: str | None, outlet: str | None = None) -> str | None:
    """The people among an author field's parts ("; "-joined), or None if it names none."""
    if not raw:
        return None
    outlet_words = {w.lower() for w in (outlet or "").split()}
    names: list[str] = []
    for part in re.split(r"\s*(?:;|,|\band\b|&)\s*", raw):
        name = _person(part, outlet_words)
        if name is None:
            continue
        words = set(name.lower().split())
        if any(words <= set(n.lower().split()) for n in names):
            continue  # "Troy Smith" after "Troy L Smith"
        names = [n for n in names if not set(n.lower().split()) <= words] + [name]
    return "; ".join(names) or None


def _person(part: str, outlet_words: set[str]) -> str | None:
    words = part.split()
    for i, w in enumerate(words):
        if w.lower().strip(".,") in _TRAILING:
            words = words[:i]
            break
    if words and len(words[-1].rstrip(".,")) > 1 and words[-1].rstrip(".,") not in ("Jr", "Sr"):
        words[-1] = words[-1].rstrip(".,")  # "Jane Roe." but "Jane Roe Jr." and "Sam E."
    if any(w.isupper() for w in words) and all(w.isupper() or not w.isalpha() for w in words):
        words = [w.title() for w in words]  # "JANE ROE"
    low = [w.lower().strip(".,") for w in words]
    if (not 2 <= len(words) <= 4 or not all(_WORD.match(w) for w in words)
            or any(w in _ORGANISATIONAL for w in low) or set(low) <= outlet_words
            or any(ch.isdigit() for w in words for ch in w)):
        return None
    return " ".join(words)


def byline_authors(line: str) -> str | None:
    """The people a byline names: "By Jane Roe and Sam Poe, Harbour Post" -> "Jane Roe; Sam Poe"."""
    match = _BY.match(line)
    if match is None:
        return None
    names = line[match.end():]
    head, _, last = names.rpartition(",")
    if head and " and " not in last:  # "..., Harbour Post": the outlet or the writer's post
        names = head
    return clean_authors(names)


def sole_author(author: str | None) -> str | None:
    """The article's writer when it has exactly one person: the "I" of its unquoted text."""
    names = (clean_authors(author) or "").split("; ")
    return names[0] if len(names) == 1 and names[0] else None
