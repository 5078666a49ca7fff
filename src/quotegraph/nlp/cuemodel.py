"""A learned reporting-verb detector: does this verb, in this parse, introduce an attribution?

A lexicon alone misses the long tail of news attribution ("blasted", "likened", "rejected") and
fires on "said" inside a quote's reported clause. This is a logistic regression over parse
features of each verb -- lemma, dependency relation, the relations of its children, what kind of
subject it has, whether a quotation hangs on it -- trained on PolNeAR train (``make train``,
``quotegraph.training``), shipped as JSON (see ``linear.py``).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cues import cue_lemma, cue_lexicon, is_according
from .linear import LogisticModel, packaged_model
from .paragraph import SUBJECT_DEPS, Paragraph


def is_candidate(tok: Token, para: Paragraph) -> bool:
    """Tokens the model judges: verbs outside quotations ("according to" is always a cue)."""
    return tok.pos_ == "VERB" and para.quote_index(tok) is None


def _subject_kind(tok: Token, para: Paragraph) -> str:
    subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and para.quote_index(c) is None]
    if not subj:
        return "none"
    s = subj[0]
    if s.ent_type_:
        return s.ent_type_
    if s.tag_ == "PRP":
        return "PRP-" + s.lower_
    if s.tag_ in ("WP", "WDT"):
        return "WH"
    return s.tag_


def features(tok: Token, para: Paragraph) -> list[str]:
    """Categorical features of a candidate verb, as "name=value" strings."""
    lemma = tok.lemma_.lower()
    lex = cue_lemma(tok)
    kids = {c.dep_ for c in tok.children}
    subj = _subject_kind(tok, para)
    quoted_kid = para.quotes_in_subtree(tok)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    prv = tok.doc[tok.i - 1] if tok.i > 0 else None
    near_quote = any(t is not None and para.quote_index(t) is not None for t in (nxt, prv))
    f = [f"lemma={lemma}", f"lex={lex}", f"class={cue_lexicon().get(lex or '', 'none')}",
         f"tag={tok.tag_}", f"dep={tok.dep_}", f"head={tok.head.dep_}", f"lemma|dep={lemma}|{tok.dep_}",
         f"subj={subj}", f"lemma|subj={lemma}|{subj.split('-')[0]}", f"quoted={quoted_kid}",
         f"lemma|quoted={lemma}|{quoted_kid}", f"near_quote={near_quote}",
         f"next={nxt.lower_ if nxt is not None else '<end>'}", f"lemma|next={lemma}|{nxt.lower_ if nxt else ''}"]
    for k in kids:
        f.append(f"child={k}")
        f.append(f"lemma|child={lemma}|{k}")
    head_lex = cue_lemma(tok.head) if tok.head is not tok else None
    f.append(f"head_is_cue={head_lex is not None}|{tok.dep_}")
    return f


class CueModel:
    """The logistic model over ``features`` and its decision threshold."""

    def __init__(self, model: LogisticModel, threshold: float = 0.5):
        self.model = model
        self.threshold = threshold

    def probability(self, tok: Token, para: Paragraph) -> float:
        return para.remember(("cue", self.model), tok.i, lambda: self.model.probability(features(tok, para)))

    def is_cue(self, tok: Token, para: Paragraph) -> bool:
        return is_according(tok) or is_candidate(tok, para) and self.probability(tok, para) >= self.threshold


@lru_cache(maxsize=1)
def default_cue_model() -> CueModel | None:
    """The shipped model (threshold in its metadata), or None: then the lexicon decides."""
    model = packaged_model("cue_model")
    return CueModel(model, model.meta.get("threshold", 0.5)) if model is not None else None
