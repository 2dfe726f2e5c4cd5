"""The one file writer of the program (the command line and the GUI), and its
private folders.

:func:`write_text` never leaves half a file and never turns something that is
not a plain file into one:

- A regular file is replaced atomically: the text goes to a temporary file in
  the same folder (unnamed where Linux allows it, else a short name, so a
  valid 250-character file name still works), is synced, and is renamed over
  the old one. The old file's mode (less set-id bits) and owner are copied
  onto the new one (not its ACLs or extended attributes); when
  the owner cannot be kept (another user's file, and we are not root) the
  write is refused rather than handing the file to us.
- A read-only file (no write permission bit, or none for us) is refused, even
  for root, who could replace it: read-only says "do not change this".
- A file with more than one hard link is refused: replacing it would quietly
  split it from its other names, and writing it in place could leave half a
  file. Write to another name, or remove the other links first.
- A symbolic link is followed and its target written with the same rules (a
  dangling link creates its target); a loop is refused as a loop.
- A character device (``/dev/null``, ``/dev/full``, a terminal), a FIFO and
  ``/dev/stdout`` are written through: opened for writing, never replaced. A
  FIFO is opened non-blocking, so one with no reader is refused at once
  instead of hanging. Block devices, sockets and folders are refused.

``private=True`` is for the program's own files (the autosave, crash logs,
the price cache): the new file is 0600 whatever the umask, and an existing
one is replaced whatever its mode or links (a link elsewhere must not keep
receiving drafts). The folders holding them are made 0700 by
:func:`private_folder`.

Failures raise :class:`OSError` with a one-line ``strerror``; a refusal is a
:class:`WriteRefused` whose ``reason`` names it, so the GUI can say it in the
user's language.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from enum import Enum
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
# What a named temporary file is called: short (a 250-character name must
# still fit in the file system's 255), and recognisable, so leftovers of a
# killed write can be found and removed.
TEMP_PREFIX = ".wiz-"
TEMP_SUFFIX = ".tmp"
_MAX_SYMLINKS = 40  # what Linux follows before it says ELOOP
# Flags that only some systems have (Windows has none but O_BINARY, which keeps
# its C library from translating newlines).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class Refusal(Enum):
    """Why a path is not written; the value is the English line."""

    READ_ONLY = "it is read-only"
    HARD_LINKED = "it has other hard links, which replacing it would break"
    OWNER = "its owner or group could not be kept (another user's file)"
    FOLDER = "it is a folder"
    BLOCK_DEVICE = "it is a block device"
    SOCKET = "it is a socket"
    NO_READER = "it is a FIFO with no reader"
    NO_WRITER = "it is a FIFO with no writer"
    SYMLINK_LOOP = "it is a symbolic link loop"
    MISSING_FOLDER = "its folder does not exist"
    SPECIAL = "it is not a regular file"


class WriteRefused(OSError):
    """The path was left alone on purpose (see :class:`Refusal`)."""

    def __init__(self, path: str, reason: Refusal) -> None:
        super().__init__(errno.EPERM, reason.value, path)
        self.reason = reason


class ReadRefused(OSError):
    """The path is not read on purpose (see :func:`read_input`)."""

    def __init__(self, path: str, reason: Refusal) -> None:
        super().__init__(errno.EINVAL, reason.value, path)
        self.reason = reason


def write_text(path: str | os.PathLike[str], text: str, *, private: bool = False) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` by the rules above."""
    write_bytes(path, text.encode("utf-8"), private=private)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    target, st, through = _follow(os.fspath(path))
    if st is None:
        _replace(target, data, None, private)
    elif stat.S_ISREG(st.st_mode) and not through:
        if not private:
            _check_replaceable(target, st)
        _replace(target, data, st, private)
    else:
        _write_through(target, st, data)


# --- following links ----------------------------------------------------------------


def _follow(path: str) -> tuple[str, os.stat_result | None, bool]:
    """The path to write (links followed), what is there now (None: nothing), and
    whether it must be written through rather than replaced."""
    current = path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
    for _ in range(_MAX_SYMLINKS):
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            return current, None, False
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # a looping link among the folders on the way
                raise WriteRefused(path, Refusal.SYMLINK_LOOP) from None
            raise
        if not stat.S_ISLNK(st.st_mode):
            return current, st, False
        if _in_proc(current):
            # /dev/stdout, /dev/fd/N: a descriptor of this process, whose link text
            # may be no path at all ("pipe:[...]"). Write to the descriptor's file as
            # it is, never replace it: the shell holds it open.
            try:
                return current, os.stat(current), True
            except FileNotFoundError:
                raise WriteRefused(path, Refusal.SPECIAL) from None
        current = os.path.join(os.path.dirname(current), os.readlink(current))
    raise WriteRefused(path, Refusal.SYMLINK_LOOP)


def _in_proc(link: str) -> bool:
    """Whether a link is one of /proc's descriptor links (also reached as /dev/fd/N)."""
    return os.path.realpath(os.path.dirname(link)).startswith("/proc/")


