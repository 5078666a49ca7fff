"""Articles in another language are reported, not turned into junk attributions.

The texts are invented for the test (the foreign ones written for it in each language).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotegraph
from quotegraph.nlp.language import foreign

ENGLISH = ("The harbour board said on Monday that the north quay would close in May for repairs. "
           "Its chair, who has run the port for a decade, told reporters that the work was overdue "
           "and that ferries would use the south quay until the autumn. Fishermen said they had not "
           "been consulted and that the closure would cost them their best season.")
SPANISH = ("La junta del puerto dijo el lunes que el muelle norte se cerrará en mayo para obras. "
           "Su presidenta, que dirige el puerto desde hace una década, explicó que las obras son "
           "necesarias y que los transbordadores usarán el muelle sur hasta el otoño. Los pescadores "
           "dicen que nadie les preguntó y que el cierre les costará la mejor temporada del año, por "
           "lo que piden una reunión con la junta para esta semana.")
GERMAN = ("Die Hafenverwaltung hat am Montag mitgeteilt, dass der Nordkai im Mai für Reparaturen "
          "geschlossen wird. Die Vorsitzende sagte, die Arbeiten seien überfällig und die Fähren "
          "würden bis zum Herbst den Südkai nutzen. Die Fischer sagen, sie seien nicht gefragt "
          "worden, und die Schließung koste sie die beste Zeit des Jahres. Das ist für viele von "
          "ihnen ein schwerer Schlag, und sie wollen sich mit der Verwaltung treffen.")
RUSSIAN = ("Портовое управление в понедельник сообщило, что северный причал закроют в мае на "
           "ремонт. Председатель сказала, что работы давно назрели и что паромы до осени будут "
           "швартоваться у южного причала. Рыбаки говорят, что с ними никто не советовался и что "
           "закрытие лишит их лучшего сезона в году, поэтому они просят о встрече с управлением. "
           "Решение должно быть принято до конца недели, сообщили в управлении порта.")


@pytest.mark.parametrize("text", [ENGLISH, "Le Monde said the vote was close.",
                                  ENGLISH + " “¿Y ahora qué?”, asked the mayor of Los Alamos, Ana de la Torre."])
def test_english_is_english(text):
    assert foreign(text) is None


@pytest.mark.parametrize("text", [SPANISH, GERMAN, RUSSIAN])
def test_other_languages_are_recognised(text):
    assert foreign(text)


POLNEAR = Path(__file__).parents[1] / ".." / "shared" / "data" / "polnear"


@pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"PolNeAR not found at {POLNEAR}")
def test_polnear_articles_are_all_english():
    for split in ("train", "dev"):
        path = POLNEAR / f"{split}.jsonl"
        flagged = [d["id"] for d in map(json.loads, path.open()) if foreign(d["text"])]
        assert flagged == []


@pytest.mark.model
def test_a_foreign_article_is_reported_in_its_place():
    arts = [quotegraph.Article(id=i, text=t) for i, t in
            (("en1", ENGLISH), ("es", SPANISH), ("en2", "“We are ready,” the minister said."))]
    results = list(quotegraph.extract_many(arts))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert results[1].source == "es" and "not English" in results[1].error
    assert results[2].quotes[0].speaker == "the minister"
