"""Speaker resolution inside one article: from the mention a quote attaches to ("he", "Rheinvald",
"the spokesman", nothing at all) to the fullest name the article gives, with title and kind.

The article is read once, in order. People named in it are indexed by surname and first name
with the titles written next to them (``people.ArticleContext``); main-clause subjects and
resolved speakers form a timeline that pronouns resolve against; a quote with no cue continues
the quote before it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import chain

from spacy.tokens import Span, Token

from ..models import Quote
from .attribution import Attribution, Speaker
from .confidence import confidence, confidence_features
from .frames import ANSWER, reporting_cue
from .mentions import INSCRIBED, WHEN, mention_span, subject_of
from .paragraph import Paragraph, entity_at
from .people import (DOCUMENTS, LEADING_DETERMINER, OPEN_BRACKET, ORG_HEADS, ORG_KINDS, POSSESSIVE, PRONOUN_GENDER,
                     ROLE_ABBREVIATIONS, SOMEONE, TITLE_HEAD, TRADE_BEFORE_NAME, ArticleContext, appositive_name,
                     business_name, clean_name, closing_name, courtesy_gender, document_author, first_title,
                     is_given_name, is_person_noun, majority, named_organisation, organisational, places_and,
                     role_before, role_word, word_gender)

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}  # "his" owns what was said: "his famous demand"
GROUP_PRONOUNS = {"they", "them", "their"}
# outside quotes, the writer or the reader
WRITER_PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your"}
_TRADES = {"charity", "insurer", "lender", "retailer", "carrier", "maker"}  # "the lender", "the maker"
_OUTLETS = {"label", "giant", "outlet", "publisher", "broadcaster", "paper", "magazine", "channel", "station",
            "nonprofit", "developer", "regulator", "watchdog", "operator", "supplier", "provider"} | _TRADES
_BUSINESSES = {"company", "firm", "group", "corporation", "network", "studio", "bank", "agency", "chain"}

# nouns for whichever organisation spoke last: "Kestrel Labs said ... the company added"
_ANY_ORGANISATION = {"company", "firm", "group", "club", "agency", "organisation", "organization",
                     "manufacturer", "union"} | _TRADES

ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}

# what a well-known person is called once named ("said the actor", "the billionaire told ..."):
# the person the article is about, as "he" or "she" would be, when no one was given the title
PUBLIC_ROLES = {"actor": None, "actress": "f", "singer": None, "star": None, "superstar": None,
                "rapper": None, "comedian": None, "musician": None, "songwriter": None,
                "singer-songwriter": None, "guitarist": None, "drummer": None, "frontman": "m",
                "frontwoman": "f", "dancer": None, "model": None, "supermodel": None, "filmmaker": None,
                "novelist": None, "poet": None, "painter": None, "designer": None, "athlete": None,
                "golfer": None, "billionaire": None, "mogul": None, "tycoon": None, "magnate": None,
                "businessman": "m", "businesswoman": "f", "entrepreneur": None, "celebrity": None,
                "icon": None, "legend": None, "heiress": "f", "socialite": None,
                # epithets of public office: "“...,” the diplomat noted", "the parliamentarian stressed"
                "diplomat": None, "parliamentarian": None, "lawmaker": None, "legislator": None,
                "congressman": "m", "congresswoman": "f", "statesman": "m",
                # epithets of expertise: "“...,” the expert said" of an analyst or a professor just named
                "expert": None, "specialist": None, "scholar": None, "academic": None}

_ANYONE = {"someone", "somebody", "anyone", "anybody"}
_NO_ONE = {"voice", "cry", "shout", "chant", "heckler"}  # "a voice from the back benches"
# what an office is called where the article names its holder by another title: "the head of
# state" is its president or monarch, "the vice-premier" a deputy prime minister, "the Zarvanian
# leader" the president (or prime minister ...) of Zarvania
_HEADS_OF_STATE = ("president", "king", "queen", "emir", "monarch")
_OFFICES = {"head of state": _HEADS_OF_STATE,
            "head of government": ("prime minister", "premier", "chancellor", "president"),
            "deputy head of government": ("deputy prime minister", "vice premier", "deputy premier"),
            "vice premier": ("deputy prime minister", "deputy premier"),
            "leader": _HEADS_OF_STATE + ("prime minister", "premier", "chancellor")}
_DESCRIBING = {"familiar", "close", "involved", "knowledgeable", "briefed", "who"}  # "a source familiar with ..."
_RECENT = 1000  # characters back (two or three paragraphs) that a pronoun's resolution informs the next
CONTINUATION_BLOCKS = 3      # a quote with no cue continues a quote at most this many blocks back

_ONE_OF = re.compile(r"(?:one|a|an|another) (.+)", re.I)  # a speaker described as one of several
_AGE = re.compile(r"\bthe (?:(\d{1,3})[- ]year[- ]old|teen(?:ager)?)\b", re.I)  # "the 56-year-old", "the teenager"
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")  # one person speaks

_VOCATIVE = re.compile(r"[“\"‘']?([A-Z][\w’'-]+),")


def _addressed(text: str, att: Attribution, name: str) -> bool:
    """“Pamela, why ...?”: the quotation speaks to the person named, so is not theirs."""
    words = _VOCATIVE.match(text, att.start)
    return words is not None and words.group(1) in name.split()


# what a signed name may end with that no name does: "Jo Roe 🌈" (but "Ali***" is a name held back)
_NOT_A_NAME_END = re.compile(r"[^\w.'’)*-]+$")


def _speaker_of_mention(att: Attribution, ctx: ArticleContext, text: str,
                        history: list[tuple[int, Speaker]], para: Paragraph | None) -> Speaker:
    """Resolve the mention a quote attaches to: name, pronoun, title or group."""
    root = att.source_root
    start, end = att.source
    if para is not None and (owner := _cited_words(att)) is not None:
        # "“...,” cited his words Interdravo": whose words they are; the one citing them, the channel
        whose = _speaker_of_mention(replace(att, source_root=owner, source=para.char_span(mention_span(owner, para)),
                                            cue_root=None), ctx, text, history, para)
        return replace(whose, channel=whose.channel or _normalise_np(text[start:end]))
    if root.tag_ in ("WP", "WDT") and para is not None:
        clause = root.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "Roe, who chairs the board and who said ..."
        if clause.dep_ == "relcl":
            root = _antecedent(clause)  # "Roe, who said ...": the relative pronoun speaks for its antecedent
            start, end = para.char_span(mention_span(root, para))
        elif root.tag_ == "WP":  # "learned who had written it": whoever it was, the article does not say
            return Speaker(None, "person", None, "unresolved")
    elif root.lower_ in PERSON_PRONOUNS and para is not None and (antecedent := _relative_antecedent(root, ctx)):
        root = antecedent  # "A rival baker, who asked not to be named because he ...": the one the clause is about
        start, end = para.char_span(mention_span(root, para))
    elif para is not None and (owner := document_author(root)) is not None:
        # "Her memo estimated", "a statement from the ministry said", "The memo, sent by Renske
        # Albada, described ...", "according to his words": whose it is, if the article says
        whose = _speaker_of_mention(replace(att, source_root=owner, source=para.char_span(mention_span(owner, para))),
                                    ctx, text, history, para)
        if whose.name is not None:
            return whose
    if root.pos_ == "NOUN" and root.lemma_.lower() in INSCRIBED:
        return Speaker(None, None, None, "unresolved")
    if (outlet := ctx.outlet_before(root)) is not None:  # "told RIA Novosti Peskov": Peskov, through it
        name = ctx.fullest(root.text)
        return Speaker(name, "person", first_title(ctx.titles(name)), "name", channel=_normalise_np(outlet.text))
    mention = text[start:end]
    conj = next((c for c in root.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if conj is not None and para is not None and places_and(root.doc[conj.left_edge.i:conj.i + 1]).start == root.i:
        mention = text[start:para.ce(conj)]  # "Dunmere and Wexcombe Police said": one force's name
    if (root.lower_ == "one" and para is not None and end == para.ce(root) and root.i + 1 < len(root.doc)
            and (noun := root.nbor()).is_lower and noun.pos_ in ("NOUN", "ADV", "ADJ") and role_word(noun.text)):
        mention = text[start:para.ce(noun)]  # "One steward, who ...": the parse took "steward" for an adverb
    para_start = para.start if para is not None else att.start
    if att.via == "turn" and mention == ANSWER:
        # "Q: ... ¶ A: ...": the interviewee, whom the article last quoted, else made a subject,
        # before the first answer (not anyone the questions or answers name)
        if ctx.interviewee is None:
            quoted = [sp.name for pos, sp in history if sp.kind == "person" and sp.name and pos < att.source[0]]
            ctx.interviewee = (quoted[-1] if quoted else _last_person(history, ctx, att.source[0], para_start),)
        who = ctx.interviewee[0]
        return Speaker(who, "person", who and first_title(ctx.titles(who)), "pronoun" if who else "unresolved")
    if att.via in ("signature", "post"):
        # a name signing a quotation ("– Sanders") or a post ("— Harbour Ferries (@hferries) March 3,
        # 2026"): the fullest name the article gives, else as signed; a post's account may be an
        # organisation's
        name, ent = ctx.fullest(_NOT_A_NAME_END.sub("", clean_name(mention))), entity_at(root)
        person = att.via == "signature" or name in ctx.people or ent is not None and ent.label_ == "PERSON"
        return Speaker(name, "person" if person else "organization",
                       first_title(ctx.titles(name)) if person else None, "name")
    closing = closing_name(root)
    if closing is not None:  # "the press secretary of the president Igor Lomov": the name; before it, the title
        return Speaker(ctx.fullest(clean_name(closing.text)), "person", role_before(root, closing), "name")
    if (given := _name_given(root, att, text)) is not None:
        # "One supporter, who gave his name only as Gareth, said": the name, the description its title
        return Speaker(given, "person", LEADING_DETERMINER.sub("", _normalise_np(mention)) or None, "name")
    named = appositive_name(root)
    if (named is not None and (organisational(named.text) or business_name(named.text))
            and (ent := entity_at(named.root)) is not None
            and ent.label_ == "ORG"):
        # "The security contractor, Sentinel Guard Services, said": a business in apposition to a role
        return Speaker(_normalise_np(named.text), "organization", None, "name")
    if named is not None:  # "The current keeper, Ysolde Marr, said": the name; the noun phrase its title
        name = ctx.fullest(clean_name(named.text))
        # not "Outside court", the parse's subject before "Rennick's mother, Denise Rennick,"
        role = is_person_noun(root) or role_word(root.text)
        phrase, full = LEADING_DETERMINER.sub("", _normalise_np(mention)), ctx.title_for(named.root, named, name)
        # the whole role where the article gives more of it than the mention ("professor of law at ...")
        longer = full is not None and full.lower().startswith(phrase.lower())
        return Speaker(name, "person", full if longer or not role else phrase, "name")
    if ((is_person_noun(root) and root.tag_ == "NN" and root.is_lower or root.text in ROLE_ABBREVIATIONS)
            and any(c.dep_ in ("det", "poss") for c in root.children)
            and (named := _name_after_role(root)) is not None):
        # "according to the political scientist Armelle Roe, ...", "According to the spokesman of
        # the police, subcommissioner Marek Kulik, the march ...", "according to his coach, Fernando
        # Aristizábal, the Colombian is ...": the name parsed as the subject of the clause after it
        phrase = LEADING_DETERMINER.sub("", _normalise_np(mention))
        return Speaker(ctx.fullest(clean_name(named.text)), "person", phrase, "name")
    if para is not None and (lede := ctx.ledes.get(para.cs(root))) is not None:
        # "A High Court judge ruled ... ¶ Mr Justice Aldous Penhallow found": the one named next
        return Speaker(lede, "person", first_title(ctx.titles(lede)), "title")
    org = _organisation_in_apposition(root)
    if org is not None:  # "The Israeli newspaper Haaretz noted": the organisation, by name
        return Speaker(_normalise_np(org.text), "organization", None, "name")
    low = root.lower_
    last_speaker = history[-1][1] if history else None
    if mention.lower() == "another" and (named := _name_after_role(root)) is not None:
        # "One resident said ... Another, Callum Reddy, a retired teacher, had a message:": the name
        name = ctx.fullest(clean_name(named.text))
        return Speaker(name, "person", first_title(ctx.titles(name)), "name")
    if (mention.lower() == "another" and last_speaker is not None and last_speaker.name not in ctx.people
            and (one := _ONE_OF.match(last_speaker.name or ""))):
        # "“...,” one user posted. “...,” another said": another of those the last speaker was one
        # of (not "An Nguyen")
        return Speaker(f"another {one.group(1)}", last_speaker.kind, None, "title")
    age = _AGE.search(text, max(0, start - 4), end + 4)
    if low in PERSON_PRONOUNS or age:  # "he"; "the 56-year-old": the one of that age, else as "he"
        gender = PRONOUN_GENDER.get(low)
        besides = _objects(root, ctx) | _named_within(att, text, ctx, para)
        prev = ctx.aged(age.group(1)) if age else None
        prev = (prev or _named_in_sentence_before(root, para, ctx, history, gender, besides)
                or _last_person(history, ctx, att.source[0], para_start, gender, besides))
        if prev is None:
            return Speaker(None, "person", None, "unresolved")
        return Speaker(prev, "person", first_title(ctx.titles(prev)), "pronoun", gender)
    if low in WRITER_PRONOUNS and root.pos_ == "PRON" and (para is None or para.quote_index(root) is None):
        # "as we have said", "I came to think": the writer -- of an embedded post, or the article's
        # one author; "we" and "you" stay unnamed
        if low in ("i", "me", "my"):
            signer = ctx.tweeted.get(para_start)
            writer = signer or ctx.writer
            if writer and not _addressed(text, att, writer):
                return Speaker(writer, "person", None, "name" if signer else "author")
        return Speaker(None, "person" if low in ("i", "me", "my") else "group", None, "unresolved")
    if low in ("it", "its") and para is not None and (org := _organisation_subject_before(root, para, ctx)):
        return Speaker(org, "organization", None, "pronoun")  # "Castellum rejected that. “...,” it said"
    if low in GROUP_PRONOUNS or low in ("it", "its"):
        last = history[-1] if history and history[-1][0] < att.source[0] else None
        if (low in ("they", "them", "their") and last is not None and last[0] >= para_start
                and last[1].kind == "person" and last[1].name in ctx.people and ctx.gender(last[1].name) is None):
            # "Kym Lino, a spokesperson, confirmed ... “...,” they said": one person the article
            # gives no gender, just quoted in this paragraph
            return Speaker(last[1].name, "person", last[1].title, "pronoun")
        kinds = ("organization",) if low in ("it", "its") else ("group", "organization")  # "it" is never many
        for pos, sp in reversed(history):
            if low in ("it", "its") and pos < start - _RECENT:
                break  # "It read simply: ..." of a card, long after the theatre's statement
            if sp.kind in kinds and sp.name:
                return Speaker(sp.name, sp.kind, sp.title, "pronoun")
        return Speaker(None, "group" if low in GROUP_PRONOUNS else "organization", None, "unresolved")
    if low in _ANYONE or low in _NO_ONE and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
        # "someone in the gallery shouted", "a voice from the back benches", "a sign reads": no one
        # the article names
        return Speaker(None, "person" if low in _ANYONE else None, None, "unresolved")
    ent = entity_at(root)
    head = root.lemma_.lower()
    # "the vice-premier": the parse may hang "the" on "vice" (not "the campaign's statement")
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) or (
        mention.lower().startswith("the ") and not any(c.dep_ == "poss" for c in root.children))
    # a translation drops the article: '"...", - wrote deputy minister'
    bare_role = (root.tag_ == "NN" and is_person_noun(root) and mention[:1].islower()
                 and not any(c.dep_ in ("det", "poss", "nummod") for c in root.children))  # not "one source"
    if definite and head in ctx.issued and not any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                                                   for c in root.children):  # not "the Monmouth poll"
        who = ctx.issued[head]  # "..., the ministry said in a statement. “...,” the statement read."
        return Speaker(who.name, who.kind, who.title, "title", channel=head)
    plural = root.tag_ in ("NNS", "NNPS")
    # "the Dutchman", or "The Dutchman" opening a sentence (not "according to The Federalist")
    sentence_opens = start == para_start or text[start - 2:start - 1] in ".!?\n"
    if (mention.startswith("the ") or mention.startswith("The ") and sentence_opens) and not plural and len(
            mention.split()) == 2 and (nationality := _one_national(root, ent)):
        # "“...,” the Dutchman told a news conference", "said the Brazilian": the one just named
        who = _public_figure(history, ctx, start, para_start, _GENDERED_END.get(nationality))
        if who:
            return Speaker(who, "person", first_title(ctx.titles(who)), "title")
    if ent is None and not plural and (low in ORG_HEADS or head in ORG_HEADS  # even if tagged PROPN
                                       or head in _ANY_ORGANISATION or definite and head in ORG_KINDS
                                       and (head != "paper" or ctx.organisation_of_kind(head, start))):
        # ("the paper" is a newspaper only where the article names one; else a document)
        org = ctx.organisation_called(head, start) if definite and len(mention.split()) == 2 else None
        if org is None and definite and len(mention.split()) == 2:  # "the company": the one so described
            org = ctx.organisation_described_as(head, start)
        if org is None and definite and head in _BUSINESSES:  # "the production company"
            org = ctx.organisation_described([c.lower_ for c in root.children
                                              if c.dep_ in ("compound", "amod") and c.i < root.i])
        if org is None and definite and head in _ANY_ORGANISATION and not any(
                c.pos_ == "PROPN" for c in root.children):  # not "the Chinese company Kestrel"
            org = (para is not None and _organisation_subject_before(root, para, ctx, shortened=True)
                   or _organisation_just_heard(history, ctx, start, head)
                   or _business_just_named(ctx, start, para_start, head)
                   or _one_business(history, ctx, start, head))
        if org is None and mention.lower().startswith("the ") and len(mention.split()) <= 3:
            # "the club", "the fire service", "the sheriff's office" (whose words the name holds)
            org = ctx.organisation_of_kind(head, start, [c.lower_ for c in root.lefts if c.dep_ == "compound"
                                                         or c.dep_ == "poss" and c.pos_ != "PRON"])
        if org is None and definite and head in ORG_KINDS:  # "the largest classroom union" of a lede
            org = ctx.organisation_named_next(head, start)
        if org is None and root.pos_ == "PROPN" and para is not None and (of := _named_of(root)) is not None:
            # "The Embassy of Kestria", "The Diocese of Wendlebury and Fenn": the name the NER missed
            return Speaker(_normalise_np(text[start:para.ce(of)]), "organization", None, "name")
        return Speaker(org or _normalise_np(mention), "organization", None, "title" if org else "name")
    surname = ctx.fullest(clean_name(mention), courtesy_gender(root.doc[root.left_edge.i]))
    if surname not in ctx.people and root.pos_ == "PROPN":  # "the 14th-ranked Schwartzman"
        surname = ctx.person_named(root) or surname
    # (a surname completed from the article's text, but not a plural or a nationality: "Virginia Democrats")
    completed = ctx.completed(surname) and root.tag_ != "NNPS" and (ent is None or ent.label_ != "NORP")
    if (surname in ctx.people or completed) and (root.pos_ == "PROPN" or mention[:1].isupper()):
        # a person's surname, whatever the tagger or the NER thought ("says Early", "Scissors, who"),
        # or given a given name only where the paragraphs do not name them ("Diallo" taken for an ORG)
        return Speaker(surname, "person", ctx.title_for(root, ent, surname), "name")
    if root.pos_ == "PROPN" and (ent is None or ent.label_ in ("ORG", "PERSON")):
        short = _normalise_np(mention)
        if (org := ctx.organisation_fullest(short)) != short:  # "Meridian", after "Meridian Research Group"
            return Speaker(org, "organization", None, "name")
    if root.pos_ == "PROPN" and _FIRST_PERSON.search(text, att.start, att.end):
        named = ctx.unsure_name(root.text)  # “I played ...,” Schwartzman said: a person after all
        if named:
            return Speaker(named, "person", ctx.title_for(root, ent, named), "name")
    if ent is not None and ent.label_ == "PERSON" and named_organisation(ent):  # "the group Fúria Tricolor"
        return Speaker(clean_name(ent.text), "organization", None, "name")
    if ent is not None and ent.label_ == "PERSON" and not organisational(ent.text):
        name = ctx.fullest(clean_name(ent.text), courtesy_gender(ent[0]))
        return Speaker(name, "person", ctx.title_for(root, ent, name), "name")
    if (ent is not None and ent.label_ in ("ORG", "GPE") and root.pos_ == "PROPN"
            and " " in (name := clean_name(ent.text)) and name in ctx.people):
        # "Opposition MP Piotr Zawadzki said", the NER taking the name for an organisation's
        return Speaker(name, "person", ctx.title_for(root, ent, name), "name")
    if ent is not None and ent.label_ in ORG_LABELS and root.text not in ROLE_ABBREVIATIONS:  # not "the CFO"
        kind = "group" if ent.label_ == "NORP" and plural else "organization"
        if para is not None and ent.root == root and para.cs(ent[0]) < start and any(
                t.tag_ == "POS" or t.text in ("’", "'") for t in ent):
            # "The Rail Users’ Alliance": the parse made the words before the apostrophe a possessor
            start = para.cs(ent[0])
            mention = text[start:end]
        joined = root.i + 1 < ent.end and root.nbor().text == "&"  # "Halloway & Pryce said"
        inside = para is not None and all(para.cs(t) >= start or t.lower_ in WHEN for t in ent)  # not "Earlier"
        if (inside and (joined or _name_goes_on(ent, root)
                and (definite or organisational(mention)))):  # not "Meena Roy of Rights Watch" as one
            mention = text[start:para.ce(ent[-1])]  # the whole name: "the University of Carrowmore"
        name = _normalise_np(mention)
        return Speaker(ctx.organisation_fullest(name) if kind == "organization" else name, kind, None, "name")
    phrase = LEADING_DETERMINER.sub("", _normalise_np(mention))  # "the deputy mayor" -> "deputy mayor"
    owned = any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in root.children) and is_person_noun(root)
    if owned:
        phrase = re.sub(r"^.*['’]s\s+", "", phrase)  # "the regulator's chief": whose is no part of the title
    if root.pos_ == "PROPN" and (role_word(low) or root.text in ROLE_ABBREVIATIONS) and len(phrase.split()) <= 2:
        # a headline's "Minister defends plan", "The MP put it bluntly", "the Collector said": the one holder
        who = _one_holder(ctx.people_with_title(low, phrase), ctx, history, start)
        if who:
            return Speaker(who, "person", first_title(ctx.titles(who)), "title")
    if root.pos_ == "PROPN":  # "The Quillan Bay Fishermen's Cooperative": "the", as other names have it
        name = _normalise_np(surname)
        if (whole := ctx.whole_name(name)) != name:  # "The Cabin Crew" of "... and Aviation Staff Union (CCASU)"
            return Speaker(whole, "organization", None, "name")
        if organisational(name):  # "The Heart Failure Patients' Alliance"
            return Speaker(name, "organization", None, "name")
        return Speaker(name, None, ctx.title_for(root, None, surname), "name")
    if plural:
        return Speaker(_normalise_np(mention), "group", None, "name")
    if root.pos_ == "NOUN" and (definite or bare_role or owned):
        latest = lambda holders: _one_holder(holders, ctx, history, start)
        if (sp := _described_speaker_before(history, head, para_start)) is not None:
            # "A poll worker said ... “...,” the worker said": the one just heard in this paragraph,
            # though the article names a postal worker later
            return Speaker(sp.name, "person", sp.title, "title")
        holders = ctx.people_with_title(head, phrase)
        if not holders and (loose := " ".join(w for w in phrase.split() if w.lower() not in ORG_HEADS
                                              and w.lower() not in ORG_KINDS)) != phrase:
            holders = ctx.people_with_title(head, loose)  # "the union president": "Its president, Priya Roe,"
        if not holders and len(deputies := ctx.people_with_title(head, phrase, ranked=False)) == 1:
            holders = deputies  # "the minister": the one deputy minister the article names
        if len(holders) > 1:  # "the Florida senator" of two: the one whose title says Florida
            holders = ctx.people_with_title(head, phrase, affiliated=True) or holders
        if head == "leader":  # "the majority leader" first, then "the Zarvanian leader"
            who = latest(holders) or latest(_office_holders(phrase, ctx))
        elif _office(phrase):  # "the head of state" is no "head of the foreign ministry"
            who = latest(_office_holders(phrase, ctx))
        else:
            who = latest(holders)
        if who:
            return Speaker(who, "person", first_title(ctx.titles(who)) or _normalise_np(mention), "title")
        if len(mention.split()) == 2 and (org := ctx.organisation_described_as(head, start) or (
                not is_person_noun(root) and ctx.organisation_called(head, start))):
            return Speaker(org, "organization", None, "title")  # "the regulator", "the playhouse"
        if (sp := _described_speaker_before(history, head)) is not None:
            return Speaker(sp.name, "person", sp.title, "title")
        if ((is_person_noun(root) or head in PUBLIC_ROLES)  # "A senior faculty member ... the academic said"
                and (described := _described_just_before(history, ctx, start, para))):
            return Speaker(described, "person", None, "title")
        if head in PUBLIC_ROLES and not plural:
            who = _public_figure(history, ctx, start, para_start, PUBLIC_ROLES[head])
            if who:
                return Speaker(who, "person", first_title(ctx.titles(who)) or phrase, "title")
        if (definite and is_person_noun(root) and att.kind != "indirect" and para is not None
                and (who := _paragraph_speaker(history, ctx, para_start, para.cs(root.sent[0]), root))):
            return Speaker(who, "person", first_title(ctx.titles(who)) or phrase, "title")
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children) and (relative := ctx.relative(root.lower_)):
        return Speaker(relative, "person", None, "title")  # "Her husband said": the one husband the article named
    if is_person_noun(root):  # someone described, not named: "a retired bus driver who declined to give his name"
        return Speaker(_normalise_np(mention), "person", None, "name", gender=_gender_in_clause(root))
    return Speaker(_normalise_np(mention), None, None, "name")


def _gender_in_clause(noun: Token) -> str | None:
    """The gender a pronoun in a relative clause on ``noun`` gives it: "a driver who declined to give
    his name" -> "m"."""
    return next((PRONOUN_GENDER[t.lower_] for c in noun.rights if c.dep_ == "relcl" for t in c.subtree
                 if t.lower_ in PRONOUN_GENDER), None)


