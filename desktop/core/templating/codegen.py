"""A Jinja code generator that lets the render budget see loops, output and concatenation."""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame

# Names of environment methods the generated code calls (see CasewrightEnvironment).
LOOP_GUARD = "cw_loop_guard"
OUTPUT_CHARGE = "cw_charge"
CONCAT = "cw_concat"


def _guarded(expr: nodes.Expr) -> nodes.Call:
    call = nodes.Call(nodes.EnvironmentAttribute(LOOP_GUARD), [expr], [], None, None)
    call.set_lineno(expr.lineno or 1)
    return call


class BoundedCodeGenerator(CodeGenerator):
    """Compiles templates so that long loops and big outputs are noticed while they run.

    * every ``{% for %}`` iterates through the environment's loop guard, which ticks the
      render budget per item (so loops that print nothing still hit the time limit);
    * recursive ``loop(...)`` calls iterate through the guard too;
    * every output statement charges its literal text to the budget (dynamic values are
      charged by the environment's ``finalize``);
    * ``a ~ b`` is measured before it is built.
    """

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        if isinstance(node.iter, nodes.Expr):
            node.iter = _guarded(node.iter)
        super().visit_For(node, frame)

    def visit_Call(  # type: ignore[override]  # the base is wrapped to take **kwargs
        self, node: nodes.Call, frame: Frame, **kwargs: Any
    ) -> None:
        callee = node.node
        if isinstance(callee, nodes.Name) and callee.name == "loop" and node.args:
            first = node.args[0]
            if isinstance(first, nodes.Expr):
                node.args = [_guarded(first), *node.args[1:]]
        super().visit_Call(node, frame, **kwargs)

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        static = sum(
            len(child.data) for child in node.nodes if isinstance(child, nodes.TemplateData)
        )
        if static:
            self.writeline(f"environment.{OUTPUT_CHARGE}({static})")
        super().visit_Output(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write(f"environment.{CONCAT}((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")
