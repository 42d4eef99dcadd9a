"""Who may read and who may change the index, for the HTTP API and the UI alike.

    access = Access.of(settings, host="0.0.0.0")
    access.read_denied(authorization)    # None when allowed, else why not (one line)
    access.write_denied(authorization)

`RAG_API_TOKEN` set: reading and writing need it (`Authorization: Bearer <token>` over
HTTP, the token field in the UI). Unset: everything is open on a loopback address; bound
to any other address, reads stay open and writes are refused, because whoever can reach
the port must not be able to change the index unless someone allowed it.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

from rag.settings import Settings

TOKEN_VARIABLE = "RAG_API_TOKEN"


@dataclass(frozen=True)
class Denied:
    """Why a request is refused: 401 (no or wrong token) or 403 (writes are closed)."""

    status: int
    message: str


@dataclass(frozen=True)
class Access:
    token: str | None
    loopback: bool

    @classmethod
    def of(cls, settings: Settings, host: str) -> Access:
        token = settings.api_token.get_secret_value() if settings.api_token else None
        return cls(token=token, loopback=is_loopback(host))

    def read_denied(self, credential: str | None) -> Denied | None:
        if self.token is None or self._matches(credential):
            return None
        return _wrong_token(credential)

    def write_denied(self, credential: str | None) -> Denied | None:
        if self.token is not None:
            return None if self._matches(credential) else _wrong_token(credential)
        if self.loopback:
            return None
        return Denied(
            403,
            f"writes are disabled: this server is reachable beyond this machine and "
            f"{TOKEN_VARIABLE} is not set; set it and send `Authorization: Bearer <token>`",
        )

    def describe(self) -> str:
        """One line for the start-up log: who may write."""
        if self.token is not None:
            return f"reads and writes need the token in {TOKEN_VARIABLE}"
        if self.loopback:
            return f"open to this machine only (set {TOKEN_VARIABLE} before exposing it)"
        return f"reads open; uploads and removals refused (403) until {TOKEN_VARIABLE} is set"

    def _matches(self, credential: str | None) -> bool:
        assert self.token is not None
        given = (credential or "").encode("utf-8")
        return secrets.compare_digest(given, self.token.encode("utf-8"))


def bearer(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, None for anything else."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def is_loopback(host: str) -> bool:
    """Whether a bind address is reachable from this machine only."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def _wrong_token(credential: str | None) -> Denied:
    if not credential:
        return Denied(401, f"missing token: send `Authorization: Bearer <{TOKEN_VARIABLE}>`")
    return Denied(401, f"wrong token: it does not match {TOKEN_VARIABLE}")
