"""Casewright's colours for the light and dark schemes, and the WCAG contrast they must keep.

Every colour the style sheet and the widgets use is named here once per scheme; the UI asks
for a name (``desktop.ui.theme.colour``). ``TEXT_PAIRS`` lists each text colour with the
background it is drawn on: a test holds them to WCAG AA (4.5:1), and ``MARK_PAIRS`` (underlines,
borders that carry meaning) to the 3:1 WCAG asks of graphics.
"""

from __future__ import annotations

LIGHT: dict[str, str] = {
    "window": "#f3f4f6",
    "window_text": "#1f2328",
    "base": "#ffffff",
    "alternate_base": "#f5f7fa",
    "text": "#1f2328",
    "muted_text": "#555555",
    "button": "#eceef1",
    "button_text": "#1f2328",
    "highlight": "#cfe3ff",
    "highlighted_text": "#000000",
    "link": "#0b57d0",
    "separator": "#e4e8ee",
    "editor_border": "#7a879b",
    "error_text": "#b00020",
    "warning_text": "#8a4f00",
    "success_text": "#1e7b34",
    # The escalation pane: internal, warm-tinted, never mistaken for the reply.
    "internal_banner": "#8a1c1c",
    "internal_banner_text": "#ffffff",
    "escalation_window": "#fdf3e1",
    "escalation_field": "#fff6e5",
    "escalation_border": "#b7862a",
    "escalation_item_text": "#6b1616",
    "escalation_notice": "#fff0b3",
    "finding_missing": "#c0392b",
    "finding_weak": "#a86f00",
    "findings_list": "#fffaf0",
    "meter_background": "#ffffff",
    "meter_text": "#1f2328",
    "meter_missing": "#e08a80",
    "meter_weak": "#ecc46a",
    "meter_ready": "#86c78a",
    # Reproduction verdicts and step rows.
    "verdict_neutral": "#e4e8ee",
    "verdict_neutral_text": "#333333",
    "verdict_reproduced": "#8a1c1c",
    "verdict_not_reproduced": "#2e6b30",
    "verdict_text": "#ffffff",
    "notice": "#fcecc8",
    "notice_text": "#3d2b00",
    "step_passed": "#dff2dc",
    "step_failed": "#f9dcdc",
    "step_blocked": "#fcecc8",
    # The pre-send gate's chips and rows.
    "chip_block": "#b00020",
    "chip_warn": "#8a4f00",
    "chip_overridden": "#5f6b7a",
    "chip_text": "#ffffff",
    "row_background": "#fbfbfc",
    "accent_block": "#b00020",
    "accent_warn": "#b7862a",
    "accent_overridden": "#7d8896",
    # Severity banners.
    "banner_under": "#fde7e9",
    "banner_over": "#fff4d6",
    "banner_match": "#e6f4ea",
    # Template preview and editor.
    "marker": "#ffe58a",
    "marker_text": "#5a3d00",
    "syntax_comment": "#5c6470",
    "syntax_tag": "#7b2d9e",
    "syntax_expression": "#005cc5",
    "syntax_expression_background": "#eef4ff",
    "syntax_metadata": "#1d6b33",
    "syntax_metadata_background": "#f3faf3",
    "favourite": "#8a5a00",
    "not_favourite": "#7d8896",
    # The queue: due times in the case list.
    "due_overdue": "#c62828",
    "due_soon": "#975a00",
    # Grammar underlines.
    "underline_spelling": "#d32f2f",
    "underline_grammar": "#1565c0",
    "underline_punctuation": "#6a1b9a",
    "underline_style": "#2e7d32",
}

