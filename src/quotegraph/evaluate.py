"""Evaluation against PolNeAR-format gold: the figures of the project's reference scorer.

Gold is JSONL, one article a line: {"id", "text", "attributions": [{"source", "cue", "content",
"no_source"}]} with [start, end) code-point spans (a role may have several pieces). A predicted
content matches a gold one when the Jaccard overlap of their characters -- white space, quotation
marks and punctuation left out -- is at least 0.5 (one-to-one, best first); end-to-end ("e2e")
also needs the predicted source span to overlap the gold one, unless the gold has no source.
"direct" means the content holds a double quotation mark.

The headline figures are split-tolerant ("tol_*"): a prediction is correct when at least half of
its characters lie in one gold content (and, for e2e, its source overlaps that gold's source); a
gold content is found when correct predictions cover at least half of its characters.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .models import Article, Quote

QUOTE_CHARS = frozenset('"“”«»„‟″')
IGNORED = frozenset(" \t\r\n") | QUOTE_CHARS | frozenset("'‘’.,;:!?-–—()[]")

Spans = list[list[int]]


def _spans(x) -> Spans:
    if not x:
        return []
    return [list(x)] if isinstance(x[0], int) else [list(p) for p in x]


def _chars(text: str, spans: Spans) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e) if text[i] not in IGNORED)


def _positions(spans: Spans) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e))


def _direct(text: str, spans: Spans) -> bool:
    return any(text[i] in QUOTE_CHARS for s, e in spans for i in range(s, e))


@dataclass
class Item:
    """One attribution, gold or predicted, reduced to what scoring needs."""

    chars: frozenset[int]
    source: frozenset[int]
    direct: bool

    def source_ok(self, gold: "Item") -> bool:
        return not gold.source or bool(gold.source & self.source)


def items(text: str, attributions: Iterable[dict]) -> list[Item]:
    return [Item(_chars(text, _spans(a["content"])), _positions(_spans(a.get("source"))),
                 _direct(text, _spans(a["content"]))) for a in attributions]


def prediction(q: Quote) -> dict:
    """A quote in the scorer's prediction format."""
    if q.reported_by_start is not None:  # PolNeAR's source is the outermost: the report cited
        source = [q.reported_by_start, q.reported_by_end]
    else:
        source = [q.speaker_start, q.speaker_end] if q.speaker_start is not None else None
    return {"content": q.pieces or [q.start, q.end], "source": source, "cue":
            [q.cue_start, q.cue_end] if q.cue_start is not None else None, "speaker": q.speaker}


