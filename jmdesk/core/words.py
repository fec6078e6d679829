"""Chinese word segmentation for the diff, with a normalised key per token.

The diff compares tokens by ``key`` and reports spans in the original text, so
that what is not a change (spaces and line breaks, full- against half-width
forms, curly against straight quotes, suspected OCR misreadings) compares equal
while highlights still land on the characters the reader sees.

Two segmenters are available (docs/compare.md has the measurements):
- ``compact`` (default): jieba's own dictionary and jieba's max-probability
  route over a word graph, without the HMM; the dictionary is read once from
  jieba's ``dict.txt`` and kept as a small marshal file in the user cache
  directory, so a run pays ~20 ms instead of jieba's ~1 s start-up.
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
from jmdesk.core.lexicon import Lexicon, jieba_dict_path, read_cache, write_cache

COMPACT_MIN_FREQ = 20     # dictionary words rarer than this are left out (docs/compare.md)
COMPACT_VERSION = 6     # 5: grouped by first character (Lexicon), words as UTF-8; 6: one blob


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
    piece = text[start:end]
    if _SPACE_RE.search(piece):
        where = [start + i for i, ch in enumerate(piece) if not _is_space(ch)]
        piece = _SPACE_RE.sub("", piece)
    else:
        where = list(range(start, end))
    return _apply_fixes(_normalise(piece, misreadings), where, tuple(fixes)), where


# ---------------------------------------------------------------- figures as tokens
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MAG = r"[万亿千百十]{0,2}"
_UNITS = ("个百分点|百分点|%|‰|元/月|元/人|万吨/年|吨/年|吨/日|万人次|人次|平方公里|万平方米|平方米|"
          "立方米|公里|千米|公顷|千瓦时|千瓦|万亩|亩|万吨|吨|元|人|户|家|个|项|件|所|条|张|台|支|套|"
          "栋|宗|名|米|倍|成|岁|位|次|辆|座|批|场|届|年|天|小时|周年|强|张|度|级|处|间|床|元")
_QUAL = r"(?:以上|以下|以内|左右|多|余)"
_FIGURE_RE = re.compile(
    rf"第?{_NUM}(?:{_MAG}(?:{_UNITS}))?(?:[-~至到]{_NUM}{_MAG}(?:{_UNITS})?)?{_QUAL}?|第?{_NUM}{_MAG}")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇]+")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9.+&#_]*")
_QUAL_AFTER = re.compile(_QUAL)


# ---------------------------------------------------------------- segmenters
class CompactSegmenter:
    """jieba's max-probability route over its dictionary, without HMM.

    ``words`` maps each dictionary word to its log probability and each proper
    prefix of a word to None, so the word graph stops growing at the first
    fragment that starts no word (as jieba's prefix dictionary does).
    """

    def __init__(self, words: Lexicon, min_cost: int):
        self.words = words            # word -> cost (-8 log p, rounded); PREFIX for a bare prefix
        self.min_cost = min_cost

    @classmethod
    def load(cls, min_freq: int = COMPACT_MIN_FREQ) -> "CompactSegmenter":
        src = jieba_dict_path()
        if src is None:
            return cls(Lexicon({}), 0)
        st = src.stat()
        name = f"segmenter-v{COMPACT_VERSION}-{min_freq}-{st.st_size}-{int(st.st_mtime)}.marshal"
        packed = read_cache(name)
        if (isinstance(packed, tuple) and len(packed) == 2 and Lexicon.is_packed(packed[0])
                and isinstance(packed[1], int)):
            lexicon, min_cost = packed
            return cls(Lexicon(lexicon), min_cost)
        words, min_cost = cls._build(src, min_freq)
        lexicon = Lexicon.pack(words, bytes)
        write_cache(name, (lexicon, min_cost))
        return cls(Lexicon(lexicon), min_cost)

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
        best = [0] * (n + 1)
        nxt = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            starting = words.group(run[i])        # every word that starts at i
            c = starting.get(run[i], PREFIX)
            top, top_j = (min_cost if c == PREFIX else c) + best[i + 1], i + 1
            j = i + 2
            while j <= n:
                c = starting.get(run[i:j])
                if c is None:
                    break
                if c != PREFIX and c + best[j] < top:
                    top, top_j = c + best[j], j
                j += 1
            best[i], nxt[i] = top, top_j
        spans, i = [], 0
        while i < n:
            spans.append((i, nxt[i]))
            i = nxt[i]
        return _group_single_chars(spans)


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
def tokenize(text: str, start: int = 0, end: int | None = None,
             atoms: Iterable[tuple[int, int]] = (), backend: str = "compact",
             fixes: Fixes = ()) -> list[Token]:
    """Tokens of text[start:end] with spans in ``text`` and comparison keys.

    ``atoms`` are spans (in ``text``) that must stay one token each, such as the
    figures found by the figures stage.
    """
    key, where = key_string(text, start, end, fixes=fixes)
    if not key:
        return []
    n = len(key)
    # Atoms in key coordinates.
    forced: list[tuple[int, int]] = []
    for a_s, a_e in atoms:
        ks, ke = bisect_left(where, a_s), bisect_left(where, a_e)
        if ke > ks:
            m = _QUAL_AFTER.match(key, ke)
            forced.append((ks, m.end() if m else ke))
    forced.sort()
    seg = None
    out: list[Token] = []

    def emit(s: int, e: int, kind: str):
        out.append(Token(where[s], where[e - 1] + 1, key[s:e], kind))

    def plain(s: int, e: int):
        nonlocal seg
        pos = s
        while pos < e:
            m = _FIGURE_RE.match(key, pos, e)
            if m and m.end() > pos:
                emit(pos, m.end(), "figure")
                pos = m.end()
                continue
            m = _CJK_RE.match(key, pos, e)
            if m:
                run_end = m.end()
                # "第" before a digit belongs to the figure (全省第2).
                if key[run_end - 1] == "第" and run_end < e and key[run_end].isdigit() and run_end - 1 > pos:
                    run_end -= 1
                if seg is None:
                    seg = segmenter(backend)
                for ws, we in seg.cut(key[pos:run_end]):
                    emit(pos + ws, pos + we, "word")
                pos = run_end
                continue
            m = _LATIN_RE.match(key, pos, e)
            if m:
                emit(pos, m.end(), "latin")
                pos = m.end()
                continue
            ch = key[pos]
            emit(pos, pos + 1, "word" if ch.isalnum() else "punct")
            pos += 1

    pos = 0
    for fs, fe in forced:
        if fs < pos:
            continue
        plain(pos, fs)
        emit(fs, fe, "figure")
        pos = fe
    plain(pos, n)
    return out
