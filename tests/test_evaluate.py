"""Scoring (quotegraph.evaluate) on tiny hand-made gold/prediction pairs, and agreement with the
project's reference scorer (../shared/bench/score.py) on real dev gold when it is available.

The hand-made texts are invented for the test.
"""
from __future__ import annotations

import json
import subprocess
import sys
from itertools import islice
from pathlib import Path

import pytest

from quotegraph.evaluate import prediction, read_gold, score
from quotegraph.models import Quote

SHARED = Path(__file__).parents[1] / ".." / "shared"
SCORER = SHARED / "bench" / "score.py"
DEV = SHARED / "data" / "polnear" / "dev.jsonl"

# --- a tiny invented article and its gold ------------------------------------------------------

TEXT = ("“The harbour will stay open all winter,” Jane Roe said. "
        "Tom Welk said the ferries would run twice a day and the fares would stay low.")


def span(words: str) -> list[int]:
    start = TEXT.index(words)
    return [start, start + len(words)]


DIRECT = {"content": span("“The harbour will stay open all winter,”"), "source": span("Jane Roe"),
          "cue": span("said")}
INDIRECT = {"content": span("the ferries would run twice a day and the fares would stay low"),
            "source": span("Tom Welk"), "cue": [TEXT.index("said the"), TEXT.index("said the") + 4]}
GOLD = [{"id": "a1", "text": TEXT, "attributions": [DIRECT, INDIRECT]}]


def pred(content, source=None):
    return {"content": content, "source": source, "cue": None, "speaker": None}


def figures(preds):
    return score(GOLD, {"a1": preds})


def test_perfect_match():
    out = figures([pred(DIRECT["content"], DIRECT["source"]),
                   pred(INDIRECT["content"], INDIRECT["source"])])
    assert (out["gold"], out["pred"], out["docs"], out["missing_docs"]) == (2, 2, 1, 0)
    for key in ("content_prf", "e2e_prf", "exact_prf", "tol_all_content_prf", "tol_all_e2e_prf",
                "tol_direct_content_prf", "tol_direct_e2e_prf", "direct_content_prf", "direct_e2e_prf"):
        assert out[key] == (1.0, 1.0, 1.0), key


def test_nothing_predicted():
    out = figures([])
    assert out["pred"] == 0
    assert out["content_prf"] == out["tol_all_e2e_prf"] == (0.0, 0.0, 0.0)


def test_missing_article_counts_as_missing_doc():
    out = score(GOLD, {})
    assert (out["docs"], out["missing_docs"], out["pred"]) == (1, 1, 0)
    assert out["content_prf"] == (0.0, 0.0, 0.0)


def test_split_prediction_is_counted_by_the_tolerant_figures():
    pieces = [span("the ferries would run"), span("twice a day and"), span("the fares would stay low")]
    out = figures([pred(DIRECT["content"], DIRECT["source"])] +
                  [pred(p, INDIRECT["source"]) for p in pieces])
    # strict one-to-one matching: no third of the gold content reaches Jaccard 0.5
    assert out["content_prf"] == (0.25, 0.5, 0.3333)
    # split-tolerant: every piece lies in one gold content and together they cover it
    assert out["tol_all_content_prf"] == (1.0, 1.0, 1.0)
    assert out["tol_all_e2e_prf"] == (1.0, 1.0, 1.0)


def test_one_small_piece_is_precise_but_does_not_find_the_gold():
    out = figures([pred(span("twice a day"), INDIRECT["source"])])
    assert out["tol_all_content_prf"] == (1.0, 0.0, 0.0)


def test_prediction_mostly_outside_gold_is_wrong():
    out = figures([pred([0, len(TEXT)], None)])  # the whole text as one quote
    assert out["tol_all_content_prf"][0] == 0.0
    assert out["content_prf"] == (0.0, 0.0, 0.0)


def test_wrong_source_fails_end_to_end():
    out = figures([pred(DIRECT["content"], span("Tom Welk")),
                   pred(INDIRECT["content"], None)])
    assert out["content_prf"] == (1.0, 1.0, 1.0)
    assert out["e2e_prf"] == (0.0, 0.0, 0.0)
    assert out["tol_all_e2e_prf"] == (0.0, 0.0, 0.0)
    assert out["direct_e2e_prf"] == (0.0, 0.0, 0.0)


def test_gold_without_source_needs_no_source():
    gold = [{"id": "a1", "text": TEXT, "attributions": [dict(DIRECT, source=None)]}]
    out = score(gold, {"a1": [pred(DIRECT["content"], None)]})
    assert out["e2e_prf"] == (1.0, 1.0, 1.0)


