"""Intake extraction: the corpus meets the issue's targets, offsets point at the excerpt, times
convert to UTC with their zone, and a bad team pattern is reported, not raised as a crash."""

from __future__ import annotations

import shutil
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench.bench_intake import SETS, load_messages, score
from desktop.core.intake.extract import extract
from desktop.core.intake.facts import excerpt
from desktop.core.intake.patterns import PatternError, bundled_intake_dir, load_patterns

TARGET_KINDS = ("case_id", "arn", "resource_id", "request_id", "account_id", "region", "timestamp")


@pytest.mark.parametrize("corpus", ["dev", "heldout", "outside"])
def test_corpus_meets_the_precision_and_recall_targets(corpus: str) -> None:
    result = score(load_messages(SETS[corpus]))
    for kind in TARGET_KINDS:
        precision, recall = result.precision(kind), result.recall(kind)
        assert precision is None or precision >= 0.95, (kind, result.misses)
        assert recall is None or recall >= 0.90, (kind, result.misses)


def test_offsets_are_python_characters_into_the_cjk_text() -> None:
    text = (
        "東京リージョンの i-0c3d5e7f9a1b2c4d6 が 2026年11月29日 14時04分 (JST) から停止😱 "
        "arn:aws:s3:::b"
    )
    facts = {f.kind: f for f in extract(text, year=2026)}
    instance = facts["resource_id"]
    assert text[instance.start : instance.end] == "i-0c3d5e7f9a1b2c4d6"
    stamp = facts["timestamp"]
    assert stamp.value == "2026-11-29T05:04:00Z"
    assert text[stamp.start : stamp.end] == "2026年11月29日 14時04分 (JST)"
    arn = facts["arn"]
    assert text[arn.start : arn.end] == "arn:aws:s3:::b"
    assert facts["region"].value == "ap-northeast-1"


def test_a_time_without_zone_is_read_in_the_customer_zone() -> None:
    [fact] = extract("since 2026-11-29 09:30", default_zone=ZoneInfo("Asia/Taipei"))
    assert fact.value == "2026-11-29T01:30:00Z"
    [fact] = extract("since 2026-11-29 09:30", default_zone=UTC)
    assert fact.value == "2026-11-29T09:30:00Z"


def test_daylight_saving_follows_the_date_for_named_zones() -> None:
    summer = extract("2026-07-01 09:00 PT", year=2026)[0].value
    winter = extract("2026-12-01 09:00 PT", year=2026)[0].value
    assert (summer, winter) == ("2026-07-01T16:00:00Z", "2026-12-01T17:00:00Z")


def test_facts_inside_an_arn_are_not_repeated_and_negations_hold() -> None:
    text = "arn:aws:lambda:us-west-2:444455556666:function:x is not urgent; no workaround."
    kinds = [(f.kind, f.value) for f in extract(text)]
    assert ("region", "us-west-2") not in kinds and ("account_id", "444455556666") not in kinds
    assert ("severity_claim", "urgent") not in kinds
    assert ("severity_claim", "no_workaround") in kinds
    assert ("severity_claim", "workaround") not in kinds


def test_nothing_found_in_plain_prose() -> None:
    assert extract("Thank you for your help yesterday, everything works now.") == []


def test_excerpt_shows_the_fact_in_its_line() -> None:
    text = "Hello team,\nwe see 502 Bad Gateway since this morning on the ALB.\nThanks"
    fact = next(f for f in extract(text) if f.kind == "error_code")
    assert excerpt(text, fact) == "we see 502 Bad Gateway since this morning on the ALB."
    long_line = "x" * 60 + " 502 Bad Gateway " + "y" * 60
    fact = next(f for f in extract(long_line) if f.kind == "error_code")
    assert excerpt(long_line, fact) == "…" + "x" * 23 + " 502 Bad Gateway " + "y" * 60


def test_a_bad_pattern_in_a_team_folder_names_the_file_and_kind(tmp_path: Path) -> None:
    folder = tmp_path / "intake"
    shutil.copytree(bundled_intake_dir(), folder)
    patterns = folder / "patterns.yaml"
    text = patterns.read_text(encoding="utf-8")
    patterns.write_text(text.replace("(?P<value>ORA-\\d{5})", "(?P<value>ORA-\\d{5}"), "utf-8")
    with pytest.raises(PatternError, match=r"patterns.yaml error_code\[\d+\]: bad pattern"):
        load_patterns(folder)


def test_accepted_phrases_answer_the_severity_questions() -> None:
    from desktop.core.intake.severity_answers import answers_from_facts
    from desktop.core.severity.assessment import Answers

    text = "Production is down, we have no workaround and go-live is next week."
    facts = [f for f in extract(text) if f.kind == "severity_claim"]
    answers = answers_from_facts(Answers(workaround=True), facts, text)
    assert answers == Answers(production=True, state="down", workaround=False, deadline="go-live")
    rejected_all = answers_from_facts(Answers(), [], text)
    assert rejected_all == Answers()
