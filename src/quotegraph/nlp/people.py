"""The people an article names, indexed once for speaker resolution (``ArticleContext``).

People named in it are indexed by surname and first name with the titles written next to them
("council member Tomas Rheinvald", "Lindqvist, secretary of the dock workers' union,"), with
their gender as the article shows it (courtesy titles, given names, roles, pronouns), their ages
and where each was a clause's subject; so are the organisations it names, who signed the posts
it embeds and who its writer is. Beside the index are the helpers that read names and titles
from the parse (``clean_name``, ``title_of``, ``courtesy_gender``, ``is_person_noun``).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from ..authors import sole_author
from .attribution import Attribution, Speaker
from .blocks import CLOCK
from .channels import MEDIA_NOUNS
from .cues import STATEMENTS, TELL, is_cue
from .frames import signed_posts
from .mentions import mention_span, misread_subject, named_apposition, opens_with_topic, subject_of
from .paragraph import Paragraph, entity_at, joins_words, word_start

ORG_HEADS = {"kremlin", "government", "ministry", "administration", "campaign", "committee", "party",
             "agency", "department", "office", "company", "council", "commission", "court", "police",
             "army", "military", "embassy", "consulate", "diocese", "union", "board", "bank", "firm", "organization",
             "organisation", "institute", "foundation", "university", "network", "newspaper",
             "statement", "report", "study", "survey", "poll", "website", "group", "team", "house",
             "senate", "congress", "parliament", "cabinet", "fund", "corporation", "association",
             "center", "centre", "service", "college", "school", "hospital", "club", "society", "authority",
             "federation", "league", "charity"}
# documents that speak for whoever issued them ("the statement said")
DOCUMENTS = {"statement", "release", "letter", "memo", "email", "tweet", "post"}
_ISSUE = {"issue", "release", "publish", "send", "post", "distribute", "circulate"}  # a document's verbs
# what people and organisations put out, which speak for them ("his words" too)
_AUTHORED = DOCUMENTS | STATEMENTS | {"update", "survey", "report", "filing", "study", "analysis", "poll", "opinion",
                                      "complaint", "lawsuit", "suit", "ruling", "judgment", "indictment", "affidavit",
                                      # "according to her data", "by the ministry's estimates"
                                      "data", "datum", "information", "estimate", "figure", "assessment", "calculation"}
# "a report released by X": X put it out (not "an email obtained by X", "a memo seen by X")
_PUT_OUT = _ISSUE | {"write", "sign", "prepare", "conduct", "author", "compile", "produce", "draft", "commission"}
_ASKED = {"ask", "question", "press"}  # "Roe was asked / questioned / pressed ..." (passive)

PERSON_NOUNS = {"official", "source", "aide", "steward", "chief", "spokesperson", "member", "leader", "secretary",
                "superintendent", "registrar", "president", "candidate", "expert", "analyst", "nominee",
                "governor", "senator", "head",
                "representative", "lawmaker", "mayor", "judge", "attorney", "critic", "resident",
                "witness", "host", "boss", "executive", "staffer", "agent", "diplomat", "general", "guard",
                "student", "parent", "mother", "father", "son", "daughter", "wife", "husband", "friend",
                "economist", "strategist", "pollster", "activist", "veteran", "surrogate", "adviser",
                "advisor", "colleague", "deputy", "envoy", "minister", "premier", "chancellor", "king",
                "queen", "prince", "pope", "bishop", "priest", "rabbi", "imam", "doctor", "nurse",
                "chair", "chairwoman", "ceo", "founder", "owner", "partner", "coach", "player", "actor",
                "actress", "star", "comedian", "journalist", "columnist", "anchor", "correspondent",
                "prosecutor", "defendant", "victim", "survivor", "insider", "colonel", "sheriff", "cop",
                "captain", "pilot", "lieutenant", "sergeant", "detective", "patient", "chef", "athlete",
                "delegate", "archbishop", "cardinal", "inmate", "surgeon", "clerk", "monk", "nun", "dean",
                "neighbour", "mum", "counterpart", "midwife", "paramedic", "medic", "playwright", "poet",
                "architect", "vet", "pastor", "mechanic", "chaplain", "referee", "employee", "trustee",
                "retiree", "ambassador", "consul"}
_PERSON_SUFFIXES = ("man", "woman", "person", "ist", "ian", "er", "or", "ess", "ant")

_THING_NOUNS = {"regulator", "letter", "paper", "order", "computer", "number", "water", "poster", "corner", "matter",
                "chamber", "border", "center", "factor", "sector", "error", "mirror", "monitor", "flyer",
                "trailer", "tower", "power", "newspaper", "filter", "banner", "charter",
                "register", "answer", "disaster", "ledger", "cancer", "manner", "sticker", "plan",
                "campaign", "human",
                # things named like roles: "a sensor", "the list", "a reactor"
                "sensor", "motor", "floor", "door", "vector", "corridor", "tractor", "reactor", "processor",
                "elevator", "indicator", "detector", "generator", "radiator", "ventilator", "calculator", "escalator",
                "list", "wrist", "fist", "mist", "twist", "gist", "checklist", "playlist", "shortlist", "waitlist",
                "watchlist", "blacklist",
                # companies, by what they do: "Brackenford Power, the electricity and gas supplier"
                "supplier", "provider", "retailer", "manufacturer", "carrier", "lender", "insurer", "wholesaler",
                "distributor", "exporter", "importer", "broadcaster"}
# abbreviated ranks before a name ("Sgt. Ana Ruiz", "Lt. Col. Omar Haddad"); "Col" only with its stop:
# without, it is a given name ("her husband, Col")
_RANKS = "sgt|det|capt|lt|maj|brig|supt|insp|cdr|comdr|cpl|pte|amb|atty|msgr"
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "rev", "president", "mayor",
               "senator", "governor", "minister", "secretary", "chief", "judge", "general", "king",
               "queen", "prince", "pope", "chancellor", "premier", "speaker", "representative", "cllr",
               "councillor", "councilor", *_RANKS.split("|")}
_TITLE_MODIFIERS = {"deputy", "vice", "acting", "assistant", "former", "ex", "then", "prime", "first", "lord"}

POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.I)  # "James Kennedy Jr." is indexed as Kennedy
# the words that end football clubs' names and no one else's ("Kestwick Athletic", "Wrexmoor Rovers")
_CLUB_ENDS = {"athletic", "rovers", "albion", "wanderers", "fc"}
# the words that end the names of companies ("Quillfeather Systems", "Halcyon Vale Records")
_BUSINESS_ENDS = {"group", "labs", "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "company", "holdings",
                  "capital", "securities", "investments", "advisers", "advisors",
                  "industries", "partners", "motors", "airlines", "airways", "records", "systems", "technologies",
                  "logistics", "chemicals", "pharmaceuticals", "productions", "couriers", "foods", "energy",
                  "biologics", "therapeutics", "biosciences", "pharma", "shipping", "line", "lines", "insight",
                  "analytics", "solutions", "ventures", "works", "engineering", "construction", "manufacturing",
                  "services", "consulting", "consultants", "enterprises", "brands", "networks", "electronics",
                  "software", "resources", "properties", "trading"}
# the head words of public bodies' names ("Supreme Administrative Court", "High Court of Veland"),
# which are no company, group or union
_PUBLIC_BODIES = {"court", "tribunal", "ministry", "parliament", "senate", "congress", "government", "police",
                  "constabulary", "army", "navy", "embassy", "consulate", "municipality", "university"}
# what an article may call any company, whatever it called it first ("the company": "Halvard
# Line, the container shipping group")
_COMPANY_NOUNS = {"company", "firm", "group", "supplier", "utility", "provider"}
# words that make a "name" an organisation's, whatever the NER said ("SoftBank Group Corp")
_ORG_WORDS = ORG_HEADS | _CLUB_ENDS | _BUSINESS_ENDS | {  # "Kestwick Athletic", "Bellweather Biologics" as PERSON
    "entertainment", "media", "news", "ministries", "alliance", "coalition", "partnership", "cooperative",
    "consortium", "radio", "tv", "television", "broadcasting"}  # "told Radio Redcastle"
# the words that say a company's legal form, which its name may go without ("Hoshizora Motor")
_LEGAL_FORMS = {"corporation", "corp", "inc", "incorporated", "ltd", "limited", "llc", "plc", "co", "company", "ag",
                "sa", "gmbh", "nv", "bv", "ab", "asa", "oyj", "spa", "srl"}
# what "the club", "the union" ... means: the organisation whose name ends in one of these words
ORG_KINDS = {"label": {"records", "recordings", "music"},
              "club": _CLUB_ENDS | {"united", "town", "city", "club"},
              "union": {"union", "workers", "federation"}, "force": {"police", "constabulary"},
              "publisher": {"books", "press", "publishing", "publishers"},
              "broadcaster": {"television", "tv", "radio", "broadcasting"},
              **dict.fromkeys(("paper", "newspaper"), {"courier", "times", "post", "herald", "gazette", "tribune",
                                                       "journal", "chronicle", "observer", "telegraph", "examiner",
                                                       "inquirer", "dispatch", "argus", "advertiser", "bulletin"}),
              "airline": {"air", "airlines", "airways"},
              "regulator": {"authority", "agency", "commission", "regulator", "watchdog", "administration"},
              **dict.fromkeys(("laboratory", "lab"), {"laboratory", "laboratories", "lab", "labs"}),
              **{noun: {noun} for noun in ("trust", "coalition", "court", "department", "convention", "alliance",
                                           "federation", "association", "institute", "university", "hospital",
                                           "council", "commission", "committee", "agency", "ministry",
                                           "authority", "service", "board", "museum", "district", "office")}}
_LOOSE_KINDS = {"club", "label", "airline", "regulator", "district", "office"}  # see ``organisation_of_kind``
# last words that make a name an organisation's ("Kestrel Labs"), not a product's or an event's
# ("Google Stadia Founder's Edition", "Doobie Brothers Tour")
_DESIGNATORS = _BUSINESS_ENDS | {
    "association", "foundation", "institute", "society", "alliance", "coalition", "union", "council", "publishing",
    "motor", "bank", "agency", "department", "bureau", "office", "service", "authority", "commission", "committee",
    "report", "united"} | _CLUB_ENDS
# a trade written before a name: "Steelmaker Norrvik Metall", "Retailer Harrow & Finch"
TRADE_BEFORE_NAME = re.compile(r"^(?:[A-Z][a-z]+maker|Retailer|Insurer|Lender|Broadcaster|Publisher|Airline)"
                               r"\s+(?=[A-Z])")
_COUNSEL_LETTERS = "KC|QC|SC"  # a barrister's: "Ann Roe KC"
_POSTNOMINAL = re.compile(rf"\s+(?:{_COUNSEL_LETTERS}|MP|MEP|MSP|OBE|MBE|CBE|PhD)\.?$")
_HEADLINE_VERB = re.compile(r"\s+(?:Says|Tells|Warns|Urges|Claims|Admits|Insists|Slams|Blasts)$")

_NICKNAME = re.compile(r"\s+[\"“‘'][A-Z][\w.'’-]*[\"”’'](?=\s|$)")  # 'Marcia "Cia" Price'
# a person named with a nickname between given name and surname, which the article may use alone
_NICKNAMED = re.compile(r"\b([A-Z][\w'’-]+)\s+[\"“‘']([A-Z][\w.'’-]*)[\"”’']\s+([A-Z][\w'’-]+)")
_AGE_AFTER = re.compile(r"\s*,\s*(\d{1,3})\s*,")            # "Jose Marr, 56, said"
_COURTESIES = "mr|mrs|ms|miss|mx"  # titles that say nothing of a person's role
# honorifics before a name, West African and Indian ones too ("Alhaji", "Chief", "Hon.", "Shri"); "Chief" not
# of a role ("Chief Executive", "Chief Justice"); "Prince" is part of a royal's name ("Prince Andrew")
_HONOURS = "hon|rt|alhaji|alhaja|comrade|engr|distinguished|shri|sri|smt|shrimati"  # honorifics that name no role
# British police ranks in capitals ("DI Claire Mbatha", "DCI Roe"): not "Di" the given name
_POLICE_RANKS = "(?-i:DI|DCI|DS|DSI|DSupt|DCS|WPC)"  # not "PC World", "DC Comics"
_HONORIFIC = re.compile(rf"^(?:{_COURTESIES}|{_HONOURS}|{_RANKS}|{_POLICE_RANKS}|col(?=\.)|dr|sen|rep|gov|gen|prof|rev|"
                        r"sir|lord|"
                        r"lady|dame|cllr|councill?or|"
                        r"chief(?!\.?\s+(?:executive|"
                        r"justice|operating|financial|constable|inspector|minister|secretary|whip|medical|"
                        r"technology|technical|scientist|economist|strategist|investment|information|"
                        r"marketing|superintendent|of)\b))\.?\s+", re.I)
# a role written before a name as part of it, when two names follow ("Councillor Hanna Brook"; not
# "General Motors"): the NER often takes the whole for an organisation
# (up to two capitalised words before the role: "Transport Minister", "Chief Superintendent")
_ROLE_TITLE = re.compile(r"^(?:[A-Z][\w’'-]*\s+){0,2}?"
                         r"(?:Councill?or|Council(?:wo)?man|Alderman|Mayor|Senator|Governor|Judge|Justice|"
                         r"Minister|President|Chancellor|Commissioner|Sheriff|Detective|Sergeant|Inspector|"
                         r"Constable|Officer|Captain|Coach|Professor|Doctor|Bishop|Archbishop|Cardinal|"
                         r"Father|Rabbi|Imam|Ambassador|Colonel|Lieutenant|Representative|"
                         r"Congress(?:wo)?man|Assembly(?:wo)?man|Deputy|Spokes(?:person|man|woman)|Premier|"
                         r"Superintendent|Commander|Admiral|Marshal|Corporal|"
                         r"(?:Comptroller|Auditor|Attorney|Solicitor|Surgeon|Inspector|Secretary|Director|Postmaster)"
                         r"\s+General|Comptroller|Auditor|Ombuds(?:man|woman|person))"
                         r"\s+(?=[A-Z][\w.'’-]*\s+[A-Z])")

# what an article says of a person's gender: pronouns that refer back to them, a courtesy title or
# a gendered role ("Mrs. Ode", "Steenburgen's son, filmmaker Charlie McDowell")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
_WORD_GENDER = {**dict.fromkeys(
    ("mr", "sir", "lord", "son", "father", "husband", "brother", "uncle", "nephew", "grandson",
     "grandfather", "king", "prince", "duke", "chairman", "spokesman", "congressman", "businessman",
     "boyfriend", "dad", "man", "councilman", "anchorman", "sportsman"), "m"), **dict.fromkeys(
    ("mrs", "ms", "miss", "lady", "dame", "daughter", "mother", "wife", "sister", "aunt", "niece",
     "granddaughter", "grandmother", "queen", "princess", "duchess", "chairwoman", "spokeswoman",
     "congresswoman", "businesswoman", "girlfriend", "mom", "woman", "actress", "councilwoman",
     "anchorwoman", "sportswoman"), "f")}

_DECLARE = {"say", "add", "think", "believe", "claim", "insist", "argue", "explain", "note", "write",
            "recall", "admit", "acknowledge", "hope", "feel", "know", "realize", "realise", "decide"}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name -> "m"/"f", for names borne overwhelmingly by one gender (package data)."""
    text = resources.files("quotegraph.nlp").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=4096)
