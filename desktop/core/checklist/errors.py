"""The error raised for a checklist document (JSON, YAML, template file) that cannot be read."""

from __future__ import annotations


class ChecklistFormatError(ValueError):
    """A checklist document is malformed or has the wrong shape.

    Attributes:
        message: What is wrong, for a person ("step 3: status 'done' is not one of ...").
        source: The file or document it came from ("" when unknown).
        line: 1-based line number, or None when the document has no lines (e.g. a dict).
    """

    def __init__(self, message: str, *, source: str = "", line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ", ".join(
            part for part in (self.source, f"line {self.line}" if self.line else "") if part
        )
        return f"{where}: {self.message}" if where else self.message
