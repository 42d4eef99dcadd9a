"""Errors a user can act on.

    RagError                 catch this to handle anything the library raises on purpose
    ├── LetterParseError     a file could not be read as a letter (ingest reports it and goes on)
    ├── IndexNotBuiltError   a question was asked before any letter was ingested
    ├── ConfigError          a setting is wrong: the message names the variable and the fix
    └── ModelError           the LLM endpoint failed (auth, rate limit, timeout, bad stream)

Messages name the file or variable involved and what to do; they never contain a secret.
"""


class RagError(Exception):
    """Base of every error this library raises on purpose."""


class LetterParseError(RagError):
    """A file could not be read as a letter: unreadable, empty, binary, corrupt or too large."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexNotBuiltError(RagError):
    """No letters are indexed yet: run `rag ingest corpus/` first."""


class ConfigError(RagError):
    """A setting is missing or wrong; the message names the variable."""


class ModelError(RagError):
    """The LLM endpoint failed in a way retrying did not fix."""
