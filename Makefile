# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
DEV    := $(SHARED)/data/polnear/dev.jsonl

.PHONY: demo test eval bench train clean

$(BIN)/quotegraph: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/quotegraph
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/quotegraph
	$(BIN)/quotegraph extract --format text src/quotegraph/examples/sample_article.txt

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest -q

eval: $(BIN)/quotegraph
	$(BIN)/quotegraph eval $(DEV)

TRAIN  := $(SHARED)/data/polnear/train.jsonl

# Retrain the cue detector, speaker linker, quote framer and confidence calibrator on PolNeAR train (fixed
# seed); writes src/quotegraph/nlp/data/{cue,speaker,frame,confidence}_model.json and training.json, and
# prints the dev figures.
train: $(BIN)/quotegraph
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python -m quotegraph.training --train $(TRAIN) --dev $(DEV)

bench: $(BIN)/quotegraph
	taskset -c 0 $(BIN)/python benchmarks/speed.py $(DEV)

clean:
	rm -rf $(VENV) build dist src/*.egg-info
