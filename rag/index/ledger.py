"""The ledger: where the manifest (which letters are indexed, with which chunks) is kept,
how a reader tells that it changed, and who may write it.

    ledger = open_ledger(settings, client)   # a file under RAG_HOME, or the Chroma server
    snapshot = ledger.read()                 # records, their collection, and a stamp
    ledger.stamp() != snapshot.stamp         # cheap: has anyone written since?
    with ledger.writing():                   # one writer at a time, across processes
        stamp = ledger.commit(records, collection, expected=snapshot.stamp)

Embedded (no RAG_CHROMA_URL): `RAG_HOME/manifest.json`, replaced atomically, its stamp the
file's identity (inode, size, mtime); writers take an OS file lock on
`RAG_HOME/write.lock` (released by the OS if the writer dies).

Server (RAG_CHROMA_URL): the manifest is one entry of the Chroma collection `rag-manifest`,
written in one upsert, so a reader sees the whole old or the whole new manifest; its stamp
is a version every commit raises. Writers hold a **lease**: the collection
`rag-write-lease`, whose creation succeeds for one writer only, carries the holder and an
expiry that the holder renews every third of `RAG_WRITE_LEASE_SECONDS`. A writer that
dies stops renewing; once its lease has expired the next writer deletes it and takes
over. A commit is also fenced: it fails if the version moved since the writer read it.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from rag.errors import ConfigError, RagError
from rag.index.keyword import write_atomic
from rag.index.manifest import LetterRecord, manifest_json, read_manifest, records_of
from rag.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

Stamp = object  # compared with ==; None when nothing was ever written

MANIFEST_COLLECTION = "rag-manifest"
LEASE_COLLECTION = "rag-write-lease"
_MANIFEST_ID = "manifest"
# The version again, on an entry of its own: reading it beside a manifest of 10 MB costs
# 6 ms on the server, alone 1 ms, and every replica reads it before its questions.
_VERSION_ID = "version"


class WriteConflict(RagError):
    """Another writer holds the index, or changed it under this one."""


@dataclass(frozen=True)
class Snapshot:
    records: dict[str, LetterRecord]
    collection: str | None  # the chunk collection the records were written to
    stamp: Stamp


class Ledger(Protocol):
    where: str  # for messages: "RAG_HOME=…" or "RAG_CHROMA_URL=…"
    # Whether readers follow other processes' commits between writes. Not on disk:
    # Chroma's embedded store does not show one process's writes to another that has it
    # open, so a serving process sees another's ingest after a restart.
    followed: bool

    def stamp(self) -> Stamp: ...

    def read(self) -> Snapshot: ...

    def commit(
        self, records: Mapping[str, LetterRecord], collection: str, expected: Stamp
    ) -> Stamp: ...

    def writing(self) -> AbstractContextManager[None]: ...

    def check_held(self) -> None:
        """Raise `WriteConflict` unless this writer still holds the index (before it
        deletes or commits anything)."""
        ...


def open_ledger(settings: Settings, client: ClientAPI) -> Ledger:
    if settings.chroma_url:
        return ChromaLedger(client, settings)
    return FileLedger(Path(settings.home), settings.write_wait_seconds)


def check_home(home: Path) -> None:
    """RAG_HOME holds the manifest and BM25 even with a Chroma server: it must be writable."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"RAG_HOME={home}: cannot create or write this folder "
            f"({exc.strerror or type(exc).__name__}); set RAG_HOME to a writable folder"
        ) from None


class FileLedger:
    """The manifest as a file under RAG_HOME; writers take an OS lock on a file beside it."""

    def __init__(self, home: Path, wait_seconds: float) -> None:
        self.path = home / "manifest.json"
        self.wait_seconds = wait_seconds
        self.where = f"RAG_HOME={home}"
        self.followed = False

    def stamp(self) -> Stamp:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_size, stat.st_mtime_ns)

    def read(self) -> Snapshot:
        stamp = self.stamp()
        records, collection = read_manifest(self.path)
        return Snapshot(records, collection, stamp)

    def commit(
        self, records: Mapping[str, LetterRecord], collection: str, expected: Stamp
    ) -> Stamp:
        write_atomic(self.path, manifest_json(records, collection))
        return self.stamp()

    def writing(self) -> AbstractContextManager[None]:
        return hold_home(self.path.parent, self.wait_seconds)

    def check_held(self) -> None:
        """An OS lock cannot be lost while its process lives."""


@contextmanager
def hold_home(home: Path, wait_seconds: float) -> Iterator[None]:
    """Hold RAG_HOME's write lock (an OS file lock: released if the process dies).

    Reentrant in a thread; other threads and processes wait up to `wait_seconds`, then get
    a `WriteConflict`. Taken before Chroma's embedded store is opened for a write: two
    processes opening a fresh store at once race in Chroma's own set-up.
    """
    from filelock import Timeout

    lock = _home_lock(home)
    try:
        lock.acquire(timeout=wait_seconds)
    except Timeout:
        raise WriteConflict(
            f"RAG_HOME={home} is being written by another process (an ingest, the UI or "
            f"the API) and did not become free within {wait_seconds:g} s; try again when "
            "it finishes, or raise RAG_WRITE_WAIT_SECONDS"
        ) from None
    try:
        yield
    finally:
        lock.release()


def exclusive_home(settings: Settings) -> AbstractContextManager[None]:
    """For a write about to open the embedded store: hold RAG_HOME first. (On a server the
    store's own lease does it.)"""
    if settings.chroma_url:
        return nullcontext()
    home = Path(settings.home)
    check_home(home)
    return hold_home(home, settings.write_wait_seconds)


_HOME_LOCKS: dict[Path, Any] = {}
_HOME_LOCKS_GUARD = threading.Lock()


