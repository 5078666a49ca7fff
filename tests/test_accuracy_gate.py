"""The accuracy gate: PolNeAR dev figures must not fall below the floors in accuracy_floors.json.

Floors sit a little below the measured figures. Raising one is always fine; lowering one needs
a reason in the commit message. Skipped, with the reason, when ../shared is not present.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotegraph
from quotegraph.evaluate import judge, prediction, read_gold, score

DEV = Path(__file__).parents[1] / ".." / "shared" / "data" / "polnear" / "dev.jsonl"
FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text())

pytestmark = [
    pytest.mark.model,
    pytest.mark.shared,
    pytest.mark.skipif(not DEV.is_file(), reason=f"PolNeAR dev not found at {DEV} (../shared is absent)"),
]


@pytest.fixture(scope="module")
def dev_run():
    """One extraction pass over dev: (gold records, extracted articles)."""
    gold = read_gold(DEV)
    arts = quotegraph.extract_many(
        (quotegraph.Article(id=d["id"], text=d["text"], title=d.get("title")) for d in gold),
        nlp=quotegraph.load_pipeline())
    return gold, list(arts)


@pytest.mark.parametrize("name", sorted(k for k in FLOORS if k.endswith("_prf")))
def test_f1_at_or_above_floor(dev_run, name):
    gold, arts = dev_run
    figures = score(gold, {a.id: [prediction(q) for q in a.quotes] for a in arts})
    assert figures[name][2] >= FLOORS[name], f"{name} F1 {figures[name][2]} < floor {FLOORS[name]}"


def test_confident_quotes_are_right(dev_run):
    """Quotes with confidence >= 0.8 are right end to end at least as often as the floor says."""
    gold, arts = dev_run
    right = total = 0
    for d, art in zip(gold, arts):
        for q, ok in zip(art.quotes, judge(d["text"], d["attributions"], art.quotes)):
            if q.confidence >= 0.8:
                total += 1
                right += ok
    assert total and right / total >= FLOORS["confident_precision"], (right, total)
