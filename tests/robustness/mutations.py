"""Fuzzing: mutators over the real corpus, and the pipeline every input goes through.

Inputs are bytes. Byte-level mutators (flips, truncation, inserted and deleted
characters) work on a corpus file's bytes; document-level mutators (a value
swapped for another JSON type, keys deleted or duplicated, deep nesting, huge
strings and numbers, awkward unicode, whole subtrees replaced with random JSON)
work on its parsed document and serialise the result. Compose inputs are small
YAML files built from the same corpus documents, then mutated the same ways.

:func:`run_task_input` feeds one input to ``load_bytes`` -> ``run_rules`` /
``analyse`` -> ``export_document`` / ``to_json`` -> ``to_cloudformation`` /
``to_terraform``; :func:`run_compose_input` to ``import_compose_bytes``. Each
returns an :class:`Outcome`; ``Outcome.failure`` says what broke the property
(an exception, an ``internal-error`` finding, neither findings nor a document,
a finding whose message does not render).
"""

from __future__ import annotations

import json
import os
import random
import re
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(
    os.environ.get("ECS_WIZARD_CORPUS")
    or Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
)


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []


# --- random JSON ------------------------------------------------------------------

_AWKWARD_TEXT = (
    "",
    " ",
    "\u202eevil\u202c",  # right-to-left override
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",  # Arabic
    "\x00",
    "a\x00b",
    "\ud800",  # lone surrogate (escaped in JSON: \ud800)
    "\udfff\ud800",
    "\U0001f600" * 3,
    "e\u0301",  # combining accent
    "\ufeff",
    "\u2028\u2029",
    "${VAR}",
    "{{placeholder}}",
    "<REPLACE_ME>",
    "arn:aws:iam::123456789012:role/x",
    "1e309",
    "-0",
    "NaN",
    "0x1F",
    "512 MiB",
    "1 vCPU",
    "../../etc/passwd",
    "%s%n%x",
    "\\",
    '"',
)

_NUMBERS = (
    0,
    -1,
    1,
    2**31 - 1,
    2**31,
    -(2**31) - 1,
    2**63,
    10**400,
    -(10**400),
    1.5,
    -0.0,
    1e308,
    5e-324,
    3.0,
)


def random_scalar(rng: random.Random) -> Any:
    pick = rng.randrange(6)
    if pick == 0:
        return None
    if pick == 1:
        return rng.choice((True, False))
    if pick == 2:
        return rng.choice(_NUMBERS)
    if pick == 3:
        return rng.randint(-(10**6), 10**6)
    if pick == 4:
        return rng.choice(_AWKWARD_TEXT)
    return "".join(chr(rng.randrange(32, 0x3000)) for _ in range(rng.randrange(12)))


def random_json(rng: random.Random, depth: int = 0) -> Any:
    if depth > 3 or rng.random() < 0.5:
        return random_scalar(rng)
    if rng.random() < 0.5:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [random_key(rng) for _ in range(rng.randrange(4))]
    return {k: random_json(rng, depth + 1) for k in keys}


# Member names the rules look at, so random subtrees land where checks run.
_KNOWN_KEYS = (
    "family",
    "containerDefinitions",
    "name",
    "image",
    "cpu",
    "memory",
    "memoryReservation",
    "portMappings",
    "containerPort",
    "hostPort",
    "containerPortRange",
    "protocol",
    "essential",
    "environment",
    "secrets",
    "value",
    "valueFrom",
    "dependsOn",
    "containerName",
    "condition",
    "links",
    "mountPoints",
    "sourceVolume",
    "containerPath",
    "volumes",
    "efsVolumeConfiguration",
    "host",
    "sourcePath",
    "networkMode",
    "requiresCompatibilities",
    "logConfiguration",
    "logDriver",
    "options",
    "secretOptions",
    "healthCheck",
    "command",
    "interval",
    "timeout",
    "retries",
    "startPeriod",
    "executionRoleArn",
    "taskRoleArn",
    "runtimePlatform",
    "operatingSystemFamily",
    "cpuArchitecture",
    "ephemeralStorage",
    "sizeInGiB",
    "resourceRequirements",
    "type",
    "ulimits",
    "linuxParameters",
    "firelensConfiguration",
    "proxyConfiguration",
    "properties",
    "placementConstraints",
    "inferenceAccelerators",
    "tags",
    "key",
    "pidMode",
    "ipcMode",
    "restartPolicy",
    "taskDefinition",
    "volumesFrom",
    "extraHosts",
    "dockerLabels",
    "systemControls",
    "repositoryCredentials",
)


