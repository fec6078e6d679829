# Two commands do all the set-up on a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run    installs and opens the app on the bundled samples
#   make test   installs and runs the tests (headless, Qt offscreen)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test bench system-deps package package-test clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c "import ensurepip" 2>/dev/null || bash scripts/system-deps.sh python3-venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

system-deps:
	@bash scripts/system-deps.sh

run: system-deps $(VENV)/.installed
	$(VENV)/bin/jmdesk

test: system-deps $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

bench: $(VENV)/.installed
	$(PY) benchmarks/run.py

package: system-deps
	bash packaging/build.sh

# slow: builds the packaged app and checks it with no Python on PATH, and its window on Xvfb
package-test: system-deps $(VENV)/.installed
	@bash scripts/system-deps.sh xvfb xdotool x11-utils
	JMDESK_PACKAGE_TEST=1 $(PY) -m pytest -q -m slow tests/packaging/test_smoke_build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