def given_gender(word: str) -> str | None:
    """The gender ``given_names`` gives a given name ("Anne-Sofie" by its first part), whatever
    its case and accents ("María", "José" as "maria", "jose"); None if not there."""
    first = unicodedata.normalize("NFKD", word.split("-")[0].lower())
    return given_names().get("".join(c for c in first if not unicodedata.combining(c)))


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name in ``given_names`` (see ``given_gender``)."""
    return given_gender(word) is not None


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """ "Rheinvald’s" -> "Rheinvald"; "Mr. Smith" -> "Smith"; "Ann Roe KC" -> "Ann Roe"; "-Ann Roe"
    (a dash the tokenizer kept) -> "Ann Roe"; a headline's "Obama Says" -> "Obama"; "Nurse Ingrid
    Salo" -> "Ingrid Salo"; collapses white space."""
    text = _NICKNAME.sub("", " ".join(text.split()))  # 'Jordan "Jojo" Pembrook' -> "Jordan Pembrook"
    text = text.strip(" ,;:-–—―")
    if LEADING_DETERMINER.sub("", (bare := _POSTNOMINAL.sub("", text)) + " ").strip():  # not "The MP" -> "The"
        text = bare
    text = TRADE_BEFORE_NAME.sub("", _HEADLINE_VERB.sub("", text))
    text = POSSESSIVE.sub("", text)
    while (bare := _ROLE_TITLE.sub("", _HONORIFIC.sub("", text))) != text:  # "Distinguished Senator Alhaji ..."
        text = bare
    text = text.strip()
    words = text.split()
    if (len(words) > 2 and words[0].islower() and _known_role(words[0])
            and all(w[:1].isupper() for w in words[1:]) and not organisational(" ".join(words[1:]))):
        words.pop(0)  # "headteacher Ann Roe" as the NER took it: a role, not a name
    while len(words) > 1 and words[-1].lower() in _NEVER_LAST:
        words.pop()  # "Juan Manriquez of", "Vows Not"
    return " ".join(words[1:]) if _role_before_given_name(words) else " ".join(words)  # "Nurse Ingrid Salo"


def _names_organisation(ent: Span) -> bool:
    """An entity naming an organisation: the NER's, or a "person" with an organisation's word."""
    return ent.label_ == "ORG" or ent.label_ == "PERSON" and organisational(ent.text)


_NO_NAME = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "GPE", "NORP"}
# what an article calls an organisation it has named, before or after the name
_KINDS_OF_ORGANISATION = (r"company|firm|group|carrier|airline|bank|lender|retailer|insurer|chain|start-?up|"
                          r"manufacturer|maker|broadcaster|publisher|developer|operator|charity|regulator|watchdog|"
                          r"supplier|utility|provider")
_DESCRIBED_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_KINDS_OF_ORGANISATION})"
                              r"(?=\s*[,.;:)]|\s+(?:that|which|whose|based|founded|behind|in|with)\b)", re.I)
_DESCRIBED_BEFORE = re.compile(rf"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_KINDS_OF_ORGANISATION})\s+$",
                               re.I)
# the last words of services named after the places they serve, which may be two ("Dunmere and
# Wexcombe Police", "Ashmoor and Vale Fire and Rescue Service")
_SERVING = {"police", "constabulary", "service", "council", "board", "trust", "authority"}


def places_and(name: Span) -> Span:
    """A service's name with the first of two places it is named after, which the NER or the
    parse left out ("Vale Fire and Rescue Service" after "Ashmoor and"); else ``name``. Not after a
    person or another organisation of more words ("Ann Roe and Harbour Police")."""
    start, doc = name.start, name.doc
    place = doc[start - 2] if start >= 2 else None
    if (place is not None and doc[start - 1].lower_ in ("and", "&") and name[-1].lower_ in _SERVING
            and (place.pos_ == "PROPN" or place.tag_ == "NN")  # "Dunmarrow" read as a noun
            and place.text[:1].isupper() and place.ent_type_ not in ("PERSON", "NORP")
            and not (place.ent_type_ == "ORG" and place.ent_iob_ == "I")):
        return doc[start - 2:name.end]
    return name


def business_name(name: str) -> bool:
    """ "Peabody Energy", "Halvard Line": a company's name, by its last word."""
    return name.split()[-1].lower().strip(".,") in _BUSINESS_ENDS


def organisational(name: str) -> bool:
    """ "SoftBank Group Corp", "Big Machine Records", "Corvane Air": an organisation's name, not a
    person's (but "Air Marshal Ann Roe")."""
    words = [w.lower().strip(".,") for w in name.split()]
    return any(w in _ORG_WORDS for w in words) or len(words) > 1 and words[-1] == "air"


@dataclass
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    genders: list[str] = field(default_factory=list)  # "m"/"f" of each pronoun that is theirs
    courtesies: list[str] = field(default_factory=list)  # "m"/"f" of each "Mr."/"Ms." before the name


