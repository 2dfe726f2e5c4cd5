"""``python -m wizard`` does what the ``ecs-taskdef-wizard`` command does."""

import sys

from wizard.cli import main

sys.exit(main())
