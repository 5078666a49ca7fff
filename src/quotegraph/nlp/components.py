"""quotegraph as a spaCy component: ``nlp.add_pipe("quotegraph")`` then ``doc._.quotes``.

The component runs on a whole-article Doc that the model has tagged, parsed and NER-labelled. It
sets ``doc._.blocks`` (paragraph kinds) and ``doc._.quotes`` (``Quote`` records with character
offsets into ``doc.text``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Block, Quote
from .blocks import classify_blocks
from .frames import lead_in_attribution, post_attribution, signature_attribution, signed_posts, turn_labels
from .learned import Learned, packaged
from .paragraph import Paragraph
from .resolve import resolve_scored
from .rules import paragraph_attributions

ATTRIBUTABLE = ("body", "heading")  # captions, credits and bylines yield no quotes of their own

for _name in ("quotes", "blocks"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def attribute(text: str, paragraphs: list[Paragraph], learned: Learned | None = None,
              author: str | None = None) -> list[Quote]:
    """Quotes of an article from its parsed body paragraphs (in text order).

    ``learned`` decides which verbs are reporting verbs, which verb frames a quotation and which
    mention is a cue's speaker; by default the trained models that ship with quotegraph.
    ``author`` (the article's) is who "I" is in the writer's own text.
    """
    return [q for q, _ in attribute_scored(text, paragraphs, learned, author)]


def attribute_scored(text: str, paragraphs: list[Paragraph], learned: Learned | None = None,
                     author: str | None = None) -> list[tuple[Quote, list[str]]]:
    """``attribute``, each quote with the features its confidence was computed from."""
    learned = learned or packaged()
    labels = turn_labels(paragraphs)
    posts = signed_posts(paragraphs)
    atts = []
    for i, para in enumerate(paragraphs):
        found = paragraph_attributions(para, learned, labels)
        signed = posts.get(para.start)
        if signed is not None and i + 1 < len(paragraphs) and signed[0].start == paragraphs[i + 1].start:
            # a post embedded in the page, right above its signature: all of it is the signer's
            post = post_attribution(para, signed)
            found = [post] if post is not None else found
        first, last = (found[0], found[-1]) if found else (None, None)
        if i and _unattributed(first) and first.start == para.start:
            lead_in_attribution(first, paragraphs[i - 1], learned.speaker_of)  # "She wrote:" ¶ “...”
        if (i + 1 < len(paragraphs) and paragraphs[i + 1].block == para.block + 1 and _unattributed(last)
                and not para.text[last.end:para.end].strip()):
            signature_attribution(last, paragraphs[i + 1])  # “...” ¶ – Jane Roe
        atts.extend(found)
    return resolve_scored(text, paragraphs, atts, author)


def _unattributed(att) -> bool:
    """A quotation its paragraph gives no cue and no speaker (a lead-in or a signature may)."""
    return att is not None and att.kind == "direct" and att.cue is None and att.source is None


class QuoteAttributor:
    """Finds and attributes the quotations of a parsed article Doc."""

    def __init__(self, nlp: Language, name: str = "quotegraph"):
        self.name = name

    def predict(self, doc: Doc) -> tuple[list[Block], list[Quote]]:
        blocks = classify_blocks(doc.text)
        paragraphs = []
        for i, b in enumerate(blocks):
            span = doc.char_span(b.start, b.end, alignment_mode="expand")
            if b.kind in ATTRIBUTABLE and span is not None and len(span):
                paragraphs.append(Paragraph(span, 0, doc.text, i))
        return blocks, attribute(doc.text, paragraphs)

    def set_annotations(self, doc: Doc, result: tuple[list[Block], list[Quote]]) -> None:
        doc._.blocks, doc._.quotes = result

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc


@Language.factory("quotegraph", assigns=["doc._.quotes", "doc._.blocks"],
                  requires=["token.dep", "token.lemma", "token.pos", "doc.ents"])
def make_quotegraph(nlp: Language, name: str) -> QuoteAttributor:
    return QuoteAttributor(nlp, name)
