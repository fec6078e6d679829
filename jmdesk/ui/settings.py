"""What the app remembers between sessions (QSettings, organisation "jmdesk"): geometry, splitter
sizes, recent files, text size, comparison options. JMDESK_SETTINGS_DIR puts them in an INI file
in that folder instead (tests use it so they never touch the user's own settings)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "jmdesk"
APPLICATION = "jmdesk"
RECENT_MAX = 10
DEFAULT_POINT_SIZE = 13.0


def open_settings() -> QSettings:
    folder = os.environ.get("JMDESK_SETTINGS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "jmdesk.ini"), QSettings.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


class AppSettings:
    """Typed access to the settings the window uses."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or open_settings()

    def recent_files(self) -> list[str]:
        return _list(self.store.value("recent/files"))

    def add_recent(self, path: str) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.store.setValue("recent/files", files[:RECENT_MAX])
        return files[:RECENT_MAX]

    def clear_recent(self) -> None:
        self.store.setValue("recent/files", [])

    def point_size(self) -> float:
        try:
            return float(self.store.value("view/pointSize", DEFAULT_POINT_SIZE))
        except (TypeError, ValueError):
            return DEFAULT_POINT_SIZE

    def set_point_size(self, size: float) -> None:
        self.store.setValue("view/pointSize", float(size))

    def punctuation_counts(self) -> bool:
        return str(self.store.value("compare/punctuationCounts", "false")).lower() in ("true", "1")

    def set_punctuation_counts(self, on: bool) -> None:
        self.store.setValue("compare/punctuationCounts", bool(on))

    def bytes_value(self, key: str):
        return self.store.value(key)

    def set_value(self, key: str, value) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()
