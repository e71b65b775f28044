"""Screenshots of the main window, template form, pre-send gate and escalation pane in
Traditional Chinese, Japanese and dark mode, at 1366x768.

Usage: python scripts/screenshot_i18n.py [OUTPUT_DIR]   (default: docs/screenshots/i18n)
Each variant runs in its own process (one main window per process, as in the app); data lives
in a temporary folder, never your own.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.severity.feature import SeverityFeature
from desktop.ui.templates.feature import TemplatesFeature

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# variant: (UI language, appearance, case language shown first)
VARIANTS = {
    "zh-TW": ("zh_TW", "light", "zh-TW"),
    "ja": ("ja", "light", "ja"),
    "dark": ("en", "dark", "en"),
}
SHOTS = ("main-window", "template-form", "send-gate", "escalation", "severity")


def _base() -> object:
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "scripts" / "screenshot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shoot(variant: str, output: Path) -> None:
    """Take the screenshots of ``variant`` (``SHOTS``) into ``output``."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.core.case import ESCALATION, REPLY
    from desktop.core.demo import DEMO_FACTS, DEMO_REPLY
    from desktop.core.escalation import note_to_json
    from desktop.core.gate import scan
    from desktop.core.paths import DataPaths
    from desktop.core.settings import Settings, save_settings
    from desktop.core.store_open import open_store
    from desktop.ui.app import build_main_window
    from desktop.ui.install_context import InstallContext
    from desktop.ui.send_gate.dialog import GateDialog
    from desktop.ui.send_gate.options import scan_options

    base = _base()
    language, appearance, case_language = VARIANTS[variant]
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temp:
        paths = DataPaths(Path(temp))
        save_settings(Settings(language=language, color_scheme=appearance), paths.settings)
        store = open_store(paths.ensure().database).store
        shown = None
        for facts in base.SAMPLE_CASES:  # type: ignore[attr-defined]
            case = store.create_case(facts)
            reply = base.SAMPLE_REPLIES[facts.case_id]  # type: ignore[attr-defined]
            store.save_document(case.key, REPLY, reply)
            store.save_document(case.key, ESCALATION, note_to_json(base.EKS_ESCALATION))  # type: ignore[attr-defined]
            if facts.language == case_language:
                shown = case.key
        demo = store.create_case(DEMO_FACTS)
        store.save_document(demo.key, REPLY, DEMO_REPLY)
        store.close()
        window, messages = build_main_window(paths)
        assert window is not None, messages
        window.resize(1366, 768)
        window.show()
        window.open_case(shown if shown is not None else demo.key)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(output / f"{variant}-main-window.png"))

        dialog = window.features.find(TemplatesFeature).insert_template()  # type: ignore[attr-defined]
        dialog.resize(1300, 700)
        QTest.keyClicks(dialog.picker.search, "request")
        items = dialog.form.inputs.get("requested_items")
        if items is not None:
            items.widget.setPlainText("bucket policy JSON\nrequest IDs")
        dialog.form.facts_toggle.click()
        dialog.render_preview()
        app.processEvents()
        dialog.grab().save(str(output / f"{variant}-template-form.png"))
        dialog.reject()

        window.reply_editor.replace_all_undoably(base.GATE_REPLY)  # type: ignore[attr-defined]
        text = window.reply_editor.toPlainText()
        options = scan_options(InstallContext(window, "screenshots"), for_reply=True)
        gate = GateDialog(
            text,
            scan(text, options),
            action=QCoreApplication.translate("SendGate", "Copy reply"),
            editor=window.reply_editor,
            rescan=lambda again: scan(again, options),
            parent=window,
        )
        gate.show()
        app.processEvents()
        base._grab_with_dialog(window, gate).save(str(output / f"{variant}-send-gate.png"))  # type: ignore[attr-defined]
        gate.close()
        window.reply_editor.undo()

        pane = window.features.find(EscalationPane)
        window.side_tabs.setCurrentWidget(pane)
        pane.tabs.setCurrentWidget(pane.form)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(output / f"{variant}-escalation.png"))

        # Severity: opened as "high", but production is down for 40 users with no workaround.
        severity = window.features.find(SeverityFeature).pane
        window.side_tabs.setCurrentWidget(severity)
        level = window.facts_form.editors["severity"]
        level.setCurrentIndex(level.findData("high"))
        severity.form.production.setChecked(True)
        severity.form.state.setCurrentIndex(severity.form.state.findData("down"))
        severity.form.users.setValue(40)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(output / f"{variant}-severity.png"))
        window.context.autosaver.flush()
        window.close()
        window.context.close()


def main() -> int:
    if sys.argv[1:2] == ["--variant"]:
        shoot(sys.argv[2], Path(sys.argv[3]))
        return 0
    output = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "i18n")
    output.mkdir(parents=True, exist_ok=True)
    for variant in VARIANTS:
        subprocess.run([sys.executable, __file__, "--variant", variant, str(output)], check=True)
        for shot in SHOTS:
            print(f"wrote {output / f'{variant}-{shot}.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
