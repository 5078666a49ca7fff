"""Ingest a corpus: readers -> extraction -> store, resumable, in parallel, never stopped by one
bad input.

    >>> from quotegraph.corpus import ingest
    >>> from quotegraph.store import open_store
    >>> with open_store("quotegraph.db") as store:                    # doctest: +SKIP
    ...     report = ingest(["news/"], store, jobs=2)
    >>> print(report.summary())                                       # doctest: +SKIP

Articles already in the store are skipped before extraction, so a rerun after a crash (even
``kill -9``) only extracts what is missing; each article is committed with its quotes in one
transaction, so nothing is half-stored. Extraction runs in ``jobs`` worker processes that each
load the spaCy model once; this process alone reads inputs and writes the store, in input order.
"""
from __future__ import annotations

import logging
import os
import resource
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import Pool
from pathlib import Path
from typing import Iterable, Iterator

from tqdm import tqdm

from .extraction import extract_many
from .models import Article, Failure
from .nlp.pipeline import load_pipeline
from .readers import read_articles, walk
from .store import Store, article_key

log = logging.getLogger(__name__)

CHUNK_SIZE = 8          # articles per task sent to a worker (and per nlp.pipe batch)
CHUNKS_PER_WORKER = 2   # tasks in flight per worker: bounds memory, keeps workers busy
LOG_EVERY = 10.0        # seconds between progress lines when stderr is not a terminal


@dataclass
class IngestReport:
    """What an ingest did. ``skipped`` were already stored; ``duplicates`` repeated an article
    stored earlier in the same run; ``worker_peak_rss`` is bytes per extracting process id."""

    read: int = 0
    skipped: int = 0
    added: int = 0
    duplicates: int = 0
    quotes: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    worker_peak_rss: dict[int, int] = field(default_factory=dict)

    @property
    def done(self) -> int:
        """Inputs finished one way or another (stored, skipped, repeated or failed)."""
        return self.added + self.skipped + self.duplicates + len(self.failures)

    @property
    def rate(self) -> float:
        """Articles stored per second."""
        return self.added / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        text = (f"{self.added} articles added ({self.quotes} quotes), {self.skipped} already "
                f"stored, {self.duplicates} repeated, {len(self.failures)} failed; "
                f"{self.seconds:.1f}s, {self.rate:.1f} articles/s")
        if self.worker_peak_rss:
            text += f", peak {max(self.worker_peak_rss.values()) / 2**20:.0f} MiB per worker"
        return text


def ingest(paths: Iterable[str | Path], store: Store, *, jobs: int = 1, model: str | None = None,
           progress: bool | None = None) -> IngestReport:
    """Read ``paths``, extract quotes from the articles not yet stored, store them; a report.

    ``jobs`` worker processes extract (1: in this process); ``model`` names the spaCy model
    (default: the pipeline's). ``progress``: a tqdm bar (True), log lines (False), or a bar
    only when stderr is a terminal (None). Failures are stored, reported, and never stop it.
    """
    paths = list(paths)
    report = IngestReport()
    started = time.perf_counter()
    with _Progress(report, paths, progress) as bar:

        def fail(failure: Failure) -> None:
            store.add_failure(failure.source, failure.error)
            report.failures.append(failure)
            bar.update()

        def new_articles() -> Iterator[Article]:
            for item in read_articles(paths):
                if isinstance(item, Failure):
                    fail(item)
                    continue
                report.read += 1
                if store.has_article(article_key(item)):
                    report.skipped += 1
                    bar.update()
                else:
                    yield item

        for item in _extract(new_articles(), jobs, model, report):
            if isinstance(item, Failure):
                fail(item)
                continue
            if store.add_article(item):
                report.added += 1
                report.quotes += len(item.quotes)
            else:
                report.duplicates += 1
            bar.update()
    report.seconds = time.perf_counter() - started
    return report


# -- extraction, in this process or in workers --------------------------------------------------

_nlp = None
_nlp_error: str | None = None


def _load_model(model: str | None) -> None:
    """Worker initializer: load the pipeline once; remember a failure instead of raising
    (a raising initializer makes a Pool respawn workers forever)."""
    global _nlp, _nlp_error
    _nlp, _nlp_error = None, None
    try:
        _nlp = load_pipeline(model)
    except Exception as exc:  # noqa: BLE001 - reported per article below
        _nlp_error = f"could not load the spaCy model: {exc}"


