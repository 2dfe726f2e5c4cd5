"""Entry point of the frozen bundle: the same ``main`` as the pip-installed command."""

import sys

from wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
