"""Maintain the Qt Linguist translation of the GUI (resources/i18n/wizard_zh_CN.ts).

    python tools/i18n.py update           # extract every tr() string from wizard/ui
    python tools/i18n.py apply FILE.json  # fill unfinished entries from {english: chinese}
    python tools/i18n.py release          # compile the .ts into the .qm the program loads
    python tools/i18n.py pseudo OUT.qm    # a pseudo-translation, every string 50 % longer

``update`` keeps the existing translations and drops strings the code no
longer has (``-no-obsolete``); a new or changed string arrives unfinished, and
tests/ui/test_translations.py fails until it is translated. Locations are not
stored, so an edit that only moves a string leaves the .ts unchanged.

``apply`` reads a JSON object whose keys are English source texts; a key
``"Context\\u0004source"`` applies to that context only and wins over the plain
key (the same English word may need two Chinese words).

Both .ts and .qm are committed; the .qm ships in the wheel with the rest of
``resources/``. The test compares the committed .qm with a fresh compile.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS = I18N / "wizard_zh_CN.ts"
QM = I18N / "wizard_zh_CN.qm"
LANGUAGE = "zh_CN"
CONTEXT_SEPARATOR = "\u0004"  # the separator Qt itself uses between context and source


# --- the Qt tools -----------------------------------------------------------


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: the one beside this Python
    first (a virtual environment need not be on PATH), then PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6)")
    return found


def ui_sources(root: Path = ROOT) -> list[str]:
    """Every GUI module, relative to ``root`` and sorted, so runs are repeatable."""
    return sorted(p.relative_to(root).as_posix() for p in (root / "wizard" / "ui").rglob("*.py"))


def run_lupdate(ts: Path, root: Path = ROOT) -> str:
    """Extract the GUI's strings into ``ts`` (created or merged); lupdate's report."""
    command = [
        qt_tool("pyside6-lupdate"),
        *ui_sources(root),
        "-ts",
        str(ts.resolve()),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGE,
    ]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def run_lrelease(ts: Path, qm: Path) -> str:
    command = [qt_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


# --- reading and writing .ts files ------------------------------------------


@dataclass
class Message:
    """One ``<message>`` of a .ts file, with its element for in-place edits."""

    context: str
    source: str
    comment: str
    element: ET.Element

    @property
    def translation_element(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def translations(self) -> list[str]:
        """The translated text (each plural form for a numerus message)."""
        element = self.translation_element
        if self.numerus:
            return [form.text or "" for form in element.findall("numerusform")]
        return [element.text or ""]

    @property
    def finished(self) -> bool:
        return self.translation_element.get("type") is None and all(self.translations)

    @property
    def state(self) -> str:
        """ "finished", or the translation's type ("unfinished", "vanished", "obsolete")."""
        return self.translation_element.get("type") or (
            "finished" if all(self.translations) else "empty"
        )

    def set_translation(self, text: str) -> None:
        element = self.translation_element
        if self.numerus:
            for form in element.findall("numerusform"):
                form.text = text
        else:
            element.text = text
        element.attrib.pop("type", None)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def messages(tree: ET.ElementTree) -> Iterator[Message]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            yield Message(
                name, element.findtext("source") or "", element.findtext("comment") or "", element
            )


def _protect(text: str) -> str:
    """Escape text the way lupdate does, so a file written here and one written
    by lupdate differ only where the content does."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif (code < 0x20 and ch not in "\n\t") or (code > 0x7F and ch.isspace()):
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


_ENTITIES = {'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}


def _attributes(element: ET.Element) -> str:
    return "".join(f' {name}="{_protect(value)}"' for name, value in element.attrib.items())


def _write_element(element: ET.Element, indent: int, out: list[str]) -> None:
    pad = " " * indent
    children = list(element)
    text = element.text or ""
    if not children:
        tag = element.tag + _attributes(element)
        if element.tag == "location":
            out.append(f"{pad}<{tag}/>\n")
        else:
            out.append(f"{pad}<{tag}>{_protect(text)}</{element.tag}>\n")
        return
    out.append(f"{pad}<{element.tag}{_attributes(element)}>\n")
    for child in children:
        _write_element(child, indent + 4, out)
    out.append(f"{pad}</{element.tag}>\n")


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write ``tree`` in lupdate's own layout (header, 4-space indent, entities)."""
    root = tree.getroot()
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    out.append(f"<TS{_attributes(root)}>\n")
    for context in root:
        # lupdate does not indent <context> inside <TS>.
        _write_element(context, 0, out)
    out.append("</TS>\n")
    path.write_text("".join(out), encoding="utf-8")


# --- filling translations ---------------------------------------------------


def apply_translations(
    tree: ET.ElementTree, table: Mapping[str, str], overwrite: bool = False
) -> tuple[int, int]:
    """Fill unfinished messages (every message with ``overwrite``) from ``table``;
    (filled, still unfinished)."""
    filled = remaining = 0
    for message in messages(tree):
        if message.finished and not overwrite:
            continue
        text = table.get(message.context + CONTEXT_SEPARATOR + message.source)
        if text is None:
            text = table.get(message.source)
        if text:
            message.set_translation(text)
            filled += 1
        elif not message.finished:
            remaining += 1
    return filled, remaining


