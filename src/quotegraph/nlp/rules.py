"""Attribution rules over one parsed paragraph: quotes, cues, speaker mentions, content, channel.

Everything here is a pure function of a spaCy ``Doc``/``Span`` that holds one paragraph and the
character offset of that paragraph in the article, so the same rules serve a whole-article Doc
(offset 0, one Span per paragraph) and paragraphs parsed on their own (offset = paragraph start).
The output is plain ``Attribution`` records with article character offsets; resolving "he" or
"Rheinvald" to a full name happens later, over the whole article (``resolve.py``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import NamedTuple

from spacy.tokens import Span, Token

from .quotemarks import ALL_MARKS, DOUBLE_MARKS, QuoteSpan, find_quotes, single_marked

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAME_MAX_WORDS = 8           # a quoted name (a title, a nickname) is no longer
SCARE_MAX_WORDS = 4          # a quoted run this short, with no cue of its own, is a term, not a statement
FRAME_MAX_TOKENS = 40        # how far from a quote's edge its cue may be (a long apposition between)
MEDIA_NOUNS = {"agency", "newspaper", "broadcaster", "channel", "outlet", "network",
               "paper", "radio", "television", "magazine", "website", "station", "programme", "program"}
PLATFORMS = {"telegram", "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "truth",
             "vkontakte", "vk", "weibo", "linkedin", "threads", "bluesky", "reddit", "substack",
             "medium", "blog", "website", "podcast", "radio", "television", "tv", "air"}


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


@dataclass
class Attribution:
    """A quotation found in one paragraph, before its speaker is resolved across the article."""

    kind: str                                  # direct | indirect | mixed
    pieces: list[tuple[int, int]]              # content, article offsets
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None      # the speaker mention as written ("he", "Rheinvald")
    source_root: Token | None = None           # its head token, for kind/title/resolution
    channel: str | None = None
    block: int = 0
    cue_class: str | None = None
    cue_root: Token | None = None              # the cue's verb (or the "according" of "according to")
    scores: dict[str, float] = field(default_factory=dict)  # the learned parts' scores ("cue", ...)
    via: str | None = None                     # how it was found: "frame", "clause", "object", ...
    question: bool = False                     # put to someone ("Asked whether ..."): not theirs
    nested: bool = False                       # reported inside another report's content
    reporter: tuple[int, int] | None = None    # the report cited for it: "..., according to the Gazette"

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


# a wire dateline opening a paragraph: a place in capitals, maybe a region, date and agency, a dash
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,}(?:,[^\n—–]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?"
                       r"\s+(?:—|–|--?)\s+")


class Paragraph:
    """A parsed paragraph with article offsets: token <-> character bookkeeping in one place."""

    def __init__(self, span: Span, offset: int, text: str, block: int):
        self.span = span
        self.offset = offset          # article offset of span's character 0 (doc-relative idx)
        self.text = text              # the whole article text
        self.block = block
        self.start = offset + span.start_char
        self.end = offset + span.end_char
        single = single_marked(text)
        self.quotes = find_quotes(text, self.start, self.end, single)
        self.marks = ALL_MARKS if single else DOUBLE_MARKS  # the marks that open and close statements
        tokens = list(span)
        self._in_quote = [self._quote_of(t) for t in tokens]
        self._starts = [self.cs(t) for t in tokens]
        self.outside = [t for t, n in zip(tokens, self._in_quote) if n is None]  # outside quotations
        dateline = _DATELINE.match(text, self.start, self.end)
        self.words_start = dateline.end() if dateline else self.start  # after a wire dateline
        self._memo: dict = {}         # what the learned parts computed for this paragraph

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The paragraph's named entities (``Span.ents`` builds them anew at each call)."""
        return self.span.ents

    def remember(self, part, i: int, compute):
        """What ``part`` (a learned model, or a rule's name) computed for token ``i`` of this
        paragraph, computed once (a model in the key keeps its results apart from another's, and
        the model alive)."""
        memo = self._memo.setdefault(part, {})
        if i not in memo:
            memo[i] = compute()
        return memo[i]

    def cs(self, tok: Token) -> int:
        return self.offset + tok.idx

    def ce(self, tok: Token) -> int:
        return self.offset + tok.idx + len(tok)

    def _quote_of(self, tok: Token) -> int | None:
        c = self.cs(tok)
        for n, q in enumerate(self.quotes):
            if q.start <= c < q.end:
                return n
        return None

    def quote_index(self, tok: Token) -> int | None:
        """Index of the quote holding ``tok`` (None outside quotes)."""
        return self._in_quote[tok.i - self.span.start]

    def quotes_in_subtree(self, tok: Token) -> bool:
        """Whether a quotation holds any token of ``tok``'s subtree."""
        first = self.span.start
        lo, hi = max(tok.left_edge.i - first, 0), tok.right_edge.i - first + 1
        if all(n is None for n in self._in_quote[lo:hi]):
            return False  # the subtree lies between its edges, and no quotation does
        return any(self._in_quote[t.i - first] is not None for t in tok.subtree)

    def tokens_starting(self, start: int, end: int) -> Span:
        """The tokens that start within the article offsets [start, end)."""
        return self.span[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly within the article offsets [start, end)."""
        return [t for t in self.tokens_starting(start, end) if self.ce(t) <= end]

    def char_span(self, tokens) -> tuple[int, int]:
        toks = sorted(tokens, key=lambda t: t.i)
        return self.cs(toks[0]), self.ce(toks[-1])


# ---------------------------------------------------------------------------------------------
# cues and their speakers


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


def subject_of(cue: Token, para: Paragraph) -> Token | None:
    """The speaker's head token for a cue, outside quotes.

    Its own subject (the nearest, if a quote holds another: "“..., he said,” Smith wrote");
    for "according to X", X; for "Smith, who said ...", Smith; for a participle ("saying",
    "adding") or a verb with no subject of its own, the subject of the cue or main verb above it.
    """
    if cue.lower_ == "according":
        to = cue.nbor()
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in cue.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    tok = cue
    for _ in range(6):
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and para.quote_index(c) is None]
        if tok is cue and (named := _past_topic(cue, subj)) is not None:
            return named
        if not subj and (misread := (tok is cue and misread_subject(cue, para)) or _inverted_name(tok, para)):
            return misread
        if subj and not (tok is not cue and cue.tag_ == "VBG" and not is_cue(tok) and tok.dep_ != "ROOT"):
            if cue.lemma_.lower() in _TELL and any(c.i < cue.i for c in subj):
                subj = [c for c in subj if c.i < cue.i]  # "Roe, a director, tells The Times": the listener
            s = min(subj, key=lambda c: abs(c.i - cue.i))
            if s.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head
            if s.pos_ == "ADP":  # "Of Carson, Levine said", parsed as "Of" said with "Levine" its object
                return next((c for c in s.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            return s
        if tok is cue and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _CONTROLLERS and (controller := next(
                (c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and para.quote_index(c) is None),
                None)):
            return controller  # "prompted the Atlas to state", "asked Roe to say": the one asked says it
        if tok.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp", "prep") and tok.head is not tok:
            tok = tok.head
        else:
            break
    return None


# verbs whose object does what their infinitive says: "prompted the Atlas to state", "asked Roe to say"
_CONTROLLERS = {"prompt", "ask", "urge", "force", "invite", "lead", "push", "press", "encourage", "persuade",
                "compel", "allow", "tell", "get", "inspire", "move", "spur", "challenge", "dare"}


def misread_subject(verb: Token, para: Paragraph) -> Token | None:
    """A capitalised word just before a verb with no subject, outside quotes and not opening a
    sentence, that the parse took for a modifier of the verb: "“...,” Early says", "Early still
    says" (a surname, not "early"), "On Thursday, Trump described ..." (not a date, a place or a
    nationality), "“Cruz,” Beck joked" (a compound of "joked")."""
    if verb.i == 0 or verb.pos_ != "VERB":
        return None
    word, hosts = verb.doc[verb.i - 1], {verb.i}
    if word.dep_ == "advmod" and word.head.i == verb.i and word.is_lower and word.i > 0:
        word, hosts = verb.doc[word.i - 1], {verb.i, word.i}  # "Early still says": on the verb or on "still"
    before = verb.doc[word.i - 1] if word.i > word.sent.start else None
    if (word.head.i in hosts and word.dep_ in ("advmod", "npadvmod", "amod", "compound")
            and before is not None and not before.is_left_punct and _name_like(word, para)):
        return word
    return None


_TOPIC = ("of", "on", "about", "for")


def opens_with_topic(prep: Token) -> bool:
    """ "Of Carson, ...", "On the budget, ...": a preposition opening its sentence with what it is about."""
    return prep.dep_ == "prep" and prep.lower_ in _TOPIC and prep.i == prep.sent.start


def _past_topic(cue: Token, subj: list[Token]) -> Token | None:
    """The speaker of a sentence that opens with its topic ("Of Lind, Halvorsen, who ..., said";
    "On the budget, Lindqvist said"), where the parse hung the speaker on the topic as an
    apposition: of the topic's noun ("Of" said, or no subject), or of the subject just after it."""
    first = cue.doc[cue.sent.start]
    if first.lower_ not in _TOPIC or first.head.i != cue.i or first.i + 1 >= cue.i:
        return None
    if not subj or first in subj:
        noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    elif first.dep_ == "prep" and first.nbor() in subj:
        noun = first.nbor()  # "Of Buser, Lindqvist said", parsed as "Buser" said
    else:
        return None
    if noun is None or not first.i < noun.i < cue.i:
        return None
    return next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < cue.i), None)


