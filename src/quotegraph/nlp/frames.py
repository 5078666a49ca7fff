"""How a quotation finds its cue or its speaker: the reporting verb that frames it ("“...,” he
said", "X said: “...”"), and the other ways where none does.

``frame_by_rules`` takes the cue after a quotation when only its subject and adverbs stand
between them, else the cue before it in the same sentence. A quotation may be a name or a title,
not a statement (“Face the Nation”, "known as “feather duvet lung”"); one that no cue frames may
be spoken in a cue's clause ("tells supporters to “go and vote”"), by the label before a colon
("Roe: “...”"), a name after a dash ("“...” ― Jane Roe"), a verb the parse took for a noun
("“...,” the editorial read"), the colon lead-in that ends the paragraph before, the signature
that follows it in the next paragraph, or an interview's turn label ("PENCE: ...").
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from spacy.tokens import Token

from .attribution import Attribution
from .channels import channel_of
from .content import content_of
from .cues import cue_lemma, cue_lexicon, cue_tokens, is_cue
from .mentions import INSCRIBED, mention_span, subject_of
from .paragraph import DASH, SUBJECT_DEPS, Paragraph, word_count, word_start
from .quotemarks import QuoteSpan

NAME_MAX_WORDS = 8           # a quoted name (a title, a nickname) is no longer
SCARE_MAX_WORDS = 4          # a quoted run this short, with no cue of its own, is a term, not a statement
FRAME_MAX_TOKENS = 40        # how far from a quote's edge its cue may be (a long apposition between)

_GAP_DEPS = {"aux", "auxpass", "advmod", "neg", "npadvmod", "prt"}


def right_cue(q: QuoteSpan, para: Paragraph, cues: list[Token], speaker=subject_of) -> Token | None:
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
        para.quote_index(t) is None and (t.i in allowed or t.dep_ in _GAP_DEPS or t.text in (",", "—", "–")
                                         or t.text == "-" and t.whitespace_)  # '“...”, - added Koval'
        for t in gap)
    return nxt if ok else None


def left_cue(q: QuoteSpan, para: Paragraph, cues: list[Token]) -> Token | None:
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
    return right_cue(q, para, cues, speaker) or left_cue(q, para, cues)


_SIGNATURE = re.compile(rf"[ \t\xa0]*{DASH}[ \t\xa0]*")
_DIALOGUE_FRAME = re.compile(rf"[ \t\xa0]*,?[ \t\xa0]*{DASH}[ \t\xa0]*")
# '“...”, so Brandstätter.', '“...”, so Brandstätter further.': German's "so X" ("says X") ending
# the sentence after a quotation
_SO_NAME = re.compile(r",?[ \t\xa0]*,[ \t\xa0]*so[ \t\xa0]+(?=[A-Z][\w’'-]+(?:[ \t\xa0]+[A-Z][\w’'-]+)?"
                      r"(?:[ \t\xa0]+(?:further|also|too|continued))?[.;])")


def dash_frame(q: QuoteSpan, para: Paragraph, speaker=subject_of) -> Token | None:
    """'“...”, - added Koval', '“...” — said Koval': a translation's dialogue dash puts the verb
    that frames the quote right after it, whatever the cue detector and the framer learned from
    English news (which has none)."""
    dash = _DIALOGUE_FRAME.match(para.text, q.end)
    if dash is None or not q.closed:
        return None
    verb = next((t for t in para.tokens_between(dash.end(), para.end) if not t.is_space), None)
    if verb is None or para.cs(verb) != dash.end():
        return None
    if verb.dep_ in ("aux", "auxpass") and verb.head.i == verb.i + 1:
        verb = verb.head  # '- is said in the message of the ministry'
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or not is_cue(verb):
        return None  # not an English aside: "“...” — asserting that ..."
    who = speaker(verb, para)
    return verb if who is not None and who.i > verb.i else None  # the speaker after it, as translations have it


def dash_speaker(q: QuoteSpan, para: Paragraph) -> Token | None:
    """"“...” ― Jane Roe": a name after a dash signs the quote; '“...”, so Brandstätter.', as
    translations from German attribute one, too. Read from the characters: the tokenizer does not
    always split a dash from the closing mark ("”―")."""
    mark = _SIGNATURE.match(para.text, q.end) or _SO_NAME.match(para.text, q.end)
    if mark is None:
        return None
    after = [t for t in para.tokens_between(mark.end(), para.end) if not t.is_space]
    # after "so" the pattern has found a capitalised word, whatever the tagger made of it
    if after and para.cs(after[0]) == mark.end() and (after[0].pos_ == "PROPN" or mark.re is _SO_NAME):
        name = after[0]
        while name.head.i != name.i and name.head.pos_ == "PROPN" and name.head.i > name.i:
            name = name.head
        return name
    return None


_NAMING = {"call", "dub", "name", "term", "label", "nickname", "title", "entitle", "know", "refer", "brand"}


def named_term(q: QuoteSpan, para: Paragraph) -> bool:
    """“feather duvet lung”, ‘Jewels after Jewels’: the name a thing is given ("is called",
    "known as", "entitled"), not anyone's statement -- unless someone is said to give it
    ("was dubbed “...” by critics", "Roe called the plan “...”", "Roe named “...” as her favourite").
    A name holds a noun: not a verdict whose verb the parse hung on the wrong word ("a move its
    chair, Doran Pike, called “painful but overdue”")."""
    before = [t for t in para.tokens_between(para.start, q.start) if not t.is_space]
    if not before or word_count(para, q) > NAME_MAX_WORDS:
        return False
    verb = before[-1].head if before[-1].lower_ == "as" else before[-1]  # "known as", "referred to as"
    return (verb.lemma_.lower() in _NAMING and verb.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "agent", "dobj") for c in verb.children)
            and not re.match(r"[\s,]*by\s", para.text[q.end:q.end + 8])
            and any(t.pos_ in ("NOUN", "PROPN") for t in para.tokens_starting(q.start, q.end)))


