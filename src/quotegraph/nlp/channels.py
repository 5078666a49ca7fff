"""How a statement reached the public (``channel_of``): a named outlet or platform near the cue
("on Facebook", "in an interview with CNN", "told the Courier"), else the audience it was
given to ("told reporters") or the setting it was made in ("in a statement", "at a news
conference"). A report the statement is cited from ("..., according to the Courier") is no
channel: it is the quote's ``reported_by`` (``rules.cited_report``).

The settings, platforms and media nouns here are also how other rules know a setting: "in a
tweet" is no part of what is reported, "said in a statement that ..." reports the that-clause, and
"a statement from the mayor's office said" is the office's.
"""
from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .mentions import inverted_object
from .paragraph import SUBJECT_DEPS, Paragraph, entity_at, prep_objects

MEDIA_NOUNS = {"agency", "newspaper", "broadcaster", "channel", "outlet", "network",
               "paper", "radio", "television", "magazine", "website", "station", "programme", "program"}
PLATFORMS = {"telegram", "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "truth",
             "vkontakte", "vk", "weibo", "linkedin", "threads", "bluesky", "reddit", "substack",
             "medium", "blog", "website", "podcast", "radio", "television", "tv", "air"}


def channel_of(cue: Token, para: Paragraph) -> str | None:
    """How the statement reached the public. A named outlet or platform near the cue ("news agency
    Nordpress", "on Facebook", "in an interview with CNN") wins over a generic audience ("told
    reporters")."""
    generic = None
    if cue.lemma_ in ("tell", "inform", "assure"):
        objs = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj") and c != inverted_object(cue, para)]
        if len(objs) > 1:  # "told the business daily Finansposten", parsed as two objects: the name
            objs.sort(key=lambda o: not (o.pos_ == "PROPN" and o.ent_type_ != "PERSON"))
        if objs:
            ent = entity_at(objs[0])
            if ent is not None and ent.label_ in MEDIA_LABELS:
                return _np_text(objs[0])
            if objs[0].pos_ != "PRON":  # "told reporters", not "told him"
                generic = _np_text(objs[0])
    for adv in (c for c in cue.children if c.dep_ == "advcl" and c.lemma_ in ("speak", "talk")
                and para.quote_index(c) is None):
        # "Speaking to the BBC, he said ...", "Talking with reporters after the match, she said ..."
        for obj in (o for o in prep_objects(adv, ("to", "with")) if o.pos_ != "PRON"):
            ent = entity_at(obj)
            if ent is not None and ent.label_ in MEDIA_LABELS:
                return _np_text(obj)
            generic = generic or _np_text(obj)
    return _named_medium(cue, para) or generic or _setting(cue)


# where a statement was made, when no outlet is named: "said in a statement", "at a news conference"
SETTINGS = {"statement", "interview", "conference", "briefing", "speech", "release", "post", "tweet",
            "podcast", "letter", "email", "video", "hearing", "rally", "debate", "report", "study",
            "survey", "memo", "filing", "column", "essay", "call", "note"}
# where something was said or done, whatever was said: "in a tweet", "on its Facebook page"
SETTING_NOUNS = SETTINGS | PLATFORMS | MEDIA_NOUNS | {
    "floor", "court", "page", "show", "appearance", "session", "meeting", "event", "message", "remark"}


