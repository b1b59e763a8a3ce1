"""The physics model: numpy/scipy only, never Qt (enforced by import-linter and a test)."""
