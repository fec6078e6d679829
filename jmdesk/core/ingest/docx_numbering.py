"""Word's automatic numbering, rendered as the reader sees it.

A heading numbered by Word (`一、`, `（一）`, `1.`) keeps its number in
numbering.xml, not in the paragraph's text; without it the outline would not
see the section. A paragraph is numbered by its own `w:numPr` or its style's
(following `basedOn`); the number is the level's `lvlText` (`%1、`, `（%2）`)
with each `%n` replaced by that level's counter in the level's format.
Counters run per abstract list, deeper levels restart when a shallower one
advances, and a `w:num` with a start override restarts its list.
"""
from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_STEMS = "甲乙丙丁戊己庚辛壬癸"


class Numbering:
    """Call `prefix(paragraph_element)` for each body paragraph in document order."""

    def __init__(self, document):
        self._levels: dict[str, dict[int, tuple[int, str, str, str]]] = {}  # abstract -> ilvl -> level
        self._abstract_of: dict[str, str] = {}
        self._start_override: dict[tuple[str, int], int] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        self._style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self._style_based: dict[str, str] = {}
        self._read_numbering(document)
        self._read_styles(document)

    def prefix(self, p) -> str:
        num_id, ilvl = self._numpr(p)
        if not num_id or num_id == "0" or num_id not in self._abstract_of:
            return ""
        abstract = self._abstract_of[num_id]
        levels = self._levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(abstract, {})
        if num_id not in self._started:  # a list instance with a start override restarts
            self._started.add(num_id)
            for (nid, lvl), start in self._start_override.items():
                if nid == num_id:
                    counters[lvl] = start - 1
                    for deeper in [k for k in counters if k > lvl]:
                        del counters[deeper]
        start = levels[ilvl][0]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        _, fmt, text, suffix = levels[ilvl]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return text + " " if text.strip() else ""
        for n in range(ilvl, -1, -1):
            if f"%{n + 1}" in text:
                lvl_start, lvl_fmt, _, _ = levels.get(n, (1, "decimal", "", "tab"))
                value = counters.get(n, lvl_start)
                text = text.replace(f"%{n + 1}", format_number(value, lvl_fmt))
        if not text:
            return ""
        gap = "" if suffix == "nothing" or not text[-1].isascii() else " "
        return text + gap

    def _numpr(self, p) -> tuple[str | None, int]:
        num_id, ilvl = _numpr_of(p.find(f"{_W}pPr"))
        style = p.find(f"{_W}pPr/{_W}pStyle")
        style_id = style.get(f"{_W}val") if style is not None else None
        seen = set()
        while style_id and (num_id is None or ilvl is None) and style_id not in seen:
            seen.add(style_id)
            s_num, s_lvl = self._style_numpr.get(style_id, (None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_lvl
            style_id = self._style_based.get(style_id)
        return num_id, ilvl or 0

    def _read_numbering(self, document) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iter(f"{_W}abstractNum"):
            aid = abstract.get(f"{_W}abstractNumId")
            levels = {}
            for lvl in abstract.iter(f"{_W}lvl"):
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    int(_val(lvl, "start") or 1), _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "", _val(lvl, "suff") or "tab")
            self._levels[aid] = levels
        for num in root.iter(f"{_W}num"):
            nid = num.get(f"{_W}numId")
            self._abstract_of[nid] = _val(num, "abstractNumId")
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    self._start_override[(nid, int(override.get(f"{_W}ilvl", "0")))] = int(start)

    def _read_styles(self, document) -> None:
        try:
            root = document.styles.element
        except AttributeError:
            return
        for style in root.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId")
            self._style_numpr[sid] = _numpr_of(style.find(f"{_W}pPr"))
            based = _val(style, "basedOn")
            if based:
                self._style_based[sid] = based


def _val(parent, tag: str) -> str | None:
    child = parent.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _numpr_of(ppr) -> tuple[str | None, int | None]:
    if ppr is None:
        return None, None
    numpr = ppr.find(f"{_W}numPr")
    if numpr is None:
        return None, None
    ilvl = _val(numpr, "ilvl")
    return _val(numpr, "numId"), (int(ilvl) if ilvl is not None else None)


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (the ones Chinese documents use, and Latin)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"):
        return chinese_numeral(n)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _STEMS[n - 1]
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in ("upperLetter", "lowerLetter") and n >= 1:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and 1 <= n < 4000:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (as Word counts)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + _DIGITS[rest] if rest < 10 else
                                    (_DIGITS[rest // 10] + "十" + (_DIGITS[rest % 10] if rest % 10 else "")))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)
