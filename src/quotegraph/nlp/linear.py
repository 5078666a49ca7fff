"""Logistic models over categorical features, stored as JSON and scored in plain Python.

quotegraph's learned parts (the cue detector, the confidence calibrator) are trained with
scikit-learn by ``quotegraph.training`` and exported here as {feature: weight}; running them needs
nothing but the standard library.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from itertools import repeat


class LogisticModel:
    """P(positive | features) = sigmoid(bias + sum of the weights of the features present)."""

    def __init__(self, weights: dict[str, float], bias: float, meta: dict | None = None):
        self.weights = weights
        self.bias = bias
        self.meta = meta or {}

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict:
        return {"meta": self.meta, "bias": self.bias, "weights": self.weights}

    @classmethod
    def from_dict(cls, d: dict) -> "LogisticModel":
        return cls(d["weights"], d["bias"], d.get("meta"))

    def save(self, path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(self.to_dict(), fh, sort_keys=True, separators=(",", ":"))
            fh.write("\n")


@lru_cache(maxsize=None)
def packaged_model(name: str) -> LogisticModel | None:
    """A model shipped in ``quotegraph/nlp/data/NAME.json``, or None if the package has none."""
    path = resources.files("quotegraph.nlp").joinpath(f"data/{name}.json")
    if not path.is_file():
        return None
    return LogisticModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
