"""Chinese word segmentation for the diff, with a normalised key per token.

The diff compares tokens by ``key`` and reports spans in the original text, so
that what is not a change (spaces and line breaks, full- against half-width
forms, curly against straight quotes, suspected OCR misreadings) compares equal
while highlights still land on the characters the reader sees.

Two segmenters are available (docs/compare.md has the measurements):
- ``compact`` (default): jieba's own dictionary and jieba's max-probability
  route over a word graph, without the HMM; the dictionary is read once from
  jieba's ``dict.txt`` and kept as a file in the user cache directory
  (``WordCosts``) that a run maps, not reads: it pays only for the pages and
  the few hundred groups of words it looks up, instead of jieba's ~1 s start-up.
- ``jieba``: jieba itself (HMM on), loaded lazily and quietly, with its cache
  file in the same cache directory.
Figures (``5.5%左右``, ``4万人以上``, ``3773.41亿元``) are cut out before
segmentation so that each stays one token.
"""
from __future__ import annotations

import math
from bisect import bisect_left
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from jmdesk.core.userdirs import cache_dir, map_file, write_whole
from jmdesk.core.lexicon import jieba_dict_path

COMPACT_MIN_FREQ = 20     # dictionary words rarer than this are left out (docs/compare.md)
COMPACT_VERSION = 9     # 5: grouped by first character (Lexicon), words as UTF-8; 6: one blob;
                        # 7: two levels (WordCosts); 8: words without their first two characters;
                        # 9: a mapped file, groups in a hash table by the two characters' code points


class Token(NamedTuple):
    start: int                # span in the original text
    end: int
    key: str                  # what the diff compares
    kind: str                 # "word", "figure", "latin", "punct"


# ---------------------------------------------------------------- normalisation
_QUOTES = {"“": '"', "”": '"', "„": '"', "‟": '"', "〝": '"', "〞": '"', "＂": '"',
           "‘": "'", "’": "'", "‚": "'", "‛": "'", "＇": "'",
           "「": '"', "」": '"', "『": '"', "』": '"'}
_DASHES = "—–―‐‑‒−－-─"
_DOTS = {"・": "·", "•": "·", "‧": "·", "∙": "·"}


@lru_cache(maxsize=4096)
def normalise_char(ch: str) -> str:
    """One character to its comparison form (always one character)."""
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _DASHES:
        return "-"
    if ch in _DOTS:
        return _DOTS[ch]
    if ch == "〇":
        return ch
    n = unicodedata.normalize("NFKC", ch)
    return n if len(n) == 1 else ch


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in "\u200b\u200c\u200d\ufeff"


def _misreading_pairs() -> list[tuple[str, str]]:
    """Suspected OCR misreadings from the repair stage, as (misread, reading)."""
    try:
        from jmdesk.core import clean
    except Exception:  # noqa: BLE001 - the repair stage is optional for the diff
        return []
    fn = getattr(clean, "misreading_pairs", None)
    if fn is None:
        return []
    try:
        return [(str(a), str(b)) for a, b in fn()]
    except Exception:  # noqa: BLE001
        return []


@lru_cache(maxsize=1)
def _normalised_misreadings() -> tuple[tuple[str, str], ...]:
    """Phrase-level misreadings (干方百计/千方百计) to treat as equal wherever they occur.

    Single characters (一 for a dash) are far too common to swap everywhere; those
    count only where the repair stage flagged them (``fixes``)."""
    out = []
    for bad, good in _misreading_pairs():
        bad_k = "".join(normalise_char(c) for c in bad if not _is_space(c))
        good_k = "".join(normalise_char(c) for c in good if not _is_space(c))
        # Only same-length pairs keep the key aligned with the text character by character.
        if len(bad_k) >= 2 and len(bad_k) == len(good_k) and bad_k != good_k:
            out.append((bad_k, good_k))
    return tuple(out)


Fixes = tuple  # of jmdesk.core.document.Misreading (start, end, text, suggestion)


def _apply_fixes(key: str, where: list[int], fixes: Fixes) -> str:
    """Put the suggested reading of each flagged misreading into the key."""
    if not fixes or not key:
        return key
    chars = list(key)
    for m in fixes:
        good = "".join(normalise_char(c) for c in m.suggestion if not _is_space(c))
        i, j = bisect_left(where, m.start), bisect_left(where, m.end)
        if j - i == len(good) and good:
            chars[i:j] = good
    return "".join(chars)


