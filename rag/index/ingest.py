"""Ingest: files and folders in, an up-to-date index out; safe to run again and again.

    report = ingest([Path("corpus/")], store, settings, progress=on_file)
    report.added, report.updated, report.unchanged, report.removed, report.failed

What one run does:

1. **Reconcile** the store with its manifest (a crash between writes leaves Chroma chunks
   no letter owns, or a letter whose chunks are missing): orphans are deleted, and letters
   missing chunks are read again and reported as updated.
2. **Find files**: folders are walked recursively in sorted order without following
   symlinked folders (no loops); hidden files and folders, `qa/` folders (Q&A sets),
   README files (they describe a folder; they are not letters) and extensions other than
   .txt .md .html .htm .docx .pdf are skipped. A file named explicitly is always read. A
   symlink named like a letter whose target is missing or loops is reported as failed.
3. **Sort each file** by the sha256 of its bytes: same path and hash → unchanged (not even
   parsed); new path → added; new hash → updated (its old chunks are replaced). A file that
   cannot be read or parsed is failed with a one-line reason and the rest go on; if it was
   indexed before, its previous version stays searchable.
4. **Duplicates**: a file whose letter (same cleaned text, hence the same letter_id) is
   already indexed under another path is not indexed twice; it is reported as unchanged,
   with the reason in `report.duplicates`. If the original disappears, the next ingest of
   the folder indexes the duplicate in its place.
5. **Removals**: a letter in the manifest whose file lay inside an ingested folder and no
   longer exists is removed from Chroma, BM25 and the manifest.
6. **Write** through `Store.update`: chunks of all files are embedded together in full
   batches (the model is the bottleneck), written to Chroma, then BM25, then the manifest.
   The embedding cache keeps finished batches, so a crash costs little on the next run.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rag.errors import LetterParseError
from rag.index.chunk import chunk_letter
from rag.index.manifest import LetterRecord
from rag.index.store import LetterChunks, Store
from rag.letters.load import os_error_reason
from rag.models import IngestReport, Letter
from rag.settings import Settings

SUPPORTED = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})
_SKIPPED_FOLDERS = frozenset({"qa"})
# Raised when what a letter's chunks hold changes: an index made before re-chunks each letter
# on its next ingest (embeddings of unchanged texts come from the cache). 2: the field card
# gives the page's 成文日期, and contact lines labelled by post leave the body. 3: the field
# card gives the page's 发布机构, and a traditional letter's chunks are read in simplified.
_CHUNKER_VERSION = 3

Progress = Callable[[str, int, int], None]
Loader = Callable[[Path, int], Letter]


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    *,
    load: Loader | None = None,
) -> IngestReport:
    """Index `paths` (files or folders) into `store`; see the module docstring.

    `progress(name, done, total)` is called once per file; `load(path, max_bytes)` reads
    one letter (default: `rag.letters.parse.load_letter`).
    """
    if load is None:
        from rag.letters.parse import load_letter

        load = load_letter
    report = IngestReport()
    # The whole run holds the index: what is unchanged, updated or removed is decided on
    # the latest commit, and no other writer (process or replica) interleaves.
    with store.writing():
        _ingest(paths, store, _Run(settings, report, load), progress)
    return report


def _ingest(
    paths: Iterable[str | Path], store: Store, run: _Run, progress: Progress | None
) -> None:
    report = run.report
    broken = _reconcile(store, report)
    files, folders, missing = discover(paths)
    report.failed.extend((str(p), "no such file or folder") for p in missing)
    # A letter that lost its chunks is read again even when outside this run's paths.
    files = sorted(set(files) | {Path(p) for p in broken if Path(p).is_file()})
    indexed = _Indexed.of(store.letters(), broken, folders, report, shared=store.shared)
    tick = _counter(progress, len(files))

    work: list[LetterChunks] = []
    for path in files:
        item = run.read(path, indexed)
        if item is None:
            tick(path.name)
        else:
            work.append(item)
    store.update(add=work, remove=indexed.remove, progress=lambda letter: tick(letter.source))
    report.chunks = store.counts()["chroma"]


def _reconcile(store: Store, report: IngestReport) -> set[str]:
    """Repair the store after a crash; the paths of the letters missing chunks."""
    switched_from = store.switched_from
    broken = {r.path for r in store.reconcile()}
    if switched_from and broken:
        report.notes.append(
            f"the embedding model changed ({switched_from} → {store.collection_name}): "
            f"{len(broken)} letters are embedded again for the new model; each model has its "
            "own collection, so vectors of two models are never mixed"
        )
    return broken


@dataclass
class _Indexed:
    """The letters indexed before this run, and what the run has decided about them."""

    records: dict[str, LetterRecord]  # by path
    broken: set[str]  # paths of letters missing chunks
    owners: dict[str, str]  # letter_id → the path that holds the letter
    remove: set[str]  # letter_ids to remove

    @classmethod
    def of(
        cls,
        letters: list[LetterRecord],
        broken: set[str],
        folders: list[Path],
        report: IngestReport,
        shared: bool = False,
    ) -> _Indexed:
        """Letters whose file is gone from an ingested folder (or that are broken) go.

        On a shared server a letter's file is usually on another replica's disk: there a
        broken letter whose file is not here stays (the replica that has it repairs it),
        and only an ingested folder's missing files are removed.
        """
        records = {r.path: r for r in letters}
        gone = [
            r
            for r in records.values()
            if not Path(r.path).exists()
            and (_inside(r.path, folders) or (r.path in broken and not shared))
        ]
        elsewhere = [r for r in records.values() if r.path in broken and r not in gone]
        elsewhere = [r for r in elsewhere if not Path(r.path).exists()]
        if elsewhere:
            report.notes.append(
                f"{len(elsewhere)} letters are missing chunks and their files are not on this "
                "machine; ingest them where their files are"
            )
        report.removed.extend(r.path for r in gone)
        owners = {r.letter_id: r.path for r in records.values() if r not in gone}
        return cls(records, broken, owners, {r.letter_id for r in gone})


@dataclass
class _Run:
    """Reads the files of one ingest and sorts each into the report."""

    settings: Settings
    report: IngestReport
    load: Loader

    @property
    def chunker(self) -> str:
        return f"v{_CHUNKER_VERSION}/{self.settings.chunk_tokens}"

    def read(self, path: Path, indexed: _Indexed) -> LetterChunks | None:
        """The file's letter and chunks when it must be indexed; None when it is unchanged,
        a duplicate or failed (the report says which)."""
        key = str(path)
        record = indexed.records.get(key)
        read = self._letter(path, record, key in indexed.broken)
        if read is None:
            return None
        letter, digest = read
        owner = indexed.owners.get(letter.letter_id)
        if owner is not None and owner != key:
            self.report.duplicates.append((key, f"same letter as {owner}"))
            self.report.unchanged.append(key)
            if record is not None:  # this path used to hold another letter: drop it
                indexed.remove.add(record.letter_id)
                self.report.removed.append(key)
            return None
        chunks = chunk_letter(letter, self.settings.chunk_tokens)
        indexed.owners[letter.letter_id] = key
        (self.report.updated if record else self.report.added).append(key)
        return LetterChunks(letter, chunks, digest, self.chunker)

    def _letter(
        self, path: Path, record: LetterRecord | None, broken: bool
    ) -> tuple[Letter, str] | None:
        """The letter in the file and the file's sha256; None when the file is unchanged
        (same bytes, same chunker) or cannot be read."""
        key = str(path)
        max_bytes = int(self.settings.max_file_mb * 2**20)
        try:
            digest = file_sha256(path, max_bytes)
            if record and (record.sha256, record.chunker) == (digest, self.chunker) and not broken:
                self.report.unchanged.append(key)
                return None
            return replace(self.load(path, max_bytes), path=key), digest
        except LetterParseError as exc:
            self.report.failed.append((key, exc.reason))
        except Exception as exc:  # one bad file must not stop the others
            self.report.failed.append((key, _one_line(exc)))
        return None


def _counter(progress: Progress | None, total: int) -> Callable[[str], None]:
    """`tick(name)`: one more file done, reported to `progress`."""
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(name, done, total)

    return tick


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path], list[Path]]:
    """(files to ingest, folders walked, paths that do not exist); all resolved and sorted."""
    files: set[Path] = set()
    folders: list[Path] = []
    missing: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            root = path.resolve()
            folders.append(root)
            files.update(_walk(root))
        elif path.is_file():
            files.add(path.resolve())  # named explicitly: read it whatever its name
        else:
            missing.append(path)
    return sorted(files), folders, missing


def _walk(root: Path) -> Iterable[Path]:
    # followlinks=False: a symlinked folder is never entered, so a link loop cannot recurse.
    for folder, subfolders, names in os.walk(root, followlinks=False):
        subfolders[:] = sorted(
            d for d in subfolders if not d.startswith(".") and d not in _SKIPPED_FOLDERS
        )
        for name in sorted(names):
            path = Path(folder) / name
            if _wanted(path):
                yield path.resolve()
            elif _dead_link(path):
                yield path  # looks like a letter but leads nowhere: report it, don't hide it


def _wanted(path: Path) -> bool:
    return _named_like_a_letter(path) and path.is_file()


# A folder of letters often carries its own documentation: README.md, an INDEX.md
# listing the letters, a LICENSE.  Walking the folder skips them (naming one reads it).
_DOCUMENTATION = ("readme.", "index.", "license", "licence", "changelog.", "notice.")


def _named_like_a_letter(path: Path) -> bool:
    name = path.name
    return (
        not name.startswith(".")
        and not name.lower().startswith(_DOCUMENTATION)
        and path.suffix.lower() in SUPPORTED
    )


def _dead_link(path: Path) -> bool:
    """A symlink with a letter's name whose target is missing or loops back on itself."""
    return _named_like_a_letter(path) and path.is_symlink() and not path.exists()


def file_sha256(path: Path, max_bytes: int) -> str:
    """sha256 of the file's bytes; too-large files are refused before being read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LetterParseError(
                str(path),
                f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit "
                "(raise RAG_MAX_FILE_MB to index it)",
            )
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:  # unreadable, a link loop, gone since discovery
        raise LetterParseError(str(path), os_error_reason(exc, path)) from None
    return digest.hexdigest()


def _inside(path: str, folders: list[Path]) -> bool:
    return any(Path(path).is_relative_to(folder) for folder in folders)


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or "no details"
    return f"{type(exc).__name__}: {text}"[:300]
