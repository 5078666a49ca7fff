"""What the route modules share: the store, request arguments, paging, API errors."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from flask import current_app, jsonify, request, url_for

from ..store import Store

STORE_KEY = "quotegraph.store"

#: The most rows one page (or one API call) returns.
MAX_LIMIT = 200


def get_store() -> Store:
    """The store the app was created with."""
    return current_app.extensions[STORE_KEY]


def int_arg(args: Mapping[str, str], name: str, default: int, minimum: int = 0,
            maximum: int | None = None) -> int:
    """A whole-number request argument; ValueError with a message for the user otherwise."""
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum}, not {value}")
    return value


def paging_args(args: Mapping[str, str], default_limit: int = 20) -> tuple[int, int]:
    """``limit`` (1 to MAX_LIMIT) and ``offset`` request arguments."""
    return (int_arg(args, "limit", default_limit, 1, MAX_LIMIT), int_arg(args, "offset", 0))


def text_arg(args: Mapping[str, str], name: str) -> str | None:
    """A text request argument, trimmed; None when absent or blank."""
    return (args.get(name) or "").strip() or None


@dataclass(frozen=True)
class Pager:
    """Where a page of rows sits: its size, its offset and whether more rows follow."""

    limit: int
    offset: int
    has_next: bool

    @property
    def previous_offset(self) -> int | None:
        return max(self.offset - self.limit, 0) if self.offset else None

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.has_next else None


def page_of(rows: Sequence[Any], limit: int, offset: int) -> tuple[Sequence[Any], Pager]:
    """Rows fetched with ``limit + 1`` trimmed to ``limit``, and the pager they make."""
    return rows[:limit], Pager(limit, offset, has_next=len(rows) > limit)


def page_url(offset: int) -> str:
    """The current page's URL with its arguments, at another offset (templates use it)."""
    args = {**request.args.to_dict(), "offset": offset}
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def api_error(message: str, status: int = 400):
    """A JSON error response: ``{"error": message}``."""
    return jsonify(error=message), status
