"""Renders the main window, the template form and the template editor at 1366x768 as PNGs.

Usage: python scripts/screenshot.py [OUTPUT_DIR]   (default: docs/screenshots)
Runs offscreen; uses a temporary data folder, never your own cases.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.grammar.feature import GrammarFeature
from desktop.ui.reproduction.pane import ReproductionPane
from desktop.ui.severity.feature import SeverityFeature
from desktop.ui.templates.feature import TemplatesFeature

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's desktop package

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.case import CHECKLIST, ESCALATION, REPLY, CaseFacts
from desktop.core.checklist import BLOCKED, FAILED, PASSED, Checklist, Step, checklist_to_json
from desktop.core.demo import DEMO_FACTS, DEMO_REPLY
from desktop.core.escalation import EscalationNote, note_to_json
from desktop.core.gate import scan
from desktop.core.paths import DataPaths
from desktop.core.store_open import open_store
from desktop.ui.app import build_main_window
from desktop.ui.install_context import InstallContext
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

# Each sample case has its own reply, in the case's language (a screenshot must never show one
# customer's reply under another customer's case).
SAMPLE_REPLIES = {
    "171234500021": """田中 様

S3 GetObject の 403 AccessDenied についてお問い合わせいただき、ありがとうございます。\
ご共有いただいたバケットポリシーで同じエラーを再現できました。このポリシーは、VPC エンドポイント \
vpce-0a1b2c3d を経由しないリクエストを拒否しています。

CI ランナーは対象の VPC の外で動作しているため、そのリクエストが拒否されています。

次のいずれかをご検討ください。
1. CI ランナーの VPC エンドポイントを aws:SourceVpce 条件に追加する
2. CI ランナーのリクエストを vpce-0a1b2c3d 経由にする

どちらの方法がよろしいか、ご返信いただけますでしょうか。

よろしくお願いいたします。
""",
    "171234500022": """林美玲 您好：

感謝您提供的資訊。我們確認自 11 月 26 日 01:55（UTC）起新啟動的節點上，Pod 從 ECR \
拉取映像時會收到 403 Forbidden；較早啟動的節點則可正常拉取。

暫時解法：請先將 checkout 的 Pod 固定在 11 月 26 日之前啟動的兩個節點上。

我們已將此問題提交給 Amazon EKS 服務團隊，並會在 4 小時內向您更新進度。

敬祝 商祺
""",
}

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
GATE_REPLY = f"""Hello Alex,

Thank you for the CLI output. It shows the request was signed with the access key
{FAKE_KEY_ID}, which belongs to the CI user rather than the function's role.

If it helps, your colleague priya.shah@exampleretail.com can confirm which key the jobs use.

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
    pane = window.features.find(SeverityFeature).pane
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
    options = scan_options(InstallContext(window, "screenshots"), for_reply=True)
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


