"""A library of reports: each file parsed once, cached on disk by content, listed by region and year.

The cache lives in the user's data folder (see ``data_dir``). One entry per file content: the
file name is the sha256 of the file's bytes; the entry is a header line (JSON) and the document
(JSON) below it. The header names the cache schema and the engine that parsed the document, and
carries the sha256 of the document bytes, so that a truncated, edited or stale entry is detected
and the file parsed again: an entry is never trusted on its name alone. The library's own index
(the list of paths the user added) is a small JSON file beside the entries.

No Qt here: the window runs ``Library.add`` in a worker thread and listens to ``progress``.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from jmdesk.core.document import Document, Figure, Meta, Misreading, Section
from jmdesk.core.errors import BadInput
from jmdesk.core.userdirs import data_dir

CACHE_SCHEMA = 1
INDEX_NAME = "library.json"
REPORT_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")

# progress(done, total, path): called after each file, from the thread that runs add()
Progress = Callable[[int, int, str], None]
Parse = Callable[[Path], Document]


def default_cache_dir() -> Path:
    return data_dir() / "cache"


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """What parsed a cached document: the jmdesk version and, from a source tree, a hash of the
    engine's code and data, so that a changed parser re-parses instead of serving stale figures."""
    from jmdesk import __version__
    from jmdesk.resources import resource_path

    digest = hashlib.sha256(f"{__version__}/{CACHE_SCHEMA}".encode())
    core = Path(__file__).resolve().parent
    files = sorted(core.rglob("*.py"))
    registry = resource_path()
    files += sorted(p for p in registry.glob("indicators*") if p.is_file())
    for path in files:
        try:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


# ---- the document codec: Document <-> JSON, with everything needed to rebuild it ----

def document_to_json(doc: Document) -> dict:
    out = doc.to_json(with_figures=True)
    out["offset_map"] = _pack_offsets(doc.offset_map)
    return out


def document_from_json(data: dict) -> Document:
    """Rebuild a Document from ``document_to_json``; raises KeyError/TypeError/ValueError if malformed."""
    meta = Meta(**data["meta"])
    sections = tuple(Section(**s) for s in data["sections"])
    figures = tuple(Figure(**f) for f in data.get("figures", ()))
    misreadings = tuple(Misreading(**m) for m in data.get("misreadings", ()))
    offsets = _unpack_offsets(data.get("offset_map", []), len(data["text"]))
    return Document(source=data["source"], meta=meta, text=data["text"], sections=sections,
                    figures=figures, misreadings=misreadings, offset_map=offsets)


def _pack_offsets(offsets: Iterable[int]) -> list[list[int]]:
    # The offset map is almost always raw = text + shift, so store only the points where the shift
    # changes: [text_index, raw_index] pairs. A 30,000-character report packs to a few hundred pairs.
    runs: list[list[int]] = []
    shift = None
    for i, raw in enumerate(offsets):
        if raw - i != shift:
            runs.append([i, raw])
            shift = raw - i
    return runs


def _unpack_offsets(runs: list, length: int) -> tuple[int, ...]:
    if not runs:
        return ()
    out: list[int] = []
    for k, (start, raw) in enumerate(runs):
        end = runs[k + 1][0] if k + 1 < len(runs) else length
        if start != len(out) or end < start:
            raise ValueError("offset map runs out of order")
        out.extend(range(raw, raw + end - start))
    return tuple(out)


# ---- cache entries ----

def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class CacheEntryInvalid(Exception):
    """A cache entry that must not be used (missing, truncated, stale, tampered)."""


