"""Python index <-> UTF-16 position helpers used by the Qt layer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.grammar.offsets import OffsetMap, py_to_utf16, utf16_length, utf16_to_py

# Text mixing ASCII, BMP CJK, astral CJK (Extension B) and emoji.
_TEXT = st.text(alphabet=st.sampled_from(list("ab \n語言😀𠀋🇹🇼é")), max_size=40)


def test_emoji_and_astral_cjk_count_two_units() -> None:
    text = "a😀b𠀋c"
    assert [py_to_utf16(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert utf16_length(text) == 7
    assert utf16_to_py(text, 3) == 2
    assert utf16_to_py(text, 2) == 1  # inside the emoji's surrogate pair -> its start


@settings(max_examples=150)
@given(_TEXT, st.data())
def test_round_trip_from_python_index(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text)))
    position = py_to_utf16(text, index)
    assert utf16_to_py(text, position) == index
    # The UTF-16 position agrees with an independent encoding-based count.
    assert position == len(text[:index].encode("utf-16-le")) // 2
    mapping = OffsetMap(text)
    assert mapping.to_utf16(index) == position
    assert mapping.to_python(position) == index


@settings(max_examples=150)
@given(_TEXT, st.data())
def test_any_utf16_position_maps_to_a_character_start(text: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, utf16_length(text)))
    index = utf16_to_py(text, position)
    assert OffsetMap(text).to_python(position) == index
    back = py_to_utf16(text, index)
    assert back == position or back == position - 1  # only inside a surrogate pair


def test_positions_are_clamped() -> None:
    assert py_to_utf16("ab", 10) == 2
    assert utf16_to_py("ab", 10) == 2
    assert OffsetMap("😀").to_python(99) == 1
    assert utf16_to_py("ab", -1) == 0
