"""Word lists from jieba's dictionary, kept in the user cache for fast starts.

A `Lexicon` is a word -> value table stored grouped by first character: a process
reads the file in a few milliseconds and builds a dict only for the characters it
looks up. The compact segmenter (jmdesk.core.words) keeps its dictionary this way;
`name_tags()` gives the proper names and their part-of-speech tags, for the repair
stage's check of 一 read for a dash (jmdesk.core.misreadings).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from jmdesk.core.cachedir import cache_dir


def jieba_dict_path() -> Path | None:
    # Found without importing jieba (its import alone costs ~0.15 s).
    import importlib.util
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "dict.txt"
    return path if path.is_file() else None


NAME_TAGS = ("ns", "nr", "nrt", "nt", "nz")     # place, person, transliterated, organisation, other names


@lru_cache(maxsize=1)
def name_tags() -> Lexicon:
    """Proper names of jieba's dictionary with their part-of-speech tag (ns place, nr person…),
    whatever their frequency; kept in the cache like the compact dictionary."""
    src = jieba_dict_path()
    if src is None:
        return Lexicon({})
    st = src.stat()
    name = f"name-tags-v3-{st.st_size}-{int(st.st_mtime)}.marshal"
    groups = read_cache(name)
    if isinstance(groups, dict):
        return Lexicon(groups)
    found: dict[str, str] = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in NAME_TAGS:
                found[parts[0]] = parts[2]
    groups = Lexicon.pack(found, str)
    write_cache(name, groups)
    return Lexicon(groups)


class Lexicon:
    """A word -> value table kept in groups by first character. A group becomes a dict
    only when a word starting with its character is looked up, so a run pays for the
    characters it meets (a few hundred) instead of the whole dictionary (~0.03 s each)."""

    def __init__(self, groups: dict[str, tuple[bytes, bytes | str]]):
        self._groups = groups         # first character -> ("\n"-joined words in UTF-8, values)
        self._open: dict[str, dict] = {}

    @staticmethod
    def pack(table: dict, kind: type) -> dict[str, tuple[bytes, bytes | str]]:
        """Group a table for the cache; values are byte-sized ints (bytes) or strings (str)."""
        grouped: dict[str, dict] = {}
        for word, value in table.items():
            if word:
                grouped.setdefault(word[0], {})[word] = value
        # UTF-8 bytes load as a copy; strings would be decoded at every start, used or not
        if kind is bytes:
            return {ch: ("\n".join(g).encode(), bytes(g.values())) for ch, g in grouped.items()}
        return {ch: ("\n".join(g).encode(), "\n".join(g.values())) for ch, g in grouped.items()}

    def group(self, ch: str) -> dict:
        """Every word starting with ``ch``, with its value."""
        found = self._open.get(ch)
        if found is None:
            keys, values = self._groups.get(ch, (b"", b""))
            if not keys:
                found = {}
            else:
                found = dict(zip(keys.decode().split("\n"),
                                 values if isinstance(values, bytes) else values.split("\n")))
            self._open[ch] = found
        return found

    def get(self, word: str, default=None):
        return self.group(word[0]).get(word, default) if word else default

    def __contains__(self, word: str) -> bool:
        return bool(word) and word in self.group(word[0])

    def __len__(self) -> int:
        return sum(len(self.group(ch)) for ch in self._groups)

    def __iter__(self):
        for ch in self._groups:
            yield from self.group(ch)


def read_cache(name: str):
    import marshal
    try:
        with open(cache_dir() / name, "rb") as fh:
            return marshal.loads(fh.read())     # load(fh) reads piece by piece, many times slower
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_cache(name: str, value) -> None:
    import marshal
    cached = cache_dir() / name
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            marshal.dump(value, fh)
        os.replace(tmp, cached)
    except OSError:
        pass