# "who gave his name only as Gareth", "a retired teacher who gave only his first name, Jone,",
# "identified only as Marta": a name a source described, not named, gave
_NAME_GIVEN = re.compile(r"\b(?:gave|give|giving|identified|identifying)\b[^,;.]{0,30}?\b(?:names?|as)\b"
                         r"(?: only)?(?: as)?,? ([A-Z][\w’'-]+)(?=[,.;]| said| told| says)")


def _name_given(root: Token, att: Attribution, text: str) -> str | None:
    """The (first) name a person described, not named, gave, between the description and the
    verb that reports them ("One supporter, who gave his name only as Gareth, said ...")."""
    if root.pos_ != "NOUN" and root.lower_ != "one" or att.cue is None or att.cue[0] <= att.source[1]:
        return None
    found = _NAME_GIVEN.search(text, att.source[1], att.cue[1])
    return found.group(1) if found and not role_word(found.group(1)) else None


def _name_after_role(root: Token) -> Span | None:
    """A person's name right after a role ("the political scientist Armelle Roe"), or set off by
    commas after the role's phrase, a lower-case rank before it ("the spokesman of the police,
    subcommissioner Marek Kulik,"); not one of a list ("contenders Ted Cruz and John Kasich")."""
    doc, k = root.doc, root.i + 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_iob_ == "B":
        k += 1  # "the local MP, Fiona Baird-Osei,", the parse making the name a conjunct of the role
    elif k < len(doc) and doc[k].ent_iob_ != "B":
        k = root.right_edge.i + 1
        if k >= len(doc) or doc[k].text != ",":
            return None
        k += 1
        while k < len(doc) and doc[k].is_lower and role_word(doc[k].text):
            k += 1
    if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ != "PERSON" or (named := entity_at(doc[k])) is None:
        return None
    after = doc[named.end] if named.end < len(doc) else None
    if after is not None and (after.lower_ in ("and", "&") or k > root.i + 1 and after.text != ","):
        return None
    return named


