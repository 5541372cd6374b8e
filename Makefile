# `make demo` and `make test` set up everything they need on a fresh machine.
#   make install PYTHON=python3.12 VENV=.venv312   # any Python 3.11-3.13, in its own venv
#   make install EXTRAS=cuda12                      # + the GPU build of jax (EXTRAS=tpu: TPU)
#   make test TESTS="tests/cli_test.py tests/configuration_test.py"   # a subset
PYTHON ?= python3.11
VENV ?= .venv
EXTRAS ?=
TESTS ?= tests
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
WORKDIR ?= workdir/demo
CONFIG ?= configs/default.py
TRAIN ?=

.PHONY: install demo test bench clean

install: $(STAMP)
ifneq ($(EXTRAS),)
	$(PY) -m pip install -e '.[$(EXTRAS)]'
endif

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e '.[test]'
	# The minerl_navigate TFDS builder pins full `tensorflow`; its code runs on tensorflow-cpu,
	# so install it without dependencies or the two TF packages overwrite each other.
	$(PY) -m pip install --no-deps minerl-navigate==1.1.0
	touch $(STAMP)

# make demo: videos from the shipped checkpoint, scored (docs/demo.md): 16 frames, and 256 frames
# both all at once and window by window (16 frames a window); TRAIN=1 trains $(CONFIG).
demo: $(STAMP)
ifeq ($(TRAIN),)
	$(PY) -m ssm_vdm.main --config=configs/demo.py --workdir=$(WORKDIR) --mode=demo \
	    --config.sample.window=16
else
	$(PY) -m ssm_vdm.main --config=$(CONFIG) --workdir=$(WORKDIR)
endif

test: $(STAMP)
	$(PY) -m pytest -q $(TESTS)

bench: $(STAMP)
	$(PY) benchmarks/scaling.py --out=benchmarks/results

clean:
	rm -rf $(VENV)
