"""ECS service quotas the wizard checks against (kept light: the sizing panel
imports this before anything heavy is loaded)."""

from __future__ import annotations

import json
from typing import Any

# Task definition size: 64 KiB of request JSON (ECS service quotas; API text
# "Actual length: '<n>'. Max allowed length is '65536' bytes.").
MAX_TASK_DEFINITION_BYTES = 65536
# Containers per task definition (not adjustable).
MAX_CONTAINERS = 10


def compact_size(doc: Any) -> int:
    """Bytes of the request body as the SDKs send it (the 64 KiB quota counts these)."""
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, default=str)
    return len(text.encode("utf-8", "surrogatepass"))  # a lone \ud800 must not raise
