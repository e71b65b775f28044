"""Templates cannot reach Python internals: every escape route is refused and named."""

from __future__ import annotations

import pytest

from desktop.core.templating import TemplateError, render_source

ESCAPES = [
    ("{{ ''.__class__ }}", "'__class__'"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "'__class__'"),
    ("{{ ().__class__.__bases__[0].__subclasses__() }}", "'__class__'"),
    ("{{ cycler.__init__.__globals__ }}", "'__init__'"),
    ("{{ namespace.__init__.__globals__['os'] }}", "'__init__'"),
    ("{{ range.__self__ }}", "'__self__'"),
    ("{{ name.__mro__ }}", "'__mro__'"),
    ("{{ dict.__subclasses__() }}", "'__subclasses__'"),
    ("{{ '{0.__class__}'.format(name) }}", "'__class__'"),
    ("{{ '{0.__class__.__mro__}'.format(1) }}", "'__class__'"),
    ("{{ '{x.__init__.__globals__}'.format_map({'x': cycler}) }}", "'__init__'"),
    ("{{ name.format_map({}).__class__ }}", "'__class__'"),
    ("{{ name|attr('__class__') }}", "'__class__'"),
    ("{{ (name|attr('__class__'))|attr('__mro__') }}", "'__class__'"),
    ("{{ name['__class__'] }}", "'__class__'"),
    ("{{ [].append.__self__ }}", "'append'"),
    ("{% set x = [1] %}{{ x.append(2) }}", "'append'"),
    ("{{ {}.update({'a': 1}) }}", "'update'"),
    ("{{ lipsum.__globals__ }}", "'lipsum' is undefined"),
    ("{{ self.__init__ }}", "'__init__'"),
    ("{{ loop }}", "'loop' is undefined"),
]


@pytest.mark.parametrize(("source", "named"), ESCAPES)
def test_escape_is_refused_and_the_error_names_the_access(source: str, named: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render_source(source, {"name": "Ann"}, file="evil.j2")
    problem = caught.value.problem
    assert problem.file == "evil.j2"
    assert problem.line == 1
    assert named in problem.message


def test_sandbox_violation_says_it_is_not_allowed_on_the_right_line() -> None:
    source = "Hello {{ name }}\n\n{{ name.__class__.__base__ }}\n"
    with pytest.raises(TemplateError) as caught:
        render_source(source, {"name": "Ann"}, file="t.j2")
    problem = caught.value.problem
    assert problem.line == 3
    assert problem.message.startswith("not allowed in templates:")
    assert "'__class__' of 'str' object is unsafe" in problem.message


def test_safe_string_methods_and_format_still_work() -> None:
    source = "{{ name.upper() }} {{ '{0:>5}|{1}'.format(name, 2) }} {{ '%s-%03d' % (name, 7) }}"
    assert render_source(source, {"name": "Ann"}) == "ANN   Ann|2 Ann-007"
