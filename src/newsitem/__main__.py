"""``python -m newsitem``: the ``newsitem`` command, for an environment without its script."""

import sys

from newsitem.cli import main

sys.exit(main())
