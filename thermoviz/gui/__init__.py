"""The Qt desktop app (PySide6 + pyqtgraph). Only edits scenarios and shows results.

By feature: ``window/`` (main window, controls, session, actions, settings) sits on top and composes
``map/``, ``lesson/``, ``schematic/``, ``vehicle/`` and ``plots/``, which do not import each other or the
window; ``app`` starts it; ``theme``, ``file_filters``, ``accessible`` (screen-reader names) and ``analysis_worker`` are shared by all.
"""
