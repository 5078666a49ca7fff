"""The web app: search and browse a quotegraph database in a browser.

    >>> from quotegraph.store import open_store
    >>> from quotegraph.web import create_app
    >>> app = create_app(open_store("quotegraph.db"))     # then app.run(), or any WSGI server

``create_app`` takes an open store and opens nothing itself, so importing this package touches no
database. Each resource has its own module of routes (search, speakers, articles, statements,
stats), each page a template extending ``base.html``; every route is a thin call into the store
and the library (``SearchQuery``, ``render``, ``statements.diff_words``). The JSON API under
``/api/`` returns the same objects as the CLI's ``--format json``.

A SQLite connection belongs to the thread that opened it: serve the app from that thread (as
``quotegraph serve`` does, one request at a time), or give each worker its own store.
"""
from __future__ import annotations

from flask import Flask, render_template, request
from werkzeug.exceptions import HTTPException

from ..store import Store
from . import articles, search, speakers, stats, statements
from .common import STORE_KEY, api_error, page_url

__all__ = ["create_app"]


def create_app(store: Store) -> Flask:
    """A Flask app serving ``store``: search, speakers, articles, statements, stats and /api/."""
    app = Flask(__name__)
    app.extensions[STORE_KEY] = store
    app.json.sort_keys = False  # keep the contract's field order, as the CLI prints it
    app.json.ensure_ascii = False
    app.add_template_global(page_url)
    for module in (search, speakers, articles, statements, stats):
        app.register_blueprint(module.bp)
    app.register_error_handler(HTTPException, _http_error)
    return app


def _http_error(error: HTTPException):
    """Errors as JSON under /api/, as a page elsewhere."""
    if request.path.startswith("/api/"):
        return api_error(error.description, error.code)
    return render_template("error.html", error=error), error.code
