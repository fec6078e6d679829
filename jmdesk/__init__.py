"""jmdesk: compare government work reports, figures and wording, offline."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def version() -> str:
    # One place for the version: pyproject.toml. The file itself first (source tree, or the
    # frozen build where it is bundled), then installed metadata (a wheel install).
    try:
        import tomllib
        from jmdesk.resources import project_file
        with open(project_file("pyproject.toml"), "rb") as fh:
            return tomllib.load(fh)["project"]["version"]
    except Exception:
        pass
    try:
        from importlib.metadata import version as installed_version
        return installed_version("jmdesk")
    except Exception:
        return "0+unknown"


def __getattr__(name: str):
    # `jmdesk.__version__` is looked up only when asked for: reading metadata costs
    # ~30 ms, which every `jmdesk compare` would otherwise pay.
    if name == "__version__":
        return version()
    raise AttributeError(name)
