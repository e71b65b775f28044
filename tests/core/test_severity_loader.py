"""Severity definition files: the bundled ones are right, bad ones are reported by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.severity import (
    DefinitionError,
    bundled_definitions_dir,
    load_definitions,
    parse_definitions,
)

VALID = """\
id: team
name: Team levels
source: https://wiki.example.com/severity
plans: [Gold]
levels:
  - code: s2
    name: Minor
    criteria: Something small.
    response_time: {Gold: "< 1 day"}
  - code: s1
    name: Major
    criteria: Something big.
    response_time: {Gold: "< 1 hour"}
rules:
  - when: {production: true, state: down}
    level: s1
    reason: Production is down
  - level: s2
    reason: Anything else
"""


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_bundled_definitions_load_without_errors() -> None:
    catalog = load_definitions()
    assert catalog.errors == []
    assert sorted(catalog.sets) == ["aws", "azure", "gcp"]
    for definitions in catalog.sets.values():
        assert definitions.source.startswith("https://")
        assert definitions.rules, f"{definitions.id} has no assessment rules"
        cited = Path(definitions.path).read_text(encoding="utf-8")
        assert definitions.source in cited


def test_aws_levels_and_response_times_are_as_published() -> None:
    aws = load_definitions().sets["aws"]
    assert [(lvl.code, lvl.name) for lvl in aws.levels] == [
        ("low", "General guidance"),
        ("normal", "System impaired"),
        ("high", "Production system impaired"),
        ("urgent", "Production system down"),
        ("critical", "Business-critical system down"),
    ]
    enterprise = {lvl.code: lvl.response_time("Enterprise") for lvl in aws.levels}
    assert enterprise == {
        "low": "< 24 hours",
        "normal": "< 12 hours",
        "high": "< 4 hours",
        "urgent": "< 1 hour",
        "critical": "< 15 minutes",
    }
    critical = aws.level("critical")
    assert critical is not None
    assert critical.response_time("Enterprise On-Ramp") == "< 30 minutes"
    assert critical.response_time("Business") == ""


def test_google_cloud_and_azure_map_case_severities_onto_their_levels() -> None:
    catalog = load_definitions()
    gcp, azure = catalog.sets["gcp"], catalog.sets["azure"]
    assert [lvl.code for lvl in gcp.levels] == ["P4", "P3", "P2", "P1"]
    assert [lvl.code for lvl in azure.levels] == ["C", "B", "A"]
    for case_severity, gcp_code, azure_code in [
        ("low", "P4", "C"),
        ("normal", "P3", "C"),
        ("high", "P2", "B"),
        ("urgent", "P1", "A"),
        ("critical", "P1", "A"),
    ]:
        gcp_level, azure_level = gcp.resolve(case_severity), azure.resolve(case_severity)
        assert gcp_level is not None and gcp_level.code == gcp_code
        assert azure_level is not None and azure_level.code == azure_code


def test_a_team_folder_adds_its_own_definitions(tmp_path: Path) -> None:
    _write(tmp_path / "team", "team.yaml", VALID)
    catalog = load_definitions([tmp_path / "team"])
    assert catalog.errors == []
    team = catalog.get("team")
    assert team is not None
    assert team.default_plan == "Gold"
    assert [lvl.code for lvl in team.levels] == ["s2", "s1"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (VALID.replace("plans: [Gold]", "plans: [Gold"), 5, "not valid YAML"),
        (
            VALID.replace("    criteria: Something big.\n", ""),
            10,
            "missing the required field 'criteria'",
        ),
        (VALID.replace("source: https://wiki.example.com/severity\n", ""), 1, "'source'"),
        (VALID.replace("source: https://", "source: wiki "), 3, "URL"),
        (VALID.replace('{Gold: "< 1 hour"}', '{Silver: "< 1 hour"}'), 13, "Silver"),
        (VALID.replace("level: s1", "level: s0"), 16, "'s0'"),
        (VALID.replace("state: down}", "state: gone}"), 15, "'gone'"),
        (VALID.replace("production: true", "production: maybe"), 15, "true or false"),
        (VALID.replace("  - code: s1", "  - code: s2"), 10, "defined twice"),
        (
            VALID.replace(
                "    reason: Anything else", "    reason: Anything else\n    colour: red"
            ),
            20,
            "unknown key 'colour'",
        ),
        (VALID.replace("name: Team levels", "name: Team levels\nname: Again"), 3, "repeats"),
        ("", 1, "empty"),
        ("- just\n- a list\n", 1, "mapping"),
    ],
)
def test_invalid_files_are_reported_with_their_line(text: str, line: int, words: str) -> None:
    with pytest.raises(DefinitionError) as caught:
        parse_definitions(text, "team.yaml")
    assert caught.value.line == line
    assert caught.value.path == "team.yaml"
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"team.yaml:{line}: ")


def test_bad_files_are_listed_and_the_others_still_load(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    _write(folder, "a_bad_yaml.yaml", "id: x\nname: [unclosed\n")
    _write(folder, "b_latin1.yaml", "id: x\nname: Caf\xe9\n".encode("latin-1"))
    _write(folder, "c_missing.yml", "id: x\nname: X\n")
    _write(folder, "d_dup.yaml", VALID.replace("id: team", "id: aws"))
    _write(folder, "e_good.yaml", VALID)
    _write(folder, "notes.txt", "not a definitions file")
    catalog = load_definitions([folder, tmp_path / "does-not-exist"])
    assert sorted(catalog.sets) == ["aws", "azure", "gcp", "team"]
    reported = {Path(e.path).name: (e.line, e.message) for e in catalog.errors}
    assert sorted(reported) == ["a_bad_yaml.yaml", "b_latin1.yaml", "c_missing.yml", "d_dup.yaml"]
    assert reported["b_latin1.yaml"] == (2, "the file is not UTF-8 text")
    assert reported["a_bad_yaml.yaml"][0] == 3
    assert "already defined" in reported["d_dup.yaml"][1]
    assert catalog.sets["aws"].path.startswith(str(bundled_definitions_dir()))


YAML_BITS = [
    "id: t\n",
    "name: N\n",
    "source: https://x.io\n",
    "plans: [A, B]\n",
    "levels:\n",
    "  - code: c\n",
    "    name: n\n",
    "    criteria: k\n",
    "    response_time: {A: x}\n",
    "    aliases: [low]\n",
    "rules:\n",
    "  - when: {production: true, state: [down]}\n",
    "    level: c\n",
    "    reason: r\n",
    "  - &a [*a]\n",
    "default_plan: B\n",
    "  min_users: -1\n",
    ": :\n",
    "\t",
    "- ",
    "{",
    "'",
    "\ufeff",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=8)), max_size=20))
def test_any_text_either_loads_or_raises_definition_error(parts: list[str]) -> None:
    try:
        parse_definitions("".join(parts), "fuzz.yaml")
    except DefinitionError as error:
        assert str(error).startswith("fuzz.yaml")
