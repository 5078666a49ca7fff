"""Corpus counts at ``/stats`` and ``/api/stats``."""
from __future__ import annotations

from flask import Blueprint, jsonify, render_template

from .common import get_store

bp = Blueprint("stats", __name__)

#: How the page names each count of ``Store.stats()``; others show their key.
LABELS = {
    "articles": "Articles",
    "blocks": "Blocks (paragraphs, headings, captions…)",
    "quotes": "Quotes",
    "speakers": "Speakers",
    "statements": "Statements",
    "statements_in_several_articles": "Statements reported by several articles",
    "statements_wording_differs": "… whose wording differs",
    "failures": "Inputs that failed",
}


@bp.get("/stats")
def index():
    counts = get_store().stats()
    rows = [(LABELS.get(name, name), value) for name, value in counts.items()]
    return render_template("stats.html", rows=rows)


@bp.get("/api/stats")
def api():
    return jsonify(get_store().stats())
