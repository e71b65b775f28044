"""Runs ``casewright --exit-after-startup`` unchanged and prints ``painted <perf_counter>
<CPU s>`` when it quits: the event-loop turn after the reply editor's first paint (see
``desktop.ui.app``).

The QApplication is created here (the app reuses an existing one) only to hear ``aboutToQuit``;
``bench/bare_window.py`` reports the same moment for a bare window.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _report_paint() -> None:
    print(f"painted {time.perf_counter():.6f} {time.process_time():.6f}", flush=True)


def main() -> int:
    gc.disable()  # as desktop.cli does before the GUI's imports (desktop/ui/gui_gc.py collects)
    from PySide6.QtWidgets import QApplication

    from desktop import __version__
    from desktop.cli import main as casewright

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Casewright")  # as desktop.ui.app._application does
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Casewright")
    app.aboutToQuit.connect(_report_paint)
    return casewright(["--data-dir", sys.argv[1], "--exit-after-startup"])


if __name__ == "__main__":
    sys.exit(main())
