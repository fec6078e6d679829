"""Find bundled resources both in the source tree and in a frozen (PyInstaller) build."""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _root() -> Path:
    # PyInstaller unpacks data next to the executable's _internal folder (sys._MEIPASS);
    # from source, resources/ sits beside the jmdesk package.
    if frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("samples", "index.json")."""
    return _root().joinpath("resources", *parts)


def project_file(name: str) -> Path:
    """A top-level project file (pyproject.toml) bundled beside resources/."""
    return _root() / name


@lru_cache(maxsize=1)
def sample_index() -> list[dict]:
    """The bundled samples with their metadata, oldest first."""
    with open(resource_path("samples", "index.json"), encoding="utf-8") as fh:
        entries = json.load(fh)["samples"]
    for e in entries:
        e["path"] = str(resource_path("samples", e["file"]))
    return sorted(entries, key=lambda e: (e["year"], e["file"]))


def sample_path(file: str) -> Path:
    return resource_path("samples", file)


def latest_sample_reports(count: int = 2) -> list[str]:
    """Paths of the most recent full reports among the samples, older first."""
    reports = [e for e in sample_index() if e["kind"] == "report"]
    return [e["path"] for e in reports[-count:]]