DARK: dict[str, str] = {
    "window": "#1e1f22",
    "window_text": "#e6e6e6",
    "base": "#26282c",
    "alternate_base": "#2c2f34",
    "text": "#e6e6e6",
    "muted_text": "#a9b0b8",
    "button": "#33363b",
    "button_text": "#e6e6e6",
    "highlight": "#243d66",
    "highlighted_text": "#ffffff",
    "link": "#8ab4f8",
    "separator": "#3a3d42",
    "editor_border": "#6b7689",
    "error_text": "#ff8a8a",
    "warning_text": "#f2c46d",
    "success_text": "#7fd48a",
    "internal_banner": "#a32626",
    "internal_banner_text": "#ffffff",
    "escalation_window": "#2a2418",
    "escalation_field": "#332b1c",
    "escalation_border": "#a07a30",
    "escalation_item_text": "#ffb3a7",
    "escalation_notice": "#4a3b10",
    "finding_missing": "#ff6f61",
    "finding_weak": "#e0a43a",
    "findings_list": "#2e2719",
    "meter_background": "#26282c",
    "meter_text": "#e6e6e6",
    "meter_missing": "#7a2a22",
    "meter_weak": "#6b4e10",
    "meter_ready": "#25552a",
    "verdict_neutral": "#3a3d42",
    "verdict_neutral_text": "#e6e6e6",
    "verdict_reproduced": "#a32626",
    "verdict_not_reproduced": "#2e6b30",
    "verdict_text": "#ffffff",
    "notice": "#4a3b10",
    "notice_text": "#f5e6c0",
    "step_passed": "#1f3d22",
    "step_failed": "#4a2022",
    "step_blocked": "#4a3b10",
    "chip_block": "#b3263a",
    "chip_warn": "#8a5a00",
    "chip_overridden": "#5f6b7a",
    "chip_text": "#ffffff",
    "row_background": "#2a2c30",
    "accent_block": "#ff6f61",
    "accent_warn": "#e0a43a",
    "accent_overridden": "#8a94a3",
    "banner_under": "#4a2022",
    "banner_over": "#41351a",
    "banner_match": "#1f3d22",
    "marker": "#6b5310",
    "marker_text": "#fff1c2",
    "syntax_comment": "#9aa3ad",
    "syntax_tag": "#d2a8ff",
    "syntax_expression": "#79c0ff",
    "syntax_expression_background": "#1f2a3a",
    "syntax_metadata": "#7ee2a8",
    "syntax_metadata_background": "#1c2d22",
    "favourite": "#f2c46d",
    "not_favourite": "#8a94a3",
    "due_overdue": "#ff8a80",
    "due_soon": "#f2c46d",
    "underline_spelling": "#ff6b6b",
    "underline_grammar": "#6cb6ff",
    "underline_punctuation": "#ce93d8",
    "underline_style": "#7fd48a",
}

SCHEMES: dict[str, dict[str, str]] = {"light": LIGHT, "dark": DARK}

# (text colour, background) pairs that must reach 4.5:1 in both schemes.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("muted_text", "window"),
    ("muted_text", "base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("link", "base"),
    ("error_text", "window"),
    ("error_text", "base"),
    ("warning_text", "window"),
    ("warning_text", "base"),
    ("success_text", "window"),
    ("internal_banner_text", "internal_banner"),
    ("text", "escalation_window"),
    ("text", "escalation_field"),
    ("muted_text", "escalation_window"),
    ("escalation_item_text", "escalation_window"),
    ("text", "escalation_notice"),
    ("text", "findings_list"),
    ("error_text", "findings_list"),
    ("warning_text", "findings_list"),
    ("meter_text", "meter_background"),
    ("meter_text", "meter_missing"),
    ("meter_text", "meter_weak"),
    ("meter_text", "meter_ready"),
    ("verdict_neutral_text", "verdict_neutral"),
    ("verdict_text", "verdict_reproduced"),
    ("verdict_text", "verdict_not_reproduced"),
    ("notice_text", "notice"),
    ("text", "step_passed"),
    ("text", "step_failed"),
    ("text", "step_blocked"),
    ("error_text", "step_failed"),
    ("chip_text", "chip_block"),
    ("chip_text", "chip_warn"),
    ("chip_text", "chip_overridden"),
    ("text", "row_background"),
    ("muted_text", "row_background"),
    ("text", "banner_under"),
    ("error_text", "banner_under"),
    ("text", "banner_over"),
    ("warning_text", "banner_over"),
    ("text", "banner_match"),
    ("success_text", "banner_match"),
    ("marker_text", "marker"),
    ("syntax_comment", "base"),
    ("syntax_tag", "base"),
    ("syntax_expression", "syntax_expression_background"),
    ("syntax_metadata", "syntax_metadata_background"),
    ("favourite", "base"),
    ("muted_text", "highlight"),
    ("due_overdue", "base"),
    ("due_soon", "base"),
    ("due_overdue", "window"),
)
# Graphics that carry meaning (underlines, coloured borders, stars): 3:1 against their ground.
MARK_PAIRS: tuple[tuple[str, str], ...] = (
    ("underline_spelling", "base"),
    ("underline_grammar", "base"),
    ("underline_punctuation", "base"),
    ("underline_style", "base"),
    ("finding_missing", "escalation_field"),
    ("finding_weak", "escalation_field"),
    ("accent_block", "row_background"),
    ("accent_warn", "row_background"),
    ("not_favourite", "base"),
    ("editor_border", "window"),
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    red, green, blue = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
