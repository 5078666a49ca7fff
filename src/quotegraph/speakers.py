"""One speaker entity per person across a corpus: clean raw speaker strings and match them.

Inside one article the extractor resolves "he" and "Peskov" to the fullest name it saw. Across
articles the same person still appears as "Kremlin spokesman Dmitry Peskov", "Dmitri Peskov",
"D. Peskov" or plain "Peskov". :func:`parse_speaker` turns such a string into a
:class:`SpeakerName` whose ``key`` blocks candidates; :func:`match_speaker` then decides which
stored :class:`KnownSpeaker` with that key, if any, is the same entity.

    >>> s = parse_speaker("Kremlin spokesman Dmitri Peskov")
    >>> s.name, s.key, s.titles
    ('Dmitri Peskov', 'peskov', ['Kremlin spokesman'])
    >>> known = KnownSpeaker.from_parsed(1, parse_speaker("Dmitry Peskov"), "person")
    >>> match_speaker(s, "person", [known]).id
    1

Folding, for keys and first-name comparison (deliberately small, so keys stay predictable):

* case-folded; accents and other combining marks dropped (NFKD), a few letters without a
  decomposition mapped (ø→o, ł→l, đ→d, æ→ae, ...); everything but letters and digits removed,
  so "O'Brien" → "obrien". Non-Latin scripts are kept as they are, never transliterated.
* common romanisation variants of Slavic names smoothed: doubled letters collapse
  ("Zelenskyy" → "zelensky"), x → ks ("Alexander" → "aleksander"), a leading "ye" → "e"
  ("Yevgeny" → "evgeny"), and a final -i/-y/-iy/-ij/-yi/-j (after a vowel) → -y, so
  Dmitry/Dmitri/Dmitriy, Sergei/Sergey/Sergej and Zelensky/Zelenskiy/Zelenskyy share a form.
* a person's key is the last word of the surname without particles or an "al-"/"el-"
  article: "Ursula von der Leyen" and "von der Leyen" → "leyen", "Bashar al-Assad" → "assad".
  Organisations and groups are keyed by their whole folded text without a leading article.

Known limits: surnames written first ("Xi Jinping") or double surnames quoted in part
("López Obrador") get different keys; nicknames (Bill/William) are not variants.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

# Words that make what precedes a name a title: "President Joe Biden", "Mr. Peskov".
TITLE_WORDS = frozenset("""
    mr mrs ms miss mx dr prof professor sen senator rep representative gov governor mayor
    president vice minister premier chancellor secretary ambassador envoy commissioner
    spokesman spokeswoman spokesperson chairman chairwoman chair ceo director chief justice
    judge general gen col colonel lt capt captain admiral adm sgt sergeant king queen prince
    princess pope sheikh rabbi rev reverend father sir dame lord lady speaker leader adviser
    advisor
""".split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du",
                       "le", "la", "bin", "ibn", "dos", "das", "ter", "ten"})
ARTICLES = frozenset({"the", "a", "an"})
# After "of", "for" or "the" a capitalised run starts with the title's object: "Mayor of London
# Sadiq Khan", "Chancellor of the Exchequer Rachel Reeves".
CONNECTORS = frozenset({"of", "for", "the"})
# Words too common to count as overlap between two sets of titles.
TITLE_STOPWORDS = frozenset({"a", "an", "the", "of", "and", "for", "to", "in", "on", "former",
                             "then", "new"})
# Two spellings of a first name are variants if they are this similar (rapidfuzz ratio, 0-100)
# after folding: Aleksandr/Aleksander score 95; Carl/Carol 89 and Mario/Maria 80 must not pass.
FIRST_NAME_RATIO = 90
# ... or if their consonants agree and there are at least this many (Mohammed/Muhammad: m-h-m-d,
# while Hassan/Hussein share only h-s-n): vowels are what romanisations of Arabic disagree on.
MIN_SKELETON = 4
# Names shorter than this (after folding) are never fuzzy variants, only equal or initials.
MIN_VARIANT_LENGTH = 5
# How well the names of two people with one key agree, from no match to the same name.
NO_MATCH, SURNAME_ONLY, INITIAL, VARIANT, SAME = range(5)

_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                          "œ": "oe", "ı": "i"})
_EDGE_CHARS = "\"'“”‘’„‚«»‹›`´*•·–—-:;,!?[]{}<> \t\n\r"
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)[-‐‑]", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\(([^()]*)\)")
_COMMA_SUFFIX = re.compile(r",\s*((?:Jr|Sr|II|III|IV)\b\.?)")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_INITIALS = re.compile(r"(?:\w\.)+\w?")


@dataclass
class SpeakerName:
    """A cleaned speaker string: the name, its parts, its blocking key and any titles found."""

    name: str
    first: str | None
    last: str | None
    key: str
    titles: list[str] = field(default_factory=list)


@dataclass
class KnownSpeaker:
    """A speaker entity as stored: its fullest name, parts, key, titles and co-mentioned names."""

    id: object
    name: str
    kind: str | None
    first: str | None
    last: str | None
    key: str
    titles: list[str] = field(default_factory=list)
    co_mentions: set[str] = field(default_factory=set)

    @classmethod
    def from_parsed(cls, id: object, parsed: SpeakerName, kind: str | None = None,
                    co_mentions: Iterable[str] = ()) -> "KnownSpeaker":
        """A new entity for a speaker seen for the first time."""
        return cls(id=id, name=parsed.name, kind=kind, first=parsed.first, last=parsed.last,
                   key=parsed.key, titles=list(parsed.titles), co_mentions=set(co_mentions))


# --- folding ---------------------------------------------------------------------------------

def _fold(text: str) -> str:
    """Case-fold, drop accents and keep only letters and digits.

    >>> _fold("Erdoğan"), _fold("O'Brien"), _fold("Søren"), _fold("Песков")
    ('erdogan', 'obrien', 'soren', 'песков')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if c.isalnum())


