"""The fast attribute ruler and lemmatizer give the model's own annotations, token for token.

Every sentence here is invented for the test; the check on PolNeAR dev reads ../shared when present.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotegraph
from quotegraph.nlp.fastpipes import FastAttributes, FastLemmas
from quotegraph.nlp.pipeline import _fast_components, parse

pytestmark = pytest.mark.model

DEV = Path(__file__).parents[1] / ".." / "shared" / "data" / "polnear" / "dev.jsonl"

SENTENCES = [
    "The harbour master said the ferries are gonna run again in May, y'all.",
    "“We ain't selling,” she said. Let's see what the council does.",
    "There is a plan, and there were two before it; c'mon, we gotta vote.",
    "Mr. Rheinvald's dock workers' union wrote on Facebook:   “Strike!”\n\nThe U.S.-based operator, 3M, declined.",
    "   \n  Spaces, tabs\tand odd punctuation... — “quoted” ‘single’ (brackets) [notes] 42%.",
]


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def nlp():
    return quotegraph.load_pipeline()


def test_the_model_s_ruler_and_lemmatizer_are_replaced(nlp):
    fast = dict(_fast_components(nlp))
    assert isinstance(fast["attribute_ruler"], FastAttributes)
    assert isinstance(fast["lemmatizer"], FastLemmas)


@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotations_as_the_full_pipeline(nlp, text):
    (fast,) = parse(nlp, [text])
    assert annotations(fast) == annotations(nlp(text))


@pytest.mark.shared
@pytest.mark.skipif(not DEV.is_file(), reason=f"PolNeAR dev not found at {DEV} (../shared is absent)")
def test_same_annotations_on_real_articles(nlp):
    with DEV.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:15]
    for fast, full in zip(parse(nlp, texts), nlp.pipe(texts)):
        assert annotations(fast) == annotations(full)


def test_a_ruler_with_patterns_of_another_kind_is_not_replaced(nlp):
    from spacy.lang.en import English

    other = English()
    ruler = other.add_pipe("attribute_ruler")
    ruler.add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})
    assert FastAttributes.of(ruler) is None
