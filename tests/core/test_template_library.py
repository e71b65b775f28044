"""The library: bundled, personal and team folders, overrides, unreadable files, speed."""

from __future__ import annotations

from pathlib import Path

from desktop.core.templating import LibrarySource, TemplateIndex, TemplateLibrary, template_id


def _write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_template_ids_drop_the_suffix() -> None:
    assert template_id("reply/en/acknowledgement.md.j2") == "reply/en/acknowledgement"
    assert template_id("notes.txt.j2") == "notes"
    assert template_id("partials/en/greeting.j2") == "partials/en/greeting"


def test_personal_and_team_templates_override_bundled_ones(tmp_path: Path) -> None:
    bundled, personal = tmp_path / "bundled", tmp_path / "personal"
    team_a, team_b = tmp_path / "team-a", tmp_path / "team-b"
    _write(bundled, "reply/en/ack.md.j2", "bundled")
    _write(bundled, "reply/en/only-bundled.md.j2", "b")
    _write(team_a, "reply/en/ack.md.j2", "team a")
    _write(team_b, "reply/en/ack.md.j2", "team b")
    _write(team_b, "reply/en/team-only.md.j2", "t")
    _write(personal, "reply/en/mine.md.j2", "p")
    _write(team_b, ".git/objects/x.j2", "not a template")
    library = TemplateLibrary(
        [
            LibrarySource("personal", "Personal", personal),
            LibrarySource("team", "team-a", team_a),
            LibrarySource("team", "team-b", team_b),
            LibrarySource("bundled", "Bundled", bundled),
        ]
    )
    assert [e.id for e in library.entries] == [
        "reply/en/ack", "reply/en/mine", "reply/en/only-bundled", "reply/en/team-only",
    ]  # fmt: skip
    ack = library.get("reply/en/ack")
    assert ack is not None
    assert ack.source.name == "team-a" and ack.text == "team a"
    assert [s.name for s in ack.overrides] == ["team-b", "Bundled"]
    assert ack.overrides_bundled
    shadowed = [e for e in library.all_entries if e.id == "reply/en/ack" and e is not ack]
    assert {e.shadowed_by.name for e in shadowed if e.shadowed_by} == {"team-a"}
    only_bundled = library.get("reply/en/only-bundled")
    assert only_bundled is not None and only_bundled.source.kind == "bundled"


def test_load_uses_the_personal_folder_in_the_data_folder(tmp_path: Path, data_dir: Path) -> None:
    _write(data_dir / "templates", "reply/en/zz-mine.md.j2", "mine")
    team = tmp_path / "team"
    _write(team, "reply/en/zz-team.md.j2", "team")
    library = TemplateLibrary.load([team, tmp_path / "not-cloned-yet"])
    assert [s.name for s in library.missing_sources] == ["not-cloned-yet"]
    mine, theirs = library.get("reply/en/zz-mine"), library.get("reply/en/zz-team")
    assert mine is not None and mine.source.kind == "personal"
    assert theirs is not None and theirs.source.name == "team"


def test_binary_file_becomes_a_problem_entry_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "broken.j2").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    _write(tmp_path, "fine.j2", "ok")
    library = TemplateLibrary([LibrarySource("team", "t", tmp_path)])
    broken = library.get("broken")
    assert broken is not None
    assert broken.text == ""
    assert broken.problems[0].message == "this file is not UTF-8 text"
    assert TemplateIndex(library.entries).search("fine")[0].entry.id == "fine"


def test_titles_and_languages_come_from_metadata_or_the_path(tmp_path: Path) -> None:
    _write(tmp_path, "reply/ja/follow-up.md.j2", "x")
    _write(tmp_path, "reply/en/a.md.j2", "{#-- casewright\ntitle: Ask for logs\n--#}\nx")
    library = TemplateLibrary([LibrarySource("team", "t", tmp_path)])
    plain, titled = library.get("reply/ja/follow-up"), library.get("reply/en/a")
    assert plain is not None and titled is not None
    assert (plain.title, plain.language) == ("Follow up", "ja")
    assert (titled.title, titled.language) == ("Ask for logs", "en")


def test_five_thousand_templates_load_index_and_search(tmp_path: Path) -> None:
    header = (
        "{{#-- casewright\ntitle: Template number {n}\ntags: [tag{m}, common]\nlanguage: en\n"
        "variables:\n  thing_{n}:\n    label: Thing\n    kind: text\n--#}}\n"
    )
    body = "Hello {{ contact_name }},\n" + "Some reply text about the case. " * 20 + "\n"
    for n in range(5000):
        _write(tmp_path, f"reply/en/group{n % 50}/t{n}.md.j2", header.format(n=n, m=n % 7) + body)
    # Speed is measured in bench/bench_templates.py, not asserted here.
    library = TemplateLibrary([LibrarySource("team", "big", tmp_path)])
    index = TemplateIndex(library.entries)
    assert len(library) == 5000
    hits = index.search("template 4321")
    assert hits[0].entry.title == "Template number 4321"
    for query in ("t", "temp", "template 43", "tmpl", "common", "case reply"):
        assert index.search(query), query
