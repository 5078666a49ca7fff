"""Search: the form and ranked results at ``/``, and ``/api/search``."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping

from flask import Blueprint, jsonify, render_template, request
from markupsafe import Markup, escape

from ..models import QUOTE_KINDS
from ..search import SearchQuery
from .common import api_error, get_store, page_of, paging_args, text_arg

bp = Blueprint("search", __name__)

#: The store's snippets mark matched words with [brackets].
_MATCH = re.compile(r"\[([^\[\]]*)\]")


def query_from_args(args: Mapping[str, str]) -> SearchQuery:
    """The SearchQuery a form or API request asks for; ValueError says what is wrong."""
    limit, offset = paging_args(args)
    return SearchQuery(
        text=(args.get("q") or "").strip(), speaker=text_arg(args, "speaker"),
        outlet=text_arg(args, "outlet"), since=text_arg(args, "since"),
        until=text_arg(args, "until"), kind=text_arg(args, "kind"), limit=limit, offset=offset,
    )


@bp.app_template_filter("snippet")
def snippet_html(snippet: str) -> Markup:
    """A search snippet, escaped, with its [matched words] in <mark>."""
    return Markup(_MATCH.sub(r"<mark>\1</mark>", str(escape(snippet))))


@bp.get("/")
def page():
    try:
        query = query_from_args(request.args)
    except ValueError as exc:
        return render_template("search.html", kinds=QUOTE_KINDS, error=str(exc)), 400
    rows = get_store().search(replace(query, limit=query.limit + 1))
    results, pager = page_of(rows, query.limit, query.offset)
    return render_template("search.html", kinds=QUOTE_KINDS, query=query, results=results,
                           pager=pager)


@bp.get("/api/search")
def api():
    try:
        query = query_from_args(request.args)
    except ValueError as exc:
        return api_error(str(exc))
    return jsonify(get_store().search(query))
