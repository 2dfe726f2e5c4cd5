"""Addresses of one service in another service's environment.

Under docker compose, services reach each other by service name
(``http://api:5000``). The containers of one ECS task do not get those names:
with ``awsvpc`` they share the task's network interface and reach each other
on ``localhost``; with ``bridge`` a container reaches another one by name only
through ``links``. So under awsvpc such an address is rewritten to
``localhost`` (and reported); under bridge it is kept and reported, with
``links`` as the way to make it work.

Only addresses that are clearly host names are touched: a URL's host
(``scheme://NAME[:port]``), ``NAME:port``, and the whole value of a variable
whose name says it holds a host (``DB_HOST=db``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# scheme://[user[:password]@]NAME followed by :port, /path, ?query or the end.
_URL = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/\s]*@)?)(?P<host>[A-Za-z0-9_.-]+)(?=[:/?#\s,;]|$)"
)
# NAME:port where NAME starts the value or follows a separator.
_HOST_PORT = re.compile(r"(?P<head>^|(?<=[\s,;=]))(?P<host>[A-Za-z0-9_.-]+)(?=:\d{1,5}(?!\d))")
# Variables whose whole value is a host name.
_HOST_VARIABLE = re.compile(r"(^|_)(HOST|HOSTNAME|SERVER|ADDR|ADDRESS)$", re.IGNORECASE)


# The password part of a URL's user information ("redis://:PASSWORD@cache").
_PASSWORD = re.compile(r"(://[^:@/\s]*:)[^@/\s]+@")


def without_password(value: str) -> str:
    """``value`` with URL passwords replaced by ``***``, for reports: a report is
    read and pasted more widely than the task definition's environment."""
    return _PASSWORD.sub(r"\1***@", value)


@dataclass(frozen=True)
class ServiceAddress:
    """One value that names other services: what it was, what it becomes, and whom."""

    before: str
    after: str
    services: tuple[str, ...]


def find_service_addresses(
    variable: str, value: str, services: set[str], *, rewrite: bool
) -> ServiceAddress | None:
    """The service names ``value`` uses as host names (None when there are none).

    With ``rewrite`` each such host becomes ``localhost``; otherwise the value
    is kept. ``services`` are the other services' names (not the one whose
    environment this is: a service naming itself is not reaching another one).
    """
    found: list[str] = []

    def replace(match: re.Match[str]) -> str:
        host = match.group("host")
        if host not in services:
            return match.group(0)
        if host not in found:
            found.append(host)
        return match.group("head") + ("localhost" if rewrite else host)

    after = _URL.sub(replace, value)
    after = _HOST_PORT.sub(replace, after)
    if value in services and _HOST_VARIABLE.search(variable):
        found.append(value)
        after = "localhost" if rewrite else value
    if not found:
        return None
    return ServiceAddress(value, after, tuple(found))
