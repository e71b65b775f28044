"""Case → Paste customer message: the message joins the thread, and each fact found is offered
for accept or reject with the excerpt it came from. Nothing is filled without consent."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.intake.extract import extract
from desktop.core.intake.facts import KIND_LABELS, Fact, excerpt
from desktop.ui.long_lines import PlainTextField

UNDECIDED, ACCEPTED, REJECTED = "", "accepted", "rejected"
MESSAGE_LIMIT = 1_000_000  # characters; a longer paste is refused with a message
_ROLE = Qt.ItemDataRole.UserRole


class IntakeDialog(QDialog):
    """Paste, review facts one by one, then add the message (and the accepted facts)."""

    def __init__(self, text: str, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("Paste customer message"))
        self.resize(900, 620)
        self._zone = zone
        self.message = PlainTextField(text)
        # Facts are found on the GUI thread as you type: fast for 1 MB, minutes for 10 MB.
        self.message.most_characters = MESSAGE_LIMIT
        self.message.setObjectName("intakeMessage")
        self.message.setPlaceholderText(self.tr("Paste what the customer wrote"))
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(self.tr("yyyy-MM-dd HH:mm"))
        self.facts = QTreeWidget()
        self.facts.setObjectName("intakeFacts")
        self.facts.setHeaderLabels(
            [self.tr("Decision"), self.tr("Fact"), self.tr("Value"), self.tr("From the message")]
        )
        self.facts.setRootIsDecorated(False)
        self.facts.setColumnWidth(0, 90)
        self.facts.setColumnWidth(1, 110)
        self.facts.setColumnWidth(2, 230)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.summary = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add to thread"))

        received_row = QHBoxLayout()
        received_label = QLabel(self.tr("Received:"))
        received_label.setBuddy(self.received)  # a screen reader names the field from its label
        received_row.addWidget(received_label)
        received_row.addWidget(self.received)
        received_row.addStretch(1)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.accept_button)
        decide_row.addWidget(self.reject_button)
        decide_row.addWidget(self.accept_all_button)
        decide_row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message, 2)
        layout.addLayout(received_row)
        facts_label = QLabel(self.tr("Facts found — accept or reject each (A / R):"))
        facts_label.setBuddy(self.facts)
        layout.addWidget(facts_label)
        layout.addWidget(self.facts, 3)
        layout.addLayout(decide_row)
        layout.addWidget(buttons)

        self._rescan = QTimer(self)
        self._rescan.setSingleShot(True)
        self._rescan.setInterval(250)
        self._rescan.timeout.connect(self.scan)
        self.message.textChanged.connect(self._rescan.start)
        self.accept_button.clicked.connect(lambda: self.decide(ACCEPTED))
        self.reject_button.clicked.connect(lambda: self.decide(REJECTED))
        self.accept_all_button.clicked.connect(self._accept_all)
        QShortcut(QKeySequence("A"), self.facts, lambda: self.decide(ACCEPTED))
        QShortcut(QKeySequence("R"), self.facts, lambda: self.decide(REJECTED))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scan()

    def scan(self) -> None:
        """Find the facts of the text as it is now (decisions on unchanged facts are kept)."""
        text = self.message.toPlainText()
        kept = {
            (item.data(0, _ROLE).kind, item.data(0, _ROLE).value): item.data(1, _ROLE)
            for item in self._items()
        }
        self.facts.clear()
        for fact in extract(text, default_zone=self._zone, year=datetime.now(UTC).year):
            item = QTreeWidgetItem(
                ["", KIND_LABELS.get(fact.kind, fact.kind), fact.display_value, excerpt(text, fact)]
            )
            item.setData(0, _ROLE, fact)
            item.setToolTip(3, excerpt(text, fact, 120))
            self._set_decision(item, kept.get((fact.kind, fact.value), UNDECIDED))
            self.facts.addTopLevelItem(item)
        if (first := self.facts.topLevelItem(0)) is not None:
            self.facts.setCurrentItem(first)
        self._update_summary()
        self.ok_button.setEnabled(bool(text.strip()))

    def decide(self, decision: str) -> None:
        """Accept or reject the selected fact and move to the next one."""
        item = self.facts.currentItem()
        if item is None:
            return
        self._set_decision(item, decision)
        below = self.facts.itemBelow(item)
        if below is not None:
            self.facts.setCurrentItem(below)
        self._update_summary()

    def _accept_all(self) -> None:
        for item in self._items():
            if item.data(1, _ROLE) == UNDECIDED:
                self._set_decision(item, ACCEPTED)
        self._update_summary()

    def _set_decision(self, item: QTreeWidgetItem, decision: str) -> None:
        item.setData(1, _ROLE, decision)
        labels = {ACCEPTED: self.tr("✓ Accept"), REJECTED: self.tr("✗ Reject"), UNDECIDED: "—"}
        item.setText(0, labels[decision])

    def _items(self) -> list[QTreeWidgetItem]:
        root = self.facts.invisibleRootItem()
        return [item for i in range(root.childCount()) if (item := root.child(i)) is not None]

    def _update_summary(self) -> None:
        decisions = [item.data(1, _ROLE) for item in self._items()]
        self.summary.setText(
            self.tr("{0} found · {1} accepted · {2} rejected").format(
                len(decisions), decisions.count(ACCEPTED), decisions.count(REJECTED)
            )
        )

    # Results -------------------------------------------------------------------------------

    def text(self) -> str:
        return self.message.toPlainText().strip()

    def received_at(self) -> str:
        """The received time as ISO 8601 UTC."""
        moment = self.received.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone().astimezone(UTC).isoformat()

    def accepted_facts(self) -> list[Fact]:
        """The facts the user accepted, in the order of the message."""
        return [item.data(0, _ROLE) for item in self._items() if item.data(1, _ROLE) == ACCEPTED]
