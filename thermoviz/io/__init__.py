"""Files: vehicle and preset catalogue, scenario TOML, CSV/JSON output. Sits above the model.

* :mod:`.scenario_source` — the one way to read a scenario: ``load_scenario(preset_or_path, changes=)``
* :mod:`.scenario_file` — the scenario ``.toml`` format (``read_scenario_file``, ``save_scenario``)
* :mod:`.presets` — the shipped historic presets in ``assets/presets``
* :mod:`.vehicles` — the vehicle catalogue in ``assets/vehicles``
* :mod:`.csv_io` / :mod:`.json_io` — result export (``write_csv``/``read_csv``, ``summary_json``)
* :mod:`.summary_text` — the plain-text summary printed by ``thermoviz run``
* :mod:`.atomic` — atomic writes (hidden temp beside the target, verify, fsync, rename; ``staged_writes``)
* :mod:`.verify` — per-format checks of a written file (PDF, PNG, SVG, TOML)
"""