def _fold_name(word: str) -> str:
    """Fold a name word and smooth common romanisation variants (see the module docstring).

    >>> {_fold_name(w) for w in ("Dmitry", "Dmitri", "Dmitriy", "Dmitrij")}
    {'dmitry'}
    >>> _fold_name("Zelenskyy") == _fold_name("Zelenskiy") == _fold_name("Zelensky")
    True
    >>> _fold_name("Alexander"), _fold_name("Yevgeniy"), _fold_name("Sergej")
    ('aleksander', 'evgeny', 'sergey')
    """
    folded = re.sub(r"(.)\1+", r"\1", _fold(word).replace("x", "ks"))
    folded = re.sub(r"^ye", "e", folded)
    return re.sub(r"(?:[iy]{1,2}j?|(?<=[aeou])j)$", "y", folded)


def _phrase_key(text: str) -> str:
    """Fold each word of an organisation or group name and drop a leading article.

    >>> _phrase_key("The Kremlin"), _phrase_key("senior Russian  officials")
    ('kremlin', 'senior russian officials')
    """
    words = [w for w in (_fold(t) for t in text.split()) if w]
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


# --- parsing ---------------------------------------------------------------------------------

def parse_speaker(name: str, title: str | None = None, kind: str | None = None) -> SpeakerName:
    """Clean a raw speaker string into a name, its parts, a blocking key and titles.

    ``title`` (the extractor's ``speaker_title``) is added to the titles found in ``name``.
    ``kind`` "organization" or "group" skips looking for a person's name; without it, text
    that starts with an article and names no person ("the White House") or has no capitalised
    name at its end ("senior Russian officials") is taken as an organisation or group. Those
    get ``first``/``last`` None and their whole folded text as key. Never raises.

    >>> p = parse_speaker("Peskov (Kremlin spokesman)")
    >>> p.name, p.first, p.last, p.key, p.titles
    ('Peskov', None, 'Peskov', 'peskov', ['Kremlin spokesman'])
    >>> parse_speaker("Dmitry Peskov, Kremlin spokesman").titles
    ['Kremlin spokesman']
    >>> p = parse_speaker("Prime Minister Keir Starmer's")
    >>> p.name, p.first, p.last, p.titles
    ('Keir Starmer', 'Keir', 'Starmer', ['Prime Minister'])
    >>> parse_speaker("Martin Luther King, Jr.").name
    'Martin Luther King Jr.'
    >>> parse_speaker("the Kremlin").key, parse_speaker("analysts").last
    ('kremlin', None)
    """
    parsed = _parse_speaker(name, title, kind)  # memoised: a corpus repeats its speakers
    return replace(parsed, titles=list(parsed.titles))


@lru_cache(maxsize=65536)
def _parse_speaker(name: str, title: str | None, kind: str | None) -> SpeakerName:
    text, titles = _clean(name)
    text, appositives = _split_appositives(text)
    titles += appositives + ([title] if title else [])
    if kind not in ("organization", "group"):
        prefix, tokens = _split_name(text.split())
        if tokens and not _is_organisation_prefix(prefix):
            return _person(tokens, _clean_titles([" ".join(prefix), *titles]))
    return SpeakerName(name=text, first=None, last=None, key=_phrase_key(text),
                       titles=_clean_titles(titles))


