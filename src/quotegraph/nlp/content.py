"""What a cue reports, and where the report's edges are.

``reported`` reads a cue's content from the parse: its clausal complement ("said (that) ..."),
the infinitive of a verb of intent, what follows a verb other than "say" and "tell" ("described
the plan as ..."), the clause an aside hangs on ("The plan, she said, will fail"), or the clause
around "according to X". ``content_pieces`` turns a content's tokens into the character pieces
reported: trimmed of punctuation and of trailing phrases that comment on it, in runs, and
stretched to the marks of a quotation they stop inside.
"""
from __future__ import annotations

from spacy.tokens import Token

from .channels import SETTING_NOUNS, SETTINGS, setting_nouns, settings
from .cues import TELL, cue_lemma, cue_lexicon, is_cue
from .mentions import inverted_object, said_after_relative
from .paragraph import SUBJECT_DEPS, Paragraph
from .quotemarks import ALL_MARKS, QuoteSpan


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
        # before a semicolon is the writer's, not the speaker's; so is one the parse made a
        # complement though it only sets the scene ("In a statement after the vote, Roe said ...")
        comps = [c for c in comps
                 if c.i > cue.i or not any(t.text == ";" for t in cue.doc[c.right_edge.i + 1:cue.i])
                 and not _adverbial(c) and not _described_speaker(c)]
    # "..., as Eric Garner said before he died": a clause of time the parse made the complement
    comps = [c for c in comps if not any(m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in c.children)]
    if len(comps) > 1:
        # "most said they were worried, and more than half said the mayor ...": the parse made
        # the second speaker's verb a complement of the first; it reports for its own subject
        comps = [c for c in comps if not (c.i > comps[0].i and _joined_report(c))]
    via = "clause"
    if not comps and cue_lexicon().get(cue_lemma(cue)) == "intent":
        comps, via = [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")], "intent"
    if comps:
        # "wrote that the request was “futile,” because ...": a reason or condition the parse hung
        # on the cue rather than on the clause belongs to what is reported
        last = max(t.i for c in comps for t in c.subtree)
        tail = [c for c in cue.rights if c.dep_ == "advcl" and c.i > last and not is_cue(c)
                and any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in c.children)]
        return [t for c in _subject_as_object(cue, comps) + comps + tail + _quoted_conjunct(cue, para)
                for t in c.subtree], via
    if (clause := said_after_relative(cue)) is not None:
        return list(clause.subtree), "clause"  # "A witness who asked not to be named said flames were ..."
    if cue_lemma(cue) not in PLAIN_SPEECH and inverted_object(cue, para) is None:  # not "As informed the spokesman"
        # "described the plan as “a disaster”", "called for new talks": what follows the verb
        args = [c for c in cue.rights if c.dep_ in OBJECT_DEPS and not _circumstance(c) and not _addressee(cue, c)]
        if _said_by_saying(args, para):
            return None, None  # "ended the speech by saying “...”": "saying" reports it
        if args and not all(_pronominal(c) for c in args):  # not "explained them to me", "talk about it"
            # 'urged both sides to reopen the hotline "today, not tomorrow"': a quoted phrase after
            # the objects that the parse hung on the verb is theirs too
            end = max(c.right_edge.i for c in args)
            args += [c for c in cue.rights if c.i > end and c.dep_ in ("npadvmod", "advmod", "dobj", "attr")
                     and (n := para.quote_index(c)) is not None
                     and all(para.quote_index(t) == n for t in c.subtree if not t.is_punct)
                     and all(t.is_punct for t in cue.doc[end + 1:c.left_edge.i])]
            return _past_quotation([t for c in args for t in c.subtree], para), "object"
    if (cue.dep_ == "advcl" and (cue.head.pos_ in ("VERB", "AUX") or para.quote_index(cue.head) is not None)
            and any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in cue.children)):
        # "As Hren observed, the port ..." (or a translation's "Like she admitted, ..."): the clause
        # the cue hangs on; or the quoted phrase
        # ("aims at “real growth,” as the mayor put it", where the parse made the phrase a sentence)
        own = {t.i for t in cue.subtree}
        rest = [t for t in cue.head.subtree if t.i not in own]
        while rest and rest[0].is_punct:
            rest.pop(0)
        return rest or None, "aside"
    if (cue.dep_ in ("parataxis", "ccomp") and (cue.head.dep_ == "ROOT" or cue.dep_ == "parataxis")
            or cue.dep_ == "conj" and cue.head.dep_ == "ROOT" and inverted_object(cue, para) is not None):
        # "Y, sources said.", "Y, he said, Z", "The plan, she said, will fail": "said" hangs on
        # the verb of what it reports, set off by commas
        words = [t for t in cue.subtree if not t.is_punct]  # the commas may hang on the cue
        own = {t.i for t in words}
        sent = cue.sent
        before = cue.doc[words[0].i - 1] if words[0].i > sent.start else None
        after = [t for t in sent if t.i > words[-1].i]
        closing = after[0] if after else None
        set_off = before is not None and _sets_off(before)
        if set_off and closing is not None and closing.text == ";" and before.i > sent.start:
            # "Recruiting a vet has proved impossible, he says; the practice advertised ...": what
            # comes before; after the semicolon the writer goes on
            return [t for t in sent if t.i < before.i], "aside"
        if (set_off and (all(t.is_punct for t in after) or _sets_off(closing)) if cue.head.i < cue.i
                else closing is not None and _sets_off(closing) and (set_off or before is None)):
            edges = {before.i if before is not None else -1, closing.i if closing is not None else -1}
            return [t for t in sent if t.i not in own and t.i not in edges] or None, "aside"
    return None, None