def _extract_chunk(chunk: list[Article]) -> tuple[int, int, list[Article | Failure]]:
    """Extract a chunk; (pid, peak RSS in bytes, results in order). Never raises: an error in a
    batch is retried article by article so only the culprit becomes a Failure."""
    if _nlp_error:
        results: list[Article | Failure] = [Failure(a.id, _nlp_error) for a in chunk]
    else:
        try:
            results = list(extract_many(chunk, nlp=_nlp, batch_size=CHUNK_SIZE))
        except Exception:  # noqa: BLE001
            results = [_extract_one(article) for article in chunk]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    return os.getpid(), peak, results


def _extract_one(article: Article) -> Article | Failure:
    try:
        return next(iter(extract_many([article], nlp=_nlp)),
                    Failure(article.id, "extraction returned nothing"))
    except Exception as exc:  # noqa: BLE001
        return Failure(article.id, f"extraction failed: {type(exc).__name__}: {exc}")


def _chunks(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """Lists of CHUNK_SIZE articles (the last may be shorter)."""
    articles = iter(articles)
    return iter(lambda: list(islice(articles, CHUNK_SIZE)), [])


def _extract(articles: Iterable[Article], jobs: int, model: str | None,
             report: IngestReport) -> Iterator[Article | Failure]:
    """Extracted articles (or Failures) in input order.

    Chunks are submitted from this thread with a bounded window rather than ``Pool.imap``, whose
    feeder thread would drain ``articles`` (and so query the store) from another thread and
    without limit.
    """
    if jobs <= 1:
        _load_model(model)
        for chunk in _chunks(articles):
            pid, peak, results = _extract_chunk(chunk)
            report.worker_peak_rss[pid] = peak
            yield from results
        return
    with Pool(jobs, initializer=_load_model, initargs=(model,)) as pool:
        window: deque = deque()
        for chunk in _chunks(articles):
            window.append(pool.apply_async(_extract_chunk, (chunk,)))
            if len(window) >= jobs * CHUNKS_PER_WORKER:
                yield from _collect(window.popleft(), report)
        while window:
            yield from _collect(window.popleft(), report)


def _collect(task, report: IngestReport) -> list[Article | Failure]:
    pid, peak, results = task.get()
    report.worker_peak_rss[pid] = max(peak, report.worker_peak_rss.get(pid, 0))
    return results


# -- progress -------------------------------------------------------------------------------------

class _Progress:
    """A tqdm bar (articles done, quotes found, rate, ETA) or, off a terminal, a log line every
    LOG_EVERY seconds and one at the end."""

    def __init__(self, report: IngestReport, paths: list, enabled: bool | None):
        self.report = report
        self.paths = paths
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.bar = None
        self.last_log = time.monotonic()

    def __enter__(self) -> "_Progress":
        if self.enabled:
            self.bar = tqdm(total=_estimate_total(self.paths), unit=" articles", file=sys.stderr,
                            dynamic_ncols=True)
        return self

    def update(self) -> None:
        if self.bar is not None:
            self.bar.set_postfix(quotes=self.report.quotes, failed=len(self.report.failures),
                                 refresh=False)
            self.bar.update(self.report.done - self.bar.n)
        elif time.monotonic() - self.last_log >= LOG_EVERY:
            self.last_log = time.monotonic()
            self._log()

    def _log(self) -> None:
        r = self.report
        log.info("ingest: %d done (%d added, %d already stored), %d quotes, %d failed",
                 r.done, r.added, r.skipped, r.quotes, len(r.failures))

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()
        else:
            self._log()


def _estimate_total(paths: list) -> int | None:
    """How many articles ``paths`` hold, for the bar's ETA: one per file, one per JSONL line.
    None (no ETA) for stdin and web archives, whose record counts need a full read."""
    total = 0
    for given in paths:
        path = Path(given)
        if str(given) == "-":
            return None
        for file in walk(path) if path.is_dir() else [path]:
            name = file.name.lower()
            if name.endswith((".warc", ".warc.gz", ".jsonl.gz", ".ndjson.gz")):
                return None
            if name.endswith((".jsonl", ".ndjson")) and file.is_file():
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total
