"""How likely a quote is right end to end: the features the calibrator sees
(``confidence_features``: how the speaker was found, the learned parts' scores in bands, how the
content was found and built, where the quote sits in its paragraph) and the probability reported
as a quote's ``confidence`` (``confidence``), a fixed score by how the speaker was found where no
trained calibrator ships.
"""
from __future__ import annotations

from .attribution import Attribution, Speaker
from .linear import packaged_model
from .paragraph import Paragraph

CONFIDENCE = {  # by how the speaker was found, when no trained calibrator ships
    "name": 0.9, "pronoun": 0.8, "title": 0.75, "continuation": 0.7, "author": 0.8, "unresolved": 0.35, "none": 0.15,
}

CLOSING_MARKS = '”"»’\''


def confidence_features(att: Attribution, sp: Speaker, text: str, para: Paragraph | None,
                        speaker_at: int | None) -> list[str]:
    """What the confidence calibrator sees of a quote (in ``para``): how its speaker was found,
    and more (``speaker_at``: where the speaker is mentioned)."""
    words = len(text[att.start:att.end].split())
    size = "short" if words <= 4 else "medium" if words <= 15 else "long" if words <= 40 else "xlong"
    cue = text[att.cue[0]:att.cue[1]].lower() if att.cue else "none"
    mention = att.source_root.tag_ if att.source_root is not None else "none"
    return [f"how={sp.how}", f"kind={att.kind}", f"how|kind={sp.how}|{att.kind}",
            f"speaker_kind={sp.kind}", f"how|speaker_kind={sp.how}|{sp.kind}",
            f"cue_class={att.cue_class}", f"size={size}", f"kind|size={att.kind}|{size}",
            f"titled={sp.title is not None}", f"channel={att.channel is not None}",
            f"cue={cue}", f"kind|cue={att.kind}|{cue}", f"mention={mention}",
            f"kind|mention={att.kind}|{mention}", f"how|size={sp.how}|{size}",
            f"full_name={bool(sp.name and sp.kind == 'person' and ' ' in sp.name)}",
            f"closed={text[att.end - 1] in CLOSING_MARKS}",
            f"kind|how|speaker_kind={att.kind}|{sp.how}|{sp.kind}"] + [
        f for name in ("cue", "frame", "speaker") for band in [_band(att.scores.get(name))]
        for f in (f"{name}_score={band}", f"kind|{name}_score={att.kind}|{band}",
                  f"how|{name}_score={sp.how}|{band}")] + _margin(att) + _shape(att, text) + _setting(att, para, speaker_at)


def _margin(att: Attribution) -> list[str]:
    """How far the linker's speaker led the next candidate ("alone": the only one)."""
    best, runner_up = att.scores.get("speaker"), att.scores.get("runner_up")
    if best is None:
        return []
    lead = "alone" if runner_up is None else _band(best - runner_up, (0.1, 0.3, 0.5, 0.7))
    return [f"margin={lead}", f"kind|margin={att.kind}|{lead}"]


def _band(score: float | None, bounds: tuple[float, ...] = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99)) -> str:
    """A learned part's score as a band ("none" where the rules decided)."""
    if score is None:
        return "none"
    return next((f"<{b}" for b in bounds if score < b), f">={bounds[-1]}")


def _shape(att: Attribution, text: str) -> list[str]:
    """How a content was found and built -- where its edges tend to be wrong: coordinations,
    asides, commas."""
    content = " ".join(text[s:e] for s, e in att.pieces).lower()
    commas = min(content.count(","), 3)
    joined = any(w in content for w in (" and ", " but ", " while ", " as well as ", " whereas "))
    after = text[att.end:att.end + 2].strip()[:1]
    return [f"via={att.via}", f"kind|via={att.kind}|{att.via}", f"kind|commas={att.kind}|{commas}",
            f"kind|joined={att.kind}|{joined}",
            f"kind|aside={att.kind}|{'(' in content or ' - ' in content or '—' in content}",
            f"kind|that={att.kind}|{content.startswith('that ')}",
            f"kind|pieces={att.kind}|{min(len(att.pieces), 3)}",
            f"kind|ends={att.kind}|{after in ('.', '!', '?', '') or after in CLOSING_MARKS}",
            f"kind|nested={att.kind}|{att.nested}"]


def _setting(att: Attribution, para: Paragraph | None, speaker_at: int | None) -> list[str]:
    """Where the quote sits in its paragraph: how far from its speaker's mention and on which
    side, how many quotations the paragraph holds, how much of it the quote is, and whether the
    paragraph names a source of its own ("according to ...", which PolNeAR makes the source)."""
    if para is None:
        return []
    start, end, kind = para.start, para.end, att.kind
    quotes = sum(q.primary for q in para.quotes)
    out = [f"kind|according={kind}|{'according to' in para.text[start:end].lower()}",
           f"kind|quotes={kind}|{min(quotes, 4)}",
           f"kind|share={kind}|{round(min(1.0, (att.end - att.start) / max(1, end - start)), 1)}"]
    if speaker_at is not None:
        gap = min(abs(speaker_at - att.start), abs(speaker_at - att.end))
        out += [f"kind|gap={kind}|{min(gap // 40, 5)}", f"kind|before={kind}|{speaker_at < att.start}",
                f"kind|same_paragraph={kind}|{start <= speaker_at <= end}"]
    return out


NO_SPEAKER_CAP = 0.45  # the most a quote with no speaker is given


def confidence(features: list[str], sp: Speaker) -> float:
    """Probability that the quote is right end to end: the calibrator trained on PolNeAR
    (``quotegraph.training``), or a fixed score by how the speaker was found without one. A quote
    with no speaker stays below 0.5 whatever the calibrator says: PolNeAR leaves some statements
    without a source (a question whose asker is not named), so "right" there means the source is
    rightly absent, and no one filtering on confidence wants a statement nobody made."""
    model = packaged_model("confidence_model")
    p = CONFIDENCE[sp.how] if model is None else round(model.probability(features), 3)
    return p if sp.name else min(p, NO_SPEAKER_CAP)