_WORKS = {"book", "novel", "memoir", "biography", "movie", "film", "documentary", "show", "series", "song",
          "album", "single", "play", "musical", "column", "op-ed", "essay", "article", "headline", "poem",
          "episode", "exhibition", "painting", "sitcom", "opera"}


def work_title(q: QuoteSpan, para: Paragraph) -> bool:
    """"The movie, “13 Hours: The Secret Soldiers of Benghazi,” is based on ...": a quotation set
    off in apposition to a book, film, column or song is its title, however long."""
    before = [t for t in para.tokens_between(para.start, q.start) if not t.is_space][-2:]
    set_off = q.last_char(para.text) == "," or para.text[q.end:q.end + 1] in (",", ")")
    return (len(before) == 2 and before[1].text == "," and before[0].lemma_.lower() in _WORKS
            and before[0].pos_ == "NOUN" and q.closed and set_off)


def is_title(q: QuoteSpan, para: Paragraph) -> bool:
    """“Face the Nation”, “Morning Joe”, ‘The Medium is the Message’: a short title-case name of a
    show, book, theme or slogan."""
    words = re.findall(r"[\w’']+(?:-[\w’']+)*", para.text[slice(*q.inner)])  # "Daehak-ro" is one word
    small = {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "is", "as",
             "from", "vs", "after", "into", "over", "under", "about"}
    return (0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words)
            and q.start > para.start)


def spoken(q: QuoteSpan, cue: Token, para: Paragraph) -> bool:
    """A title-case quotation that its frame says all the same: an exclamation or a question
    (“USA! USA!”, some chanted), or a sentence right after a cue that has a speaker (Roe said,
    “Probably.”; protesters chanting “Dump Trump.”) -- not a show's name set off by a comma (Roe
    told “Harbour Hour,” that ...), nor "access by saying “Hey Ferry”"."""
    adjacent = re.fullmatch(r"\s*[,:]?\s*", para.text[para.ce(cue):q.start])
    end = para.text[slice(*q.inner)].rstrip()[-1:]
    return end in ("!", "?") or end == "." and adjacent is not None and subject_of(cue, para) is not None