_REASON_MARKS = {"because", "since", "unless", "if"}


def _reports_itself(verb: Token) -> bool:
    """A verb of saying, or one that goes on to one ("went on to say “...”")."""
    return is_cue(verb) or any(_reports_itself(c) for c in verb.children if c.dep_ == "xcomp")


def _quoted_conjunct(cue: Token, para: Paragraph) -> list[Token]:
    """"said it had “no involvement” and was “surprised and saddened” by ...": a verb joined to
    the cue with no subject of its own, no verb of saying, that quotes the same speaker's words."""
    return [c for c in cue.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and not _reports_itself(c)
            and not any(x.dep_ in SUBJECT_DEPS for x in c.children)
            and any(para.quote_index(t) is not None for t in c.subtree)]


def _joined_report(clause: Token) -> bool:
    """A reporting verb (``is_cue``) with a subject of its own, joined by a conjunction to what
    comes before it ("..., and more than half said ...")."""
    i = clause.left_edge.i - 1
    while i >= 0 and clause.doc[i].is_punct:
        i -= 1
    return (i >= 0 and clause.doc[i].dep_ == "cc" and is_cue(clause)
            and any(x.dep_ in SUBJECT_DEPS for x in clause.children))


def _said_by_saying(args: list[Token], para: Paragraph) -> bool:
    """"answered the post by calling the mayor “a coward”", "ended her list by saying “Never
    again.”": the verb's object tells how, by a verb of saying that reports (or frames a
    quotation) of its own; what that verb says is the statement, not the whole object. Not
    for verbs of manner ("by emphasizing her record", "by calling him out"), whose reports
    PolNeAR keeps with the verb before them."""
    by = next((p for c in args if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
               if p.dep_ == "pcomp" and p.lemma_.lower() in _SAYING and is_cue(p)), None)
    return (by is not None and not any(c.dep_ == "prt" for c in by.children)
            and (reported(by, para)[0] is not None or any(para.quote_index(t) is not None for t in by.rights)))


_SAYING = {"say", "tell", "call", "announce", "declare", "write", "tweet", "ask", "add", "reply", "answer"}


def _described_speaker(clause: Token) -> bool:
    """ "Ashworth, who has since had surgery, said ...": a clause before the cue that opens the
    sentence and holds a relative pronoun is the speaker and what is said of them, which the
    parse made a complement of the cue."""
    return clause.left_edge.i == clause.sent.start and any(t.tag_ == "WP" for t in clause.subtree)


_WHEN_MARKS = {"before", "after", "until", "till", "once", "while", "whilst"}


def _adverbial(clause: Token) -> bool:
    """A clause opening with a subordinator other than "that" ("after the senator left", "Although
    he accepted ...", whichever verb the parse hung it on) or with a prepositional phrase of
    its own ("In a statement released after ..."; "At rallies, ...")."""
    first = clause.left_edge
    return (any(m.dep_ == "mark" and m.lower_ != "that" for m in clause.children)
            or first.dep_ == "prep" and first.head == clause or first.dep_ == "mark" and first.lower_ != "that")


def _past_quotation(tokens: list[Token], para: Paragraph) -> list[Token]:
    """An object content up to where it leaves a quotation for a phrase that only sets the scene:
    "blasted the levy as a “disgrace” Wednesday on a radio show", "called the plan “shameful”
    and called on the board to act" (the parse hung the phrase on the quoted word)."""
    ids = {t.i for t in tokens}
    cut = min((t.i for t in tokens if t.i > t.head.i and t.head.i in ids and _scene(t)
               and para.quote_index(t.head) is not None
               and all(para.quote_index(x) is None for x in t.subtree)), default=None)
    return tokens if cut is None else [t for t in tokens if t.i < cut]


