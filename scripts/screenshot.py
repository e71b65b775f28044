"""Renders the main window, the template form and the template editor at 1366x768 as PNGs.

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
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.core.case import CHECKLIST, REPLY, CaseFacts
from desktop.core.checklist import BLOCKED, FAILED, PASSED, Checklist, Step, checklist_to_json
from desktop.core.demo import DEMO_FACTS, DEMO_REPLY
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

# A Lambda-to-RDS time-out reproduction, ten steps, part-way through (for reproduction.png).
TEN_STEPS = Checklist(
    title="orders-sync Lambda times out connecting to RDS",
    service="AWS Lambda (python3.12) → Amazon RDS for PostgreSQL 15.5",
    region="ap-northeast-1",
    versions="psycopg 3.1.18, Lambda runtime python3.12, RDS Proxy disabled",
    settings="Function timeout 30 s; VPC subnets subnet-0a1b, subnet-0c2d; sg-0f1e2d3c",
    preconditions="Failures since 2026-11-26 22:10 UTC, after the RDS security group change.",
    steps=(
        Step(
            "aws lambda get-function-configuration --function-name orders-sync",
            "Timeout 30, VpcConfig with two private subnets",
            "Timeout 30, subnets subnet-0a1b and subnet-0c2d",
            PASSED,
        ),
        Step(
            "aws logs filter-log-events --log-group-name /aws/lambda/orders-sync "
            "--filter-pattern 'Task timed out'",
            "No time-outs before 22:10 UTC",
            "First 'Task timed out after 30.03 seconds' at 22:11:04 UTC",
            PASSED,
            "RequestId 5f2c9e1a-3b7d-4c2e-8f10-6a9b0c1d2e3f",
        ),
        Step(
            "Invoke the function once with the customer's test event",
            "Completes in under 2 s",
            "Task timed out after 30.03 seconds",
            FAILED,
            "RequestId 8d41b7c2-0e5f-4a6b-9c3d-2e1f0a9b8c7d, 2026-11-27 03:58:12 UTC",
        ),
        Step(
            "aws ec2 describe-security-groups --group-ids sg-0f1e2d3c",
            "Inbound 5432 from the Lambda security group",
            "Inbound 5432 only from 10.0.0.0/24 (Lambda subnets are 10.0.8.0/22)",
            FAILED,
        ),
        Step(
            "From a test instance in subnet-0a1b:\n"
            "nc -vz orders-db.cluster-abc.ap-northeast-1.rds.amazonaws.com 5432",
            "Connection succeeded",
            "Connection timed out",
            FAILED,
        ),
        Step(
            "Check the subnets' network ACLs for port 5432 and ephemeral ports",
            "Allow rules in both directions",
            "Allow all (default NACL)",
            PASSED,
        ),
        Step("Check DNS resolution of the cluster endpoint from the VPC", "Private IPs 10.0.1.x"),
        Step(
            "Temporarily allow 5432 from the Lambda security group in a test copy of the DB",
            "The function connects and completes",
            "",
            BLOCKED,
            "Waiting for the customer's approval to change the test DB",
        ),
        Step("Re-run the customer's test event against the test copy", "Completes in under 2 s"),
        Step(
            "Compare with the CloudTrail record of the security group change",
            "AuthorizeSecurityGroupIngress/RevokeSecurityGroupIngress at ~22:05 UTC",
        ),
    ),
)
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
        lambda_case = store.create_case(DEMO_FACTS)
        store.save_document(lambda_case.key, REPLY, DEMO_REPLY)
        store.save_document(lambda_case.key, CHECKLIST, checklist_to_json(TEN_STEPS))
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
        shot_reproduction(app, window, lambda_case.key, output / "reproduction.png")
        _template_screenshots(app, window, output)
        first = window.case_list.model.case_at(0)
        assert first is not None
        window.open_case(first.key)
        severity_screenshot(window, output / "severity.png")
        gate_screenshot(window, output / "send-gate.png")
        window.context.autosaver.flush()
        window.close()
        window.context.close()
    for name in (
        "main-window.png",
        "reproduction.png",
        "template-form.png",
        "template-editor.png",
        "severity.png",
        "send-gate.png",
    ):
        print(f"wrote {output / name}")
    return 0


def shot_reproduction(app: QApplication, window: QMainWindow, key: int, path: Path) -> None:
    """The Reproduction tab with the ten-step checklist of case ``key``, step 3 selected."""
    window.open_case(key)  # type: ignore[attr-defined]
    pane = window.reproduction  # type: ignore[attr-defined]
    window.side_tabs.setCurrentWidget(pane)  # type: ignore[attr-defined]
    app.processEvents()
    pane.table.select_row(2)
    pane.table.setFocus()
    app.processEvents()
    window.grab().save(str(path))


def _template_screenshots(app: QApplication, window: MainWindow, output: Path) -> None:
    """The Ctrl+K dialog mid-fill and the editor with a lint error, as on a 1366x768 laptop."""
    from PySide6.QtTest import QTest

    features = window.templates  # type: ignore[attr-defined]
    dialog = features.insert_template()
    dialog.resize(1300, 700)  # what fits a 1366x768 screen with a taskbar
    QTest.keyClicks(dialog.picker.search, "request info")
    dialog.form.inputs["requested_items"].widget.setPlainText(
        "The bucket policy JSON\nTwo request IDs of failed GetObject calls"
    )
    dialog.form.facts_toggle.click()
    dialog.render_preview()
    app.processEvents()
    dialog.grab().save(str(output / "template-form.png"))
    dialog.reject()

    entry = features.catalog.library.get("reply/en/acknowledgement")
    editor = features.edit_template(entry)
    editor.resize(1300, 700)
    cursor = editor.editor.document().find("{{ next_update_hours }}")
    cursor.insertText("{{ next_update_hours | hourz }}")
    editor.check()
    editor.editor.setTextCursor(cursor)
    editor.editor.centerCursor()
    app.processEvents()
    editor.grab().save(str(output / "template-editor.png"))
    editor.editor.document().setModified(False)
    editor.close()


if __name__ == "__main__":
    sys.exit(main())
