"""``casewright render``: print a template rendered with given variables (for CI and scripts)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HELP = "render a template (a file, or an id from 'casewright templates list') and print it"
DESCRIPTION = """\
Render TEMPLATE strictly: a variable without a value is an error. TEMPLATE is a template
file, or a template id as 'casewright templates list' prints it (reply/en/acknowledgement),
looked up in the library: personal folder, --team folders, bundled templates.
The context is an empty case (no checklist, no severity assessment) plus each declared
variable's metadata default, then --vars, then --set. With --sample, the built-in sample
AWS case and every variable's sample value are used instead of the empty case.
Includes and imports resolve in the template's library (for a file: the nearest folder
upwards that holds a .casewright-library file or a partials/ folder, else its own folder).
On any error: exit status 2 and FILE:LINE: message on stderr."""


def register(subparsers: Any) -> None:
    """Add the ``render`` subcommand."""
    parser = subparsers.add_parser(
        "render",
        help=HELP,
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("template", metavar="TEMPLATE", help="a template file or a template id")
    parser.add_argument("--team", action="append", default=[], type=Path, metavar="DIR",
                        help="a team template folder to look ids up in (repeatable)")  # fmt: skip
    parser.add_argument("--vars", type=Path, metavar="FILE", help="variables, .json or .yaml")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        dest="assignments",
        help="set one variable (text); repeatable; wins over --vars",
    )
    parser.add_argument("--sample", action="store_true", help="start from the sample case")
    parser.add_argument("--library", type=Path, metavar="DIR", help="library root for includes")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Render and print; return 0, or 1 after printing ``FILE:LINE: message`` on stderr."""
    from desktop.core.templating import (
        TemplateError,
        TemplateProblem,
        find_library_root,
        form_fields,
        make_environment,
        parse_metadata,
        render_file,
    )
    from desktop.core.templating.headless import (
        display_path,
        headless_context,
        load_variables,
        parse_assignments,
    )

    try:
        path, library_roots = _resolve(args)
        values = load_variables(args.vars) if args.vars else {}
        try:
            values.update(parse_assignments(args.assignments))
        except ValueError as exc:
            raise TemplateError(TemplateProblem(str(path), 1, str(exc))) from exc
        roots = (args.library,) if args.library else library_roots or (find_library_root(path),)
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problem = TemplateProblem(str(path), 1, "this file is not UTF-8 text")
            raise TemplateError(problem) from exc
        meta, _ = parse_metadata(source, str(path))
        fields = form_fields(source, meta, make_environment(roots))
        context = headless_context(meta, fields, values, sample=args.sample)
        text = render_file(path, context, roots=roots)
    except TemplateError as exc:
        problem = exc.problem
        print(f"{display_path(problem.file)}:{problem.line}: {problem.message}", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


def _resolve(args: argparse.Namespace) -> tuple[Path, tuple[Path, ...]]:
    """The template file ``args.template`` names, and its library's roots when given by id.

    Raises:
        TemplateError: Neither a file nor an id in the library.
    """
    from desktop.core.templating import TemplateError, TemplateLibrary, TemplateProblem

    given: str = args.template
    path = Path(given)
    if path.is_file():
        return path, ()
    library = TemplateLibrary.load(args.team, data_dir=getattr(args, "data_dir", None))
    wanted = given.strip().replace("\\", "/").removesuffix(".md.j2").removesuffix(".j2")
    entry = library.get(wanted)
    if entry is None:
        message = "no such template file or template id (see: casewright templates list)"
        raise TemplateError(TemplateProblem(given, 1, message))
    return entry.path, entry.source.roots
