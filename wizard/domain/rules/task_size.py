"""task_size rules (to be filled)."""

from __future__ import annotations
