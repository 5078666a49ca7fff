"""A learned quote framer: which verb, if any, frames a quotation ("“...,” she said")?

The rules (``frames.right_cue``, ``frames.left_cue``) accept a frame only when the words between
the quotation and its cue are the cue's subject, adverbs or a colon -- precise on clean parses,
brittle where the parse slips ("Bozell notes." read as a noun compound), where the subject is a
long apposition, or where a second quoted segment continues the first ("“A,” she said. “B.”",
which PolNeAR gives the same cue). The framer scores every verb near the quotation (between the
neighbouring quotations, in the quote's sentences and one on each side) with a logistic model over
the shape of what lies between (punctuation, words, verbs, sentence ends), the quote's last
character and what follows it, the cue detector's probability, the verb's relation to the quote,
and whether the rules chose it; the best verb frames the quote when it scores above the
threshold. A quote that is a fragment of a larger reported clause is not framed: the clause's cue
reports it (a mixed quote). Trained on PolNeAR train (``quotegraph.training``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from .cues import cue_lemma, is_according, is_passive, set_phrase
from .frames import NO_FRAME, Frame, left_cue, right_cue
from .linear import LogisticModel, packaged_model
from .mentions import subject_of
from .paragraph import Paragraph
from .quotemarks import QuoteSpan

SENTENCE_ENDS = (".", "?", "!", ";")


def candidates(q: QuoteSpan, para: Paragraph) -> list[Token]:
    """Verbs (and "according") outside quotations between the neighbouring quotations, in the
    sentences the quote spans and the sentence on each side; not those of a set phrase ("That
    said, “...”")."""
    lo = max([x.end for x in para.quotes if x.primary and x.end <= q.start] + [para.start])
    hi = min([x.start for x in para.quotes if x.primary and x.start >= q.end] + [para.end])
    inside = para.tokens_starting(q.start, q.end)
    if not inside:
        return []
    doc, span = para.span.doc, para.span
    first, last = inside[0].sent, inside[-1].sent
    s_lo = doc[first.start - 1].sent.start if first.start > span.start else first.start
    s_hi = doc[last.end].sent.end if last.end < span.end else last.end
    return [t for t in doc[max(s_lo, span.start):min(s_hi, span.end)]
            if lo <= para.cs(t) < hi and para.quote_index(t) is None
            and (t.pos_ in ("VERB", "AUX") and not set_phrase(t, para) or is_according(t))]


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-12" if n <= 12 else "13-25" if n <= 25 else "26+"


def _char(c: str) -> str:
    if not c:
        return "none"
    if c.isspace():
        return "space"
    if c.isalpha():
        return "lower" if c.islower() else "upper"
    return "digit" if c.isdigit() else c


def _edge(tok: Token | None) -> str:
    return "none" if tok is None else tok.text if tok.is_punct else "w"


def _holds(verb: Token, q: QuoteSpan, para: Paragraph) -> bool:
    """The parse hangs part of quotation ``q`` on ``verb``."""
    return any(q.start <= para.cs(t) < q.end for t in verb.children)


def features(q: QuoteSpan, verb: Token, para: Paragraph, cue_probability: float,
             rule: Token | None, nearest: bool, holding: set[int], rivals: set[int], own: set[int]
             ) -> list[str]:
    """Categorical features of ``verb`` as the frame of quotation ``q``: ``holding`` are the
    candidates the parse hangs part of the quote on, ``rivals`` those of them in the quote's own
    sentences (``own``: where they start) -- "“A,” Roe said. “B” to C, she said": "said" before the
    full stop has a rival."""
    text = para.text
    side = "R" if para.cs(verb) >= q.end else "L"
    gap = (para.tokens_between(q.end, para.cs(verb)) if side == "R"
           else para.tokens_between(para.ce(verb), q.start))
    words = _bucket(sum(not t.is_punct for t in gap))
    last = _char(q.last_char(text))
    after = _char(text[q.end:q.end + 3].lstrip(" \xa0")[:1])
    before = _char(text[max(para.start, q.start - 3):q.start].rstrip(" \xa0")[-1:])
    sentence_end = any(t.text in SENTENCE_ENDS for t in gap)
    prob = next((f"<{b}" for b in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9) if cue_probability < b), ">=0.9")
    subj = subject_of(verb, para)
    attached = verb.i in holding
    rival = bool(rivals - {verb.i})
    in_own = verb.sent.start in own
    n_words = len(re.findall(r"\w+", text[slice(*q.inner)]))
    size = "1" if n_words == 1 else "2-4" if n_words <= 4 else "5+"
    chosen = rule is not None and rule.i == verb.i
    g0, gn = _edge(gap[0] if gap else None), _edge(gap[-1] if gap else None)
    opens = q.start == para.start  # a quote opening its paragraph may continue an earlier one
    return [f"opens={opens}", f"side|opens={side}|{opens}", f"opens|nearest={opens}|{nearest}",
            f"side={side}", f"words={words}", f"side|words={side}|{words}",
            f"sentence_end={sentence_end}", f"side|sentence_end={side}|{sentence_end}",
            f"verbs={_bucket(sum(t.pos_ in ('VERB', 'AUX') for t in gap))}",
            f"last={last}", f"side|last={side}|{last}", f"after={after}", f"side|after={side}|{after}",
            f"before={before}", f"side|before={side}|{before}", f"closed={q.closed}",
            f"prob={prob}", f"side|prob={side}|{prob}", f"lex={cue_lemma(verb)}",
            f"lemma={verb.lemma_.lower()}", f"dep={verb.dep_}", f"tag={verb.tag_}", f"side|dep={side}|{verb.dep_}",
            f"subject={subj is not None}", f"subject_in_gap={subj is not None and any(t.i == subj.i for t in gap)}",
            f"attached={attached}", f"side|attached={side}|{attached}", f"nearest={nearest}",
            f"side|nearest={side}|{nearest}", f"rule={chosen}", f"side|rule={side}|{chosen}",
            f"size={size}", f"side|size={side}|{size}", f"passive={is_passive(verb)}",
            f"gap0={g0}", f"gapN={gn}", f"side|gap0={side}|{g0}", f"side|gapN={side}|{gn}",
            f"rival={rival}", f"side|rival={side}|{rival}", f"own|rival={in_own}|{rival}"]


