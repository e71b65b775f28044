"""What went wrong in a template: a file, a line, a message and how serious it is."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in one template file.

    Attributes:
        file: The file's path (or a name such as ``<editor>`` for unsaved text).
        line: The 1-based line in that file the problem is on.
        message: What is wrong, in words a template author understands.
        severity: ``"error"`` stops rendering; ``"warning"`` does not.
    """

    file: str
    line: int
    message: str
    severity: Severity = "error"

    def format(self, *, with_severity: bool = True) -> str:
        """Return ``FILE:LINE: severity: message`` (or ``FILE:LINE: message``)."""
        if with_severity:
            return f"{self.file}:{self.line}: {self.severity}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """The problem as a JSON-ready dict with keys file, line, severity, message."""
        return asdict(self)


class TemplateError(Exception):
    """Rendering or loading a template failed; ``problem`` says where and why."""

    def __init__(self, problem: TemplateProblem) -> None:
        super().__init__(problem.format(with_severity=False))
        self.problem = problem