def _inverted_name(verb: Token, para: Paragraph) -> Token | None:
    """A name just after a quote's verb that the parse took for an adverb: "“...,” said Skelly"."""
    if verb.i + 1 >= len(verb.doc) or verb.i == 0 or not verb.nbor(-1).is_punct:
        return None
    word = verb.nbor()
    if (word.head.i == verb.i and word.dep_ in ("advmod", "npadvmod") and word.pos_ in ("PROPN", "ADV")
            and _name_like(word, para)):
        return word
    return None


def _name_like(word: Token, para: Paragraph) -> bool:
    """A capitalised word outside quotes that can be a surname: not a stop word, a date, a time,
    a place or a nationality ("Early", not "On" or "Thursday")."""
    return (word.text[:1].isupper() and word.is_alpha and not word.is_stop
            and word.ent_type_ not in ("DATE", "TIME", "GPE", "NORP") and para.quote_index(word) is None)


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


_OF_WHOM = {"at", "for", "of", "from", "with", "in"}  # prepositions that say who a source is


def joins_words(tok: Token) -> bool:
    """A hyphen inside a word ("14th-ranked", "co-author"), however the tagger took it."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.nbor(-1).whitespace_


def prep_objects(tok: Token, preps: tuple[str, ...]) -> Iterator[Token]:
    """The objects of ``tok``'s prepositions ``preps``: "Roe" of "a statement from Roe"."""
    return (o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj")


def word_start(doc, i: int) -> int:
    """Where the word at token ``i`` begins, back over hyphens the tokenizer split it at ("co-" of
    "co-author"), whatever the parse made of the pieces."""
    while i >= 2 and joins_words(doc[i - 1]):
        i -= 2
    return i


def mention_span(head: Token, para: Paragraph) -> list[Token]:
    """The words that name the speaker: determiners, modifiers and the name, and after a common
    noun a short phrase saying whose it is ("a spokesman for the ministry"); not the appositive
    or relative clause after it ("Lindqvist, secretary of the union, said" -> "Lindqvist"), and
    never a word of a quotation or beyond a punctuation mark before the name."""
    left = [t for t in head.lefts if t.dep_ not in ("punct", "cc", "prep")]
    start = min([t.left_edge.i for t in left] + [head.i])
    for t in head.doc[start:head.i]:
        if (t.is_punct and t.dep_ != "case" and not joins_words(t)  # not "workers'", "14th-ranked"
                or para.quote_index(t) is not None):
            start = t.i + 1
    if para.quote_index(head.doc[word_start(head.doc, start)]) is None:
        start = word_start(head.doc, start)  # "co-author"
    end = head.i
    for t in head.rights:  # "Tomas Rheinvald Jr." or a flat name continuing to the right
        if t.dep_ in ("compound", "flat") and t.i == end + 1:
            end = t.i
        else:
            break
    doc = head.doc
    after = next(iter(head.rights), None)
    if head.pos_ == "NOUN" and after is not None and after.i == end + 1:
        if (after.dep_ == "prep" and after.lower_ in _OF_WHOM and after.right_edge.i - after.i <= 6
                and not any(t.is_punct or t.pos_ == "VERB" or para.quote_index(t) is not None
                            for t in after.subtree)):  # not "a voice-over in the video declares"
            end = after.right_edge.i  # "analysts at Corran Securities", "a spokesman for the ministry"
        elif after.dep_ == "amod":
            # "a person familiar with the plans, who ...": the description, up to the first comma
            stop = next((t.i for t in doc[after.i:after.right_edge.i + 1]
                         if t.is_punct or para.quote_index(t) is not None), after.right_edge.i + 1)
            end = stop - 1
    return [doc[i] for i in range(start, end + 1) if doc[i].dep_ != "punct" or start < i < end]


def content_of(cue: Token, para: Paragraph) -> list[Token] | None:
    """Tokens of what the cue reports, or None (see ``reported``)."""
    return reported(cue, para)[0]


def reported(cue: Token, para: Paragraph) -> tuple[list[Token] | None, str | None]:
    """What the cue reports, and how it was found.

    "X said (that) Y" -> Y, "clause" (the clausal complement); "X wants to Y" -> the infinitive,
    "intent"; "X described the plan as “a disaster”" -> what follows the verb, "object";
    "Y, X said." -> the clause the cue hangs on, "aside"; "according to X, Y" -> the clause
    around it, "according".
    """
    if cue.lower_ == "according":
        prep = cue.head if cue.dep_ != "prep" else cue
        host = prep.head
        sent = host.sent
        drop = set(t.i for t in cue.subtree) | set(t.i for t in prep.subtree)
        return [t for t in sent if t.i not in drop] or None, "according"
    comps = [c for c in cue.children if c.dep_ == "ccomp"] or _setting_clause(cue)
    if any(c.i > cue.i for c in comps):
        # "Most were worried about the economy; many said they were “very worried.”": a clause
        # before a semicolon is the writer's, not the speaker's
        comps = [c for c in comps
                 if c.i > cue.i or not any(t.text == ";" for t in cue.doc[c.right_edge.i + 1:cue.i])]
    via = "clause"
    if not comps and cue_lexicon().get(cue_lemma(cue)) == "intent":
        comps, via = [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")], "intent"
    if comps:
        # "wrote that the request was “futile,” because ...": a reason or condition the parse hung
        # on the cue rather than on the clause belongs to what is reported
        last = max(t.i for c in comps for t in c.subtree)
        tail = [c for c in cue.rights if c.dep_ == "advcl" and c.i > last and not is_cue(c)
                and any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in c.children)]
        return [t for c in _subject_as_object(cue, comps) + comps + tail for t in c.subtree], via
    if cue_lemma(cue) not in PLAIN_SPEECH:
        # "described the plan as “a disaster”", "called for new talks": what follows the verb
        args = [c for c in cue.rights if c.dep_ in OBJECT_DEPS and not _circumstance(c) and not _addressee(cue, c)]
        if args and not all(_pronominal(c) for c in args):  # not "explained them to me", "talk about it"
            return [t for c in args for t in c.subtree], "object"
    if (cue.dep_ == "advcl" and cue.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)):
        # "As Hren observed, the port ...": the clause the cue hangs on
        own = {t.i for t in cue.subtree}
        rest = [t for t in cue.head.subtree if t.i not in own]
        while rest and rest[0].is_punct:
            rest.pop(0)
        return rest or None, "aside"
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.dep_ == "ROOT":
        # "Y, sources said.", "Y, he said, Z", "The plan, she said, will fail": "said" hangs on
        # the verb of what it reports, set off by commas
        words = [t for t in cue.subtree if not t.is_punct]  # the commas may hang on the cue
        own = {t.i for t in words}
        sent = cue.sent
        before = cue.doc[words[0].i - 1] if words[0].i > sent.start else None
        after = [t for t in sent if t.i > words[-1].i]
        closing = after[0] if after else None
        set_off = before is not None and before.text in _SET_OFF
        if (set_off and (all(t.is_punct for t in after) or closing.text in _SET_OFF) if cue.head.i < cue.i
                else closing is not None and closing.text in _SET_OFF and (set_off or before is None)):
            edges = {before.i if before is not None else -1, closing.i if closing is not None else -1}
            return [t for t in sent if t.i not in own and t.i not in edges] or None, "aside"
    return None, None


_REASON_MARKS = {"because", "since", "unless", "if"}


def _subject_as_object(cue: Token, comps: list[Token]) -> list[Token]:
    """"argued the bridge, which ..., “would not stand”": the parse made the subject of a
    clause with none an object of the cue; it is part of what is reported."""
    first = min(comps, key=lambda c: c.left_edge.i)
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in first.children):
        return []
    return [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < first.left_edge.i]


