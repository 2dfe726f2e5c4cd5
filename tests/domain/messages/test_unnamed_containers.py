"""An unnamed container is "#2" in messages, never quoted like a name the user typed."""

from __future__ import annotations

from tests.rulekit import container, fargate_doc
from wizard.domain.analysis import analyse
from wizard.domain.messages.catalog import fill, render_message


def messages_of(doc: dict, language: str) -> list[str]:
    return [render_message(f.rule, f.params, language) for f in analyse(doc)]


def test_an_unnamed_container_is_called_by_its_place_without_quotes():
    doc = fargate_doc(container(name="web", image="nginx:1.27"), container(name="", image=""))
    for language in ("en", "zh_CN"):
        texts = messages_of(doc, language)
        about_it = [t for t in texts if "#2" in t]
        assert len(about_it) >= 2, texts  # no name, and no image
        assert not [t for t in about_it if "'#2'" in t], about_it
    english = messages_of(doc, "en")
    assert any(t.startswith("Container #2 has no image") for t in english), english


def test_a_named_container_keeps_its_quotes():
    assert fill("Container '{container}' has no image.", {"container": "web"}) == (
        "Container 'web' has no image."
    )
    assert fill("Container '{container}' has no image.", {"container": "#3"}) == (
        "Container #3 has no image."
    )
