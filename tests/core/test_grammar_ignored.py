""" "Ignore here" choices kept in the store, per case and per text of the case."""

from __future__ import annotations

from pathlib import Path

from desktop.core.grammar.ignored import IgnoredSpot, load_ignored, save_ignored
from desktop.core.store import Store


def test_spots_are_kept_per_case_and_place_in_order(tmp_path: Path) -> None:
    store = Store(tmp_path / "cases.db")
    first, second = store.create_case().key, store.create_case().key
    text = "We recieved one. They recieved two."
    spot = IgnoredSpot.of("SpellCheck", text, 3, 11)
    later = IgnoredSpot.of("SpellCheck", text, 22, 30)
    save_ignored(store, first, "reply", spot)
    save_ignored(store, first, "reply", later)
    save_ignored(store, first, "reply", spot)  # twice: kept once
    store.close()

    reopened = Store(tmp_path / "cases.db")
    assert load_ignored(reopened, first, "reply") == [spot, later]
    assert load_ignored(reopened, first, "escalation:impact") == []
    assert load_ignored(reopened, second, "reply") == []
    reopened.close()


def test_a_spot_still_matches_after_an_edit_on_one_side() -> None:
    spot = IgnoredSpot.of("SpellCheck", "We recieved one.", 3, 11)
    edited = "Yesterday we recieved one."
    assert spot.matches(IgnoredSpot.of("SpellCheck", edited, 13, 21))
    assert not spot.matches(IgnoredSpot.of("OtherRule", edited, 13, 21))
