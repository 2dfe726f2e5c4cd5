"""Targeted change notification: who is told about which change of the draft.

A listener watches the JSON Pointers it shows (``/containerDefinitions/1/memory``)
and is called only when something changed at, under or above one of them, or when
the findings at or under one of them changed. The field rows, binders and table
editors use it instead of the controller's whole-draft signals, so an edit of one
container's image does not make every field of every container re-read the draft.

Pointers may be callables resolved at each dispatch (the container editor's
fields follow the selected container). Dispatch is a plain Python loop, not a Qt
signal per listener; a listener is dropped when its owner QObject is destroyed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MethodType
from weakref import WeakMethod

from PySide6.QtCore import QObject

from wizard.domain.findings import Finding

PointerSource = str | Callable[[], str]


@dataclass(frozen=True)
class Relative:
    """A pointer below a base that moves: ``base() + rel`` (the container
    editor's fields follow the selected container). The watchers resolve each
    base once per change for all the pointers below it, and pass over all of them
    at once when the change and the changed findings are elsewhere (an edit of
    another container)."""

    base: Callable[[], str]
    rel: str

    def __post_init__(self) -> None:
        # What is below the pointer is below the base only for a whole segment.
        if self.rel and not self.rel.startswith("/"):
            raise ValueError(f"a relative pointer starts with '/': {self.rel!r}")

    def __call__(self) -> str:
        return self.base() + self.rel


def resolve(ptr: PointerSource) -> str:
    return ptr() if callable(ptr) else ptr


def is_under(path: str, prefix: str) -> bool:
    """``path`` is ``prefix`` or lies below it (segment-wise: /a/1 is not under /a/10)."""
    if not prefix:
        return True
    return path == prefix or (path.startswith(prefix) and path[len(prefix)] == "/")


def is_related(changed: str, ptr: str) -> bool:
    """Whether a change at ``changed`` may alter what is at ``ptr`` (or below):
    the change is at, under or above ``ptr`` ("" is the whole document)."""
    # Written out (not is_under both ways): it runs for every watcher on every edit.
    if len(changed) <= len(ptr):
        return ptr.startswith(changed) and (len(ptr) == len(changed) or ptr[len(changed)] == "/")
    return changed.startswith(ptr) and changed[len(ptr)] == "/"


def index_by_path(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """The findings grouped by pointer, in their order."""
    index: dict[str, list[Finding]] = {}
    for finding in findings:
        index.setdefault(finding.path, []).append(finding)
    return index


def changed_paths(old: Mapping[str, list[Finding]], new: Mapping[str, list[Finding]]) -> set[str]:
    """The pointers whose findings differ between two indexes."""
    changed = {path for path, found in new.items() if old.get(path) != found}
    changed.update(path for path in old if path not in new)
    return changed


@dataclass(eq=False)
class Watch:
    """One subscription (see :meth:`Watchers.watch`)."""

    pointers: tuple[PointerSource, ...]
    on_document: _Slot | None
    on_findings: _Slot | None
    exact: bool
    alive: bool = field(default=True)
    seq: int = 0  # the order it was made in (the order watchers are told)

    def document_hit(self, changed: str, bases: dict[Callable[[], str], _Base]) -> bool:
        if not changed:
            return True
        for source in self.pointers:
            if type(source) is Relative:
                base = _base(bases, source.base, changed, None)
                if not base.related:
                    continue  # nothing at, under or above the base: nor below it
                ptr = base.ptr + source.rel
            else:
                ptr = source() if callable(source) else source
            if is_related(changed, ptr):
                return True
        return False

    def findings_hit(
        self,
        paths: Collection[str],
        changed: str | None,
        bases: dict[Callable[[], str], _Base],
    ) -> bool:
        for source in self.pointers:
            candidates = paths
            if type(source) is Relative:
                base = _base(bases, source.base, changed, paths)
                if not base.related and not base.paths:
                    continue
                ptr, candidates = base.ptr + source.rel, base.paths
            else:
                ptr = source() if callable(source) else source
            # Content changed here (or around): the view may have redrawn and
            # must show its findings again even when they are the same.
            if changed is not None and is_related(changed, ptr):
                return True
            if self.exact:
                if ptr in candidates:
                    return True
            elif any(is_under(path, ptr) for path in candidates):
                return True
        return False


@dataclass
class _Base:
    """One base of Relative pointers, resolved for one change: whether the change
    is at, under or above it, and the changed findings' paths under it."""

    ptr: str
    related: bool
    paths: Collection[str]


def _base(
    bases: dict[Callable[[], str], _Base],
    source: Callable[[], str],
    changed: str | None,
    paths: Collection[str] | None,
) -> _Base:
    found = bases.get(source)
    if found is None:
        ptr = source()
        related = changed is not None and (not changed or is_related(changed, ptr))
        under = [p for p in paths if is_under(p, ptr)] if paths is not None else ()
        found = bases[source] = _Base(ptr, related, under)
    return found


class _Kind:
    """The watches of one kind (document or findings), in the order they were
    made. Those whose pointers are all Relative are also indexed by base and by
    the first segment of ``rel``, so that a change passes over the ones below
    another base, or below another member of the same base, without looking at
    each (an edit of the selected container's memory need not ask its image)."""

    def __init__(self) -> None:
        self.entries: list[Watch] = []
        self._other: list[Watch] = []  # some pointer is not Relative: always asked
        self._by_base: dict[Callable[[], str], dict[str, list[Watch]]] = {}

    def add(self, entry: Watch) -> None:
        self.entries.append(entry)
        if not all(type(p) is Relative for p in entry.pointers):
            self._other.append(entry)
            return
        for source in entry.pointers:
            assert isinstance(source, Relative)
            buckets = self._by_base.setdefault(source.base, {})
            bucket = buckets.setdefault(_first_segment(source.rel), [])
            if entry not in bucket:
                bucket.append(entry)

    def remove(self, entry: Watch) -> None:
        if entry not in self.entries:
            return
        self.entries.remove(entry)
        if entry in self._other:
            self._other.remove(entry)
            return
        for source in entry.pointers:
            assert isinstance(source, Relative)
            buckets = self._by_base.get(source.base, {})
            segment = _first_segment(source.rel)
            bucket = buckets.get(segment, [])
            if entry in bucket:
                bucket.remove(entry)
            # Nothing kept for a base nobody watches: it would keep its owner
            # (the container editor's context) alive and be resolved for nothing.
            if not bucket:
                buckets.pop(segment, None)
            if not buckets:
                self._by_base.pop(source.base, None)

    def candidates(
        self,
        bases: dict[Callable[[], str], _Base],
        changed: str | None,
        paths: Collection[str] | None,
    ) -> list[Watch]:
        """The watches that may be hit, in order (each is then asked exactly)."""
        picked = list(self._other)
        for base_fn, buckets in self._by_base.items():
            base = _base(bases, base_fn, changed, paths)
            below: set[str] = set()
            everything = False
            if base.related and changed is not None:
                if len(changed) <= len(base.ptr):
                    everything = True  # at or above the base: all of it
                else:
                    below.add(_first_segment(changed[len(base.ptr) :]))
            for path in base.paths:
                below.add(_first_segment(path[len(base.ptr) :]))
            if everything:
                for bucket in buckets.values():
                    picked.extend(bucket)
            elif below:
                below.add("")  # the base itself holds what is below it
                for segment in below:
                    picked.extend(buckets.get(segment, ()))
        if len(picked) > len(self._other):
            picked = sorted(set(picked), key=lambda entry: entry.seq)
        return picked


def _first_segment(rel: str) -> str:
    """ "/memory" of "/memory/..." ("" for "")."""
    if not rel:
        return ""
    end = rel.find("/", 1)
    return rel if end < 0 else rel[:end]


class Watchers:
    """The subscriptions of one controller, in the order they were made."""

    def __init__(self) -> None:
        # Kept apart so an edit walks only those that asked for that kind.
        self._document = _Kind()
        self._findings = _Kind()
        self._made = 0

    def __len__(self) -> int:
        return len({id(w) for w in (*self._document.entries, *self._findings.entries)})

    def watch(
        self,
        owner: QObject,
        pointers: PointerSource | Sequence[PointerSource],
        *,
        on_document: Callable[[str], object] | None = None,
        on_findings: Callable[[], object] | None = None,
        exact: bool = False,
    ) -> Watch:
        """Call ``on_document(changed)`` after a change at, under or above one of
        ``pointers``, and ``on_findings()`` after the findings at or under one of
        them changed (only exactly at them with ``exact``) or their content changed.
        Both stop when ``owner`` is destroyed."""
        if isinstance(pointers, str) or callable(pointers):
            pointers = (pointers,)
        self._made += 1
        entry = Watch(
            tuple(pointers), _slot(on_document), _slot(on_findings), exact, seq=self._made
        )
        if on_document is not None:
            self._document.add(entry)
        if on_findings is not None:
            self._findings.add(entry)
        # The lambda holds the registry and the entry, never the owner.
        owner.destroyed.connect(lambda *_: self.unwatch(entry))
        return entry

    def unwatch(self, entry: Watch) -> None:
        if entry.alive:
            entry.alive = False
            self._document.remove(entry)
            self._findings.remove(entry)

    def document_changed(self, changed: str) -> None:
        # A copy: a listener may build or destroy others (the container editor's rows).
        # The bases of Relative pointers are resolved once for this change.
        bases: dict[Callable[[], str], _Base] = {}
        if changed:
            entries = self._document.candidates(bases, changed, None)
        else:
            entries = list(self._document.entries)
        for entry in entries:
            if entry.alive and entry.document_hit(changed, bases):
                self._call(entry, entry.on_document, changed)

    def findings_changed(self, paths: Collection[str] | None, changed: str | None) -> None:
        """``paths`` None: every finding may have changed (reanalysis, replace).
        ``changed``: the pointer whose content changed ("" the whole draft), or None
        when only findings changed (waiting findings revealed)."""
        if paths is None or changed == "":
            for entry in list(self._findings.entries):
                if entry.alive:
                    self._call(entry, entry.on_findings)
            return
        bases: dict[Callable[[], str], _Base] = {}
        for entry in self._findings.candidates(bases, changed, paths):
            if entry.alive and entry.findings_hit(paths, changed, bases):
                self._call(entry, entry.on_findings)

    def _call(self, entry: Watch, slot: _Slot | None, *args: object) -> None:
        target = slot() if isinstance(slot, WeakMethod) else slot
        if target is None:
            # The method's object is gone without its owner being destroyed
            # (a QObject without parent that Python collected).
            self.unwatch(entry)
            return
        _call(target, *args)


_Slot = Callable[..., object] | WeakMethod[Callable[..., object]]


def _slot(slot: Callable[..., object] | None) -> _Slot | None:
    """A bound method is held weakly, as a Qt connection holds it: watching must
    not keep a listener alive that nothing else keeps."""
    return WeakMethod(slot) if isinstance(slot, MethodType) else slot


def _call(slot: Callable[..., object] | None, *args: object) -> None:
    # Like a Qt slot: a failing listener is reported (the crash handler, or
    # pytest-qt in tests) and the others are still told.
    if slot is None:
        return
    try:
        slot(*args)
    except Exception as error:  # noqa: BLE001 - one failing listener must not silence the rest
        sys.excepthook(type(error), error, error.__traceback__)
