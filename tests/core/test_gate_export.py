"""Export and clipboard flavours: Markdown rendered safely, files replaced atomically."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.gate.export import (
    atomic_write_text,
    clipboard_flavours,
    export_text,
    markdown_to_html,
)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder (tmp_path itself also holds the test's fake home)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


REPLY = "Hello **Ana**,\n\n1. Open the console\n2. Run:\n\n```\naws s3 ls\n```\n"


def test_markdown_keeps_lists_and_code_blocks_in_html() -> None:
    html = markdown_to_html(REPLY)
    assert "<strong>Ana</strong>" in html
    assert "<ol>" in html and "<li>Open the console</li>" in html
    assert "<pre><code>aws s3 ls\n</code></pre>" in html


def test_raw_html_and_script_links_are_not_passed_through() -> None:
    html = markdown_to_html("<script>alert(1)</script>\n\n[x](javascript:alert(1))")
    assert "<script>" not in html
    assert 'href="javascript:' not in html


def test_clipboard_carries_plain_text_and_html() -> None:
    plain, html = clipboard_flavours(REPLY)
    assert plain == "Hello Ana,\n\n1. Open the console\n2. Run:\n\naws s3 ls\n"
    assert html.startswith("<p>Hello <strong>Ana</strong>")


@pytest.mark.parametrize(("suffix", "marker"), [(".txt", "**Ana**"), (".md", "**Ana**")])
def test_text_and_markdown_exports_are_the_source(tmp_path: Path, suffix: str, marker: str) -> None:
    target = tmp_path / f"reply{suffix}"
    export_text(target, REPLY)
    assert target.read_text(encoding="utf-8") == REPLY


def test_html_export_is_a_full_utf8_page(tmp_path: Path) -> None:
    target = tmp_path / "reply.html"
    export_text(target, "こんにちは **世界**", title="Case <42>")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "<title>Case &lt;42&gt;</title>" in page
    assert "<strong>世界</strong>" in page


def test_unknown_suffix_is_refused(out_dir: Path) -> None:
    with pytest.raises(ValueError, match=r"\.txt, \.md or \.html"):
        export_text(out_dir / "reply.docx", REPLY)
    assert list(out_dir.iterdir()) == []


def test_atomic_write_replaces_and_leaves_no_temp_files(out_dir: Path) -> None:
    target = out_dir / "out.md"
    target.write_text("old", encoding="utf-8")
    atomic_write_text(target, "new\r\nline")
    assert target.read_bytes() == b"new\r\nline"
    assert [p.name for p in out_dir.iterdir()] == ["out.md"]


def test_failed_write_keeps_the_old_file(out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = out_dir / "out.txt"
    target.write_text("old", encoding="utf-8")

    def broken_fsync(_fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in out_dir.iterdir()] == ["out.txt"]
