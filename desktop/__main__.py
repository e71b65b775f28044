"""Allows ``python -m desktop`` as an alias of the ``casewright`` command."""

import sys

from desktop.cli import main

sys.exit(main())
