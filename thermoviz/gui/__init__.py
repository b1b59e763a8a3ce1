"""The Qt desktop app (PySide6 + pyqtgraph). Only edits scenarios and shows results."""
