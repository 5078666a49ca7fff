"""The trained parts attribution consults, in one object: which verbs are cues (``cuemodel``),
which verb frames a quotation (``framer``) and which mention is a cue's speaker (``linker``).
Each part left out falls back to the rules: the reporting-verb lexicon, the frame rules and the
parse's subject."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .cuemodel import CueModel, default_cue_model
from .cues import is_according, is_cue
from .framer import QuoteFramer, default_framer
from .frames import Frame, dash_frame, frame_by_rules
from .linker import SpeakerLinker, default_linker
from .mentions import named_apposition, subject_of
from .paragraph import Paragraph
from .quotemarks import QuoteSpan


SURE_CUE = 0.85  # a cue this likely reports on its own even inside another report (PolNeAR train)


@dataclass(frozen=True)
class Learned:
    cues: CueModel | None = None
    speakers: SpeakerLinker | None = None
    frames: QuoteFramer | None = None

    def is_cue(self, tok: Token, para: Paragraph) -> bool:
        return self.cues.is_cue(tok, para) if self.cues is not None else is_cue(tok)

    def cue_probability(self, tok: Token, para: Paragraph) -> float:
        if is_according(tok):
            return 1.0
        if self.cues is None or tok.pos_ != "VERB":
            return float(self.is_cue(tok, para))
        return self.cues.probability(tok, para)

    def sure_cue(self, tok: Token, para: Paragraph) -> bool:
        """Whether the cue detector is all but certain ``tok`` is a cue (never so by the rules)."""
        return self.cues is not None and self.cue_probability(tok, para) >= SURE_CUE

    def speaker(self, cue: Token, para: Paragraph) -> tuple[Token | None, float | None, float | None]:
        """The head of the cue's speaker mention, the linker's score for it and for the runner-up
        (None: rules); a person named beside a common noun chosen is the mention
        (``mentions.named_apposition``)."""
        head, score, runner_up = ((subject_of(cue, para), None, None) if self.speakers is None
                                  else self.speakers.speaker(cue, para))
        named = named_apposition(head, cue) if head is not None else None
        return named or head, score, runner_up

    def speaker_of(self, cue: Token, para: Paragraph) -> Token | None:
        return self.speaker(cue, para)[0]

    def frame(self, q: QuoteSpan, para: Paragraph, cues: list[Token]) -> Frame:
        """The cue that frames quotation ``q`` ("“...,” she said"), if any (see ``frames.Frame``)."""
        if self.frames is None:
            cue = frame_by_rules(q, para, cues, self.speaker_of)
            return Frame(cue, None, cue)
        fr = self.frames.frame(q, para, cues, self)
        if fr.cue is None and (dashed := dash_frame(q, para, self.speaker_of)) is not None:
            return Frame(dashed, fr.score, dashed)
        return fr


RULES_ONLY = Learned()


@lru_cache(maxsize=1)
def packaged() -> Learned:
    """The models that ship with quotegraph (each None if its weights are absent)."""
    return Learned(default_cue_model(), default_linker(), default_framer())
