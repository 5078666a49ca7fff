"""The learned parts: the speaker linker's and the quote framer's candidates, features and choices,
and their training labels.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import math

import pytest

import quotegraph
from quotegraph.extraction import parse_paragraphs
from quotegraph.models import Article
from quotegraph.nlp import framer, linker
from quotegraph.nlp.attribution import Attribution
from quotegraph.nlp.confidence import _margin
from quotegraph.nlp.cuemodel import default_cue_model
from quotegraph.nlp.cues import paragraph_cues
from quotegraph.nlp.learned import RULES_ONLY, packaged
from quotegraph.nlp.linear import LogisticModel
from quotegraph.nlp.paragraph import entity_at
from quotegraph.training import Parsed, frame_examples, pick, speaker_examples

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return quotegraph.load_pipeline()


def paragraph(nlp, text):
    (paras,) = parse_paragraphs([Article(id="t", text=text)], nlp)
    return paras[0]


def token(para, word):
    return next(t for t in para.span if t.text == word)


def test_candidates_are_noun_phrase_heads_outside_quotes(nlp):
    para = paragraph(nlp, "“The port stays open,” the harbour master of Harwick said on Monday.")
    cands = [t.text for t in linker.candidates(token(para, "said"), para)]
    assert "master" in cands and "Harwick" in cands
    assert "harbour" not in cands  # a compound inside the noun phrase, not its head
    assert "port" not in cands     # inside the quotation


def test_dependency_path_of_the_cue_s_own_subject(nlp):
    para = paragraph(nlp, "Jane Roe said the port would close.")
    assert linker.dependency_path(token(para, "Roe"), token(para, "said")) == "nsubj|"


def test_shortcuts_agree_with_the_definitions_they_stand_for(nlp):
    para = paragraph(nlp, "“The Port of Harwick stays open,” said Jane Roe, the head of the New "
                          "Harbour Authority, who told the Coastal Courier it “will not close”.")
    for tok in para.span:
        assert entity_at(tok) == next((e for e in para.span.doc.ents if e.start <= tok.i < e.end), None)
        assert para.quotes_in_subtree(tok) == any(para.quote_index(t) is not None for t in tok.subtree)
    assert {e.text for e in para.ents} >= {"Jane Roe", "the Coastal Courier"}


def test_the_shipped_linker_picks_the_subject_not_a_noun_inside_it(nlp):
    para = paragraph(nlp, "The city council of Harwick said that the port would close in May.")
    assert packaged().speaker_of(token(para, "said"), para).text == "council"


def test_inverted_frame_speaker_after_the_cue(run):
    art = run("“The ferries will run again in June,” said harbour master Piet Vanterpool.")
    q = next(q for q in art.quotes if q.kind == "direct")
    assert q.speaker == "Piet Vanterpool"


def test_relative_pronoun_is_the_mention_and_the_antecedent_the_speaker(run):
    art = run("The plan was attacked by Jane Roe, a council member, who said it would “ruin the harbour "
              "for a generation”.")
    q = next(q for q in art.quotes if "ruin" in q.content)
    assert art.text[q.speaker_start:q.speaker_end] == "who"
    assert q.speaker == "Jane Roe"


def test_without_models_the_rules_decide(nlp):
    para = paragraph(nlp, "Jane Roe said the port would close.")
    assert RULES_ONLY.speaker(token(para, "said"), para) == (token(para, "Roe"), None, None)
    assert RULES_ONLY.is_cue(token(para, "said"), para)


def test_linker_takes_the_best_scoring_candidate(nlp):
    para = paragraph(nlp, "Jane Roe said the port would close.")
    prefers_port = LogisticModel({"kind=NN": 5.0}, -1.0)
    tok, score, runner_up = linker.SpeakerLinker(prefers_port).speaker(token(para, "said"), para)
    assert tok.text == "port" and score > 0.98
    assert runner_up == pytest.approx(1 / (1 + math.exp(1.0)))  # "Roe", which no weight favours


def test_the_calibrator_sees_how_far_the_speaker_led_the_next_candidate():
    att = Attribution("direct", [(0, 5)], cue=None, block=0)
    assert _margin(att) == []  # the rules chose: no scores
    att.scores["speaker"] = 0.9
    assert _margin(att) == ["margin=alone", "kind|margin=direct|alone"]
    att.scores["runner_up"] = 0.7
    assert _margin(att) == ["margin=<0.3", "kind|margin=direct|<0.3"]


def test_speaker_training_labels_mark_the_head_of_the_gold_source(nlp):
    text = "The city council of Harwick said that the port would close in May."
    src = [0, text.index(" said")]
    cue = [text.index("said"), text.index("said") + 4]
    record = {"id": "t", "text": text, "attributions": [
        {"source": [src], "cue": [cue], "content": [[cue[1] + 1, len(text) - 1]], "no_source": False}]}
    art = Article(id="t", text=text)
    doc = Parsed(record, art, parse_paragraphs([art], nlp)[0])
    X, y = speaker_examples([doc], default_cue_model())
    positive = [f for f, label in zip(X, y) if label]
    assert len(positive) == 1 and "dep=nsubj" in positive[0]
    assert sum(y) == 1 < len(y)


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: quotegraph.extract(Article(id="t", text=text), nlp=nlp)


def quote_of(para, words):
    return next(q for q in para.quotes if words in para.text[q.start:q.end])


def test_frame_candidates_stop_at_the_neighbouring_quotations(nlp):
    para = paragraph(nlp, "“The ferry is late,” Roe said. “It was late yesterday,” Lind added.")
    first = quote_of(para, "ferry")
    assert [t.text for t in framer.candidates(first, para)] == ["said"]


def test_the_shipped_framer_frames_a_quote_whose_cue_the_parse_reads_as_a_noun(run):
    art = run("“We have waited long enough for this bridge,” Halvorsen notes.")
    q = only_direct(art)
    assert (q.cue, q.speaker) == ("notes", "Halvorsen")


def test_a_second_segment_after_the_frame_joins_the_first(run):
    art = run("“The bridge opens in May,” Jane Roe said. “The ferry will stop the same week.”")
    q = only_direct(art)
    assert q.speaker == "Jane Roe" and len(q.pieces) == 2


def test_framer_threshold(nlp):
    para = paragraph(nlp, "“The ferry is late,” Roe said.")
    q = para.quotes[0]
    cues = paragraph_cues(para, RULES_ONLY)
    always = LogisticModel({}, 3.0)   # every candidate scores 0.95
    cue, score, best = framer.QuoteFramer(always, 0.9).frame(q, para, cues, RULES_ONLY)
    assert cue.text == "said" and best == cue and round(score, 2) == 0.95
    assert framer.QuoteFramer(always, 0.99).frame(q, para, cues, RULES_ONLY) == (None, score, best)


def only_direct(art):
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert len(direct) == 1, [(q.content, q.cue, q.speaker) for q in art.quotes]
    return direct[0]


def gold_record(text, attributions):
    """A PolNeAR-style record: each attribution (source, cue, content) as substrings of ``text``."""
    span = lambda s: [[text.index(s), text.index(s) + len(s)]]
    return {"id": "t", "text": text, "attributions": [
        {"source": span(src), "cue": span(cue), "content": span(content), "no_source": False}
        for src, cue, content in attributions]}


def labelled_frames(nlp, record):
    art = Article(id="t", text=record["text"])
    doc = Parsed(record, art, parse_paragraphs([art], nlp)[0])
    return frame_examples([doc], packaged())


def test_frame_training_labels_the_cue_of_a_quotation(nlp):
    text = "“The ferry is late again,” Jane Roe said on Monday."
    X, y = labelled_frames(nlp, gold_record(text, [("Jane Roe", "said", "“The ferry is late again,”")]))
    assert y == [1] and "side=R" in X[0]


def test_frame_training_labels_no_frame_for_a_fragment_of_a_reported_clause(nlp):
    text = "Jane Roe said the ferry was “late again” for the third week running."
    content = "the ferry was “late again” for the third week running"
    X, y = labelled_frames(nlp, gold_record(text, [("Jane Roe", "said", content)]))
    assert X and sum(y) == 0


def test_a_threshold_within_a_tie_of_the_best_is_chosen_by_the_second_figure():
    # held-out (direct, all) F1 by threshold: 0.8 leads on direct by less than a tie
    sweep = {0.5: (0.8764, 0.6864), 0.6: (0.8767, 0.6865), 0.8: (0.8768, 0.6864), 0.9: (0.8748, 0.6870)}
    assert pick(sweep) == 0.6
    assert pick({0.5: (0.8700, 0.6900), 0.6: (0.8760, 0.6800)}) == 0.6  # a clear lead stands


def test_of_thresholds_tied_on_both_figures_the_stricter_is_chosen():
    assert pick({0.5: (0.8860, 0.6930), 0.6: (0.8861, 0.6930), 0.7: (0.8861, 0.6929)}) == 0.6
