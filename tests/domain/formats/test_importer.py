"""Loading: wrappers, read-only fields, nulls, unit strings, placeholders, bad input."""

from __future__ import annotations

import json

import pytest

from wizard.domain.formats.importer import MAX_INPUT_BYTES, load_bytes, load_path, load_text


def rules(result):
    return [f.rule for f in result.findings]


def test_describe_output_is_unwrapped_with_tags_and_read_only_fields_reported():
    text = json.dumps(
        {
            "taskDefinition": {
                "taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3",
                "family": "web",
                "revision": 3,
                "status": "ACTIVE",
                "compatibilities": ["EC2", "FARGATE"],
                "registeredAt": "2024-01-01T00:00:00Z",
                "deleteRequestedAt": "2024-01-02T00:00:00Z",
                "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 128}],
            },
            "tags": [{"key": "team", "value": "blue"}],
        },
        indent=2,
    )
    result = load_text(text)
    assert result.document == {
        "family": "web",
        "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 128}],
        "tags": [{"key": "team", "value": "blue"}],
    }
    removed = {f.params["key"] for f in result.findings if f.rule == "read-only-removed"}
    assert removed == {
        "taskDefinitionArn",
        "revision",
        "status",
        "compatibilities",
        "registeredAt",
        "deleteRequestedAt",
    }
    assert "describe-unwrapped" in rules(result)
    assert not result.fatal
    # Positions map back into the wrapper: /family is on line 4 of the source.
    assert result.position("/family")[0] == 4
    assert result.position("/tags/0")[0] > result.position("/containerDefinitions")[0]


def test_nulls_removed_and_reported_with_their_pointer():
    result = load_text(
        '{"family": "a", "ipcMode": null, "containerDefinitions": '
        '[{"name": "x", "image": "i", "memory": 64, "ulimits": null, "command": ["a", null]}]}'
    )
    paths = {f.path for f in result.findings if f.rule == "null-removed"}
    assert paths == {
        "/ipcMode",
        "/containerDefinitions/0/ulimits",
        "/containerDefinitions/0/command/1",
    }
    assert result.document["containerDefinitions"][0] == {
        "name": "x",
        "image": "i",
        "memory": 64,
        "command": ["a"],
    }
    assert result.model is not None


@pytest.mark.parametrize(
    ("cpu", "memory", "want_cpu", "want_memory"),
    [
        ("1 vCPU", "2 GB", "1024", "2048"),
        (".25 vcpu", ".5 gb", "256", "512"),
        ("2 vcpu", "4GB", "2048", "4096"),
        ("0.5 vCPU", "1gb", "512", "1024"),
    ],
)
def test_unit_strings_become_integer_strings_with_info(cpu, memory, want_cpu, want_memory):
    result = load_text(
        json.dumps({"family": "a", "containerDefinitions": [], "cpu": cpu, "memory": memory})
    )
    assert result.document["cpu"] == want_cpu
    assert result.document["memory"] == want_memory
    infos = [f for f in result.findings if f.rule == "task-size-unit-string"]
    assert {f.path for f in infos} == {"/cpu", "/memory"}
    assert all(f.severity.value == "info" for f in infos)


def test_task_size_numbers_become_strings_with_a_warning():
    result = load_text('{"family": "a", "containerDefinitions": [], "cpu": 256, "memory": 512}')
    assert result.document["cpu"] == "256" and result.document["memory"] == "512"
    assert rules(result).count("task-size-number") == 2


@pytest.mark.parametrize(
    "token",
    ["${IMAGE}", "{{ must_env `TAG` }}", "<IMAGE1_NAME>", "$$$EXECUTION_ROLE$$$", "{{region}}"],
)
def test_placeholders_are_accepted_and_warned(token):
    doc = {"family": "a", "containerDefinitions": [{"name": "x", "image": f"repo/app:{token}"}]}
    result = load_text(json.dumps(doc))
    found = [f for f in result.findings if f.rule == "placeholder"]
    assert [f.path for f in found] == ["/containerDefinitions/0/image"]
    assert found[0].severity.value == "warning"
    assert result.model is not None


def test_firelens_runtime_variables_are_not_placeholders():
    doc = {
        "family": "a",
        "containerDefinitions": [
            {
                "name": "x",
                "image": "i",
                "logConfiguration": {
                    "logDriver": "awsfirelens",
                    "options": {"log_stream_name": "${ECS_TASK_ID}"},
                },
            }
        ],
    }
    assert "placeholder" not in rules(load_text(json.dumps(doc)))


def test_unknown_key_names_key_pointer_and_suggestion():
    result = load_text(
        '{"family": "a", "containerDefinitions": [{"name": "x", "memoryReservaton": 5}]}'
    )
    (finding,) = [f for f in result.findings if f.rule == "schema-unknown-key"]
    assert finding.path == "/containerDefinitions/0/memoryReservaton"
    assert "did you mean 'memoryReservation'" in finding.message
    assert result.fatal


def test_wrong_type_names_expected_type():
    result = load_text('{"family": "a", "containerDefinitions": [{"name": "x", "memory": "lots"}]}')
    (finding,) = [f for f in result.findings if f.rule == "schema-type"]
    assert finding.path == "/containerDefinitions/0/memory"
    assert "must be an integer" in finding.message and "'lots'" in finding.message
    assert result.document is not None and result.model is None


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (b"", "input-empty"),
        (b"   \n\t", "input-empty"),
        (b"[1, 2]", "input-not-object"),
        (b'"text"', "input-not-object"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "input-binary"),
        (b'{"family": "caf\xe9"}', "input-not-utf8"),
        (b'{"family": "a",}', "json-syntax"),
        (b'{"family": NaN}', "json-syntax"),
        (b"[" * 100000 + b"]" * 100000, "json-too-deep"),
        (b" " * (MAX_INPUT_BYTES + 1), "input-too-large"),
    ],
)
def test_bad_input_gets_one_clear_error(data, rule):
    result = load_bytes(data)
    assert rules(result) == [rule]
    assert result.fatal
    assert result.document is None
    assert result.findings[0].message


def test_syntax_error_has_line_and_column():
    result = load_text('{\n  "family": "a"\n  "cpu": "256"\n}')
    (finding,) = result.findings
    assert (finding.params["line"], finding.params["column"]) == (3, 3)


def test_non_utf8_error_names_line_and_column():
    (finding,) = load_bytes(b'{\n "family": "caf\xe9"\n}').findings
    assert (finding.params["line"], finding.params["column"]) == (2, 16)


def test_bom_is_accepted():
    result = load_bytes(b'\xef\xbb\xbf{"family": "a", "containerDefinitions": []}')
    assert result.document == {"family": "a", "containerDefinitions": []}


def test_duplicate_keys_are_warned():
    result = load_text('{"family": "a", "family": "b", "containerDefinitions": []}')
    assert result.document["family"] == "b"
    (dup,) = [f for f in result.findings if f.rule == "json-duplicate-key"]
    assert dup.path == "/family"


def test_missing_file_and_directory(tmp_path):
    assert rules(load_path(str(tmp_path / "nope.json"))) == ["input-missing"]
    assert rules(load_path(str(tmp_path))) == ["input-unreadable"]