def _clean(raw: str) -> tuple[str, list[str]]:
    """Normalise spaces and edges, move parenthesised text to titles and drop a possessive.

    >>> _clean('  “Peskov’s” (Kremlin spokesman) ')
    ('Peskov', ['Kremlin spokesman'])
    """
    text = unicodedata.normalize("NFC", str(raw))
    outside = _PARENTHETICAL.sub(" ", text)
    if any(c.isalnum() for c in outside):  # not a name wholly in brackets: "(Peskov)"
        titles, text = [t for t in _PARENTHETICAL.findall(text) if t.strip()], outside
    else:
        titles = []
    text = " ".join(text.replace("(", " ").replace(")", " ").split())
    text = _COMMA_SUFFIX.sub(r" \1", text)
    for _ in range(2):  # quote marks can sit on either side of the possessive: “Peskov’s”
        text = _POSSESSIVE.sub("", _strip_edges(text))
    return text, titles


def _strip_edges(text: str) -> str:
    """Strip quote marks, bullets and punctuation around ``text``, keeping "Jr." and "D.".

    >>> _strip_edges('"Dmitry Peskov."'), _strip_edges("King Jr."), _strip_edges("Peskov D.")
    ('Dmitry Peskov', 'King Jr.', 'Peskov D.')
    """
    text = text.strip(_EDGE_CHARS)
    last = text.rsplit(" ", 1)[-1].rstrip(".")
    if text.endswith(".") and len(last) > 1 and _fold(last) not in SUFFIXES | TITLE_WORDS:
        text = text.rstrip(".").strip(_EDGE_CHARS)
    return text


def _split_appositives(text: str) -> tuple[str, list[str]]:
    """Split "Dmitry Peskov, Kremlin spokesman" (in either order) into a name and titles.

    >>> _split_appositives("Kremlin spokesman, Dmitry Peskov")
    ('Dmitry Peskov', ['Kremlin spokesman'])
    """
    parts = [p.strip() for p in text.split(",") if any(c.isalpha() for c in p)]
    if len(parts) < 2:
        return text, []
    named = next((i for i, part in enumerate(parts) if _split_name(part.split())[1]), 0)
    return parts[named], parts[:named] + parts[named + 1:]


def _split_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split tokens into what precedes a person's name (titles) and the name itself.

    The name is the trailing run of capitalised words (particles allowed inside), cut after
    its last title word when a name follows it; after "of"/"for"/"the" only the last two name
    words are kept, the others being the title's object.

    >>> _split_name("Foreign Minister Sergei Lavrov".split())
    (['Foreign', 'Minister'], ['Sergei', 'Lavrov'])
    >>> _split_name("Mayor of London Sadiq Khan".split())
    (['Mayor', 'of', 'London'], ['Sadiq', 'Khan'])
    >>> _split_name("Martin Luther King".split()), _split_name("senior officials".split())
    (([], ['Martin', 'Luther', 'King']), (['senior', 'officials'], []))
    """
    start = _name_run_start(tokens)
    after_titles = [i + 1 for i in range(start, len(tokens))
                    if _is_title_word(tokens[i]) and any(map(_is_core_name_word, tokens[i + 1:]))]
    if after_titles:
        start = after_titles[-1]
    elif start and tokens[start - 1].casefold() in CONNECTORS:
        names = [i for i in range(start, len(tokens)) if _is_core_name_word(tokens[i])]
        if len(names) > 2:
            start = names[-2]
    return tokens[:start], tokens[start:]


def _name_run_start(tokens: list[str]) -> int:
    """Where the trailing run of name words and inner particles starts (``len`` if none).

    >>> _name_run_start("spokeswoman Ursula von der Leyen".split())
    1
    """
    start = len(tokens)
    while start and (_is_name_word(tokens[start - 1])
                     or (start < len(tokens) and _fold(tokens[start - 1]) in PARTICLES)):
        start -= 1
    return start


def _is_name_word(token: str) -> bool:
    """A word that can be part of a name: capitalised or from a script without case.

    >>> [_is_name_word(t) for t in ("Peskov", "al-Assad", "习近平", "spokesman", "The", "57")]
    [True, True, True, False, False, False]
    """
    letters = [c for c in _ARABIC_ARTICLE.sub("", token) if c.isalpha()]
    return bool(letters) and not letters[0].islower() and token.casefold() not in ARTICLES


def _is_core_name_word(token: str) -> bool:
    """A name word that is not a title, particle or suffix: "Lavrov" but not "Minister"."""
    return _is_name_word(token) and _fold(token) not in TITLE_WORDS | PARTICLES | SUFFIXES


def _is_title_word(token: str) -> bool:
    return _fold(token) in TITLE_WORDS


def _is_organisation_prefix(prefix: list[str]) -> bool:
    """True when only an article and capitalised words precede the name: "the White House".

    >>> _is_organisation_prefix(["The", "Ministry", "of"]), _is_organisation_prefix(["the", "Rev."])
    (True, False)
    """
    return bool(prefix) and prefix[0].casefold() in ARTICLES and all(
        t.casefold() in CONNECTORS or (_is_name_word(t) and not _is_title_word(t))
        for t in prefix[1:])


def _clean_titles(titles: list[str]) -> list[str]:
    """Titles without a leading article, each once: "the Kremlin spokesman" -> "Kremlin
    spokesman"."""
    return merge_titles([], [_LEADING_ARTICLE.sub("", t.strip()) for t in titles])


