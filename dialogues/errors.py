"""The engine's exceptions: one root, and the load error that carries every problem found."""

from __future__ import annotations

from dataclasses import dataclass


class DialoguesError(Exception):
    """Root of every error the engine raises on purpose."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a flow or content file, located for the person who must fix it."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class LoadError(DialoguesError):
    """Flows or content were rejected; `problems` lists all of them, sorted by place."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