# verbs whose object is never what they report ("said it", "told reporters"); the others' is
# ("announced his resignation", "asked the court to wait")
PLAIN_SPEECH = {"say", "tell"}
OBJECT_DEPS = {"dobj", "oprd", "prep", "xcomp", "ccomp", "attr", "acomp"}


def _pronominal(arg: Token) -> bool:
    """An object that is only a pronoun ("them", "about it", "that"), which reports nothing."""
    if arg.dep_ == "prep":
        objs = [c for c in arg.children if c.dep_ == "pobj"]
        return bool(objs) and all(_pronominal(o) for o in objs)
    return arg.pos_ == "PRON" or arg.tag_ == "DT" and not list(arg.children)


def _circumstance(tok: Token) -> bool:
    """A prepositional phrase of time, place or setting ("on Friday", "in Ohio", "in a tweet"),
    not part of the content -- unlike "to radically expand ...", "at a nonprofit center"."""
    if tok.dep_ != "prep":
        return False
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    return (tok.lower_ in ("during", "after", "before", "since", "while", "from")
            or any(o.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for o in objs)
            or bool(_setting_nouns(tok, _SETTING_NOUNS)))


def _addressee(cue: Token, arg: Token) -> bool:
    """"spoke to the programme", "talked with reporters", "addressed the crowd": who was spoken
    to, not what was said ("addressed the tax code" is)."""
    lemma = cue.lemma_.lower()
    if arg.dep_ == "dobj" and lemma == "address":
        return arg.lemma_.lower() in _AUDIENCES or arg.ent_type_ in ("PERSON", "ORG", "NORP", "EVENT")
    return (arg.dep_ == "prep" and arg.lower_ in ("to", "with")
            and lemma in ("speak", "talk", "chat", "write", "turn", "reach", "meet"))


_AUDIENCES = {"crowd", "audience", "rally", "supporter", "reporter", "convention", "conference", "nation",
              "congress", "assembly", "meeting", "student", "graduate", "delegate", "voter", "member",
              "worker", "gathering", "summit", "forum", "parliament", "senate", "council", "jury", "group"}


_SET_OFF = (",", "—", "–", "--")


def _trim(tokens: list[Token], para: Paragraph) -> list[Token]:
    """Drop punctuation and conjunctions at the edges of a content span, and each trailing
    phrase (``_trailing``) set off by a comma or dash, from the last in ("... Mr. Trump,
    the presumed favorite", "called him “a fraud,” linking to a story ...")."""
    toks = sorted(tokens, key=lambda t: t.i)
    if para.words_start > para.start:  # "FLINT, Mich., Oct. 4 (Wire) — ..." says where, not what
        toks = [t for t in toks if para.cs(t) >= para.words_start]
    ids = {t.i for t in toks}
    for t in reversed(toks):
        if t.i not in ids or t.left_edge.i <= toks[0].i or not _trailing(t, ids):
            continue
        cut = _set_off_at(t.left_edge, para)
        if cut is not None and cut > toks[0].i and all(x.i <= t.right_edge.i for x in toks if x.i >= cut):
            toks = [x for x in toks if x.i < cut]
            ids = {x.i for x in toks}
    keep_open = lambda t: para.text[para.cs(t)] in para.marks
    while toks and (toks[0].is_punct and not keep_open(toks[0]) or toks[0].dep_ == "cc"):
        toks.pop(0)
    while toks and (toks[-1].is_punct and para.text[para.cs(toks[-1])] not in para.marks
                    or toks[-1].dep_ == "cc"):
        toks.pop()
    return toks


def _trailing(t: Token, ids: set[int]) -> bool:
    """A phrase that comments on the content (tokens ``ids``) rather than continuing it: an
    appositive, relative clause or participle clause hanging inside it, or a bare noun phrase
    the parse made a second object or complement beside part of it ("is “losing the war,” part
    of a lashing", "saying he would “not get beat up,” a swipe at ...")."""
    if t.dep_ in ("appos", "relcl", "acl") or t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG":
        return t.head.i in ids
    return (t.pos_ == "NOUN" and t.dep_ in ("dobj", "ccomp")
            and any(c.dep_ == t.dep_ and c.i < t.i and c.i in ids for c in t.head.children))


def _set_off_at(first: Token, para: Paragraph) -> int | None:
    """Where a clause starting at ``first`` is set off from what precedes it: the comma or dash
    before it, or -- after a quotation that ends with its comma inside (“a fraud,” linking) --
    the clause itself. None if nothing sets it off."""
    doc = first.doc
    if first.i == 0:
        return None
    before = doc[first.i - 1]
    if before.text in _SET_OFF:
        return before.i
    if (first.i >= 2 and para.text[para.cs(before)] in para.marks and para.quote_index(before) is not None
            and doc[first.i - 2].text == ","):
        return first.i
    return None


# ---------------------------------------------------------------------------------------------
# channels


def channel_of(cue: Token, para: Paragraph) -> str | None:
    """How the statement reached the public. A named outlet or platform near the cue ("according
    to the Courier", "news agency Nordpress", "on Facebook", "in an interview with CNN") wins over
    a generic audience ("told reporters")."""
    generic = None
    if cue.lemma_ in ("tell", "inform", "assure"):
        objs = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")]
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
            "survey", "memo", "filing", "column", "essay", "call"}
# where something was said or done, whatever was said: "in a tweet", "on its Facebook page"
_SETTING_NOUNS = SETTINGS | PLATFORMS | MEDIA_NOUNS | {
    "floor", "court", "page", "show", "appearance", "session", "meeting", "event", "message", "remark"}


