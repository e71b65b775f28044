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

from PySide6.QtWidgets import QApplication

from desktop.core.case import REPLY, CaseFacts
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
        _template_screenshots(app, window, output)
        window.close()
        window.context.close()
    for name in ("main-window.png", "template-form.png", "template-editor.png"):
        print(f"wrote {output / name}")
    return 0


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
