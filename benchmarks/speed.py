"""Extraction speed against a bare spaCy parse of the same texts (`make bench`).

Runs quotegraph's extraction over a JSONL of articles (default: PolNeAR dev) and, in the same
process, a bare ``nlp.pipe`` of the same model as spaCy loads it (its own tokenizer and thinc's
default operations, not quotegraph's changes to them; see ``quotegraph.nlp.pipeline``) with all
its components over the same texts; one core (BLAS threads pinned to 1). Both run once untimed
first (so both find spaCy's caches warm), then alternately ``--repeat`` times; the best time of
each is reported (the least disturbed by the rest of the machine), with the ratio, words/s and
peak memory (RSS high-water mark). For reference, the bare parse is then timed again with the
matrix products quotegraph uses (``numpy_products``): how much of the gain is that alone.
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
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each (best is reported)")
    args = ap.parse_args()

    from quotegraph import Article, extract_many, load_pipeline
    from quotegraph.nlp.pipeline import load_model, numpy_products

    with open(args.jsonl, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(args.model)
    stock = load_model(args.model)
    arts = lambda: [Article(id=r["id"], text=r["text"], title=r.get("title")) for r in records]

    def bare() -> float:
        t0 = time.perf_counter()
        for _ in stock.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - t0

    def ours() -> tuple[float, int]:
        t0 = time.perf_counter()
        n = sum(len(a.quotes) for a in extract_many(arts(), nlp=nlp))
        return time.perf_counter() - t0, n

    bare(), ours()  # warm-up
    bare_times, our_times = [], []
    for _ in range(args.repeat):
        bare_times.append(bare())
        seconds, n_quotes = ours()
        our_times.append(seconds)
    bare_s, ours_s = min(bare_times), min(our_times)
    numpy_products(stock)
    bare()
    bare_numpy_s = min(bare() for _ in range(args.repeat))

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(texts)}  words: {words}  quotes found: {n_quotes}")
    print(f"best of {args.repeat} runs each, after one untimed run of each")
    print(f"bare spaCy parse ({'+'.join(stock.pipe_names)}): {bare_s:.1f} s, {words / bare_s:,.0f} words/s")
    print(f"quotegraph extract:                 {ours_s:.1f} s, {words / ours_s:,.0f} words/s")
    print(f"ratio (bare parse time / quotegraph time): {bare_s / ours_s:.2f}")
    print(f"for reference, the bare parse with numpy's matrix products: {bare_numpy_s:.1f} s "
          f"(ratio {bare_numpy_s / ours_s:.2f})")
    print(f"peak memory: {peak_mb:,.0f} MB (both models loaded)")


if __name__ == "__main__":
    main()