def _setting_nouns(prep: Token, nouns: set[str] = SETTINGS) -> list[Token]:
    """The nouns of a phrase saying where something was said: "in a statement", "at a news
    conference", "on its Facebook page" (with ``_SETTING_NOUNS``)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "during", "through", "on"):
        return []
    return [obj for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in nouns]


def _settings(cue: Token) -> list[Token]:
    """The nouns of "in a statement", "at a news conference" ... hanging on the cue."""
    return [obj for prep in cue.children for obj in _setting_nouns(prep) if obj.tag_ == "NN"]


_TELL = {"tell", "inform", "assure", "reassure", "remind", "warn", "advise", "notify", "brief", "convince"}


def _setting_clause(cue: Token) -> list[Token]:
    """ "said in a statement that Y", "told analysts on a call that Y", "told councillors that Y":
    the parse hangs the that-clause on the setting or the one told (even as a relative clause,
    though "that" is no pronoun of it); it is what the cue reports."""
    hosts = _settings(cue)
    if cue.lemma_.lower() in _TELL:
        hosts += [c for c in cue.rights if c.dep_ in ("dobj", "dative")]
    return [clause for obj in hosts for clause in obj.children if clause.dep_ in ("acl", "ccomp", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)]


def _setting(cue: Token) -> str | None:
    """ "said in a statement" -> "statement", "told ... at a news conference" -> "news conference"."""
    objs = _settings(cue)
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
        elif is_according(tok) and tok.i + 2 < end and tok.i != cue.i and tok.sent == cue.sent:
            # "X said ... , according to the Courier"; in another sentence it is another attribution
            ent = entity_at(doc[tok.i + 2])
            if ent is not None and ent.label_ in MEDIA_LABELS:
                return ent.text
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in MEDIA_NOUNS or (tok.lower_ in ("interview", "statement")
                                                   and nxt.lower_ in ("with", "to")):
            target = doc[tok.i + 2] if nxt.lower_ in ("with", "to") and tok.i + 2 < end else nxt
            name = _proper_name_at(target, end) or _outlet_before(tok)
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
        if (t.lower_ in ("on", "via", "according", "interview", "statement") or t.lemma_.lower() in MEDIA_NOUNS)])


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


def entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, or None (read from the tokens' IOB tags, which is
    what ``Doc.ents`` does for every entity of the Doc)."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type)


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


# ---------------------------------------------------------------------------------------------
# the paragraph pass


_GAP_DEPS = {"aux", "auxpass", "advmod", "neg", "npadvmod", "prt"}


def _right_cue(q: QuoteSpan, para: Paragraph, cues: list[Token], speaker=subject_of) -> Token | None:
    """"“...,” he said" / "“...,” said Rheinvald": the next cue, when only its subject (and adverbs)
    stand between it and the quote."""
    last = q.last_char(para.text)
    after = para.text[q.end:q.end + 4].lstrip()[:1]
    if not q.closed:
        return None
    nxt = next((t for t in cues if para.cs(t) >= q.end), None)
    if nxt is None:
        return None
    if not (last in ",—–-:…" or after in (",", "—", "–") or after.islower()) and content_of(nxt, para):
        return None  # "“...” Smith said the plan ...": a new sentence that reports something else
    gap = para.tokens_between(q.end, para.cs(nxt))
    subj = speaker(nxt, para)
    allowed = {t.i for t in subj.subtree} if subj is not None else set()
    ok = len(gap) <= FRAME_MAX_TOKENS and all(
        para.quote_index(t) is None and (t.i in allowed or t.dep_ in _GAP_DEPS or t.text in (",", "—", "–"))
        for t in gap)
    return nxt if ok else None


def _left_cue(q: QuoteSpan, para: Paragraph, cues: list[Token]) -> Token | None:
    """"X said: “...”", "X said, “...”", "X told reporters “...”": the last cue before the quote in
    the same sentence, right before it or separated by a colon or comma."""
    left = [t for t in cues if para.ce(t) <= q.start]
    before = para.tokens_between(para.start, q.start)
    if before and before[-1].text == ":":
        verbs = [t for t in before if t.pos_ == "VERB" and t.i > before[-1].i - 5 and subject_of(t, para)]
        if verbs and (not left or verbs[-1].i > left[-1].i):
            return verbs[-1]  # "McCaskill scolded him: “...”": any verb introducing a colon lead-in
    if not left:
        return None
    tok = left[-1]
    gap = para.tokens_between(para.ce(cue_tokens(tok)[-1]), q.start)
    # only the cue's own objects and adverbials may stand between ("told reporters on Monday:");
    # a clause of its own ("said there remains a “...”") makes the quote a fragment of it
    own = {t.i for c in tok.children if c.dep_ in ("dobj", "dative", "npadvmod", "advmod", "prep", "prt")
           and c.i > tok.i for t in c.subtree}
    if any(t.text in (".", ";", "?", "!") or para.quote_index(t) is not None or
           not (t.i in own or t.is_punct or t.lower_ == "that") for t in gap):
        return None
    words = [t for t in gap if not t.is_punct]
    if words and (len(words) > 5 or words[-1].pos_ in ("DET", "ADP", "ADJ", "CCONJ", "NUM")):
        return None  # "pointed to the victory as a “reset”": the quote is a fragment of a phrase
    return tok


class Frame(NamedTuple):
    """What frames a quotation: ``cue`` (None when nothing does), the framer's ``score`` for its
    best candidate (None when the rules decided) and that ``best`` candidate, taken or not."""

    cue: Token | None
    score: float | None
    best: Token | None


NO_FRAME = Frame(None, None, None)
WEAK_FRAME = 0.1  # a quote inside a paragraph that nothing frames takes its best candidate's
# speaker when that scores this much (below the framing threshold; chosen on held-out folds)


def frame_by_rules(q: QuoteSpan, para: Paragraph, cues: list[Token], speaker=subject_of) -> Token | None:
    """The cue that frames ``q`` by the rules: the cue after it, else the cue before it."""
    return _right_cue(q, para, cues, speaker) or _left_cue(q, para, cues)


DASH = r"(?:―|—|–|--?)"  # a dash as writers type it
_SIGNATURE = re.compile(rf"[ \t]*{DASH}[ \t\xa0]*")


def _dash_speaker(q: QuoteSpan, para: Paragraph) -> Token | None:
    """"“...” ― Jane Roe": a name after a dash signs the quote. Read from the characters: the
    tokenizer does not always split a dash from the closing mark ("”―")."""
    dash = _SIGNATURE.match(para.text, q.end)
    if dash is None:
        return None
    after = [t for t in para.tokens_between(dash.end(), para.end) if not t.is_space]
    if after and para.cs(after[0]) == dash.end() and after[0].pos_ == "PROPN":
        name = after[0]
        while name.head.i != name.i and name.head.pos_ == "PROPN" and name.head.i > name.i:
            name = name.head
        return name
    return None


_NAMING = {"call", "dub", "name", "term", "label", "nickname", "title", "entitle", "know", "refer", "brand"}


def _named_term(q: QuoteSpan, para: Paragraph) -> bool:
    """“feather duvet lung”, ‘Jewels after Jewels’: the name a thing is given ("is called",
    "known as", "entitled"), not anyone's statement -- unless someone is said to give it
    ("was dubbed “...” by critics", "Roe called the plan “...”", "Roe named “...” as her favourite").
    A name holds a noun: not a verdict whose verb the parse hung on the wrong word ("a move its
    chair, Doran Pike, called “painful but overdue”")."""
    before = [t for t in para.tokens_between(para.start, q.start) if not t.is_space]
    if not before or _word_count(para, q) > NAME_MAX_WORDS:
        return False
    verb = before[-1].head if before[-1].lower_ == "as" else before[-1]  # "known as", "referred to as"
    return (verb.lemma_.lower() in _NAMING and verb.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "agent", "dobj") for c in verb.children)
            and not re.match(r"[\s,]*by\s", para.text[q.end:q.end + 8])
            and any(t.pos_ in ("NOUN", "PROPN") for t in para.tokens_starting(q.start, q.end)))


_WORKS = {"book", "novel", "memoir", "biography", "movie", "film", "documentary", "show", "series", "song",
          "album", "single", "play", "musical", "column", "op-ed", "essay", "article", "headline", "poem",
          "episode", "exhibition", "painting", "sitcom", "opera"}


def _work_title(q: QuoteSpan, para: Paragraph) -> bool:
    """"The movie, “13 Hours: The Secret Soldiers of Benghazi,” is based on ...": a quotation set
    off in apposition to a book, film, column or song is its title, however long."""
    before = [t for t in para.tokens_between(para.start, q.start) if not t.is_space][-2:]
    set_off = q.last_char(para.text) == "," or para.text[q.end:q.end + 1] in (",", ")")
    return (len(before) == 2 and before[1].text == "," and before[0].lemma_.lower() in _WORKS
            and before[0].pos_ == "NOUN" and q.closed and set_off)


def _is_title(q: QuoteSpan, para: Paragraph) -> bool:
    """“Face the Nation”, “Morning Joe”, ‘The Medium is the Message’: a short title-case name of a
    show, book, theme or slogan."""
    words = re.findall(r"[\w’']+(?:-[\w’']+)*", para.text[slice(*q.inner)])  # "Daehak-ro" is one word
    small = {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "is", "as",
             "from", "vs", "after", "into", "over", "under", "about"}
    return (0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words)
            and q.start > para.start)


def _spoken(q: QuoteSpan, cue: Token, para: Paragraph) -> bool:
    """A title-case quotation that its frame says all the same: an exclamation or a question
    (“USA! USA!”, some chanted), or a sentence right after a cue that has a speaker (Roe said,
    “Probably.”; protesters chanting “Dump Trump.”) -- not a show's name set off by a comma (Roe
    told “Harbour Hour,” that ...), nor "access by saying “Hey Ferry”"."""
    adjacent = re.fullmatch(r"\s*[,:]?\s*", para.text[para.ce(cue):q.start])
    end = para.text[slice(*q.inner)].rstrip()[-1:]
    return end in ("!", "?") or end == "." and adjacent is not None and subject_of(cue, para) is not None


def _whole_paragraph(q: QuoteSpan, para: Paragraph) -> bool:
    """The paragraph is one closed quotation (“That stays with you.”), not a stray mark."""
    return (q.closed and q.start == para.start and not para.text[q.end:para.end].strip()
            and _word_count(para, q) > 0)


def _starts_sentence(q: QuoteSpan, para: Paragraph) -> bool:
    first = next((t for t in para.span if para.cs(t) >= q.start), None)
    return first is not None and first.is_sent_start


def _enclosing_cue(q: QuoteSpan, para: Paragraph, cues: list[Token]) -> Token | None:
    """A cue whose clause holds the quote ("Trump tells supporters to “go and vote”")."""
    first = next((t for t in para.span if para.cs(t) >= q.start and not t.is_punct), None)
    if first is None:
        return None
    heads = {a.i for a in first.ancestors}
    return next((c for c in reversed(cues) if c.i in heads and subject_of(c, para) is not None), None)