EKS_ESCALATION = EscalationNote(
    summary="Pods on EKS 1.29 nodes launched since 26 Nov 01:55 UTC stay in ImagePullBackOff: "
    "ECR returns 403 Forbidden through the VPC endpoint",
    service="Amazon EKS",
    component="Managed node groups / ECR image pulls (kubelet credential provider)",
    region="ap-east-2",
    versions="EKS 1.29 (eks.7), node AMI amazon-eks-node-1.29-v20241121, containerd 1.7.22",
    environment="Managed node group ng-prod-a: m6i.xlarge, 6 nodes, private subnets\n"
    "ECR through VPC interface endpoints (ecr.api, ecr.dkr) and the S3 gateway endpoint\n"
    "Node role has AmazonEC2ContainerRegistryReadOnly; kubectl 1.29.3, aws-cli 2.15.30",
    steps="1. kubectl -n checkout rollout restart deploy/checkout-api\n"
    "2. kubectl -n checkout get pods -w\n"
    "3. kubectl -n checkout describe pod <new pod on a node launched after 01:55 UTC>\n"
    "4. On that node: crictl pull 111122223333.dkr.ecr.ap-east-2.amazonaws.com/checkout-api:2.14.1",
    reproducibility="intermittent",
    reproducibility_detail="7 of 10 pod starts on new nodes; 0 of 10 on older nodes",
    expected="The image is pulled through the VPC endpoint and the pod is Running within 30 s, "
    "as on nodes launched before 26 Nov.",
    actual='The pod stays in ImagePullBackOff: kubelet reports "failed to pull and unpack image: '
    '403 Forbidden"; crictl pull on the same node fails with the same 403.',
    impact="Fabrikam Taiwan's checkout runs on 4 of 12 replicas: about 30% of checkout requests "
    "time out for ~18,000 shoppers an hour. Their year-end sale starts 29 Nov 00:00 UTC+8 and "
    "the cluster cannot scale out.",
    severity="Production system impaired",
    severity_justification="Checkout is degraded, not down: 4 replicas still serve traffic.",
    workaround="Pods are pinned to the 2 nodes launched before 26 Nov (node affinity); "
    "this caps checkout at 4 replicas.",
    evidence="2026-11-26T02:14:07Z kubelet: Failed to pull image "
    '"111122223333.dkr.ecr.ap-east-2.amazonaws.com/checkout-api:2.14.1": 403 Forbidden\n'
    "ECR request ID 8f4c2d1e-5b7a-4c3e-9d2f-1a6b3c8e7f90 (GetDownloadUrlForLayer, "
    "AccessDenied) at 02:14:06Z\n"
    "CloudTrail: GetAuthorizationToken succeeded for the node role at 02:14:05Z",
    timeline="First seen 2026-11-26 02:10 UTC. At 01:55 UTC the node group moved to AMI "
    "v20241121; no IAM, endpoint or repository policy change in 14 days (CloudTrail checked).",
    tried="Re-attached AmazonEC2ContainerRegistryReadOnly to the node role: no change.\n"
    "Pulled from a new node through the public ECR endpoint: works.\n"
    "Rolled one node back to AMI v20241109: pulls work on that node.",
    ask="Did AMI v20241121 change how the kubelet credential provider signs ECR requests "
    "through VPC endpoints? Please confirm that rolling ng-prod-a back to v20241109 is safe "
    "until a fix ships.",
)


def capture_escalation(app: QApplication, window: MainWindow, key: int, output: Path) -> None:
    """The EKS case with its escalation tab: the note, then the rendered preview."""
    window.open_case(key)
    pane = window.features.find(EscalationPane)
    window.side_tabs.setCurrentWidget(pane)
    pane.tabs.setCurrentWidget(pane.form)
    for _ in range(3):  # let the growing fields settle their heights
        app.processEvents()
    window.grab().save(str(output / "escalation.png"))
    pane.tabs.setCurrentWidget(pane.preview)
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(output / "escalation-preview.png"))


GRAMMAR_CASE = CaseFacts(
    "171234500023",
    "Lambda timeouts after VPC change",
    "Northwind Traders",
    "Dana Rivera",
    "en",
    "AWS Lambda",
    "us-east-1",
    "arn:aws:lambda:us-east-1:123456789012:function:orders",
    "high",
    "open",
)

GRAMMAR_REPLY = (
    "Hello Dana,\n\n"
    "Thank you for you're patience. We recieved the logs for the orders function and found teh"
    " cause: the function runs in a private subnet without a NAT gateway, so its calls to"
    " DynamoDB time out.\n\n"
    "We has checked the network setup: this is a error there, not in Lambda itself. We will fix"
    " it ASAP once you confirm the change window.\n\n"
    "Please add a VPC endpoint for DynamoDB, or route the subnet through a NAT gateway.\n"
)


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def grammar_screenshot(app: QApplication, paths: DataPaths, target: Path) -> None:
    """The reply with its underlines, the Writing tab, and a misspelling's context menu open."""
    window, messages = build_main_window(paths)
    assert window is not None, messages
    window.resize(1366, 768)
    window.show()
    grammar = window.features.find(GrammarFeature)
    case = window.context.store.list_cases("Lambda timeouts")[0]
    window.open_case(case.key)
    window.side_tabs.setCurrentWidget(grammar.pane)
    editor = window.reply_editor
    _wait(app, lambda: grammar.reply.checked_text == editor.toPlainText())
    mark = next(m for m in grammar.reply.underliner.marks if m.text == "recieved")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(mark.start + 3)
    point = editor.cursorRect(cursor).center()
    menu = grammar.menu_for(grammar.reply).menu_at(point)
    # Offscreen screens are small, so popup() would move the menu; draw it under the word.
    menu.ensurePolished()
    menu.adjustSize()
    below = editor.cursorRect(cursor).bottomLeft() + QPoint(0, 4)
    image = window.grab()
    painter = QPainter(image)
    painter.drawPixmap(editor.viewport().mapTo(window, below), menu.grab())
    painter.end()
    image.save(str(target))
    window.close()
    window.context.close()


