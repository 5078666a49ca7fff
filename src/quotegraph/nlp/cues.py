"""Reporting verbs: the cue lexicon, and which words of a paragraph are its cues.

A cue is a reporting verb ("said", "wrote", "believes") or the "according" of "according to". Its
lemma is looked up in a hand-written lexicon (``data/cues.tsv``, reporting-verb lemma -> class),
every inflected form included, so a cue is found where the lemmatizer slips. A paragraph's cues
leave out passives ("Rheinvald was asked": the subject is spoken to) and set phrases ("That said,
...", which report nothing); "Asked whether ..." is a question put to the clause's subject, not
asked by them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from .paragraph import SUBJECT_DEPS, Paragraph


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, str]:
    """Reporting-verb lemma -> class (speech, writing, thought, evidence), from package data."""
    out: dict[str, str] = {}
    text = resources.files("quotegraph.nlp").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lemma, cls = line.split("\t")
            out.setdefault(lemma, cls)
    return out


_IRREGULAR = {"say": "said", "tell": "told", "write": "wrote written", "think": "thought",
              "know": "knew known", "find": "found", "feel": "felt", "understand": "understood",
              "seek": "sought", "show": "shown", "read": "read", "speak": "spoke spoken"}


@lru_cache(maxsize=1)
def _cue_forms() -> dict[str, str]:
    """Every inflected form of the lexicon's verbs -> lemma ("hopes" -> "hope"), so a cue is found
    even where the lemmatizer slips ("hopes" -> "hop")."""
    forms: dict[str, str] = {}
    for lemma in cue_lexicon():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        variants = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"}
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            variants |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):  # "admit" -> "admitted"
            variants |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        variants |= set(_IRREGULAR.get(lemma, "").split())
        for v in variants:
            forms.setdefault(v, lemma)
    return forms


def cue_lemma(tok: Token) -> str | None:
    """The lexicon lemma of a reporting verb token, or None."""
    lemma = tok.lemma_.lower()
    if lemma in cue_lexicon():
        return lemma
    return _cue_forms().get(tok.lower_)


def is_according(tok: Token) -> bool:
    """The "according" of "according to"."""
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to"


def is_cue(tok: Token) -> bool:
    """A reporting verb ("said", "wrote", "believes") or the "according" of "according to"."""
    if is_according(tok):
        return True
    return tok.pos_ in ("VERB", "AUX") and cue_lemma(tok) is not None


def cue_tokens(tok: Token) -> list[Token]:
    """The words of the cue: "according to", "pointed out", "has said" -> the verb and particles."""
    if tok.lower_ == "according":
        return [tok, tok.nbor()]
    parts = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    return sorted(parts, key=lambda t: t.i)


def is_passive(cue: Token) -> bool:
    """"Rheinvald was asked": the subject is the one spoken to, not the speaker."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)


def asker(cue: Token) -> tuple[bool, Token | None]:
    """ "Asked whether ..., the minister said": the question is put to the clause's subject, not
    by them. (True, the asker of "Asked by Roe ..." or None) for such a cue, else (False, None)."""
    if cue.lemma_ != "ask" or cue.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return False, None
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    return True, next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


# what an organisation or a person puts out and is then said to say: "the statement of the
# ministry", "'...', - is said in the message of the department", "according to the words of Roe"
STATEMENTS = {"statement", "message", "note", "release", "announcement", "communique", "post", "letter", "appeal",
              "notice", "bulletin", "decree", "resolution", "word"}
# verbs of telling someone something: their object is the one told ("told councillors"), and a
# subject before them is the teller ("Roe, a director, tells The Times")
TELL = {"tell", "inform", "assure", "reassure", "remind", "warn", "advise", "notify", "brief", "convince"}


def paragraph_cues(para: Paragraph, learned) -> list[Token]:
    """The reporting verbs of a paragraph outside its quotations, passives ("was asked") and set
    phrases ("That said, ...") left out."""
    return [t for t in para.outside if (t.pos_ in ("VERB", "AUX") or t.lower_ == "according")
            and learned.is_cue(t, para) and not is_passive(t) and not set_phrase(t, para)]


# phrases made of reporting verbs that report nothing: linking words, a source's anonymity, the
# writer's own asides ("It is worth noting that ...")
_SET_PHRASE = re.compile(r"\b(?:(?:that|this)(?: being)? said(?=\s*,)|having said (?:that|this)\b"
                         r"|needless to say\b|so to speak\b|truth be told\b|that is to say\b"
                         r"|asked not to be (?:named|identified)\b|goes without saying\b"
                         r"|worth (?:noting|mentioning|pointing out|remembering|recalling|repeating|adding)\b"
                         r"|bears (?:repeating|mentioning|noting)\b)", re.I)
_SET_PHRASE_VERBS = {"say", "speak", "tell", "ask", "note", "mention", "point", "remember", "recall", "repeat", "add"}


def set_phrase(tok: Token, para: Paragraph) -> bool:
    """``tok`` is the verb of a phrase that reports nothing: neither a cue nor a frame ("That
    said, ..." -- not "a message that said, ...", where "that" is a relative pronoun)."""
    if tok.lemma_ not in _SET_PHRASE_VERBS:
        return False
    start = para.cs(tok)
    relative = tok.dep_ == "relcl"
    return any(m.start() <= start < m.end() and not (relative and m.group().lower().startswith(("that", "this")))
               for m in _SET_PHRASE.finditer(para.text, max(para.start, start - 20), min(para.end, start + 30)))
