"""Train quotegraph's learned components on PolNeAR train: ``make train``.

1. Parse every train article once (the extraction path: blocks, body paragraphs, one Doc each).
2. Cue detector: every verb outside quotations is an example, positive when a gold cue covers
   it; logistic regression over ``cuemodel.features``. The decision threshold is the one that
   gives the best split-tolerant end-to-end F1 over all attributions on held-out folds.
3. Speaker linker: for every attribution the cue detector finds whose cue is a gold cue, each
   candidate mention of the cue's sentence is an example, positive when it is the head of the
   gold source; logistic regression over ``linker.features``.
4. Quote framer: every verb near a double quotation is an example, positive when it is the gold
   cue of a content that is mostly that quotation; logistic regression over
   ``framer.features``, its threshold chosen on held-out folds (best direct e2e F1).
5. Confidence calibrator: 5-fold cross-fitting -- each fold is attributed with models trained on
   the other folds -- gives out-of-sample quotes labelled right or wrong by the scorer's rule; a
   logistic regression over ``confidence.confidence_features`` learns P(right).
6. Writes ``nlp/data/{cue,speaker,frame,confidence}_model.json`` and ``training.json`` (settings
   and figures for the model card), then prints the dev figures of the result.

Needs scikit-learn (``pip install -e '.[train]'``); fixed seed; about ten minutes on 2 cores.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from .evaluate import judge, read_gold, score, prediction
from .extraction import parse_paragraphs
from .models import Article
from .nlp import framer, linker
from .nlp.components import attribute, attribute_scored
from .nlp.cuemodel import CueModel, features, is_candidate
from .nlp.cues import paragraph_cues
from .nlp.frames import transcript_turn, turn_labels
from .nlp.learned import Learned
from .nlp.linear import LogisticModel
from .nlp.pipeline import load_pipeline
from .nlp.rules import paragraph_attributions

SEED = 13
FOLDS = 5
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
FRAME_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
SPEAKER_C = 1.0  # the linker's inverse regularisation strength
FRAME_C = 1.0    # the framer's
# the calibrator's: of 0.1, 0.3 and 1.0, the best log loss on out-of-fold train quotes held out by
# article (5 folds: 0.381, 0.383, 0.392)
CALIBRATION_C = 0.1
FRAMED_SHARE = 0.7  # a quote is framed when its gold content is at least this much quotation
DATA = Path(__file__).parent / "nlp" / "data"


class Parsed:
    """A gold article with its parsed paragraphs, kept in memory to re-attribute cheaply."""

    def __init__(self, record: dict, article: Article, paragraphs):
        self.record, self.article, self.paragraphs = record, article, paragraphs

    def quotes(self, learned: Learned | None):
        return attribute(self.article.text, self.paragraphs, learned)


def parse(records: list[dict], nlp, batch: int = 16) -> list[Parsed]:
    out = []
    for i in range(0, len(records), batch):
        chunk = records[i:i + batch]
        arts = [Article(id=r["id"], text=r["text"], title=r.get("title")) for r in chunk]
        for r, a, paras in zip(chunk, arts, parse_paragraphs(arts, nlp)):
            out.append(Parsed(r, a, paras))
    return out


def cue_examples(docs: list[Parsed]) -> tuple[list[list[str]], list[int]]:
    X, y = [], []
    for d in docs:
        cue_chars = {i for a in d.record["attributions"] for s, e in a["cue"] for i in range(s, e)}
        for para in d.paragraphs:
            for tok in para.span:
                if is_candidate(tok, para):
                    X.append(features(tok, para))
                    y.append(int(any(i in cue_chars for i in range(para.cs(tok), para.ce(tok)))))
    return X, y


def speaker_examples(docs: list[Parsed], cues: CueModel) -> tuple[list[list[str]], list[int]]:
    """Candidate speakers of every found attribution whose cue is a gold cue with a source."""
    X, y = [], []
    for d in docs:
        gold = d.record["attributions"]
        labels = turn_labels(d.paragraphs)
        for para in d.paragraphs:
            for att in paragraph_attributions(para, Learned(cues), labels):
                if att.cue_root is None or att.via == "noun":  # a noun's owner is not linked
                    continue
                match = _gold_for(att, gold)
                if match is None or not match["source"]:
                    continue
                src = {i for s, e in match["source"] for i in range(s, e)}
                inside = lambda t: any(i in src for i in range(para.cs(t), para.ce(t)))
                cands, feats = linker.candidate_features(att.cue_root, para)
                # the head of the gold source ("council" of "the city council of Valdmark")
                heads = [inside(t) and (t.head.i == t.i or not inside(t.head)) for t in cands]
                labels = heads if any(heads) else [inside(t) for t in cands]
                X.extend(feats)
                y.extend(map(int, labels))
    return X, y


def frame_examples(docs: list[Parsed], learned: Learned) -> tuple[list[list[str]], list[int]]:
    """Candidate frames of every double quotation; a candidate is positive when it is the cue of
    the gold attribution the quote belongs to and that content is mostly the quotation itself
    (not a fragment of a reported clause, whose cue is not its frame)."""
    X, y = [], []
    for d in docs:
        text, gold = d.record["text"], d.record["attributions"]
        labels = turn_labels(d.paragraphs)
        for para in d.paragraphs:
            if transcript_turn(para, labels) is not None:
                continue
            cues = paragraph_cues(para, learned)
            quoted = {i for q in para.quotes if q.primary for i in range(q.start, q.end)}
            for q in para.quotes:
                if not q.primary:
                    continue
                match = _gold_holding(range(q.start, q.end), gold)
                cue = set()
                if match is not None:
                    words = [i for s, e in match["content"] for i in range(s, e) if text[i].isalnum()]
                    if sum(i in quoted for i in words) >= FRAMED_SHARE * len(words):
                        cue = {i for s, e in match["cue"] for i in range(s, e)}
                cands, feats = framer.candidate_features(q, para, cues, learned)
                X.extend(feats)
                y.extend(int(any(i in cue for i in range(para.cs(t), para.ce(t)))) for t in cands)
    return X, y


def _gold_holding(chars: range, gold: list[dict]) -> dict | None:
    """The gold attribution whose content holds most of ``chars``."""
    overlap = lambda g: sum(max(0, min(e, chars.stop) - max(s, chars.start)) for s, e in g["content"])
    best = max(gold, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None


def _gold_for(att, gold: list[dict]) -> dict | None:
    """The gold attribution sharing the attribution's cue (the most overlapping content first)."""
    cs, ce = att.cue
    same = [g for g in gold if any(s < ce and cs < e for s, e in g["cue"])]
    overlap = lambda g: sum(max(0, min(e, pe) - max(s, ps)) for s, e in g["content"] for ps, pe in att.pieces)
    return max(same, key=overlap) if same else None


