"""Shows the recommended level next to the customer-selected one, and flags a mismatch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.case import SEVERITY_LABELS
from desktop.core.i18n import translate
from desktop.core.severity import Assessment, DefinitionSet, Level
from desktop.ui.i18n import core_text
from desktop.ui.theme import hex_colour

# (heading, background, accent) per comparison; over and under must never look alike.
_BANNERS: dict[str, tuple[str, str, str]] = {
    "under": (
        translate("ResultView", "The impact is higher than the customer's level"),
        "banner_under",
        "error_text",
    ),
    "over": (
        translate("ResultView", "The customer's level is higher than the impact we know of"),
        "banner_over",
        "warning_text",
    ),
    "": (
        translate("ResultView", "The customer's level matches the impact"),
        "banner_match",
        "success_text",
    ),
}


def _label(text: str = "", *, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        label.setStyleSheet("font-weight: bold; font-size: 11pt;")
    if name:
        label.setObjectName(name)
    return label


class _LevelCard(QFrame):
    """A heading, a level name, its code and response time, and a line of detail."""

    def __init__(self, heading: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = _label(heading)
        self.heading.setStyleSheet(f"color: {hex_colour('muted_text')};")
        self.name = _label(bold=True)
        self.meta = _label()
        self.detail = _label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for widget in (self.heading, self.name, self.meta, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_level(self, level: Level | None, plan: str, fallback: str, detail: str) -> None:
        if level is None:
            self.name.setText(fallback)
            self.meta.setText("")
        else:
            response = level.response_time(plan)
            plan_name = core_text(plan)
            when = (
                self.tr("first response {time} ({plan})").format(
                    time=core_text(response), plan=plan_name
                )
                if response
                else self.tr("not offered on {plan}").format(plan=plan_name)
            )
            self.name.setText(core_text(level.name))
            # Case facts store low…critical; those codes read as the facts form shows them.
            code = core_text(SEVERITY_LABELS.get(level.code, level.code))
            self.meta.setText(f"{code} · {when}")
        self.detail.setText(core_text(detail))
        self.detail.setVisible(bool(detail))


class ResultView(QWidget):
    """Customer-selected and recommended levels side by side, and the comparison banner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_card = _LevelCard(self.tr("Customer selected"))
        self.selected_card.setObjectName("selectedLevel")
        self.recommended_card = _LevelCard(self.tr("Recommended"))
        self.recommended_card.setObjectName("recommendedLevel")
        self.banner = QFrame()
        self.banner.setObjectName("severityBanner")
        self.banner_heading = _label(bold=True, name="severityBannerHeading")
        self.banner_text = _label(name="severityBannerText")
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 8, 6)
        banner_layout.addWidget(self.banner_heading)
        banner_layout.addWidget(self.banner_text)
        cards = QHBoxLayout()
        cards.setSpacing(6)
        cards.addWidget(self.selected_card, 1)
        cards.addWidget(self.recommended_card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.banner)
        self.mismatch = ""

    def show_result(
        self,
        definitions: DefinitionSet,
        plan: str,
        selected: str,
        assessment: Assessment | None,
    ) -> None:
        """Show the comparison for ``selected`` (the case fact) and ``assessment`` (or none)."""
        plan = next((p for p in definitions.plans if p == plan), plan)  # with its translations
        chosen = definitions.resolve(selected)
        self.selected_card.show_level(
            chosen,
            plan,
            self.tr("“{selected}” is not a {definitions} level").format(
                selected=selected, definitions=core_text(definitions.name)
            ),
            chosen.criteria if chosen else "",
        )
        if assessment is None:
            self.recommended_card.show_level(
                None,
                plan,
                self.tr("Not assessed yet"),
                self.tr("Answer the questions above to get one."),
            )
            self.banner.hide()
            self.mismatch = ""
            return
        recommended = definitions.level(assessment.assessed)
        self.recommended_card.show_level(recommended, plan, assessment.assessed, assessment.reason)
        self.mismatch = assessment.mismatch if chosen else ""
        heading_text, background_name, accent_name = _BANNERS[self.mismatch]
        heading = core_text(heading_text)
        background, accent = hex_colour(background_name), hex_colour(accent_name)
        self.banner_heading.setText(heading)
        self.banner_heading.setStyleSheet(f"font-weight: bold; color: {accent};")
        self.banner_text.setText(core_text(assessment.explanation))
        self.banner_text.setVisible(bool(assessment.explanation))
        self.banner.setStyleSheet(
            f"QFrame#severityBanner {{ background: {background};"
            f" border-left: 5px solid {accent}; border-radius: 3px; }}"
        )
        self.banner.setToolTip(heading)
        self.banner.show()
