"""The loop schematic dock beside the plots: the live schematic, its playback clock and bar, and the
animation export with progress.  May import the figure/export layers and ``gui.theme``; never ``gui.window``."""
