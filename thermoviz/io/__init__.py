"""Files: vehicle and preset catalogue, scenario TOML, CSV/JSON output. Sits above the model.

* :mod:`.scenario_file` — scenario ``.toml`` files (``load_scenario``, ``save_scenario``)
* :mod:`.presets` — the shipped historic presets in ``assets/presets``
* :mod:`.vehicles` — the vehicle catalogue in ``assets/vehicles``
* :mod:`.csv_io` / :mod:`.json_io` — result export (``write_csv``/``read_csv``, ``summary_json``)
* :mod:`.summary_text` — the plain-text summary printed by ``thermoviz run``
* :mod:`.atomic` — atomic writes (temp file beside the target, fsync, rename)
"""
