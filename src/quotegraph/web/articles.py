"""One article at ``/articles/<id>``: its text with the quotes highlighted by speaker, and its quotes.

The highlighting is ``quotegraph.render``'s, the same as ``quotegraph extract --format html``.
"""
from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, abort, render_template
from markupsafe import Markup

from ..models import Article, Block
from ..render import UNKNOWN_SPEAKER, article_html, speaker_colours
from .common import get_store

bp = Blueprint("articles", __name__)


def highlighted(article: Article, colours: dict[str, str]) -> Markup:
    """The article's text as HTML paragraphs with its quotes in coloured <mark>s (escaped)."""
    if not article.blocks:  # stored without blocks: one body block, so no text is left out
        article = replace(article, blocks=[Block("body", 0, len(article.text))])
    return Markup(article_html(article, colours))


@bp.get("/articles/<path:source>")
def article(source: str):
    found = get_store().article(source)
    if found is None:
        abort(404, f"No article has the id {source!r}.")
    record = found["article"]
    colours = speaker_colours([record])
    quotes = [(row, colours[row["speaker"] or UNKNOWN_SPEAKER]) for row in found["quotes"]]
    return render_template("article.html", article=record, quotes=quotes, colours=colours,
                           text=highlighted(record, colours))
