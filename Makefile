# The two set-up commands of the README: `make run` and `make test`.
# Both create .venv, install the pinned dependencies (requirements.lock) and the
# Debian libraries Qt needs (as root; otherwise they print the apt-get line).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench clean sysdeps-run sysdeps-test translations bundle

run: $(STAMP) sysdeps-run
	$(PY) -m thermoviz.launch

test: $(STAMP) sysdeps-test
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/bench_simulate.py
	$(PY) benchmarks/bench_analysis.py
	$(PY) benchmarks/bench_map_gui.py
	$(PY) benchmarks/bench_deck.py
	$(PY) benchmarks/bench_odds.py
	$(PY) benchmarks/bench_crew.py

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[test]"
	touch $(STAMP)

# Translations (docs/translating.md): refresh translations/*.ts from the marked strings, then
# compile them into the .qm catalogues the package ships (assets/translations).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations relative $$(git ls-files 'thermoviz/*.py') -ts translations/thermoviz_*.ts
	for ts in translations/thermoviz_*.ts; do \
		$(VENV)/bin/pyside6-lrelease $$ts -qm assets/translations/$$(basename $$ts .ts).qm; done

# The standalone one-folder app (PyInstaller, packaging/thermoviz.spec) in dist/thermoviz, then its
# test with an empty environment (env -i). About 4 minutes on 2 cores; about 680 MB.
bundle: $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[test,bundle]"
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/thermoviz.spec
	$(PY) -m pytest -q tests/packaging/test_bundle.py

sysdeps-run:
	@bash scripts/ensure-debian-libs.sh run

sysdeps-test:
	@bash scripts/ensure-debian-libs.sh test

clean:
	rm -rf $(VENV) build dist *.egg-info
