"""Errors Cronica raises for bad input. The CLI turns each into a one-line message and an exit code."""


class CronicaError(Exception):
    """Base class: a problem with the user's input or environment, reported without a traceback.

    Attributes:
        exit_code: process exit status the CLI uses (documented in the README).
    """

    exit_code = 2


class InputError(CronicaError):
    """An input file or stream cannot be read as an article (empty, binary, undecodable, malformed)."""

    exit_code = 2


class UnsupportedLanguage(CronicaError):
    """The article's language has no Cronica pipeline (only ``ro`` and ``en`` today)."""

    exit_code = 3


class StoreError(CronicaError):
    """The database file is not a Cronica DuckDB store, or is locked or unwritable."""

    exit_code = 4
