"""Entry point of the standalone bundle (``make bundle``): the ``thermoviz`` command, frozen.

``freeze_support`` lets the analysis worker (multiprocessing's spawn method re-runs this
executable) start inside a frozen application, as on Windows and macOS.
"""

import multiprocessing
import sys

from thermoviz.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
