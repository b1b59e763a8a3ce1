"""What the window shows of a result: the dashboard (figure + cursor readout and keys), verdict banner,
figure contents, view options (time axis, zoom) and the uncertainty bands.  May import the figure/analysis
layers, ``gui.analysis_worker`` and ``gui.theme``; never ``gui.window``."""