def whole_paragraph(q: QuoteSpan, para: Paragraph) -> bool:
    """The paragraph is one closed quotation (“That stays with you.”), not a stray mark."""
    return (q.closed and q.start == para.start and not para.text[q.end:para.end].strip()
            and word_count(para, q) > 0)


def starts_sentence(q: QuoteSpan, para: Paragraph) -> bool:
    first = next((t for t in para.span if para.cs(t) >= q.start), None)
    return first is not None and first.is_sent_start


def enclosing_cue(q: QuoteSpan, para: Paragraph, cues: list[Token]) -> Token | None:
    """A cue whose clause holds the quote ("Trump tells supporters to “go and vote”") -- not
    within the words that describe its speaker (see ``describes_speaker``)."""
    heads = {a.i for a in _ancestors(q, para)}
    for c in reversed(cues):
        if c.i in heads and subject_of(c, para) is not None:
            return None if describes_speaker(q, c, para, cues) else c
    return None


def passed_over_host(q: QuoteSpan, frame: Token, para: Paragraph, cues: list[Token]) -> Token | None:
    """A verb of saying or thinking the cue detector passed over (not in ``cues``) whose clause
    holds quotation ``q`` and its weak ``frame`` ("made Roe believe that she and Lee were “...”"):
    the quotation is what that verb's subject says or thinks, not words of the inner clause's
    subject."""
    detected = {c.i for c in cues}
    lexical = sorted((a for a in _ancestors(q, para) if a.i not in detected and is_cue(a)), key=lambda t: t.i)
    held = enclosing_cue(q, para, lexical)
    return held if held is not None and held.is_ancestor(frame) else None


_DESCRIBING = {"relcl", "appos", "acl"}


def describes_speaker(q: QuoteSpan, cue: Token, para: Paragraph, cues: list[Token]) -> bool:
    """Quotation ``q`` is in a relative clause or apposition of the mention of ``cue``'s speaker
    and on no cue of its own: it describes the speaker ("said Roe, who waited in an “endless
    line”") and is not what they said (unlike "Roe, who has called it “a scandal”, said")."""
    subj = subject_of(cue, para)
    if subj is None:
        return False
    others = {c.i for c in cues} | {cue.i}
    path = []
    for a in _ancestors(q, para):
        if a.i == subj.i:
            return any(t.dep_ in _DESCRIBING for t in path)
        if a.i in others:
            return False
        path.append(a)
    return False


def _ancestors(q: QuoteSpan, para: Paragraph) -> list[Token]:
    """The tokens the quote's first word hangs on, nearest first (found once per quote: the
    enclosing-cue and description checks ask for them cue after cue)."""
    def compute() -> list[Token]:
        first = next((t for t in para.tokens_starting(q.start, para.end) if not t.is_punct), None)
        return [] if first is None else list(first.ancestors)
    return para.remember("ancestors", q.start, compute)


_WHEN_PREPOSITIONS = {"after", "before", "during", "until", "following"}