def random_key(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return rng.choice(_KNOWN_KEYS)
    return str(random_scalar(rng))


# --- walking a document -------------------------------------------------------------

Path_ = tuple[Any, ...]


def _paths(doc: Any, limit: int = 4000) -> list[Path_]:
    """Every place in ``doc`` (root excluded): keys of objects, indexes of arrays."""
    found: list[Path_] = []
    stack: list[tuple[Any, Path_]] = [(doc, ())]
    while stack and len(found) < limit:
        node, at = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                found.append((*at, k))
                stack.append((v, (*at, k)))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                found.append((*at, i))
                stack.append((v, (*at, i)))
    return found


def _parent(doc: Any, at: Path_) -> Any:
    node = doc
    for part in at[:-1]:
        node = node[part]
    return node


def _pick(rng: random.Random, doc: Any) -> Path_ | None:
    paths = _paths(doc)
    return rng.choice(paths) if paths else None


# --- document mutators (each mutates in place and returns the document) ---------------


def swap_type(rng: random.Random, doc: Any) -> Any:
    at = _pick(rng, doc)
    if at is None:
        return random_json(rng)
    parent = _parent(doc, at)
    old = parent[at[-1]]
    choices: list[Any] = [None, True, 0, -7, 1.25, "text", "", [], {}, [old], {"value": old}]
    if isinstance(old, str):
        # isdecimal, not isdigit: "²" is a digit int() refuses; long runs too.
        choices += [len(old), (old.isdecimal() and len(old) < 100 and int(old)) or 0]
    if isinstance(old, int | float) and not isinstance(old, bool):
        choices += [str(old), f"{old} MiB", -old, old * 10**9]
    parent[at[-1]] = rng.choice(choices)
    return doc


def delete_key(rng: random.Random, doc: Any) -> Any:
    at = _pick(rng, doc)
    if at is None:
        return doc
    parent = _parent(doc, at)
    del parent[at[-1]]
    return doc


def duplicate_key(rng: random.Random, doc: Any) -> Any:
    """Marks a key for duplication in the serialised text (see :func:`dump`)."""
    at = _pick(rng, doc)
    if at is None:
        return doc
    parent = _parent(doc, at)
    if isinstance(parent, dict):
        value = parent[at[-1]]
        parent[_Dup(at[-1])] = random_json(rng) if rng.random() < 0.5 else value
    else:
        parent.insert(at[-1], parent[at[-1]])
    return doc


def replace_subtree(rng: random.Random, doc: Any) -> Any:
    at = _pick(rng, doc)
    if at is None:
        return random_json(rng)
    _parent(doc, at)[at[-1]] = random_json(rng)
    return doc


def add_key(rng: random.Random, doc: Any) -> Any:
    dicts = [doc] if isinstance(doc, dict) else []
    dicts += [v for at in _paths(doc) if isinstance(v := _parent(doc, at)[at[-1]], dict)]
    if dicts:
        rng.choice(dicts)[random_key(rng)] = random_json(rng)
    return doc


def deep_nesting(rng: random.Random, doc: Any) -> Any:
    """Puts a marker that :func:`dump` replaces with thousands of nested brackets
    (too deep for ``json.dumps`` to write from Python objects)."""
    depth = rng.choice((50, 500, 2000, 5000, 5000, 50, 500, 50_000))
    style = rng.choice("[{m")
    marker = f"__deep_nest_{style}_{depth}__"
    at = _pick(rng, doc)
    if at is None:
        return marker
    _parent(doc, at)[at[-1]] = marker
    return doc


def _nest_text(match: re.Match[str]) -> str:
    style, depth = match.group(1), int(match.group(2))
    if style == "[":
        return "[" * depth + "1" + "]" * depth
    if style == "{":
        return '{"a":' * depth + "1" + "}" * depth
    return '[{"a":' * (depth // 2) + "1" + "}]" * (depth // 2)


def huge_value(rng: random.Random, doc: Any) -> Any:
    at = _pick(rng, doc)
    big = rng.choice(
        (
            "x" * rng.choice((10_000, 300_000)),
            # Runs that made backtracking patterns or int() fail (see
            # tests/robustness/test_hostile_values.py).
            rng.choice(("$", "${", "{{", "<a", "0", "1.", "$$a")) * rng.choice((5_000, 100_000)),
            "\u202e" * 5000,
            "\U0001f600" * 20_000,
            10 ** rng.choice((20, 400, 4000)),
            -(10**50),
            1.7e308,
            [0] * 20_000,
            {f"k{i}": i for i in range(5000)},
        )
    )
    if at is None:
        return big
    _parent(doc, at)[at[-1]] = big
    return doc


def unicode_value(rng: random.Random, doc: Any) -> Any:
    at = _pick(rng, doc)
    text = rng.choice(_AWKWARD_TEXT)
    if at is None:
        return text
    parent = _parent(doc, at)
    old = parent[at[-1]]
    if isinstance(parent, dict) and rng.random() < 0.3:
        parent[text] = parent.pop(at[-1])  # an awkward key
    elif isinstance(old, str) and rng.random() < 0.5:
        cut = rng.randrange(len(old) + 1)
        parent[at[-1]] = old[:cut] + text + old[cut:]
    else:
        parent[at[-1]] = text
    return doc


def empty_containers(rng: random.Random, doc: Any) -> Any:
    if isinstance(doc, dict) and rng.random() < 0.5:
        key = rng.choice(("containerDefinitions", "volumes", "taskDefinition", "tags"))
        doc[key] = rng.choice(([], {}, [{}], [[]], [None], ""))
        return doc
    return replace_subtree(rng, doc)


DOC_MUTATORS: tuple[Callable[[random.Random, Any], Any], ...] = (
    swap_type,
    delete_key,
    duplicate_key,
    replace_subtree,
    add_key,
    deep_nesting,
    huge_value,
    unicode_value,
    empty_containers,
)


class _Dup(str):
    """A key serialised as a second copy of itself (JSON allows duplicate keys)."""

    __slots__ = ()

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


def dump(doc: Any, rng: random.Random) -> bytes:
    """Serialise, sometimes indented, with escaped or raw unicode."""
    indent = rng.choice((None, 2, 4))
    ascii_only = rng.random() < 0.5
    try:
        text = json.dumps(doc, indent=indent, ensure_ascii=ascii_only, allow_nan=False)
    except (ValueError, RecursionError):
        text = json.dumps(doc, ensure_ascii=True, default=str)
    text = _DEEP.sub(_nest_text, text)
    return text.encode("utf-8", "strict" if ascii_only else "surrogatepass")


_DEEP = re.compile(r'"__deep_nest_(.)_(\d+)__"')


# --- byte mutators --------------------------------------------------------------------


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data or b"{}")
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


_INSERTS = (
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b'"',
    b"\\",
    b"\\u",
    b"\\ud800",
    b"null",
    b"NaN",
    b"Infinity",
    b"-",
    b"1e99999",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    b"\xe2\x80\xae",
    b"\n",
    b"//",
    b"/*",
    b"'",
)


def insert_chars(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(data) + 1)
        data = data[:i] + rng.choice(_INSERTS) + data[i:]
    return data


def delete_chars(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(data) or 1)
        data = data[:i] + data[i + rng.randint(1, 8) :]
    return data


def encode_other(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    codec = rng.choice(("utf-16", "utf-16-le", "utf-32", "latin-1", "utf-8-sig"))
    return text.encode(codec, "replace")


BYTE_MUTATORS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    flip_bytes,
    truncate,
    insert_chars,
    delete_chars,
    encode_other,
)


# --- input generation -----------------------------------------------------------------


@dataclass(frozen=True)
class FuzzInput:
    kind: str  # "task" or "compose"
    origin: str  # corpus file (or "hypothesis") and the mutators applied
    data: bytes


def _mutate_document(rng: random.Random, doc: Any) -> tuple[Any, list[str]]:
    applied = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        fn = rng.choice(DOC_MUTATORS)
        doc = fn(rng, doc)
        applied.append(fn.__name__)
    return doc, applied


def _mutate_bytes(rng: random.Random, data: bytes) -> tuple[bytes, list[str]]:
    fn = rng.choice(BYTE_MUTATORS)
    return fn(rng, data), [fn.__name__]


def compose_text(doc: Any, rng: random.Random) -> str:
    """A compose file made from a task definition's containers (YAML-ish input)."""
    services: dict[str, Any] = {}
    containers = doc.get("containerDefinitions") if isinstance(doc, dict) else None
    if isinstance(doc, dict) and isinstance(doc.get("taskDefinition"), dict):
        containers = doc["taskDefinition"].get("containerDefinitions")
    for index, c in enumerate(containers if isinstance(containers, list) else []):
        if not isinstance(c, dict):
            continue
        name = str(c.get("name") or f"svc{index}")
        service: dict[str, Any] = {"image": c.get("image", "busybox")}
        env = c.get("environment")
        if isinstance(env, list):
            service["environment"] = {
                str(e.get("name")): e.get("value") for e in env if isinstance(e, dict)
            }
        ports = c.get("portMappings")
        if isinstance(ports, list):
            service["ports"] = [
                f"{p.get('hostPort', p.get('containerPort'))}:{p.get('containerPort')}"
                for p in ports
                if isinstance(p, dict)
            ]
        if c.get("command"):
            service["command"] = c["command"]
        if isinstance(c.get("memory"), int):
            service["deploy"] = {"resources": {"limits": {"memory": f"{c['memory']}M"}}}
        if isinstance(c.get("healthCheck"), dict):
            service["healthcheck"] = {"test": c["healthCheck"].get("command"), "interval": "10s"}
        if isinstance(c.get("dependsOn"), list):
            service["depends_on"] = [
                str(d.get("containerName")) for d in c["dependsOn"] if isinstance(d, dict)
            ]
        services[name] = service
    data: dict[str, Any] = {"services": services or {"app": {"image": "nginx"}}}
    if rng.random() < 0.3:
        data["volumes"] = {"data": {}}
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=rng.random() < 0.5)


