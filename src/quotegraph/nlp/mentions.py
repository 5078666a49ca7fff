"""Who speaks for a cue, as the paragraph writes it: the head of the speaker's mention
(``subject_of``) and the words that name them (``mention_span``).

The speaker is the cue's subject, the X of "according to X", the antecedent of "who said", or the
subject of the verb a participle hangs on; where the parse misreads a surname as a modifier of the
verb ("“...,” said Skelly", "Early still says") or hangs the speaker on the topic a sentence opens
with ("Of Lind, Halvorsen said"), the name is read back. Which person the mention is, over the
whole article, is ``resolve.py``'s to say.
"""
from __future__ import annotations

from spacy.tokens import Token

from .cues import STATEMENTS, TELL, is_cue
from .paragraph import SUBJECT_DEPS, Paragraph, joins_words, word_start


def said_after_relative(cue: Token) -> Token | None:
    """"A witness who asked not to be named said flames were ...": the parse, thrown by the
    relative clause, hung "said" on "witness" as a participle and what was said on "witness" too.
    The clause with a subject of its own right after the cue, or None."""
    if cue.dep_ != "acl" or cue.head.pos_ not in ("NOUN", "PROPN") or cue.head.i > cue.i or not is_cue(cue):
        return None
    if not any(c.dep_ == "relcl" for c in cue.head.children):
        return None
    return next((c for c in cue.head.rights if c.dep_ in ("relcl", "acl", "ccomp") and c.i > cue.i
                 and c.left_edge.i in (cue.i + 1, cue.i + 2) and any(x.dep_ in SUBJECT_DEPS for x in c.children)),
                None)


def said_to_be(cue: Token) -> bool:
    """"Roe is said to be “gutted”", "is reported to have left": a report by no one named, about
    its subject."""
    deps = {c.dep_ for c in cue.children}
    return (cue.lemma_.lower() in ("say", "report", "rumour", "rumor") and "nsubjpass" in deps
            and "xcomp" in deps and "agent" not in deps and cue.i + 1 < len(cue.doc) and cue.nbor().lower_ == "to")


