"""quotegraph: who said what, in what role, through which channel, about whom.

    >>> import quotegraph
    >>> art = quotegraph.extract("“We will win,” the senator said.")
    >>> art.quotes[0].speaker
    'the senator'
"""
from .models import Article, Block, Failure, Quote

__version__ = "0.1.0"
__all__ = ["Article", "Block", "Failure", "Quote", "extract", "extract_many", "read_articles",
           "open_store", "load_pipeline"]


def __getattr__(name):  # heavy modules (spaCy, database drivers) load on first use only
    if name in ("extract", "extract_many"):
        from . import extraction
        return getattr(extraction, name)
    if name == "load_pipeline":
        from .nlp.pipeline import load_pipeline
        return load_pipeline
    if name == "read_articles":
        from .readers import read_articles
        return read_articles
    if name == "open_store":
        from .store import open_store
        return open_store
    raise AttributeError(f"module 'quotegraph' has no attribute {name!r}")