def test_direct_subset():
    out = figures([pred(DIRECT["content"], DIRECT["source"])])
    assert (out["gold_direct"], out["pred_direct"]) == (1, 1)
    assert out["content_prf"] == (1.0, 0.5, 0.6667)
    assert out["direct_content_prf"] == (1.0, 1.0, 1.0)
    assert out["tol_direct_content_prf"] == (1.0, 1.0, 1.0)
    out = figures([pred(INDIRECT["content"], INDIRECT["source"])])
    assert (out["gold_direct"], out["pred_direct"]) == (1, 0)
    assert out["direct_content_prf"] == (0.0, 0.0, 0.0)
    assert out["tol_direct_content_prf"] == (0.0, 0.0, 0.0)


def test_discontinuous_prediction_pieces():
    content = [span("the ferries would run twice a day"), span("and the fares would stay low")]
    out = figures([pred(content, INDIRECT["source"])])
    assert out["content_prf"] == (1.0, 0.5, 0.6667)


def test_prediction_format_of_a_quote():
    q = Quote(content="“x”", start=3, end=6, kind="direct", cue="said", cue_start=8, cue_end=12,
              speaker="Jane Roe", speaker_start=13, speaker_end=21)
    assert prediction(q) == {"content": [3, 6], "source": [13, 21], "cue": [8, 12],
                             "speaker": "Jane Roe"}
    q = Quote(content="a b", start=0, end=9, kind="indirect", pieces=[[0, 2], [7, 9]])
    assert prediction(q) == {"content": [[0, 2], [7, 9]], "source": None, "cue": None, "speaker": None}
    # PolNeAR's source is the outermost: the report a statement is cited from
    q = Quote(content="“x”", start=3, end=6, kind="direct", cue="said", cue_start=8, cue_end=12,
              speaker="Jane Roe", speaker_start=13, speaker_end=21, reported_by="the Ledger",
              reported_by_start=36, reported_by_end=46)
    assert prediction(q)["source"] == [36, 46]


# --- agreement with the reference scorer (needs ../shared) --------------------------------------

def reference(gold_path: Path, pred_path: Path) -> dict:
    run = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path)],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(run.stdout)


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def ours(gold, preds) -> dict:
    return json.loads(json.dumps(score(gold, preds)))  # tuples -> lists, as the reference prints


needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason=f"reference scorer not found at {SCORER}")


@pytest.mark.shared
@needs_scorer
@pytest.mark.parametrize("preds", [
    [],
    [pred(DIRECT["content"], DIRECT["source"]), pred(INDIRECT["content"], INDIRECT["source"])],
    [pred(DIRECT["content"], span("Tom Welk")), pred(span("twice a day and"), INDIRECT["source"]),
     pred(span("the fares would stay low"), None)],
    [pred([0, len(TEXT)], None)],
], ids=["none", "perfect", "split-wrong-source", "whole-text"])
def test_same_figures_as_the_reference_scorer_on_hand_made_cases(tmp_path, preds):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred_file = write_jsonl(tmp_path / "pred.jsonl", [{"id": "a1", "quotes": preds}])
    assert ours(GOLD, {"a1": preds}) == reference(gold, pred_file)


@pytest.mark.shared
@pytest.mark.model
@needs_scorer
@pytest.mark.skipif(not DEV.is_file(), reason=f"PolNeAR dev gold not found at {DEV}")
def test_same_figures_as_the_reference_scorer_on_dev(tmp_path):
    import quotegraph
    from quotegraph.evaluate import prediction as to_prediction

    with DEV.open(encoding="utf-8") as fh:
        lines = list(islice(fh, 10))
    gold_path = tmp_path / "dev10.jsonl"
    gold_path.write_text("".join(lines), encoding="utf-8")
    gold = read_gold(gold_path)
    arts = [quotegraph.Article(id=d["id"], text=d["text"], title=d.get("title")) for d in gold]
    preds = {}
    for art in quotegraph.extract_many(arts, nlp=quotegraph.load_pipeline()):
        assert isinstance(art, quotegraph.Article), art
        preds[art.id] = [to_prediction(q) for q in art.quotes]
    # leave one article out so the missing-document count is compared too
    del preds[gold[-1]["id"]]
    pred_path = write_jsonl(tmp_path / "pred.jsonl",
                            [{"id": k, "quotes": v} for k, v in preds.items()])
    ref = reference(gold_path, pred_path)
    assert ref["docs"] == 10 and ref["missing_docs"] == 1 and ref["pred"] > 0
    assert ours(gold, preds) == ref
