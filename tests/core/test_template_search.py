"""Search finds templates as the user types and ranks favourites and often-used ones higher."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.templating import LibrarySource, SearchHit, TemplateIndex, TemplateLibrary


def _entry_text(title: str, tags: list[str], language: str, body: str) -> str:
    return (
        f"{{#-- casewright\ntitle: {title}\ntags: [{', '.join(tags)}]\nlanguage: {language}\n"
        f"--#}}\n{body}\n"
    )


@pytest.fixture
def index(tmp_path: Path) -> TemplateIndex:
    files = {
        "reply/en/acknowledgement.md.j2": ("Acknowledge a new case", ["first-response"], "en",
                                           "Thank you for contacting us."),
        "reply/ja/acknowledgement.md.j2": ("新しいケースの受付", ["first-response"], "ja",
                                           "お問い合わせいただきありがとうございます。"),
        "reply/en/workaround.md.j2": ("Offer a workaround", ["mitigation"], "en",
                                      "Until the fix is deployed, restart the instance."),
        "reply/en/root-cause.md.j2": ("Explain the root cause", ["rca"], "en",
                                      "The throttling was caused by a burst of requests."),
        "escalation/standard.md.j2": ("Standard escalation", ["product-team"], "en",
                                      "Impact and reproduction steps."),
    }  # fmt: skip
    for relative, (title, tags, language, body) in files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_entry_text(title, tags, language, body), encoding="utf-8")
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "greeting.j2").write_text("Hello")
    library = TemplateLibrary([LibrarySource("team", "t", tmp_path)])
    return TemplateIndex(library.entries)


def _ids(hits: list[SearchHit]) -> list[str]:
    return [hit.entry.id for hit in hits]


def test_each_keystroke_narrows_to_the_title_match(index: TemplateIndex) -> None:
    assert _ids(index.search("w"))[0] == "reply/en/workaround"
    assert _ids(index.search("work")) == ["reply/en/workaround"]
    assert _ids(index.search("workar"))[0] == "reply/en/workaround"


def test_matches_tags_language_id_and_text(index: TemplateIndex) -> None:
    assert _ids(index.search("mitigation")) == ["reply/en/workaround"]
    assert set(_ids(index.search("ja"))) == {"reply/ja/acknowledgement"}
    assert _ids(index.search("escalation/"))[0] == "escalation/standard"
    assert _ids(index.search("throttling")) == ["reply/en/root-cause"]
    assert _ids(index.search("ありがとう")) == ["reply/ja/acknowledgement"]


def test_fuzzy_letters_in_order_match_titles(index: TemplateIndex) -> None:
    assert _ids(index.search("wrkrnd")) == ["reply/en/workaround"]
    assert index.search("zzzq") == []


def test_every_word_must_match(index: TemplateIndex) -> None:
    assert _ids(index.search("acknowledgement ja")) == ["reply/ja/acknowledgement"]
    assert index.search("acknowledge throttling") == []


def test_partials_are_not_listed_and_empty_query_lists_all_by_title(index: TemplateIndex) -> None:
    hits = index.search("")
    assert len(hits) == 5
    assert "partials/greeting" not in _ids(hits)
    assert _ids(hits)[0] == "reply/en/acknowledgement"  # "acknowledge a new case" sorts first


def test_favourites_and_usage_raise_the_rank(index: TemplateIndex) -> None:
    plain = _ids(index.search("e"))
    assert plain[0] != "escalation/standard" or len(plain) == 1
    boosted = _ids(index.search("", usage={"escalation/standard": 30}))
    assert boosted[0] == "escalation/standard"
    starred = _ids(index.search("", favourites={"reply/en/root-cause"}))
    assert starred[0] == "reply/en/root-cause"
    both = index.search("", usage={"escalation/standard": 3}, favourites={"reply/en/root-cause"})
    assert _ids(both)[:2] == ["reply/en/root-cause", "escalation/standard"]


def test_language_filter_keeps_that_language(index: TemplateIndex) -> None:
    assert _ids(index.search("acknowledgement", language="ja")) == ["reply/ja/acknowledgement"]
