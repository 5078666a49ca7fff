"""Ingest and search benchmark.

    .venv/bin/python benchmarks/ingest.py [JSONL] [-j 2] [--limit N] [--db PATH]

1. Plain extraction of JSONL (default ../shared/data/polnear/train.jsonl) with ``-j`` workers, via
   ``corpus.ingest`` into a store that keeps nothing: the baseline.
2. The same ingest into a fresh SQLite database: time, articles/s, peak RSS per worker, and the
   store's overhead over the baseline (also measured directly as time spent in store calls).
3. 100 varied searches on that database (words, phrases, speaker/outlet/date/kind filters):
   median and p95 latency.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from quotegraph.corpus import ingest
from quotegraph.search import SearchQuery
from quotegraph.store import open_store

DEFAULT_JSONL = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear" / "train.jsonl"


class NullStore:
    """Stores nothing: ingest through it is plain extraction."""

    def has_article(self, key):
        return False

    def add_article(self, article):
        return True

    def add_failure(self, source, error):
        pass


class TimedStore:
    """Wraps a store and adds up the seconds spent in its writing calls."""

    def __init__(self, store):
        self.store, self.seconds = store, 0.0

    def __getattr__(self, name):
        method = getattr(self.store, name)

        def timed(*args):
            started = time.perf_counter()
            try:
                return method(*args)
            finally:
                self.seconds += time.perf_counter() - started
        return timed


def limited(path: Path, limit: int | None, workdir: Path) -> Path:
    if not limit:
        return path
    out = workdir / "sample.jsonl"
    with open(path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for _, line in zip(range(limit), src):
            dst.write(line)
    return out


def queries(store, count: int, seed: int = 1) -> list[SearchQuery]:
    """Varied queries drawn from the stored quotes: words, phrases, and filters."""
    rng = random.Random(seed)
    quotes = store.rows("SELECT q.content, a.outlet, a.date, s.name FROM quotes q "
                        "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id")
    speakers = [s["name"] for s in store.speakers(top=30)]
    made = []
    for i in range(count):
        row = rng.choice(quotes)
        words = [w for w in row["content"].split() if w.isalpha() and len(w) > 3] or ["said"]
        start = rng.randrange(len(words))
        text = (f'"{" ".join(words[start:start + 2])}"' if i % 5 == 0
                else " ".join(rng.sample(words, min(len(words), 1 + i % 3))))
        options = {}
        if i % 4 == 1:
            options["speaker"] = rng.choice(speakers)
        if i % 6 == 2 and row["outlet"]:
            options["outlet"] = row["outlet"]
        if i % 7 == 3 and row["date"]:
            options["since"] = row["date"][:10]
        if i % 9 == 4:
            options["kind"] = "direct"
        if i % 10 == 5:
            text = ""
        made.append(SearchQuery(text, **options))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", nargs="?", type=Path, default=DEFAULT_JSONL)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--db", type=Path, help="SQLite file to create (default: a temporary one)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        source = limited(args.jsonl, args.limit, Path(tmp))
        db = args.db or Path(tmp) / "bench.db"
        if db.exists():
            raise SystemExit(f"{db} exists: the benchmark needs a fresh database")

        plain = ingest([source], NullStore(), jobs=args.jobs, progress=False)
        print(f"plain extraction: {plain.added} articles in {plain.seconds:.1f}s "
              f"({plain.added / plain.seconds:.2f} articles/s), {plain.quotes} quotes")

        with open_store(str(db)) as store:
            timed = TimedStore(store)
            stored = ingest([source], timed, jobs=args.jobs, progress=False)
            overhead = (stored.seconds - plain.seconds) / plain.seconds
            print(f"ingest -j {args.jobs}: {stored.added} articles in {stored.seconds:.1f}s "
                  f"({stored.rate:.2f} articles/s), {stored.quotes} quotes, "
                  f"{len(stored.failures)} failures")
            print(f"store overhead: {overhead:+.1%} wall-clock vs plain extraction; "
                  f"{timed.seconds:.2f}s in store calls = {timed.seconds / stored.seconds:.1%} of the run")
            for pid, peak in sorted(stored.worker_peak_rss.items()):
                print(f"  worker {pid}: peak RSS {peak / 2**20:.0f} MiB")
            print(f"database: {db.stat().st_size / 2**20:.1f} MiB; {store.stats()}")

            latencies = []
            for query in queries(store, 100):
                started = time.perf_counter()
                store.search(query)
                latencies.append((time.perf_counter() - started) * 1000)
            latencies.sort()
            print(f"search: 100 queries, median {statistics.median(latencies):.2f} ms, "
                  f"p95 {latencies[94]:.2f} ms, max {latencies[-1]:.2f} ms")


if __name__ == "__main__":
    main()
