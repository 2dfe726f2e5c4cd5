"""Export refuses a draft that does not fit the API shape, naming the place."""

from __future__ import annotations

import pytest

from wizard.domain.formats.exporter import ExportError, export_document


@pytest.mark.parametrize(
    ("doc", "path"),
    [
        ({"family": "x"}, "/containerDefinitions"),
        ({"containerDefinitions": []}, "/family"),
        (
            {"family": "x", "containerDefinitions": [{"memory": "lots"}]},
            "/containerDefinitions/0/memory",
        ),
    ],
)
def test_export_error_names_the_member(doc, path):
    with pytest.raises(ExportError) as info:
        export_document(doc)
    assert info.value.findings and info.value.findings[0].path == path
    assert path in str(info.value)
