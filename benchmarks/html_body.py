"""How well the HTML reader finds the article body on real news pages.

Runs ``quotegraph.readers.article_from_html`` over the 152 pages of ``SHARED/data/html-news``
and compares the text it extracts with the body a person extracted (``articleBody``), word by
word: precision, recall and F1 over bags of lower-cased words, summed over all pages (micro) and
averaged per page (mean; a page that fails counts as precision = recall = 0). Also prints how
many pages failed, the time taken and on how many pages the title, date, URL and outlet were
found (the URL is not passed in, so it must come from the page).

    .venv/bin/python benchmarks/html_body.py [--shared ../shared] [--compare]

``--compare`` scores a few trafilatura settings side by side; the best one is the default in
``quotegraph.readers.html.HtmlOptions``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from quotegraph.readers import HtmlOptions, ReadError, article_from_html

DEFAULT = HtmlOptions()
VARIANTS = {
    "default": DEFAULT,
    "balanced": replace(DEFAULT, favor_precision=False),
    "recall": replace(DEFAULT, favor_precision=False, favor_recall=True),
    "no tables": replace(DEFAULT, include_tables=False),
    "no captions": replace(DEFAULT, keep_captions=False),
}
METADATA = ("title", "date", "url", "outlet")
_WORD = re.compile(r"\w+")


@dataclass
class Score:
    """Word overlap totals (for micro scores) and per-page scores (for means)."""

    overlap: int = 0
    extracted: int = 0
    gold: int = 0
    failed: int = 0
    metadata: Counter = field(default_factory=Counter)
    pages: list[tuple[float, float, float]] = field(default_factory=list)

    def add(self, extracted: str, gold: str) -> None:
        """Score one page's extracted text against its gold body."""
        got, want = Counter(_WORD.findall(extracted.lower())), Counter(_WORD.findall(gold.lower()))
        overlap = sum((got & want).values())
        self.overlap += overlap
        self.extracted += sum(got.values())
        self.gold += sum(want.values())
        self.pages.append(prf(overlap, sum(got.values()), sum(want.values())))

    def micro(self) -> tuple[float, float, float]:
        return prf(self.overlap, self.extracted, self.gold)

    def mean(self) -> tuple[float, float, float]:
        return tuple(sum(column) / len(self.pages) for column in zip(*self.pages))


def prf(overlap: int, extracted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    precision = overlap / extracted if extracted else 0.0
    recall = overlap / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_pages(corpus: Path) -> list[tuple[str, str, bytes]]:
    """Return (url, gold body, HTML bytes) for every page of the corpus."""
    pages = []
    with (corpus / "ground-truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            html = gzip.decompress((corpus / "html" / f"{record['id']}.html.gz").read_bytes())
            pages.append((record["url"], record["articleBody"], html))
    return pages


def evaluate(pages: list[tuple[str, str, bytes]], options: HtmlOptions) -> tuple[Score, float]:
    """Score ``options`` on ``pages``; return the score and the seconds taken."""
    score, started = Score(), time.perf_counter()
    for url, gold, html in pages:
        try:
            article = article_from_html(html, id=url, options=options)
        except ReadError:
            score.failed += 1
            score.add("", gold)
            continue
        score.add(article.text, gold)
        score.metadata.update(name for name in METADATA if getattr(article, name))
    return score, time.perf_counter() - started


def report(name: str, score: Score, seconds: float) -> str:
    """One table row: micro and mean P/R/F1, failures, time, pages with each metadata field."""
    micro, mean = score.micro(), score.mean()
    cells = " ".join(f"{value:6.3f}" for value in (*micro, *mean))
    found = "/".join(str(score.metadata[name]) for name in METADATA)
    return f"{name:<12} {cells} {score.failed:6d} {seconds:7.1f}s  {found}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the shared data directory (default: ../shared)")
    parser.add_argument("--compare", action="store_true",
                        help="score several trafilatura settings, not just the default")
    args = parser.parse_args(argv)
    corpus = args.shared / "data" / "html-news"
    if not (corpus / "ground-truth.jsonl").exists():
        parser.error(f"{corpus}/ground-truth.jsonl not found; pass --shared DIR")
    pages = load_pages(corpus)
    variants = VARIANTS if args.compare else {"default": DEFAULT}
    print(f"{len(pages)} pages; word-level scores against the human-extracted body")
    print(f"{'settings':<12} {'micro P':>6} {'R':>6} {'F1':>6} {'mean P':>6} {'R':>6} {'F1':>6} "
          f"{'failed':>6} {'time':>8}  title/date/url/outlet found")
    for name, options in variants.items():
        print(report(name, *evaluate(pages, options)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