# --- regular files: replace ----------------------------------------------------------


def _check_replaceable(target: str, st: os.stat_result) -> None:
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteRefused(target, Refusal.READ_ONLY)
    if st.st_nlink > 1:
        raise WriteRefused(target, Refusal.HARD_LINKED)


def _replace(target: str, data: bytes, st: os.stat_result | None, private: bool) -> None:
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise WriteRefused(target, Refusal.MISSING_FOLDER)
    if private:
        mode = PRIVATE_FILE_MODE
    elif st is not None:
        # Set-id bits are not carried over: a rewritten file is data, not a program.
        mode = stat.S_IMODE(st.st_mode) & ~(stat.S_ISUID | stat.S_ISGID)
    else:
        mode = 0o666 & ~current_umask()
    global _unnamed_works
    if _unnamed_works:
        try:
            _replace_once(target, folder, data, st if not private else None, mode, unnamed=True)
            return
        except _NoUnnamed as exc:
            if exc.system_wide:
                _unnamed_works = False  # this system cannot: named temporaries from now on
    _replace_once(target, folder, data, st if not private else None, mode, unnamed=False)


class _NoUnnamed(Exception):
    """Unnamed temporary files cannot be made (on this file system) or named (on
    this system, ``system_wide``) here."""

    def __init__(self, system_wide: bool) -> None:
        super().__init__()
        self.system_wide = system_wide


# Linux: O_TMPFILE, then linkat through /proc (what QSaveFile does), so that a
# write killed before the rename leaves nothing in the user's folder.
_unnamed_works = sys.platform.startswith("linux") and hasattr(os, "O_TMPFILE")


def _replace_once(
    target: str, folder: str, data: bytes, st: os.stat_result | None, mode: int, unnamed: bool
) -> None:
    fd, named = _unnamed(folder) if unnamed else _named(folder)
    try:
        if st is not None:
            _keep_owner(fd, st, target)
        _set_mode(fd, mode)  # after chown, which may clear set-id bits
        _write_all(fd, data)
        os.fsync(fd)
        if named is None:
            named = _materialise(fd, folder)
        os.replace(named, target)
        named = None
    finally:
        os.close(fd)
        if named is not None:
            _unlink_quietly(named)
    sync_folder(folder)


def _unnamed(folder: str) -> tuple[int, None]:
    try:
        return os.open(folder, os.O_TMPFILE | os.O_WRONLY, PRIVATE_FILE_MODE), None
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            raise _NoUnnamed(system_wide=False) from None  # this file system has none
        raise  # a real problem (permission, full disk): a named file would fail too


def _named(folder: str) -> tuple[int, str]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC | _BINARY
    for _ in range(100):
        name = _temp_name(folder)
        try:
            return os.open(name, flags, PRIVATE_FILE_MODE), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", folder)


def _temp_name(folder: str) -> str:
    import secrets  # here: the GUI imports this module before its first paint

    return os.path.join(folder, f"{TEMP_PREFIX}{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _materialise(fd: int, folder: str) -> str:
    """Give an unnamed temporary file a (short-lived) name to rename over the target."""
    for _ in range(100):
        name = _temp_name(folder)
        try:
            _link_descriptor(fd, name)
            return name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", folder)


def _link_descriptor(fd: int, name: str) -> None:
    """linkat(AT_FDCWD, "/proc/self/fd/N", AT_FDCWD, name, AT_SYMLINK_FOLLOW).

    os.link cannot do it before Python 3.13: it calls link(), which does not
    follow the /proc link. Called through the C library; any failure other than
    the name being taken means this system cannot, and a named file is used."""
    at_fdcwd, at_symlink_follow = -100, 0x400
    try:
        import ctypes  # here: the GUI imports this module before its first paint

        libc = ctypes.CDLL(None, use_errno=True)
        result = libc.linkat(
            at_fdcwd,
            os.fsencode(f"/proc/self/fd/{fd}"),
            at_fdcwd,
            os.fsencode(name),
            at_symlink_follow,
        )
    except (OSError, AttributeError):
        raise _NoUnnamed(system_wide=True) from None
    if result != 0:
        code = ctypes.get_errno()
        if code == errno.EEXIST:
            raise FileExistsError(code, os.strerror(code), name)
        if code in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS):
            raise OSError(code, os.strerror(code), name)
        raise _NoUnnamed(system_wide=True)


def _keep_owner(fd: int, st: os.stat_result, target: str) -> None:
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) == (st.st_uid, st.st_gid):
        return
    try:
        os.fchown(fd, st.st_uid, st.st_gid)
    except (OSError, AttributeError):
        raise WriteRefused(target, Refusal.OWNER) from None


def _set_mode(fd: int, mode: int) -> None:
    if hasattr(os, "fchmod"):  # not on Windows, where there are no such modes
        os.fchmod(fd, mode)


def _set_blocking(fd: int) -> None:
    if _NONBLOCK:
        os.set_blocking(fd, True)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _unlink_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