def _colon_speaker(q: QuoteSpan, para: Paragraph) -> Token | None:
    """"Rheinvald: “...”", "From the report: “...”", "Her reply was: “...”" -- the noun phrase
    that a colon right before the quote closes introduces it (the subject of a copula before
    the colon); a noun that is only the object of a verb is not the speaker, the verb's subject
    is ("Sanders delivered a retort: “...”", not "a retort")."""
    before = para.tokens_between(para.start, q.start)
    if len(before) < 2 or before[-1].text not in (":", "):"):
        return None
    if before[-1].text == "):" or before[-2].text == ")":
        # "Rep. Tom Lind (R-Ore.): “...”": the name before the bracket
        opening = next((k for k in range(len(before) - 2, -1, -1) if before[k].text == "("), 0)
        if opening == 0:
            return None
        before = before[:opening] + before[-1:]
    last = before[-2]
    if last.pos_ in ("PROPN", "NOUN", "PRON") and para.quote_index(last) is None:
        head = last
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        # the words since the sentence began or a dash: a label with no verb ("Jo Roe:", "From the
        # report:", "... - More from Roe and Lind:") or a clause ("Roe delivered a retort:")
        label = [t for t in before[:-1] if t.i >= last.sent.start]
        dash = max((k for k, t in enumerate(label) if _SIGNATURE.fullmatch(t.text)
                    and (t.whitespace_ or para.text[para.cs(t) - 1].isspace())), default=-1)  # not "pro-choice"
        whose = head.dep_ == "pobj" and head.head.lower_ == "of"  # "in the words of the patient:"
        if head.dep_ in ("ROOT", "nsubj", "appos") or whose or not any(
                t.pos_ in ("VERB", "AUX") and para.quote_index(t) is None for t in label[dash + 1:]):
            return head
        verb = head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return subject_of(reporting_cue(verb, para), para) if verb.pos_ in ("VERB", "AUX") else None
    if last.lemma_ == "be" and last.pos_ == "AUX":
        return next((c for c in last.children if c.dep_ in SUBJECT_DEPS), None)
    if last.pos_ in ("ADJ", "ADV") and last.dep_ in ("acomp", "advmod") and last.head.pos_ in ("AUX", "VERB"):
        # "The captain was more cautious: “...”", "The minister put it bluntly: “...”"
        subj = next((c for c in reporting_cue(last.head, para).children if c.dep_ in SUBJECT_DEPS), None)
        return subj if subj is not None and subj.lower_ not in ("it", "this", "that", "there") else None
    return None


def reporting_cue(verb: Token, para: Paragraph) -> Token:
    """The outermost cue whose report ``verb`` is, else ``verb`` (the cue comes before it, outside
    quotes, in the same sentence): "Amar said that ... a bargain might be possible: “...”" is
    Amar's lead-in, not the bargain's; in "Trump said he responded: “...”" it is "said"."""
    while (verb.dep_ == "ccomp" and is_cue(verb.head) and verb.head.i < verb.i
           and para.quote_index(verb.head) is None
           and not any(t.text in (".", "?", "!", ";") for t in verb.doc[verb.head.i:verb.i])):
        verb = verb.head
    return verb


def colon_lead_in(para: Paragraph, speaker=subject_of) -> tuple[Token, Token | None] | None:
    """"Dr. Ward stated:" at a paragraph's end introduces the quotation that opens the next one:
    the last verb of the colon's sentence and its speaker (None when the paragraph does not end
    with a colon, or its last sentence has no verb outside quotations)."""
    toks = [t for t in para.span if not t.is_space]
    if not toks or toks[-1].text != ":" or para.quote_index(toks[-1]) is not None:
        return None
    verbs = [t for t in toks[-1].sent if t.pos_ in ("VERB", "AUX") and para.quote_index(t) is None]
    if not verbs:
        return None
    return verbs[-1], speaker(verbs[-1], para)


def lead_in_attribution(att: Attribution, prev: Paragraph, speaker=subject_of) -> bool:
    """Give a quotation that opens its paragraph with no cue of its own the colon lead-in that
    ends the paragraph before (``colon_lead_in``); True if it had one."""
    lead = colon_lead_in(prev, speaker)
    if lead is None:
        return False
    cue, subj = lead
    att.cue, att.cue_root, att.via = prev.char_span(cue_tokens(cue)), cue, "lead-in"
    att.cue_class = cue_lexicon().get(cue_lemma(cue) or "", "speech")
    att.channel = att.channel or channel_of(cue, prev)
    if subj is not None:
        att.source_root, att.source = subj, prev.char_span(mention_span(subj, prev))
    return True


def signature_attribution(att: Attribution, nxt: Paragraph) -> None:
    """“...” ¶ – Jane Roe: a paragraph of nothing but a dash and a name of up to five words signs
    the quotation that ends the paragraph before (reviews, letters, epigraphs)."""
    dash = _SIGNATURE.match(nxt.text, nxt.start)  # the dash and the spaces after it
    if dash is None:
        return
    start, line = dash.end(), nxt.text[dash.end():nxt.end].rstrip()
    name = line.split(",")[0].rstrip(" .")  # "– Jo Roe, Harwick": the name, not the place
    words = [t for t in nxt.tokens_between(start, start + len(name)) if t.is_alpha]
    if (name[:1].isupper() and words and len(line.split()) <= 5 and not nxt.quotes
            and line.rstrip(" .")[-1] not in "―—–-"  # "– an aside –" is no signature
            and not any(t.pos_ in ("VERB", "AUX") for t in words)):
        att.source, att.source_root, att.via = (start, start + len(name)), words[-1], "signature"


def _label(para: Paragraph) -> tuple[list[Token], Token] | None:
    """The words before a colon that opens the paragraph ("PENCE:", "Tveit:") and the colon."""
    toks = [t for t in para.span[:7] if not (t.is_punct and para.text[para.cs(t)] in para.marks)]
    colon = next((n for n, t in enumerate(toks) if t.text == ":"), None)
    if not colon or len(para.span) <= toks[colon].i - para.span.start + 2:
        return None
    return toks[:colon], toks[colon]


