"""Both colour schemes keep WCAG AA contrast for text and 3:1 for meaningful marks."""

from __future__ import annotations

import re
from string import Template

import pytest

from desktop.core.palette import (
    DARK,
    LIGHT,
    MARK_PAIRS,
    SCHEMES,
    TEXT_PAIRS,
    contrast_ratio,
    relative_luminance,
)
from desktop.core.resources import read_bundled_text


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # fails AA
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # passes AA
    assert relative_luminance("#fff") == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_is_readable_in_both_schemes(scheme: str, foreground: str, background: str) -> None:
    colours = SCHEMES[scheme]
    ratio = contrast_ratio(colours[foreground], colours[background])
    assert ratio >= 4.5, f"{scheme}: {foreground} on {background} is only {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
@pytest.mark.parametrize(("mark", "background"), MARK_PAIRS)
def test_underlines_and_borders_stand_out(scheme: str, mark: str, background: str) -> None:
    colours = SCHEMES[scheme]
    ratio = contrast_ratio(colours[mark], colours[background])
    assert ratio >= 3.0, f"{scheme}: {mark} on {background} is only {ratio:.2f}:1"


def test_both_schemes_name_the_same_colours_and_dark_is_dark() -> None:
    assert LIGHT.keys() == DARK.keys()
    assert relative_luminance(DARK["window"]) < 0.05 < relative_luminance(LIGHT["window"])
    assert relative_luminance(DARK["base"]) < 0.05 < relative_luminance(LIGHT["base"])


def test_the_style_sheet_takes_every_colour_from_the_palette() -> None:
    sheet = read_bundled_text("resources", "styles/casewright.qss")
    body = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b", body), "a colour bypasses the palette"
    for colours in SCHEMES.values():
        filled = Template(sheet).substitute(colours)  # KeyError for a name the palette lacks
        assert "$" not in filled
