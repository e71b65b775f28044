"""Locale-aware dates: Babel's CLDR wording per case language, in code and in templates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from desktop.core.dates import DateFormatError, format_date, format_datetime
from desktop.core.templating import TemplateError, render_source

WHEN = datetime(2026, 11, 29, 14, 5)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-TW", "2026年11月29日 下午2:05"),
        ("ja", "2026年11月29日 14:05"),
        ("en", "November 29, 2026, 2:05\u202fPM"),  # CLDR: a narrow no-break space
    ],
)
def test_each_case_language_writes_the_date_its_own_way(language: str, expected: str) -> None:
    assert format_datetime(WHEN, locale=language) == expected


def test_iso_text_and_dates_are_accepted_and_aware_times_move_to_the_asked_zone() -> None:
    assert format_datetime("2026-11-29T14:05", locale="ja") == "2026年11月29日 14:05"
    assert format_date(date(2026, 11, 29), locale="zh-TW") == "2026年11月29日"
    utc = datetime(2026, 11, 29, 6, 5, tzinfo=UTC)
    assert format_datetime(utc, locale="ja", tz="Asia/Tokyo") == "2026年11月29日 15:05"
    assert format_datetime("2026-11-29T06:05Z", locale="zh-TW", tz="Asia/Taipei") == (
        "2026年11月29日 下午2:05"
    )


def test_a_cldr_pattern_can_replace_the_width() -> None:
    assert format_datetime(WHEN, "yyyy/MM/dd HH:mm", "ja") == "2026/11/29 14:05"


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: format_datetime("next Tuesday", locale="ja"), "not an ISO date"),
        (lambda: format_datetime(WHEN, locale="xx-YY"), "unknown language"),
        (lambda: format_datetime(WHEN, locale="ja", tz="Mars/Olympus"), "unknown time zone"),
        (lambda: format_datetime(42, locale="ja"), "expected a date"),
    ],
)
def test_bad_input_says_what_is_wrong(call: Callable[[], object], words: str) -> None:
    with pytest.raises(DateFormatError, match=words):
        call()


def test_template_filter_follows_the_case_language() -> None:
    source = "{{ when | format_datetime(locale=case.language) }}"
    expectations = (("zh-TW", "2026年11月29日 下午2:05"), ("ja", "2026年11月29日 14:05"))
    for language, expected in expectations:
        context = {"when": WHEN, "case": {"language": language}}
        assert render_source(source, context) == expected
    assert render_source("{{ d | format_date(locale='ja') }}", {"d": "2026-11-29"}) == (
        "2026年11月29日"
    )


def test_template_filter_errors_name_the_line() -> None:
    with pytest.raises(TemplateError) as caught:
        render_source("Hi\n{{ 'soon' | format_datetime(locale='ja') }}\n", {}, file="t.j2")
    assert caught.value.problem.line == 2
    assert "not an ISO date" in caught.value.problem.message


def test_templates_see_now_as_a_datetime() -> None:
    from desktop.core.case import CaseFacts
    from desktop.core.templating.context import build_context

    context = build_context(CaseFacts(language="ja"))
    text = render_source("{{ now | format_date(locale=case.language) }}", context)
    assert text == format_date(context["now"], locale="ja")
    assert text.endswith("日")


def test_queue_times_read_as_the_ui_language_writes_them() -> None:
    from zoneinfo import ZoneInfo

    from desktop.core.queue.zones import format_in_zone

    moment = datetime(2026, 11, 29, 5, 4, tzinfo=UTC)
    tokyo = ZoneInfo("Asia/Tokyo")
    assert format_in_zone(moment, tokyo) == "Sun 29 Nov 14:04 JST"  # CLI and handover keep this
    assert format_in_zone(moment, tokyo, locale="ja_JP") == "11月29日(日) 14:04 JST"
    taipei = ZoneInfo("Asia/Taipei")
    assert format_in_zone(moment, taipei, locale="zh_Hant_TW").startswith("11月29日")