class _KeyTable(dict):
    """str.translate table that fills itself: every character to its comparison form."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if 0x4E00 <= code <= 0x9FFF:      # CJK unified ideographs are their own form (NFKC-stable)
            self[code] = ch
            return ch
        out = ch if _is_space(ch) else normalise_char(ch)
        self[code] = out
        return out


_KEY_TABLE = _KeyTable()
_SPACE_RE = re.compile(r"[\s\u200b\u200c\u200d\ufeff]")


_NONSPACE_RUN = re.compile(r"[^\s\u200b\u200c\u200d\ufeff]+")
_WHOLE_TEXT_FROM = 4000   # longer texts get their key computed once and sliced


@lru_cache(maxsize=8)
def _document_key(text: str, misreadings: bool, fixes: Fixes = ()) -> tuple[str, list[int]]:
    where: list[int] = []
    for m in _NONSPACE_RUN.finditer(text):
        where.extend(range(m.start(), m.end()))
    key = _normalise(_SPACE_RE.sub("", text), misreadings)
    return _apply_fixes(key, where, fixes), where


def document_key(text: str, fixes: Fixes = ()) -> tuple[str, list[int]]:
    """key_string of the whole text, computed once per text (cached)."""
    return _document_key(text, True, tuple(fixes))


def _normalise(piece: str, misreadings: bool) -> str:
    key = piece.translate(_KEY_TABLE)
    if misreadings:
        for bad, good in _normalised_misreadings():
            if bad in key:
                key = key.replace(bad, good)
    return key


def key_string(text: str, start: int = 0, end: int | None = None,
               misreadings: bool = True, fixes: Fixes = ()) -> tuple[str, list[int]]:
    """The comparison form of text[start:end] without whitespace, and for each of
    its characters the index in ``text`` it came from. ``fixes``: the misreadings
    the repair stage flagged in ``text``, read as their suggestion."""
    end = len(text) if end is None else end
    if len(text) >= _WHOLE_TEXT_FROM:
        key, where = _document_key(text, misreadings, tuple(fixes))
        i, j = bisect_left(where, start), bisect_left(where, end)
        return key[i:j], where[i:j]
    return _piece_key(text, start, end, misreadings, tuple(fixes))


def _piece_key(text: str, start: int, end: int, misreadings: bool, fixes: Fixes) -> tuple[str, list[int]]:
    piece = text[start:end]
    if _SPACE_RE.search(piece):
        where = [start + i for i, ch in enumerate(piece) if not _is_space(ch)]
        piece = _SPACE_RE.sub("", piece)
    else:
        where = list(range(start, end))
    return _apply_fixes(_normalise(piece, misreadings), where, fixes), where


class TextKeys:
    """``key_string`` of many pieces of one text (with its flagged misreadings): the
    whole-text key of a long text is looked up once here, not once per piece (hashing
    the misreadings for the cache lookup cost more than the slicing)."""

    def __init__(self, text: str, fixes: Fixes = ()):
        self.text = text
        self.fixes = tuple(fixes)
        self.whole = len(text) >= _WHOLE_TEXT_FROM
        if self.whole:
            self.whole_key, self.whole_where = _document_key(text, True, self.fixes)

    def key_where(self, start: int, end: int) -> tuple[str, list[int]]:
        """The same as ``key_string(text, start, end, fixes=fixes)``."""
        if self.whole:
            where = self.whole_where
            i, j = bisect_left(where, start), bisect_left(where, end)
            return self.whole_key[i:j], where[i:j]
        return _piece_key(self.text, start, end, True, self.fixes)

    def key(self, start: int, end: int) -> str:
        """Only the key of ``key_where``."""
        if self.whole:
            where = self.whole_where
            return self.whole_key[bisect_left(where, start):bisect_left(where, end)]
        return _piece_key(self.text, start, end, True, self.fixes)[0]


# ---------------------------------------------------------------- figures as tokens
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MAG = r"[万亿千百十]{0,2}"
_UNITS = ("个百分点|百分点|%|‰|元/月|元/人|万吨/年|吨/年|吨/日|万人次|人次|平方公里|万平方米|平方米|"
          "立方米|公里|千米|公顷|千瓦时|千瓦|万亩|亩|万吨|吨|元|人|户|家|个|项|件|所|条|张|台|支|套|"
          "栋|宗|名|米|倍|成|岁|位|次|辆|座|批|场|届|年|天|小时|周年|强|张|度|级|处|间|床|元")
_QUAL = r"(?:以上|以下|以内|左右|多|余)"
_FIGURE = (        # only a part of _TOKEN_RE: not compiled on its own
    rf"第?{_NUM}(?:{_MAG}(?:{_UNITS}))?(?:[-~至到]{_NUM}{_MAG}(?:{_UNITS})?)?{_QUAL}?|第?{_NUM}{_MAG}")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇]+")
_LATIN = r"[A-Za-z][A-Za-z0-9.+&#_]*"
_QUAL_AFTER = re.compile(_QUAL)


# ---------------------------------------------------------------- segmenters
class CompactSegmenter:
    """jieba's max-probability route over its dictionary, without HMM.

    ``words`` (WordCosts) maps each dictionary word to its cost (-8 log p) and each
    proper prefix of a word to PREFIX, so the word graph stops growing at the first
    fragment that starts no word (as jieba's prefix dictionary does).
    """

    def __init__(self, words: WordCosts, min_cost: int):
        self.words = words            # word -> cost (-8 log p, rounded); PREFIX for a bare prefix
        self.min_cost = min_cost

    @classmethod
    def load(cls, min_freq: int = COMPACT_MIN_FREQ) -> "CompactSegmenter":
        src = jieba_dict_path()
        if src is None:
            return cls(WordCosts(WordCosts.pack({})), 0)
        st = src.stat()
        path = cache_dir() / f"segmenter-v{COMPACT_VERSION}-{min_freq}-{st.st_size}-{int(st.st_mtime)}.bin"
        packed = map_file(path)
        if packed is None or not WordCosts.is_packed(packed):
            words, min_cost = cls._build(src, min_freq)
            packed = WordCosts.pack(words, min_cost)
            write_whole(path, packed)
        costs = WordCosts(packed)
        return cls(costs, costs.min_cost)

    @staticmethod
    def _build(src: Path, min_freq: int) -> tuple[dict[str, int], int]:
        freqs: dict[str, int] = {}
        total = 0
        with open(src, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split(" ")
                if len(parts) < 2:
                    continue
                try:
                    freq = int(parts[1])
                except ValueError:
                    continue
                total += freq
                if freq >= min_freq and _CJK_RE.fullmatch(parts[0]):
                    freqs[parts[0]] = freq
        total = max(total, 1)
        words = {w: _cost(f / total) for w, f in freqs.items()}
        for w in freqs:
            for k in range(2, len(w)):
                words.setdefault(w[:k], PREFIX)
        return words, _cost(1 / total)

    def cut(self, run: str) -> list[tuple[int, int]]:
        """Spans of the words of one run of CJK characters (least total cost)."""
        n = len(run)
        words, min_cost = self.words, self.min_cost
        singles, opened, group_of = words.singles, words.opened, words.group
        # Code points, so that a character's cost and its pair's group are found by number
        # (no one- and two-character strings made and hashed at each place).
        points = list(map(ord, run))
        if n and max(points) > 0xFFFF:        # in no word of the dictionary (all in the BMP)
            points = [p if p <= 0xFFFF else 1 for p in points]
        best = [0] * (n + 1)
        nxt = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            point = points[i]
            c = singles[point]
            top, top_j = (min_cost if c == PREFIX else c) + best[i + 1], i + 1
            if i + 2 <= n:
                key = point << 16 | points[i + 1]
                rests = opened.get(key)
                if rests is None:
                    rests = group_of(key)     # every word of 2+ characters starting at i, by the rest
                c = rests.get("")             # the pair itself: a word, or the prefix of some
                if c is not None:
                    after = i + 2
                    if c != PREFIX and c + best[after] < top:
                        top, top_j = c + best[after], after
                    if len(rests) > 1:            # longer words (most pairs start none)
                        for j in range(after + 1, n + 1):
                            c = rests.get(run[after:j])
                            if c is None:
                                break
                            if c != PREFIX and c + best[j] < top:
                                top, top_j = c + best[j], j
            best[i], nxt[i] = top, top_j
        spans, i = [], 0
        while i < n:
            spans.append((i, nxt[i]))
            i = nxt[i]
        return _group_single_chars(spans)


class WordCosts:
    """The compact dictionary: word -> cost, PREFIX for a bare prefix of a word, None for
    neither. Kept in two levels so that a run pays only for the words it can meet: the cost
    of each character as a one-character word, and the longer words in groups by their first
    two characters, a group becoming a dict (rest of the word -> cost) when first looked up.

    Packed (``pack``, the cache file, mapped by a run): a header; one byte per BMP code point
    (its cost as a one-character word); a hash table of the groups, open addressing by the
    two characters' code points (first << 16 | second), each slot three 4-byte numbers (that
    key, 0 for an empty slot; where the group's rests start and end in the blob; its costs
    follow its rests there, one byte per word); the blob of "\n"-joined UTF-8 rests and costs.
    """

    # Header: five 4-byte numbers (native order: the file is made on the machine that reads it):
    # magic, min_cost, modulus of the hash, slot count (the table grows past the modulus at its
    # end instead of wrapping round), blob size.
    _HEADER_SIZE = 20
    _MAGIC = 0x3157_4D4A
    _SINGLES = 0x10000

    def __init__(self, packed):
        view = memoryview(packed)
        _magic, self.min_cost, self.modulus, n_slots, _blob_size = view[:self._HEADER_SIZE].cast("I")
        at = self._HEADER_SIZE
        self.singles = view[at:at + self._SINGLES]        # code point -> cost, PREFIX for no word
        at += self._SINGLES
        self.slots = view[at:at + 12 * n_slots].cast("I")
        self.blob = view[at + 12 * n_slots:]
        self.opened: dict[int, dict[str, int]] = {}      # pair key -> {rest of word: cost}

    @classmethod
    def pack(cls, table: dict[str, int], min_cost: int = 0) -> bytes:
        from array import array
        groups: dict[int, dict[str, int]] = {}
        singles = bytearray([PREFIX]) * cls._SINGLES
        for word, cost in table.items():
            if len(word) >= 2:
                groups.setdefault(ord(word[0]) << 16 | ord(word[1]), {})[word[2:]] = cost
            elif word:
                singles[ord(word)] = cost
        size = _prime_at_least(2 * len(groups) + 1)
        slots = array("I", bytes(12 * size))
        blob = bytearray()
        for key in sorted(groups):
            group = groups[key]
            s = key % size
            while slots[3 * s]:
                s += 1
                if 3 * s == len(slots):
                    slots.extend((0, 0, 0))       # the table grows at its end instead of wrapping
            start = len(blob)
            blob += "\n".join(group).encode()
            slots[3 * s:3 * s + 3] = array("I", (key, start, len(blob)))
            blob += bytes(group.values())
        n_slots = len(slots) // 3
        header = array("I", (cls._MAGIC, min_cost, size, n_slots, len(blob)))
        return (header.tobytes() + bytes(singles)
                + slots.tobytes() + bytes(blob))

    @classmethod
    def is_packed(cls, value) -> bool:
        """Whether ``value`` (read from a cache file) has the shape ``pack`` gives."""
        try:
            magic, _min_cost, modulus, n_slots, blob_size = memoryview(value)[:cls._HEADER_SIZE].cast("I")
        except (TypeError, ValueError):
            return False
        return (magic == cls._MAGIC and 0 < modulus <= n_slots
                and len(value) == cls._HEADER_SIZE + cls._SINGLES + 12 * n_slots + blob_size)

    def group(self, key: int) -> dict[str, int]:
        """The words starting with the two characters of ``key``: rest of the word -> cost."""
        slots = self.slots
        s = 3 * (key % self.modulus)
        found: dict[str, int] = {}
        while True:
            k = slots[s]
            if not k:                     # an empty slot: no such group
                break
            if k == key:
                start, end = slots[s + 1], slots[s + 2]
                rests = str(self.blob[start:end], "utf-8").split("\n")
                found = dict(zip(rests, self.blob[end:end + len(rests)]))
                break
            if s + 3 == len(slots):
                break
            s += 3
        self.opened[key] = found
        return found

    def single(self, ch: str) -> int:
        """The cost of a one-character word, PREFIX when it is none."""
        point = ord(ch)
        return self.singles[point] if point < self._SINGLES else PREFIX

    def starting_with(self, pair: str) -> dict[str, int]:
        """Every word and prefix of two or more characters starting with ``pair``, with its cost."""
        return {pair + rest: cost for rest, cost in self._rests(pair).items()}

    def _rests(self, pair: str) -> dict[str, int]:
        first, second = ord(pair[0]), ord(pair[1])
        if first >= self._SINGLES or second >= self._SINGLES:
            return {}
        key = first << 16 | second
        found = self.opened.get(key)
        return self.group(key) if found is None else found

    def get(self, word: str, default=None):
        if len(word) >= 2:
            return self._rests(word).get(word[2:], default)
        if word:
            cost = self.single(word)
            return default if cost == PREFIX else cost
        return default

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


def _prime_at_least(n: int) -> int:
    while not _is_prime(n):
        n += 1
    return n


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    k = 2
    while k * k <= n:
        if n % k == 0:
            return False
        k += 1
    return True


PREFIX = 255
def _cost(p: float) -> int:
    """-8 ln p, rounded into a byte (jieba's frequencies span ln p from about -3 to -20)."""
    return max(1, min(PREFIX - 1, round(-8 * math.log(p))))


def _group_single_chars(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # Runs of single characters are mostly names the dictionary lacks (漭洲岛):
    # one token for the run keeps a new name highlighted whole.
    out: list[tuple[int, int]] = []
    run_start = None
    for s, e in spans:
        if e - s == 1:
            if run_start is None:
                run_start = s
            continue
        if run_start is not None:
            out.append((run_start, s))
            run_start = None
        out.append((s, e))
    if run_start is not None:
        out.append((run_start, spans[-1][1]))
    return out


class JiebaSegmenter:
    """jieba itself, HMM on (the measured alternative)."""

    def __init__(self):
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        self.tok = jieba.Tokenizer()
        self.tok.tmp_dir = str(cache_dir())
        self.tok.initialize()

    def cut(self, run: str) -> list[tuple[int, int]]:
        return [(s, e) for _w, s, e in self.tok.tokenize(run, HMM=True)]


@lru_cache(maxsize=2)
def segmenter(backend: str = "compact"):
    """The segmenter, built once per process (and its dictionary once per machine)."""
    if backend == "jieba":
        return JiebaSegmenter()
    return CompactSegmenter.load()


# ---------------------------------------------------------------- tokenisation
# One match per token instead of trying the three patterns in turn: a figure, else a
# run of CJK characters, else a Latin word, else one character.
_TOKEN_RE = re.compile(rf"(?P<figure>{_FIGURE})|(?P<cjk>{_CJK_RE.pattern})|(?P<latin>{_LATIN})|(?s:.)")


def tokenize(text: str, start: int = 0, end: int | None = None,
             atoms: Iterable[tuple[int, int]] = (), backend: str = "compact",
             fixes: Fixes = ()) -> list[Token]:
    """Tokens of text[start:end] with spans in ``text`` and comparison keys.

    ``atoms`` are spans (in ``text``) that must stay one token each, such as the
    figures found by the figures stage.
    """
    key, where = key_string(text, start, end, fixes=fixes)
    return tokenize_key(key, where, atoms, backend)


def tokenize_key(key: str, where: list[int], atoms: Iterable[tuple[int, int]] = (),
                 backend: str = "compact") -> list[Token]:
    """``tokenize`` of a piece whose ``key_string`` (``key``, ``where``) is known."""
    if not key:
        return []
    # Atoms in key coordinates.
    forced: list[tuple[int, int]] = []
    for a_s, a_e in atoms:
        ks, ke = bisect_left(where, a_s), bisect_left(where, a_e)
        if ke > ks:
            m = _QUAL_AFTER.match(key, ke)
            forced.append((ks, m.end() if m else ke))
    forced.sort()
    spans: list[tuple[int, int, str]] = []      # (start, end, kind) in key coordinates
    pos = 0
    for fs, fe in forced:
        if fs < pos:
            continue
        _plain_spans(key, pos, fs, backend, spans)
        spans.append((fs, fe, "figure"))
        pos = fe
    _plain_spans(key, pos, len(key), backend, spans)
    new = tuple.__new__     # Token(...) without the Python-level __new__ of named tuples
    return [new(Token, (where[s], where[e - 1] + 1, key[s:e], kind)) for s, e, kind in spans]


def _plain_spans(key: str, pos: int, end: int, backend: str, out: list[tuple[int, int, str]]) -> None:
    """Token spans of key[pos:end], which holds no atom."""
    match = _TOKEN_RE.match
    while pos < end:
        m = match(key, pos, end)
        kind = m.lastgroup
        if kind == "cjk":
            run_end = m.end()
            # "第" before a digit belongs to the figure (全省第2).
            if key[run_end - 1] == "第" and run_end < end and key[run_end].isdigit() and run_end - 1 > pos:
                run_end -= 1
            out.extend([(pos + ws, pos + we, "word") for ws, we in segmenter(backend).cut(key[pos:run_end])])
            pos = run_end
        elif kind is None:
            out.append((pos, pos + 1, "word" if key[pos].isalnum() else "punct"))
            pos += 1
        else:
            out.append((pos, m.end(), kind))
            pos = m.end()