def _person(tokens: list[str], titles: list[str]) -> SpeakerName:
    """A person's name from its words: first name, surname (with particles) and key.

    >>> p = _person("Ursula von der Leyen".split(), [])
    >>> p.first, p.last, p.key
    ('Ursula', 'von der Leyen', 'leyen')
    """
    core = list(tokens)
    while len(core) > 1 and _fold(core[-1]) in SUFFIXES:
        core.pop()
    first = core[0] if len(core) > 1 and _fold(core[0]) not in PARTICLES else None
    particles = [i for i in range(1, len(core)) if _fold(core[i]) in PARTICLES]
    surname_start = 0 if first is None else (particles or [len(core) - 1])[0]
    key = _fold_name(_ARABIC_ARTICLE.sub("", core[-1])) or _fold_name(core[-1])
    return SpeakerName(name=" ".join(tokens), first=first, last=" ".join(core[surname_start:]),
                       key=key, titles=titles)


# --- titles and display names ----------------------------------------------------------------

def merge_titles(known_titles: Iterable[str], new_titles: Iterable[str]) -> list[str]:
    """Titles of both lists, each once (ignoring case, spacing and dots), in first-seen order.

    Of two spellings of one title the more informative is kept: longer (punctuation such as
    "U.S."), then with more non-ASCII letters (accents), then in mixed case. Titles that are
    different words are all kept: "President" and "Vice President" are both facts.

    >>> merge_titles(["US envoy", "senator"], ["U.S.  envoy", "Senator", "governor"])
    ['U.S. envoy', 'Senator', 'governor']
    """
    merged: dict[str, str] = {}
    for title in [*known_titles, *new_titles]:
        title = " ".join(title.split())
        key = _phrase_key(title)
        if key and (key not in merged or _informativeness(title) > _informativeness(merged[key])):
            merged[key] = title
    return list(merged.values())


def _informativeness(title: str) -> tuple[int, int, bool]:
    return len(title), sum(not c.isascii() for c in title), not (title.islower() or title.isupper())


def display_name(current: str, candidate: str) -> str:
    """The fuller of two names of one speaker; ``current`` on a tie.

    Fuller means more words that are not initials, then more words, then longer.

    >>> display_name("Peskov", "Dmitry Peskov"), display_name("Dmitry Peskov", "D. Peskov")
    ('Dmitry Peskov', 'Dmitry Peskov')
    """
    return candidate if _fullness(candidate) > _fullness(current) else current


def _fullness(name: str) -> tuple[int, int, int]:
    words = name.split()
    return sum(not _is_initial(w) for w in words), len(words), len(name)


def _is_initial(word: str) -> bool:
    """ "D.", "D" or "J.D." but not "Al".

    >>> [_is_initial(w) for w in ("D.", "D", "J.D.", "Al", "Jr.")]
    [True, True, True, False, False]
    """
    return len(_fold(word)) == 1 or bool(_INITIALS.fullmatch(word))


# --- matching --------------------------------------------------------------------------------

