"""Extraction speed against a bare spaCy parse of the same texts (`make bench`).

Runs quotegraph's extraction over a JSONL of articles (default: PolNeAR dev) and, in the same
process and run, a bare ``nlp.pipe`` of the same model with all its components over the same
texts; one core (torch/BLAS threads pinned to 1). Prints both times, the ratio, words/s and peak
memory (RSS high-water mark of the process).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", nargs="?", default="../shared/data/polnear/dev.jsonl")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    from quotegraph import Article, extract_many, load_pipeline

    with open(args.jsonl, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(args.model)
    list(nlp.pipe(texts[:2]))  # warm up both paths alike

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    arts = [Article(id=r["id"], text=r["text"], title=r.get("title")) for r in records]
    n_quotes = sum(len(a.quotes) for a in extract_many(arts, nlp=nlp))
    ours = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(texts)}  words: {words}  quotes found: {n_quotes}")
    print(f"bare spaCy parse ({'+'.join(nlp.pipe_names)}): {bare:.1f} s, {words / bare:,.0f} words/s")
    print(f"quotegraph extract:                 {ours:.1f} s, {words / ours:,.0f} words/s")
    print(f"ratio (bare parse time / quotegraph time): {bare / ours:.2f}")
    print(f"peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