def _scene(t: Token) -> bool:
    """A phrase of time, place or setting, or a verb the parse made a conjunct of a quoted noun
    or adjective (which a verb never coordinates with)."""
    return (t.dep_ == "npadvmod" or t.dep_ == "appos" and t.ent_type_ in ("DATE", "TIME") or _circumstance(t)
            or t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.pos_ not in ("VERB", "AUX"))


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
            or bool(setting_nouns(tok, SETTING_NOUNS)))


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


def _sets_off(tok: Token) -> bool:
    """A comma or dash, counting a hyphen typed with a space on each side ("a phrase - a charge")."""
    return tok.text in _SET_OFF or (tok.text == "-" and bool(tok.whitespace_) and tok.i > 0
                                    and bool(tok.doc[tok.i - 1].whitespace_))


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
        if cut is None and _conceding(t):
            cut = t.left_edge.i  # "... even though rents rose": a concession needs no comma
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


_CONCESSIONS = {"although", "though", "except", "whereas"}


def _conceding(t: Token) -> bool:
    """A clause ending its sentence that concedes or contrasts ("..., although rents rose.",
    "even as ...", "whereas ..."), which the writer adds after a report; before "they said" it is
    the speaker's. "Even if" is a condition, which belongs to what is reported."""
    first = t.left_edge
    return (t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") and all(x.is_punct for x in t.doc[t.right_edge.i + 1:t.sent.end])
            and (first.lower_ in _CONCESSIONS or first.lower_ == "even" and first.i + 1 < len(first.doc)
                 and first.doc[first.i + 1].lower_ in ("though", "as")))


def _trailing(t: Token, ids: set[int]) -> bool:
    """A phrase that comments on the content (tokens ``ids``) rather than continuing it: an
    appositive, relative clause, participle clause or concession hanging inside it, or a bare
    noun phrase the parse made a second object or complement beside part of it, or an adverbial
    one ("is “losing the war,” part of a lashing", "saying he would “not get beat
    up,” a swipe at ...", "said the vote was “rigged,” a charge that ...")."""
    if (t.dep_ in ("appos", "relcl", "acl") or t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG"
            or _conceding(t)
            or t.dep_ == "npadvmod" and t.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in t.children)):
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
    if _sets_off(before):
        return before.i
    if (first.i >= 2 and para.text[para.cs(before)] in para.marks and para.quote_index(before) is not None
            and doc[first.i - 2].text == ","):
        return first.i
    return None


_SAID_IN = SETTINGS | {"comment", "address"}  # "said in a comment to journalists that ..."


def _setting_clause(cue: Token) -> list[Token]:
    """ "said in a statement that Y", "told analysts on a call that Y", "told councillors that Y":
    the parse hangs the that-clause on the setting or the one told (even as a relative clause,
    though "that" is no pronoun of it); it is what the cue reports."""
    hosts = settings(cue, _SAID_IN)
    if cue.lemma_.lower() in TELL:
        hosts += [c for c in cue.rights if c.dep_ in ("dobj", "dative")]
        # "told reporters outside the plant gates that Y": a place after the one told
        hosts += [o for p in cue.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # the clause may hang deeper, as long as it ends the setting: "in a statement published on
    # the ministry's website that ...", "in a comment to journalists that ..."
    return [clause for obj in hosts for clause in obj.subtree if clause.dep_ in ("acl", "ccomp", "relcl")
            and (clause.head.i == obj.i or clause.right_edge.i == obj.right_edge.i)
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)]


def content_pieces(tokens: list[Token], para: Paragraph) -> list[tuple[int, int]]:
    """A content's tokens as the character pieces reported: trimmed, in runs, quotations closed;
    not a piece of punctuation alone (the '.”' ending a quotation whose words are not the content's)."""
    pieces = [(s, e) for s, e in _close_quotes(_runs(_trim(tokens, para), para), para)
              if any(c.isalnum() for c in para.text[s:e])]
    if pieces:  # and so no comma left hanging before it
        s, e = pieces[-1]
        pieces[-1] = (s, s + len(para.text[s:e].rstrip(" ,;:")))
    return pieces


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


def only_quotation(pieces, q: QuoteSpan, para: Paragraph) -> bool:
    """A report that is quotation ``q`` alone, give or take a preposition or conjunction after its
    closing double mark that the parse hung on it ("commented, “...,” despite what he called
    ..."); a word before it or a noun after it makes a mixed quotation ("that “...”", "“...”
    policies")."""
    if not all(q.start <= s < q.end for s, _ in pieces):
        return False
    after = [t for s, e in pieces if e > q.end for t in para.tokens_between(max(s, q.end), e) if not t.is_punct]
    return not after or (len(after) == 1 and after[0].pos_ in ("ADP", "SCONJ", "CCONJ")
                         and para.text[q.end - 1] in "”\"")
