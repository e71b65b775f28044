"""Settings are a declared schema, saved atomically, with clear errors for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.settings import (
    Settings,
    SettingsError,
    describe,
    load_settings,
    load_settings_checked,
    save_settings,
)


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(engineer_name="Mei Lin", team_template_folders=["/srv/team"])
    save_settings(settings, path)
    assert load_settings(path) == settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == Settings()


def test_every_setting_has_a_title_and_description() -> None:
    for name, title, description in describe():
        assert title and description, name


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read settings"),
        ('{"autosave_delay_ms": "soon"}', "autosave_delay_ms must be a whole number"),
        ("[]", "must be a JSON object"),
        ('{"version": 99}', "newer Casewright"),
    ],
)
def test_bad_settings_file_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ('{"team_template_folders": [42, "/srv/team"]}', "team_template_folders"),
        ('{"team_template_folders": "/srv/team"}', "team_template_folders"),
        ('{"autosave_delay_ms": 1e400}', "autosave_delay_ms"),
        ('{"autosave_delay_ms": 99999999999999999999}', "autosave_delay_ms"),
        ('{"autosave_delay_ms": null}', "autosave_delay_ms"),
        ('{"autosave_delay_ms": true}', "autosave_delay_ms"),
        ('{"engineer_name": {"first": "Mei"}}', "engineer_name"),
        ('{"color_scheme": "purple"}', "color_scheme"),
        ('{"languagetool_server_url": "' + "x" * 100_000 + '"}', "languagetool_server_url"),
    ],
)
def test_a_bad_value_falls_back_to_its_default_and_keeps_the_others(
    tmp_path: Path, content: str, field: str
) -> None:
    path = tmp_path / "settings.json"
    data = json.loads(content)
    data["engineer_name"] = data.get("engineer_name", "Mei Lin")
    path.write_text(json.dumps(data), encoding="utf-8")
    settings, problems = load_settings_checked(path)
    [problem] = [p for p in problems if field in p]
    assert "default" in problem
    assert getattr(settings, field) == getattr(Settings(), field)
    if field != "engineer_name":
        assert settings.engineer_name == "Mei Lin"


@pytest.mark.parametrize(
    "content",
    [
        '{"version": "abc"}',
        '{"version": null}',
        '{"version": 1e400}',
        '{"version": 1' + "0" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_hostile_files_never_raise(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    settings, _problems = load_settings_checked(path)
    assert settings == Settings()