def turn_labels(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The speaker labels of an interview's turns ("PENCE: Well, look, ...", "Tveit: The harbour
    is deep ..."): up to three capitalised words before a colon that opens a paragraph, words after
    it (not "Clinton: 2,316."), and not a greeting ("DEAR ABBY:"). A label in capitals opens two
    paragraphs or more, or ends with the surname of a person the article names in full, or is in
    a transcript with such a label ("ROE: ..." then "HOST: ..."): not a dateline, "NEW DELHI:",
    or a credit, "SOURCE:". One in ordinary case opens two and names a person (not a shop's
    "New Release: ...")."""
    names = {ent[-1].text.lower() for para in paragraphs for ent in para.ents
             if ent.label_ == "PERSON" and len(ent) > 1}
    seen, capitals = Counter(), set()
    for para in paragraphs:
        found = _label(para)
        if found is None or not found[0] or found[0][0].lower_ in _GREETINGS:
            continue
        label, colon = found
        if sum(t.is_alpha for t in para.span[colon.i - para.span.start + 1:]) < 3:
            continue
        text = " ".join(t.text for t in label)
        if all(t.is_alpha and t.is_upper and len(t) > 1 or t.text in (".", "-") for t in label):
            capitals.add(text)
        elif not (len(label) <= 3 and all(t.is_alpha and t.text[0].isupper() for t in label)):
            continue
        seen[text] += 1
    named = lambda label: label.split()[-1].lower() in names
    speakers = {label for label, n in seen.items() if n >= 2 and named(label)}
    turns = {label for label in capitals if seen[label] >= 2 or named(label)}
    return frozenset(speakers | (capitals if turns else set()))


_GREETINGS = {"dear", "hi", "hello", "hey", "to"}


def _transcript_turn(para: Paragraph, labels: frozenset[str]) -> Attribution | None:
    """"PENCE: Well, look, ..." -- one of the article's ``turn_labels`` opens the paragraph."""
    found = _label(para)
    if found is None:
        return None
    label, colon = found
    opens_quoted = para.text[para.start] in para.marks
    if not opens_quoted and any(q.primary for q in para.quotes):
        return None  # quotations inside: an ordinary paragraph with a colon lead-in
    if " ".join(t.text for t in label) not in labels:
        return None
    root = label[-1]
    start = para.cs(colon) + 1
    while start < para.end and para.text[start].isspace():
        start += 1
    att = Attribution("direct", [(start, para.end)], block=para.block,
                      source=para.char_span(label), source_root=root, via="turn")
    return att


def paragraph_cues(para: Paragraph, learned) -> list[Token]:
    """The reporting verbs of a paragraph outside its quotations, passives ("was asked") and set
    phrases ("That said, ...") left out."""
    return [t for t in para.outside if (t.pos_ in ("VERB", "AUX") or t.lower_ == "according")
            and learned.is_cue(t, para) and not is_passive(t) and not set_phrase(t, para)]


# phrases made of reporting verbs that report nothing: linking words, a source's anonymity
_SET_PHRASE = re.compile(r"\b(?:(?:that|this)(?: being)? said(?=\s*,)|having said (?:that|this)\b"
                         r"|needless to say\b|so to speak\b|truth be told\b|that is to say\b"
                         r"|asked not to be (?:named|identified)\b)", re.I)


def set_phrase(tok: Token, para: Paragraph) -> bool:
    """``tok`` is the verb of a phrase that reports nothing: neither a cue nor a frame ("That
    said, ..." -- not "a message that said, ...", where "that" is a relative pronoun)."""
    if tok.lemma_ not in ("say", "speak", "tell", "ask"):
        return False
    start = para.cs(tok)
    relative = tok.dep_ == "relcl"
    return any(m.start() <= start < m.end() and not (relative and m.group().lower().startswith(("that", "this")))
               for m in _SET_PHRASE.finditer(para.text, max(para.start, start - 12), min(para.end, start + 30)))


def paragraph_attributions(para: Paragraph, learned,
                           labels: frozenset[str] = frozenset()) -> list[Attribution]:
    """All attributions whose cue or quote lies in one body paragraph, in text order.

    First each quotation-mark span finds the cue that frames it, if any. Then each cue with a
    clausal content gives an indirect attribution -- mixed when a quoted fragment lies inside it --
    leaving out statements that other cues frame. Remaining quotes are direct: with their frame's
    cue, after a "Name:" lead-in, owned by a noun for words ("her claim: “...”"), or without
    a cue (a continuation, resolved across paragraphs). A noun for words with an owner reports
    what it says ("his call for a ban", "her claim that the pier is “unsafe”") unless a verb's
    report holds it;
    a short quoted term with no cue ("a “reset” in relations") is nobody's statement.

    ``learned`` (a ``learned.Learned``) decides which verbs are cues, which cue frames a
    quotation and which mention speaks (``learned.RULES_ONLY``: the rules here decide);
    ``labels`` are the article's ``turn_labels``.
    """
    turn = _transcript_turn(para, labels)
    if turn is not None:
        return [turn]
    def make(kind: str, pieces, cue: Token, via: str | None,
             frame_score: float | None = None) -> Attribution:
        asked, by = asker(cue) if kind != "direct" else (False, None)  # a quotation it frames is the answer
        speaker = (by, None, None) if asked else learned.speaker(outer.get(cue.i, cue), para)
        att = _make(para, kind, pieces, cue, *speaker)
        att.via, att.question = via, asked
        cited = cited_report(cue, pieces, para, reports)
        if cited is not None:
            att.reporter = para.char_span(mention_span(cited, para))
        att.scores["cue"] = learned.cue_probability(cue, para)
        if frame_score is not None:
            att.scores["frame"] = frame_score
        return att

    cues = paragraph_cues(para, learned)
    found_frames: dict[int, Frame] = {}
    frames: dict[int, Token] = {}  # quote index -> the cue that frames it
    titles = set()
    for n, q in enumerate(para.quotes):
        if not q.primary:
            continue
        found_frames[n] = fr = learned.frame(q, para, cues)
        cue = fr.cue
        if (_is_title(q, para) and (cue is None or not (_starts_sentence(q, para) or _spoken(q, cue, para)))
                or _named_term(q, para) or _work_title(q, para)):
            titles.add(n)  # a show's name, not a statement -- unless it is one (“Denver,” he said.)
            continue
        if cue is not None:
            frames[n] = cue
    found = {c.i: reported(c, para) for c in cues}
    contents = {i: toks for i, (toks, _) in found.items()}
    # quotes that continue the one before, whatever verb comes between
    continuing = {n for n, fr in found_frames.items()
                  if _inside_earlier_frame(n, frames.get(n) or fr.best, frames, para)}
    for n in continuing:
        frames.pop(n, None)
    for n, cue in list(frames.items()):
        if is_according(cue) and (earlier := frames.get(n - 1)) is not None and _cites(cue, earlier):
            frames[n] = earlier  # “A,” Roe said, according to the Gazette. “B.”: Roe's too, as cited
    for n, cue in list(frames.items()):
        if _reported_with_more(para.quotes[n], cue, cues, found, para):
            del frames[n]  # the quotation is part of a mixed report
    framing = {cue.i for cue in frames.values()}
    reporting = {i: {t.i for t in toks} for i, toks in contents.items() if toks}  # cue -> its content's tokens
    # reports inside another's content; "inner" ones are only part of it (see _own_report)
    within = {c.i for c in cues if not _adjunct(c)
              and any(o != c.i and c.i in ids for o, ids in reporting.items())}
    # "he said X has given his campaign momentum and said that ...": a coordinated cue with no
    # subject of its own, joined to a verb that reports nothing inside another's report, is that
    # cue's speaker's -- the parse joined it to the wrong verb ("the office said he asked ...,
    # called her a “terrorist” and said, “...”" keeps the subject it shares with "called")
    outer = {c.i: o for c in cues if _coordinated(c) and cue_lemma(c.head) is None
             and not any(x.dep_ in SUBJECT_DEPS for x in c.children)
             for o in cues if o.i != c.i and c.i in reporting.get(o.i, ())}
    inner = {c.i for c in cues if c.i in within and not _own_report(c, para, learned)}
    # "Roe acknowledged that ..., the Gazette reported": the news report that follows a statement
    # and reports it (the parse makes the statement its complement, an aside or a clause beside it)
    reports = {c.i: source for r in cues if cue_lemma(r) == "report"
               and (source := learned.speaker_of(r, para)) is not None
               for c in cues if c.i < r.i and (c.i in reporting.get(r.i, ()) and found[r.i][1] in ("aside", "clause")
                                                or c.head == r and c.dep_ == "parataxis")}
    out: list[Attribution] = []
    fragments: set[int] = set()
    for cue in cues:
        toks = contents[cue.i]
        if not toks or cue.i in framing or cue.i in inner:
            continue  # nothing reported, the cue of a direct quote, or a report inside another
        nested = {t.i for c in cues if c.i != cue.i and (c.i in framing or _adjunct(c) and contents[c.i])
                  and c.i in reporting[cue.i] for t in c.subtree}
        own = {c.i for c in cue_tokens(cue)}
        toks = [t for t in toks if t.i not in nested and t.i not in own]
        toks = [t for t in toks if para.quote_index(t) is None or para.quote_index(t) not in frames]
        pieces = _content_pieces(toks, para)
        if not pieces:
            continue
        held = next((n for n, q in enumerate(para.quotes) if q.primary and n not in frames
                     and _only_quotation(pieces, q, para)), None)
        if held is not None:  # all it reports is a quotation the framer left (“...” never closed)
            frames[held] = cue
            continue
        inside = [n for n, q in enumerate(para.quotes)
                  if n not in frames and any(s <= q.start < e for s, e in pieces)]
        quoting = any(para.quotes[n].primary for n in inside)
        if not quoting and (sum(_word_len(para, s, e) for s, e in pieces) <= 1 or _bare_saying(toks)):
            continue  # one word ("said so") is no statement, unless it quotes one: called it “rigged”;
            # nor is a saying with nothing said ("He said, she said")
        fragments.update(inside)
        kind = "mixed" if quoting else "indirect"
        out.append(make(kind, pieces, cue, found[cue.i][1]))
        out[-1].nested = cue.i in within
    for noun, owner, said in _noun_reports(para):
        if any(noun.i in ids for ids in reporting.values()):
            continue  # "mocked her claim that ...": part of what the verb reports
        pieces = _content_pieces(list(said.subtree), para)
        inside = [n for n, q in enumerate(para.quotes) if any(s <= q.start < e for s, e in pieces)]
        if not pieces or any(n in frames or n in fragments for n in inside):
            continue
        fragments.update(inside)
        out.append(_make(para, "mixed" if any(para.quotes[n].primary for n in inside) else "indirect",
                         pieces, noun, owner))
        out[-1].via = "noun"
    for n, q in enumerate(para.quotes):
        if n in fragments or n in titles or not q.primary:
            continue
        fr = found_frames.get(n, NO_FRAME)
        if n in frames:
            out.append(make("direct", [(q.start, q.end)], frames[n], "frame", fr.score))
            continue
        host = _enclosing_cue(q, para, cues)
        if host is not None and _word_count(para, q) > SCARE_MAX_WORDS:
            out.append(make("direct", [(q.start, q.end)], host, "enclosing", fr.score))
            continue
        colon = _colon_speaker(q, para) or _dash_speaker(q, para)
        if (colon is None and n not in continuing and fr.best is not None and fr.score is not None
                and fr.score >= WEAK_FRAME
                and (q.start != para.start or _retort(q, para) or _framed_after(q, fr.best, para))
                and (_word_count(para, q) > 1 or q.last_char(para.text) in ("!", "?"))):
            # inside a paragraph a quote rarely continues one from paragraphs before: its likeliest
            # frame speaks it, weak as it is ("Her countrymen, she said, should ... “...”"); a
            # one-word quote is a term, not a statement, unless it is exclaimed or asked (“Never!”)
            out.append(make("direct", [(q.start, q.end)], fr.best, "weak-frame", fr.score))
            continue
        att = Attribution("direct", [(q.start, q.end)], block=para.block)
        if fr.score is not None:
            att.scores["frame"] = fr.score  # the best frame, too weak to take
        if colon is not None:
            att.source_root, att.source = colon, para.char_span(mention_span(colon, para))
            att.via = "colon"
        elif (tail := _tail_frame(q, para)) is not None:
            verb, name = tail
            att.source_root, att.source = name[-1], para.char_span(name)
            att.cue, att.cue_root, att.via = para.char_span([verb]), verb, "tail"
        elif _word_count(para, q) <= SCARE_MAX_WORDS and not _whole_paragraph(q, para):
            continue  # a term, not a statement -- unless it is all the paragraph says (“So be it.”)
        elif (owner := _utterance_owner(q, para)) is not None:
            att.source_root, att.source = owner, para.char_span(mention_span(owner, para))
            att.via = "utterance"
        out.append(att)
    cited = [(att.reporter, att.cue) for att in out if att.reporter is not None]
    kept = []
    for att in out:
        if att.source is not None and any(s < att.source[1] and att.source[0] < e for s, e in att.pieces):
            if att.kind != "direct":
                continue  # a speaker inside what they say is a misparse: a report goes,
            att.source = att.source_root = None  # a quotation keeps its marks
        if any(source == att.source and any(s <= cue[0] < e for s, e in att.pieces) for source, cue in cited):
            continue  # "Police said ..., according to their lawyers": only wraps the statement citing it
        kept.append(att)
    kept.sort(key=lambda a: a.start)
    return kept


def _own_report(cue: Token, para: Paragraph, learned) -> bool:
    """A report inside another's content ("said that Roe told her ...") is part of it -- and one of
    its own too when it says or writes, names who does, and the cue detector is all but sure of its
    cue: "a clip in which he says ...", "Voters said ..., according to a survey"."""
    if is_according(cue):
        return learned.sure_cue(cue, para)
    return (cue_lexicon().get(cue_lemma(cue) or "") in ("speech", "writing") and learned.sure_cue(cue, para)
            and any(c.dep_ in SUBJECT_DEPS for c in cue.children))


def _tail_frame(q: QuoteSpan, para: Paragraph) -> tuple[Token, list[Token]] | None:
    """“...,” the editorial read. / “...,” Bozell answers. -- a quotation set off like speech, then
    a few words naming someone and a verb of saying or writing that the parse took for a noun (or
    left without a subject) at the end of the sentence: that verb, and the words naming its
    speaker (up to a preposition: "a voice-over in the ad states")."""
    if q.last_char(para.text) not in (",", "!", "?"):
        return None
    words: list[Token] = []
    for tok in para.tokens_starting(q.end, para.end)[:9]:
        if words and cue_lexicon().get(cue_lemma(tok) or "") in ("speech", "writing"):
            after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            bare = tok.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            ends = after is None or after.text in (".", "!", "?") or after.pos_ in ("ADP", "ADV")
            name = words[:next((i for i, w in enumerate(words) if w.pos_ == "ADP"), len(words))]
            if bare and ends and name and name[-1].pos_ in _NAME_ENDS:
                return tok, name
            return None
        hyphen = tok.text == "-" and words and not words[-1].whitespace_  # "a voice-over"
        if (tok.pos_ not in _NAME_WORDS and not hyphen or para.quote_index(tok) is not None
                or not words and tok.pos_ == "ADP"):
            return None
        words.append(tok)
    return None


_NAME_ENDS = {"NOUN", "PROPN", "PRON", "NUM", "ADJ"}  # a name's last word: "Bozell", "the two", "the editorial"
_NAME_WORDS = _NAME_ENDS | {"DET", "PART", "ADP"}  # "the Saudis", "Roe's aide", "a voice-over in the ad"


def _retort(q: QuoteSpan, para: Paragraph) -> bool:
    """“Not now,” Roe snapped: a few words opening a paragraph and set off like speech (by a comma,
    an exclamation or a question mark). Too short to continue a statement, they are a term or
    said by their frame, however weak."""
    return _word_count(para, q) <= SCARE_MAX_WORDS and q.last_char(para.text) in (",", "!", "?")


def _framed_after(q: QuoteSpan, cue: Token, para: Paragraph) -> bool:
    """“...,” the two write. -- a quotation opening a paragraph, set off like speech or too long for
    a term, whose likeliest frame follows it in the same sentence, a few words on: the frame, not a
    paragraph before, speaks it, however weakly the framer scores it (a misparse often hides its
    subject)."""
    spoken = q.last_char(para.text) in (",", "!", "?") or _word_count(para, q) > SCARE_MAX_WORDS
    if not spoken or para.cs(cue) < q.end:
        return False
    gap = para.text[q.end:para.cs(cue)]
    return not _SENTENCE_BREAK.search(gap) and len(gap.split()) <= 8


_SENTENCE_BREAK = re.compile(r"[.!?;:\n]")


def _utterance_owner(q: QuoteSpan, para: Paragraph) -> Token | None:
    """"her claim that she “...”", "his famous demand in Berlin: “...”": whose words a quotation
    nothing frames is, when a noun for something said owns it -- the last such noun in its
    sentence, a few words before it."""
    before = [t for t in para.tokens_between(para.start, q.start) if not t.is_space]
    if not before:
        return None
    near = [t for t in before[-6:] if t.sent == before[-1].sent]
    noun = next((t for t in reversed(near) if t.pos_ == "NOUN" and t.lemma_.lower() in _UTTERANCES), None)
    return next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None


def _noun_reports(para: Paragraph) -> Iterator[tuple[Token, Token, Token]]:
    """Nouns for something said, outside quotations, with their owner and what they say (noun,
    owner, head of what is said): "her claim that the pier is ...", "his promise to stay
    neutral", "her call for a ban", "a demand from Roe that ..." (a named owner after "of",
    "from" or "by")."""
    for noun in para.outside:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _UTTERANCES and noun.lemma_ != "call":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (o for o in prep_objects(noun, ("of", "from", "by"))
             if o.i > noun.i and (o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG"))), None)
        if owner is None or para.quote_index(owner) is not None:
            continue
        said = next((c for c in noun.rights if c.dep_ == "acl" and any(
            m.dep_ == "mark" and m.lower_ == "that" or m.dep_ == "aux" and m.lower_ == "to" for m in c.children)),
            None)
        if said is None and noun.lemma_ == "call":
            said = next((o for o in prep_objects(noun, ("for",)) if o.i > noun.i), None)
        if said is not None:
            yield noun, owner, said


_UTTERANCES = {"claim", "assertion", "comment", "remark", "promise", "pledge", "statement", "demand",
               "word", "vow", "quip", "warning", "argument", "insistence", "declaration", "boast",
               "admission", "complaint", "suggestion", "response", "reply", "answer", "tweet", "message",
               "description", "slogan", "mantra", "line", "contention", "charge", "accusation", "prediction"}


def _bare_saying(toks: list[Token]) -> bool:
    """A content that is only someone saying, with nothing said: "she said" ("He said, she said")."""
    words = [t for t in toks if not t.is_punct]
    return len(words) <= 2 and any(cue_lemma(t) in PLAIN_SPEECH
                                   and not any(c.dep_ in OBJECT_DEPS for c in t.children) for t in words)


def _reported_with_more(q: QuoteSpan, frame: Token, cues: list[Token], found: dict, para: Paragraph) -> bool:
    """What a cue reports begins between it and quotation ``q``, which is part of it: the frame's
    own report ("said that the plan “...”"), or the clause of another cue that runs on into the
    quotation when the frame comes before it and outside it ("“...,” said Beck, who said there
    were “...”"; not "said it was late but added, “...”", nor "suggested ... “...,” he said")."""
    def begins_before(cue: Token, content) -> bool:
        return any(para.ce(cue) <= para.cs(t) < q.start and not t.is_punct for t in content)

    if begins_before(frame, found.get(frame.i, (None,))[0] or ()):
        return True
    if para.cs(frame) > q.start:
        return _fronted(q, frame, found.get(frame.i, (None, None)), cues, para)
    return any(begins_before(c, toks) and any(q.start <= para.cs(t) < q.end for t in toks)
               for c in cues if c.i != frame.i
               for toks, via in [found[c.i]] if via == "clause" and frame not in toks)


def _inside_earlier_frame(n: int, cue: Token, frames: dict[int, Token], para: Paragraph) -> bool:
    """“...,” Stenberg said as she accepted her award. “...”: the verb before quotation ``n`` is
    in a clause of the frame of the quotation before it ("as she accepted", "showing off the hat
    his campaign had given her", "two hours after news outlets declared him the victor"), and
    that sentence ends before the quotation; the quotation continues the earlier one, it is not
    framed by that verb. Not "according to" ("“...,” Roe said, according to the Gazette. “...”":
    the paper reports both)."""
    earlier = frames.get(n - 1)
    q = para.quotes[n]
    return (cue is not None and earlier is not None and earlier.i != cue.i and not is_according(cue)
            and para.quotes[n - 1].end <= para.cs(earlier) < para.cs(cue) and para.ce(cue) <= q.start
            and earlier.is_ancestor(cue)
            and any(c in ".!?" for c in para.text[para.ce(cue):q.start]))


def _fronted(q: QuoteSpan, frame: Token, report, cues: list[Token], para: Paragraph) -> bool:
    """"The party, held every four years, “allows us to get our message out,” said Roe." / "In
    past campaigns, “we felt ...,” she said.": the clause the frame after the quotation reports
    (``report``: its tokens and how they were found), whose verb is quoted, begins before the
    quotation with its subject or a fronted phrase; the report is that clause. Not when
    those words lead in with a colon ("For example: “...,” he said") or hold a finite verb, a cue
    or another quotation."""
    toks, via = report
    ids = {t.i for t in toks or ()}
    if via not in ("aside", "clause") or not any(
            q.start <= para.cs(t) < q.end for t in toks if t.head.i not in ids or t.head.i == t.i):
        return False  # the clause's verb is not in the quotation
    before = [t for t in toks if para.cs(t) < q.start and any(c.isalnum() for c in t.text)]
    cue_ids = {c.i for c in cues}
    lead_in = para.text[para.start:q.start].rstrip().endswith(":")  # "For example: “...,” he said."
    return bool(before) and not lead_in and not any(
        para.quote_index(t) is not None or t.i in cue_ids
        or t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in before)


def _adjunct(cue: Token) -> bool:
    """"..., arguing that ..." / "..., adding that ...": a participle clause reporting a statement of
    its own, not part of the clause it hangs on; or a coordinated cue (``_coordinated``)."""
    return cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj") or _coordinated(cue)


def _coordinated(cue: Token) -> bool:
    """"said she regretted her remarks and promised to stay out of it": a cue the parse joined to
    a verb of what another cue reports -- a statement of its own, not part of that report."""
    return cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and cue_lemma(cue) is not None


def _content_pieces(tokens: list[Token], para: Paragraph) -> list[tuple[int, int]]:
    """A content's tokens as the character pieces reported: trimmed, in runs, quotations closed."""
    return _close_quotes(_runs(_trim(tokens, para), para), para)


def _runs(tokens: list[Token], para: Paragraph) -> list[tuple[int, int]]:
    """Contiguous runs of tokens as character spans (a content with a hole becomes pieces); a
    hole of nothing but quotation marks (an opening mark the parse hung elsewhere) is bridged."""
    pieces: list[tuple[int, int]] = []
    prev = None
    for t in sorted(tokens, key=lambda t: t.i):
        bridged = prev is not None and all(x.is_space or para.text[para.cs(x)] in ALL_MARKS
                                           for x in t.doc[prev + 1:t.i])
        if prev is not None and (t.i == prev + 1 or bridged):
            pieces[-1] = (pieces[-1][0], para.ce(t))
        else:
            pieces.append((para.cs(t), para.ce(t)))
        prev = t.i
    return pieces


def _close_quotes(pieces: list[tuple[int, int]], para: Paragraph) -> list[tuple[int, int]]:
    """Extend a piece that stops inside a quotation to the quotation's end (its closing mark),
    and one that starts at a quotation's first word to its opening mark (which the parse may
    have hung elsewhere), merging the pieces the extension reaches or leaves only a space between."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        for q in para.quotes:
            if q.start < e < q.end:
                e = q.end
            if q.start < s < q.end and not para.text[q.inner[0]:s].strip():
                s = q.start
        if out and (s <= out[-1][1] or not para.text[out[-1][1]:s].strip()):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _only_quotation(pieces, q: QuoteSpan, para: Paragraph) -> bool:
    """A report that is quotation ``q`` alone, give or take a preposition or conjunction after its
    closing double mark that the parse hung on it ("commented, “...,” despite what he called
    ..."); a word before it or a noun after it makes a mixed quotation ("that “...”", "“...”
    policies")."""
    if not all(q.start <= s < q.end for s, _ in pieces):
        return False
    after = [t for s, e in pieces if e > q.end for t in para.tokens_between(max(s, q.end), e) if not t.is_punct]
    return not after or (len(after) == 1 and after[0].pos_ in ("ADP", "SCONJ", "CCONJ")
                         and para.text[q.end - 1] in "”\"")


def _word_len(para: Paragraph, s: int, e: int) -> int:
    return len(re.findall(r"\w+", para.text[s:e]))


def _word_count(para: Paragraph, q: QuoteSpan) -> int:
    return _word_len(para, *q.inner)


def _make(para: Paragraph, kind: str, pieces, cue: Token, subj: Token | None,
          speaker_score: float | None = None, runner_up: float | None = None) -> Attribution:
    """An attribution of ``pieces`` to ``cue`` spoken by ``subj``, with its mention and channel."""
    att = Attribution(kind, pieces, cue=para.char_span(cue_tokens(cue)), block=para.block,
                      cue_class=cue_lexicon().get(cue_lemma(cue) or "", "speech"),
                      channel=channel_of(cue, para), cue_root=cue)
    if speaker_score is not None:
        att.scores["speaker"] = speaker_score
    if runner_up is not None:
        att.scores["runner_up"] = runner_up
    if subj is not None and para.cs(subj) < para.words_start:
        # "TALLAHASSEE — Rep. Gwen Graham said": the parser takes the dateline for the subject
        subj = next((c for c in subj.rights if c.dep_ == "appos" and para.cs(c) >= para.words_start), None)
    if subj is not None and subj.i + 2 < len(subj.doc) and joins_words(subj.nbor()):
        # "according to co-author Henrik Lyng": the parse hangs the name on "co"
        part = subj.nbor(2)
        while part.dep_ in ("compound", "flat") and part.head.i > part.i:
            part = part.head
        subj = part if part.i > subj.i + 1 else subj
    if subj is not None and subj.lemma_.lower() in SETTINGS:
        # "a statement from the mayor's office said", "a report by the audit office found": the
        # author speaks, by statement or report
        author = next(prep_objects(subj, ("from", "by")), None)
        if author is not None:
            att.channel = att.channel or subj.lemma_.lower()
            subj = author
    if subj is not None:
        att.source_root, att.source = subj, para.char_span(mention_span(subj, para))
    return att


def cited_report(cue: Token, pieces, para: Paragraph, reports: dict[int, Token]) -> Token | None:
    """The report the writer cites for what ``cue`` reports (content ``pieces``): the news report
    whose aside the statement is ("Roe acknowledged that ..., the Gazette reported": ``reports``
    maps such a cue to the report's source), or the Y of an "according to Y" outside quotations and
    outside the content that hangs on the cue or on the verb of its report ("“...,” Roe said,
    according to the Gazette", "According to court filings, Roe told the board that ...", "Police
    said they had no plans ..., according to the family's lawyers"), not one deeper inside what is
    reported ("said the gap, which stood at 263, according to ...") nor the cue itself."""
    if cue.i in reports:
        return reports[cue.i]
    if is_according(cue):
        return None
    for tok in cue.sent:
        if (is_according(tok) and para.quote_index(tok) is None and _cites(tok, cue)
                and not any(s <= para.cs(tok) < e for s, e in pieces)):
            return next((o for o in tok.nbor().children if o.dep_ == "pobj"), None) or next(
                (o for o in tok.children if o.dep_ == "pobj"), None)
    return None


def _cites(according: Token, cue: Token) -> bool:
    """The "according" of "according to Y" hangs on ``cue`` or on the verb of its report."""
    host = according.head if according.dep_ == "prep" else according.head.head  # or on its "to"
    return host == cue or host.head == cue
