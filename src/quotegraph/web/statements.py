"""``/statements``: one statement reported by several articles, each wording side by side.

Groups whose wording differs come first; each wording lists what changed from the group's first
reported wording (``quotegraph.statements.diff_words``). Speaker pages show their groups too.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request

from ..statements import diff_words
from .common import get_store, page_of, paging_args

bp = Blueprint("statements", __name__)


@bp.app_template_global()
def wordings(group: dict[str, Any]) -> list[tuple[dict[str, Any], list[tuple[str, str]]]]:
    """Each quote of a statement group with the word runs that differ from the first wording."""
    return [(quote, diff_words(group["content"], quote["content"])) for quote in group["quotes"]]


@bp.get("/statements")
def index():
    try:
        limit, offset = paging_args(request.args)
    except ValueError as exc:
        abort(400, str(exc))
    groups, pager = page_of(get_store().statements(limit=limit + 1, offset=offset), limit, offset)
    return render_template("statements.html", groups=groups, pager=pager)
