"""Settings are a declared schema, saved atomically, with clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.settings import Settings, SettingsError, describe, load_settings, save_settings


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
        ('{"autosave_delay_ms": "soon"}', "autosave_delay_ms must be a int"),
        ("[]", "must be a JSON object"),
        ('{"version": 99}', "newer Casewright"),
    ],
)
def test_bad_settings_file_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path)