def _one_to_one(gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            inter = len(g.chars & p.chars)
            if inter and inter / len(g.chars | p.chars) >= 0.5:
                cands.append((inter / len(g.chars | p.chars), i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j), pairs.append((i, j))
    return pairs


class Counts:
    """Running totals over articles; ``report()`` gives the scorer's figures."""

    def __init__(self):
        self.n = dict.fromkeys(("gold", "pred", "tp", "tp_e2e", "tp_exact", "gold_direct",
                                "pred_direct", "tp_d", "tp_d_e2e", "rec_d", "rec_d_e2e"), 0)
        self.tol = {name: [0] * 6 for name in ("all", "direct")}
        self.docs = self.missing = 0

    def add(self, gold: list[Item], pred: list[Item] | None) -> None:
        self.docs += 1
        if pred is None:
            self.missing += 1
            pred = []
        n = self.n
        n["gold"] += len(gold)
        n["pred"] += len(pred)
        n["gold_direct"] += sum(g.direct for g in gold)
        n["pred_direct"] += sum(p.direct for p in pred)
        for i, j in _one_to_one(gold, pred):
            g, p = gold[i], pred[j]
            ok = p.source_ok(g)
            n["tp"] += 1
            n["tp_e2e"] += ok
            n["tp_exact"] += g.chars == p.chars
            if p.direct:
                n["tp_d"] += 1
                n["tp_d_e2e"] += ok
            if g.direct:
                n["rec_d"] += 1
                n["rec_d_e2e"] += ok
        for name, direct_only in (("all", False), ("direct", True)):
            self.tol[name] = [a + b for a, b in zip(self.tol[name], _tolerant(gold, pred, direct_only))]

    def report(self) -> dict:
        n = self.n
        out = {"docs": self.docs, "missing_docs": self.missing, "gold": n["gold"], "pred": n["pred"],
               "content_prf": _prf(n["tp"], n["pred"], n["tp"], n["gold"]),
               "e2e_prf": _prf(n["tp_e2e"], n["pred"], n["tp_e2e"], n["gold"]),
               "exact_prf": _prf(n["tp_exact"], n["pred"], n["tp_exact"], n["gold"]),
               "gold_direct": n["gold_direct"], "pred_direct": n["pred_direct"]}
        for name in ("all", "direct"):
            n_p, ok_p, ok_p_e2e, n_g, ok_g, ok_g_e2e = self.tol[name]
            out[f"tol_{name}_content_prf"] = _prf(ok_p, n_p, ok_g, n_g)
            out[f"tol_{name}_e2e_prf"] = _prf(ok_p_e2e, n_p, ok_g_e2e, n_g)
        out["direct_content_prf"] = _prf(n["tp_d"], n["pred_direct"], n["rec_d"], n["gold_direct"])
        out["direct_e2e_prf"] = _prf(n["tp_d_e2e"], n["pred_direct"], n["rec_d_e2e"], n["gold_direct"])
        return out


def _tolerant(gold: list[Item], pred: list[Item], direct_only: bool) -> tuple[int, ...]:
    n_p = ok_p = ok_p_e2e = 0
    cover = [set() for _ in gold]
    cover_e2e = [set() for _ in gold]
    for p in pred:
        if not p.chars or (direct_only and not p.direct):
            continue
        n_p += 1
        bi = _home(p, gold)
        if bi is None:
            continue
        ok_p += 1
        cover[bi] |= p.chars & gold[bi].chars
        if p.source_ok(gold[bi]):
            ok_p_e2e += 1
            cover_e2e[bi] |= p.chars & gold[bi].chars
    n_g = ok_g = ok_g_e2e = 0
    for i, g in enumerate(gold):
        if not g.chars or (direct_only and not g.direct):
            continue
        n_g += 1
        ok_g += len(cover[i]) >= 0.5 * len(g.chars)
        ok_g_e2e += len(cover_e2e[i]) >= 0.5 * len(g.chars)
    return n_p, ok_p, ok_p_e2e, n_g, ok_g, ok_g_e2e


def _home(p: Item, gold: list[Item]) -> int | None:
    """The gold content holding at least half of a prediction's characters (the most), or None."""
    best, bi = 0, None
    for i, g in enumerate(gold):
        inter = len(p.chars & g.chars)
        if inter > best:
            best, bi = inter, i
    return bi if bi is not None and best >= 0.5 * len(p.chars) else None


def judge(text: str, gold_attributions: list[dict], quotes: list[Quote]) -> list[bool]:
    """For each quote, whether it is right end to end by the split-tolerant rule."""
    gold = items(text, gold_attributions)
    out = []
    for p in items(text, [prediction(q) for q in quotes]):
        home = _home(p, gold) if p.chars else None
        out.append(home is not None and p.source_ok(gold[home]))
    return out


def _prf(ok_p: int, n_p: int, ok_g: int, n_g: int) -> tuple[float, float, float]:
    p = ok_p / n_p if n_p else 0.0
    r = ok_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def read_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(gold: list[dict], predictions: dict[str, list[dict]]) -> dict:
    """The scorer's figures for gold records and predictions ({article id: [prediction]})."""
    counts = Counts()
    for d in gold:
        pred = predictions.get(d["id"])
        counts.add(items(d["text"], d["attributions"]),
                   None if pred is None else items(d["text"], pred))
    return counts.report()


def evaluate(gold_path: str | Path, *, nlp=None) -> tuple[dict, dict[str, list[dict]]]:
    """Extract every gold article and score; returns (figures, predictions by article id)."""
    from .extraction import extract_many

    gold = read_gold(gold_path)
    arts = (Article(id=d["id"], text=d["text"], title=d.get("title")) for d in gold)
    preds: dict[str, list[dict]] = {}
    for art in extract_many(arts, nlp=nlp):
        if isinstance(art, Article):
            preds[art.id] = [prediction(q) for q in art.quotes]
    return score(gold, preds), preds
