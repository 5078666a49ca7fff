"""Is a text English? quotegraph's model and rules read English; another language gives junk
attributions, so such an article is reported instead of extracted.

A cheap count, no model: the share of letters outside the Latin alphabets, and the most frequent
function words of English against those of the languages written in Latin letters that news
crawls hold most (Spanish, Portuguese, French, German, Italian, Dutch, Indonesian). Words that
are also English words or common in English names ("die", "van", "Los", "non-") are left out.
"""
from __future__ import annotations

import re

ENGLISH = frozenset("the of and that for with this from have has was were which would been who "
                    "said they their he she his her will it not but are by".split())
OTHERS = frozenset(
    "que por una para es se lo "                 # Spanish
    "não uma da dos das em "                     # Portuguese
    "les du une et pour dans qui pas sur "       # French
    "der das und ist nicht auf sich zu ein eine "  # German
    "il di che della delle sono gli "            # Italian
    "het een niet voor zijn ook "                # Dutch
    "yang dengan untuk dari ini itu tidak ke".split())  # Indonesian
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 40  # shorter texts (a headline, a caption) are too little to judge
LATIN_END = "\u024f"  # the last letter of Latin Extended-B


def foreign(text: str) -> str | None:
    """Why ``text`` is not English, or None when it is (or is too short to tell)."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    letters = "".join(words)
    if sum(c > LATIN_END for c in letters) > len(letters) / 2:
        return "it is not written in the Latin alphabet"
    english = sum(w in ENGLISH for w in words)
    others = sum(w in OTHERS for w in words)
    if others >= 2 * english and others >= 0.05 * len(words):
        return "its commonest words are not English ones"
    return None
