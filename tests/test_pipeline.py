"""The pipeline quotegraph loads: the model's tokenizer, with dashes and glued quotation marks split off.

Every string here is invented for the test.
"""
from __future__ import annotations

import pytest

import quotegraph

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, tokens", [
    ("it.”―Mara Eskelin", ["it", ".", "”", "―", "Mara", "Eskelin"]),
    ("it.” —Mara", ["it", ".", "”", "—", "Mara"]),
    ("win.”– Tobias", ["win", ".", "”", "–", "Tobias"]),
    ("the port—and", ["the", "port", "—", "and"]),
    # the model's own rules stay
    ("don't stop in the U.S.", ["do", "n't", "stop", "in", "the", "U.S."]),
    ("a well-known (old) ferry.", ["a", "well", "-", "known", "(", "old", ")", "ferry", "."]),
])
def test_a_dash_is_its_own_token(text, tokens):
    assert [t.text for t in quotegraph.load_pipeline().tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("the pier,”Eskelin said", ["the", "pier", ",", "”", "Eskelin", "said"]),
    ("Eskelin said,“We sail.”", ["Eskelin", "said", ",", "“", "We", "sail", ".", "”"]),
    ('she said"no"and left', ["she", "said", '"', "no", '"', "and", "left"]),
    # marks already set off stay as the model splits them
    ("“We sail,” she said.", ["“", "We", "sail", ",", "”", "she", "said", "."]),
])
def test_a_quotation_mark_glued_to_a_word_is_its_own_token(text, tokens):
    assert [t.text for t in quotegraph.load_pipeline().tokenizer(text)] == tokens


def test_numpy_products_parse_as_the_stock_model_does():
    # the pipeline's models multiply with numpy's BLAS; the parse is the one thinc's default gives
    from quotegraph.nlp.pipeline import load_model, parse
    texts = ["Marta Ilves, the harbour master, said on Tuesday that the quay would reopen in May.",
             "“We are not selling,” the council's leader told reporters in Valdmark."]
    ours = quotegraph.load_pipeline()
    assert {type(node.ops).__name__ for _, pipe in ours.pipeline if getattr(pipe, "model", None) is not None
            for node in pipe.model.walk()} == {"NumpyOps"}
    assert not any(node.ops.use_blis for _, pipe in ours.pipeline if getattr(pipe, "model", None) is not None
                   for node in pipe.model.walk())
    stock = load_model()
    annotations = lambda doc: [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
    assert [annotations(d) for d in parse(ours, texts)] == [annotations(stock(t)) for t in texts]


def test_parsing_holds_blas_to_one_thread_per_process():
    # worker processes are how extraction uses more cores; BLAS threads in each would fight over them
    from threadpoolctl import threadpool_info
    from quotegraph.nlp.pipeline import parse
    for _ in parse(quotegraph.load_pipeline(), ["The quay reopens in May, the harbour master said."]):
        blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
        assert blas and set(blas) == {1}


def test_a_person_the_ner_ended_before_the_second_part_of_a_hyphenated_surname_runs_on():
    from spacy.tokens import Doc, Span

    from quotegraph.nlp.pipeline import mend_person_names
    nlp = quotegraph.load_pipeline()
    words = ["Helena", "Vasquez", "-", "Thorne", "said", "so", ",", "as", "did", "Ann", "Roe", "-", "Lind", "."]
    spaces = [True, False, False, True, True, False, True, True, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 9, 11, label="PERSON")]
    assert [e.text for e in mend_person_names(doc).ents] == ["Helena Vasquez-Thorne", "Ann Roe"]  # "Roe - Lind": spaced


def test_a_person_the_ner_began_after_a_first_given_name_starts_with_it():
    from quotegraph.nlp.pipeline import mend_person_names, parse
    nlp = quotegraph.load_pipeline()
    # (what the model made of it: "Yusuf Farah" alone, "Abdirahman" a compound of "Farah")
    doc = next(parse(nlp, ["On the quay, Abdirahman Yusuf Farah, 19, described the crossing."]))
    assert "Abdirahman Yusuf Farah" in [e.text for e in mend_person_names(doc).ents]
