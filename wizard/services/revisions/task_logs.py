"""Following a task's awslogs streams with GetLogEvents.

With the awslogs driver and ``awslogs-stream-prefix`` set, a container's stream
is ``prefix/container-name/task-id`` in ``awslogs-group``. Source:
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html
Streams appear only once the container writes; until then there is nothing to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.services.errors import AwsError
from wizard.services.revisions.account import RevisionAccount

# GetLogEvents returns up to 10,000 events or 1 MB a call; fewer keep a poll short.
EVENTS_PER_CALL = 500
# A line longer than this is cut: a log pane is for reading, not for megabyte lines.
MAX_LINE = 4000


@dataclass(frozen=True)
class LogStream:
    container: str
    group: str
    stream: str
    region: str


@dataclass(frozen=True)
class LogLine:
    container: str
    timestamp: int  # milliseconds since the epoch, as CloudWatch Logs gives it
    text: str


def log_streams(task_definition: dict[str, Any], task_id: str) -> tuple[list[LogStream], list[str]]:
    """The streams of the task's containers, and the names of containers without one."""
    streams: list[LogStream] = []
    without: list[str] = []
    for c in task_definition.get("containerDefinitions") or []:
        if not isinstance(c, dict):
            continue
        name = str(c.get("name", ""))
        config = c.get("logConfiguration") or {}
        options = config.get("options") or {} if isinstance(config, dict) else {}
        group, prefix = options.get("awslogs-group"), options.get("awslogs-stream-prefix")
        if config.get("logDriver") != "awslogs" or not group or not prefix:
            without.append(name)
            continue
        region = str(options.get("awslogs-region", ""))
        streams.append(LogStream(name, str(group), f"{prefix}/{name}/{task_id}", region))
    return streams, without


@dataclass
class LogFollower:
    """Reads what is new in each stream on every :meth:`read`."""

    streams: list[LogStream]
    _tokens: dict[str, str] = field(default_factory=dict)

    def read(self, account: RevisionAccount) -> list[LogLine]:
        lines: list[LogLine] = []
        for stream in self.streams:
            if stream.region and account.region and stream.region != account.region:
                continue  # another region's logs need another client; the user is told
            lines.extend(self._read_stream(account, stream))
        return sorted(lines, key=lambda line: line.timestamp)

    def _read_stream(self, account: RevisionAccount, stream: LogStream) -> list[LogLine]:
        params: dict[str, Any] = {
            "logGroupName": stream.group,
            "logStreamName": stream.stream,
            "startFromHead": True,
            "limit": EVENTS_PER_CALL,
        }
        token = self._tokens.get(stream.stream)
        if token:
            params["nextToken"] = token
        try:
            response = account.call(
                "logs:GetLogEvents", account.client("logs").get_log_events, **params
            )
        except AwsError as exc:
            if exc.kind == "not-found":
                return []  # the container has not written yet
            raise
        next_token = response.get("nextForwardToken")
        if isinstance(next_token, str):
            self._tokens[stream.stream] = next_token
        return [
            LogLine(
                stream.container, int(e.get("timestamp") or 0), str(e.get("message", ""))[:MAX_LINE]
            )
            for e in response.get("events") or []
            if isinstance(e, dict)
        ]
