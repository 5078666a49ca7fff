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