def match_speaker(candidate: SpeakerName, kind: str | None, existing: list[KnownSpeaker],
                  co_mentions: Iterable[str] = frozenset()) -> KnownSpeaker | None:
    """The stored speaker that ``candidate`` is, or None to create a new one.

    ``existing`` are the stored speakers with the candidate's key. A person never matches an
    organisation or group (a missing kind is inferred: a parsed surname means a person).
    Persons match when their first names agree: equal after folding, romanisation variants
    ("Dmitri"/"Dmitry", "Mohammed"/"Muhammad"), or an initial ("D. Peskov"); a missing first
    name agrees with any; "Jr."/"Sr." must agree when both have first names. The closest
    agreement wins ("Dmitri Peskov" prefers a stored "Dmitry Peskov" to a stored "Peskov").
    If several tie (a bare "Clinton" with Hillary and Bill stored), the one sharing the most
    title words and co-mentioned names is chosen, and None if that is not unique: better a
    new entity than a wrong merge. Titles never split a match: a senator becomes president.

    >>> bill = KnownSpeaker.from_parsed(1, parse_speaker("Bill Clinton"), "person", ["Al Gore"])
    >>> hillary = KnownSpeaker.from_parsed(2, parse_speaker("Hillary Clinton"), "person")
    >>> match_speaker(parse_speaker("Hillary Rodham Clinton"), "person", [bill, hillary]).id
    2
    >>> match_speaker(parse_speaker("Clinton"), "person", [bill, hillary]) is None
    True
    >>> match_speaker(parse_speaker("Clinton"), "person", [bill, hillary], {"Gore"}).id
    1
    """
    graded = [(_agreement(candidate, kind, known), known) for known in existing]
    best = max((grade for grade, _ in graded), default=NO_MATCH)
    if best == NO_MATCH:
        return None
    tied = [known for grade, known in graded if grade == best]
    return tied[0] if len(tied) == 1 else _by_context(candidate, set(co_mentions), tied)


def _agreement(candidate: SpeakerName, kind: str | None, known: KnownSpeaker) -> int:
    is_person = _is_person(kind, candidate.last)
    if is_person != _is_person(known.kind, known.last) or candidate.key != known.key:
        return NO_MATCH
    if not is_person:
        return SAME
    if candidate.first and known.first and _suffix(candidate.name) != _suffix(known.name):
        return NO_MATCH
    return _first_name_agreement(candidate.first, known.first)


def _is_person(kind: str | None, last: str | None) -> bool:
    return kind == "person" if kind else last is not None


def _suffix(name: str) -> str | None:
    last = _fold(name.rsplit(" ", 1)[-1])
    return last if last in SUFFIXES else None


def _first_name_agreement(a: str | None, b: str | None) -> int:
    """How two first names of people with the same surname agree.

    >>> _first_name_agreement("Dmitri", "Dmitry") == SAME, _first_name_agreement("D.", "Dmitry")
    (True, 2)
    >>> _first_name_agreement("Mohammed", "Muhammad"), _first_name_agreement("Bill", "Hillary")
    (3, 0)
    """
    if not a or not b:
        return SURNAME_ONLY
    fa, fb = _fold_name(a), _fold_name(b)
    if fa == fb:
        return SAME
    if _is_initial(a) or _is_initial(b):
        return INITIAL if _fold(a)[:1] == _fold(b)[:1] else NO_MATCH
    return VARIANT if _are_variants(fa, fb) else NO_MATCH


def _are_variants(fa: str, fb: str) -> bool:
    """Folded first names that are spellings of one name: same first and last letter, and
    nearly equal or with the same consonants. The last letter marks gender in many languages
    (Alexander/Alexandra, Mario/Maria), so it must agree.

    >>> _are_variants("aleksandr", "aleksander"), _are_variants("mohamed", "muhamad")
    (True, True)
    >>> _are_variants("carl", "carol"), _are_variants("mario", "maria")
    (False, False)
    >>> _are_variants("hasan", "husein")
    False
    """
    if min(len(fa), len(fb)) < MIN_VARIANT_LENGTH or fa[0] != fb[0] or fa[-1] != fb[-1]:
        return False
    skeleton = _consonants(fa)
    return fuzz.ratio(fa, fb) >= FIRST_NAME_RATIO or (
        len(skeleton) >= MIN_SKELETON and skeleton == _consonants(fb))


def _consonants(folded: str) -> str:
    return folded[0] + re.sub(r"[aeiouy]", "", folded[1:])


def _by_context(candidate: SpeakerName, co_mentions: set[str],
                tied: list[KnownSpeaker]) -> KnownSpeaker | None:
    """The one speaker sharing the most title words and co-mentions, None if not unique."""
    words = _title_words(candidate.titles)
    mentions = _mention_keys(co_mentions) - {candidate.key}
    scores = [len(words & _title_words(k.titles)) + len(mentions & _mention_keys(k.co_mentions))
              for k in tied]
    top = max(scores)
    return tied[scores.index(top)] if top and scores.count(top) == 1 else None


def _title_words(titles: Iterable[str]) -> set[str]:
    return {w for t in titles for w in _phrase_key(t).split()} - TITLE_STOPWORDS


def _mention_keys(names: Iterable[str]) -> set[str]:
    """Mentioned names by key, so that "Al Gore" and "Gore" count as one."""
    return {parse_speaker(n).key for n in names} - {""}
