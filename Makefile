# Two commands work on a fresh machine with only Python and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test eval train-safety bench soak lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/oefengesprek $(if $(TELEGRAM_BOT_TOKEN),telegram,chat)

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m bench.eval

# Retrain the safety model on tests/data and rewrite dialogues/safety_model_data.py, then
# show how it does on each batch when that batch is left out of training.
train-safety: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,train]'
	$(BIN)/python -m bench.train_safety_model
	$(BIN)/python -m bench.train_safety_model --by-file

bench: $(STAMP)
	$(BIN)/python -m bench.run

# Heavy fault tests (30 kills, 10,000 hostile messages per mode) and 2 minutes of load; figures in bench/soak.json.
soak: $(STAMP)
	$(BIN)/python -m bench.soak

lint: $(STAMP)
	$(BIN)/ruff check dialogues bot tests bench

clean:
	rm -rf $(VENV) build *.egg-info
