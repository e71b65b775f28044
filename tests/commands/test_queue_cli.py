"""``casewright queue``, ``handover`` and ``intake``: output shapes and exit statuses."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.case import CaseFacts
from desktop.core.queue.timeline import add_customer_message
from desktop.core.queue.work import CaseWork, save_work
from desktop.core.store import Store

LONG_AGO = "2026-01-05T09:00:00+00:00"
REAL_V2_STORE = Path(__file__).resolve().parent.parent / "data" / "stores" / "schema-v2.db"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(REAL_V2_STORE, folder / "casewright.db")
    store = Store(folder / "casewright.db")
    try:
        with store.write() as db:  # the real store's cases were opened and last edited long ago
            db.execute("UPDATE cases SET created_at = ?, updated_at = ?", (LONG_AGO, LONG_AGO))
        urgent = store.create_case(CaseFacts(case_id="999", subject="Down", severity="critical"))
        save_work(store, urgent.key, CaseWork(next_step="Call the customer"))
        store.create_case(CaseFacts(case_id="998", subject="Done", status="resolved"))
    finally:
        store.close()
    return folder


def test_queue_json_is_the_documented_shape_soonest_first(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(["queue", "--data-dir", str(data), "--format", "json"], capsys)
    assert status == 0
    rows = json.loads(out)
    assert [set(r) for r in rows] == [
        {"case_id", "subject", "severity", "status", "due", "overdue", "next_step"}
    ] * len(rows)
    assert rows[-1]["case_id"] == "999" and rows[-1]["next_step"] == "Call the customer"
    assert "998" not in [r["case_id"] for r in rows]
    dues = [r["due"] for r in rows]
    assert all(d.endswith("Z") for d in dues)
    assert dues == sorted(dues)
    # The real store's cases were opened long ago: overdue, and so first.
    assert [r["overdue"] for r in rows] == [True, True, True, False]


def test_queue_text_shows_engineer_and_customer_time(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(["--data-dir", str(data), "queue"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("DEMO-0001\toverdue ")
    assert lines[-2].startswith("999\tdue in ") and lines[-1] == "\tnext: Call the customer"
    assert "customer" in out and "JST" in out  # the Tokyo demo case


def test_queue_on_an_empty_folder_prints_no_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["queue", "--data-dir", str(tmp_path), "--format", "json"], capsys)[1] == "[]\n"


def test_queue_on_a_damaged_store_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "casewright.db").write_bytes(b"not a database" * 100)
    status, out, err = _run(["queue", "--data-dir", str(tmp_path)], capsys)
    assert status == 2 and out == ""
    assert err.startswith("casewright queue: cannot open the case store") and err.count("\n") == 1
    status, out, err = _run(["handover", "--data-dir", str(tmp_path)], capsys)
    assert status == 2 and out == "" and err.count("\n") == 1


def test_handover_json_and_bad_arguments(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(data / "casewright.db")
    try:
        key = store.list_cases("999")[0].key
        add_customer_message(store, key, "password=hunter2hunter2 in our logs\nsecond line")
    finally:
        store.close()
    status, out, _ = _run(
        ["handover", "--data-dir", str(data), "--since", "1h", "--format", "json"], capsys
    )
    assert status == 0
    [case] = json.loads(out)
    assert case["case_id"] == "999" and case["due"].endswith("Z")
    status, _, err = _run(["handover", "--data-dir", str(data), "--since", "soon"], capsys)
    assert status == 2 and "--since" in err
    status, _, err = _run(["handover", "--data-dir", str(data), "--to-zone", "Mars/Base"], capsys)
    assert status == 2 and "Mars/Base" in err


def test_intake_json_offsets_and_exit_statuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    message = (
        "ケース番号: 17334455667、東京リージョンで 2026年11月29日 14時04分 (JST) から 502 エラー"
    )
    path = tmp_path / "m.txt"
    path.write_text(message, encoding="utf-8")
    status, out, _ = _run(["intake", str(path), "--format", "json"], capsys)
    assert status == 0
    facts = json.loads(out)
    assert {"kind": "timestamp", "value": "2026-11-29T05:04:00Z"}.items() <= facts[2].items()
    for fact in facts:
        assert set(fact) == {"kind", "value", "start", "end"}
        assert message[fact["start"] : fact["end"]]
    stamp = next(f for f in facts if f["kind"] == "timestamp")
    assert message[stamp["start"] : stamp["end"]] == "2026年11月29日 14時04分 (JST)"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"nothing here")))
    assert _run(["intake", "-"], capsys)[:2] == (0, "[]\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe\x00bad")))
    status, _, err = _run(["intake"], capsys)
    assert status == 2 and "cannot read standard input" in err
    status, _, err = _run(["intake", str(tmp_path / "missing.txt")], capsys)
    assert status == 2 and "missing.txt" in err


@pytest.mark.slow
def test_intake_text_format_from_a_real_pipe(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "intake", "--format", "text"],
        input=b"Request ID: 4X7QRP9KJ2M8VB3C in eu-west-2",
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.decode().splitlines() == [
        "request_id\t4X7QRP9KJ2M8VB3C\t12-28",
        "region\teu-west-2\t32-41",
    ]


def test_language_writes_the_dates_of_queue_and_handover_in_that_language(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data)]
    status, english, _ = _run(["queue", *base], capsys)
    assert status == 0
    status, chinese, _ = _run(["queue", *base, "--language", "zh-TW"], capsys)
    assert status == 0
    assert "月" in chinese and "日" in chinese and "月" not in english
    assert "JST" in chinese and "\tnext: Call the customer" in chinese  # the words stay English
    assert len(chinese.splitlines()) == len(english.splitlines())
    status, note, _ = _run(
        ["handover", *base, "--since", "1h", "--to-zone", "Asia/Tokyo", "--language", "ja"], capsys
    )
    assert status == 0
    heading = note.splitlines()[0]
    assert heading.startswith("# Handover — ") and "月" in heading and heading.endswith("UTC")
    due = next(line for line in note.splitlines() if line.startswith("- Due: "))
    assert len(re.findall(r"\d+月\d+日", due)) == 2 and "JST" in due  # UTC and team zone
    status, plain, _ = _run(["handover", *base, "--since", "1h"], capsys)
    assert "月" not in plain
    with pytest.raises(SystemExit) as refused:
        main(["queue", *base, "--language", "klingon"])
    assert refused.value.code == 2 and "--language" in capsys.readouterr().err
