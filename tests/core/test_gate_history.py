"""Redacting a secret also takes it out of the document's saved versions, on disk too."""

from __future__ import annotations

from pathlib import Path

from desktop.core.gate import blocking, redact, redaction_marker, scan
from desktop.core.gate.history import clean_history, versions_holding
from desktop.core.store import Store

KEY_ID = "AKIA" + "Q7RZ2XK5M3VN8TLP"
OTHER = "ghp_" + "Xk9Qw2Lm7Rt4Vz8Np3Hs6Jd1Fb5Gc0Ya2Ue4"


def test_earlier_versions_are_rewritten_and_counted(tmp_path: Path) -> None:
    store = Store(tmp_path / "cases.db")
    key = store.create_case().key
    drafts = [
        "Hello,",
        f"Hello, your key {KEY_ID}",
        f"Hello, your key {KEY_ID} and token {OTHER}",
        f"Hello, your key {KEY_ID} and token {OTHER}. Thanks",
    ]
    for draft in drafts:
        store.save_document(key, "reply", draft)
    current = drafts[-1]
    redacted = redact(current, blocking(scan(current)))
    replacements = {KEY_ID: redaction_marker("", "AWS access key")}
    assert versions_holding((v.content for v in store.history(key, "reply")), [KEY_ID]) == 3

    assert clean_history(store, key, "reply", replacements) == 3

    contents = [v.content for v in store.history(key, "reply")]
    assert all(KEY_ID not in c for c in contents)
    assert "Hello, your key [REDACTED: AWS access key]" in contents
    assert contents[-1] == "Hello,"  # untouched versions stay as they were
    assert OTHER in contents[0]  # only what was redacted is rewritten
    assert KEY_ID not in store.load_document(key, "reply")
    assert redacted.count("[REDACTED") == 2
    store.close()


def test_the_secret_is_gone_from_the_database_files(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    store = Store(path)
    reader = Store(path)  # a second connection, as the app's GUI thread holds one
    key = store.create_case().key
    for n in range(5):
        store.save_document(key, "reply", f"draft {n}: key {KEY_ID}\n" + "padding " * 200)
    assert reader.history(key, "reply")

    assert clean_history(store, key, "reply", {KEY_ID: "[REDACTED: AWS access key]"}) == 5

    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("cases.db"))
    assert KEY_ID.encode() not in on_disk
    assert b"[REDACTED: AWS access key]" in on_disk
    reader.close()
    store.close()


def test_nothing_to_clean_changes_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "cases.db")
    key = store.create_case().key
    store.save_document(key, "reply", "no secrets here")
    assert clean_history(store, key, "reply", {}) == 0
    assert clean_history(store, key, "reply", {KEY_ID: "[REDACTED]"}) == 0
    assert [v.content for v in store.history(key, "reply")] == ["no secrets here"]
    store.close()
