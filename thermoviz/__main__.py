"""``python -m thermoviz``: the same as the ``thermoviz`` command."""

import sys

from .cli import main

# Guarded: the analysis worker is started with multiprocessing's spawn method, which imports
# the main module again in the child; unguarded, the child would run the command once more.
if __name__ == "__main__":
    sys.exit(main())
