"""jmdesk: compare government work reports, figures and wording, offline."""
from __future__ import annotations


def _version() -> str:
    # One place for the version: pyproject.toml. Installed metadata first,
    # then the file itself (source tree or frozen build, where it is bundled).
    try:
        from importlib.metadata import version
        return version("jmdesk")
    except Exception:
        pass
    try:
        import tomllib
        from jmdesk.resources import project_file
        with open(project_file("pyproject.toml"), "rb") as fh:
            return tomllib.load(fh)["project"]["version"]
    except Exception:
        return "0+unknown"


__version__ = _version()
