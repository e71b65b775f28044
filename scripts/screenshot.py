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

from PySide6.QtWidgets import QApplication

from desktop.core.case import ESCALATION, REPLY, CaseFacts
from desktop.core.escalation import EscalationNote, note_to_json
from desktop.core.paths import DataPaths
from desktop.core.store_open import open_store
from desktop.ui.app import build_main_window
from desktop.ui.main_window import MainWindow
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
    pane = window.escalation_pane  # type: ignore[attr-defined]
    window.side_tabs.setCurrentWidget(pane)
    pane.tabs.setCurrentWidget(pane.form)
    for _ in range(3):  # let the growing fields settle their heights
        app.processEvents()
    window.grab().save(str(output / "escalation.png"))
    pane.tabs.setCurrentWidget(pane.preview)
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(output / "escalation-preview.png"))


def main() -> int:
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
            store.save_document(case.key, REPLY, SAMPLE_REPLY.format(name=facts.contact_name))
            keys.append(case.key)
        store.save_document(keys[1], ESCALATION, note_to_json(EKS_ESCALATION))
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
        capture_escalation(app, window, keys[1], output)
        window.close()
        window.context.close()
    for name in ("main-window.png", "escalation.png", "escalation-preview.png"):
        print(f"wrote {output / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