def set_off_participle(tok: Token) -> bool:
    """A participle the parse made a subject, set off by a comma: "Reacting, the spokesman said"."""
    return tok.pos_ == "VERB" and tok.i + 1 < len(tok.doc) and tok.nbor().text == ","


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
    if said_after_relative(cue) is not None:
        return cue.head
    if said_to_be(cue):
        return None
    tok = cue
    for _ in range(6):
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and para.quote_index(c) is None
                and c.text != "." and not set_off_participle(c)]  # not the "." split off "No" ("The world No. 3")
        if tok is cue and (named := _past_topic(cue, subj)) is not None:
            return named
        if not subj and (misread := (tok is cue and (misread_subject(cue, para) or _name_set_off_before(cue, para)
                                                     or _name_opening_sentence(cue, para)
                                                     or inverted_object(cue, para) or _said_in_document(cue)))
                         or _inverted_name(tok, para)):
            return misread
        if len(subj) > 1:  # "Roe in talks with the agency Interdravo refuted ...": the agency's name is no subject
            subj = [c for c in subj if not (c.pos_ == "PROPN" and c.i > 0 and c.nbor(-1).dep_ == "pobj"
                                            and c.nbor(-1).pos_ == "NOUN")] or subj
        if subj and not (tok is not cue and cue.tag_ == "VBG" and not is_cue(tok) and tok.dep_ != "ROOT"):
            if cue.lemma_.lower() in TELL and any(c.i < cue.i for c in subj):
                subj = [c for c in subj if c.i < cue.i]  # "Roe, a director, tells The Times": the listener
            s = min(subj, key=lambda c: abs(c.i - cue.i))
            if s.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head
            if (whose := _whose_antecedent(s)) is not None:
                return whose
            if s.pos_ == "ADP":  # "Of Carson, Levine said", parsed as "Of" said with "Levine" its object
                return next((c for c in s.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            return _name_after_role_verb(s) or s
        if tok is cue and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _CONTROLLERS and (controller := next(
                (c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and para.quote_index(c) is None),
                None)):
            return controller  # "prompted the Atlas to state", "asked Roe to say": the one asked says it
        if tok.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp", "prep") and tok.head is not tok:
            tok = tok.head
        else:
            break
    return None


def _name_after_role_verb(subject: Token) -> Token | None:
    """"... and curator Tobias Engelbrecht fears": a lower-case role the parse took for a verb
    (as a subject, which no verb is), with the name after it its object; the name is the subject."""
    if subject.pos_ != "VERB" or not subject.is_lower:
        return None
    return next((c for c in subject.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                 and c.left_edge.i == subject.i + 1), None)


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


def _name_set_off_before(verb: Token, para: Paragraph) -> Token | None:
    """ "Speaking between batches of sourdough, Declan, 64, said": a name set off by commas just
    before a finite verb with no subject, which the parse hung as an apposition on the last noun
    of the phrase that opens the sentence."""
    k = verb.i - 1
    if k <= verb.sent.start or verb.doc[k].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    while k > verb.sent.start and (verb.doc[k].text == "," or verb.doc[k].like_num):
        k -= 1  # ", 64,"
    word = verb.doc[k]
    aged = k + 2 < verb.i and verb.doc[k + 1].text == "," and verb.doc[k + 2].like_num  # the NER may call it a place
    if not (word.dep_ == "appos" and word.pos_ == "PROPN" and word.head.i < word.i
            and word.head.pos_ in ("NOUN", "PROPN") and verb.doc[word.left_edge.i - 1].text == ","
            and para.quote_index(word) is None and (word.ent_type_ == "PERSON" or aged)):
        return None
    opening = word.head  # up from the noun through the opening phrase: "Speaking in the room between ..."
    while opening.head.i != verb.i and opening.dep_ in ("pobj", "prep", "pcomp", "advcl", "compound"):
        opening = opening.head
    return word if opening.dep_ in ("prep", "advcl") and opening.head.i == verb.i else None


def _name_opening_sentence(verb: Token, para: Paragraph) -> Token | None:
    """The name opening the sentence, capitalised words up to a comma, before an aside that ends
    with a comma right before a finite verb the parse left with no subject: "Ashworth, who has
    since had surgery, said he ..." (the parse made the relative clause's verb the complement),
    "Presiding Judge Ama Roe-Lind, reading a summary to the court, described ..." (it took
    "Presiding" for a verb and the name for its object). A person's name, or proper nouns before
    "who"."""
    doc, start = verb.doc, verb.sent.start
    if verb.i < 4 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    k = start
    while k < verb.i and k - start < 7 and (doc[k].text[:1].isupper() or joins_words(doc[k])):
        k += 1
    if k == start or k + 1 >= verb.i or doc[k].text != ",":
        return None
    name = doc[k - 1]
    proper = all(t.pos_ == "PROPN" or joins_words(t) for t in doc[start:k])
    if para.quote_index(name) is None and (name.ent_type_ == "PERSON" or proper and doc[k + 1].lower_ == "who"):
        return name
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


def named_apposition(head: Token, cue: Token) -> Token | None:
    """The person named in apposition to a common noun taken for the speaker: "The mayor's
    secretary, Ana Ruiz, said" (PolNeAR marks the name), and "With a week until the vote, Ana
    Ruiz, an adviser, said", parsed as "the vote" said with "Ana Ruiz" its apposition."""
    if head.tag_ != "NN" or head.ent_type_:  # not "Two objectors, Lea Roe and Tim Lund, said": both
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and c.i < cue.i and not any(x.dep_ == "conj" for x in c.children)), None)


def _whose_antecedent(subject: Token) -> Token | None:
    """"The force, whose fraud unit led the inquiry, said ...": the parse may make the relative
    clause the sentence and "said" its second verb, the unit its subject; the one who said it is
    the noun the clause hangs on (the first of names joined by "and")."""
    first = subject.left_edge
    if not any(c.tag_ == "WP$" and c.i == first.i for c in subject.children) or first.i < 2:
        return None
    comma, noun = first.nbor(-1), first.doc[first.i - 2]
    if comma.text != "," or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun


