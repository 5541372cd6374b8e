# `make demo` and `make test` set up everything they need on a fresh machine.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
WORKDIR ?= workdir/demo
CONFIG ?= configs/default.py

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e '.[test]'
	# The minerl_navigate TFDS builder pins full `tensorflow`; its code runs on tensorflow-cpu,
	# so install it without dependencies or the two TF packages overwrite each other.
	$(PY) -m pip install --no-deps minerl-navigate==1.1.0
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m ssm_vdm.main --config=$(CONFIG) --workdir=$(WORKDIR)

test: $(STAMP)
	$(PY) -m pytest -q tests

bench: $(STAMP)
	$(PY) benchmarks/scaling.py --out=benchmarks/results

clean:
	rm -rf $(VENV)
