"""Writes resources/help/user-guide.md from the README's "Using it" section.

Usage: python scripts/update_user_guide.py   (run after editing that section of README.md)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's desktop package

from desktop.core.user_guide import GUIDE_FILE, guide_from_readme  # noqa: E402


def main() -> int:
    """Write the guide; print where."""
    guide = guide_from_readme((ROOT / "README.md").read_text(encoding="utf-8"))
    target = ROOT / "resources" / GUIDE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(guide, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
