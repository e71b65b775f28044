"""Case-list rows keep their second line (ID, customer, status) whatever the subject's script."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.case import Case, CaseFacts
from desktop.core.store import Store
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a

SUBJECTS = {
    "en": "Lambda times out after the VPC move",
    "zh-TW": "EKS 節點上的 Pod 卡在 ImagePullBackOff",
    "ja": "VPC 移行後に Lambda が RDS への接続でタイムアウト",
}


@pytest.mark.parametrize("first", ["en", "zh-TW", "ja"])
def test_every_row_is_tall_enough_for_its_two_lines(
    make_main_window: MakeWindow, data_dir: Path, first: str
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(data_dir / "casewright.db")
    others = [language for language in SUBJECTS if language != first]
    for number, language in enumerate([*others, first]):  # the last created is listed first
        store.create_case(
            CaseFacts(
                case_id=f"17123450{number}",
                subject=SUBJECTS[language],
                customer_org="Fabrikam 台灣 株式会社",
                language=language,
                status="open",
            )
        )
    store.close()
    window = make_main_window()
    view = window.case_list.view
    assert as_a(Case, window.case_list.model.case_at(0)).facts.language == first
    for row in range(window.case_list.model.rowCount()):
        index = window.case_list.model.index(row)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        delegate = as_a(QStyledItemDelegate, view.itemDelegate())
        needed = QStyledItemDelegate.sizeHint(delegate, option, index).height()
        shown = view.visualRect(index).height()
        assert shown >= needed, (
            as_a(Case, window.case_list.model.case_at(row)).facts.language,
            shown,
            needed,
        )
