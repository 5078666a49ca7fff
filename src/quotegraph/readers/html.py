"""HTML pages: the article body and its metadata, found by trafilatura.

The body comes out one paragraph per line (quotegraph's block classifier relies on that), with
photo captions kept as lines of their own. Title, date (ISO ``yyyy-mm-dd``), URL, outlet and author come
from the page's metadata unless the caller already knows them; the outlet is the site's name,
or, when the page does not state one, the host of its URL (trafilatura derives it); the author
is the people the page's author field names (``quotegraph.authors.clean_authors``).

Bytes are decoded with the charset the page declares (byte-order mark, then the HTTP header the
caller passes, then ``<meta charset>``/``http-equiv``); a page that declares none, or lies about
it, is read as UTF-8, and as a last resort as UTF-8 with undecodable bytes replaced by U+FFFD.
Only HTML gets that lenience: a page with one bad byte is still worth reading, whereas a bad
byte in a text file shifts every offset a user has computed, so the text reader refuses it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import BinaryIO, Iterator

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from ..authors import clean_authors
from ..models import Article, Failure
from .errors import ReadError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_PRESCAN_BYTES = 4096
#: Labels browsers read as windows-1252 (WHATWG Encoding Standard), whatever they claim.
_WINDOWS_1252_LABELS = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1"}


@dataclass(frozen=True)
class HtmlOptions:
    """How trafilatura looks for the article body.

    The defaults scored best on 152 real news pages (``benchmarks/html_body.py``: word F1 0.969
    against 0.962 without ``favor_precision``). ``keep_captions`` costs about 0.01 precision
    there, because the human-extracted bodies leave captions out; quotegraph keeps them so that
    its block classifier can mark them as captions rather than lose the quotes they hold.
    """

    favor_precision: bool = True
    favor_recall: bool = False
    include_tables: bool = True
    keep_captions: bool = True
    #: Fewer words than this is what trafilatura scrapes from a page with no article (menus,
    #: a cookie notice), not an article; the shortest body among the 152 pages has 18.
    min_words: int = 10


DEFAULT_OPTIONS = HtmlOptions()


def _charset_codec(label: str | bytes | None) -> str | None:
    """Return the Python codec for a charset label, or None if the label is absent or unknown."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes, http_charset: str | None = None) -> str | None:
    """Return the codec a page declares: by BOM, by ``http_charset``, or by a ``<meta>`` tag."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    meta = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    return _charset_codec(http_charset) or _charset_codec(meta and meta.group(1))


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """Decode HTML bytes with their declared charset, falling back to UTF-8 (see module docs)."""
    declared = declared_charset(data, http_charset)
    for codec in dict.fromkeys((declared or "utf-8", "utf-8")):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _captions_as_paragraphs(tree: HtmlElement) -> None:
    """Replace each ``<figure>`` that has a caption by a ``<p>`` holding the caption text.

    trafilatura drops figures whole; as paragraphs, captions survive to be classified as such.
    """
    for figure in list(tree.iter("figure")):
        caption = figure.find(".//figcaption")
        text = _element_words(caption) if caption is not None else ""
        if not text or figure.getparent() is None:
            continue
        paragraph = tree.makeelement("p", {})
        paragraph.text, paragraph.tail = text, figure.tail
        figure.getparent().replace(figure, paragraph)


def _posts_as_paragraphs(tree: HtmlElement) -> None:
    """Replace each post embedded from X/Twitter (``<blockquote class="twitter-tweet">``) by plain
    paragraphs: the post, its lines joined, then its "— Name (@handle) date" signature, which
    attributes the post to its signer. As a blockquote, trafilatura often drops the post."""
    for quote in list(tree.iter("blockquote")):
        if "twitter-tweet" not in (quote.get("class") or "") or quote.getparent() is None:
            continue
        for br in list(quote.iter("br")):
            br.tail = " " + (br.tail or "")
            br.drop_tag()
        lines = [_element_words(p) for p in quote.iter("p")]
        rest = [quote.text or ""] + [(c.tail or "") if c.tag == "p" else "".join(c.itertext()) + (c.tail or "")
                                     for c in quote]
        lines.append(" ".join("".join(rest).split()))
        host = _embed_host(quote)  # the wrapper ("social-media-embed") trafilatura would drop
        parent, at = host.getparent(), host.getparent().index(host)
        lines = [line for line in lines if line] + ([host.tail] if host.tail and host.tail.strip() else [])
        for n, line in enumerate(lines):
            paragraph = tree.makeelement("p", {})
            paragraph.text = line
            parent.insert(at + n, paragraph)
        parent.remove(host)


def _embed_host(el: HtmlElement) -> HtmlElement:
    """The outermost wrapper of ``el`` that holds nothing else but scripts and empty elements."""
    while (parent := el.getparent()) is not None and parent.tag in ("div", "figure", "span", "section", "aside") \
            and parent.getparent() is not None and not (parent.text or "").strip() and all(
                c is el or c.tag in ("script", "style", "noscript") or not "".join(c.itertext()).strip()
                and not (c.tail or "").strip() for c in parent):
        el = parent
    return el


def _drop_hover_cards(tree: HtmlElement) -> None:
    """Remove the cards that some sites hide in a paragraph after a linked name -- a picture, the
    full name, links to other stories -- shown only on hover; otherwise their words run into the
    sentence ("Gov. Jo RoeJoanna Roe ..."). A card is the largest span or div inside a paragraph
    that begins with an image."""
    for paragraph in list(tree.iter("p")):
        for img in list(paragraph.iter("img")):
            card, el = None, img
            while ((parent := el.getparent()) is not None and parent is not paragraph
                   and parent.tag in ("span", "div") and not _text_before(parent, el).strip()):
                card = el = parent
            if card is not None and card.getparent() is not None:
                card.drop_tree()  # keeps the text after it


def _text_before(parent: HtmlElement, child: HtmlElement) -> str:
    """The text inside ``parent`` that comes before its child ``child``."""
    out = [parent.text or ""]
    for sib in parent:
        if sib is child:
            break
        out += [sib.text_content(), sib.tail or ""]
    return "".join(out)


def _element_words(el: HtmlElement) -> str:
    """The text of an element, a space between the texts of its children where none was typed:
    "<span>... in May</span><span>Credit: EPA</span>" -> "... in May Credit: EPA", but
    "<i>Alien</i>, a film" keeps its comma in place."""
    text = ""
    for piece in el.itertext():
        if text and piece and not text[-1].isspace() and (piece[0].isalnum() or piece[0] in "(“‘\""):
            text += " "
        text += piece
    return " ".join(text.split())


def _tidy_lines(text: str) -> str:
    """One paragraph per line: strip each line and drop the empty ones."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _extract(html: str, url: str | None, options: HtmlOptions) -> Document | None:
    """Run trafilatura on ``html``; return its Document, or None if the page has no body."""
    tree = load_html(html)
    if tree is None:
        return None
    _drop_hover_cards(tree)
    if options.keep_captions:
        _captions_as_paragraphs(tree)
    _posts_as_paragraphs(tree)
    return trafilatura.bare_extraction(
        tree, url=url, include_comments=False, with_metadata=True,
        favor_precision=options.favor_precision, favor_recall=options.favor_recall,
        include_tables=options.include_tables)


def article_from_html(html: str | bytes, *, id: str, url: str | None = None,
                      title: str | None = None, date: str | None = None,
                      outlet: str | None = None, author: str | None = None,
                      options: HtmlOptions = DEFAULT_OPTIONS) -> Article:
    """Extract the article in an HTML page. Metadata given as arguments wins over the page's.

    Raises ``ReadError`` if no article body is found.
    """
    if isinstance(html, bytes):
        html = decode_html(html)
    document = _extract(html, url, options)
    text = _tidy_lines(document.text or "") if document is not None else ""
    if len(text.split()) < options.min_words:
        raise ReadError("no article text found in the HTML; is it an article page, "
                        "not an index, a login wall or a script-only page?")
    return Article(id=id, text=text, title=title or document.title, date=date or document.date,
                   url=url or document.url, outlet=outlet or document.sitename,
                   author=author or clean_authors(document.author, document.sitename))


def read_html(stream: BinaryIO, source: str) -> Iterator[Article | Failure]:
    """Yield the article in an HTML stream (its id is ``source``), or a Failure."""
    try:
        yield article_from_html(stream.read(), id=source)
    except ReadError as exc:
        yield Failure(source, str(exc))
