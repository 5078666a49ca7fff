"""Cross-article entities in the store: one speaker per person, and statements reported by several
articles.

The decisions belong to the pure functions of ``quotegraph.speakers`` (parse_speaker,
match_speaker) and ``quotegraph.statements`` (find_group, wording_differs); this module only
fetches their inputs from the store and writes their outcome, inside the caller's transaction.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import speakers as speaker_rules
from .. import statements as statement_rules
from ..models import Quote

if TYPE_CHECKING:  # pragma: no cover
    from .base import SQLStore

#: How many of a speaker's most frequent co-mentioned names ``match_speaker`` gets to compare.
CO_MENTIONS = 50
_WORD = re.compile(r"\w+")


def alias_key(name: str) -> str:
    """How a speaker name is looked up: case-folded, whitespace collapsed."""
    return " ".join(name.casefold().split())


def known_speakers(store: "SQLStore", key: str) -> list[speaker_rules.KnownSpeaker]:
    """The stored speakers sharing a surname key, with their titles and the CO_MENTIONS names
    most often seen with them."""
    rows = store.rows(
        "SELECT id, name, kind, first_name, last_name, name_key, titles FROM speakers "
        "WHERE name_key = ? ORDER BY id", (key,),
    )
    if not rows:
        return []
    co_mentions: dict[int, set[str]] = {row["id"]: set() for row in rows}
    marks = ", ".join("?" * len(rows))
    for row in store.rows(
        "SELECT speaker_id, name FROM (SELECT speaker_id, name, ROW_NUMBER() OVER "
        "(PARTITION BY speaker_id ORDER BY times DESC, name) AS rank FROM speaker_co_mentions "
        f"WHERE speaker_id IN ({marks})) AS ranked WHERE rank <= ?",
        [*co_mentions, CO_MENTIONS],
    ):
        co_mentions[row["speaker_id"]].add(row["name"])
    return [
        speaker_rules.KnownSpeaker(
            id=row["id"], name=row["name"], kind=row["kind"], first=row["first_name"],
            last=row["last_name"], key=row["name_key"], titles=json.loads(row["titles"]),
            co_mentions=co_mentions[row["id"]],
        )
        for row in rows
    ]


def resolve_speakers(store: "SQLStore", quotes: list[Quote]) -> dict[str, int]:
    """Map each speaker name in one article's quotes to a speaker entity id.

    A name joins the stored speaker ``match_speaker`` picks, adding its titles (and its first name
    when the entity lacked one), or becomes a new speaker. Fuller names go first, so a bare
    surname later in the same article finds the full name. The other names in the article are
    kept as the speaker's co-mentions, which later articles use to tell namesakes apart.
    """
    by_name: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker:
            by_name.setdefault(quote.speaker, []).append(quote)
    names_here = set(by_name) | {name for quote in quotes for name in quote.mentions}
    ids: dict[str, int] = {}
    for name in sorted(by_name, key=lambda n: (-len(n), n)):
        said = by_name[name]
        kind = next((q.speaker_kind for q in said if q.speaker_kind), None)
        titles = sorted({q.speaker_title for q in said if q.speaker_title})
        candidate = speaker_rules.parse_speaker(name, titles[0] if titles else None, kind)
        for title in titles[1:]:
            candidate.titles = speaker_rules.merge_titles(
                candidate.titles, speaker_rules.parse_speaker(name, title, kind).titles)
        co_mentions = names_here - {name}
        match = speaker_rules.match_speaker(
            candidate, kind, known_speakers(store, candidate.key), co_mentions
        )
        speaker_id = _create(store, candidate, kind) if match is None else _enrich(store, match, candidate)
        store.execute(
            "INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (alias_key(name), speaker_id),
        )
        store.executemany(
            "INSERT INTO speaker_co_mentions (speaker_id, name) VALUES (?, ?) ON CONFLICT "
            "(speaker_id, name) DO UPDATE SET times = speaker_co_mentions.times + 1",
            [(speaker_id, other) for other in sorted(co_mentions)],
        )
        ids[name] = speaker_id
    return ids


def speaker_ids_for(store: "SQLStore", name: str) -> list[int]:
    """The speaker entities a user's ``--speaker NAME`` means, under any name or variant.

    A name seen before means the entity it was attached to; another variant the entity
    ``match_speaker`` picks; a name without a first name that fits no one in particular
    ("Volkov") means everyone with that surname.
    """
    ids = {row["speaker_id"] for row in store.rows(
        "SELECT speaker_id FROM speaker_aliases WHERE alias = ?", (alias_key(name),))}
    if ids:
        return sorted(ids)
    candidate = speaker_rules.parse_speaker(name)
    existing = known_speakers(store, candidate.key)
    match = speaker_rules.match_speaker(candidate, None, existing)
    if match is not None:
        return [match.id]
    return [speaker.id for speaker in existing] if candidate.first is None else []


class StatementGrouper:
    """Puts one article's quotes into statement groups: near-duplicate content by one speaker.

    Each group keeps the first wording as its ``content``; later members keep their own wording
    in ``quotes`` and flag the group when it differs materially. Only groups that pass the cheap
    ``_may_repeat`` test go to ``find_group``, so a prolific speaker's thousands of statements
    are not all compared in full for every quote.
    """

    def __init__(self, store: "SQLStore"):
        self.store = store
        self._groups: dict[int, dict[int, str]] = {}  # speaker id -> {statement id: content}
        self._index: dict[int, dict[str, set[int]]] = {}  # speaker id -> word -> statement ids

    def assign(self, content: str, speaker_id: int | None) -> int | None:
        """The statement id for a quote (a new group if none is close); None without a speaker."""
        if speaker_id is None:
            return None
        groups = self._groups_of(speaker_id)
        index = self._index[speaker_id]
        words = _word_set(content)
        keys = _index_words(words)
        sharing = set().union(*(index.get(w, ()) for w in keys)) if keys else groups
        plausible = [(group, groups[group]) for group in sorted(sharing)
                     if _may_repeat(words, _word_set(groups[group]))]
        group = statement_rules.find_group(content, speaker_id, plausible)
        if group is None:
            group = self.store.insert("statements", {"speaker_id": speaker_id, "content": content})
            self._remember(speaker_id, group, content)
        elif statement_rules.wording_differs(groups[group], content):
            self.store.execute("UPDATE statements SET wording_differs = 1 WHERE id = ?", (group,))
        return group

    def _groups_of(self, speaker_id: int) -> dict[int, str]:
        if speaker_id not in self._groups:
            self._groups[speaker_id], self._index[speaker_id] = {}, {}
            for row in self.store.rows(
                    "SELECT id, content FROM statements WHERE speaker_id = ? ORDER BY id", (speaker_id,)):
                self._remember(speaker_id, row["id"], row["content"])
        return self._groups[speaker_id]

    def _remember(self, speaker_id: int, group: int, content: str) -> None:
        self._groups[speaker_id][group] = content
        for word in _index_words(_word_set(content)) or ("",):  # "": statements of short words
            self._index[speaker_id].setdefault(word, set()).add(group)


@lru_cache(maxsize=100_000)
def _word_set(text: str) -> frozenset[str]:
    """The case-folded words of a text (cached: a speaker's statements recur in every article)."""
    return frozenset(_WORD.findall(text.casefold()))


def _index_words(words: frozenset[str]) -> frozenset[str]:
    """The words a statement is indexed by: the longer ones, which few statements share. A
    repeat or excerpt shares half its words with the original, so it shares some of these."""
    return frozenset(w for w in words if len(w) >= 5)


def _may_repeat(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two texts share at least half the words of the one with fewer: true of any
    repeat or excerpt, false of most unrelated statements."""
    return 2 * len(a & b) >= min(len(a), len(b))


def _create(store: "SQLStore", candidate: speaker_rules.SpeakerName, kind: str | None) -> int:
    return store.insert("speakers", {
        "name": candidate.name, "kind": kind, "first_name": candidate.first,
        "last_name": candidate.last, "name_key": candidate.key,
        "titles": json.dumps(candidate.titles),
    })


def _enrich(store: "SQLStore", known: speaker_rules.KnownSpeaker,
            candidate: speaker_rules.SpeakerName) -> int:
    """Add the candidate's titles to a matched speaker, and its full name if the speaker had none."""
    titles = speaker_rules.merge_titles(known.titles, candidate.titles)
    fuller = known.first is None and candidate.first is not None
    store.execute(
        "UPDATE speakers SET titles = ?, name = ?, first_name = ? WHERE id = ?",
        (json.dumps(titles), candidate.name if fuller else known.name,
         candidate.first if fuller else known.first, known.id),
    )
    return known.id