def main() -> int:
    if sys.argv[1:2] == ["--grammar"]:
        app = QApplication.instance() or QApplication([])
        apply_style(app)
        grammar_screenshot(app, DataPaths(Path(sys.argv[2])), Path(sys.argv[3]))
        return 0
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as temp:
        paths = DataPaths(Path(temp))
        store = open_store(paths.ensure().database).store
        keys = []
        for facts in SAMPLE_CASES:
            case = store.create_case(facts)
            store.save_document(case.key, REPLY, SAMPLE_REPLIES[facts.case_id])
            keys.append(case.key)
        store.save_document(keys[1], ESCALATION, note_to_json(EKS_ESCALATION))
        lambda_case = store.create_case(DEMO_FACTS)
        store.save_document(lambda_case.key, REPLY, DEMO_REPLY)
        store.save_document(lambda_case.key, CHECKLIST, checklist_to_json(TEN_STEPS))
        store.close()
        window, messages = build_main_window(paths)
        assert window is not None, messages
        window.resize(1366, 768)
        window.show()
        window.open_case(lambda_case.key)  # the demo case, in English, with its own reply
        app.processEvents()
        window.grab().save(str(output / "main-window.png"))
        shot_reproduction(app, window, lambda_case.key, output / "reproduction.png")
        _template_screenshots(app, window, output)
        window.open_case(lambda_case.key)  # opened as urgent; the impact is lower
        severity_screenshot(window, output / "severity.png")
        gate_screenshot(window, output / "send-gate.png")
        capture_escalation(app, window, keys[1], output)
        window.context.autosaver.flush()
        window.close()
        window.context.close()
        store = open_store(paths.database).store
        case = store.create_case(GRAMMAR_CASE)
        store.save_document(case.key, REPLY, GRAMMAR_REPLY)
        store.close()
        # One main window per process, as in the app: PySide6 6.12 aborts at interpreter exit
        # after a second window with grammar checking has lived in the same process.
        subprocess.run(
            [sys.executable, __file__, "--grammar", str(paths.root), str(output / "grammar.png")],
            check=True,
        )
    for name in (
        "main-window.png",
        "reproduction.png",
        "template-form.png",
        "template-editor.png",
        "severity.png",
        "send-gate.png",
        "escalation.png",
        "escalation-preview.png",
        "grammar.png",
    ):
        print(f"wrote {output / name}")
    return 0


def shot_reproduction(app: QApplication, window: MainWindow, key: int, path: Path) -> None:
    """The Reproduction tab with the ten-step checklist of case ``key``, step 3 selected."""
    window.open_case(key)
    pane = window.features.find(ReproductionPane)
    window.side_tabs.setCurrentWidget(pane)
    app.processEvents()
    pane.table.select_row(2)
    pane.table.setFocus()
    app.processEvents()
    window.grab().save(str(path))


def _template_screenshots(app: QApplication, window: MainWindow, output: Path) -> None:
    """The Ctrl+K dialog mid-fill and the editor with a lint error, as on a 1366x768 laptop."""
    from PySide6.QtTest import QTest

    features = window.features.find(TemplatesFeature)
    dialog = features.insert_template()
    dialog.resize(1300, 700)  # what fits a 1366x768 screen with a taskbar
    QTest.keyClicks(dialog.picker.search, "request info")
    dialog.form.inputs["requested_items"].widget.setPlainText(
        "The security group rules of the RDS instance\nTwo request IDs of timed-out invocations"
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
