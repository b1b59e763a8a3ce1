"""The Map tab: survivability map of the current scenario (axes, drawing, hover read-out, exports) and the
safe-limits finder under it.  May import the figure/analysis/io layers, ``gui.analysis_worker`` (jobs off the
window's process), ``gui.theme`` and ``gui.file_filters``; never ``gui.window`` (the window imports the map)."""
