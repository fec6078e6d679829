"""Compiled regular expressions kept between runs.

The stages compile about 150 patterns, many with large CJK character classes;
Python's `re` builds those in pure Python (~0.05–0.1 s a process, a fifth of a
`jmdesk compare` run). `warm()` loads the compiled programs from a small cache
file and puts them behind `re`'s own cache, so a later `re.compile` or
`re.search` of the same pattern, in any module, finds it there. A pattern object
is made from its program only when a run first asks for it (the file also holds
the patterns of other commands and of the app; making all 400 would cost a
compare run ~4 ms). Patterns first seen in a run are added to the file when the
process exits, and the ones this run used go first, so unused ones fall off.

The programs are what `re._compiler.compile` hands to `_sre.compile`; they depend
on the Python build, so the file name carries its version and `_sre.MAGIC`. If
anything about `re`'s internals differs from what is expected, nothing is loaded
or saved and `re` compiles as usual.
"""
from __future__ import annotations

import atexit
import re
import sys

# A program's code words are stored as the bytes of an array of this C type (its size is
# checked against _sre.CODESIZE): loading 400 patterns is then 400 small byte strings, not
# ~100,000 int objects (~3 ms and ~3 MB a run).
CODE_TYPE = "I"
MAX_ENTRIES = 400            # below re's own cache size (512); the file cannot grow without bound
_state: dict = {}            # "loaded": {(pattern, flags): program}, "file": the cache file


def _usable() -> bool:
    compiler = getattr(re, "_compiler", None)
    import _sre
    return (isinstance(getattr(re, "_cache", None), dict) and compiler is not None
            and hasattr(compiler, "_code") and hasattr(getattr(re, "_parser", None), "parse")
            and memoryview(bytes(8)).cast(CODE_TYPE).itemsize == getattr(_sre, "CODESIZE", 0))


def _file_name() -> str:
    import _sre
    v = sys.version_info
    return f"regex-v2-{sys.implementation.name}-{v[0]}.{v[1]}.{v[2]}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _cache_file():
    if "file" not in _state:       # fixed at the first use: the environment may change later
        from jmdesk.core.userdirs import cache_dir
        _state["file"] = cache_dir() / _file_name()
    return _state["file"]


def warm() -> None:
    """Fill `re`'s cache from the cache file (once per process); save new patterns at exit."""
    if "loaded" in _state or not _usable():
        return
    import marshal

    _state["loaded"] = {}
    _state["used"] = set()
    atexit.register(_save)
    try:
        with open(_cache_file(), "rb") as fh:
            entries = marshal.loads(fh.read())     # loads(read()): load(fh) reads piece by piece, ~20x slower
    except (OSError, EOFError, ValueError, TypeError):
        return
    if not isinstance(entries, dict):
        return
    _state["loaded"] = entries
    if type(re._cache) is dict:
        re._cache = _ProgramCache(re._cache)


class _ProgramCache(dict):
    """`re`'s pattern cache, which makes a pattern from the cache file's program on a
    miss (`re._compile` looks patterns up with ``_cache[type, pattern, flags]``)."""

    def __missing__(self, key):
        kind, pattern, flags = key
        program = _state["loaded"].get((pattern, flags))
        if program is None or kind not in (str, bytes):
            raise KeyError(key)
        try:
            compiled = _build(pattern, program)
        except Exception:  # noqa: BLE001 - a bad entry is compiled the ordinary way
            raise KeyError(key) from None
        _state["used"].add((pattern, flags))
        if len(self) >= getattr(re, "_MAXCACHE", 512):   # as re does: drop the oldest
            self.pop(next(iter(self)), None)
        self[key] = compiled
        return compiled


def _program(pattern, flags: int):
    """What `re._compiler.compile` passes to `_sre.compile`, for the cache file."""
    parsed = re._parser.parse(pattern, flags)
    code = re._compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    from array import array
    return (int(flags | parsed.state.flags), array(CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _build(pattern, program):
    """The pattern object of a stored program."""
    import _sre
    final_flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, final_flags, memoryview(code).cast(CODE_TYPE).tolist(), groups, groupindex,
                        indexgroup)


def _save() -> None:
    """Add the patterns this process compiled that the file does not have yet. Patterns
    this run used come first, so patterns no longer in the code fall off the end."""
    import marshal

    loaded = _state.get("loaded", {})
    used: dict = {key: loaded[key] for key in _state.get("used", ()) if key in loaded}
    new = 0
    for kind, pattern, flags in list(re._cache):
        key = (pattern, flags)
        if kind not in (str, bytes) or not isinstance(flags, int):
            continue
        if key in loaded:
            continue
        try:
            program = _program(pattern, flags)
            # only what rebuilds the very same pattern is kept
            rebuilt = _build(pattern, program)
            live = re._cache[(kind, pattern, flags)]
            if (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) != (live.flags, live.groups, live.groupindex):
                continue
            marshal.dumps(program)
        except Exception:  # noqa: BLE001 - such a pattern is simply not cached
            continue
        used[key] = program
        new += 1
    if not new:
        return
    entries = dict(list(used.items())[:MAX_ENTRIES])
    for key, program in loaded.items():
        if len(entries) >= MAX_ENTRIES:
            break
        entries.setdefault(key, program)
    from jmdesk.core.userdirs import write_whole
    write_whole(_cache_file(), marshal.dumps(entries))
