"""``casewright escalation export``: prints a stored case's escalation, fails cleanly otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.case import CHECKLIST, ESCALATION, SEVERITY_ASSESSMENT, CaseFacts
from desktop.core.checklist import checklist_to_json
from desktop.core.checklist.samples import sample_checklist
from desktop.core.escalation import note_to_json
from desktop.core.escalation.samples import sample_note
from desktop.core.paths import DataPaths
from desktop.core.store_open import open_store

FACTS = CaseFacts(case_id="171234500022", subject="EKS pulls", service="Amazon EKS",
                  region="ap-east-2", severity="urgent")  # fmt: skip


def _seed(folder: Path, documents: dict[str, str], facts: CaseFacts = FACTS) -> int:
    store = open_store(DataPaths(folder).ensure().database).store
    case = store.create_case(facts)
    for kind, text in documents.items():
        store.save_document(case.key, kind, text)
    store.close()
    return case.key


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_prints_the_markdown_for_a_case_in_a_temp_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "store"
    _seed(folder, {ESCALATION: note_to_json(sample_note())})
    status, out, err = _run(
        capsys, "--data-dir", str(folder), "escalation", "export", "171234500022"
    )
    assert (status, err) == (0, "")
    assert out.startswith("# Escalation: case 171234500022 (Amazon ECS)")
    assert "## Summary" in out and "ECS tasks on Fargate 1.4.0 fail ELB health checks" in out
    assert "3f1c2a9e-7b4d-4e1a-9c3e-2d5f6a7b8c9d" in out


def test_the_internal_key_works_and_the_default_data_dir_is_used(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _seed(data_dir, {ESCALATION: note_to_json(sample_note())})
    status, out, _ = _run(capsys, "escalation", "export", f"#{key}", "--template", "brief")
    assert status == 0 and out.startswith("**[ESCALATION]**")


def test_renders_with_the_stored_checklist_and_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment = json.dumps({"version": 1, "selected": "urgent", "assessed": "high",
                             "reason": "Checkout degraded, not down."})  # fmt: skip
    _seed(tmp_path, {CHECKLIST: checklist_to_json(sample_checklist()),
                     SEVERITY_ASSESSMENT: assessment})  # fmt: skip
    status, out, _ = _run(
        capsys, "--data-dir", str(tmp_path), "escalation", "export", "171234500022"
    )
    assert status == 0
    assert "describe-tasks --cluster prod" in out and "FAILED (issue reproduced)" in out
    assert "Checkout degraded, not down." in out


def test_an_unreadable_severity_document_is_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(tmp_path, {SEVERITY_ASSESSMENT: "{not json"})
    status, out, _ = _run(
        capsys, "--data-dir", str(tmp_path), "escalation", "export", "171234500022"
    )
    assert status == 0 and out.startswith("# Escalation")


def test_a_legacy_text_note_is_printed_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(tmp_path, {ESCALATION: "Old free-text escalation"})
    status, out, err = _run(
        capsys, "--data-dir", str(tmp_path), "escalation", "export", "171234500022"
    )
    assert status == 0 and "Old free-text escalation" in out and "free text" in err


def test_an_unknown_case_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(tmp_path, {})
    status, out, err = _run(capsys, "--data-dir", str(tmp_path), "escalation", "export", "NOPE-1")
    assert (status, out) == (2, "")
    assert "no case 'NOPE-1'" in err and "Traceback" not in err
    status, _, err = _run(capsys, "--data-dir", str(tmp_path), "escalation", "export", "#999")
    assert status == 2 and "no case '#999'" in err


def test_an_unknown_template_or_missing_store_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, "--data-dir", str(tmp_path / "none"), "escalation", "export", "X")
    assert status == 2 and "no case store" in err
    assert not (tmp_path / "none").exists()  # exporting never creates a store
    _seed(tmp_path, {})
    status, _, err = _run(capsys, "--data-dir", str(tmp_path), "escalation", "export",
                          "171234500022", "--template", "nope")  # fmt: skip
    assert status == 2 and "escalation/standard" in err