_YAML_INSERTS = (
    "&a ",
    "*a",
    "*zz",
    "<<: *a\n",
    "!!python/object:os.system ",
    "!!binary ",
    "? ",
    "- ",
    ": ",
    "\t",
    "{",
    "[",
    "'",
    '"',
    "${X:-",
    "${",
    "$$",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "~",
    ".inf",
    ".nan",
    "0o777",
    "2001-12-14",
    "\x00",
    "\u202e",
    "\ud800",
)


def _mutate_yaml(rng: random.Random, text: str) -> tuple[str, list[str]]:
    applied = []
    for _ in range(rng.randint(1, 3)):
        choice = rng.randrange(4)
        if choice == 0 and text:
            i = rng.randrange(len(text))
            text = text[:i] + rng.choice(_YAML_INSERTS) + text[i:]
            applied.append("yaml_insert")
        elif choice == 1 and text:
            text = text[: rng.randrange(len(text) + 1)]
            applied.append("yaml_truncate")
        elif choice == 2:
            lines = text.splitlines(keepends=True)
            if lines:
                i = rng.randrange(len(lines))
                lines.insert(i, lines[i] if rng.random() < 0.5 else "  " + lines[i])
            text = "".join(lines)
            applied.append("yaml_dup_line")
        else:
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError:
                continue
            data, names = _mutate_document(rng, data)
            try:
                text = yaml.safe_dump(data, allow_unicode=True)
            except (yaml.YAMLError, RecursionError, ValueError):
                continue
            applied += names
    return text, applied


