"""Readability figures for English replies."""

from __future__ import annotations

from desktop.core.grammar.readability import ease_label, readability, syllables


def test_plain_short_sentences_score_easier_than_long_dense_ones() -> None:
    plain = readability("We fixed it. The site is up. Tell us if it breaks again.")
    dense = readability(
        "Consequently, the administrative reconfiguration necessitated comprehensive "
        "infrastructural modifications, substantially complicating operational "
        "responsibilities throughout the organization's international subsidiaries."
    )
    assert plain is not None and dense is not None
    assert plain.flesch_reading_ease > 80 > 30 > dense.flesch_reading_ease
    assert plain.average_sentence_length == 4.3
    assert (plain.sentences, plain.words) == (3, 13)


def test_code_and_identifiers_do_not_count_as_words() -> None:
    report = readability("Run it.\n\n```\nkubectl get pods --all-namespaces -o wide\n```\n")
    assert report is not None and report.words == 2


def test_no_prose_gives_no_figure() -> None:
    assert readability("") is None
    assert readability("`kubectl get pods`") is None


def test_summary_and_helpers() -> None:
    report = readability("We fixed it. The site is up.")
    assert report is not None
    assert report.summary().startswith("Reading ease ")
    assert "words/sentence" in report.summary()
    assert ease_label(65) == "plain" and ease_label(10) == "very difficult"
    assert syllables("reproduction") >= 3 and syllables("up") == 1