def _organisation_subject_before(mention: Token, para: Paragraph, ctx: ArticleContext,
                                 shortened: bool = False) -> str | None:
    """The organisation that is the subject of the sentence before a mention's ("it", "the
    company"), in its paragraph, by the fullest name the article gives it ("Castellum rejected that
    account." after "Club Deportivo Castellum"); None if that subject is anything else -- or, with
    ``shortened``, anything but the short form of a longer name ("Meridian, which ..., is expected
    to appeal. “...,” the company said" after "Meridian Pharmaceuticals"; not "The Dow was held
    back by Exxon. The company reported ...")."""
    sent = mention.sent
    if sent.start <= para.span.start:
        return None
    before = mention.doc[sent.start - 1].sent
    subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                 and para.quote_index(t) is None), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    ent = entity_at(subj)
    start, end = para.char_span(mention_span(subj, para))
    name = _normalise_np(para.text[start:end])
    if ctx.fullest(clean_name(name)) in ctx.people or ent is not None and ent.label_ != "ORG":  # a person, a place
        return None
    if ent is not None:  # "The Department of Education has misled ... It has refused"
        name = _normalise_np(para.text[start:max(end, para.ce(ent[-1]))])
    if (full := ctx.organisation_fullest(name)) != name:
        return full
    ending = {o for o in ctx.organisations if o.endswith(" " + name) and o[:1].isupper()}
    return ending.pop() if len(ending) == 1 else name if ent is not None and not shortened else None


