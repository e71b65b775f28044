"""Every user-visible string goes through tr(), and every translation is finished.

Two checks over the sources, and one over the translation files:

- a string literal handed to a Qt text setter or widget constructor (``setText("Save")``,
  ``QPushButton("Save")``, ``QMessageBox.warning(self, "Title", ...)``) must be wrapped in
  ``self.tr()`` / ``QCoreApplication.translate()``; so must prose-like literals elsewhere in the
  UI (a space and a letter), unless the line says ``# i18n: not shown`` or similar;
- ``tr()`` takes a literal (``tr(f"...")`` cannot be looked up), with ``{name}`` placeholders;
- ``resources/i18n/casewright_*.ts`` are in step with the sources and have no unfinished entry.

Add strings with ``python scripts/update_translations.py`` (it lists what needs translating).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
UI = REPO_ROOT / "desktop" / "ui"

# Methods and constructors whose string arguments the user reads.
TEXT_SINKS = frozenset(
    [
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "addMenu",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "showMessage",
        "setTitle",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabel",
        "addItem",
        "addItems",
        "insertItem",
        "setItemText",
        "addAction",
        "setFormat",
        "setLabelText",
        "setButtonText",
        "setInformativeText",
        "setDetailedText",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "addRow",
        "insertRow",
        "setNameFilter",
        "setDefaultSuffix",
        "QAction",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QToolButton",
        "QCommandLinkButton",
        "QMessageBox",
        "QLineEdit",
        "QPlainTextEdit",
        "QTextEdit",
        "setHtml",
        "setMarkdown",
        "setPlainText",
    ]
)
# Calls whose string arguments are code, not text: object names, properties, logging.
NOT_TEXT = frozenset(
    [
        "Feature",  # a feature's name is its identifier in the log and in tests
        "ValueError",  # raised for programming mistakes, never shown
        "TypeError",
        "LookupError",
        "setObjectName",
        "setProperty",
        "property",
        "setStyleSheet",
        "findChild",
        "findChildren",
        "debug",
        "info",
        "warning_log",
        "exception",
        "getLogger",
        "QKeySequence",
        "QSettings",
        "setShortcut",
        "shortcut",
        "setData",
        "data",
        "value",
        "setValue",
        "contains",
        "startswith",
        "endswith",
        "split",
        "join",
        "replace",
        "format",
        "translate",
        "tr",
        "core_text",
        "QT_TRANSLATE_NOOP",
        "Signal",
        "Slot",
        "QColor",
        "hex_colour",
        "colour",
        "setFontFamily",
        "QFont",
        "fromisoformat",
        "strftime",
        "strptime",
        "compile",
        "search",
        "match",
        "fullmatch",
        "sub",
        "findall",
        "finditer",
        "escape",
        "get",
        "pop",
        "setdefault",
        "open",
        "read_text",
        "write_text",
        "Path",
        "joinpath",
        "run",
        "Popen",
        "environ",
        "getenv",
        "setenv",
        "dumps",
        "loads",
        "encode",
        "decode",
        "removeprefix",
        "removesuffix",
        "isinstance",
        "hasattr",
        "getattr",
        "setattr",
        "connect",
        "Operation",
        "describe",
    ]
)
ALLOWED = {"Casewright", "INTERNAL", "OK", "…", "Markdown", "YAML", "JSON", "UTC"}
_WORDS = re.compile(r"[A-Za-z]{2,}")
# Prose: two words with a space between, a capitalised word, or a menu entry ("&File").
_PROSE = re.compile(r"[A-Za-z]{2,}[,.:;?!…)]?\s+\S*[A-Za-z]|^[A-Z][a-z]+…?$|^&\w")
_OPT_OUT = re.compile(r"#\s*i18n:")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.expr) -> str | None:
    """The English words of a string literal, f-string or concatenation; None if not text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_literal_text(node.left), _literal_text(node.right)]
        return "".join(p for p in parts if p) if any(parts) else None
    if isinstance(node, ast.IfExp):
        parts = [_literal_text(node.body), _literal_text(node.orelse)]
        return " ".join(p for p in parts if p) if any(parts) else None
    return None


def _opted_out(lines: list[str], lineno: int) -> bool:
    """``# i18n: why`` on the line or the line above marks a literal that is not UI text."""
    return any(_OPT_OUT.search(lines[i]) for i in (lineno - 1, lineno - 2) if 0 <= i < len(lines))


def _is_text(text: str | None) -> bool:
    if not text or text.strip() in ALLOWED:
        return False
    return bool(_WORDS.search(text))


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def bare_strings(path: Path) -> Iterator[str]:
    """``file:line: text`` for each user-visible literal not passed through tr()."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    inside_code_call: set[int] = set()
    reported: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        arguments = [*node.args, *(k.value for k in node.keywords)]
        if name in ("tr", "translate") and arguments:
            source_arg = (
                node.args[1] if name == "translate" and len(node.args) > 1 else arguments[0]
            )
            if isinstance(source_arg, ast.JoinedStr | ast.BinOp):  # a name may hold a NOOP'd text
                yield f"{path.relative_to(REPO_ROOT)}:{node.lineno}: tr() needs a literal string"
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in ("log", "logger", "logging"):
            name = "debug"  # log messages are for developers, in English
        if name in NOT_TEXT or name in ("tr", "translate"):
            for argument in arguments:
                inside_code_call.update(id(n) for n in ast.walk(argument))
        elif name in TEXT_SINKS:
            for argument in arguments:
                text = _literal_text(argument)
                if _is_text(text) and not _opted_out(lines, argument.lineno):
                    reported.update(id(n) for n in ast.walk(argument))
                    yield f"{path.relative_to(REPO_ROOT)}:{argument.lineno}: {text!r}"
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings | inside_code_call | reported
            and _PROSE.search(node.value)
            and node.value.strip() not in ALLOWED
            and not _opted_out(lines, node.lineno)
        ):
            yield f"{path.relative_to(REPO_ROOT)}:{node.lineno}: {node.value!r}"


def test_every_user_visible_string_goes_through_tr(qapp: object) -> None:
    problems = [line for path in sorted(UI.rglob("*.py")) for line in bare_strings(path)]
    assert not problems, "strings without tr():\n" + "\n".join(problems)


@pytest.mark.slow
def test_translations_are_complete_and_in_step_with_the_sources(qapp: object) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for ts_file in sorted((REPO_ROOT / "resources" / "i18n").glob("casewright_*.ts")):
        text = ts_file.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, ts_file.name
        assert "<source>" in text


_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def test_ui_colours_come_from_the_palette(qapp: object) -> None:
    """A colour written into a widget would stay light in dark mode (use theme.colour)."""
    problems = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
            if _HEX_COLOUR.search(code.replace("#findingRow", "").replace("#severityBanner", "")):
                problems.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    assert not problems, "colours outside desktop/core/palette.py:\n" + "\n".join(problems)
