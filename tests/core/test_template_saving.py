"""Saving templates into a library, personal copies finding bundled partials, facts used."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.case import CaseFacts
from desktop.core.templating import (
    TemplateLibrary,
    TemplateNameError,
    build_context,
    facts_used,
    render_entry,
    save_template,
    template_path,
)


def test_save_template_writes_atomically_and_creates_folders(tmp_path: Path) -> None:
    path = save_template(tmp_path, "reply/en/thanks.md.j2", "Hi {{ contact_name }}\n")
    assert path == tmp_path / "reply" / "en" / "thanks.md.j2"
    assert path.read_text(encoding="utf-8") == "Hi {{ contact_name }}\n"
    save_template(tmp_path, "reply/en/thanks.md.j2", "Second\n")
    assert path.read_text(encoding="utf-8") == "Second\n"
    assert [p.name for p in path.parent.iterdir()] == ["thanks.md.j2"]  # no temp file left


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    path = save_template(library, "a.j2", "old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("desktop.core.atomic.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_template(library, "a.j2", "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in library.iterdir()) == ["a.j2"]


@pytest.mark.parametrize(
    "name", ["../escape.j2", "/etc/x.j2", "reply/notes.txt", ".j2", "reply/.hidden.j2", ""]
)
def test_unusable_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(TemplateNameError):
        template_path(tmp_path, name)


def test_personal_copy_of_a_bundled_template_still_finds_bundled_partials(
    tmp_path: Path,
) -> None:
    library = TemplateLibrary.load([], data_dir=tmp_path)
    bundled = library.get("reply/en/workaround")
    assert bundled is not None
    save_template(tmp_path / "templates", bundled.relative_path, bundled.text + "\nP.S.\n")
    library = TemplateLibrary.load([], data_dir=tmp_path)
    personal = library.get("reply/en/workaround")
    assert personal is not None and personal.source.kind == "personal"
    assert personal.overrides_bundled
    text = render_entry(personal, build_context(CaseFacts(contact_name="Kim")), markers=True)
    assert text.startswith("Hello Kim,") and text.endswith("P.S.\n")


def test_facts_used_follows_includes_and_case_attributes(tmp_path: Path) -> None:
    root = tmp_path / "templates"
    save_template(root, "partials/sig.j2", "{{ engineer_name }} / {{ case.region }}")
    save_template(root, "reply/x.j2", '{{ contact_name }}{% include "partials/sig.j2" %}')
    save_template(root, "reply/broken.j2", "{{ subject }} {% if %}")
    library = TemplateLibrary.load([], data_dir=tmp_path, bundled=False)
    entry = library.get("reply/x")
    assert entry is not None
    assert facts_used(entry) == ["contact_name", "region", "engineer_name"]
    broken = library.get("reply/broken")
    assert broken is not None and facts_used(broken) == []
