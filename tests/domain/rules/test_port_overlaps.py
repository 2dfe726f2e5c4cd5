"""first_overlaps looks single ports up by port; it must pair exactly as
comparing every mapping with every earlier one does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.domain.rules.port_mappings import PortMapping, first_overlaps, overlap


def naive(mappings, counts):
    earlier = []
    for m in mappings:
        if m.span is None:
            continue
        for other, other_span in earlier:
            if counts(m, other) and (port := overlap(m.span, other_span)) is not None:
                yield m, other, port
                break
        earlier.append((m, m.span))


port = st.integers(min_value=0, max_value=12)
mapping = st.one_of(
    st.fixed_dictionaries({"containerPort": port, "protocol": st.sampled_from(["tcp", "udp"])}),
    st.tuples(port, port).map(
        lambda p: {"containerPortRange": f"{min(p) + 1}-{max(p) + 2}", "protocol": "tcp"}
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), mapping), max_size=25))
def test_fast_pairing_equals_comparing_everything(items) -> None:
    mappings = [PortMapping(c, f"c{c}", j, fields) for j, (c, fields) in enumerate(items)]

    def other_container(m, other):
        return other.container_index != m.container_index and other.protocol == m.protocol

    for counts in (other_container, lambda m, other: True):
        fast = [(m.index, o.index, p) for m, o, p in first_overlaps(mappings, counts)]
        slow = [(m.index, o.index, p) for m, o, p in naive(mappings, counts)]
        assert fast == slow
