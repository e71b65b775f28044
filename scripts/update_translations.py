"""Updates the translation files from the sources and builds the .qm files Casewright loads.

Usage: python scripts/update_translations.py [--check] [--no-lupdate]

1. ``pyside6-lupdate`` collects every ``tr()``, ``QCoreApplication.translate()`` and core
   ``translate()`` call under desktop/ into resources/i18n/casewright_<lang>.ts (obsolete
   entries are dropped);
2. it lists the entries still untranslated, per language;
3. ``pyside6-lrelease`` builds resources/i18n/casewright_<lang>.qm from each .ts.

With ``--check`` nothing is written: the exit status is 1 when a .ts file is out of date with
the sources or has untranslated entries. Translate with Qt Linguist (``pyside6-linguist``) or
any editor; see "Contributing a translation" in the README.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_TW", "ja")
SOURCE_DIRS = ("desktop",)


def tool(name: str) -> str:
    """Path of a PySide6 tool next to this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    """Every Python file lupdate reads, relative to the repository (stable .ts locations)."""
    files = sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files]


def run_lupdate(ts_file: Path) -> None:
    """Merge the sources' strings into ``ts_file`` (created if missing)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources()))
    try:
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
             f"@{listing.name}", "-ts", str(ts_file)],
            cwd=ROOT, check=True, capture_output=True, text=True,
        )  # fmt: skip
    finally:
        Path(listing.name).unlink()


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    result = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or "".join(translation.itertext()))
            ):
                result.append((name, message.findtext("source") or ""))
    return result


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Build ``qm_file`` from ``ts_file``."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if stale")
    parser.add_argument("--no-lupdate", action="store_true", help="only report and build .qm")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        ts_file = I18N / f"casewright_{language}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as scratch:
                copy = Path(scratch) / ts_file.name
                shutil.copy(ts_file, copy)
                run_lupdate(copy)
                if copy.read_bytes() != ts_file.read_bytes():
                    print(f"{ts_file.name}: out of date; run scripts/update_translations.py")
                    status = 1
        elif not args.no_lupdate:
            run_lupdate(ts_file)
        missing = unfinished(ts_file)
        for context, source in missing:
            print(f"{ts_file.name}: untranslated [{context}] {source!r}")
        print(f"{ts_file.name}: {len(missing)} untranslated")
        status = status or int(bool(missing) and args.check)
        if not args.check:
            run_lrelease(ts_file, ts_file.with_suffix(".qm"))
    return status


if __name__ == "__main__":
    sys.exit(main())