def _said_in_document(verb: Token) -> Token | None:
    """'“...”, - is said in the message of the department', "it is stated in the note that ...": a
    passive verb of saying with no subject but "it"; the document it was said in speaks (for
    whoever put it out, if the phrase says: ``people.document_author``)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "nsubjpass" and c.lower_ != "it" for c in verb.children):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in STATEMENTS), None)


def inverted_object(verb: Token, para: Paragraph) -> Token | None:
    """"As informed the press secretary Kirill Mosenko, the talks ...", "..., reported the
    ministry": a translation keeps its source language's order, speaker after the verb, and the
    parse takes a verb with no subject for one with an object. The object, after "As" or a
    comma, of a verb that announces ("informed", not "told": "told the court" is the one told)."""
    told_us = verb.lemma_ in TELL and any(c.dep_ in ("dative", "iobj") and c.pos_ == "PRON" for c in verb.children)
    if (verb.lemma_.lower() not in _ANNOUNCE and not told_us or verb.i == 0
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return None  # "As told us the commander X, ...": the commander, not the one told
    before = verb.nbor(-1)
    # after a comma, the verb closes what it reports ("The talks will resume, reported the
    # ministry"): not "Ascom, a provider of ..., announced a new system", nor "..., noting the risk"
    closes = (any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)
              or verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i
              or verb.dep_ == "conj" and verb.head.i < verb.i and not any(c.dep_ == "cc" for c in verb.head.children))
    as_ = before.lower_ == "as" and before.dep_ == "mark" and verb.tag_ in ("VBD", "VBN")
    if not (as_ or before.text == "," and closes and verb.tag_ in ("VBD", "VBZ", "VBP")):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None) or next(
        (t for t in verb.subtree if t.i > verb.i and t.dep_ == "pobj" and t.lemma_.lower() in _SPEAKER_NOUNS
         and t.head.head.i == verb.i), None)  # "..., declared on Thursday press secretary X" ("on" its press secretary)
    if (obj is None or obj.pos_ not in ("NOUN", "PROPN") or para.quote_index(obj) is not None
            or not (as_ or obj.lemma_.lower() in _SPEAKER_NOUNS or obj.pos_ == "PROPN")
            or any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i or c.dep_ == "prep" and c.lower_ == "about"
                   for c in verb.children)):
        return None  # not "..., reported the finding to the board that ...", "informed the board about"
    return obj


# who a translation puts after the verb and a comma, when no name says so ("..., noted the
# minister"): not "the cuts" of "..., announced the cuts"
_SPEAKER_NOUNS = {"minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "secretary", "president",
                  "premier", "chairman", "chairwoman", "head", "office", "service", "agency", "department",
                  "source", "press", "representative", "ambassador", "governor", "mayor", "leader", "official",
                  "expert", "analyst", "commission", "committee", "government", "embassy", "police", "diplomat"}
_ANNOUNCE = {"inform", "report", "declare", "state", "note", "stress", "underline", "emphasise", "emphasize",
             "communicate", "clarify", "specify", "explain", "add", "say", "write", "announce", "assure"}


def _inverted_name(verb: Token, para: Paragraph) -> Token | None:
    """A name just after a quote's verb that the parse took for an adverb ("“...,” said Skelly") or
    an object ("“...”, - added Gorelov")."""
    if verb.i + 1 >= len(verb.doc) or verb.i == 0 or not verb.nbor(-1).is_punct:
        return None
    word = verb.nbor()
    if (word.head.i == verb.i and word.dep_ in ("advmod", "npadvmod") and word.pos_ in ("PROPN", "ADV")
            and _name_like(word, para)):
        return word
    if word.dep_ == "dobj" and word.head.i == verb.i and word.pos_ == "PROPN" and verb.lemma_.lower() in _ANNOUNCE:
        return word  # '“...”, - added Gorelov': a translation's order, the name taken for the object
    return None


def _name_like(word: Token, para: Paragraph) -> bool:
    """A capitalised word outside quotes that can be a surname: not a stop word, a date, a time,
    a place or a nationality ("Early", not "On" or "Thursday")."""
    return (word.text[:1].isupper() and word.is_alpha and not word.is_stop
            and word.ent_type_ not in ("DATE", "TIME", "GPE", "NORP") and para.quote_index(word) is None)


_OF_WHOM = {"at", "for", "of", "from", "with", "in"}  # prepositions that say who a source is


def _people_noun(head: Token) -> bool:
    """A noun for people ("an engineer", "allies"), whose "on ..." says who they are ("on the
    payments team", "on the panel"; not "a page on climate", "a spokesman on Tuesday")."""
    from .people import is_person_noun  # people reads mentions: imported when first needed
    return is_person_noun(head)


# the heads of "one of the people", "two of the officials", "some of his aides"
_PARTITIVE = {"one", "two", "three", "four", "some", "many", "several", "most", "none", "each", "both", "all",
              "few", "any", "either", "neither", "another", "half"}


# what a slogan is written on (or chanted as), which speaks for no one the article names:
# "banners that said", "a billboard defaced with a message:", "the sign read", "Chants of “...” echoed"
INSCRIBED = {"sign", "placard", "banner", "poster", "plaque", "graffiti", "billboard", "bedsheet", "sticker",
             "mural", "t-shirt", "shirt", "slogan", "inscription", "chant"}

# when, said at the start of a sentence before a name a translation gives no article: "Earlier
# Ministry of Defence reported"
WHEN = {"earlier", "later", "then", "also", "meanwhile", "previously", "now", "today", "yesterday", "subsequently"}


def mention_span(head: Token, para: Paragraph) -> list[Token]:
    """The words that name the speaker: determiners, modifiers and the name, and after a common
    noun a short phrase saying whose it is ("a spokesman for the ministry"); not the appositive
    or relative clause after it ("Lindqvist, secretary of the union, said" -> "Lindqvist"), and
    never a word of a quotation or beyond a punctuation mark before the name."""
    left = [t for t in head.lefts if t.dep_ not in ("punct", "cc", "prep")
            and not (t.dep_ == "amod" and t.tag_ == "VBD" and is_cue(t))]  # "- wrote deputy minister", misread
    start = min([t.left_edge.i for t in left] + [head.i])
    for t in head.doc[start:head.i]:
        if (t.is_punct and t.dep_ != "case" and not joins_words(t)  # not "workers'", "14th-ranked"
                or para.quote_index(t) is not None):
            start = t.i + 1
    if para.quote_index(head.doc[word_start(head.doc, start)]) is None:
        start = word_start(head.doc, start)  # "co-author"
    while start < head.i and para.cs(head.doc[start]) < para.words_start:
        start += 1  # not the dateline or time stamp before it
    while start < head.i and head.doc[start].lower_ in WHEN and (head.doc[start].pos_ == "ADV"
                                                                 or head.doc[start].is_sent_start):
        start += 1  # "Earlier Ministry of Defence reported", '"...", - wrote later the head of the region
    end = head.i
    for t in head.rights:  # "Tomas Rheinvald Jr." or a flat name continuing to the right
        if t.dep_ in ("compound", "flat") and t.i == end + 1:
            end = t.i
        else:
            break
    doc = head.doc
    after = next(iter(head.rights), None)
    if after is not None and after.i == end + 1 and (
            head.pos_ == "NOUN" or head.lower_ in _PARTITIVE and after.lower_ == "of"):  # "one of the people"
        # the phrase up to a comma or relative pronoun ("a spokesman for the port authority, who ...")
        stop = next((t.i for t in doc[after.i:after.right_edge.i + 1] if t.is_punct and not joins_words(t)
                     or t.tag_ in ("WP", "WDT") and t.head.i != after.i  # not "each of whom"
                     or para.quote_index(t) is not None), after.right_edge.i + 1)
        if (after.dep_ == "prep" and (after.lower_ in _OF_WHOM or after.lower_ == "on" and _people_noun(head)
                                      and not any(t.ent_type_ in ("DATE", "TIME") for t in doc[after.i:stop]))
                and stop - after.i <= 7
                and not any(t.pos_ == "VERB" for t in doc[after.i:stop])):  # not "a voice-over in the video declares"
            end = stop - 1  # "analysts at Corran Securities", "a spokesman for the ministry"
        elif after.dep_ == "amod":
            # "a person familiar with the plans, who ...": the description, up to the first comma
            # or relative pronoun ("a diplomat familiar with the matter who requested anonymity")
            end = stop - 1
    return [doc[i] for i in range(start, end + 1) if doc[i].dep_ != "punct" or start < i < end]