def setting_nouns(prep: Token, nouns: set[str] = SETTINGS) -> list[Token]:
    """The nouns of a phrase saying where something was said: "in a statement", "at a news
    conference", "on its Facebook page" (with ``SETTING_NOUNS``)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "during", "through", "on"):
        return []
    return [obj for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in nouns]


def settings(cue: Token, nouns: set[str] = SETTINGS) -> list[Token]:
    """The nouns of "in a statement", "at a news conference" ... hanging on the cue."""
    return [obj for prep in cue.children for obj in setting_nouns(prep, nouns) if obj.tag_ == "NN"]


def _setting(cue: Token) -> str | None:
    """ "said in a statement" -> "statement", "told ... at a news conference" -> "news conference"."""
    objs = settings(cue)
    if not objs:
        return None
    platform = _platform_of(objs[0])
    if platform:
        return platform  # "in a post on Instagram"
    kinds = [w for t in objs[0].lefts if t.dep_ == "compound" for w in t.subtree]
    return " ".join(t.text for t in kinds + objs[:1]  # "blog post", not "Oct. 26 letter"
                    if t.ent_type_ not in ("DATE", "TIME") and not t.is_punct) or None


MEDIA_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "GPE", "FAC"}


def _named_medium(cue: Token, para: Paragraph) -> str | None:
    """A named outlet in the stretch of unquoted text around the cue (between the paragraph's
    quotations), unless a later sentence's cue with a named subject claims it: news paragraphs
    rarely hold two statements with different channels."""
    doc = cue.doc
    end = next((t.i for t in doc[cue.i + 1:para.span.end] if para.quote_index(t) is not None),
               para.span.end)
    start = next((t.i + 1 for t in reversed(doc[para.span.start:cue.i]) if para.quote_index(t) is not None),
                 para.span.start)
    here = cue.sent.start
    own_sentence_first = sorted(_medium_words(para), key=lambda t: t.sent.start != here)
    for tok in own_sentence_first:
        if not start <= tok.i < end - 1:
            continue
        if tok.sent.start > here and any(is_cue(t) and _named_subject(t) for t in tok.sent
                                                   if para.quote_index(t) is None):
            continue  # a later statement's channel: "According to X, ... . Y wrote on Facebook ..."
        nxt = tok.nbor()
        if tok.lower_ in ("on", "via"):
            platform = _platform_of(tok)
            if platform:
                return platform
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in MEDIA_NOUNS or (tok.lower_ in ("interview", "statement")
                                                   and nxt.lower_ in ("with", "to")):
            target = doc[tok.i + 2] if nxt.lower_ in ("with", "to") and tok.i + 2 < end else nxt
            # not the start of what was said: "told the news agency the British plan was ...",
            # "claims that broadcaster Univex takes orders ..."
            said = target.i == nxt.i and any(c.dep_ == "ccomp" and c.left_edge.i <= nxt.i <= c.right_edge.i
                                         for c in cue.children)
            name = (None if said else _proper_name_at(target, end)) or _outlet_before(tok)
            if name:
                return name
    return None


def _platform_of(tok: Token) -> str | None:
    """The platform of "on Telegram" (``tok`` the "on"), or of "a post on Instagram" (the noun)."""
    preps = [tok] if tok.lower_ in ("on", "via") else [c for c in tok.children if c.lower_ in ("on", "via")]
    for obj in (c for p in preps for c in p.children if c.dep_ == "pobj"):
        for word in [obj] + [c for c in obj.children if c.dep_ == "compound"]:
            if word.lower_.rstrip(".") in PLATFORMS:  # "wrote on X." tokenizes as an initial
                ent = entity_at(word)
                return (ent.text if ent is not None else word.text).rstrip(".")
    return None


def _outlet_before(noun: Token) -> str | None:
    """ "the LETA agency", "the Independent newspaper": an outlet named before a lower-case medium
    noun (not "European Space Agency", "Napa County reporting station")."""
    if noun.text[0].isupper() or noun.lemma_.lower() not in OUTLET_NOUNS:
        return None
    ents = {entity_at(c) for c in noun.lefts if c.dep_ == "compound"} - {None}
    return next((e.text for e in ents if e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART")), None)


# the medium nouns that name no outlet of their own ("PlayStation Network", "Napa County reporting station")
OUTLET_NOUNS = MEDIA_NOUNS - {"outlet", "network", "paper", "station", "programme", "program"}


def _named_subject(verb: Token) -> bool:
    """The verb's subject is a noun or a name, not a pronoun (which may be the same speaker)."""
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _medium_words(para: Paragraph) -> list[Token]:
    """The words outside quotations that may lead to a named medium, found once per paragraph."""
    return para.remember("medium words", 0, lambda: [
        t for t in para.outside
        if (t.lower_ in ("on", "via", "interview", "statement") or t.lemma_.lower() in MEDIA_NOUNS)])


def _proper_name_at(tok: Token, end: int) -> str | None:
    """The named entity, or run of capitalised words, starting at ``tok`` ("Radio Valdmark"),
    a leading "the" skipped ("the Courier")."""
    if tok.lower_ == "the" and tok.i + 1 < end:
        tok = tok.nbor()
    ent = entity_at(tok)
    if ent is not None:
        return ent.text if ent.label_ in MEDIA_LABELS | {"PERSON", "NORP"} else None
    words = []
    for t in tok.doc[tok.i:end]:
        if not (t.is_alpha and t.text[0].isupper()) or t.tag_ in ("PRP", "DT", "PRP$"):
            break
        words.append(t)
    return tok.doc[words[0].i:words[-1].i + 1].text if words else None


def _np_text(tok: Token) -> str:
    """A noun phrase's head with its modifiers, determiners left out: "the Daily Bugle" ->
    "Daily Bugle" (even where the NER's entity covers only "Bugle"), "the club's channel" ->
    "club's channel"."""
    ent = entity_at(tok)
    left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") or t.ent_type_]
    start = min([t.left_edge.i for t in left] + [tok.i, ent.start if ent is not None else tok.i])
    end = max(tok.i + 1, ent.end if ent is not None else 0)
    words = [t for t in tok.doc[start:end] if t.dep_ not in ("det", "punct")]
    return "".join((t.text if t.dep_ == "case" or not k else " " + t.text) for k, t in enumerate(words))