class ArticleContext:
    """People, their titles and ages, who was last the subject, and names the NER did not call
    people, gathered from an article's paragraphs."""

    def __init__(self, paragraphs: list[Paragraph], author: str | None = None):
        self.people: dict[str, Person] = {}        # full name -> Person
        self.paragraph_spans = [(p.start, p.end) for p in paragraphs]
        self.text = paragraphs[0].text if paragraphs else ""  # the article's
        self._given_before: dict[str, str] = {}    # see ``_given_name_before``
        # who "I" is outside quotes: the one author, unless the article prints letters to someone
        # ("DEAR ABBY: ... I"), whose "I" is the letter's writer
        self.writer = sole_author(author)
        if self.writer and any(_LETTER.match(p.text, p.start) for p in paragraphs):
            self.writer = None
        self.tweeted = _tweeters(paragraphs)       # paragraph start -> who signed the post it is
        self.proper: set[str] = set()              # full names written as proper nouns only (not "Top Clinton")
        self.past_headline: set[str] = set()       # full names given in running text past the headline
        # "Trump ... her company": the gender each pronoun after a surname that several people share
        # gives that surname, to tell which of them it is
        self.surname_genders: dict[str, list[str]] = {}
        self.by_part: dict[str, list[str]] = {}    # lower-case surname / first name -> full names
        # (offset, end, full name, in a quote paragraph) of each person who is a clause's subject
        self.subjects: list[tuple[int, int, str, bool]] = []
        self.described_subjects: list[tuple[int, int, int]] = []  # (offset, start, end) of each
        self.unsure: dict[str, set[str]] = {}      # surname -> names the NER took for something else
        mislabelled: list[tuple[Span, Paragraph]] = []
        alone: set[str] = set()                    # one-word names the NER called people ("Rudolph")
        for para in paragraphs:
            for ent in para.ents:
                ent = with_given_name(_closing_part(ent) if ent.label_ == "PERSON" else _name_at_end(ent))
                name = clean_name(ent.text)
                if ent.label_ == "PERSON":
                    self._add_person(ent, para)
                    if " " not in name:
                        alone.add(name)
                elif _ROLE_TITLE.match(ent.text) and all(t.pos_ == "PROPN" for t in ent):
                    self._add_person(ent, para)  # "Councillor Hanna Brook" as ORG
                elif 2 <= len(name.split()) <= 3 and all(
                        (t.pos_ == "PROPN" or is_given_name(ent[0].text)) and t.text[:1].isupper() or t.text == "-"
                        for t in ent):  # "Alistair Greaves KC" as ORG, "Greaves" read as a verb
                    if not organisational(name):  # "Diego Schwartzman" as ORG
                        self.unsure.setdefault(name.split()[-1].lower(), set()).add(name)
                        mislabelled.append((ent, para))
            for span, sure in _proper_names(para):  # names the NER missed, mislabelled or cut short
                if not any(span.start < e.end and e.start < span.end and not (sure and _given_before(span, e))
                           for e in para.ents if not sure or e.label_ == "PERSON"):
                    self._add_person(_closing_part(span), para)
        # words that are alone the subject of a clause somewhere ("Ferrand said"): a surname, if a
        # place's name ends in one, is the person's
        subjects = {tok.text for para in paragraphs for tok in para.outside
                    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN"}
        for ent, para in mislabelled:
            words = clean_name(ent.text).split()
            if (words[-1].lower() not in self.by_part and _person_after_all(words, ent.label_, alone)
                    or _role_just_before(ent)):
                self._add_person(ent, para)
            elif is_given_name(words[0]) and (_honoured(ent) or ent.label_ == "ORG" or ent.label_ in ("GPE", "LOC")
                                              and len(words) == 2 and words[-1] in subjects):
                self._add_person(ent, para)  # "Dr. Marta Ilves", "Marek Dunleavy" as ORG, "Lucas Ferrand" as GPE
        for para in paragraphs:  # "Blandford, the hooker,": a surname the NER took for something else
            for ent in para.ents:
                person = self.people.get(self.fullest(ent.text)) if ent.label_ != "PERSON" and len(ent) == 1 else None
                if (person is not None and person.name != ent.text and para.quote_index(ent.root) is None
                        and (title := _appositive_title(ent.root)) and title not in person.titles):
                    person.titles.append(title)
        for para in paragraphs:  # "Okafor" of an NER that found no "Adaeze Okafor"
            for tok in para.outside:
                if tok.text in alone and tok.lower_ not in self.by_part and (name := _given_left_out(tok, para)):
                    self._add_person(name, para)
        for para in paragraphs:  # 'Singer Jordan "Jojo" Pembrook': "Jojo" is Jordan Pembrook
            for m in _NICKNAMED.finditer(para.text, para.start, para.end):
                name = f"{m.group(1)} {m.group(3)}"
                self.people.setdefault(name, Person(name))
                self.proper.add(name)
                self._index(name, (m.group(3), m.group(1), m.group(2)))
        shared = {part for part, names in self.by_part.items()
                  if sum(n.split()[-1].lower() == part for n in names) > 1}
        for para in paragraphs if shared else ():  # see surname_genders
            for tok in para.outside:
                if (tok.lower_ in shared and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN"
                        and not any(c.dep_ == "compound" for c in tok.children)
                        and (pron := _pronoun_after(tok, para)) is not None):
                    self.surname_genders.setdefault(tok.lower_, []).append(PRONOUN_GENDER[pron.lower_])
        self.issued: dict[str, Speaker] = {}            # "statement" -> who last spoke through one
        # "X issued a statement": ("statement", the mention of X as an attribution's source, or no
        # source for a statement whose author the article does not give)
        self.issuing: list[tuple[str, Attribution]] = []
        # "Roe was asked whether ...": the one asked, as the source of an attribution spanning the
        # sentence; Roe answers a quotation with no cue after it (not one inside the question)
        self.asked: list[Attribution] = []
        self.interviewee: tuple[str | None] | None = None  # who answers "A: ...", once resolved
        # "the Union of Academic and Related Staff (UARS)": "UARS" -> the name it stands for
        self.acronyms = {short: full for para in paragraphs
                         for short, full in _acronyms(para.text[para.start:para.end])}
        self.organisations = {self.organisation_name(e) for p in paragraphs for e in p.ents if _names_organisation(e)}
        # words of the names of places and people, which no organisation's short name is
        # ("Cleveland", "Trump"), unless the NER took the organisation for a person too ("Kestrel"
        # of "Kestrel Labs"), called the same name an organisation elsewhere ("Halcyon Vale") or
        # the name is the first word of a company's, whatever the NER called it elsewhere
        # ("Brantwood" of "Brantwood Capital"; "Vertex" of "Vertex Walls Ltd", a place in "for Vertex")
        org_names = {e.text for p in paragraphs for e in p.ents if e.label_ == "ORG"}
        ent_words = lambda labels, org: {w.lower() for p in paragraphs for e in p.ents if e.label_ in labels
                                         and (organisational(e.text) or e.text in org_names) == org
                                         for w in e.text.split()}
        firms = {words[0].lower() for name in org_names if len(words := name.split()) > 1
                 and words[-1].lower() in _DESIGNATORS}
        self.not_organisations = (ent_words(("GPE", "LOC", "NORP"), False)
                                  | ent_words(("PERSON",), False) - ent_words(("PERSON",), True)) - firms
        # what the article calls an organisation: "Kestrel Cloud, the data-storage company that
        # ...", "the social-media company Chirpline" (noun -> names)
        self.described: dict[str, set[str]] = {}
        self._kind_runs: dict[str, list[tuple[int, str]]] = {}  # see ``_runs_ending``
        for para in paragraphs:
            for ent in para.ents:
                if ent.label_ in _NO_NAME or para.quote_index(ent.root) is not None:
                    continue
                name = self.organisation_name(ent)
                if is_given_name(name.split()[0]) and not organisational(name):
                    continue  # "Sam Roe, the head of the group": a person
                start, end = para.cs(ent[0]), para.ce(ent[-1])
                for m in (_DESCRIBED_AFTER.match(para.text, end),
                          _DESCRIBED_BEFORE.search(para.text, max(para.start, start - 60), start)):
                    if m:
                        self.described.setdefault(m.group("noun").lower(), set()).add(name)
        # relatives named in apposition: "her husband, Col,", "Mrs Ansell's daughter, Claire
        # Ansell-Moore," (kin noun -> names)
        self.kin: dict[str, set[str]] = {}
        self.ages: dict[str, str] = {}                  # "56" -> the full name given that age
        self.named: list[tuple[int, str]] = []          # (offset, full name) of people named outside quotes
        self.organisations_named: list[tuple[int, str]] = []  # (offset, name) of those named outside quotes
        for para in paragraphs:
            for tok in para.outside:
                # not the subject the parse hung on a noun ("saw Roe “interact”")
                if (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ != "acl"
                        and not (tok.head.pos_ == "NOUN" and tok.head.dep_ in ("dobj", "pobj"))) or (
                        # "Early laughed": "Early" read as an adverb -- also opening a sentence
                        # when it is a known surname ("Tully saw it differently.", "Tully, reached
                        # by phone, was unmoved.")
                        tok.head.i == tok.i + 1 and misread_subject(tok.head, para) is not None
                        or _surname_opening(tok, self.by_part)):
                    name = self.person_named(tok)
                    if name:
                        self.subjects.append((para.cs(tok), para.ce(tok), name, bool(para.quotes)))
                        self._gender_from_pronoun(tok, name, para)
                    elif (owner := next((c for c in tok.children if c.dep_ == "poss"), None)) is not None:
                        name = self.person_named(owner)  # "Ekdal's winner came late": Ekdal is talked of
                        if name:
                            self.subjects.append((para.cs(owner), para.ce(owner), name, bool(para.quotes)))
                elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.is_sent_start:
                    name = self.person_named(tok)  # "For Castaneda, the kits matter more": she is the topic
                    if name:
                        self.subjects.append((para.cs(tok), para.ce(tok), name, bool(para.quotes)))
                if _described_subject(tok) and self.person_named(tok) is None:
                    # "Another trader, who sells fish, was more philosophical": someone described,
                    # whom a "he" after may be (not "Another parent, Callum Fairweather,": named)
                    self.described_subjects.append((para.cs(tok), *para.char_span(mention_span(tok, para))))
                if tok.lower_ in _FAMILY and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an")
                                                 for c in tok.children):  # "survived by a son, Tobias Hale"
                    name = next((_kin_name(c) for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                    if name:
                        self.kin.setdefault(tok.lower_, set()).add(clean_name(name))
                if tok.dep_ == "nsubjpass" and tok.head.lemma_ in _ASKED:
                    asked = named_apposition(tok, tok.head) or tok  # "Lund's deputy, Erik Holm, was asked"
                    self.asked.append(Attribution("indirect", [para.char_span(tok.head.sent)],
                                                  block=para.block, source_root=asked,
                                                  source=para.char_span(mention_span(asked, para))))
                if tok.lemma_.lower() in _AUTHORED and (issue := _issue(tok, para)) is not None:
                    issuer = issue[0]
                    self.issuing.append((tok.lemma_.lower(), Attribution(
                        "indirect", [(para.cs(tok), para.ce(tok))], block=para.block, source_root=issuer,
                        source=issuer and para.char_span(mention_span(issuer, para)))))
            for ent in para.ents:
                # a person's name the NER called something else counts ("Midwife Hanna Koivisto" ORG)
                name = self.fullest(clean_name(ent.text), courtesy_gender(ent[0]))
                if name in self.people and para.quote_index(ent.root) is None:
                    self.named.append((para.cs(ent.root), name))
                elif _names_organisation(ent) and para.quote_index(ent.root) is None:
                    named = self.organisation_name(ent)
                    self.organisations_named.append((para.cs(ent.root), named))
                age = _AGE_AFTER.match(para.text, para.ce(ent[-1]))
                if age and (ent.label_ == "PERSON" or name in self.people):
                    self.ages.setdefault(age.group(1), name)
                    verb = next((t for t in para.tokens_starting(age.end(), para.end) if not t.is_space), None)
                    if (verb is not None and verb.pos_ in ("VERB", "AUX") and para.quote_index(ent.root) is None
                            and ent.root.dep_ not in ("nsubj", "nsubjpass")):
                        # "Downstream, in Vellemark, Joaquim Serrano, 67, has fished ...": the subject,
                        # whatever the parse hung the name on
                        self.subjects.append((para.cs(ent.root), para.ce(ent.root), name, bool(para.quotes)))
        self.subjects.sort()
        self.ledes: dict[int, str] = {}  # offset of a role the story opens on -> the full name
        self._lede_role(paragraphs)

    def _lede_role(self, paragraphs: list[Paragraph]) -> None:
        """"The chief executive of Northmoor Rail apologised ... ¶ Graham Pettifer told the committee
        ...", "A High Court judge ruled ... ¶ Mr Justice Aldous Penhallow found ...": a story that
        opens on someone's role names them in the next paragraph. The first subject of the
        paragraph after the first role that is a subject ("the chief executive"), if the article
        names no one before them, holds it: "the chief executive" as their title if they have none;
        the role, "a judge" too, if it fits the title they have. A role such as "a judge" that is a
        subject in the first paragraphs is also the one person the article gives a title it fits
        ("Judge Rosalind Tewkes", paragraphs on). Those roles are then theirs (``ledes``)."""
        roles = [(para, tok) for para in paragraphs for tok in para.outside
                 if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and _is_role(tok)
                 and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)]
        for n, (para, tok) in enumerate(roles):
            k = paragraphs.index(para)
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            if k > 2 or definite and n > 0:
                break  # past the headline, a stray line and the lede; "the" role only the first
            person = self._named_next(para, tok, paragraphs) if n == 0 else None
            holders = self.people_with_title(tok.lemma_.lower())
            if person is not None and not person.titles and definite:
                person.titles.append(LEADING_DETERMINER.sub("", " ".join(para.text[slice(*para.char_span(
                    mention_span(tok, para)))].split())))
            elif person is None or person.name not in holders:
                if definite or len(holders) != 1 or tok.lemma_.lower() in _ANYONE_BY_SEX:
                    continue
                person = self.people[next(iter(holders))]
            self.ledes[para.cs(tok)] = person.name

    def _named_next(self, para: Paragraph, tok: Token, paragraphs: list[Paragraph]) -> Person | None:
        """The first subject of the paragraph after ``para``, if it is the first person the
        article names after ``tok``'s paragraph began."""
        at, k = para.cs(tok), paragraphs.index(para)
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        later = [(pos, name) for pos, _, name, _ in self.subjects if pos > at]
        if (nxt is None or not later or not nxt.start <= later[0][0] < nxt.end
                or any(pos < later[0][0] for pos, _ in self.named)):
            return None
        return self.people.get(later[0][1])

    def person_named(self, tok: Token) -> str | None:
        """The person a subject's head word names, by the fullest name the article gives: a
        person entity, a role with the name in apposition ("Its chairman, Ragnar Vik,"), or a
        proper noun that is a known person's name whatever the NER said."""
        if self.outlet_before(tok) is not None:
            return self.fullest(tok.text)  # "told RIA Novosti Peskov"
        ent = entity_at(tok)
        if ent is not None and ent.label_ == "PERSON" and ent.root == tok:
            if len(ent) == 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                return None  # "the Coastal Links Bill": a thing's name ending in a given name
            name = clean_name(ent.text)
            if " " not in name and name.lower() not in self.by_part and any(
                    o.startswith(name + " ") for o in self.organisations):
                return None  # "Dunmore threw everything at them": the side "Dunmore Rovers", not a person
            return (self.fullest(name, courtesy_gender(ent[0]))
                    if name and not organisational(name) and not _no_ones_name(name.split()) else None)
        named = appositive_name(tok) or closing_name(tok)
        if named is not None:
            return self.fullest(clean_name(named.text))
        if tok.pos_ != "PROPN":  # "Fields was not persuaded": a known surname, whatever the tagger says
            name = self.fullest(tok.text) if tok.text[:1].isupper() else None
            return name if name in self.people else None
        span = _name_span(tok)
        if span is None and word_start(tok.doc, tok.i) < tok.i:  # "Okafor-Trent" parsed as two subjects
            span = tok.doc[word_start(tok.doc, tok.i):tok.i + 1]
        first = span[0] if span is not None else tok
        name = self.fullest(clean_name(span.text if span is not None else tok.text), courtesy_gender(first))
        return name if name in self.people or _aged(tok) else None

    def outlet_before(self, surname: Token) -> Span | None:
        """"told RIA Novosti Peskov", "said for the daily Vecerni Hlas Vrabec": a translation's word
        order runs the outlet told into the speaker's surname, and the parse and the NER make one
        name of them. The outlet ("the daily Vecerni Hlas"), where ``surname`` is the surname of
        one person the article has named in full, the proper nouns before it hold no given name
        nor word of that person's name, and they follow a verb of telling (an English speaker
        comes after "said", not "told"), "for"/"to" or a media noun; else None."""
        if surname.lower_ not in self.by_part or surname.i == 0:
            return None
        doc = surname.doc
        start = surname.i
        while start > 0:
            prev = doc[start - 1]
            if prev.head.i == surname.i and (prev.dep_ == "compound" and prev.pos_ == "PROPN"
                                             or prev.dep_ in ("det", "amod") and start < surname.i):
                start -= 1
            elif start < surname.i and start >= 2 and joins_words(prev) and doc[start - 2].pos_ == "PROPN":
                start -= 2  # "the agency Ekspress-Novosti Vorontsev"
            else:
                break
        if surname.dep_ == "appos" and surname.head.i == start - 1 and surname.head.pos_ == "PROPN":
            start = surname.head.left_edge.i  # "the daily Vecerni Hlas Vrabec": "Vrabec" set beside "Vecerni"
        names = [t for t in doc[start:surname.i] if t.pos_ == "PROPN"]
        if not names:
            return None
        glued = doc[names[0].i:surname.i + 1].text
        known = {n for n in self.by_part.get(surname.lower_, ()) if n.split()[-1] == surname.text and glued not in n}
        if len(known) != 1:
            return None
        words = set(next(iter(known)).split())
        if any(is_given_name(t.text) or t.text in words or t.lower_.rstrip(".") in TITLE_WORDS
               or t.lower_ in PERSON_NOUNS for t in names):  # not "Spokesman Peskov"
            return None
        before = doc[start - 1] if start > 0 else None
        media = any(t.lower_ in MEDIA_NOUNS or t.lower_ in ("daily", "weekly")
                    for t in doc[max(start - 1, 0):surname.i])
        if not (media or before is not None and (before.lower_ in ("for", "to") and before.pos_ == "ADP"
                                                 or before.pos_ == "VERB" and before.lemma_ in TELL)):
            return None  # not "said Freddy Ortega", the brother of a German Ortega
        return doc[start:surname.i]

    def _index(self, name: str, parts) -> None:
        """Index a full name by its surname, given name (and nickname) for ``fullest``."""
        for part in parts:
            names = self.by_part.setdefault(part.lower(), [])
            if name not in names:
                names.append(name)

    def _add_person(self, ent: Span, para: Paragraph) -> None:
        name = clean_name(ent.text)
        if (not name or not name[0].isupper() or organisational(name) or _only_title(name)
                or self.outlet_before(ent[-1]) is not None):
            return
        words = name.split()
        if _no_ones_name(words) or named_organisation(ent):
            return
        if len(words) >= 3 and _SUFFIX.match(words[-1]):
            words = words[:-1]
        if len(words) >= 2:
            person = self.people.setdefault(name, Person(name))
            last = name.split()[-1]
            if (para.start > self.paragraph_spans[0][0] and last.isalpha() and not _SUFFIX.match(last)
                    and not _title_cased(ent.sent)):
                self.past_headline.add(name)
            if (len(words) <= 4 and not name.isupper()
                    and all(t.pos_ == "PROPN" for t in ent if t.is_alpha and not _COURTESY.match(t.text))):
                self.proper.add(name)  # not "DONALD TRUMP", not a headline "Clinton Slams Donald Trump"
            # and by a surname before the last ("Fernández" of "Ernesto Fernández Lago", "Albarrán"
            # of "Mercedes Albarrán Ocaña", "Villagrán" of "Tomás Villagrán Ruiz-Medina"): a word no
            # list of given names holds (not "Ann" of "Mary Ann Smith")
            given = 2 if len(words) == 4 and is_given_name(words[1]) else 1  # "María Jesús Arnau Ibarra"
            middle = [words[given]] if (len(words) == given + 2
                                        and all(w.replace("-", "").isalpha() and w[0].isupper() for w in words)
                                        and words[0].lower() not in STOP_WORDS  # not a headline's "The Gap Goes"
                                        and not is_given_name(words[given])) else []
            self._index(name, (words[-1], words[0], *middle))
        else:
            person = None
        gender = courtesy_gender(ent[0])
        target = person or self.people.get(self.fullest(name, gender))
        if gender and target is not None:  # "Mr. Obama", "Ms. Ode"
            target.courtesies.append(gender)
        if para.quote_index(ent.root) is None:
            role = _ROLE_TITLE.match(ent.text)
            if role is None and _role_before_given_name(ent.text.split()):
                role = re.match(r"\S+", ent.text)  # "Spokeswoman Ingrid Salo" as one person
            if role:  # "Deputy" before the entity "Mayor Grace Church" is part of the role
                lead = ent.start
                while (lead > 0 and ent.doc[lead - 1].dep_ == "compound"  # "Foreign Ministry"
                       and lead <= ent.doc[lead - 1].head.i < ent.end):
                    lead -= 1
                role = (ent.doc[lead:ent.start].text + " " + role.group()).strip()
            # "Chief" before "Constable Harriet Boyce": part of the role; "police colonel Gennady
            # Voloshin", where the parse made the role the name's head
            written = title_of(ent.root, ent) or _role_run_before(ent)
            title = _closing_title(ent) or (role if role and (written is None or written in role) else written)
            if title and target is not None and title not in target.titles:
                target.titles.append(title)
                # "The jury president, the Swedish director Sigrid Almqvist,": the role she is named for too
                # (or "... president, the Swedish director, Sigrid Almqvist,", one apposition in another)
                named_as = ent.root.head if _apposed(ent.root) else None
                inner = named_as is not None and named_as.dep_ == "appos" and _is_role(named_as)
                if (named_as is not None and para.quote_index(named_as) is None  # not '“Mr. President,” Roe'
                        and _is_role(named_as.head if inner else named_as)
                        and (outer := _appositive_title(named_as if inner else ent.root)) and outer not in target.titles):
                    target.titles.append(outer)
            if target is not None and (counsel := _counsel(ent, para)) and counsel not in target.titles:
                target.titles.append(counsel)  # "Catherine Abara KC, prosecuting": "the prosecutor"
            if target is not None and (done := _role_done(ent.root)) and done not in target.titles:
                target.titles.append(done)  # "Councillor Ann Roe, who chairs the planning committee": its chair
            for t in ent.doc[max(ent.start - 1, 0):ent.start + 1]:  # "Dr. Kwame Asante-Ridley": "the doctor"
                office = _OFFICE_BEFORE_NAME.get(t.lower_.rstrip("."))  # "Cllr Priya Randhawa": "the councillor"
                if target is not None and office and t.text[:1].isupper() and office not in target.titles:
                    target.titles.append(office)

    def _gender_from_pronoun(self, subject: Token, name: str, para: Paragraph) -> None:
        """A gendered pronoun after a person subject in its clause, before anyone else is named,
        that can only be theirs: a possessive of their verb's ("McDowell laughs at his mom"), a
        reflexive, or the subject of what they say or think ("Holt said she")."""
        person = self.people.get(name)
        if person is None:
            return
        verb = subject.head
        tok = _pronoun_after(subject, para)
        if tok is not None and (tok.tag_ == "PRP$" or tok.lower_.endswith("self") or tok.dep_ == "nsubj"
                                and tok.head.head == verb and tok.head.dep_ == "ccomp" and verb.lemma_ in _DECLARE):
            person.genders.append(PRONOUN_GENDER[tok.lower_])

    def gender(self, name: str) -> str | None:
        """"m" or "f": what the person's courtesy titles say ("Mrs."), else what their given name
        says ("Beth Meacham"), else their roles ("spokesman"; a role can be misread from a clause
        about someone else: "Dorothy Woods, whose husband"), else the pronouns that can only be theirs
        (weaker: "Clinton said she" may be about someone else); None where none of these decides.
        Of one described, not named, what the description's head word says ("a spokeswoman"); of
        a relative named by a given name alone, their relation ("her husband, Darnell,")."""
        person = self.people.get(name)
        if person is None:  # a speaker described, not named: "a spokesman for the singer"
            if name and not name[:1].isupper():
                return _title_gender(name)
            return majority([g for noun, names in self.kin.items() if name in names
                             and (g := _WORD_GENDER.get(noun))]) if name else None
        words = name.split()
        return (majority(person.courtesies)
                or (given_gender(words[0]) if len(words) > 1 else None)
                or majority([g for t in person.titles if (g := _title_gender(t))])
                or majority(person.genders))

    def fullest(self, name: str, gender: str | None = None) -> str:
        """The fullest form of a person's name in the article: "Rheinvald" -> "Tomas Rheinvald";
        ``gender`` is what a courtesy title before it says ("Mrs. Clinton")."""
        words = name.split()
        if not words:
            return name
        if len(words) >= 2:
            # case aside: "Van Rensburg" opening a sentence is "Pieter van Rensburg"
            longer = [n for n in self.by_part.get(words[-1].lower(), ())
                      if n.lower().endswith(name.lower()) and n.lower() != name.lower()]
            if not longer and len(words) >= 2:  # "María Jesús Carbonell" of "María Jesús Carbonell
                # Ibarra", "Renata Fialho" of "Renata Fialho Cordeiro": a second surname (not "Ted
                # Cruz" of a headline's "Ted Cruz Apologizes": a name given past the headline)
                longer = [n for n in self.by_part.get(words[0].lower(), ())
                          if n.startswith(name + " ") and len(n.split()) == len(words) + 1
                          and (len(words) >= 3 or n in self.past_headline)]
                if not longer and len(words) == 2:
                    return self._with_middle_name(name)
            return max(longer, key=len) if len(longer) == 1 else name
        part = words[0].lower()
        named = self.by_part.get(part, [])
        if not named:
            return self._given_name_before(name)
        bearers = [c for c in named if c.split()[-1].lower() == part]  # of the surname, else the given name
        cands = bearers or named
        longest = max(cands, key=len, default=name)
        if all(longest.startswith(c.split()[0]) for c in cands):  # one person: "Josh"/"Joshua Apte"
            return self.fullest(longest) if len(longest.split()) >= 2 else longest  # and a second surname
        if not bearers:
            return name  # a given name two people share ("John"): journalists do not write it alone
        # a surname several people share: the first of them the article names, of the gender a
        # courtesy title or the pronouns after the bare surname give ("Trump" in a story on Donald
        # Trump that names his son Eric Trump in full; "Mrs. Clinton" after Bill Clinton)
        cands = [c for c in bearers if c in self.proper]
        gender = gender or majority(self.surname_genders.get(part, []))
        if gender is not None:  # "Mr. Khan": the first man among them, else the one of no known gender
            same = [c for c in cands if self.gender(c) == gender]
            unknown = [c for c in cands if self.gender(c) is None]
            found = same[0] if same else unknown[0] if len(unknown) == 1 else None
        else:
            found = cands[0] if cands else None
        return self._with_middle_name(found) if found and len(found.split()) == 2 else found or name

    def _given_name_before(self, surname: str) -> str:
        """A surname no one the article's paragraphs name has, with the one given name written
        before it anywhere in the article, such as a photo caption the paragraphs leave out
        ("Rovers captain Ingrid Solheim-Vance lifts the cup"); else ``surname``."""
        if not surname[:1].isupper():
            return surname
        if surname not in self._given_before:
            given = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w’'-]+) {re.escape(surname)}\b", self.text)
                     if is_given_name(m.group(1))}
            self._given_before[surname] = f"{given.pop()} {surname}" if len(given) == 1 else surname
        return self._given_before[surname]

    def completed(self, name: str) -> bool:
        """Whether ``name`` is a surname's full name that only the article's text gave
        (``_given_name_before``), no person the paragraphs name."""
        return name in self._given_before.values() and name not in self._given_before

    def _with_middle_name(self, name: str) -> str:
        """"Rosalind Quarrie" as the one name the article gives in full with a middle name
        ("Rosalind Margaret Quarrie", "Donald J. Trump"); else ``name``."""
        first, last = name.split()
        longer = {n for n in self.by_part.get(last.lower(), ())
                  if len(words := n.split()) == 3 and words[0] == first and words[2] == last}
        return next(iter(longer)) if len(longer) == 1 else name

    def unsure_name(self, surname: str) -> str | None:
        """The one name of two or three words ending in ``surname`` that the NER did not call a
        person, if exactly one."""
        names = self.unsure.get(surname.lower(), set())
        return next(iter(names)) if len(names) == 1 else None

    def title_for(self, root: Token, ent: Span | None, name: str) -> str | None:
        """The title written at this mention, else the first one the article gives ``name``."""
        return title_of(root, ent) or first_title(self.titles(name))

    def titles(self, name: str) -> list[str]:
        person = self.people.get(name)
        return person.titles if person else []

    def aged(self, age: str | None) -> str | None:
        """The person given ``age`` ("56"), or with None the one teenager the article gives an age."""
        if age is not None:
            return self.ages.get(age)
        teens = {name for a, name in self.ages.items() if 13 <= int(a) <= 19}
        return teens.pop() if len(teens) == 1 else None

    def people_with_title(self, head: str, phrase: str = "", affiliated: bool = False,
                          ranked: bool = True) -> set[str]:
        """The people with a title headed by ``head`` ("spokesman", "governor of Ohio") that
        fits the words ``phrase`` puts before it: a common word must be in the title ("deputy
        mayor", not "mayor"), and a title's "deputy", "vice", "former" in the phrase ("the mayor"
        is no deputy mayor); an affiliation must not contradict one ("the GOP front-runner" is no
        "Democratic front-runner"; "the Valemont coach" may be a "coach", unless ``affiliated``:
        the title must then name it, as a place its adjective names: "Zarvanian" for "Zarvania").
        Not ``ranked``: a deputy counts as what the phrase names ("the minister" of the one deputy
        minister; never a vice or former one)."""
        words = re.findall(r"[A-Za-z]+", phrase)
        lower = [w.lower() for w in words]
        before = lower.index(head) if head in lower else 0
        pre = [w for w in words[:before] if w.lower() not in _FUNCTION_WORDS]
        titular = [w.islower() or w.lower() in TITLE_WORDS or w.lower() in _TITLE_MODIFIERS for w in pre]
        common = [_ABBREVIATED.get(w.lower(), w.lower()) for w, t in zip(pre, titular)
                  if t and w.lower() not in _DESCRIBING_HOLDER]  # "the outgoing mayor" is the mayor
        proper = [w.lower() for w, t in zip(pre, titular) if not t]
        # "the Rovers coach" is the "Dunmore head coach": words of one organisation's name
        names = [set(o.lower().split()) for o in self.organisations] if proper else []
        same = lambda w, h: _same_place(w, h) or any(w in name and h in name for name in names)

        def fits(title: str) -> bool:
            have = _title_words(title)
            have += [_WORD_FORMS[w] for w in have if w in _WORD_FORMS]  # "finance chief"
            return (head in _title_heads(title) and all(w in have for w in common)
                    # a mayor is no deputy mayor (but "the deputy" may be "Deputy of the Assembly")
                    and all(w in common for w in have if w in _TITLE_MODIFIERS and w != head
                            and (ranked or w != "deputy"))
                    and (all(any(same(w, h) for h in have) for w in proper)
                         or not affiliated and not _affiliated(title)))

        # by the fullest name: "María Jesús Carbonell" of a caption is "María Jesús Carbonell Ibarra"
        return {self.fullest(n) for n, p in self.people.items() if any(fits(t) for t in p.titles)}

    def organisation_called(self, noun: str, before: int) -> str | None:
        """The one organisation the article names whose name ``noun`` heads ("the college" ->
        "Royal College of Nursing"), if exactly one -- or exactly one named before ``before``
        ("the bank" after "the Central Bank of Vestria", though a "Nordmark Bank" comes later)."""
        if noun in ("company", "firm", "group", "house"):  # ends too many names ("Fast Company")
            return None
        called = {o for o in self.organisations if _headed_by(o.lower().split(), noun)}
        if len(called) > 1:
            called &= {name for pos, name in self.organisations_named if pos < before}
        return _one(called)

    def one_business(self, before: int) -> str | None:
        """What "the company" means where nothing else tells: the one company (by its name's last
        word: "Hoshizora Motor Corporation") the article names before ``before``, if exactly one."""
        return _one({POSSESSIVE.sub("", name) for pos, name in self.organisations_named
                     if pos < before and business_name(name)})

    def organisation_described_as(self, noun: str, before: int) -> str | None:
        """The one organisation the article describes as a ``noun`` ("the company": "Kestrel
        Cloud, the data-storage company"), if exactly one, and no other organisation was named
        between its last mention and ``before`` (the article may have moved on to another)."""
        names = self.described.get(noun) or (  # "the company": "Halvard Line, the container shipping group"
            set().union(*(self.described.get(n, set()) for n in _COMPANY_NOUNS)) if noun in _COMPANY_NOUNS else set())
        name = next(iter(names)) if len(names) == 1 else None
        seen = self.text.rfind(name, 0, before) if name else -1
        if seen < 0 or any(other not in name and name not in other and not _another_kind(other, noun)
                           for _, other in self.organisations_between(seen + 1, before)):
            return None
        return name

    def relative(self, noun: str) -> str | None:
        """The one ``noun`` ("husband", "daughter") the article names, by the fullest name it gives."""
        names = {self.fullest(n) for n in self.kin.get(noun, ())}
        return next(iter(names)) if len(names) == 1 else None

    def organisation_fullest(self, name: str) -> str:
        """An organisation by the fullest name the article gives it: "Kestrel" -> "Kestrel Labs"
        (the one longer name it begins), "the Post" -> "the Washington Post" (or ends, after "the",
        or as a club's short name does: "Athletic" -> "Porthaven Athletic"); else ``name``. Not a
        person's name ("Trump", not "Trump Train")."""
        words = LEADING_DETERMINER.sub("", name).split()
        if len(words) == 1 and words[0] in self.acronyms:  # "UARS": "Union of Academic and Related Staff"
            return self.acronyms[words[0]]
        if (whole := self.whole_name(name)) != name:
            return whole
        if (not words or not all(w[:1].isupper() for w in words) or words[0].lower() in ORG_HEADS
                or any(w.lower() in self.by_part or w.lower() in self.not_organisations for w in words)):
            return name
        n, the = len(words), name.lower().startswith("the ")
        longer = {o for o in self.organisations if n < len(o.split()) <= n + 3 and re.fullmatch(r"[\w.&' ]+", o)
                  and (o.split()[:n] == words and o.split()[-1].lower() in _DESIGNATORS
                       or (the or words[0].lower() in _CLUB_ENDS) and n == 1 and o.split()[-1] == words[0])}
        full = _one(longer)
        return name if full is None else "the " + full if the else full

    def organisation_name(self, ent: Span) -> str:
        """An entity's words as an organisation's name: with the first of the places it serves
        (``places_and``), no leading "the", nor an acronym's open bracket the NER ran on into
        ("Central Bank of Velmora (CBRV"), and whole where the NER cut it (``whole_name``)."""
        name = OPEN_BRACKET.sub("", " ".join(places_and(ent).text.split()))
        return self.whole_name(LEADING_DETERMINER.sub("", name))

    def whole_name(self, name: str) -> str:
        """The name an acronym stands for, of which ``name`` is the start or the end, as the NER
        cuts one at "and" ("Aviation Staff Union" or "the Cabin Crew" of "the Cabin Crew and
        Aviation Staff Union (CCASU)"), if exactly one; else ``name``."""
        words = LEADING_DETERMINER.sub("", name).split()
        n = len(words)
        if n < 2:
            return name
        return _one({full for full in self.acronyms.values() if len(parts := full.split()) > n
                     and words in (parts[:n], parts[-n:])}) or name

    def organisation_of_kind(self, noun: str, before: int, words: list[str] = ()) -> str | None:
        """What "the club", "the union", "the force", "the airline" or "the trust" means: the one
        organisation named before ``before`` whose name ends as that kind's do ("Kestwick
        Athletic", "Port Aldren Police", "Corvane Air") or in the noun itself ("North Wrenfield
        Hospitals NHS Foundation Trust"), or that the noun heads ("the museum": "Northgate Museum
        of Anthropology"), and holds ``words`` ("the fire service": "Ashmoor and Vale Fire and
        Rescue Service"), if exactly one, or the one named more often than the others. Not "the
        company", "the group": most companies go by a name with no such word ("Twitter"), and
        "Group" ends many."""
        ends = ORG_KINDS.get(noun, ())
        if not ends:
            return None
        def fits(name: str) -> bool:
            low = [POSSESSIVE.sub("", w) for w in name.lower().split()]  # "Marrow County Sheriff's Office"
            return (low[-1] in ends or noun in ends and _headed_by(low, noun)) and all(w in low for w in words)
        named = {POSSESSIVE.sub("", name) for pos, name in self.organisations_named
                 if pos < before and name[:1].isupper()}  # a name, not "the national athletics federation"
        found = {name for name in named if fits(name)}  # "Supreme Court's" is the Supreme Court
        if not found and noun not in _LOOSE_KINDS:  # a name the NER missed: "the bank's Monetary Policy
            # Committee", "Harrowmere Television" (not of a kind whose names end in common words: "Salt Lake City")
            found = {run for pos, run in self._runs_ending(noun, ends) if pos < before and fits(run)}
        found = _distinct(found)
        if len(found) > 1:  # "Redcastle Athletic sack manager" ¶ "Redcastle Athletic dismissed ... after a
            # defeat at Eastfield Rovers": the one named most (by any form of its name), what the article is about
            times = Counter(full for pos, name in self.organisations_named if pos < before
                            for full in found if POSSESSIVE.sub("", name) in (full, full.split()[-1]))
            most = max(times[name] for name in found)
            found = {name for name in found if times[name] == most}
        return _one(found)

    def _runs_ending(self, noun: str, ends) -> list[tuple[int, str]]:
        """(offset, words) of each run of capitalised words in the article ending in one of
        ``ends`` ("Global Anti-Doping Authority" of "The Global Anti-Doping Authority"), found once
        per kind."""
        if noun not in self._kind_runs:
            last = "|".join(w.capitalize() for w in ends)
            self._kind_runs[noun] = []
            for m in re.finditer(rf"\b((?:[A-Z][\w’'-]+ ){{1,4}}(?:{last}))\b", self.text):
                words = m.group(1).split()
                # from the last small word: "Transport Authority" of a headline's "Cuts Approved By
                # Transport Authority", "Global Anti-Doping Authority" of "The Global ..."
                cut = max((k + 1 for k, w in enumerate(words) if w.lower() in STOP_WORDS), default=0)
                if len(words) - cut >= 2:
                    self._kind_runs[noun].append((m.start(), " ".join(words[cut:])))
        return self._kind_runs[noun]

    def organisation_described(self, words: list[str]) -> str | None:
        """The one organisation the article names with every word of a description in its name
        ("production" -> "Dick Clark Productions"), if exactly one."""
        if not words:
            return None
        def has(name: str, word: str) -> bool:
            return any(w == word or w == word + "s" for w in name.lower().split())
        return _one({o for o in self.organisations if all(has(o, w) for w in words)})

    def subjects_before(self, before: int, para_start: int) -> list[tuple[int, str]]:
        """The people who were clause subjects before ``before``, latest first: in the same
        paragraph, or in a narrative paragraph (one without quotes) before it. A clause that
        completes a noun ("the perception that Lund is careless") does not count: its subject
        is talked of."""
        return [(pos, name) for pos, _, name, quoting in reversed(self.subjects)
                if pos < before and (pos >= para_start or not quoting)]

    def described_between(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The ``described_subjects`` at offsets in [start, end)."""
        subjects = self.described_subjects
        return subjects[bisect_left(subjects, (start,)):bisect_left(subjects, (end,))]

    def organisation_named_next(self, noun: str, at: int) -> str | None:
        """What "the largest classroom union" of a lede means (where none of its kind was named
        before): the first organisation named after it, in its paragraph or the next, if that is
        of its kind ("... the Northern Federation of Teachers")."""
        k = next((i for i, (s, e) in enumerate(self.paragraph_spans) if s <= at < e), None)
        if k is None or k > 3 or k + 1 >= len(self.paragraph_spans):
            return None  # past the headline, a stray line and the lede
        named = self.organisations_between(at + 1, self.paragraph_spans[k + 1][1])
        kinds = set(ORG_KINDS.get(noun, ())) | {noun}
        return self.organisation_fullest(named[0][1]) if named and kinds & set(named[0][1].lower().split()) else None

    def organisations_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The ``organisations_named`` at offsets in [start, end)."""
        named = self.organisations_named
        return named[bisect_left(named, (start,)):bisect_left(named, (end,))]

    def asked_between(self, after: int, before: int) -> Attribution | None:
        """The last one asked ("Roe was asked whether ...") in a sentence within [after, before)."""
        return next((a for a in reversed(self.asked) if after <= a.start and a.end <= before), None)

    def last_subject(self, name: str, after: int, before: int) -> tuple[int, int] | None:
        """The span of the last mention of ``name`` as a clause's subject in [after, before)."""
        return next(((pos, end) for pos, end, who, _ in reversed(self.subjects)
                     if after <= pos < before and who == name), None)


OPEN_BRACKET = re.compile(r"\s*\([^)]*$")  # an acronym's bracket the NER ran on into: "... of Velmora (CBRV"
_ANYONE_BY_SEX = {"woman", "man", "girl", "boy", "person"}  # "a woman": no title anyone holds


def _role_run_before(ent: Span) -> str | None:
    """The words right before a name that end in a role ("police colonel", "Republican
    presidential nominee"), up to four, not across punctuation, a determiner or a name."""
    doc, k = ent.doc, ent.start - 1
    if k < 0 or not (doc[k].is_lower and doc[k].is_alpha and role_word(doc[k].text)):
        return None  # the role's own word, whatever the tagger made of it ("colonel" as a verb)
    while (k > max(ent.start - 4, 0) and doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN")
           and doc[k - 1].ent_type_ != "PERSON"):
        k -= 1
    return doc[k:ent.start].text


def _opening_participle(tok: Token) -> bool:
    """"Mitigating, Priya Dunmore said": a participle opening the sentence, set off by a comma,
    which the parse took for the subject the name after it is in apposition to."""
    return (tok.i == tok.sent.start and tok.lower_.endswith("ing") and not tok.ent_type_
            and tok.i + 1 < len(tok.doc) and tok.nbor().text == ",")


def _surname_opening(tok: Token, surnames: dict[str, list[str]]) -> bool:
    """A known surname opening a sentence that the parse read as an adverb of its verb, a verb
    with no subject of its own ("Tully saw it differently.", "Tully, reached by phone, was
    unmoved."), or as an adjective of a verb it took for a noun ("Vesey professes not to care")."""
    return (tok.dep_ in ("advmod", "amod") and tok.lower_ in surnames and tok.text[:1].isupper() and tok.is_sent_start
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children))