def generate(seed: int, count: int, compose_share: float = 0.15) -> Iterator[FuzzInput]:
    """``count`` inputs, the same for the same seed."""
    rng = random.Random(seed)
    files = corpus_files()
    raw = [(p.name, p.read_bytes()) for p in files]
    parsed: list[tuple[str, Any]] = []
    for name, data in raw:
        try:
            parsed.append((name, json.loads(data)))
        except ValueError:
            pass
    hypothesis_docs = _hypothesis_documents(seed, max(count // 20, 5)) if count >= 20 else []
    for i in range(count):
        roll = rng.random()
        if roll < compose_share and parsed:
            name, doc = rng.choice(parsed)
            text = compose_text(doc, rng)
            text, applied = _mutate_yaml(rng, text)
            data = text.encode("utf-8", "surrogatepass")
            yield FuzzInput("compose", f"{name}|compose|{'+'.join(applied)}", data)
        elif roll < compose_share + 0.30 and raw:
            name, data = rng.choice(raw)
            data, applied = _mutate_bytes(rng, data)
            yield FuzzInput("task", f"{name}|{'+'.join(applied)}", data)
        elif roll < compose_share + 0.35 and hypothesis_docs:
            doc = json.loads(json.dumps(hypothesis_docs[i % len(hypothesis_docs)]))
            doc, applied = _mutate_document(rng, doc) if rng.random() < 0.5 else (doc, [])
            yield FuzzInput("task", f"hypothesis|{'+'.join(applied)}", dump(doc, rng))
        elif parsed:
            name, doc = rng.choice(parsed)
            doc, applied = _mutate_document(rng, json.loads(json.dumps(doc)))
            yield FuzzInput("task", f"{name}|{'+'.join(applied)}", dump(doc, rng))
        else:
            yield FuzzInput("task", "random", dump(random_json(rng), rng))


def _hypothesis_documents(seed: int, count: int) -> list[Any]:
    """Documents drawn from tests/strategies.py, reproducibly."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed

    from tests.strategies import json_values, task_definitions

    docs: list[Any] = []

    @hseed(seed)
    @settings(
        max_examples=count,
        database=None,
        suppress_health_check=list(HealthCheck),
        deadline=None,
        derandomize=False,
    )
    @given(task_definitions, json_values)
    def collect(doc: Any, junk: Any) -> None:
        docs.append(doc)
        docs.append({"taskDefinition": doc, "tags": junk} if isinstance(junk, list) else junk)

    collect()
    return docs[: count * 2]


# --- the pipeline ---------------------------------------------------------------------


@dataclass
class Outcome:
    kind: str
    status: str = ""  # fatal / loaded-with-errors / clean
    failure: str | None = None  # what broke the property, with the traceback's last frame
    where: str = ""


def _render_all(findings: list[Any]) -> None:
    for f in findings:
        message = f.message
        if not isinstance(message, str) or not message:
            raise AssertionError(f"finding {f.rule} renders no message")
        _ = f.hint
        if f.rule == "internal-error":
            raise AssertionError(f"internal-error finding: {f.params}")


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [fr for fr in frames if "/wizard/" in fr.filename] or frames
    if not ours:
        return ""
    last = ours[-1]
    # Shown relative to the repository, wherever it is checked out.
    root = str(Path(__file__).resolve().parents[2]) + "/"
    return f"{last.filename.removeprefix(root)}:{last.lineno} in {last.name}"


def _checked(loaded: Any) -> list[Any]:
    """The findings of a load result, checked: a document or findings, every
    finding rendered and located."""
    findings = list(loaded.findings)
    if loaded.document is None and not findings:
        raise AssertionError("neither a document nor findings")
    _render_all(findings)
    for f in findings:
        loaded.position(f.path)
    return findings


def _outcome(kind: str, body: Callable[[], tuple[bool, list[Any]]]) -> Outcome:
    """Run ``body`` (returning fatal?, findings) and classify it; any exception is
    what the campaign looks for."""
    from wizard.domain.findings import Severity

    outcome = Outcome(kind)
    try:
        fatal, findings = body()
        if fatal:
            outcome.status = "fatal"
        elif any(f.severity is Severity.ERROR for f in findings):
            outcome.status = "loaded-with-errors"
        else:
            outcome.status = "clean"
    except Exception as exc:  # noqa: BLE001 - that is what the campaign looks for
        outcome.failure = f"{type(exc).__name__}: {str(exc)[:300]}"
        outcome.where = _where(exc)
    return outcome


def _exports(result: Any) -> None:
    from wizard.domain.formats.cloudformation import to_cloudformation
    from wizard.domain.formats.exporter import ExportError, to_json
    from wizard.domain.formats.terraform import to_terraform

    try:
        to_json(result.model)
        to_json(result.document)
    except ExportError as exc:
        _render_all(exc.findings)
        return
    for fmt in ("yaml", "json"):
        _, warnings = to_cloudformation(result.model, fmt)
        _render_all(warnings)
    _render_all(to_terraform(result.model).warnings)


def run_task_input(data: bytes) -> Outcome:
    from wizard.domain.analysis import analyse
    from wizard.domain.formats.importer import load_bytes
    from wizard.domain.rules import run_rules

    def body() -> tuple[bool, list[Any]]:
        result = load_bytes(data)
        findings = _checked(result)
        if result.document is not None:
            rules = run_rules(result.document)
            _render_all(rules)
            _render_all(analyse(result.document))
            _render_all(run_rules(result.document, ("EC2", "FARGATE", "EXTERNAL")))
            findings += rules
            if result.model is not None:
                _exports(result)
        return result.fatal, findings

    return _outcome("task", body)


def run_compose_input(data: bytes) -> Outcome:
    from wizard.domain.formats.compose.importer import import_compose_bytes
    from wizard.domain.rules import run_rules

    def body() -> tuple[bool, list[Any]]:
        imported = import_compose_bytes(data)
        findings = _checked(imported)
        if imported.document is not None:
            rules = run_rules(imported.document)
            _render_all(rules)
            findings += rules
        return imported.fatal, findings

    return _outcome("compose", body)


def run_input(item: FuzzInput) -> Outcome:
    return run_compose_input(item.data) if item.kind == "compose" else run_task_input(item.data)