def colon_speaker(q: QuoteSpan, para: Paragraph) -> Token | None:
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
    last = last.doc[word_start(last.doc, last.i)]  # "she was matter-of-fact:" -- the word, not "fact"
    if last.pos_ in ("PROPN", "NOUN", "PRON") and para.quote_index(last) is None:
        head = last
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        # the words since the sentence began or a dash: a label with no verb ("Jo Roe:", "From the
        # report:", "... - More from Roe and Lind:") or a clause ("Roe delivered a retort:")
        label = [t for t in before[:-1] if t.i >= last.sent.start]
        dash = max((k for k, t in enumerate(label) if _SIGNATURE.fullmatch(t.text)
                    and (t.whitespace_ or para.text[para.cs(t) - 1].isspace())), default=-1)  # not "pro-choice"
        if head.dep_ == "pobj" and head.head.lower_ in _WHEN_PREPOSITIONS:
            return None  # "Then, after a pause: “...”": when, not who
        # "in the words of the patient:" (not "an address to the Academy of Sciences:", a name's "of")
        # (not "a sign appeared on the railings of the enclosure:", a thing's "of")
        whose = (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN"
                 and head.head.head.lemma_.lower() in _VOICED)
        if head.dep_ in ("ROOT", "nsubj", "appos") or whose or head.lemma_.lower() in INSCRIBED or not any(
                t.pos_ in ("VERB", "AUX") and para.quote_index(t) is None for t in label[dash + 1:]):
            return head
        verb = head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = subject_of(reporting_cue(verb, para), para) if verb.pos_ in ("VERB", "AUX") else None
        for _ in range(3):  # "Roe had a message for whoever took it: “...”": not the one a clause is about
            if subj is None or subj.tag_ != "WP" or (verb := next(
                    (v for v in verb.ancestors if v.pos_ in ("VERB", "AUX")), None)) is None:
                break
            subj = subject_of(reporting_cue(verb, para), para)
        # "That step led to an insight: “...”": a thing pointed back to speaks for no one
        return None if subj is not None and _pointed_back(subj) else subj
    if last.lemma_ == "be" and last.pos_ == "AUX":
        return next((c for c in last.children if c.dep_ in SUBJECT_DEPS), None)
    if last.pos_ in ("ADJ", "ADV") and last.dep_ in ("acomp", "advmod") and last.head.pos_ in ("AUX", "VERB"):
        # "The captain was more cautious: “...”", "The minister put it bluntly: “...”"
        subj = next((c for c in reporting_cue(last.head, para).children if c.dep_ in SUBJECT_DEPS), None)
        return subj if subj is not None and subj.lower_ not in ("it", "this", "that", "there") else None
    return None


# what someone's words come by: "in the words of", "in the view of", "from the testimony of"
_VOICED = {"word", "voice", "view", "opinion", "verdict", "account", "testimony", "statement", "message",
           "assessment", "explanation", "comment", "remark", "answer", "reply", "response", "mouth", "pen"}


def _pointed_back(subj: Token) -> bool:
    """A common noun with "this" or "that" ("That step", "This shift"), not a name or a person; or
    "this" or "that" alone ("That matches an old saying: “...”")."""
    pointers = ("this", "that", "these", "those")
    return (subj.lower_ in pointers and subj.tag_ == "DT" or subj.pos_ == "NOUN" and not subj.ent_type_
            and any(c.dep_ == "det" and c.lower_ in pointers for c in subj.children))


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
    verb = verbs[-1]
    while (verb.dep_ == "ccomp" and is_cue(verb.head) and para.quote_index(verb.head) is None
           and cue_lexicon().get(cue_lemma(verb) or "") not in ("speech", "writing")):
        verb = verb.head  # "Hale said the authority had learned from the flood:": Hale's words follow
    return verb, speaker(verb, para)


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


# "— Jane Roe (@janeroe) March 3, 2026": the signature under a post embedded in a page
POST_SIGNATURE = re.compile(rf"{DASH}\s*([A-Z][^()@\n]{{1,60}}?)\s*\(@\w+\)")
POST_LENGTH = 400  # characters: a post is short (280 and its links); its paragraphs are no longer


def signed_posts(paragraphs: list[Paragraph]) -> dict[int, tuple[Paragraph, int, int]]:
    """The paragraphs of embedded posts -- up to three short ones running up to a "— Name
    (@handle) date" signature -- by start offset, each with the signature's paragraph and the
    offsets of the name that signed it."""
    out: dict[int, tuple[Paragraph, int, int]] = {}
    for i, para in enumerate(paragraphs):
        sig = POST_SIGNATURE.match(para.text, para.start)
        if sig is None:
            continue
        j = i - 1
        while (j >= 0 and paragraphs[j].block == paragraphs[j + 1].block - 1 and j >= i - 3
               and paragraphs[j].end - paragraphs[j].start <= POST_LENGTH
               and not POST_SIGNATURE.match(paragraphs[j].text, paragraphs[j].start)):  # another post's
            out[paragraphs[j].start] = (para, sig.start(1), sig.end(1))
            j -= 1
    return out


