"""Files: vehicle and preset catalogue, scenario TOML, CSV/JSON output. Sits above the model."""