def _one(names: set[str]) -> str | None:
    """The one organisation among ``names`` (see ``_distinct``)."""
    names = _distinct(names)
    return names.pop() if len(names) == 1 else None


def _distinct(names: set[str]) -> set[str]:
    """The organisations among ``names``, a longer form of a name counted as that name
    ("Hillary Clinton Foundation", "Clinton Foundation"), and a name without its legal form as
    the name with it ("Hoshizora Motor", "Hoshizora Motor Corporation")."""
    names = {n for n in names if " " in n}  # "Department" alone names nothing
    names = {n for n in names if not any(n != m and n.endswith(" " + m) for m in names)}
    return {n for n in names if not any(m.startswith(n + " ") and m.split()[-1].lower().strip(".") in _LEGAL_FORMS
                                        and len(m.split()) == len(n.split()) + 1 for m in names)}


def _another_kind(name: str, noun: str) -> bool:
    """Whether an organisation's name says it is a public body no one would call a ``noun``
    ("the Supreme Administrative Court" is not "the company")."""
    last = name.split(" of ")[0].split()[-1].lower()  # "High Court of Veland"
    return last in _PUBLIC_BODIES and last != noun


def _headed_by(words: list[str], noun: str) -> bool:
    """Whether a name of a few words has ``noun`` as its head: "royal college of nursing",
    "st. paul city council", "central bank of the republic of tessaria"; not "college avenue",
    not a headline taken for a name ("Suspect Named By Police")."""
    return any(w == noun and (i == len(words) - 1 and len(words) <= 6
                              or i < len(words) - 1 and words[i + 1] in ("of", "for") and len(words) <= 8)
               for i, w in enumerate(words))