def post_attribution(para: Paragraph, signed: tuple[Paragraph, int, int]) -> Attribution | None:
    """A post embedded in the page and signed ("We will run extra ferries." ¶ "— Harbour Ferries
    (@hferries) March 3, 2026") is its signer's statement, word for word, quotations in it
    included (a slogan it mocks, words it repeats)."""
    sig_para, start, end = signed
    words = [t for t in sig_para.tokens_between(start, end) if t.is_alpha]
    if not words or para.words_start >= para.end:
        return None
    return Attribution("direct", [(para.words_start, para.end)], source=(start, end), source_root=words[-1],
                       block=para.block, via="post")


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


ANSWER = "A"  # the label of an interviewee's answers ("Q: ... ¶ A: ..."), whom the resolver finds


def turn_labels(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The speaker labels of an interview's turns ("PENCE: Well, look, ...", "Tveit: The harbour
    is deep ..."): up to three capitalised words before a colon that opens a paragraph, words after
    it (not "Clinton: 2,316."), and not a greeting ("DEAR ABBY:"). A label in capitals opens two
    paragraphs or more, or ends with the surname of a person the article names in full, or is in
    a transcript with such a label ("ROE: ..." then "HOST: ..."): not a dateline, "NEW DELHI:",
    or a credit, "SOURCE:". One in ordinary case opens two and names a person (not a shop's
    "New Release: ..."). "A" when two answers or more follow questions ("Q: ... ¶ A: ...")."""
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
        elif text not in ("Q", ANSWER) and not (len(label) <= 3 and all(t.is_alpha and t.text[0].isupper()
                                                                       for t in label)):
            continue
        seen[text] += 1
    named = lambda label: label.split()[-1].lower() in names
    speakers = {label for label, n in seen.items() if n >= 2 and named(label)}
    turns = {label for label in capitals if seen[label] >= 2 or named(label)}
    answers = {ANSWER} if seen["Q"] >= 2 and seen[ANSWER] >= 2 else set()
    return frozenset(speakers | answers | (capitals if turns else set()))


_GREETINGS = {"dear", "hi", "hello", "hey", "to"}


def transcript_turn(para: Paragraph, labels: frozenset[str]) -> Attribution | None:
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


def tail_frame(q: QuoteSpan, para: Paragraph) -> tuple[Token, list[Token]] | None:
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


def retort(q: QuoteSpan, para: Paragraph) -> bool:
    """“Not now,” Roe snapped: a few words opening a paragraph and set off like speech (by a comma,
    an exclamation or a question mark). Too short to continue a statement, they are a term or
    said by their frame, however weak."""
    return word_count(para, q) <= SCARE_MAX_WORDS and q.last_char(para.text) in (",", "!", "?")


def framed_after(q: QuoteSpan, cue: Token, para: Paragraph) -> bool:
    """“...,” the two write. -- a quotation opening a paragraph, set off like speech or too long for
    a term, whose likeliest frame follows it in the same sentence, a few words on: the frame, not a
    paragraph before, speaks it, however weakly the framer scores it (a misparse often hides its
    subject)."""
    set_off = q.last_char(para.text) in (",", "!", "?") or word_count(para, q) > SCARE_MAX_WORDS
    if not set_off or para.cs(cue) < q.end:
        return False
    gap = para.text[q.end:para.cs(cue)]
    return not _SENTENCE_BREAK.search(gap) and len(gap.split()) <= 8


_SENTENCE_BREAK = re.compile(r"[.!?;:\n]")
