"""Human-readable renderings of extracted articles: a text listing and a standalone HTML page."""
from __future__ import annotations

import html
import textwrap
from collections import Counter

from .models import Article, Quote

# colour-blind-friendly palette (Okabe-Ito, lightened) for speakers
_COLOURS = ("#f5c77e", "#9fd3f5", "#8fdcc4", "#f7ef9a", "#a9c8ea", "#f2b48f", "#e3b5d2", "#d0d0d0")
#: The name quotes without a speaker are listed and coloured under.
UNKNOWN_SPEAKER = "(unknown speaker)"


def speaker_colours(articles: list[Article]) -> dict[str, str]:
    """A colour for each speaker, in order of first quote (quotes without one: UNKNOWN_SPEAKER)."""
    speakers = dict.fromkeys(q.speaker or UNKNOWN_SPEAKER for a in articles for q in a.quotes)
    return {s: _COLOURS[i % len(_COLOURS)] for i, s in enumerate(speakers)}


def _who(q: Quote) -> str:
    who = q.speaker or UNKNOWN_SPEAKER
    if q.speaker_title:
        who += f" ({q.speaker_title})"
    return who


def text_listing(article: Article) -> str:
    """Who said what, one entry per quote, for reading in a terminal."""
    kinds = Counter(b.kind for b in article.blocks)
    lines = [f"== {article.title or article.id} ==",
             "blocks: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())),
             f"{len(article.quotes)} quotations", ""]
    for n, q in enumerate(article.quotes, 1):
        meta = [q.kind, _who(q)]
        if q.channel:
            meta.append(f"via {q.channel}")
        if q.reported_by:
            meta.append(f"according to {q.reported_by}")
        if q.cue:
            meta.append(f"cue “{q.cue}”")
        meta.append(f"confidence {q.confidence:.2f}")
        lines.append(f"[{n}] " + " · ".join(meta))
        lines.extend(textwrap.wrap(" ".join(q.content.split()), 96, initial_indent="    ",
                                   subsequent_indent="    "))
        if q.mentions:
            lines.append("    about: " + ", ".join(q.mentions))
    return "\n".join(lines) + "\n"


def html_page(articles: list[Article]) -> str:
    """A standalone page: each article's text with its quotes highlighted, speakers colour-coded."""
    colour = speaker_colours(articles)
    legend = "".join(f'<li><span class="sw" style="background:{c}"></span>{html.escape(s)}</li>'
                     for s, c in colour.items())
    body = "".join(f"<article><h2>{html.escape(a.title or a.id)}</h2>{article_html(a, colour)}</article>"
                   for a in articles)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>quotegraph</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font:16px/1.55 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}}
p{{margin:.6rem 0}} .caption,.credit,.byline{{color:#777;font-size:.9em;font-style:italic}}
.heading{{font-weight:700;font-size:1.15em}} mark{{padding:0 .1em;border-radius:3px}}
mark[data-kind=indirect]{{background:none!important;border-bottom:3px solid var(--c)}}
.sw{{display:inline-block;width:1em;height:1em;border-radius:3px;margin-right:.4em;vertical-align:-.15em}}
ul.legend{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}}
</style></head><body>
<h1>Who said what</h1><ul class="legend">{legend}</ul>{body}</body></html>
"""


def article_html(article: Article, colour: dict[str, str]) -> str:
    """The article's blocks as HTML paragraphs (escaped), quotes in <mark>s of their speaker's
    colour (``speaker_colours``), indirect ones underlined."""
    text = article.text
    marks = sorted(((s, e, q) for q in article.quotes for s, e in (q.pieces or [[q.start, q.end]])),
                   key=lambda m: m[0])
    paras = []
    for b in article.blocks:
        out, pos = [], b.start
        for s, e, q in marks:
            if s < pos or s >= b.end:
                continue
            e = min(e, b.end)
            c = colour[q.speaker or UNKNOWN_SPEAKER]
            title = html.escape(f"{q.kind} · {_who(q)}" + (f" · via {q.channel}" if q.channel else ""))
            out.append(html.escape(text[pos:s]))
            out.append(f'<mark data-kind="{q.kind}" style="background:{c};--c:{c}" title="{title}">'
                       f"{html.escape(text[s:e])}</mark>")
            pos = e
        out.append(html.escape(text[pos:b.end]))
        paras.append(f'<p class="{b.kind}">{"".join(out)}</p>')
    return "".join(paras)
