# A newcomer needs two commands: `make extract` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    := out/records.jsonl

.PHONY: install compiled extract test lint schema train eval crawl demo review bench clean

install: $(STAMP)

$(STAMP): pyproject.toml setup.py
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(PY) -m compileall -q pipeline schemas  # bytecode once: start-up without it recompiles every module
	touch $(STAMP)

# Optional compiled modules (setup.py); incremental: only modules whose .py changed are rebuilt.
compiled: install
	$(PY) setup.py --quiet build_ext --inplace --build-temp build -j 2 || true

extract: compiled
	$(PY) -m pipeline extract corpus/bulletins --out $(OUT)

test: compiled
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .

schema: install
	$(PY) -m pipeline schema --out schemas

train: install
	$(PY) -m pipeline train

eval: install
	$(PY) -m pipeline evaluate --gold corpus/bulletins --split test --floor corpus/floor.json

crawl: install
	$(PY) -m pipeline crawl --online

demo: install
	$(PY) -m pipeline demo

review: install
	test -f $(OUT) || $(MAKE) extract
	$(PY) -m pipeline review $(OUT) --out out/review

bench: compiled
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(PY) -m pipeline bench

clean:
	rm -rf out .pytest_cache