def write_entry(cache_dir: Path, sha: str, doc: Document) -> Path:
    payload = json.dumps(document_to_json(doc), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {"schema": CACHE_SCHEMA, "engine": engine_fingerprint(), "sha256": sha,
              "payload_sha256": hashlib.sha256(payload).hexdigest(), "payload_bytes": len(payload)}
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"{sha}.json"
    tmp = path.with_suffix(f".tmp{os.getpid()}.{threading.get_ident()}")
    tmp.write_bytes(json.dumps(header).encode("ascii") + b"\n" + payload)
    os.replace(tmp, path)  # atomic: a crash mid-write leaves the old entry or none, never half of one
    return path


def read_entry(cache_dir: Path, sha: str) -> Document:
    """The cached document for this content, or CacheEntryInvalid."""
    path = cache_dir / f"{sha}.json"
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise CacheEntryInvalid(f"no entry ({exc.strerror})") from None
    head, sep, payload = blob.partition(b"\n")
    if not sep:
        raise CacheEntryInvalid("no header line")
    try:
        header = json.loads(head)
    except ValueError:
        raise CacheEntryInvalid("header is not JSON") from None
    if not isinstance(header, dict) or header.get("schema") != CACHE_SCHEMA:
        raise CacheEntryInvalid("cache schema differs")
    if header.get("engine") != engine_fingerprint():
        raise CacheEntryInvalid("parsed by another version of jmdesk")
    if header.get("sha256") != sha:
        raise CacheEntryInvalid("entry belongs to other content")
    if len(payload) != header.get("payload_bytes") or \
            hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
        raise CacheEntryInvalid("document bytes damaged or truncated")
    try:
        return document_from_json(json.loads(payload))
    except (ValueError, KeyError, TypeError) as exc:
        raise CacheEntryInvalid(f"document does not decode ({exc})") from None


# ---- the library ----

@dataclass(frozen=True)
class LibraryEntry:
    """One file of the library: its document when it could be read, else the reason it could not."""
    path: str
    sha256: str | None
    document: Document | None
    error: str | None = None
    from_cache: bool = False

    @property
    def region(self) -> str | None:
        return self.document.meta.region if self.document else None

    @property
    def year(self) -> int | None:
        return self.document.meta.year if self.document else None

    @property
    def kind(self) -> str | None:
        return self.document.meta.kind if self.document else None

    @property
    def title(self) -> str:
        meta = self.document.meta if self.document else None
        return (meta.title if meta and meta.title else None) or Path(self.path).name


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the report files inside given folders (recursively, hidden ones skipped)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES and \
                        not any(part.startswith(".") for part in rel):
                    out.append(f)
        else:
            out.append(p)
    seen: set[str] = set()
    unique = []
    for p in out:
        key = str(p.resolve())
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


class Library:
    """The reports a user works with, each parsed once and cached by content.

    ``add`` parses (or takes from the cache) and remembers the paths; ``load`` reopens the
    remembered paths. Safe to call ``add`` from a worker thread while another reads ``entries``.
    """

    def __init__(self, cache_dir: str | Path | None = None, parse: Parse | None = None):
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.index_path = self.cache_dir / INDEX_NAME
        self._parse = parse
        self._entries: dict[str, LibraryEntry] = {}
        self._lock = threading.Lock()

    # -- reading files --
    def _parse_file(self, path: Path) -> Document:
        if self._parse is not None:
            return self._parse(path)
        from jmdesk.core.pipeline import load_document
        return load_document(path)

    def read(self, path: str | Path) -> LibraryEntry:
        """The entry for one file: from the cache when a valid entry exists, else parsed and cached."""
        path = Path(path)
        name = str(path)
        try:
            sha = file_sha256(path)
        except OSError:
            # let the reader give its usual one-line reason (missing, a folder, unreadable)
            try:
                self._parse_file(path)
            except BadInput as exc:
                return LibraryEntry(name, None, None, error=str(exc))
            return LibraryEntry(name, None, None, error=f"{name}: cannot be read")
        try:
            doc = read_entry(self.cache_dir, sha)
            return LibraryEntry(name, sha, doc._replace(source=name), from_cache=True)
        except CacheEntryInvalid:
            pass
        try:
            doc = self._parse_file(path)
        except BadInput as exc:
            return LibraryEntry(name, sha, None, error=str(exc))
        try:
            write_entry(self.cache_dir, sha, doc)
        except OSError:
            pass  # a read-only data folder costs speed, not correctness
        return LibraryEntry(name, sha, doc)

    # -- the collection --
    def add(self, paths: Iterable[str | Path], progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[LibraryEntry]:
        """Add files and folders; returns the new or refreshed entries (errors included)."""
        done = self._read_all(expand_paths(paths), progress, cancelled)
        self.save_index()
        return done

    def load(self, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> list[LibraryEntry]:
        """Reopen the paths remembered in the index (from the cache where it is valid)."""
        return self._read_all(self.indexed_paths(), progress, cancelled)

    def _read_all(self, files: list, progress: Progress | None,
                  cancelled: Callable[[], bool] | None) -> list[LibraryEntry]:
        out: list[LibraryEntry] = []
        for i, path in enumerate(files):
            if cancelled and cancelled():
                break
            entry = self.read(path)
            with self._lock:
                self._entries[self._key(path)] = entry
            out.append(entry)
            if progress:
                progress(i + 1, len(files), str(path))
        return out

    def remove(self, paths: Iterable[str | Path]) -> None:
        with self._lock:
            for p in paths:
                self._entries.pop(self._key(Path(p)), None)
        self.save_index()

    def entries(self) -> list[LibraryEntry]:
        """Every file, readable or not, by region, year, then path."""
        with self._lock:
            items = list(self._entries.values())
        return sorted(items, key=lambda e: (e.region or "\uffff", e.year or 0, e.path))

    def documents(self) -> list[Document]:
        return [e.document for e in self.entries() if e.document is not None]

    def document(self, path: str | Path) -> Document | None:
        with self._lock:
            entry = self._entries.get(self._key(Path(path)))
        return entry.document if entry else None

    # -- the index --
    def indexed_paths(self) -> list[str]:
        try:
            data = json.loads(self.index_path.read_text(encoding="utf-8"))
            paths = data["paths"]
            if not isinstance(paths, list):
                return []
            return [str(p) for p in paths if isinstance(p, str)]
        except (OSError, ValueError, KeyError, TypeError):
            return []  # no index or a damaged one: an empty library, never a crash

    def save_index(self) -> None:
        with self._lock:
            paths = sorted(e.path for e in self._entries.values())
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = self.index_path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_text(json.dumps({"paths": paths}, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, self.index_path)
        except OSError:
            pass

    @staticmethod
    def _key(path: Path) -> str:
        return str(Path(path).resolve())
