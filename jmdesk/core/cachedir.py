"""The per-user cache directory (segmenter dictionary, compiled patterns, jieba's cache)."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_dir() -> Path:
    """A writable per-user cache directory (JMDESK_CACHE_DIR overrides)."""
    env = os.environ.get("JMDESK_CACHE_DIR")
    if env:
        base = Path(env)
    elif sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "jmdesk" / "cache"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jmdesk"
    try:
        base.mkdir(parents=True, exist_ok=True)
        if os.access(base, os.W_OK):
            return base
    except OSError:
        pass
    import tempfile     # only for the fallback: its import costs ~10 ms a run
    fallback = Path(tempfile.gettempdir()) / "jmdesk-cache"
    try:
        fallback.mkdir(parents=True, exist_ok=True)
        if os.access(fallback, os.W_OK):
            return fallback
    except OSError:
        pass
    return Path(tempfile.gettempdir())