def _only_title(name: str) -> bool:
    """ "Deputy Mayor", "Prime Minister": a title the parse took for a name."""
    return all(w.lower().rstrip(".") in TITLE_WORDS or w.lower() in _TITLE_MODIFIERS for w in name.split())


def _role_just_before(ent: Span) -> bool:
    """A lower-case word for a person right before a name, modifying it: "headteacher Oluwaseun
    Adeyemi-Clarke" (the NER calling the name an organisation's)."""
    if ent.start == 0:
        return False
    role = ent.doc[ent.start - 1]
    return (role.is_lower and role.dep_ in ("compound", "amod", "nmod") and ent.start <= role.head.i < ent.end
            and _known_role(role.lower_))


def _person_after_all(words: list[str], label: str, alone: set[str]) -> bool:
    """Whether a name the NER took for an organisation or a place is a person's: its surname is
    a person on its own elsewhere ("Mason Rudolph" ORG, "Rudolph" PERSON) and it starts with a
    given name or was called an organisation ("Kate York" GPE, not "New York"); or it starts with
    a given name that is a person on its own ("Rose-Lynn Harlan" ORG, "Rose-Lynn" PERSON)."""
    if words[0].lower() in TITLE_WORDS or words[0].lower() in PERSON_NOUNS:
        return False  # "Spokeswoman Haley Morris": the title is not part of the name
    given = is_given_name(words[0])
    if words[-1] in alone or len(words) == 3 and words[1] in alone:  # or its first of two surnames
        return given or label == "ORG"  # ("Mercedes Albarrán Quiroga" ORG, "Albarrán" PERSON)
    return given and words[0] in alone


def _described_subject(tok: Token) -> bool:
    """Whether ``tok`` is someone described, not named, who is what a sentence is about: the
    subject of its main verb, said as fact ("One spectator shook his head"), not a generic one ("a
    president can ...") nor someone in what another says ("Roe said a boss invited her")."""
    verb = tok.head
    one_of = tok.lower_ == "one" and any(  # "One of the engineers on site, who ..., was more cautious"
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and is_person_noun(o) for o in c.children)
        for c in tok.children)
    return (tok.dep_ == "nsubj" and verb.dep_ == "ROOT"
            and (one_of or tok.pos_ == "NOUN" and is_person_noun(tok)
                 and any(c.dep_ in ("det", "nummod") and c.lower_ in SOMEONE for c in tok.children))
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
            and not any(t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ == "PROPN" or t.tag_ == "PRP")
                        and not tok.left_edge.i <= t.i <= tok.right_edge.i  # not in "One guard, who said he ..."
                        for t in tok.sent))


def _aged(tok: Token) -> bool:
    """A name with an age after it ("Marta, 67, who ..."), whatever the NER made of it."""
    doc = tok.doc
    return (tok.i + 3 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].like_num
            and doc[tok.i + 3].text == "," and tok.text[:1].isupper())


def _counsel(ent: Span, para: Paragraph) -> str | None:
    """What a court report calls a King's (or Queen's, or Senior) Counsel: "the prosecutor" in the
    sentence that has them prosecuting ("Ann Roe KC, prosecuting", "for the Crown"), else "the
    barrister"; None for a name without the letters."""
    if not (_POSTNOMINAL_COUNSEL.search(ent.text) or _POSTNOMINAL_COUNSEL.match(para.text, para.ce(ent[-1]))):
        return None
    sentence = ent.sent.text.lower()
    return "prosecutor" if any(w in sentence for w in _PROSECUTING) else "barrister"


_POSTNOMINAL_COUNSEL = re.compile(rf"\s*\b(?:{_COUNSEL_LETTERS})\b")
_PROSECUTING = ("prosecuting", "for the crown", "for the prosecution", "prosecution's", "crown's case")


def _given_left_out(surname: Token, para: Paragraph) -> Span | None:
    """"PORT ALDER - Adaeze Okafor had spent ...": the capitalised word before a surname the NER
    found alone elsewhere ("Okafor"), as the full form of the name -- two words, not a place's
    ("Port Merritt Cormorants"), a role's ("Coach Okafor"), nor a sentence's opening word but for
    the name of its subject ("Amelize Joseph loves ...", not "Outside Carrier's plant")."""
    before = surname.doc[surname.i - 1] if surname.i > 0 else None
    if (before is None or surname.pos_ != "PROPN" or before.dep_ != "compound" or before.head.i != surname.i
            or before.pos_ != "PROPN" or not before.text[:1].isupper() or before.text.isupper()
            or before.is_sent_start and surname.dep_ not in ("nsubj", "nsubjpass")  # not "Outside Carrier's plant"
            or before.ent_type_ not in ("", "PERSON") or before.lower_ in _PLACE_WORDS
            or role_word(before.text) or para.cs(before) < para.words_start):
        return None
    first = surname.doc[before.i - 1] if before.i > 0 else None
    if first is not None and first.dep_ == "compound" and first.pos_ == "PROPN":
        return None
    return surname.doc[before.i:surname.i + 1]


def _name_at_end(ent: Span) -> Span:
    """The name that ends an entity the NER ran on from a place or an office: what follows its
    last comma or dash ("Brackwater, Anselm Greaver" as one ORG, a dateline's "CALDERBROOK -
    Declan Moorhouse"), or a given name and a surname after
    another proper noun ("the foreign ministry of Zarvania Lidia Markova" as one ORG); else the
    entity."""
    comma = max((t.i for t in ent if t.text in (",", "—", "–") or t.text == "-" and t.whitespace_), default=None)
    if comma is not None and comma + 1 < ent.end:
        return Span(ent.doc, comma + 1, ent.end, label=ent.label_)
    for k in range(max(ent.start + 1, ent.end - 3), ent.end - 1):
        tail = ent.doc[k:ent.end]
        before = ent.doc[k - 1]  # not "San" of "The San Francisco Chronicle"
        if (is_given_name(tail[0].text) and before.pos_ == "PROPN" and not is_given_name(before.text)
                and before.lower_ not in _PLACE_WORDS
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail)):
            return Span(ent.doc, k, ent.end, label=ent.label_)
    return ent


def _closing_part(ent: Span) -> Span:
    """The name closing a role's "of" phrase (``closing_name``) that the NER ran on from the place
    before it ("Veldoria Stepan Orlik" of "The President of Veldoria Stepan Orlik", "Bystrice Ivo
    Navratil" of "the mayor of Bystrice Ivo Navratil"); else the entity."""
    for role in ent.root.ancestors:
        name = closing_name(role)
        if name is not None and name.end == ent.end and name.start > ent.start:
            return Span(ent.doc, name.start, name.end, label=ent.label_)
    # after "of", the place before a given name, as the NER runs on from offices (``_name_at_end``)
    return _name_at_end(ent) if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "of" else ent


