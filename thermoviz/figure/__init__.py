"""The figure layer: draws a Result (and an optional pinned reference) with pyqtgraph.

Below the GUI and the exports, above the model: :mod:`thermoviz.figure.spec` (Qt-free)
says what is drawn; :class:`thermoviz.figure.figure.Figure` draws it; the window adds
a cursor and a readout, the exports paint an off-screen Figure.
"""