_NATIONALS = {"spaniard", "briton", "swede", "dane", "finn", "pole", "turk", "scot", "kiwi", "aussie", "argentine"}
_NATIONALITIES = {"dutch", "french", "english", "irish", "scots", "welsh", "cornish"}  # "Dutchman", "Frenchwoman"
_GENDERED_END = {"man": "m", "woman": "f"}


def _one_national(root: Token, ent: Span | None) -> str | None:
    """A capitalised noun for one person of a nationality ("Dutchman", "Spaniard", "the
    Brazilian" as the NER's NORP): "man" or "woman" where the word ends so, else "one"."""
    if root.pos_ != "PROPN" or not root.text[:1].isupper():
        return None
    end = next((e for e in ("woman", "man") if root.lower_.endswith(e)
                and root.lower_[:-len(e)] in _NATIONALITIES), None)
    if end:
        return end
    named = root.lower_ in _NATIONALS or ent is not None and ent.label_ == "NORP" and len(ent) == 1
    return "one" if named else None


_CITE = {"cite", "quote", "lead", "bring", "relay", "transmit"}  # "cited his words Interdravo"


def _cited_words(att: Attribution) -> Token | None:
    """Whose words a cue cites, as translations say: "cited his words Interdravo", "cited AMP the
    words of Calvaro" (its object's ``document_author``)."""
    cue = att.cue_root
    if cue is None or cue.lemma_ not in _CITE:
        return None
    words = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_ == "word"), None)
    return document_author(words) if words is not None else None


