"""The per-user folders, in one place: data (the report library) and cache (the segmenter
dictionary, compiled patterns). Each can be moved by an environment variable, for tests."""
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