# --- anything else: write through or refuse ------------------------------------------


def _write_through(target: str, st: os.stat_result, data: bytes) -> None:
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise WriteRefused(target, Refusal.FOLDER)
    if stat.S_ISBLK(mode):
        raise WriteRefused(target, Refusal.BLOCK_DEVICE)
    if stat.S_ISSOCK(mode):
        raise WriteRefused(target, Refusal.SOCKET)
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISREG(mode)):
        raise WriteRefused(target, Refusal.SPECIAL)
    # Appending: through /dev/stdout redirected to a file (``>`` or ``>>``), the text
    # goes after what is there, as if printed; devices and FIFOs ignore it.
    flags = os.O_WRONLY | os.O_APPEND | _NONBLOCK | _NOCTTY | _BINARY
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO and stat.S_ISFIFO(mode):
            raise WriteRefused(target, Refusal.NO_READER) from None
        raise
    try:
        # Opened without waiting; from here on a full pipe is waited for, not an error.
        _set_blocking(fd)
        _write_all(fd, data)
    finally:
        os.close(fd)


# --- reading an input file ----------------------------------------------------------


def read_input(path: str | os.PathLike[str], limit: int) -> bytes:
    """Up to ``limit`` bytes of a file the user named (read one past a limit to
    tell "too large" without reading it all).

    Never waits for a writer that is not there: a FIFO is opened non-blocking
    (one with no writer is refused; a pipe being written, as from ``<(cmd)``,
    is read to its end). Devices (``/dev/zero`` would never end), sockets and
    folders are refused as what they are; a symbolic link loop is said to be
    one. A missing file raises FileNotFoundError.
    """
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadRefused(name, Refusal.SYMLINK_LOOP) from None
        raise
    _check_readable_kind(name, st)
    fd = os.open(name, os.O_RDONLY | _NONBLOCK | _NOCTTY | _BINARY)
    try:
        st = os.fstat(fd)  # what was opened, should it have changed since
        _check_readable_kind(name, st)
        if stat.S_ISFIFO(st.st_mode):
            return _read_pipe(name, fd, limit)
        _set_blocking(fd)
        chunks: list[bytes] = []
        size = 0
        while size < limit and (chunk := os.read(fd, min(1 << 20, limit - size))):
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _check_readable_kind(name: str, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise ReadRefused(name, Refusal.FOLDER)
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise ReadRefused(name, Refusal.SPECIAL)


def _read_pipe(name: str, fd: int, limit: int) -> bytes:
    import select

    chunks: list[bytes] = []
    size = 0
    while size < limit:
        try:
            chunk = os.read(fd, min(65536, limit - size))
        except BlockingIOError:
            # A writer is there and has not written yet: wait for it, as for stdin.
            select.select([fd], [], [])
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if not chunks:
        # Non-blocking, a FIFO nobody has open for writing reads as its end at once.
        raise ReadRefused(name, Refusal.NO_WRITER)
    return b"".join(chunks)


# --- the program's own folders --------------------------------------------------------


def private_folder(folder: str | os.PathLike[str]) -> Path:
    """``folder``, created if needed and made 0700 (its parents are the user's own
    and keep what they have)."""
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if not path.is_symlink():
        os.chmod(path, PRIVATE_FOLDER_MODE)
    return path


def tighten(folder: str | os.PathLike[str]) -> None:
    """Make an existing private folder 0700 and what the program wrote in it 0600
    (folders inside 0700), as older versions left them readable by everyone.
    Symbolic links are not followed; what is not ours is left alone."""
    root = Path(folder)
    if not root.is_dir() or root.is_symlink():
        return
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    for current, dirs, files in os.walk(root):
        _chmod_own(Path(current), PRIVATE_FOLDER_MODE, uid)
        for name in files:
            _chmod_own(Path(current) / name, PRIVATE_FILE_MODE, uid)
        dirs[:] = [d for d in dirs if not (Path(current) / d).is_symlink()]


def _chmod_own(path: Path, mode: int, uid: int | None) -> None:
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode) or (uid is not None and st.st_uid != uid):
            return
        if stat.S_IMODE(st.st_mode) & ~mode:
            os.chmod(path, stat.S_IMODE(st.st_mode) & mode)
    except OSError:
        pass  # gone, or not ours to change: nothing worth stopping the start for


def open_private_log(path: str | os.PathLike[str]) -> int:
    """A descriptor of ``path`` opened for writing (truncated), 0600 whatever the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | _BINARY
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    _set_mode(fd, PRIVATE_FILE_MODE)
    return fd


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """Make a rename inside ``folder`` durable. Best effort: Windows and some file
    systems cannot open or sync a folder, and the file is whole either way; only a
    power cut right after a write could bring the old one back."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def current_umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    # Elsewhere os.umask is the only way to read it: set and restore at once.
    current = os.umask(0o022)
    os.umask(current)
    return current


def is_temporary_name(name: str) -> bool:
    """A name :func:`write_text` gives its temporary files."""
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)