def _described_speaker_before(history: list[tuple[int, Speaker]], head: str, after: int = -1) -> Speaker | None:
    """The last speaker heard (since ``after``) who was described, not named, by the noun ``head``:
    "A senior diplomat said ... “...,” the diplomat said"."""
    for pos, sp in reversed(history):
        if pos < after:
            return None
        words = TITLE_HEAD.sub(r"\1", (sp.name or "").lower()).split()  # "a police officer at the port"
        while len(words) > 2 and words[-1] in _DESCRIBING:
            words.pop()  # "a senior diplomat familiar (with the talks)"
        if (sp.kind == "person" and len(words) > 1 and words[0] in ("a", "an", "another", "one")
                and words[-1] == head):
            return sp
    return None


def _paragraph_speaker(history: list[tuple[int, Speaker]], ctx: ArticleContext, para_start: int,
                       before: int, role: Token) -> str | None:
    """Whom a role no one in the article holds means ("Pimentel said he accepted the result.
    “I leave with my head held high,” the outgoing president said"): the one person quoted (by
    name or pronoun) in the paragraph before ``before`` (the mention's sentence), if no one else is named
    since and their gender does not gainsay the role's ("Sanders called on Clinton ... the
    Democratic nominee said" may be her)."""
    named = [(pos, sp.name) for pos, sp in history if para_start <= pos < before and sp.kind == "person"
             and sp.how in ("name", "pronoun") and sp.name[:1].isupper()]
    if len({name for _, name in named}) != 1:
        return None
    since, who = named[0]
    gender = word_gender(role.text)
    if any(since <= pos < before and name != who for pos, name in ctx.named) or gender not in (None, ctx.gender(who)):
        return None
    return who


def _one_holder(holders: set[str], ctx: ArticleContext, history: list[tuple[int, Speaker]],
                before: int) -> str | None:
    """The one holder of a title, else the person named or quoted last before ``before`` if one
    of them holds it: "the manager" just after one of two managers, "the head of state" after the
    president of Dostan; or the one quoted last, if the others are named only after ``before``
    ("the lawyer" just quoted, not the lawyer introduced two paragraphs on)."""
    if len(holders) <= 1:
        return next(iter(holders), None)
    quoted = [(pos, sp.name) for pos, sp in history if sp.kind == "person" and pos < before]
    last = max(chain(((pos, name) for pos, name in ctx.named if pos < before), quoted), default=(None, None))[1]
    if last in holders:
        return last
    speaker = max(quoted, default=(None, None))[1]
    later = {h for h in holders if all(pos > before for pos, name in ctx.named if name == h)}
    return speaker if speaker in holders and holders - later == {speaker} else None


def _organisation_just_heard(history: list[tuple[int, Speaker]], ctx: ArticleContext, before: int,
                             noun: str) -> str | None:
    """Whom "the firm said" means: the organisation that spoke last ("Meridian said ... The firm
    said"), a paragraph or two before, if no other organisation has been named since (people may
    have spoken in between: "Meridian said ... One worker said ... Asked about that, the firm
    said"); for a ``noun`` naming a kind ("the union"), not a company ("Peabody Energy")."""
    at, sp = next(((at, sp) for at, sp in reversed(history) if sp.name and sp.kind != "person"), (None, None))
    if (sp is None or sp.kind != "organization" or before - at >= _RECENT
            or not LEADING_DETERMINER.sub("", sp.name or "")[:1].isupper()
            or noun in ORG_KINDS and business_name(sp.name)):
        return None
    others = any(name not in sp.name for _, name in ctx.organisations_between(at + 1, before))
    return None if others else sp.name