def unfinished(tree: ET.ElementTree) -> list[Message]:
    return [m for m in messages(tree) if not m.finished]


# --- checks shared with the tests -------------------------------------------

_FORMAT_FIELD = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
_QT_ARG = re.compile(r"%(?:L?\d+|n)")
_TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_FILTER = re.compile(r"\([^()]*\*[^()]*\)")  # file dialog patterns: "(*.json)"


def placeholders(text: str) -> list[str]:
    """What a translation must carry over unchanged: str.format fields, Qt's
    %1/%n, HTML tags and file-dialog patterns (sorted, with repeats)."""
    found = _FORMAT_FIELD.findall(text) + _QT_ARG.findall(text)
    found += [f"<{tag.lower()}>" for tag in _TAG.findall(text)]
    found += _FILTER.findall(text)
    return sorted(found)


def accelerator(text: str) -> str | None:
    """The letter after a single ``&`` (the mnemonic), or None."""
    plain = _ENTITY.sub("", text).replace("&&", "")
    match = re.search(r"&(\S)", plain)
    return match.group(1).lower() if match else None


def problems(message: Message) -> list[str]:
    """Why a finished translation of ``message`` would break at run time."""
    found = []
    for text in message.translations:
        if placeholders(text) != placeholders(message.source):
            found.append(f"placeholders differ: {message.source!r} -> {text!r}")
        if (accelerator(text) is None) != (accelerator(message.source) is None):
            found.append(f"accelerator differs: {message.source!r} -> {text!r}")
    return found


# --- pseudo-translation -----------------------------------------------------

_ACCENTS = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "áçéíñöšüýžÅÇÉÎÑØŠÜÝŽ",
)
# Kept verbatim: placeholders, tags, entities, accelerators (& and its letter),
# file-dialog patterns and line breaks.
_PROTECTED = re.compile(
    r"\{\{|\}\}|\{[^{}]*\}|%(?:L?\d+|n)|<[^<>]+>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);"
    r"|&&|&\S|\([^()]*\*[^()]*\)|\n"
)
_PADDING = "ŵĥàţ ĩŝ ţĥíš "


def pseudo_text(source: str) -> str:
    """``source`` in brackets, letters accented, padded so the text a user
    sees is at least half as long again; what code or Qt interprets is kept."""
    parts: list[str] = []
    visible = 0
    position = 0
    for match in _PROTECTED.finditer(source):
        plain = source[position : match.start()]
        parts.append(plain.translate(_ACCENTS))
        visible += len(plain)
        token = match.group(0)
        parts.append(token)
        if not token.startswith(("<", "&", "\n")) or token.startswith("&&"):
            visible += len(token)
        elif token.startswith("&") and not _ENTITY.fullmatch(token):
            visible += 1  # the accelerator letter is shown
        position = match.end()
    tail = source[position:]
    parts.append(tail.translate(_ACCENTS))
    visible += len(tail)
    extra = max(0, math.ceil(visible / 2) - 2)  # the brackets count too
    padding = (_PADDING * (extra // len(_PADDING) + 1))[:extra]
    return "[" + "".join(parts) + padding + "]"


def build_pseudo(out_qm: Path, ts: Path = TS) -> Path:
    """Compile a pseudo-translation of every message of ``ts`` into ``out_qm``."""
    tree = read_ts(ts)
    for message in messages(tree):
        message.set_translation(pseudo_text(message.source))
    with tempfile.TemporaryDirectory() as folder:
        pseudo_ts = Path(folder) / "pseudo.ts"
        write_ts(tree, pseudo_ts)
        run_lrelease(pseudo_ts, out_qm)
    return out_qm


# --- command line -----------------------------------------------------------


def _report(tree: ET.ElementTree) -> str:
    total = sum(1 for _ in messages(tree))
    return f"{total} messages, {len(unfinished(tree))} unfinished"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the GUI's strings into the .ts")
    apply = commands.add_parser("apply", help="fill unfinished entries from a JSON table")
    apply.add_argument("table", type=Path)
    apply.add_argument("--overwrite", action="store_true", help="replace finished ones too")
    commands.add_parser("release", help="compile the .ts into the .qm")
    pseudo = commands.add_parser("pseudo", help="build a pseudo-translation .qm")
    pseudo.add_argument("out", type=Path)
    args = parser.parse_args(list(argv) if argv is not None else None)

    if args.command == "update":
        print(run_lupdate(TS).strip())
        # Rewritten in this file's own layout, so update and apply agree byte for byte.
        tree = read_ts(TS)
        write_ts(tree, TS)
        print(_report(tree))
    elif args.command == "apply":
        table = json.loads(args.table.read_text(encoding="utf-8"))
        if not isinstance(table, dict):
            parser.error(f"{args.table}: expected a JSON object")
        tree = read_ts(TS)
        filled, remaining = apply_translations(tree, table, args.overwrite)
        write_ts(tree, TS)
        print(f"filled {filled}, {remaining} still unfinished")
    elif args.command == "release":
        print(run_lrelease(TS, QM).strip())
    elif args.command == "pseudo":
        build_pseudo(args.out)
        print(f"wrote {args.out}")
    if args.command != "pseudo":
        for message in messages(read_ts(TS)):
            for problem in problems(message) if message.finished else ():
                print(f"warning: {message.context}: {problem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
