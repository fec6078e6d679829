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

from jmdesk.core.userdirs import cache_dir


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
    name = f"name-tags-v4-{st.st_size}-{int(st.st_mtime)}.marshal"
    packed = read_cache(name)
    if Lexicon.is_packed(packed):
        return Lexicon(packed)
    found: dict[str, str] = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in NAME_TAGS:
                found[parts[0]] = parts[2]
    packed = Lexicon.pack(found, str)
    write_cache(name, packed)
    return Lexicon(packed)


class Lexicon:
    """A word -> value table kept in groups by first character. A group becomes a dict
    only when a word starting with its character is looked up, so a run pays for the
    characters it meets (a few hundred) instead of the whole dictionary (~0.03 s each).

    On disk (``pack``) all groups are one UTF-8 blob of words and one blob of values with
    the end of each group in both: a process reads them as a few large objects (~0.5 ms)
    instead of thousands of small ones (~5 ms)."""

    def __init__(self, packed: tuple | dict):
        if isinstance(packed, dict):          # {first character: (words, values)}, e.g. {}
            packed = self.pack_groups(packed)
        self._chars, self._word_ends, self._words, self._value_ends, self._values = packed
        self._index: dict[str, int] | None = None
        self._open: dict[str, dict] = {}

    @staticmethod
    def pack(table: dict, kind: type) -> tuple:
        """The table as stored in the cache; values are byte-sized ints (bytes) or strings (str)."""
        grouped: dict[str, dict] = {}
        for word, value in table.items():
            if word:
                grouped.setdefault(word[0], {})[word] = value
        # UTF-8 bytes load as a copy; strings would be decoded at every start, used or not
        if kind is bytes:
            groups = {ch: ("\n".join(g).encode(), bytes(g.values())) for ch, g in grouped.items()}
        else:
            groups = {ch: ("\n".join(g).encode(), "\n".join(g.values())) for ch, g in grouped.items()}
        return Lexicon.pack_groups(groups)

    @staticmethod
    def pack_groups(groups: dict[str, tuple[bytes, bytes | str]]) -> tuple:
        word_ends, value_ends = [], []
        words, values = 0, 0
        for keys, vals in groups.values():
            words += len(keys)
            values += len(vals)
            word_ends.append(words)
            value_ends.append(values)
        kinds = {type(v) for _k, v in groups.values()}
        empty = "" if kinds == {str} else b""
        return ("".join(groups), tuple(word_ends), b"".join(k for k, _v in groups.values()),
                tuple(value_ends), empty.join(v for _k, v in groups.values()))

    @staticmethod
    def is_packed(value) -> bool:
        """Whether ``value`` (read from a cache file) has the shape ``pack`` gives."""
        if not (isinstance(value, tuple) and len(value) == 5):
            return False
        chars, word_ends, words, value_ends, values = value
        return (isinstance(chars, str) and isinstance(words, bytes) and isinstance(values, (bytes, str))
                and isinstance(word_ends, tuple) and isinstance(value_ends, tuple)
                and len(word_ends) == len(value_ends) == len(chars))

    def group(self, ch: str) -> dict:
        """Every word starting with ``ch``, with its value."""
        found = self._open.get(ch)
        if found is None:
            if self._index is None:
                self._index = {c: i for i, c in enumerate(self._chars)}
            i = self._index.get(ch)
            if i is None:
                found = {}
            else:
                keys = self._words[self._word_ends[i - 1] if i else 0:self._word_ends[i]]
                values = self._values[self._value_ends[i - 1] if i else 0:self._value_ends[i]]
                found = dict(zip(keys.decode().split("\n"),
                                 values if isinstance(values, bytes) else values.split("\n")))
            self._open[ch] = found
        return found

    def get(self, word: str, default=None):
        return self.group(word[0]).get(word, default) if word else default

    def __contains__(self, word: str) -> bool:
        return bool(word) and word in self.group(word[0])

    def __len__(self) -> int:
        return sum(len(self.group(ch)) for ch in self._chars)

    def __iter__(self):
        for ch in self._chars:
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