def _business_just_named(ctx: ArticleContext, before: int, para_start: int, noun: str) -> str | None:
    """Whom "the company said" means where no company has spoken: the organisation named last,
    earlier in the paragraph, if its name is a business's ("a dredger operated by Halvard Marine
    Works ... The company said")."""
    if noun not in ("company", "firm"):
        return None
    named = ctx.organisations_between(para_start, before)
    return named[-1][1] if named and business_name(named[-1][1]) else None


def _one_business(history: list[tuple[int, Speaker]], ctx: ArticleContext, before: int, noun: str) -> str | None:
    """Whom "the company said" means where nothing nearer tells: the one company the article has
    named (``ArticleContext.one_business``), unless another organisation has spoken ("Twitter said
    ... the company said" is Twitter, whose name says no company)."""
    if noun not in ("company", "firm") or (business := ctx.one_business(before)) is None:
        return None
    spoke = {sp.name for _, sp in history if sp.kind == "organization" and sp.name}
    return None if any(name not in business for name in spoke) else business


def _office(phrase: str) -> str | None:
    """The office in ``_OFFICES`` a phrase names: "the vice-premier" -> "vice premier"."""
    office = " ".join(w for w in phrase.replace("-", " ").lower().split() if w != "the")
    return office if office in _OFFICES else None


def _office_holders(phrase: str, ctx: ArticleContext) -> set[str]:
    """The people holding the office a phrase names by another title (``_OFFICES``): "head of
    the government", "vice-premier"; "leader" only with the country's adjective before it ("the
    Zarvanian leader": not "the Republican leader" for the article's one president)."""
    office, words = _office(phrase), phrase.replace("-", " ").split()
    place: list[str] = []
    if words and words[-1].lower() == "leader":
        place, office = words[:-1], "leader"
        if len(place) != 1 or not place[0][:1].isupper():
            return set()
    return {w for role in _OFFICES.get(office, ())
            for w in ctx.people_with_title(role.split()[-1], " ".join(place + [role]), affiliated=bool(place))}


def _organisation_in_apposition(root: Token) -> Span | None:
    """The organisation named in apposition to a noun for one ("the Israeli newspaper Haaretz",
    "one group, Partnership for Responsible Growth,"), not a bracketed party label ("(D-Va.)") nor
    a person the NER took for an organisation."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in ORG_HEADS and root.lemma_.lower() not in _OUTLETS:
        return None
    return next((ent for c in root.rights if c.dep_ == "appos" and (ent := entity_at(c)) is not None
                 and ent.label_ == "ORG" and ent.root == c and ent.doc[ent.start - 1].text != "("
                 and not is_given_name(ent[0].text)), None)


def _name_goes_on(ent: Span, root: Token) -> bool:
    """An organisation's name goes on past the mention's last word with "of", "for" or "on" and
    more of the name ("the University of Carrowmore", "the Centers for Disease Control"), not a
    headline's capitalised words ("FDIC Accused Of ...") or punctuation."""
    rest = ent.doc[root.i + 1:ent.end]
    return (len(rest) > 0 and rest[0].lower_ in ("of", "for", "on") and root.pos_ == "PROPN"
            and not any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.text.istitle() and t.is_stop
                        for t in rest))


def _objects(pronoun: Token, ctx: ArticleContext) -> set[str]:
    """The people named as objects of the pronoun's verb, whom it cannot mean ("he told Hannity")."""
    verb = pronoun.head
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objs += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return {name for o in objs if o.pos_ == "PROPN" and (name := ctx.person_named(o))}


def _named_within(att: Attribution, text: str, ctx: ArticleContext, para: Paragraph | None) -> set[str]:
    """The people a first-person quotation makes the subject of a verb, who are not its speaker:
    "“Declan thinks I'm being sentimental,” she says" is not Declan's."""
    if para is None or att.kind != "direct" or not _FIRST_PERSON.search(text, att.start, att.end):
        return set()
    return {name for s, e in att.pieces for t in para.tokens_between(s, e)
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and (name := ctx.person_named(t))}


def _last_person(history: list[tuple[int, Speaker]], ctx: ArticleContext, before: int,
                 para_start: int, gender: str | None = None, besides: set[str] = frozenset()) -> str | None:
    """The antecedent of "he"/"she": the latest of the people quoted and the people who were the
    subject of a clause before the pronoun (see ``ArticleContext.subjects_before``), skipping
    ``besides`` and those shown to be of the other gender: by the article, or by the pronouns
    that resolved to them just before (“..,” she said. “..,” he said.) -- only just before, lest
    one wrong resolution mislead the rest of the article."""
    spoke = [(pos, sp.name) for pos, sp in history if sp.kind == "person" and sp.name and pos < before]
    called: dict[str, list[str]] = {}
    for pos, sp in history:
        if sp.gender and before - _RECENT <= pos < before:
            called.setdefault(sp.name, []).append(sp.gender)
    # and someone described, not named, who was a subject earlier in the paragraph ("Another trader,
    # who sells fish, was more philosophical. “...,” he said")
    for _, name in sorted(spoke + ctx.subjects_before(before, para_start) + _described(ctx, para_start, before),
                          reverse=True):
        if name in besides:
            continue
        if gender is None:
            return name
        known = ctx.gender(name) or majority(called.get(name, []))
        if known in (None, gender):
            return name
    if gender is None:
        return None
    # all of them are of the other gender: the latest person named nearby, in any role, who is
    # shown to be of this one ("... his editor Teresa Hale at her office. “...,” she recalled")
    return next((name for pos, name in reversed(ctx.named)
                 if before - _RECENT <= pos < before and ctx.gender(name) == gender and name not in besides), None)


def _named_in_sentence_before(pronoun: Token, para: Paragraph | None, ctx: ArticleContext,
                              history: list[tuple[int, Speaker]], gender: str | None, besides: set[str]) -> str | None:
    """"The sharpest exchanges came from Declan Mossop, the member for Kestle Vale. He put it
    bluntly: ...": for a pronoun opening its sentence (or after the quotation that opens it: "The
    trip of Roe to Kamenka is planned. “...,” he told reporters"), the one person the sentence
    before names, where no one, by name, pronoun or role, is its subject, and no one has spoken
    since it began."""
    if para is None or pronoun.sent.start <= para.span.start:
        return None
    quoted = pronoun.doc[pronoun.sent.start:pronoun.i]
    if any(not t.is_punct and para.quote_index(t) is None for t in quoted):
        return None  # the pronoun opens its sentence, or follows the quotation that does
    if any(t.lower_ in PRONOUN_GENDER and gender in (None, PRONOUN_GENDER[t.lower_]) for t in quoted):
        return None  # “The primary has moved him,” he said: the one named before may be the one talked of
    before = pronoun.doc[pronoun.sent.start - 1].sent
    start, end = para.cs(before[0]), para.ce(before[-1])
    if any(pos >= start for pos, _ in history) or any(
            t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ in ("PROPN", "PRON") or is_person_noun(t)) for t in before):
        return None  # not "Then he turned to Marco Rubio. He ...": he is still the one before
    names = {name for pos, name in ctx.named if start <= pos < end and name not in besides}
    name = next(iter(names)) if len(names) == 1 else None
    return name if name is not None and ctx.gender(name) in (None, gender) else None