def with_given_name(ent: Span) -> Span:
    """A one- or two-word entity with the given name the NER left out before it ("Rosalind" of
    "Rosalind Achterberg was elected ...", "Vikram" of "Shri Vikram Singh Rathore", "Aoife" of
    "Councillor Aoife Brennan-Doyle" taken for an organisation), or one that starts with a given
    name, with the other of a double given name ("María" of "María Jesús Carbonell"); or one after
    an honorific with the surnames it left off ("Alhaji Yakubu" of "Alhaji Yakubu Garba Dankaro");
    else the entity."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (before is not None and (len(ent.text.split()) <= 2 or is_given_name(ent[0].text))
            and (before.pos_ == "PROPN" and before.dep_ == "compound" and ent.start <= before.head.i < ent.end
                 or before.is_sent_start and before.text[:1].isupper())  # "Rosalind" parsed as a verb
            and not before.ent_type_ and is_given_name(before.text)):
        return Span(ent.doc, before.i, ent.end, label=ent.label_)
    head = ent[-1].head  # "Alhaji Yakubu" of "Alhaji Yakubu Garba Dankaro": the surnames the NER left off
    if (ent.label_ == "PERSON" and _HONORIFIC.match(ent.text) and ent[-1].dep_ == "compound"
            and ent.end <= head.i <= ent.end + 2
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_
                    for t in ent.doc[ent.end:head.i + 1])):
        return Span(ent.doc, ent.start, head.i + 1, label=ent.label_)
    return ent


# what makes a "figure" a person: "a senior figure in the party" (not "the figure rose")
_EMINENT = {"senior", "leading", "prominent", "key", "top", "public", "political", "influential", "respected"}
SOMEONE = {"a", "an", "another", "one"}  # before a noun describing one person no one names
# the lower-case particles of surnames ("van der Linde", "das Graças", "bin Salman"), and words
# that open institutions' names before them, not people's ("Universidad de ...", "Banco do ...")
_PARTICLES = {"van", "der", "den", "de", "del", "della", "delle", "dei", "degli", "di", "da", "das", "do", "dos", "du",
              "des", "la", "le", "von", "zu", "vom", "zum", "ten", "ter", "bin", "binti", "ibn", "al", "el"}
_INSTITUTION_OPENERS = {"universidad", "universidade", "université", "universita", "università", "banco", "banca",
                        "banque", "casa", "instituto", "institut", "ministerio", "ministère", "partido", "partito",
                        "real", "colegio", "escuela", "museo", "musée", "teatro", "palacio", "plaza", "rio", "río",
                        "san", "santa", "santo", "são", "porto", "puerto", "villa", "ciudad", "cidade", "costa",
                        "isla", "ilha", "sierra", "monte", "val", "château", "fondation", "fundación", "fundação",
                        "comité", "consejo", "conselho", "tribunal", "corte", "cassa", "asociación", "associação",
                        "sindicato", "federación", "confederación", "liga", "diario", "jornal", "hotel", "café"}


def with_particles(ent: Span) -> int | None:
    """Where a name begins that the NER began after its surname's particles: "Elsbeth" of
    "Elsbeth van der Linde", "Maria" of "Maria das Graças Lobo" (one or two capitalised words
    before the particles, which open no institution's name: not "Universidad de Chile"); None if
    no particles come before ``ent``."""
    doc, i = ent.doc, ent.start
    while i > 0 and doc[i - 1].text in _PARTICLES and ent.start - i < 3:
        i -= 1
    start = i
    while (start > 0 and i - start < 2 and (tok := doc[start - 1]).text[:1].isupper()
           and tok.text.replace("-", "").isalpha() and tok.lower_ not in STOP_WORDS
           and tok.lower_ not in _ORG_WORDS and tok.lower_ not in _INSTITUTION_OPENERS
           and (tok.ent_type_ in ("", "PERSON", "ORG") or is_given_name(tok.text)  # "Maria" as NORP
                or tok.ent_type_ == "GPE" and ent.label_ == "PERSON" and start == i  # "Wellington dos Santos Moura"
                and not (start > 1 and doc[start - 2].pos_ == "ADP"))):  # not "in Porto"
        start -= 1
    return start if i < ent.start and start < i else None


def _role_before_given_name(words: list[str]) -> bool:
    """A role, then a given name and a surname: "Midwife Hanna Koivisto", "Spokeswoman Haley Morris";
    "Keeper Kaito Nakamura" too, where the given name is one we do not know: a role word that is no
    given name itself, before two capitalised words that are no roles."""
    return len(words) == 3 and role_word(words[0]) and (is_given_name(words[1]) or _role_before_unknown_name(words))


def _role_before_unknown_name(words: list[str]) -> bool:
    """"Keeper Kaito Nakamura": a known role (not one by its ending only: "Alder Hospitals Trust",
    "Sander M. Levin") before two plain capitalised words that are no roles."""
    role, given, surname = words
    return (_known_role(role.lower())
            and all(w.isalpha() and w[0].isupper() and w[1:].islower() and not role_word(w) for w in (given, surname)))


# roles a story puts before a name, capitalised at a sentence's start: "Defender Sione Taufa said"
_OCCUPATIONS = {"keeper", "goalkeeper", "defender", "striker", "midfielder", "winger", "forward", "zookeeper",
                "ranger", "curator", "caretaker", "warden", "volunteer", "farmer", "teacher", "driver", "officer",
                "manager", "director", "lawyer", "researcher", "scientist", "engineer", "firefighter", "fisherman",
                "miner", "dockworker", "shopkeeper", "baker", "butcher", "grandmaster", "skipper", "jockey",
                "trainer", "organiser", "organizer", "economist", "historian", "photographer", "reporter",
                "headteacher", "headmaster", "headmistress"}


def _known_role(word: str) -> bool:
    """A lower-case word the lexicon knows for a person's role (not one that only ends like one)."""
    return word in PERSON_NOUNS or word in _OCCUPATIONS


def role_word(word: str) -> bool:
    """"Midwife", "Treasurer", "Sen.": a word naming a role, whatever its case."""
    w = word.lower().rstrip(".")
    # by its ending only if no given name ("Abdirahman" is no "-man" of a role)
    return w in TITLE_WORDS or w in PERSON_NOUNS or _person_word(w) and not is_given_name(word)


def _proper_names(para: Paragraph):
    """Runs of two or more capitalised proper nouns that are the subject of a reporting verb (or
    of any verb, opening with a given name, where the NER found nothing), and names in apposition
    to a person's title ("the Transport Minister, Helena Varga,"), closing a role's "of" phrase or
    given an age ("Jae-won Park, 24,"), whatever the NER made of them: (span, sure), sure for the
    last three."""
    for tok in para.tokens:
        if ((tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and _is_role(tok)) and tok.dep_ != "compound"
                and (closing := closing_name(tok)) is not None):
            # "declared on Thursday press secretary of the President Gennady Vorontsev", "Deputy
            # Minister for Mineral Resources Katarzyna Holmqvist arrived"
            yield closing, True
            continue
        if tok.pos_ != "PROPN":
            continue
        if tok.dep_ == "appos" and (_is_role(tok.head) or _titled_through(tok) is not None) or any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and _is_role(c) for c in tok.lefts) or any(
                c.dep_ == "appos" and is_person_noun(c) for c in tok.rights) or _role_compound(tok):
            # "the keeper, Ysolde Marr,", "executive chair Marcelo Claure", "Maren Holt, an astronomer",
            # "Nurse Ingrid Salo"
            name = _name_span(tok)
            if name is not None:
                yield name, True
        elif tok.dep_ in ("nsubj", "nsubjpass", "appos") and is_cue(tok.head):
            if (closing := closing_name(tok)) is not None:
                yield closing, True  # "Mayor of Marynsk Iryna Koval said", the NER's entity aside
            elif (name := _name_span(tok)) is not None:
                yield name, False
        elif (tok.dep_ in ("nsubj", "nsubjpass") and not tok.ent_type_ and (name := _name_span(tok)) is not None
              and len(name.text.split()) <= 3 and is_given_name(name[0].text)):
            yield name, False  # "Ines Okoro came through for bronze" (or "Ana Ruiz-Soto"), no entity at all
        elif (tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ != "PERSON" and (name := _name_span(tok)) is not None
              and _AGE_AFTER.match(para.text, para.ce(name[-1]))):
            yield name, True  # "Jae-won Park, 24, had spent ...": a name given an age, whatever the NER made of it


# words that begin the names of places, not of people ("Port Alder", "Fort Bragg", "New Haven")
_PLACE_WORDS = {"port", "fort", "mount", "lake", "new", "north", "south", "east", "west", "san", "santa",
                "st.", "st", "saint", "cape", "upper", "lower", "greater"}


def named_organisation(ent: Span) -> bool:
    """A "person" the words before call an organisation: "the supporters' group Fúria Tricolor" (not
    "the representative of the department Olga Vetrova", a translation's word order for a role)."""
    prev = ent.doc[ent.start - 1] if ent.start else None
    return (prev is not None and prev.pos_ == "NOUN" and prev.is_lower and prev.lower_ in ORG_HEADS
            and prev.dep_ != "pobj")


def _title_cased(sent: Span) -> bool:
    """A sentence in a headline's capitals ("Maria Hinojosa Explained Why She Left"), whose
    capitalised words after a name need be no part of it."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _no_ones_name(words: list[str]) -> bool:
    """A name the NER gave a person that is a place's ("Port Alder") or a headline's words
    ("Court Strikes Down Port Alder's Ban")."""
    return words[0].lower() in _PLACE_WORDS or any(w.lower() in STOP_WORDS for w in words[1:-1])


# small words an entity may end on ("Juan Manriquez of Oakland" cut short; a headline's "Mayor
# Vows Not to Pay"), which no surname is
_NEVER_LAST = {"not", "to", "the", "and", "or", "for", "on", "in", "at", "with", "is", "are", "was", "of",
               "by", "as", "over", "after", "into", "up", "out", "off", "than", "but"}


def _given_before(name: Span, ent: Span) -> bool:
    """``name`` is a person entity with a given name before it that the NER left out: "Rüdiger"
    of "the spokesman of the Alliance, Rüdiger Hahnemann," with only "Hahnemann" a person."""
    given = name.doc[ent.start - 1]
    return (name.start == ent.start - 1 and name.end == ent.end and ent.label_ == "PERSON"
            and given.is_alpha and given.is_title and not given.ent_type_
            and given.lower_ not in TITLE_WORDS and given.lower_ not in PERSON_NOUNS
            and (len(ent) == 1 or is_given_name(given.text)))


def _honoured(ent: Span) -> bool:
    """An honorific stands before the name: "Dr. Marta Ilves", whether or not the NER took it in."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return any(t is not None and _HONORIFIC.match(t.text + " ") for t in (ent[0], before))


def _role_compound(tok: Token) -> bool:
    """``tok`` ends a capitalised role, a given name and a surname: "Nurse Ingrid Salo"."""
    if tok.i < 2:
        return False
    role, given = tok.doc[tok.i - 2], tok.doc[tok.i - 1]
    return (role.dep_ == given.dep_ == "compound" and role.head.i == given.head.i == tok.i
            and _role_before_given_name([role.text, given.text, tok.text]))


def _name_span(tok: Token) -> Span | None:
    """"Helena Varga" from its last word: the capitalised proper-noun compounds before it (two to
    four words, no title words)."""
    compounds = lambda t: [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                           and c.lower_.rstrip(".") not in TITLE_WORDS]
    parts = sorted(compounds(tok) + [c for p in compounds(tok) for c in compounds(p)])  # "María" of "María Jesús"
    for k in range(len(parts) - 1, 0, -1):  # "Midwife Hanna Koivisto": the role is no part of the name
        if role_word(parts[k - 1].text) and is_given_name(parts[k].text):
            parts = parts[k:]
            break
    # capitalised as whole words: "Anne-Sofie Lund", "Jae-won Park" (whose "won" the parse took apart)
    if parts and all(tok.doc[word_start(tok.doc, p.i)].text[:1].isupper() for p in parts):
        start = word_start(tok.doc, min(p.i for p in parts))
        if len(tok.doc[start:tok.i].text.split()) <= 3:
            return tok.doc[start:tok.i + 1]
    return None


def _is_role(tok: Token) -> bool:
    """A noun naming a person's role: "spokeswoman", "keeper", "Minister" (capitalised or not)."""
    return is_person_noun(tok) or tok.pos_ == "PROPN" and (
        tok.lower_ in TITLE_WORDS or tok.lower_ in PERSON_NOUNS or tok.text in ROLE_ABBREVIATIONS) or (
        # "director-general", "secretary-general" (the last part tagged an adjective)
        (k := word_start(tok.doc, tok.i)) < tok.i and tok.doc[k].pos_ in ("NOUN", "PROPN")
        and _person_word(tok.doc[k].lower_))


def _titled_through(name: Token) -> Token | None:
    """The role a name in apposition explains when the parse hung the name on the role's
    prepositional object: "The councillor of Finance, Tomás Requejo," ("Requejo" on "Finance"),
    "The spokeswoman of Vecinos Unidos, Pilar Ocaña Ruiz,"; a name, not a place ("the mayor of
    Springfield, Illinois")."""
    obj = name.head
    if name.dep_ not in ("appos", "conj") or obj.dep_ != "pobj" or obj.head.dep_ != "prep" or not obj.i < name.i:
        return None
    if name.dep_ == "conj" and (name.ent_type_ != "PERSON" or any(c.dep_ == "cc" for c in obj.children)):
        return None  # "the president of the Chamber, Lucía Ferreyra," parsed as a list; not "X and Y"
    role = obj.head.head
    while role.dep_ == "pobj" and role.head.dep_ == "prep" and not _is_role(role):
        role = role.head.head  # "The professor of law at the University in Varno, Dusan Ferk,"
    first = honoured = name.doc[word_start(name.doc, name.left_edge.i)]
    while first.i < name.i and _HONORIFIC.match(first.text + " "):
        first = first.nbor()  # "Chief Olumide Fasanmi": an honorific makes it a person's name
    named = (name.ent_type_ == "PERSON" or first.i > honoured.i
             or is_given_name(first.text) and first.ent_type_ not in ("GPE", "LOC"))
    comma = any(t.text == "," for t in name.doc[obj.i + 1:name.left_edge.i])
    return role if role.pos_ == "NOUN" and _is_role(role) and named and comma else None


