"""The public extraction API: article text in, attributed quotes out.

Each article is split into blocks; only body paragraphs are parsed, each as its own small Doc
(``nlp.pipe`` over the paragraphs of many articles at once), so a stray quotation mark or a
sentence split can never run across paragraphs, and the parser never sees captions and credits.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language

from .authors import byline_authors
from .models import Article, Failure
from .nlp.blocks import classify_blocks
from .nlp.components import ATTRIBUTABLE, attribute
from .nlp.language import foreign
from .nlp.paragraph import Paragraph, after_dateline
from .nlp.pipeline import load_pipeline, parse


def extract(article: str | Article, *, nlp: Language | None = None) -> Article:
    """Find and attribute the quotations of one article (a text or an ``Article``).

    >>> art = extract("“We are ready,” the minister said.")
    >>> art.quotes[0].content, art.quotes[0].speaker
    ('“We are ready,”', 'the minister')
    """
    if isinstance(article, str):
        article = Article(id="-", text=article)
    result = next(extract_many([article], nlp=nlp))
    if isinstance(result, Failure):
        raise ValueError(f"{result.source}: {result.error}")
    return result


def extract_many(articles: Iterable[Article], *, nlp: Language | None = None,
                 batch_size: int = 16) -> Iterator[Article | Failure]:
    """Extract every article, in input order; an article that fails yields a ``Failure``.

    Paragraphs of ``batch_size`` articles are parsed together with ``nlp.pipe``.
    """
    nlp = nlp or load_pipeline()
    it = iter(articles)
    while batch := list(islice(it, batch_size)):
        yield from _extract_batch(batch, nlp)


def parse_paragraphs(batch: list[Article], nlp: Language) -> list[list[Paragraph]]:
    """Classify each article's blocks and parse its attributable paragraphs, one Doc each."""
    jobs = []  # (article index, block index, block)
    for a, art in enumerate(batch):
        art.blocks = classify_blocks(art.text, art.title)
        if art.author is None:  # "By Jane Roe" in the text
            art.author = next((byline_authors(art.text[b.start:b.end]) for b in art.blocks
                               if b.kind == "byline"), None)
        jobs.extend((a, i, b) for i, b in enumerate(art.blocks) if b.kind in ATTRIBUTABLE)
    # a wire dateline ("LINDENFORD — Every ballot ..., the office announced") is left out of the
    # parse: the parser hangs the lede's clause on the place's name and loses what was announced
    starts = [after_dateline(batch[a].text, b.start, b.end) for a, _, b in jobs]
    texts = (batch[a].text[s:b.end] for (a, _, b), s in zip(jobs, starts))
    paragraphs: list[list[Paragraph]] = [[] for _ in batch]
    for (a, i, b), s, doc in zip(jobs, starts, parse(nlp, texts)):
        paragraphs[a].append(Paragraph(doc[:], s, batch[a].text, i))
    return paragraphs


def _extract_batch(batch: list[Article], nlp: Language) -> Iterator[Article | Failure]:
    """One result per article, in order: text in another language is reported, not parsed."""
    reasons = [foreign(art.text) for art in batch]
    english = _extract_english([art for art, reason in zip(batch, reasons) if not reason], nlp)
    for art, reason in zip(batch, reasons):
        if reason:
            yield Failure(art.id, f"not English text ({reason}); quotegraph reads English only, "
                                  "so nothing was extracted")
        else:
            yield next(english)


def _extract_english(batch: list[Article], nlp: Language) -> Iterator[Article | Failure]:
    if not batch:
        return
    try:
        paragraphs = parse_paragraphs(batch, nlp)
    except Exception as exc:  # one article broke the batch: retry one article at a time
        if len(batch) > 1:
            for art in batch:
                yield from _extract_english([art], nlp)
        else:
            yield Failure(batch[0].id, f"extraction failed: {type(exc).__name__}: {exc}")
        return
    for art, paras in zip(batch, paragraphs):
        try:
            art.quotes = attribute(art.text, paras, author=art.author)
        except Exception as exc:  # report, never stop the batch
            yield Failure(art.id, f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        yield art
