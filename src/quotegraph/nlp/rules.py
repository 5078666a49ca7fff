"""The paragraph pass: every attribution whose cue or quotation lies in one parsed paragraph.

The rules it draws on each have a module of their own: quotations (``quotemarks``), cues
(``cues``), speaker mentions (``mentions``), what a cue reports (``content``), channels
(``channels``) and frames (``frames``). Here the cues' reports, the quotations' frames and nouns
for words ("her claim that ...") become ``Attribution`` records, and where one report holds
another, or a quotation, it is settled which is whose.

Everything here is a pure function of a spaCy ``Doc``/``Span`` that holds one paragraph and the
character offset of that paragraph in the article, so the same rules serve a whole-article Doc
(offset 0, one Span per paragraph) and paragraphs parsed on their own (offset = paragraph start).
The output is plain ``Attribution`` records with article character offsets; resolving "he" or
"Rheinvald" to a full name happens later, over the whole article (``resolve.py``).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .attribution import Attribution
from .channels import SETTINGS, channel_of
from .content import OBJECT_DEPS, PLAIN_SPEECH, content_pieces, only_quotation, reported
from .cues import asker, cue_lemma, cue_lexicon, cue_tokens, is_according, paragraph_cues
from .frames import (NO_FRAME, SCARE_MAX_WORDS, WEAK_FRAME, Frame, colon_speaker, dash_speaker, describes_speaker,
                     enclosing_cue, framed_after, is_title, named_term, passed_over_host, retort, spoken,
                     starts_sentence, tail_frame, transcript_turn, whole_paragraph, work_title)
from .mentions import mention_span, said_to_be, subject_of
from .paragraph import SUBJECT_DEPS, Paragraph, joins_words, prep_objects, word_count, word_len
from .quotemarks import QuoteSpan


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
    turn = transcript_turn(para, labels)
    if turn is not None:
        return [turn]
    def make(kind: str, pieces, cue: Token, via: str | None,
             frame_score: float | None = None) -> Attribution:
        asked, by = asker(cue) if kind != "direct" else (False, None)  # a quotation it frames is the answer
        speaker = ((by, None, None) if asked else (None, None, None) if said_to_be(cue)  # "is said to be ..."
                   else learned.speaker(outer.get(cue.i, cue), para))
        att = _make(para, kind, pieces, cue, *speaker)
        att.via, att.question = via, asked
        cited = cited_report(cue, pieces, para, reports)
        if cited is not None:
            att.reporter = para.char_span(_phrase(cited, para) or [cited])
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
        said = cue or (fr.best if fr.score is not None and fr.score >= WEAK_FRAME
                       and q.last_char(para.text) in ("!", "?") else None)  # “Mercy!”, weakly framed
        if (is_title(q, para) and (said is None or not (starts_sentence(q, para) or spoken(q, said, para)))
                or named_term(q, para) or work_title(q, para)):
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
    reports = _news_reports(cues, found, reporting, para, learned)
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
        pieces = content_pieces(toks, para)
        if not pieces:
            continue
        held = next((n for n, q in enumerate(para.quotes) if q.primary and n not in frames
                     and only_quotation(pieces, q, para)), None)
        if held is not None:  # all it reports is a quotation the framer left (“...” never closed)
            frames[held] = cue
            continue
        inside = [n for n, q in enumerate(para.quotes)
                  if n not in frames and any(s <= q.start < e for s, e in pieces)]
        quoting = any(para.quotes[n].primary for n in inside)
        if not quoting and (sum(word_len(para, s, e) for s, e in pieces) <= 1 or _bare_saying(toks)):
            continue  # one word ("said so") is no statement, unless it quotes one: called it “rigged”;
            # nor is a saying with nothing said ("He said, she said")
        fragments.update(inside)
        kind = "mixed" if quoting else "indirect"
        out.append(make(kind, pieces, cue, found[cue.i][1]))
        out[-1].nested = cue.i in within
    for noun, owner, said in _noun_reports(para):
        if any(noun.i in ids for ids in reporting.values()):
            continue  # "mocked her claim that ...": part of what the verb reports
        pieces = content_pieces(list(said.subtree), para)
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
        host = enclosing_cue(q, para, cues)
        if host is not None and word_count(para, q) > SCARE_MAX_WORDS:
            out.append(make("direct", [(q.start, q.end)], host, "enclosing", fr.score))
            continue
        colon = colon_speaker(q, para) or dash_speaker(q, para)
        weak = (colon is None and n not in continuing and fr.best is not None and fr.score is not None
                and fr.score >= WEAK_FRAME)
        if weak and word_count(para, q) > SCARE_MAX_WORDS and (held := passed_over_host(q, fr.best, para, cues)):
            out.append(make("direct", [(q.start, q.end)], held, "enclosing", fr.score))
            continue
        if (weak and (q.start != para.start or retort(q, para) or framed_after(q, fr.best, para))
                and (word_count(para, q) > 1 or q.last_char(para.text) in ("!", "?"))
                and not describes_speaker(q, fr.best, para, cues)):
            # inside a paragraph a quote rarely continues one from paragraphs before: its likeliest
            # frame speaks it, weak as it is ("Her countrymen, she said, should ... “...”"); a
            # one-word quote is a term, not a statement, unless it is exclaimed or asked (“Never!”)
            out.append(make("direct", [(q.start, q.end)], fr.best, "weak-frame", fr.score))
            continue
        att = Attribution("direct", [(q.start, q.end)], block=para.block)
        if fr.score is not None:
            att.scores["frame"] = fr.score  # the best frame, too weak to take
        if colon is not None:
            if colon.pos_ == "NOUN" and colon.lemma_.lower() in _UTTERANCES:  # "Her message was short: “...”"
                colon = next((c for c in colon.children if c.dep_ == "poss"), colon)
            att.source_root, att.source = colon, para.char_span(mention_span(colon, para))
            att.via = "colon"
        elif (tail := tail_frame(q, para)) is not None:
            verb, name = tail
            att.source_root, att.source = name[-1], para.char_span(name)
            att.cue, att.cue_root, att.via = para.char_span([verb]), verb, "tail"
        elif word_count(para, q) <= SCARE_MAX_WORDS and not whole_paragraph(q, para) and n not in continuing:
            # a term, not a statement -- unless it is all the paragraph says (“So be it.”) or goes
            # on with a framed quotation (“...,” Roe said, according to the Gazette. “Never.”)
            continue
        elif any(describes_speaker(q, c, para, cues) for c in cues):
            att.via = "description"  # words about a speaker, not theirs nor a continuation of theirs
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
        if _wraps_citing(att, cited):
            continue
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
               "description", "slogan", "mantra", "line", "contention", "charge", "accusation", "prediction",
               "conclusion", "verdict", "advice", "assessment", "explanation", "plea", "appeal", "question"}


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
    framed by that verb -- nor by an "according to" there ("“...,” Roe said, according to the
    Gazette. “...”": Roe's too, as the paper cites them)."""
    earlier = frames.get(n - 1)
    q = para.quotes[n]
    return (cue is not None and earlier is not None and earlier.i != cue.i
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
    according = para.remember("according", 0, lambda: [t for t in para.outside if is_according(t)])
    return next((subject_of(tok, para) for tok in according
                 if _cites(tok, cue) and not any(s <= para.cs(tok) < e for s, e in pieces)), None)


def _news_reports(cues: list[Token], found: dict, reporting: dict[int, set[int]], para: Paragraph,
                  learned) -> dict[int, Token]:
    """ "Roe acknowledged that ..., the Gazette reported": each cue that a later news report
    ("reported", "reports") reports -- the parse makes the statement the report's complement or
    aside, or a clause beside it -- with the head of that report's source."""
    out = {}
    for report in cues:
        if cue_lemma(report) != "report" or (source := learned.speaker_of(report, para)) is None:
            continue
        held = reporting.get(report.i, ()) if found[report.i][1] in ("aside", "clause") else ()
        for c in cues:
            if c.i < report.i and (c.i in held or c.head == report and c.dep_ == "parataxis"):
                out[c.i] = source
    return out


def _wraps_citing(att: Attribution, cited: list[tuple[tuple[int, int], tuple[int, int]]]) -> bool:
    """ "Police said ..., according to their lawyers" as the lawyers' own attribution: its source is
    a report that a statement inside its content cites (``cited``: each citing statement's report
    and cue), which says it all."""
    return att.source is not None and any(
        start < att.source[1] and att.source[0] < end and any(s <= cue[0] < e for s, e in att.pieces)
        for (start, end), cue in cited)


def _phrase(head: Token, para: Paragraph) -> list[Token]:
    """The words of ``head``'s whole phrase up to a punctuation mark or a quotation in it: "excerpts
    of his speech released by the White House", "Jack Kelly" of "Jack Kelly, writing for ..."."""
    words = []
    for tok in head.doc[head.left_edge.i:head.right_edge.i + 1]:
        if para.quote_index(tok) is not None or tok.is_punct and tok.i > head.i and not joins_words(tok):
            break
        if not (tok.is_punct and not words):
            words.append(tok)
    return words


def _cites(according: Token, cue: Token) -> bool:
    """The "according" of "according to Y" hangs on ``cue`` or on the verb of its report."""
    host = according.head if according.dep_ == "prep" else according.head.head  # or on its "to"
    return host == cue or host.head == cue
