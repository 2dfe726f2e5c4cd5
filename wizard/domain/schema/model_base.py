"""Shared configuration of every API model.

Every model forbids unknown keys (an unknown key is reported, never dropped) and
validates on assignment so the GUI controller cannot store a wrong type.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_REQUIRED: Any = ...


def wire(name: str, default: Any = _REQUIRED) -> Any:
    """A field whose JSON name is ``name`` (the API's camelCase spelling)."""
    return Field(default, alias=name)


class ApiModel(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        # Only the API's own spelling is accepted: "container_definitions" in a
        # file is an unknown key to report, not something to fix silently.
        validate_by_name=False,
        validate_by_alias=True,
        serialize_by_alias=True,
    )
