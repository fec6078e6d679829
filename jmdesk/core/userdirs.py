"""The per-user folders, in one place: data (the report library) and cache (the segmenter
dictionary, compiled patterns). Each can be moved by an environment variable, for tests.
Cache files are written whole or not at all, and read by mapping them."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The user's jmdesk data folder: JMDESK_DATA_DIR, else the platform's per-user data folder."""
    override = os.environ.get("JMDESK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "jmdesk"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "jmdesk"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "jmdesk"


def cache_dir() -> Path:
    """A writable per-user cache directory (JMDESK_CACHE_DIR overrides)."""
    env = os.environ.get("JMDESK_CACHE_DIR")
    if env:
        base = Path(env)
    elif sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "jmdesk" / "cache"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jmdesk"
    if _writable(base):
        return base
    import tempfile     # only for the fallback: its import costs ~10 ms a run
    fallback = Path(tempfile.gettempdir()) / "jmdesk-cache"
    return fallback if _writable(fallback) else Path(tempfile.gettempdir())


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return os.access(folder, os.W_OK)
    except OSError:
        return False


def write_whole(path: Path, data: bytes) -> None:
    """Write a cache file atomically: a reader finds the old file or the whole new one.
    Failing to write is not an error (the cache is rebuilt next time)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass


def map_file(path: Path):
    """A cache file's bytes, mapped rather than read (a run touches only the pages it looks
    up; a read would copy all of it); None when it cannot be opened."""
    import mmap
    try:
        with open(path, "rb") as fh:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
