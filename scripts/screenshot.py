"""Renders the main window at 1366x768 with sample cases and saves PNGs for the README.

Usage: python scripts/screenshot.py [OUTPUT_DIR]   (default: docs/screenshots)
Runs offscreen; uses a temporary data folder, never your own cases.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.case import REPLY, CaseFacts
from desktop.core.gate import scan
from desktop.core.paths import DataPaths
from desktop.core.store_open import open_store
from desktop.ui.app import build_main_window
from desktop.ui.main_window import MainWindow
from desktop.ui.send_gate.dialog import GateDialog
from desktop.ui.send_gate.options import scan_options
from desktop.ui.style import apply_style

SAMPLE_CASES = [
    CaseFacts(
        "171234500021",
        "S3 GetObject returns 403 AccessDenied",
        "Contoso KK",
        "Yuki Tanaka",
        "ja",
        "Amazon S3",
        "ap-northeast-1",
        "arn:aws:s3:::contoso-logs",
        "high",
        "open",
    ),
    CaseFacts(
        "171234500022",
        "EKS pods stuck in ImagePullBackOff",
        "Fabrikam Taiwan",
        "林美玲",
        "zh-TW",
        "Amazon EKS",
        "ap-east-2",
        "cluster/prod-tw",
        "urgent",
        "waiting on customer",
    ),
]

SAMPLE_REPLY = """Hello {name},

Thank you for the details. We reproduced the 403 AccessDenied response with the bucket policy you
shared: the policy denies requests that do not come through the VPC endpoint vpce-0a1b2c3d.

What this means: requests from your CI runners, which run outside that VPC, are refused.

Next steps:
1. Add the CI runners' VPC endpoint to the aws:SourceVpce condition, or
2. route the runners through vpce-0a1b2c3d.

Could you tell us which option suits you? We will check the policy with you on our next call.
"""

# A fake key, built in pieces so no scanner mistakes this script for a leak.
FAKE_KEY_ID = "AKIA" + "Z3MSXQ7ZLQ2T4NHD"
GATE_REPLY = f"""Hello Yuki,

Thank you for the CLI output. It shows the request was signed with the access key
{FAKE_KEY_ID}, which belongs to the CI user rather than the application role.

If it helps, your colleague kenji.sato@contoso.co.jp can confirm which key the runners use.

Best regards,
"""


def _grab_with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with ``dialog`` drawn over its centre, with a plain title bar (offscreen
    windows have no decorations)."""
    picture = window.grab()
    painter = QPainter(picture)
    bar = 26
    left = (picture.width() - dialog.width()) // 2
    top = (picture.height() - dialog.height() - bar) // 2
    painter.fillRect(left - 1, top - 1, dialog.width() + 2, bar + dialog.height() + 2, "#50565e")
    painter.setPen(QColor("#ffffff"))
    painter.drawText(
        QRect(left + 10, top, dialog.width() - 20, bar),
        int(Qt.AlignmentFlag.AlignVCenter),
        dialog.windowTitle(),
    )
    painter.drawPixmap(QPoint(left, top + bar), dialog.grab())
    painter.end()
    return picture


def severity_screenshot(window: MainWindow, path: Path) -> None:
    """The Severity tab of a case opened as urgent whose impact is lower (a mismatch)."""
    pane = window.severity_pane  # type: ignore[attr-defined]
    window.side_tabs.setCurrentWidget(pane)
    pane.form.production.setChecked(True)
    pane.form.state.setCurrentIndex(pane.form.state.findData("degraded"))
    pane.form.workaround.setChecked(True)
    pane.form.users.setValue(40)
    QApplication.processEvents()
    window.grab().save(str(path))


def gate_screenshot(window: MainWindow, path: Path) -> None:
    """The gate panel over the window: a blocked access key and a warning."""
    window.reply_editor.replace_all_undoably(GATE_REPLY)
    text = window.reply_editor.toPlainText()
    options = scan_options(window, for_reply=True)
    dialog = GateDialog(
        text,
        scan(text, options),
        action="Copy reply",
        editor=window.reply_editor,
        rescan=lambda again: scan(again, options),
        parent=window,
    )
    dialog.show()
    QApplication.processEvents()
    _grab_with_dialog(window, dialog).save(str(path))
    dialog.close()
    window.reply_editor.undo()


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as temp:
        paths = DataPaths(Path(temp))
        store = open_store(paths.ensure().database).store
        for facts in SAMPLE_CASES:
            case = store.create_case(facts)
            store.save_document(case.key, REPLY, SAMPLE_REPLY.format(name=facts.contact_name))
        store.close()
        window, messages = build_main_window(paths)
        assert window is not None, messages
        window.resize(1366, 768)
        window.show()
        last = window.case_list.model.case_at(window.case_list.model.rowCount() - 1)
        assert last is not None
        window.open_case(last.key)
        app.processEvents()
        window.grab().save(str(output / "main-window.png"))
        first = window.case_list.model.case_at(0)
        assert first is not None
        window.open_case(first.key)
        severity_screenshot(window, output / "severity.png")
        gate_screenshot(window, output / "send-gate.png")
        window.context.autosaver.flush()
        window.close()
        window.context.close()
    for name in ("main-window.png", "severity.png", "send-gate.png"):
        print(f"wrote {output / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
