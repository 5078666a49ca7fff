"""Two of the model's components, applied a token type at a time: the same annotations for less.

spaCy's English pipelines end with an ``attribute_ruler`` (a few hundred Matcher patterns that
map each token's fine-grained tag to its part of speech and morphology) and a rule
``lemmatizer``; applying them token by token in Python costs a quarter of the parse. What they
set depends only on a few values of each token -- LOWER, TAG, DEP and IS_SPACE for the ruler's
patterns (a handful span two tokens), ORTH, POS and MORPH for the lemmatizer -- so these
versions work out once per distinct combination what the component would set, remember it, and
write a whole Doc's columns with one ``Doc.from_array``. The annotations are the components',
token for token (a test checks it); a component of another kind is not replaced (``of``
returns None).
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

MEMO_SIZE = 500_000  # remembered token types per component; forgotten all at once when full

_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")   # what patterns may test
_COLUMNS = {"POS": 0, "TAG": 1, "MORPH": 2, "LEMMA": 3, "DEP": 4}  # what patterns may set
_OUT = [POS, TAG, MORPH, LEMMA, DEP]

Key = tuple[str, str, str, bool]


def _value_ok(value, want) -> bool:
    if isinstance(want, dict):
        if set(want) == {"IN"}:
            return value in want["IN"]
        if set(want) == {"NOT_IN"}:
            return value not in want["NOT_IN"]
        if set(want) == {"REGEX"}:
            return re.search(want["REGEX"], value) is not None
        raise ValueError(want)
    return value == want


def _matches(key: Key, spec: dict) -> bool:
    values = dict(zip(_KEYS, key))
    return all(_value_ok(values[k], want) for k, want in spec.items())


def _literals(spec: dict) -> list[str] | None:
    """The LOWER strings a token spec accepts, when it names them."""
    low = spec.get("LOWER")
    if isinstance(low, str):
        return [low]
    if isinstance(low, dict) and set(low) == {"IN"}:
        return list(low["IN"])
    return None


def _supported(spec: dict) -> bool:
    if not set(spec) <= set(_KEYS):
        return False
    try:
        _matches(("", "", "", False), spec)
    except (ValueError, TypeError):
        return False
    return True


class FastAttributes:
    """What ``ruler`` does to a Doc, computed per (LOWER, TAG, DEP, IS_SPACE) and memoised."""

    def __init__(self, ruler: AttributeRuler):
        self.vocab = ruler.vocab
        self.patterns = ruler.patterns          # in the ruler's order: later ones win
        self.general: list[tuple[int, dict]] = []       # one-token patterns not naming LOWER
        self.by_lower: dict[str, list[tuple[int, dict]]] = {}
        self.other: list[tuple[int, dict]] = []         # one-token patterns with a LOWER regex
        self.anchors: dict[int, list] = {}      # LOWER hash -> (id, pattern, index, position)
        for n, p in enumerate(self.patterns):
            for pattern in p["patterns"]:
                if len(pattern) == 1:
                    spec = pattern[0]
                    names = _literals(spec)
                    if "LOWER" not in spec:
                        self.general.append((n, spec))
                    elif names:
                        for name in names:
                            self.by_lower.setdefault(name, []).append((n, spec))
                    else:
                        self.other.append((n, spec))
                else:
                    k = next(k for k, spec in enumerate(pattern) if _literals(spec))
                    for name in _literals(pattern[k]):
                        key = self.vocab.strings.add(name)
                        self.anchors.setdefault(key, []).append((n, pattern, p["index"], k))
        self._general: dict[tuple, list[int]] = {}
        self._memo: dict[tuple, dict[int, int]] = {}

    @classmethod
    def of(cls, ruler) -> "FastAttributes | None":
        """The fast equivalent of ``ruler``, or None when its patterns are of another kind."""
        if not isinstance(ruler, AttributeRuler):
            return None
        for p in ruler.patterns:
            if not set(p["attrs"]) <= set(_COLUMNS):
                return None
            for pattern in p["patterns"]:
                if not all(_supported(spec) for spec in pattern):
                    return None
                if len(pattern) > 1 and not any(_literals(spec) for spec in pattern):
                    return None
        return cls(ruler)

    def _key(self, hashes: list[int]) -> Key:
        s = self.vocab.strings
        return s[hashes[0]], s[hashes[1]], s[hashes[2]], bool(hashes[3])

    def _single(self, key: Key) -> list[int]:
        """Ids of the one-token patterns that match a token of this kind."""
        general = self._general.get(key[1:])
        if general is None:
            general = self._general[key[1:]] = [n for n, spec in self.general if _matches(key, spec)]
        return general + [n for n, spec in self.by_lower.get(key[0], []) + self.other if _matches(key, spec)]

    def _columns(self, ids: list[int]) -> dict[int, int]:
        """The column values the patterns ``ids`` set, applied in the ruler's order."""
        attrs: dict[str, str] = {}
        for n in sorted(ids):
            attrs.update(self.patterns[n]["attrs"])
        out = {}
        for name, value in attrs.items():
            if name == "POS":
                out[0] = POS_IDS[value]
            elif name == "MORPH":
                out[2] = self.vocab.morphology.add(value)
            else:
                out[_COLUMNS[name]] = self.vocab.strings.add(value)
        return out

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        spanning: dict[int, list[int]] = {}     # token -> ids of multi-token patterns it gets
        for i, row in enumerate(keys):
            for n, pattern, index, k in self.anchors.get(row[0], ()):
                start = i - k
                if start >= 0 and start + len(pattern) <= len(keys) and all(
                        _matches(self._key(keys[start + j]), pattern[j]) for j in range(len(pattern))):
                    spanning.setdefault(start + index % len(pattern), []).append(n)
        out = doc.to_array(_OUT)
        for i, row in enumerate(keys):
            key = tuple(row)
            if i in spanning:
                columns = self._columns(self._single(self._key(row)) + spanning[i])
            else:
                columns = self._memo.get(key)
                if columns is None:
                    if len(self._memo) >= MEMO_SIZE:
                        self._memo.clear()
                    columns = self._memo[key] = self._columns(self._single(self._key(row)))
            for c, value in columns.items():
                out[i, c] = value
        doc.from_array(_OUT, out)
        return doc


class FastLemmas:
    """What a rule ``lemmatizer`` does to a Doc, memoised per (ORTH, POS, MORPH)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], int] = {}

    @classmethod
    def of(cls, lemmatizer) -> "FastLemmas | None":
        """The fast equivalent of a rule lemmatizer that keeps lemmas already set, or None."""
        if (type(lemmatizer).__name__ not in ("Lemmatizer", "EnglishLemmatizer")
                or getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True)):
            return None
        return cls(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # the attribute ruler set it
            key = (orth, pos, morph)
            value = self._memo.get(key)
            if value is None:
                if len(self._memo) >= MEMO_SIZE:
                    self._memo.clear()
                value = self._memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc
