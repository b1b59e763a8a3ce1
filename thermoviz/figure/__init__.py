"""Figures drawn with pyqtgraph (no GUI imports)."""