# roles written as capitals: "The MP for Eastholm, Jo Lind,", "the CEO, Ann Roe,"
ROLE_ABBREVIATIONS = {"MP", "MEP", "MSP", "MLA", "MPP", "TD", "CEO", "CFO", "COO", "CTO"}


_COURTESY = re.compile(rf"^(?:{_COURTESIES})\.?$", re.I)
_HONOUR = re.compile(rf"^(?:{_HONOURS})\.?$", re.I)


def _pronoun_after(subject: Token, para: Paragraph) -> Token | None:
    """The first gendered pronoun after a subject in its sentence ("Trump signed ... for her
    brand"), unless someone else is named, a quotation or another clause's subject comes first:
    what follows them may be about someone else. Not inside the subject ("X, one of his editors,"),
    nor after a subject that speaks of someone else ("X, whose son hid under a desk, said he ...",
    "Her deputy, X, who will succeed her, said she ...")."""
    if any(is_person_noun(t) or t.lower_ in PRONOUN_GENDER for t in subject.subtree if t.i != subject.i):
        return None
    for tok in subject.doc[subject.right_edge.i + 1:subject.sent.end]:
        if tok.ent_type_ == "PERSON" or para.quote_index(tok) is not None:
            return None
        if tok.pos_ == "PRON" and tok.lower_ in PRONOUN_GENDER:
            return tok
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return None
    return None


def _issue(document: Token, para: Paragraph) -> tuple[Token | None] | None:
    """Who put out a document the article names: ``(issuer,)`` for "X issued a statement", "a
    statement, written by X,", "In a post, the office said" (X speaks through it); ``(None,)`` for
    a new one whose author is not given ("an email fundraising appeal"), after which "the email"
    no longer means an earlier one; None for neither, or for the channel of a cue whose subject
    is not found ("said in a statement": the cue's speaker then says whose it is)."""
    noun = document
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head  # "sent out an email fundraising appeal"
    said_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and is_cue(noun.head.head)
    issuer = document_author(document) or (
        subject_of(noun.head, para) if noun.dep_ == "dobj" and noun.head.lemma_ in _ISSUE
        else subject_of(noun.head.head, para) if said_in else None)
    if issuer is not None and issuer.ent_type_ not in ("DATE", "TIME"):  # not "Monday's poll"
        return (issuer,)
    if not said_in and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children):
        return (None,)
    return None


def document_author(document: Token) -> Token | None:
    """Who put a document out, as its noun phrase says: "Her memo", "a statement from (or of) the
    ministry", "a poll by Meridian", "The memo, sent to staff by Renske Albada,"; someone or an
    organisation, not where it comes from ("exit polls from the New Hampshire primary")."""
    if document.lemma_.lower() not in _AUTHORED:
        return None
    for c in document.children:
        if c.dep_ == "poss":
            return c
        of = c.lower_ == "of" and document.lemma_.lower() in STATEMENTS  # not "a poll of 400 voters"
        if c.dep_ == "prep" and (c.lower_ in ("from", "by") or of):  # "the statement of the ministry"
            preps = [c]
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _PUT_OUT:
            preps = [a for a in c.children if a.dep_ == "agent"]  # "sent by Renske Albada"
        else:
            continue
        obj = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ in ("ORG", "PERSON") or obj.pos_ == "PROPN"
                                or obj.lemma_.lower() in ORG_HEADS or is_person_noun(obj)):
            return obj
    return None


def courtesy_gender(first: Token) -> str | None:
    """"m" or "f" when a courtesy title is or stands just before a name's first word ("Mrs. Ode")."""
    for tok in (first, first.doc[first.i - 1] if first.i > 0 else None):
        if tok is not None and _COURTESY.match(tok.text):
            return _WORD_GENDER.get(tok.lower_.rstrip("."))
    return None


def title_of(head: Token, ent: Span | None = None) -> str | None:
    """A person's title or affiliation written around the name: pre-modifiers ("council member
    Tomas Rheinvald") or an apposition ("Lindqvist, secretary of the dock workers' union,"),
    relative clauses and leading determiners left out."""
    # (from the word's start: "Marchal-" of "Marchal-Dufour" where the NER took only "Dufour")
    name_start = word_start(head.doc, ent.start if ent is not None else head.i)
    if ent is not None and (role := _ROLE_TITLE.match(ent.text)):  # "Superintendent" the NER took into the name
        name_start += len(role.group(0).split())
    # on the name's head, or on its first word ("Lieutenant" of "Lieutenant Desmond Achterberg")
    pre = [t for word in (ent if ent is not None else [head]) for t in word.lefts
           if t.i < name_start and t.dep_ in ("compound", "amod", "nmod", "nn")]
    if pre:
        start = min(t.left_edge.i for t in pre)
        for t in head.doc[start:name_start]:  # never across punctuation or a quotation mark
            if t.is_punct and t.dep_ != "case" and not joins_words(t):  # but "co-author"
                start = t.i + 1
        # "co-author": the word's first part, which the parse may have hung elsewhere
        start = word_start(head.doc, start + 1 if joins_words(head.doc[start]) else start)
        toks = [t for t in head.doc[start:name_start] if t.dep_ != "det"  # "the Kremlin's spokesman"
                and not (t.dep_ == "poss" and t.pos_ == "PRON") and not _COURTESY.match(t.text)
                and not _HONOUR.match(t.text)  # "Alhaji", "Comrade": no role
                and not _CLOCK.match(t.text)]
        while len(toks) > 1 and (toks[-1].lower_.rstrip(".") in ("dr", "prof")
                                 or toks[-1].pos_ == "PROPN" and is_given_name(toks[-1].text)):
            toks.pop()  # "glaciologist Dr. Amara Osei": the role, not the honorific (but "Gov." is one),
            # nor the given name the NER left out of the name ("Chief Financial Officer Tomasz Reinholt")
        named = ent is not None or any(t.pos_ != "PROPN" or t.lower_.rstrip(".") in TITLE_WORDS for t in toks)
        # with no person entity, capitalised words before a name are the name ("the Passenger Forum")
        # (a rank the NER took into the name counts: "Lieutenant" of "Lieutenant Desmond Achterberg")
        if named and toks and any(t.pos_ in ("NOUN", "PROPN")
                                  and (t.ent_type_ != "PERSON" or ent is not None and t.i >= ent.start) for t in toks):
            short = "".join(t.text_with_ws for t in toks).strip()
            if not (_ABBREVIATION.match(short) or short.lower() in _COURTLY):
                return short
            # "Dr. Ann Okafor, the clinic's director,", "Prof. Julia Brandt of the Wegener Institute",
            # "The state chairman of the party, Chief Ade Bello,"
            return _appositive_title(head) or _affiliation(head) or _role_split_off(head, start) or short
    return (_role_set_off_before(head.doc[name_start:ent.end if ent is not None else head.i + 1])
            or _appositive_title(head) or _affiliation(head) or _role_taken(head) or _role_done(head))


def _role_set_off_before(name: Span) -> str | None:
    """The role whose noun phrase ends at the comma before a name set off by commas, whatever the
    parse made of the name or hung it on: "a briefing from the special envoy for the Tarsk region,
    Helene Marchbanks-Oduya, before ..." -> "special envoy for the Tarsk region"."""
    doc = name.doc
    if (name.start < 2 or doc[name.start - 1].text != ","
            or name.end < len(doc) and doc[name.end].text not in (",", ".")):
        return None
    last = doc[name.start - 2]
    role = next((a for a in chain([last], last.ancestors) if a.right_edge.i == last.i and a.pos_ == "NOUN"
                 and _is_role(a)), None)
    if role is None or any(t.is_punct and t.text != "-" for t in doc[role.left_edge.i:last.i + 1]):
        return None
    toks = [t for t in doc[role.left_edge.i:last.i + 1] if not _determines(t, role)]
    return doc[toks[0].i:last.i + 1].text if toks else None


def _determines(tok: Token, noun: Token) -> bool:
    """A determiner or a pronoun's possessive before a title's noun, no part of the title ("the",
    "Its"; not "the" of "chairman of the party", nor "the port's" of "the port's spokeswoman")."""
    return tok.i < noun.i and (tok.dep_ == "det" or tok.dep_ == "poss" and tok.pos_ == "PRON")


# roles said by what someone does: "who chairs the committee" is its chair
_ROLE_VERBS = {"chair": "chair", "head": "head", "lead": "leader", "coach": "coach", "manage": "manager",
               "captain": "captain", "edit": "editor", "direct": "director", "govern": "governor",
               "represent": "representative", "coordinate": "coordinator", "organise": "organiser",
               "organize": "organizer", "found": "founder", "advise": "adviser"}


def _role_done(head: Token) -> str | None:
    """ "Gerald Antrobus, who chairs the committee," -> "chair of the committee"."""
    for clause in head.rights:
        verb = clause.lemma_.lower()
        if clause.dep_ == "relcl" and verb in _ROLE_VERBS and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if obj is not None and not any(t.is_punct and t.tag_ != "POS" and t.text not in ("'", "’")
                                           for t in obj.subtree):  # (but "the Fishers' Cooperative")
                return f"{_ROLE_VERBS[verb]} of {head.doc[obj.left_edge.i:obj.right_edge.i + 1].text}"
    return None


# a word of honour or learning before a name, which a title in apposition says more than:
# "The vice-chancellor, Professor Annelise Corbridge,", "Sir Roderick Payne, the party's leader,"
_COURTLY = {"chief", "prince", "princess", "sir", "dame", "lord", "lady", "professor", "doctor"}

_TAKING = {"elect", "appoint", "name", "become", "reelect", "re-elect", "install", "swear"}


def _role_taken(head: Token) -> str | None:
    """The role the person was given: "Rosa Lind was elected mayor of Quillan Bay" -> "mayor of
    Quillan Bay" ("became chief executive", "was named coach")."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _TAKING:
        return None
    role = next((c for c in verb.rights if c.dep_ in ("oprd", "attr") and _is_role(c)), None)
    if role is None or any(t.is_punct for t in role.subtree):
        return None
    return " ".join(t.text for t in role.subtree if t.dep_ != "det")


def _role_split_off(head: Token, start: int) -> str | None:
    """The role right before an honorific that the parse made a second subject of the name's verb:
    "Board chair Dr. Simone Achebe said" -> "Board chair"."""
    role = head.doc[start - 1] if start > 0 else None
    if (role is None or role.dep_ != head.dep_ or role.head.i != head.head.i or not _is_role(role)
            or any(t.is_punct for t in role.subtree)):
        return None
    return " ".join(t.text for t in role.subtree if t.dep_ != "det") or None


def _affiliation(head: Token) -> str | None:
    """The organisation a name is "of" ("Lars Holm of the Oslo Port Authority")."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = entity_at(obj) if obj is not None else None
            if ent is not None and ent.label_ == "ORG":
                return LEADING_DETERMINER.sub("", ent.text)
    return None


def _apposed(tok: Token) -> bool:
    """In apposition to the word before: as the parse has it, or a name set off by commas that
    the parse made a conjunct of a role with no "and" ("The inquiry's chair, retired judge
    Priya Raghunathan, pressed ...")."""
    if tok.dep_ == "appos":
        return True
    head = tok.head
    return (tok.dep_ == "conj" and head.i < tok.i and tok.ent_type_ == "PERSON" and head.tag_ == "NN" and _is_role(head)
            and not any(c.dep_ in ("cc", "preconj") for c in (*head.children, *tok.children))
            and tok.doc[tok.left_edge.i - 1].text == ",")


def _appositive_title(head: Token) -> str | None:
    """The noun phrase a name explains ("the port's spokeswoman, Mira Tolland,") or that explains
    it ("Lindqvist, secretary of the dock workers' union,")."""
    role = _titled_through(head)  # "The councillor of Finance, Tomás Requejo,"
    if role is not None or (
            _apposed(head) and (head.head.pos_ == "NOUN" or _is_role(head.head)) and head.head.i < head.i
            and not (head.head.dep_ == "pobj" and opens_with_topic(head.head.head))):  # "Of the mayor, Roe said"
        noun = role or head.head  # "the port's spokeswoman, Mira Tolland,": the noun phrase the name explains
        start = word_start(head.doc, noun.left_edge.i)  # "Her co-author, Henrik Solberg,"
        # the noun and what follows it up to the name ("The council's head of transport, Eze,")
        toks = [t for t in head.doc[start:head.left_edge.i]  # "Its chair" -> "chair"
                if t.dep_ not in ("punct", "mark") and not _determines(t, noun) or joins_words(t)]
        if toks:
            words = [toks[0].text]
            for prev, t in zip(toks, toks[1:]):
                if joins_words(t) or joins_words(prev) or t.lower_ in ("’s", "'s"):
                    words[-1] += t.text  # "co-author", "port’s"
                else:
                    words.append(t.text)
            return " ".join(words)
    for app in (c for c in head.rights if c.dep_ == "appos"):
        if app.ent_type_ == "PERSON" or app.like_num or app.pos_ == "PRON":
            continue  # not another name, an age ("Berg, 43,") or a pronoun ("Lasko himself")
        if any(t.is_quote and t.tag_ != "POS" or t.text == ":" for t in head.doc[head.i + 1:app.i + 1]):
            continue  # 'Hunt: "The hunger. ..."': what they said, not who they are
        drop = {t.i for c in app.subtree if c.i != app.i and c.dep_ in ("relcl", "acl", "appos")
                for t in c.subtree}
        toks = [t for t in app.subtree if t.i not in drop]
        while toks and (toks[0].dep_ in ("det", "punct") or toks[0].is_punct):
            toks.pop(0)
        while toks and toks[-1].is_punct:
            toks.pop()
        if toks and toks[0].tag_ in ("WP", "WP$", "WDT"):
            continue  # "Roe, who has hand-reared the calf since ...": a clause the parse hung on a noun in it
        if toks:
            end, doc = toks[-1].i, head.doc
            while end + 2 < len(doc) and joins_words(doc[end + 1]):
                end += 2  # "the university's vice-chancellor", the parse's three appositions
            return doc[toks[0].i:end + 1].text
    return None


_LETTER = re.compile(r"dear\s+[A-Z][\w.'’ -]{0,40}[:,]", re.IGNORECASE)
def _tweeters(paragraphs: list[Paragraph]) -> dict[int, str]:
    """The paragraphs of embedded posts by start offset, each with the name that signed it."""
    return {start: sig.text[a:b] for start, (sig, a, b) in signed_posts(paragraphs).items()}


LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", re.I)  # "Its chair" -> "chair"


def appositive_name(root: Token) -> Span | None:
    """The person named in apposition to a role ("the keeper, Ysolde Marr,", "the Transport
    Minister, Helena Varga,"; "One of the plaintiffs, Raymond Tuilagi,"), if any."""
    if root.lower_ == "one":  # "One of the plaintiffs, Raymond Tuilagi, ...": the name is the one's
        group = next((o for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"), None)
        return appositive_name(group) if group is not None and group.tag_ == "NNS" else None
    if root.pos_ != "NOUN" and not _is_role(root) and not _opening_participle(root):
        return None
    # in apposition, or coordinated with a bare title ("Planetary scientist and co-author Lukas Brenneman")
    bare = _is_role(root) and not any(c.dep_ == "det" for c in root.children)
    for c in root.rights:
        if c.dep_ != "appos" and not (bare and c.dep_ == "conj"):
            continue
        if root.tag_ in ("NNS", "NNPS") and any(x.dep_ == "conj" for x in c.children):
            continue  # "Two pilots, Rin Aldaco and Tomas Brekke,": not one of them
        ent = entity_at(c)
        if ent is not None and ent.label_ == "PERSON":
            return _closing_part(ent)
        if c.pos_ == "PROPN" and _is_role(root):
            name = _name_span(c)
            if name is not None:
                return _closing_part(name)
        if c.dep_ == "appos" and is_person_noun(c) and (named := appositive_name(c)) is not None:
            return named  # "Outside court, Rennick's mother, Denise Rennick, said" (the parse's subject "court")
    for c in (c for c in root.subtree if c.dep_ in ("appos", "conj") and c.i > root.i):
        # "The councillor of Finance, Tomás Requejo,"
        if (role := _titled_through(c)) is not None and role.i == root.i:
            ent = entity_at(c)
            return ent if ent is not None and ent.label_ == "PERSON" else _name_span(c) or c.doc[c.i:c.i + 1]
    return None


_DEFINED = re.compile(r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the|on|in|to|de|du|des)\s+)*){2,9})\(([A-Z]{2,6})\)")


def _acronyms(text: str):
    """(acronym, name) for each name followed by the acronym of its capitalised words in
    brackets: "Union of Academic and Related Staff (UARS)"."""
    for m in _DEFINED.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        for k in range(len(words)):  # the name may start after a capitalised word before it ("The")
            if "".join(w[0] for w in words[k:] if w[0].isupper()) == short and words[k][0].isupper():
                yield short, " ".join(words[k:])
                break


def _kin_name(name: Token) -> str | None:
    """The name in apposition to a relative: a person entity, else the proper nouns it ends."""
    ent = entity_at(name)
    if ent is not None and ent.label_ == "PERSON":
        return ent.text
    if ent is None and name.text[:1].isupper():
        return (_name_span(name) or name.doc[name.i:name.i + 1]).text
    return None


_KIN = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower",
        "friend", "partner", "child", "parent", "niece", "nephew", "aunt", "uncle", "cousin"}
_FAMILY = _KIN - {"friend", "partner"}  # relatives a "her ..." may name


def closing_name(root: Token) -> Span | None:
    """The person named at the end of a role's "of" phrase, as translations from Russian put it:
    "the press secretary of the president Igor Lomov", "Deputy chairman of the Security Council
    Oleg Marin" (even where the NER took the name into the council's), "a spokesman for the
    Interior Ministry Anna Berg": a given name and a surname closing the phrase. Not after a
    capitalised title ("the wife of President Igor Lomov": the president's name), nor for kin."""
    role = _is_role(root) or root.pos_ == "PROPN" and root.lower_.endswith(("man", "woman"))  # "Chairman"
    if not role or root.lower_ in _KIN or root.tag_ not in ("NN", "NNP"):
        return None
    # the role's last "of", "for", "at", "to" or "on" phrase that ends on a proper noun: "Ambassador
    # of Karesia to Velistra Mrs. Ayla Demirtaş", "Deputy chairman of the government on questions of
    # construction Irina Belova" (not "..., for her part, wrote", nor "at the briefing on Thursday")
    prep = next((c for c in reversed(list(root.rights))
                 if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "to", "on")
                 and (end := _phrase_end(c)).pos_ == "PROPN" and end.ent_type_ not in ("DATE", "TIME")), None)
    if prep is not None and prep.lower_ == "to" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.rights):
        prep = None  # "to" only after the role's "of" ("Ambassador of Karesia to Velistra ...")
    last = _phrase_end(prep) if prep is not None else root  # "..., for her part, wrote": not "part"
    if (prep is None or last.pos_ != "PROPN" or not prep.i < last.i - 1
            or last.right_edge.i != last.i and last.doc[last.i + 1].text != ","):
        return None
    doc, surname = last.doc, word_start(last.doc, last.i)  # "Pryce" of "Rhiannon Pryce-Evans"
    first, before = doc[surname - 1], doc[surname - 2]
    if (_COURTESY.match(before.text) and before.i - 1 > prep.i and before.nbor(-1).pos_ == "PROPN"
            and not _COURTESY.match(before.nbor(-1).text)):
        before = before.nbor(-1)  # "to Velistra Mrs. Ayla Demirtaş": her courtesy, after the place
    if (not first.text[:1].isupper() or before.i <= prep.i
            or not (is_given_name(first.text) or first.ent_type_ == last.ent_type_ == "PERSON"
                    and first.ent_iob_ == "B")  # a name the NER found whole, after the role's words
            or before.pos_ not in ("NOUN", "PROPN")  # "a spokesman for the family of Anna Berg"
            or before.text[:1].isupper() and before.lower_.rstrip(".") in TITLE_WORDS):
        return None
    if (_is_role(before) or before.ent_type_ == "NORP") and not (last.dep_ == "appos" and last.head.i == before.i):
        return None  # "a spokesman for presidential candidate Ann Roe": the candidate's name
    return last.doc[first.i:last.i + 1]


def _phrase_end(prep: Token) -> Token:
    """The last word of a prepositional phrase, or its object where a clause set off by a comma
    follows it ("of Dravonia Bogdan Radulov, who is on a visit to ...")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    while obj is not None:  # through "of foreign affairs of RF Mikhail Lazutkin, who ..."
        if obj.i + 1 < len(obj.doc) and obj.nbor().text == "," and obj.right_edge.i > obj.i:
            return obj
        # on through the next "of ..." phrase, or the name the parse set in apposition right after
        # the noun ("of the region Svetlana Roe, who ...")
        obj = next((o for p in obj.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None) or next(
            (a for a in obj.rights if a.dep_ == "appos" and a.pos_ == "PROPN" and a.left_edge.i == obj.i + 1), None)
    return prep.right_edge


def role_before(root: Token, name: Span) -> str | None:
    """The words of the role ``root`` heads before the ``closing_name`` that ends it, determiners
    left out: "the press secretary of the president Igor Lomov" -> "press secretary of the
    president"."""
    start = root.left_edge.i
    while start < name.start and (root.doc[start].dep_ == "det" or _CLOCK.match(root.doc[start].text)
                                  or root.doc[start].ent_type_ in ("DATE", "TIME")):
        start += 1  # nor a time stamp or a day before it ("11:05 Spokesman of ...", "on Thursday press secretary")
    return root.doc[start:name.start].text.strip() or None


_CLOCK = re.compile(rf"{CLOCK}$")  # a time stamp's token: "08:20"


def _closing_title(ent: Span) -> str | None:
    """The role a name closes (``closing_name``), as the person's title -- not "president", the
    noun the name hangs on, and the whole of it: "press secretary of the head of state", not
    "head of state"."""
    roles = [(role, name) for role in ent.root.ancestors
             if (name := closing_name(role)) is not None and name.end == ent.end]
    return role_before(*roles[-1]) if roles else None


def is_person_noun(tok: Token) -> bool:
    """"the spokesman", "a source", "the lawyer", "a senior figure" -- not "the ad", "the letter",
    "his performance", "the figure rose"."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (_person_word(lemma) or lemma == "figure" and any(
        c.dep_ == "amod" and c.lower_ in _EMINENT for c in tok.children))


def _person_word(word: str) -> bool:
    """A lower-case word for a person ("spokesman", "source", "midwife"), not a thing ending like one
    ("letter")."""
    return word not in _THING_NOUNS and (word in PERSON_NOUNS or word.endswith(_PERSON_SUFFIXES))


TITLE_HEAD = re.compile(r"(?:^|.*['’]s\s)([^,]*?)(?:\s+(?:of|for|at|in|with|to|from|and)\b.*|,.*)?$", re.I)


# the role an honorific or its abbreviation before a name says, for "the doctor", "the councillor"
_OFFICE_BEFORE_NAME = {"dr": "doctor", "cllr": "councillor", "councillor": "councillor", "councilor": "councillor"}
_ABBREVIATED = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                "lt": "lieutenant", "sec": "secretary", "atty": "attorney", "sgt": "sergeant",
                "capt": "captain", "col": "colonel", "prof": "professor", "supt": "superintendent"}
_FUNCTION_WORDS = {"the", "a", "an", "of", "for", "at", "in", "to", "with", "from", "on", "and", "s"}


# words that describe a title's holder, not the title: "the outgoing mayor", "the incumbent governor"
_DESCRIBING_HOLDER = {"outgoing", "incumbent", "longtime", "embattled", "veteran", "current", "sitting", "defeated"}
_WORD_FORMS = {"financial": "finance", "operating": "operations"}  # "chief financial officer" is the finance chief
# other words for a title's head: "the Belmoor boss" is its manager, "the skipper" its captain
# ("Mr Justice Penhallow" is the judge; the head of the emergency directorate its emergency chief)
_OTHER_HEADS = {"manager": {"boss"}, "coach": {"boss"}, "captain": {"skipper"}, "justice": {"judge"},
                "head": {"chief", "director"}, "governor": {"head"},  # translated: "the head of the region"
                # "lead counsel", "the family's solicitor": the lawyer
                "counsel": {"lawyer"}, "attorney": {"lawyer"}, "barrister": {"lawyer"}, "solicitor": {"lawyer"},
                "advocate": {"lawyer"}}
# roles that speak for someone, which an article may call a spokesman
_SPEAKING_FOR = re.compile(r"\bpress (?:secretary|officer)\b|\bcommunications? (?:director|chief|officer|manager)\b|"
                          r"\b(?:head|director|chief) of (?:communications?|media relations|press)\b", re.I)
_ROLE_PREPOSITION = re.compile(r"\s+(?:of|for|at|in|with|to|from|on)\s+")  # "spokesman for the city"
# a secretary who is a minister: "the business secretary" (not a press or party secretary)
_PORTFOLIO_SECRETARY = re.compile(r"\b(?:business|home|foreign|health|defen[cs]e|education|culture|transport|"
                                  r"environment|justice|energy|interior|trade|housing|work and pensions)\s+"
                                  r"secretary\b|\bsecretary of state\b", re.I)


def _title_words(title: str) -> list[str]:
    """ "N.J. Gov." -> ["n", "j", "governor"]: lower-case words, abbreviations spelled out."""
    return [_ABBREVIATED.get(w, w) for w in re.findall(r"[a-z]+", title.lower()) if w != "s"]


def _title_heads(title: str) -> set[str]:
    """The head word of each role a title joins: "former governor and EPA administrator" ->
    governor, administrator; "spokesman for the city" -> spokesman."""
    main = _ROLE_PREPOSITION.split(title, maxsplit=1)[0]
    heads = {words[-1] for part in re.split(r",|\s+and\s+|&", main) if (words := _title_words(part))}
    if _HEAD_OF_MINISTRY.match(title) or _PORTFOLIO_SECRETARY.search(title):
        heads.add("minister")  # "the head of the foreign ministry" (translated), "the business secretary"
    if re.match(r"chief\s", main, re.I):
        heads.add("chief")  # "chief financial officer": "the finance chief"
    if (said_for := _SPEAKING_FOR.search(title)) and not _ROLE_PREPOSITION.search(title[:said_for.start()]):
        heads |= {"spokesman", "spokeswoman", "spokesperson"}  # "the Chief Press Secretary": "the spokesman"
    heads |= {short for short, office in _CHIEF_OFFICES.items() if office.search(main)}  # "the CFO"
    return heads | {other for h in heads for other in _OTHER_HEADS.get(h, ())}


# what "the CEO", "the CFO" ... stand for
_CHIEF_OFFICES = {short: re.compile(rf"\bchief {office}\b", re.I) for short, office in (
    ("ceo", "executive"), ("cfo", "financial officer"), ("coo", "operating officer"), ("cto", "technology officer"))}
_HEAD_OF_MINISTRY = re.compile(r"head of the (?:[a-z]+ )+ministry\b", re.I)


def _same_place(word: str, other: str) -> bool:
    """The same word, or a place and its adjective ("zarvania", "zarvanian"; "israel", "israeli")."""
    short, long = sorted((word, other), key=len)
    return short == long or len(short) >= 4 and long.startswith(short[:-1]) and len(long) - len(short) <= 3


def _affiliated(title: str) -> bool:
    """Whether a title names whose it is with a capitalised word ("Democratic front-runner",
    "Kremlin press secretary"; not "Deputy Mayor", "coach")."""
    return any(w[0].isupper() and w.lower() not in TITLE_WORDS and w.lower() not in _TITLE_MODIFIERS
               for w in re.findall(r"[A-Za-z]+", title))


def _title_gender(title: str) -> str | None:
    """The gender a title's head word says: "spokeswoman for the city" -> "f"; not a word
    after it or before a possessive ("Queen Elizabeth II's third child" is no queen)."""
    head = TITLE_HEAD.match(title)
    words = re.findall(r"[a-z]+", head.group(1).lower()) if head else []
    return word_gender(words[-1]) if words else None


def word_gender(word: str) -> str | None:
    """The gender a word for a person says: "spokeswoman" -> "f", "chairman" -> "m"."""
    return _WORD_GENDER.get(word.lower())


def majority(votes: list[str]) -> str | None:
    m, f = votes.count("m"), votes.count("f")
    return "m" if m > f else "f" if f > m else None


def first_title(titles: list[str]) -> str | None:
    """The first title the article gives, a role before a bare abbreviation ("Dr.", "Sen.")."""
    return next((t for t in titles if not _ABBREVIATION.match(t)), titles[0] if titles else None)


_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,3}\.|Dr|Prof)$")  # "Dr" without its stop, as British papers write it
