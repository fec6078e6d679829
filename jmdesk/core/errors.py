"""The one error type the engine raises for input it cannot use."""


class BadInput(Exception):
    """A file that cannot be read as a report: missing, empty, binary, broken,
    unsupported or a PDF without text. The message says what is wrong and what
    to do, in one line, and is shown to the user as it is."""
