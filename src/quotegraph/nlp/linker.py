"""A learned speaker linker: which mention in a cue's sentence is the one who speaks?

``mentions.subject_of`` follows the parse (the cue's subject, "according to X", the subject of the
verb a participle hangs on). The parse is often wrong exactly where attribution is hardest --
inverted frames ("“...,” tweeted the senator's spokesman Jane Roe"), long appositions, a quote
between the cue and its subject -- and PolNeAR writes a relative clause's speaker as its
pronoun ("Roe, who said ..."). The linker ranks every noun-phrase head of the sentence outside
quotations with a logistic model over the dependency path to the cue, side, distance, kind of
mention and whether the rule chose it; trained on PolNeAR train (``quotegraph.training``) and
shipped as JSON weights (``linear.py``).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .linear import LogisticModel, packaged_model
from .mentions import set_off_participle, subject_of
from .paragraph import SUBJECT_DEPS, Paragraph
from .people import is_person_noun

_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_INSIDE_NP = {"compound", "flat", "det", "amod", "nummod", "nmod"}  # parts of a noun phrase, not heads
RELATIVE = {"WP", "WDT"}


def candidates(cue: Token, para: Paragraph, tokens: list[Token] | None = None) -> list[Token]:
    """Noun-phrase heads of the cue's sentence (``tokens``, when the caller has listed them)
    outside quotations (relative pronouns included, and every subject whatever the tagger took
    it for: "Small, who ..., said" with "Small" an adjective; an expletive "there" or "it" speaks
    for nobody, nor does the date, time or amount of an adverbial: "announced in October",
    "said Tuesday" -- unlike "the 61-year-old said"; nor a participle the parse made a subject:
    "Reacting, the governor's spokesman said")."""
    return [t for t in (tokens if tokens is not None else cue.sent) if t.i != cue.i
            and para.quote_index(t) is None
            and (t.pos_ in _NOMINAL or t.tag_ in RELATIVE or t.dep_ in SUBJECT_DEPS)
            and not t.is_punct and t.dep_ not in ("punct", "expl")
            and not (t.ent_type_ in _NO_SPEAKER and t.dep_ in ("pobj", "npadvmod") and t.head.lower_ != "old")
            and not (t.dep_ in _INSIDE_NP and t.head.pos_ in _NOMINAL)
            and not set_off_participle(t)]


_NO_SPEAKER = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def _to_root(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def dependency_path(tok: Token, cue: Token, cue_chain: list[Token] | None = None) -> str:
    """Relations from ``tok`` up to the lowest common ancestor, then down to ``cue``:
    "nsubj|" is the cue's own subject, "nsubj|advcl" the subject of the verb the cue hangs on.
    ``cue_chain`` is ``cue``'s chain of heads, when the caller has it."""
    up, down = _to_root(tok), cue_chain or _to_root(cue)
    depth = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in depth:
            if k > 4 or depth[t.i] > 3:
                return "long"
            return "^".join(x.dep_ for x in up[:k]) + "|" + "v".join(x.dep_ for x in reversed(down[:depth[t.i]]))
    return "none"


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-12" if n <= 12 else "13+"


class _Sentence:
    """What the features of every candidate read from the cue's sentence, computed once per cue:
    the cue's chain of heads, and running counts of quoted tokens and commas."""

    def __init__(self, cue: Token, para: Paragraph, tokens: list[Token]):
        self.chain = _to_root(cue)
        self.first = tokens[0].i
        self.quoted, self.commas = [0], [0]
        for t in tokens:
            self.quoted.append(self.quoted[-1] + (para.quote_index(t) is not None))
            self.commas.append(self.commas[-1] + (t.text == ","))

    def between(self, counts: list[int], lo: int, hi: int) -> int:
        """How many of tokens lo+1 .. hi-1 (doc indices) ``counts`` counts."""
        return counts[hi - self.first] - counts[lo + 1 - self.first]


def features(tok: Token, cue: Token, para: Paragraph, rule: Token | None, nearest: bool,
             sentence: _Sentence) -> list[str]:
    """Categorical features of one candidate speaker ``tok`` for ``cue`` (in ``sentence``)."""
    path = dependency_path(tok, cue, sentence.chain)
    side = "L" if tok.i < cue.i else "R"
    lo, hi = sorted((tok.i, cue.i))
    quote_between = sentence.between(sentence.quoted, lo, hi) > 0
    commas = _bucket(sentence.between(sentence.commas, lo, hi))
    dist = _bucket(hi - lo)
    kind = tok.ent_type_ or (f"PRP-{tok.lower_}" if tok.tag_ in ("PRP", *RELATIVE) else tok.tag_)
    person = tok.ent_type_ == "PERSON" or is_person_noun(tok)
    chosen = rule is not None and rule.i == tok.i
    return [f"rule={chosen}", f"norule={rule is None}", f"path={path}", f"rule|path={chosen}|{path}",
            f"norule|path={rule is None}|{path}", f"path|side={path}|{side}", f"path|ctag={path}|{cue.tag_}",
            f"dep={tok.dep_}", f"dep|side={tok.dep_}|{side}", f"kind={kind}", f"kind|dep={kind}|{tok.dep_}",
            f"person={person}", f"person|dep={person}|{tok.dep_}", f"side={side}", f"dist={dist}",
            f"side|dist={side}|{dist}", f"quote_between={quote_between}", f"commas={commas}",
            f"nearest={nearest}", f"ctag={cue.tag_}", f"cdep={cue.dep_}", f"clemma={cue.lemma_.lower()}"]


def candidate_features(cue: Token, para: Paragraph) -> tuple[list[Token], list[list[str]]]:
    """The candidates for ``cue`` and each one's features."""
    tokens = list(cue.sent)
    cands = candidates(cue, para, tokens)
    if not cands:
        return cands, []
    rule = subject_of(cue, para)
    if rule is not None and all(t.i != rule.i for t in cands):
        cands.append(rule)  # a subject the tagger misread ("“...,” Early says")
    sentence = _Sentence(cue, para, tokens)
    left = [t.i for t in cands if t.i < cue.i]
    right = [t.i for t in cands if t.i > cue.i]
    nearest = {left[-1] if left else None, right[0] if right else None}
    return cands, [features(t, cue, para, rule, t.i in nearest, sentence) for t in cands]


class SpeakerLinker:
    """Picks the best-scoring candidate; the rule's choice when the sentence has none."""

    def __init__(self, model: LogisticModel):
        self.model = model

    def speaker(self, cue: Token, para: Paragraph) -> tuple[Token | None, float | None, float | None]:
        """The speaker's head token, its score and the runner-up's (no scores when the rule
        decided; no runner-up when there was one candidate)."""
        return para.remember(("speaker", self.model), cue.i, lambda: self._speaker(cue, para))

    def _speaker(self, cue: Token, para: Paragraph) -> tuple[Token | None, float | None, float | None]:
        cands, feats = candidate_features(cue, para)
        if not cands:
            return subject_of(cue, para), None, None
        scores = [self.model.probability(f) for f in feats]
        order = sorted(range(len(cands)), key=scores.__getitem__, reverse=True)
        return cands[order[0]], scores[order[0]], scores[order[1]] if len(order) > 1 else None


@lru_cache(maxsize=1)
def default_linker() -> SpeakerLinker | None:
    """The shipped linker, or None (then the rules pick speakers)."""
    model = packaged_model("speaker_model")
    return SpeakerLinker(model) if model is not None else None