def candidate_features(q: QuoteSpan, para: Paragraph, cues: list[Token], learned
                       ) -> tuple[list[Token], list[list[str]]]:
    """The candidate frames of ``q`` and their features; ``cues`` are the paragraph's detected
    cues and ``learned`` the cue detector and linker the rules' own choice is made with."""
    cands = candidates(q, para)
    if not cands:
        return [], []
    rule = right_cue(q, para, cues, learned.speaker_of) or left_cue(q, para, cues)
    right = [t.i for t in cands if para.cs(t) >= q.end]
    left = [t.i for t in cands if para.ce(t) <= q.start]
    nearest = {right[0] if right else None, left[-1] if left else None}
    inside = para.tokens_starting(q.start, q.end)
    own = {s.start for s in inside.sents} if len(inside) else set()  # its sentences
    holding = {t.i for t in cands if _holds(t, q, para)}
    rivals = {t.i for t in cands if t.i in holding and t.sent.start in own}
    return cands, [features(q, t, para, learned.cue_probability(t, para), rule, t.i in nearest, holding, rivals,
                            own) for t in cands]


class QuoteFramer:
    """The best-scoring candidate frames the quote when it scores at least ``threshold``."""

    def __init__(self, model: LogisticModel, threshold: float = 0.5):
        self.model = model
        self.threshold = threshold

    def frame(self, q: QuoteSpan, para: Paragraph, cues: list[Token], learned) -> Frame:
        cands, feats = candidate_features(q, para, cues, learned)
        if not cands:
            return NO_FRAME
        scores = [self.model.probability(f) for f in feats]
        best = max(range(len(cands)), key=scores.__getitem__)
        cue = cands[best] if scores[best] >= self.threshold else None
        return Frame(cue, scores[best], cands[best])


@lru_cache(maxsize=1)
def default_framer() -> QuoteFramer | None:
    """The shipped framer (threshold in its metadata), or None (then the rules frame quotes)."""
    model = packaged_model("frame_model")
    return QuoteFramer(model, model.meta.get("threshold", 0.5)) if model is not None else None