def _home_lock(home: Path) -> Any:
    """One FileLock object per home in this process, so that holding it is reentrant."""
    from filelock import FileLock

    path = (home / "write.lock").resolve()
    with _HOME_LOCKS_GUARD:
        if path not in _HOME_LOCKS:
            _HOME_LOCKS[path] = FileLock(path)
        return _HOME_LOCKS[path]


class ChromaLedger:
    """The manifest and the writer's lease, kept on the Chroma server (module docstring)."""

    def __init__(self, client: ClientAPI, settings: Settings) -> None:
        self.client = client
        self.where = f"RAG_CHROMA_URL={settings.chroma_url}"
        self.followed = True
        self.wait_seconds = settings.write_wait_seconds
        self.lease_seconds = settings.write_lease_seconds
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._manifest = client.get_or_create_collection(
            MANIFEST_COLLECTION, embedding_function=None
        )
        self._lost = threading.Event()

    def stamp(self) -> Stamp:
        found = self._manifest.get(ids=[_VERSION_ID], include=["metadatas"])
        metadatas = found["metadatas"] or []
        return int(metadatas[0]["version"]) if metadatas else None  # type: ignore[arg-type]

    def read(self) -> Snapshot:
        found = self._manifest.get(ids=[_MANIFEST_ID], include=["documents", "metadatas"])
        if not found["ids"]:
            return Snapshot({}, None, None)
        metadata = (found["metadatas"] or [{}])[0]
        data = json.loads((found["documents"] or ["{}"])[0])
        version = int(metadata["version"])  # type: ignore[arg-type]
        return Snapshot(records_of(data), data.get("collection"), version)

    def commit(
        self, records: Mapping[str, LetterRecord], collection: str, expected: Stamp
    ) -> Stamp:
        self.check_held()
        current = self.stamp()
        if current != expected:
            raise WriteConflict(
                f"another writer changed the index on {self.where} meanwhile; run it again"
            )
        version = (current if isinstance(current, int) else 0) + 1
        committed: dict[str, str | int] = {
            "version": version,
            "writer": self.owner,
            "committed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        # One upsert. A reader that catches the version entry ahead of the manifest reads
        # the manifest's own version as its stamp, and so reads again on its next check.
        self._manifest.upsert(
            ids=[_MANIFEST_ID, _VERSION_ID],
            # Chroma wants a vector per entry; these are never searched.
            embeddings=np.zeros((2, 1), dtype=np.float32),
            documents=[manifest_json(records, collection), ""],
            metadatas=[committed, committed],
        )
        return version

    @contextmanager
    def writing(self) -> Iterator[None]:
        lease = self._acquire()
        self._lost.clear()
        stop = threading.Event()
        renewer = threading.Thread(target=self._renew, args=(lease, stop), daemon=True)
        renewer.start()
        try:
            yield
        finally:
            stop.set()
            renewer.join()
            self._release()

    def check_held(self) -> None:
        holder = self._holder()
        if self._lost.is_set() or holder is None or holder.get("owner") != self.owner:
            self._lost.set()
            raise WriteConflict(
                f"the write lease on {self.where} was lost (not renewed within "
                "RAG_WRITE_LEASE_SECONDS, and another writer took it); run it again"
            )

    # -- the lease -------------------------------------------------------------------------

    def _acquire(self) -> Collection:
        deadline = time.monotonic() + self.wait_seconds
        took_over = False
        while True:
            try:
                lease = self.client.create_collection(
                    LEASE_COLLECTION, metadata=self._terms(), embedding_function=None
                )
                if not took_over or self._still_ours():
                    return lease
                continue
            except Exception as exc:  # the error's class differs between clients
                if "exists" not in str(exc).lower():
                    raise ConfigError(
                        f"{self.where}: cannot take the write lease ({type(exc).__name__})"
                    ) from exc
            holder = self._holder()
            if holder is not None and float(holder.get("expires", 0)) < time.time():
                self._delete_lease()  # its writer died: the lease is free
                took_over = True
                continue
            if time.monotonic() > deadline:
                who = holder.get("owner", "another writer") if holder else "another writer"
                raise WriteConflict(
                    f"{who} is writing to {self.where} and did not finish within "
                    f"{self.wait_seconds:g} s; try again later, or raise RAG_WRITE_WAIT_SECONDS"
                )
            time.sleep(0.2)

    def _still_ours(self) -> bool:
        """After taking over a dead writer's lease: another waiter may have deleted the
        same expired lease and created its own in between; after a pause, the one whose
        lease stands goes on."""
        time.sleep(0.5)
        holder = self._holder()
        return holder is not None and holder.get("owner") == self.owner

    def _renew(self, lease: Collection, stop: threading.Event) -> None:
        while not stop.wait(self.lease_seconds / 3):
            try:
                holder = self._holder()
                if holder is None or holder.get("owner") != self.owner:
                    self._lost.set()
                    return
                lease.modify(metadata=self._terms())
            except Exception:  # the server is unreachable: the commit will say so
                continue

    def _release(self) -> None:
        holder = self._holder()
        if holder is not None and holder.get("owner") == self.owner:
            self._delete_lease()

    def _holder(self) -> dict[str, Any] | None:
        try:
            lease = self.client.get_collection(LEASE_COLLECTION, embedding_function=None)
        except Exception:  # gone: released meanwhile
            return None
        return dict(lease.metadata or {})

    def _delete_lease(self) -> None:
        try:
            self.client.delete_collection(LEASE_COLLECTION)
        except Exception:  # someone else deleted it first
            pass

    def _terms(self) -> dict[str, str | float]:
        return {"owner": self.owner, "expires": time.time() + self.lease_seconds}