def _public_figure(history: list[tuple[int, Speaker]], ctx: ArticleContext, before: int,
                   para_start: int, gender: str | None) -> str | None:
    """Whom "said the actor" means: the latest person named as a clause's subject in its
    paragraph, else the latest person quoted by name (not "a reporter"), else the latest person
    named -- of ``gender`` where the article shows one."""
    fits = lambda name: name[:1].isupper() and (gender is None or ctx.gender(name) in (None, gender))
    here = (name for pos, name in ctx.subjects_before(before, para_start) if pos >= para_start)
    quoted = (sp.name for pos, sp in reversed(history) if pos < before and sp.kind == "person" and sp.name)
    named = (name for pos, name in reversed(ctx.named) if pos < before)
    who = (next(filter(fits, chain(here, quoted)), None) or _last_person(history, ctx, before, para_start, gender)
           or next(filter(fits, named), None))
    return who if who and who[:1].isupper() else None  # not "a reporter"


def _antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about: the one it hangs on, or the name that noun is in
    apposition to ("Roe, a council member, who said ...": Roe)."""
    noun = relcl.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _relative_antecedent(pronoun: Token, ctx: ArticleContext) -> Token | None:
    """The person a relative clause is about, for a personal pronoun inside it ("a rival baker,
    who asked not to be named because he ..."): the clause's noun, a singular person, where the
    relative pronoun is the clause's subject (in "Lund, who he said was ...", "he" is someone
    else), and not one the article gives the other gender ("Axelrod, who ... as she ...")."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return None
    noun = clause.head
    if not (noun.tag_ in ("NN", "NNP") and (noun.ent_type_ == "PERSON" or is_person_noun(noun))
            and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)):
        return None
    noun = _antecedent(clause)
    name = ctx.person_named(noun)
    known = ctx.gender(name) if name else None
    return noun if known in (None, PRONOUN_GENDER.get(pronoun.lower_, known)) else None


def _named_of(head: Token) -> Token | None:
    """The last word of a capitalised "of" phrase right after ``head`` ("of Wendlebury and Fenn"),
    if it is all names (with "and", "the"), of four words at most."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if prep is None:
        return None
    words = list(prep.subtree)[1:]
    if not 0 < len(words) <= 4 or not all(t.text[:1].isupper() or t.lower_ in ("and", "the") for t in words):
        return None
    return words[-1] if words[-1].text[:1].isupper() else None


def _described(ctx: ArticleContext, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, description) of the people described, not named, who are subjects in [start, end)
    (``ArticleContext.described_subjects``), as a speaker described would be named."""
    return [(pos, _normalise_np(ctx.text[s:e])) for pos, s, e in ctx.described_between(start, end)]


def _described_just_before(history: list[tuple[int, Speaker]], ctx: ArticleContext, before: int,
                           para: Paragraph | None) -> str | None:
    """Someone described, not named ("a senior faculty member", "one shopkeeper"), who is the
    latest person quoted or made a subject earlier in the paragraph, with no one named or
    described since: whom "the academic" or "the researcher" after means when no one named holds
    the role (not "a judge sentenced a 26-year-old man after the man had posted")."""
    if para is None:
        return None
    para_start = para.start
    recent = []
    for pos, sp in reversed(history):  # the paragraph's, latest first
        if pos < para_start:
            break
        if sp.kind == "person" and sp.name and pos < before:
            recent.append((pos, sp.name))
    recent += _described(ctx, para_start, before)
    if not recent:
        return None
    pos, name = max(recent)
    if name.split()[0].lower() not in SOMEONE or any(pos < at < before for at, _ in ctx.named):
        return None
    others = any(t.pos_ == "NOUN" and para.cs(t) > pos and is_person_noun(t)
                 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                 for t in para.tokens_starting(pos, before))
    return None if others else name


def _normalise_np(text: str) -> str:
    text = OPEN_BRACKET.sub("", " ".join(text.split()))
    text = POSSESSIVE.sub("", text.strip(" ,.;:"))
    text = TRADE_BEFORE_NAME.sub("", text)  # "Steelmaker Norrvik Metall" -> the name
    return re.sub(r"^(The|A|An|(?:One|Another)(?=\s[a-z]))\s", lambda m: m.group(1).lower() + " ", text)


def resolve_scored(text: str, paragraphs: list[Paragraph], atts: list[Attribution],
                   author: str | None = None) -> list[tuple[Quote, list[str]]]:
    """Turn a whole article's attributions, in text order, into resolved ``Quote`` records, each
    with the features its confidence was computed from (the calibrator trains on them).
    ``author`` is the article's (see ``ArticleContext.writer``)."""
    ctx = ArticleContext(paragraphs, author)
    by_block = {p.block: p for p in paragraphs}
    history: list[tuple[int, Speaker]] = []
    quotes: list[tuple[Quote, list[str]]] = []
    prev: tuple[Attribution, Speaker, Quote] | None = None
    framed: tuple[Attribution, Speaker, Quote] | None = None  # the last quotation with a cue
    starts = [p.start for p in paragraphs]
    issuing = iter(ctx.issuing)
    issue = next(issuing, None)
    for att in sorted(atts, key=lambda a: a.start):
        while issue is not None and issue[1].start < att.start:  # "X issued a statement" before it
            document, mention = issue
            issuer = (_speaker_of_mention(mention, ctx, text, history, by_block[mention.block])
                      if mention.source_root is not None else None)
            if issuer is not None and issuer.name:
                ctx.issued[document] = issuer
            else:  # the last statement is someone's the article does not name: not the one before
                ctx.issued.pop(document, None)
            issue = next(issuing, None)
        if att.source is not None:
            # the paragraph the speaker is named in: a lead-in ("She wrote:") is the one before the quote's
            para = paragraphs[bisect_right(starts, att.source[0]) - 1] if paragraphs else None
            sp = _speaker_of_mention(att, ctx, text, history, para)
            start, end = (_reporter_named(att, sp, ctx, para) if sp.how == "pronoun" else None) or att.source
            # the outlet a translation ran into the speaker's name is the channel, whatever the
            # cue's own read of it ("told to the agency TASS Peskov")
            channel = sp.channel if sp.how == "name" and sp.channel else att.channel or sp.channel
            if channel is None and prev is not None and sp.how == "pronoun" and prev[1].name == sp.name:
                channel = prev[2].channel
        elif (att.kind == "direct" and not att.question
              and (asked := ctx.asked_between(prev[0].end if prev else 0, att.start)) is not None
              and att.block - asked.block <= 1):
            # "Roe was asked whether she would resign. ¶ “No.”": the one asked answers
            sp = _speaker_of_mention(asked, ctx, text, history, by_block[asked.block])
            start, end = asked.source
            channel = None
        elif (not att.question and att.via != "description" and (anchor := _continued(prev, framed))
              and not _addressed(text, att, anchor[1].name)
              and att.block - anchor[0].block <= (0 if _runs_on(att, text) else CONTINUATION_BLOCKS)):
            sp = Speaker(anchor[1].name, anchor[1].kind, anchor[1].title, "continuation")
            channel = anchor[2].channel
            if (other := _subject_opening(att, anchor, ctx, by_block)) is not None:
                # "Further down the carriage, Kwame Asante-Boateng ... was less surprised. “...”": the
                # one the paragraph is about before the quotation, not the last paragraph's speaker
                sp, channel = Speaker(other, "person", first_title(ctx.titles(other)), "continuation"), None
            # pointed to where the article last names the speaker: "Roe is upbeat. ¶ “...”"
            start, end = ctx.last_subject(sp.name, anchor[2].end, att.start) or (
                anchor[2].speaker_start, anchor[2].speaker_end)
        else:
            sp, start, end, channel = Speaker(None, None, None, "none"), None, None, None
        home = by_block.get(att.block)
        feats = confidence_features(att, sp, text, home, start)
        q = _quote(text, att, sp, start, end, channel, home, ctx, confidence(feats, sp))
        if prev is not None and _same_statement(prev, att, sp):
            _join(prev[2], q, text)  # the statement it continues, whatever was reported since
            continue
        quotes.append((q, feats))
        if sp.name and sp.how != "author":  # "he" and "she" are never the writer
            history.append((att.start, sp))
            for word in (channel or "").lower().split():
                if word in DOCUMENTS:
                    ctx.issued[word] = sp
        if sp.name or att.source is not None:  # a speaker not named still ends the last one's turn
            prev = (att, sp, q)
            if att.kind != "indirect" and att.cue_root is not None:
                framed = prev
    return quotes


