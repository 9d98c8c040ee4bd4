"""Expected errors: one line naming the file (and line); bugs stay tracebacks.

WarraqError
 ├── SourceError(path, line, column, message)   bad dump, front matter, template
 └── ConfigError                                 bad site.toml or CLI value
"""

from __future__ import annotations


class WarraqError(Exception):
    """An expected failure reported to the user as one line."""


class SourceError(WarraqError):
    """Bad input in one file: ``path:line:column: message`` then the offending line."""

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        context: str | None = None,
    ) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        self.column = column
        self.context = context
        super().__init__(str(self))

    def __reduce__(self):
        # Errors raised in a worker process travel back to the parent pickled.
        return (self.__class__, (self.path, self.message, self.line, self.column, self.context))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.context:
            text += f"\n    {self.context}"
        return text


class ConfigError(SourceError):
    """Bad ``site.toml`` key or value, or a bad command-line override."""
