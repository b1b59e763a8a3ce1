"""``python -m thermoviz``: the same as the ``thermoviz`` command."""

import sys

from .cli import main

sys.exit(main())
