"""Which wizard page shows a JSON Pointer: the one place that decides it.

The step list counts a page's errors and warnings with :func:`page_of`, the
review page's jumps go to the page it names, and "moving past a page" reveals
the findings that :func:`page_of` puts on that page. Nothing here builds a page,
so the step list can count findings before the later pages exist.
"""

from __future__ import annotations

from enum import IntEnum
from functools import lru_cache


class PageId(IntEnum):
    LAUNCH = 0
    TASK_SIZE = 1
    CONTAINERS = 2
    STORAGE = 3
    MONITORING = 4
    REVIEW = 5


# Members a page edits, as pointer prefixes. A pointer belongs to the page with
# the longest matching prefix; what no page edits (the whole document, members
# only the JSON view covers) belongs to the review page.
PAGE_PREFIXES: dict[PageId, tuple[str, ...]] = {
    PageId.LAUNCH: ("/family", "/requiresCompatibilities", "/runtimePlatform"),
    PageId.TASK_SIZE: (
        "/cpu",
        "/memory",
        "/taskRoleArn",
        "/executionRoleArn",
        "/networkMode",
        "/pidMode",
        "/ipcMode",
        "/enableFaultInjection",
    ),
    PageId.CONTAINERS: ("/containerDefinitions",),
    PageId.STORAGE: ("/volumes", "/ephemeralStorage"),
    PageId.MONITORING: ("/tags",),
    PageId.REVIEW: (),
}

# Container members edited on the Storage page, not in the container editor.
MOUNT_MEMBERS = ("mountPoints", "volumesFrom")


def claim(page: PageId, ptr: str) -> int:
    """How specifically ``page`` shows ``ptr``: the length of its longest matching
    prefix plus one, 0 when it does not show it."""
    parts = ptr.split("/")
    if len(parts) > 3 and parts[1] == "containerDefinitions" and parts[3] in MOUNT_MEMBERS:
        # /containerDefinitions/N/mountPoints...: more specific than the
        # Containers page's prefix, so it wins there.
        return len("/".join(parts[:4])) + 1 if page is PageId.STORAGE else 0
    lengths = [
        len(prefix) + 1
        for prefix in PAGE_PREFIXES[page]
        if ptr == prefix or ptr.startswith(prefix + "/")
    ]
    return max(lengths, default=0)


# The step list asks on every keystroke for every finding; the pointers repeat.
@lru_cache(maxsize=8192)
def page_of(ptr: str) -> PageId:
    """The page that shows the field at ``ptr`` (the review page for the root)."""
    best, best_claim = PageId.REVIEW, 0
    for page in PageId:
        found = claim(page, ptr)
        if found > best_claim:
            best, best_claim = page, found
    return best
