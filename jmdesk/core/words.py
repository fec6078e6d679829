"""Chinese word segmentation for the diff, with a normalised key per token.

The diff compares tokens by ``key`` and reports spans in the original text, so
that what is not a change (spaces and line breaks, full- against half-width
forms, curly against straight quotes, suspected OCR misreadings) compares equal
while highlights still land on the characters the reader sees.

Two segmenters are available (docs/compare.md has the measurements):
- ``compact`` (default): jieba's own dictionary and jieba's max-probability
  route over a word graph, without the HMM; the dictionary is read once from
  jieba's ``dict.txt`` and kept as a small marshal file in the user cache
  directory (``WordCosts``), so a run pays ~1 ms to load it and ~1 ms for the
  few hundred groups of words it looks up, instead of jieba's ~1 s start-up.
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

from jmdesk.core.userdirs import cache_dir
from jmdesk.core.lexicon import jieba_dict_path, read_cache, write_cache

COMPACT_MIN_FREQ = 20     # dictionary words rarer than this are left out (docs/compare.md)
COMPACT_VERSION = 8     # 5: grouped by first character (Lexicon), words as UTF-8; 6: one blob;
                        # 7: two levels (WordCosts); 8: words without their first two characters


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
        name = f"segmenter-v{COMPACT_VERSION}-{min_freq}-{st.st_size}-{int(st.st_mtime)}.marshal"
        packed = read_cache(name)
        if (isinstance(packed, tuple) and len(packed) == 2 and WordCosts.is_packed(packed[0])
                and isinstance(packed[1], int)):
            table, min_cost = packed
            return cls(WordCosts(table), min_cost)
        words, min_cost = cls._build(src, min_freq)
        table = WordCosts.pack(words)
        write_cache(name, (table, min_cost))
        return cls(WordCosts(table), min_cost)

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
        singles, opened = words.singles, words.opened
        best = [0] * (n + 1)
        nxt = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            c = singles.get(run[i])
            if c is None:
                c = words.single(run[i])
            top, top_j = (min_cost if c == PREFIX else c) + best[i + 1], i + 1
            if i + 2 <= n:
                pair = run[i:i + 2]
                starting = opened.get(pair)
                if starting is None:
                    starting = words.starting_with(pair)     # every word of 2+ characters starting at i
                for j in range(i + 2, n + 1):
                    c = starting.get(run[i:j])
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
    neither. Kept in two levels, so that a run pays only for the words it can meet: one byte
    per first character (its cost as a one-character word), and the longer words in groups
    by their first two characters, a group becoming a dict when first looked up (a few
    hundred groups of one or two words each, instead of the whole dictionary or every word
    sharing a first character).

    Packed (``pack``, as kept in the cache): the first characters in order with their costs;
    for each, the end of its run of second characters; the second characters; for each
    two-character group, the end of its words (without the two characters) in one UTF-8 blob
    and of its costs in one byte string. The ends are 4-byte arrays read without conversion.
    """

    def __init__(self, packed: tuple):
        (self.firsts, self.first_costs, second_ends, self.seconds, word_ends, cost_ends,
         self.blob, self.costs) = packed
        self.second_ends = memoryview(second_ends).cast("I")
        self.word_ends = memoryview(word_ends).cast("I")
        self.cost_ends = memoryview(cost_ends).cast("I")
        self.first_at: dict[str, int] = {}        # first character -> its place in firsts, -1: none
        self.singles: dict[str, int] = {}         # character -> single(character), once asked
        self.opened: dict[str, dict[str, int]] = {}   # two first characters -> their group

    @staticmethod
    def pack(table: dict[str, int]) -> tuple:
        from array import array
        groups: dict[str, dict[str, int]] = {}
        for word, cost in table.items():
            if len(word) >= 2:
                groups.setdefault(word[:2], {})[word] = cost
        firsts = sorted({w[0] for w in table if w})
        seconds: list[str] = []
        second_ends, word_ends, cost_ends = array("I"), array("I"), array("I")
        blobs, costs = [], bytearray()
        size = 0
        by_first: dict[str, list[str]] = {}
        for pair in groups:
            by_first.setdefault(pair[0], []).append(pair[1])
        for ch in firsts:
            for second in sorted(by_first.get(ch, ())):
                group = groups[ch + second]
                seconds.append(second)
                blob = "\n".join(w[2:] for w in group).encode()     # the pair is known
                blobs.append(blob)
                size += len(blob)
                word_ends.append(size)
                costs.extend(group.values())
                cost_ends.append(len(costs))
            second_ends.append(len(seconds))
        first_costs = bytes(table.get(ch, PREFIX) for ch in firsts)
        return ("".join(firsts), first_costs, second_ends.tobytes(), "".join(seconds),
                word_ends.tobytes(), cost_ends.tobytes(), b"".join(blobs), bytes(costs))

    @staticmethod
    def is_packed(value) -> bool:
        """Whether ``value`` (read from a cache file) has the shape ``pack`` gives."""
        if not (isinstance(value, tuple) and len(value) == 8):
            return False
        firsts, first_costs, second_ends, seconds, word_ends, cost_ends, blob, costs = value
        return (isinstance(firsts, str) and isinstance(seconds, str)
                and all(isinstance(v, bytes) for v in (first_costs, second_ends, word_ends, cost_ends,
                                                       blob, costs))
                and len(first_costs) == len(firsts) and len(second_ends) == 4 * len(firsts)
                and len(word_ends) == len(cost_ends) == 4 * len(seconds))

    def _first(self, ch: str) -> int:
        k = self.first_at.get(ch)
        if k is None:
            k = bisect_left(self.firsts, ch)
            if k == len(self.firsts) or self.firsts[k] != ch:
                k = -1
            self.first_at[ch] = k
        return k

    def single(self, ch: str) -> int:
        """The cost of a one-character word, PREFIX when it is none."""
        cost = self.singles.get(ch)
        if cost is None:
            k = self._first(ch)
            cost = self.singles[ch] = PREFIX if k < 0 else self.first_costs[k]
        return cost

    def starting_with(self, pair: str) -> dict[str, int]:
        """Every word and prefix of two or more characters starting with ``pair``, with its cost."""
        found = self.opened.get(pair)
        if found is None:
            found = {}
            k = self._first(pair[0])
            if k >= 0:
                lo, hi = self.second_ends[k - 1] if k else 0, self.second_ends[k]
                q = self.seconds.find(pair[1], lo, hi)
                if q >= 0:
                    rests = self.blob[self.word_ends[q - 1] if q else 0:self.word_ends[q]].decode().split("\n")
                    found = dict(zip([pair + rest for rest in rests],
                                     self.costs[self.cost_ends[q - 1] if q else 0:self.cost_ends[q]]))
            self.opened[pair] = found
        return found

    def get(self, word: str, default=None):
        if len(word) >= 2:
            return self.starting_with(word[:2]).get(word, default)
        if word:
            cost = self.single(word)
            return default if cost == PREFIX else cost
        return default

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


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
