"""Rendering is bounded: huge output, long loops and huge repetitions stop with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.templating import RenderLimits, TemplateError, render_source

FAST = RenderLimits(max_seconds=0.3)
# The size limits must stop these on their own, however slow the machine (or a coverage
# tracer) makes rendering: the time limit is only the backstop.
SIZE_ONLY = RenderLimits(max_seconds=10)

BLOWUPS = [
    ("{{ 'x' * 10**9 }}", "'*' repetition"),
    ("{{ 10**9 * 'x' }}", "'*' repetition"),
    ("{{ ['x'] * 10**9 }}", "'*' repetition"),
    ("{{ [('x' * 1000000)] * 1000 }}", "'*' repetition"),
    ("{{ 'x'|center(10**9) }}", "center width"),
    ("{{ 'x'|center(1000000000) }}", "center width"),
    ("{{ 'x'.center(10**9) }}", "center width"),
    ("{{ 'x'.ljust(10**9) }}", "ljust width"),
    ("{{ 'x'.zfill(10**9) }}", "zfill width"),
    ("{{ 'a\tb'.expandtabs(10**9) }}", "expandtabs width"),
    ("{{ 'x'|indent(10**9) }}", "indent width"),
    ("{{ '{:>1000000000}'.format(1) }}", "format width"),
    ("{{ '{:.1000000000f}'.format(1.5) }}", "format width"),
    ("{{ ('{0}' * 300000).format('x' * 1000) }}", "format would make"),
    ("{{ '%0999999999d' % 1 }}", "% format width"),
    ("{{ '%*d' % (999999999, 1) }}", "'*' widths"),
    ("{{ ('%(a)s' * 200000) % {'a': 'x' * 1000} }}", "% formatting"),
    ("{{ '%0999999999d'|format(1) }}", "% format width"),
    ("{{ ('ab' * 400000).replace('a', 'aaaaa') }}", "replace would make"),
    ("{{ ('ab' * 400000)|replace('a', 'aaaaa') }}", "replace would make"),
    ("{{ (['x' * 1000] * 900)|join('y' * 1000) }}", "join would make"),
    ("{{ ('y' * 1000).join(['x' * 1000] * 900) }}", "join would make"),
    ("{{ ('x' * 1000000)|wordwrap(1, wrapstring='yyyy') }}", "wordwrap would make"),
    ("{{ [1]|batch(10**8, 'x')|list }}", "batch size"),
    ("{{ [1]|slice(10**8)|list }}", "slice count"),
    ("{{ 10**100000 }}", "'**' would make a number"),
    ("{{ range(10**10)|list }}", "Range too big"),
    (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
        "'~' would make",
    ),
    (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}",
        "'+' would make",
    ),
    (
        "{% set ns = namespace(n=3) %}{% for i in range(40) %}"
        "{% set ns.n = ns.n * ns.n %}{% endfor %}",
        "'*' would make a number",
    ),
    (
        "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% else %}{{ 'x' * 999999 }}"
        "{% endif %}{% endmacro %}{{ f(12) }}",
        "built more than",
    ),
    ("{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}", "longer than 1,000,000"),
]


@pytest.mark.parametrize(("source", "reason"), BLOWUPS)
def test_huge_values_are_refused_with_a_clear_error(source: str, reason: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render_source(source, {}, file="big.j2", limits=SIZE_ONLY)
    assert reason in caught.value.problem.message


SLOW = [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "{% macro f(n) %}{% if n %}{% set a = f(n-1) %}{% set b = f(n-1) %}{% endif %}"
    "{% endmacro %}{{ f(60) }}",
    "{% for x in range(100000) recursive %}{% if loop.depth < 3 %}{{ loop(range(100000)) }}"
    "{% endif %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% if false %}{{ j }}{% endif %}"
    "{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("source", SLOW)
def test_loops_that_print_nothing_still_hit_the_time_limit(source: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render_source(source, {}, file="slow.j2", limits=FAST)
    assert "took longer than 0.3 s" in caught.value.problem.message
    assert caught.value.problem.line == 1


def test_default_time_limit_is_about_two_seconds() -> None:
    with pytest.raises(TemplateError, match="longer than 2 s"):
        render_source("{% for i in range(100000) %}{% for j in range(100000) %}"
                      "{% endfor %}{% endfor %}", {})  # fmt: skip


def test_self_including_template_stops_with_a_recursion_error(tmp_path: Path) -> None:
    (tmp_path / "loop.j2").write_text("{% include 'loop.j2' %}{% include 'loop.j2' %}")
    with pytest.raises(TemplateError) as caught:
        render_source("{% include 'loop.j2' %}", {}, roots=[tmp_path], limits=FAST)
    assert "too deeply" in caught.value.problem.message or "took longer" in (
        caught.value.problem.message
    )


def test_output_limit_error_points_at_the_line_writing_it() -> None:
    source = "first line\n{% for i in range(100000) %}\n{{ 'x' * 20 }}{% endfor %}"
    with pytest.raises(TemplateError) as caught:
        render_source(source, {}, file="t.j2")
    assert caught.value.problem.line == 3
