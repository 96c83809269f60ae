"""Every error sourcetrace reports to a user, in one place.

Each carries the file it is about, so the one error boundary (the CLI) can print a single line
"FILE: problem" and go on with the rest of the batch.
"""

from __future__ import annotations


class SourcetraceError(Exception):
    """Base class: an expected problem with a clear message for the user."""

    exit_code = 1


class InputError(SourcetraceError):
    """A file (or one record in it) could not be read as a document."""

    exit_code = 2

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Errors travel back from worker processes; rebuild from both fields, not the message.
        return InputError, (self.origin, self.problem)


class StoreError(SourcetraceError):
    """The store file is missing, unreadable, or from a newer version of sourcetrace."""

    exit_code = 3


class SettingsError(SourcetraceError):
    """A setting has an unknown name or a value out of range."""

    exit_code = 4
