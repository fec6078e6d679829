"""Word lists from jieba's dictionary, kept in the user cache for fast starts.

A `Lexicon` is a word -> value table stored grouped by first character: a process
maps the file and reads only the groups of the characters it looks up.
`name_tags()` gives the proper names and their part-of-speech tags, for the repair
stage's check of 一 read for a dash (jmdesk.core.misreadings).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jmdesk.core.userdirs import cache_dir, map_file, write_whole


@lru_cache(maxsize=1)
def jieba_dict_path() -> Path | None:
    """jieba's dict.txt, found without importing jieba (its import alone costs ~0.15 s). Asked
    by both lexicons of a run: found once (a package directory on sys.path first, the import
    machinery's find_spec, whose own import costs ~0.5 ms, only when that fails)."""
    import sys
    for entry in sys.path:
        package = Path(entry or ".") / "jieba"
        if (package / "__init__.py").is_file():
            path = package / "dict.txt"
            return path if path.is_file() else None
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
        return Lexicon.from_table({})
    st = src.stat()
    cached = cache_dir() / f"name-tags-v5-{st.st_size}-{int(st.st_mtime)}.lexicon"
    found = Lexicon.open(cached)
    if found is not None:
        return found
    table: dict[str, str] = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in NAME_TAGS:
                table[parts[0]] = parts[2]
    Lexicon.save(cached, table)
    return Lexicon.from_table(table)


_UNSEEN = object()


class Lexicon:
    """A word -> value table (values from a small set, such as the name tags) kept in groups
    by first character, looked up without unpacking it.

    On disk (``save``) a small index (first characters, where each group ends) is followed by
    one UTF-8 blob of words ("\\n" between words of a group) and one byte per word for its
    value. A process maps the file and copies out only the groups of the characters it looks
    up (a few hundred of ~3,000), then finds a word in its group's bytes: no dict of the
    group is built (~100,000 names in all, a ~1.5 MB file that a run used to read and unpack
    whole)."""

    def __init__(self, chars: str, word_ends, count_ends, values: tuple[str, ...], words, codes):
        self._chars = chars                  # first character of each group, in file order
        self._word_ends = word_ends          # end of each group in words (a sequence of ints)
        self._count_ends = count_ends        # words up to the end of each group
        self._values = values                # the distinct values; codes holds their index
        self._words, self._codes = words, codes      # bytes, or slices of the mapped file
        self._open: dict[str, tuple[bytes, int] | None] = {}
        self._found: dict[str, str | None] = {}     # words looked up: a run asks for many twice

    # ---- building and storing
    @staticmethod
    def _packed(table: dict[str, str]) -> tuple:
        """(chars, word_ends, count_ends, values, words, codes) of ``table``."""
        from array import array
        grouped: dict[str, dict[str, str]] = {}
        for word, value in table.items():
            if word:
                grouped.setdefault(word[0], {})[word] = value
        values = tuple(sorted(set(table.values())))
        if len(values) > 256:
            raise ValueError("a Lexicon holds at most 256 distinct values")
        code = {v: i for i, v in enumerate(values)}
        word_ends, count_ends, blobs, codes = array("I"), array("I"), [], bytearray()
        size = 0
        for group in grouped.values():
            blob = "\n".join(group).encode()
            blobs.append(blob)
            size += len(blob)
            word_ends.append(size)
            codes.extend(code[v] for v in group.values())
            count_ends.append(len(codes))
        return "".join(grouped), word_ends, count_ends, values, b"".join(blobs), bytes(codes)

    @classmethod
    def from_table(cls, table: dict[str, str]) -> Lexicon:
        return cls(*cls._packed(table))

    @classmethod
    def save(cls, path: Path, table: dict[str, str]) -> None:
        """Write ``table`` in the grouped format (atomically; a cache left unwritten is rebuilt)."""
        import marshal
        chars, word_ends, count_ends, values, words, codes = cls._packed(table)
        header = marshal.dumps((chars, word_ends.tobytes(), count_ends.tobytes(), values, len(words), len(codes)))
        write_whole(path, len(header).to_bytes(8, "little") + header + words + codes)

    @classmethod
    def open(cls, path: Path) -> Lexicon | None:
        """The lexicon ``save`` wrote to ``path``; None when it is missing or damaged. The blobs
        are mapped, not read: only the pages of the groups looked up are ever touched."""
        import marshal
        mapped = map_file(path)
        if mapped is None:
            return None
        try:
            size = int.from_bytes(mapped[:8], "little")
            if size > len(mapped) - 8:
                raise ValueError("not a file of ours")
            chars, word_ends, count_ends, values, n_words, n_codes = marshal.loads(mapped[8:8 + size])
            word_ends, count_ends = memoryview(word_ends).cast("I"), memoryview(count_ends).cast("I")
            base = 8 + size
            sound = (isinstance(chars, str) and isinstance(values, tuple)
                     and len(word_ends) == len(count_ends) == len(chars)
                     and (not chars or (word_ends[-1] == n_words and count_ends[-1] == n_codes))
                     and len(mapped) == base + n_words + n_codes)
        except (EOFError, ValueError, TypeError):
            sound = False
        if not sound:
            mapped.close()
            return None
        # slicing a memoryview of the map copies nothing until a group is taken out of it
        view = memoryview(mapped)
        return cls(chars, word_ends, count_ends, values, view[base:base + n_words], view[base + n_words:])

    # ---- looking up
    def _group(self, ch: str) -> tuple[bytes, int] | None:
        """The words starting with ``ch`` as b"\\nword\\nword…\\n", and the index of the first."""
        if ch in self._open:
            return self._open[ch]
        i = self._chars.find(ch)
        found = None
        if i >= 0:
            start = self._word_ends[i - 1] if i else 0
            found = (b"\n" + bytes(self._words[start:self._word_ends[i]]) + b"\n",
                     self._count_ends[i - 1] if i else 0)
        self._open[ch] = found
        return found

    def get(self, word: str, default=None):
        found = self._found.get(word, _UNSEEN)
        if found is _UNSEEN:
            found = self._found[word] = self._find(word)
        return default if found is None else found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def _find(self, word: str):
        """The value of ``word``, None when it is not in the table."""
        group = self._group(word[0]) if word and "\n" not in word else None
        if group is None:
            return None
        blob, first = group
        at = blob.find(b"\n" + word.encode("utf-8", "surrogatepass") + b"\n")
        if at < 0:
            return None
        return self._values[self._codes[first + blob.count(b"\n", 0, at)]]

    def group(self, ch: str) -> dict[str, str]:
        """Every word starting with ``ch``, with its value (built on demand: for listings, not look-ups)."""
        group = self._group(ch)
        if group is None:
            return {}
        blob, first = group
        words = blob[1:-1].decode().split("\n")
        return {w: self._values[self._codes[first + k]] for k, w in enumerate(words)}

    def __len__(self) -> int:
        return self._count_ends[-1] if self._chars else 0

    def __iter__(self):
        for ch in self._chars:
            yield from self.group(ch)