def _reporter_named(att: Attribution, sp: Speaker, ctx: ArticleContext,
                    para: Paragraph | None) -> tuple[int, int] | None:
    """"Trump said he responded: “...”": the pronoun's speaker named as the subject of the
    report around it -- that mention, the fuller one, is where the quote is attributed."""
    verb = att.cue_root
    if verb is None or para is None or verb.doc is not att.source_root.doc:
        return None
    while verb.dep_ == "conj":  # "said he welcomed extradition and added, “...”"
        verb = verb.head
    reporter = reporting_cue(verb, para)
    outer = subject_of(reporter, para) if reporter is not verb else None
    if (outer is None or outer.tag_ == "PRP" or not outer.i < reporter.i < att.source_root.i
            or ctx.person_named(outer) != sp.name):
        return None
    return para.char_span(mention_span(outer, para))


def _subject_opening(att: Attribution, anchor, ctx: ArticleContext, by_block: dict) -> str | None:
    """The person a new paragraph makes its subject before a quotation with no cue, if not the
    speaker the quotation would otherwise continue (``anchor``'s)."""
    home = by_block.get(att.block)
    if home is None or att.block == anchor[0].block:
        return None
    here = [name for pos, name in ctx.subjects_before(att.start, home.start) if pos >= home.start]
    return here[0] if here and here[0] != anchor[1].name else None


def _continued(prev, framed):
    """The statement a quote with no cue continues: the last one, unless that is a report in the
    sentence of the last framed quotation ("“A,” Roe said, as officials declared ... “B.”")."""
    if prev is None or not prev[1].name:
        return None
    p_att = prev[0]
    if (framed is not None and p_att.kind == "indirect" and p_att.cue_root is not None
            and p_att.block == framed[0].block and p_att.cue_root.sent == framed[0].cue_root.sent):
        return framed
    return prev


def _runs_on(att: Attribution, text: str) -> bool:
    """A quotation the sentence's own words lead into ("directives to “show no mercy in the
    struggle”", "lecturing the nation that “hearsay can be better”"): a phrase the writer uses,
    not a speaker's next words."""
    i = att.start - 1
    while i >= 0 and text[i] in " \xa0":
        i -= 1
    return i >= 0 and text[i].isalnum()


def _same_statement(prev: tuple[Attribution, Speaker, Quote], att: Attribution, sp: Speaker) -> bool:
    """“A,” he said, “B.” -- two quoted segments framed by the same cue are one statement in two
    pieces; so is “A,” he said. “B.”: a quote with no cue that continues the quote before it in
    the same paragraph (PolNeAR annotates both as one content). Not a quotation the cue's clause
    only holds (“A,” he said, suggesting questions, including, “B”): it is a statement of its own."""
    p_att, p_sp, _ = prev
    if att.kind != "direct" or p_att.kind != "direct" or sp.name != p_sp.name:
        return False
    if att.cue is not None:
        return att.cue == p_att.cue and att.via != "enclosing"
    return sp.how == "continuation" and att.block == p_att.block


def _join(first: Quote, nxt: Quote, text: str) -> None:
    """Extend ``first`` with ``nxt``'s content as another piece."""
    first.pieces = (first.pieces or [[first.start, first.end]]) + (nxt.pieces or [[nxt.start, nxt.end]])
    first.end = nxt.end
    first.content = text[first.start:first.end]
    first.mentions += [m for m in nxt.mentions if m not in first.mentions]


def _quote(text: str, att: Attribution, sp: Speaker, start, end, channel,
           para: Paragraph | None, ctx: ArticleContext, conf: float) -> Quote:
    s, e = att.start, att.end
    cue = text[att.cue[0]:att.cue[1]] if att.cue else None
    reported = att.reporter or (None, None)
    return Quote(
        content=text[s:e], start=s, end=e,
        pieces=[list(p) for p in att.pieces] if len(att.pieces) > 1 else None,
        kind=att.kind, cue=cue, cue_start=att.cue[0] if att.cue else None,
        cue_end=att.cue[1] if att.cue else None, speaker=sp.name, speaker_start=start,
        speaker_end=end, speaker_kind=sp.kind, speaker_title=sp.title, channel=channel,
        reported_by=text[slice(*att.reporter)] if att.reporter else None,
        reported_by_start=reported[0], reported_by_end=reported[1],
        mentions=_mentions(att, para, ctx) if para is not None else [],
        confidence=conf,
    )


def _mentions(att: Attribution, para: Paragraph, ctx: ArticleContext) -> list[str]:
    """Named people, organisations and places inside the quotation, people by their full names."""
    out: list[str] = []
    for ent in para.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"):
            continue
        s, e = para.cs(ent[0]), para.ce(ent[-1])
        if not any(ps <= s and e <= pe for ps, pe in att.pieces):
            continue
        name = clean_name(ent.text)
        if ent.label_ == "PERSON" or ctx.fullest(name) in ctx.people:
            name = ctx.fullest(name)
        if name and name not in out:
            out.append(name)
    return out