def fit(X: list[list[str]], y: list[int], c: float, meta: dict | None = None) -> LogisticModel:
    """Logistic regression over binary features, exported as {feature: weight}."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    M = vec.fit_transform([dict.fromkeys(f, 1) for f in X])
    clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(M, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= 1e-3}
    return LogisticModel(weights, round(float(clf.intercept_[0]), 4), meta)


def figures(docs: list[Parsed], learned: Learned | None) -> dict:
    preds = {d.record["id"]: [prediction(q) for q in d.quotes(learned)] for d in docs}
    return score([d.record for d in docs], preds)


def folds(docs: list[Parsed]) -> list[list[Parsed]]:
    order = docs[:]
    random.Random(SEED).shuffle(order)
    return [order[k::FOLDS] for k in range(FOLDS)]


class Fold:
    """Held-out articles and the models trained on the other folds (added one at a time)."""

    def __init__(self, held: list[Parsed], rest: list[Parsed], c: float):
        self.held, self.rest = held, rest
        self.cue = fit(*cue_examples(rest), c)
        self.speaker: LogisticModel | None = None
        self.frame: LogisticModel | None = None

    def learned(self, threshold: float, frame_threshold: float = 0.5) -> Learned:
        return Learned(CueModel(self.cue, threshold),
                       linker.SpeakerLinker(self.speaker) if self.speaker is not None else None,
                       framer.QuoteFramer(self.frame, frame_threshold) if self.frame is not None else None)


def cross_fit(docs: list[Parsed], c: float) -> list[Fold]:
    parts = folds(docs)
    return [Fold(held, [d for j, p in enumerate(parts) if j != k for d in p], c)
            for k, held in enumerate(parts)]


def held_out(fitted: list[Fold], learned_of) -> dict:
    """The scorer's figures on every fold's held-out articles, each attributed with
    ``learned_of(fold)``."""
    preds, gold = {}, []
    for fold in fitted:
        learned = learned_of(fold)
        for d in fold.held:
            preds[d.record["id"]] = [prediction(q) for q in d.quotes(learned)]
            gold.append(d.record)
    return score(gold, preds)


TIE = 0.0005  # held-out F1s this close (two or three of ~5,000 gold quotes) are a tie


def choose(name: str, values, fitted: list[Fold], learned_of, key) -> tuple[float, dict]:
    """The value of a threshold with the best held-out figures ``key(figures)``, a pair (see ``pick``)."""
    results = {}
    for v in values:
        fig = held_out(fitted, lambda fold: learned_of(fold, v))
        results[v] = key(fig)
        print(f"  {name} {v}: held-out {results[v]}", flush=True)
    return pick(results), {str(v): r for v, r in results.items()}


def pick(results: dict[float, tuple[float, float]]) -> float:
    """Of the values whose first figure is within ``TIE`` of the best, the one with the best second
    figure; of values tied on that too, the highest (a stricter threshold: fewer, surer cues or
    frames, where the held-out figures cannot tell the difference)."""
    best = max(first for first, _ in results.values())
    tied = [v for v, (first, _) in results.items() if first >= best - TIE - 1e-9]
    return max(tied, key=lambda v: (results[v][1], v))


def calibration_examples(fitted: list[Fold], threshold: float,
                         frame_threshold: float) -> tuple[list[list[str]], list[int]]:
    """Out-of-fold quotes: their confidence features and whether each was right."""
    X, y = [], []
    for fold in fitted:
        learned = fold.learned(threshold, frame_threshold)
        for d in fold.held:
            scored = attribute_scored(d.article.text, d.paragraphs, learned)
            quotes = [q for q, _ in scored]
            X.extend(f for _, f in scored)
            y.extend(int(ok) for ok in judge(d.record["text"], d.record["attributions"], quotes))
    return X, y


def reliability(docs: list[Parsed], bins=(0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)) -> list[dict]:
    """Accuracy of quotes by confidence band (with the shipped models)."""
    rows = [{"from": lo, "to": min(hi, 1.0), "quotes": 0, "right": 0} for lo, hi in zip(bins, bins[1:])]
    for d in docs:
        quotes = d.quotes(None)
        for q, ok in zip(quotes, judge(d.record["text"], d.record["attributions"], quotes)):
            row = next(r for r, (lo, hi) in zip(rows, zip(bins, bins[1:])) if lo <= q.confidence < hi)
            row["quotes"] += 1
            row["right"] += ok
    for r in rows:
        r["accuracy"] = round(r["right"] / r["quotes"], 3) if r["quotes"] else None
    return rows


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Train quotegraph's cue detector, speaker linker, "
                                             "quote framer and confidence calibrator.")
    ap.add_argument("--train", default="../shared/data/polnear/train.jsonl")
    ap.add_argument("--dev", default="../shared/data/polnear/dev.jsonl")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--model", default=None, help="spaCy model to parse with")
    args = ap.parse_args(argv)

    t0 = time.time()
    nlp = load_pipeline(args.model)
    train = parse(read_gold(args.train), nlp)
    dev = parse(read_gold(args.dev), nlp)
    print(f"parsed {len(train)} train and {len(dev)} dev articles in {time.time() - t0:.0f} s", flush=True)

    fitted = cross_fit(train, args.c)
    threshold, sweep = choose("cue threshold", THRESHOLDS, fitted, lambda fold, t: fold.learned(t),
                              lambda f: (f["tol_all_e2e_prf"][2], f["tol_direct_e2e_prf"][2]))
    X, y = cue_examples(train)
    cue = CueModel(fit(X, y, args.c, {"threshold": threshold, "examples": len(y), "positives": sum(y),
                                      "seed": SEED, "c": args.c}), threshold)
    cue.model.save(DATA / "cue_model.json")

    for fold in fitted:
        fold.speaker = fit(*speaker_examples(fold.rest, CueModel(fold.cue, threshold)), SPEAKER_C)
    SX, Sy = speaker_examples(train, cue)
    speaker = fit(SX, Sy, SPEAKER_C, {"examples": len(Sy), "positives": sum(Sy), "seed": SEED, "c": SPEAKER_C})
    speaker.save(DATA / "speaker_model.json")

    for fold in fitted:
        fold.frame = fit(*frame_examples(fold.rest, fold.learned(threshold)), FRAME_C)
    frame_threshold, frame_sweep = choose(
        "frame threshold", FRAME_THRESHOLDS, fitted, lambda fold, t: fold.learned(threshold, t),
        lambda f: (f["tol_direct_e2e_prf"][2], f["tol_all_e2e_prf"][2]))
    FX, Fy = frame_examples(train, Learned(cue, linker.SpeakerLinker(speaker)))
    fit(FX, Fy, FRAME_C, {"threshold": frame_threshold, "examples": len(Fy), "positives": sum(Fy),
                          "seed": SEED, "c": FRAME_C}).save(DATA / "frame_model.json")

    CX, Cy = calibration_examples(fitted, threshold, frame_threshold)
    fit(CX, Cy, CALIBRATION_C, {"examples": len(Cy), "right": sum(Cy), "seed": SEED, "c": CALIBRATION_C}
        ).save(DATA / "confidence_model.json")
    from .nlp import cuemodel, learned, linear
    for cached in (linear.packaged_model, cuemodel.default_cue_model, linker.default_linker,
                   framer.default_framer, learned.packaged):
        cached.cache_clear()

    dev_figures = figures(dev, None)
    log = {"train_articles": len(train), "dev_articles": len(dev), "seed": SEED, "c": args.c,
           "threshold": threshold, "threshold_sweep_heldout": sweep, "cue_examples": len(y),
           "cue_positives": sum(y), "speaker_examples": len(Sy), "frame_threshold": frame_threshold,
           "frame_threshold_sweep_heldout": frame_sweep, "frame_examples": len(Fy),
           "calibration_examples": len(Cy),
           "dev": {k: dev_figures[k] for k in ("tol_direct_e2e_prf", "tol_all_e2e_prf", "direct_e2e_prf",
                                               "e2e_prf", "tol_all_content_prf", "tol_direct_content_prf")},
           "dev_reliability": reliability(dev), "seconds": round(time.time() - t0)}
    with open(DATA / "training.json", "w", encoding="utf-8") as fh:
        json.dump(log, fh, indent=1)
        fh.write("\n")
    print(json.dumps(log, indent=1))


if __name__ == "__main__":
    main()
