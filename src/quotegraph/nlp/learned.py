"""The trained parts attribution consults, in one object: which verbs are cues (``cuemodel``) and
which mention is a cue's speaker (``linker``). Without them the rules decide: the reporting-verb
lexicon and the parse's subject."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .cuemodel import CueModel, default_cue_model
from .linker import SpeakerLinker, default_linker
from .rules import Paragraph, is_cue, subject_of


@dataclass(frozen=True)
class Learned:
    cues: CueModel | None = None
    speakers: SpeakerLinker | None = None

    def is_cue(self, tok: Token, para: Paragraph) -> bool:
        return self.cues.is_cue(tok, para) if self.cues is not None else is_cue(tok)

    def speaker(self, cue: Token, para: Paragraph) -> Token | None:
        return self.speakers.speaker(cue, para) if self.speakers is not None else subject_of(cue, para)


RULES_ONLY = Learned()


@lru_cache(maxsize=1)
def packaged() -> Learned:
    """The models that ship with quotegraph (each None if its weights are absent)."""
    return Learned(default_cue_model(), default_linker())
