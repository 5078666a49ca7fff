"""Speakers: the most quoted at ``/speakers`` (and ``/api/speakers``), one at ``/speakers/<id>``."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, render_template, request

from .common import MAX_LIMIT, api_error, get_store, int_arg, page_of, paging_args

bp = Blueprint("speakers", __name__)

#: How many of a speaker's statement groups their page shows.
STATEMENTS_SHOWN = 20


@bp.get("/speakers")
def index():
    try:
        top = int_arg(request.args, "top", 100, 1, MAX_LIMIT)
    except ValueError as exc:
        abort(400, str(exc))
    return render_template("speakers.html", speakers=get_store().speakers(top), top=top)


@bp.get("/speakers/<int:speaker_id>")
def speaker(speaker_id: int):
    store = get_store()
    entity = store.speaker(speaker_id)
    if entity is None:
        abort(404, f"No speaker has the id {speaker_id}.")
    try:
        limit, offset = paging_args(request.args)
    except ValueError as exc:
        abort(400, str(exc))
    quotes, pager = page_of(store.speaker_quotes(speaker_id, limit + 1, offset), limit, offset)
    return render_template("speaker.html", speaker=entity, quotes=quotes, pager=pager,
                           statements=store.statements(speaker_id, limit=STATEMENTS_SHOWN))


@bp.get("/api/speakers")
def api():
    try:
        top = int_arg(request.args, "top", 20, 1, MAX_LIMIT)
    except ValueError as exc:
        return api_error(str(exc))
    return jsonify(get_store().speakers(top))
