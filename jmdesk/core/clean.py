"""Repair: from the text a report arrives as to the text a reader sees.

Every repair here only *removes* characters from the raw text (hard line
wraps, stray spaces, markdown marks, bullets, page-jump markers, site chrome)
or keeps a raw newline as a paragraph break, so `offset_map[i]` is simply the
raw index of `text[i]` and every figure can be traced back to its source.
Suspected OCR misreadings are listed (misreadings.py), never rewritten.

Line joining works on the grammar of the genre, not on one layout:
- a blank line is a paragraph break, unless the line before it stops
  mid-sentence inside a long paragraph (a page or column break in a newspaper
  copy) and the next line does not open a paragraph or a heading;
- a single newline is a hard wrap when the document is hard-wrapped (most lines
  stop mid-sentence at about the same width) and the line is not short;
- a heading wrapped over two lines is joined; a heading line is never joined
  to the paragraph after a blank line.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from jmdesk.core import regex_cache
from jmdesk.core.document import Misreading
from jmdesk.core.records import Record
from jmdesk.core.spans import find_all, subtract

regex_cache.warm()     # before this and the later stages compile their patterns

# Characters that end a sentence or a clause that can end a paragraph.
FINAL = set("。！？：；!?:;")
# Closing quotes/brackets that may follow the final punctuation.
_CLOSERS = "”’」』）)》】\"'"
_WS = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_WS_RUN = re.compile(f"[{_WS}]+")
_ZERO_WIDTH = re.compile("[\u200b\ufeff]")
# A line holding none of these has nothing to repair (no space, markup or page
# jump): it is kept whole, without the span work of _clean_line. Most lines of
# most reports are such lines.
_NEEDS_REPAIR = _WS + "*#版"

_MD_HEADING = re.compile(r"#{1,6}(?:[ \t\u3000]+|$)")
_BULLET = re.compile(r"[-*+•·●▪◦‣][ \t\u3000]+")
_BOLD = re.compile(r"\*\*")
# Newspaper page jumps: ▶下转A04版, 紧接A01版, （下转第3版）, 上接第1版, (相关新闻见A07版)
_PAGE_JUMP = re.compile(
    r"(?:下转|上接|紧接|接上|转下|转接|续接|转至|接第|转第)第?[ \t\u3000]*[A-Za-zＡ-Ｚ]?[0-9０-９]{1,2}[ \t\u3000]*版"
    r"[ \t\u3000]*[)）]?"
    r"|(?<=[（(])[ \t\u3000]*(?:相关(?:新闻|报道|评论|链接)?)?(?:详)?见(?:第)?[A-Za-zＡ-Ｚ]?[0-9０-９]{1,2}版[ \t\u3000]*[)）]")
_JUMP_LEAD = "▶►▷→（( \t\u3000"     # an arrow or an opening bracket before the marker
# Web-page chrome lines (only near the head or tail of the document).
_CHROME = re.compile(
    r"^(?:标签|关键词|关键字|Tags?|责任编辑|编辑|来源|作者|分享到|分享|打印|字号|收藏|浏览次数|点击数|发布时间)"
    r"[ \t\u3000]*[:：]"
    r"|^(?:首页|当前位置|您当前的位置|返回顶部|返回首页|打印本页|关闭窗口|分享到[^。]*|【[^】]{1,8}】(?:[ \t\u3000]*【[^】]{1,8}】)*)$")

# Lines that open a paragraph whatever the line before them looks like.
_HEADING_START = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、"
    r"|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章)"
    r"|[-－—一]{1,2}[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日)")
_OPENER = re.compile(
    r"(?:各位代表|这一年[，,]|一年来[，,]|[一二三四五六七八九十两]+年来[，,]|过去[一二三四五六七八九十两]+年[，,]"
    r"|此外[，,]|本报讯|\S{0,8}讯[（(]|新华社\S{0,12}电)")
_OPENS = re.compile(f"{_HEADING_START.pattern}|{_OPENER.pattern}")     # both at once
_BRACKET_OPEN = "（("
_BRACKET_LINE = re.compile(f"[{_BRACKET_OPEN}][^（）()]{{1,24}}[)）]")

# A space after final punctuation before a paragraph opener: a line break lost
# when the lines were joined (OCR output), restored as a paragraph break.
# (The space is matched first and the punctuation looked behind from it, so that `re`
# skips to the rare spaces instead of trying the lookbehind at every character.)
_LOST_BREAK = re.compile(
    r"[ \t\u3000](?<=[。！？!?；;:：][ \t\u3000])[ \t\u3000]*(?=这一年|一年来|各位代表|此外[，,]"
    r"|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")

# A line ending with one of these stops mid-sentence; a line starting with one
# of these continues one (punctuation that closes, a unit after a number).
_OPEN_END = set("、，,（(“‘《〈—")
_CONTINUES = set("，。、；：！？%％）)”’》〉,.;:!?")
_UNIT_START = set("亿万千百元个项家人吨亩台套件座条所年月日倍份次%％")

LONG_PARAGRAPH = 30      # a paragraph this long that stops mid-sentence was cut by a layout break


class Mark(NamedTuple):
    """Markup removed from the text, kept as a hint for the outline.

    kind: "heading" (a markdown heading line), "bullet" (a list item),
    "bold" (a bold span, or a paragraph that was bold as a whole)."""
    start: int
    end: int
    kind: str


class Cleaned(NamedTuple):
    text: str
    offset_map: list[int]
    misreadings: list[Misreading]
    marks: list[Mark]


class _Line(Record):
    __slots__ = ("segs", "text", "nl", "md_heading", "bullet", "bold_line", "bold", "width", "final", "opens",
                 "bracket")

    def __init__(self, segs: list[tuple[int, int]], text: str, nl: int | None):
        self.segs = segs                 # raw spans of the kept characters
        self.text = text                 # the kept characters
        self.nl = nl                     # raw index of the newline ending this line
        self.md_heading = False
        self.bullet = False
        self.bold_line = False           # the whole line was bold
        self.bold: list[tuple[int, int]] | tuple = ()    # raw ranges of bold spans (a shared empty default)
        # the line's shape, for joining (set by _measure once the chrome is gone)
        self.width = 0.0                 # display width (_width)
        self.final = False               # ends a sentence (_ends_final)
        self.opens = False               # opens a paragraph: a heading number or an opener
        self.bracket = False             # a bracketed line, （…）

    @property
    def blank(self) -> bool:
        return not self.text


def clean_text(raw: str) -> Cleaned:
    """Repair raw report text; see the module docstring for the rules."""
    from jmdesk.core.misreadings import find_misreadings

    lines = _split_lines(raw)
    _drop_chrome(lines)
    _measure(lines)
    wrap = _wrap_width(lines)
    paragraphs = _join(lines, wrap)
    text, offset_map, marks = _assemble(paragraphs, raw)
    return Cleaned(text=text, offset_map=offset_map,
                   misreadings=find_misreadings(text), marks=marks)


# ---------------------------------------------------------------- lines

def _split_lines(raw: str) -> list[_Line]:
    out = []
    # one scan of the whole text for what needs repair, instead of one per line
    repair = find_all(raw, _NEEDS_REPAIR)
    repair.append(len(raw) + 1)      # a sentinel past every line
    k = 0
    pos = 0
    pieces = raw.split("\n")
    last = len(pieces) - 1
    for i, piece in enumerate(pieces):
        end = pos + len(piece)
        nl = None if i == last else end
        stop = end - 1 if piece.endswith("\r") else end
        while repair[k] < pos:
            k += 1
        if repair[k] < stop:
            for m in _LOST_BREAK.finditer(raw, pos, stop):
                out.append(_clean_line(raw, pos, m.start(), m.start()))
                pos = m.end()
            out.append(_clean_line(raw, pos, stop, nl))
        else:
            text = piece if stop == end else piece[:-1]
            out.append(_Line([(pos, stop)] if text else [], text, nl))
        pos = end + 1
    return out


def _clean_line(raw: str, start: int, end: int, nl: int | None) -> _Line:
    """One raw line without its markup, with the spaces that are layout artifacts removed.

    Works on spans, not characters, so that a multi-megabyte line stays fast."""
    s = raw[start:end]
    drops: list[tuple[int, int]] = []
    p = len(s) - len(s.lstrip(_WS))
    line = _Line([], "", nl)
    m = _MD_HEADING.match(s, p)
    if m:
        line.md_heading = True
        p = m.end()
    m = _BULLET.match(s, p)
    if m and not s.startswith("**", p):
        line.bullet = True
        p = m.end()
    drops.append((0, p))
    marks = [m.start() for m in _BOLD.finditer(s, p)]
    drops += [(at, at + 2) for at in marks]
    if marks:
        line.bold_line = _whole_line_bold(s[p:].rstrip(_WS), [a - p for a in marks])
        if len(marks) % 2 == 0:
            line.bold = [(start + marks[i] + 2, start + marks[i + 1])
                         for i in range(0, len(marks), 2)]
    if "版" in s:
        for m in _PAGE_JUMP.finditer(s):
            lo = m.start()
            while lo > 0 and s[lo - 1] in _JUMP_LEAD:
                lo -= 1
            drops.append((lo, m.end()))
    if "\u200b" in s or "\ufeff" in s:          # (a find in C is faster than the class)
        drops += [m.span() for m in _ZERO_WIDTH.finditer(s)]
    segs = subtract([(0, len(s))], drops)
    # Spaces: keep a run only between two ASCII characters (Latin words, numbers);
    # between CJK characters, or CJK and a digit, it is a join or layout artifact.
    if len(segs) == 1:
        segs = _without_layout_spaces(s, *segs[0])
    else:
        segs = _without_layout_spaces_in(s, segs, drops)
    line.segs = [(start + a, start + b) for a, b in segs]
    line.text = "".join(raw[a:b] for a, b in line.segs)
    return line


def _without_layout_spaces(s: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of s[lo:hi] left when the layout spaces are taken out (see _clean_line);
    for the usual line, where the markup removed nothing inside the text."""
    kept, pos = [], lo
    for m in _WS_RUN.finditer(s, lo, hi):
        a, b = m.span()
        if a > lo and b < hi and s[a - 1].isascii() and s[b].isascii():
            continue
        if a > pos:
            kept.append((pos, a))
        pos = b
    if pos < hi:
        kept.append((pos, hi))
    return kept


def _without_layout_spaces_in(s: str, segs: list[tuple[int, int]],
                              drops: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same for text made of several spans of s (markup removed inside it):
    the spaces are judged on the joined text, whose neighbours span the cuts."""
    text = "".join(s[a:b] for a, b in segs)
    gone = []
    for m in _WS_RUN.finditer(text):
        lo, hi = m.span()
        left = text[lo - 1] if lo else ""
        right = text[hi] if hi < len(text) else ""
        if not (left and right and left.isascii() and right.isascii()):
            gone.append((lo, hi))
    if not gone:
        return segs
    # positions in `text` back to positions in `s`
    cum, total = [], 0
    for a, b in segs:
        cum.append(total)
        total += b - a
    extra = []
    for lo, hi in gone:
        k = bisect.bisect_right(cum, lo) - 1
        while lo < hi:
            a, b = segs[k]
            s_lo = a + lo - cum[k]
            take = min(hi - lo, b - s_lo)
            extra.append((s_lo, s_lo + take))
            lo += take
            k += 1
    return subtract([(0, len(s))], drops + extra)


def _whole_line_bold(body: str, marks: list[int]) -> bool:
    """A line bold as a whole: **…** around it, or a stray ** at one end only
    (OCR and copy-paste often lose one of the pair)."""
    if not body.replace("*", "").strip(_WS):
        return False
    end = len(body) - 2
    if len(marks) == 2 and marks[0] == 0 and marks[1] == end:
        return True
    return len(marks) == 1 and marks[0] in (0, end)


def _drop_chrome(lines: list[_Line]) -> None:
    """Remove web-page chrome near the head and tail: a repeated title line and
    the short category/breadcrumb lines between its copies, tag and share lines."""
    content = [i for i, ln in enumerate(lines) if ln.text]
    if not content:
        return
    long_lines = [i for i in content if len(lines[i].text) >= 40]
    long_lines = [i for i in long_lines if _ends_final(lines[i].text)]
    head_end = long_lines[0] if long_lines else content[min(len(content) - 1, 12)]
    tail_start = long_lines[-1] + 1 if long_lines else len(lines)
    seen: dict[str, int] = {}
    for i in content:
        if i >= head_end:
            break
        t = lines[i].text
        if len(t) >= 6 and t in seen:
            between = [j for j in content if seen[t] < j < i]
            if all(len(lines[j].text) <= 8 and not any(c in FINAL for c in lines[j].text)
                   for j in between):
                for j in between + [i]:
                    _blank(lines[j])
                continue
        seen.setdefault(t, i)
    # only the head and the tail, not the body between
    edges = content[:bisect.bisect_left(content, head_end)] + content[bisect.bisect_left(content, tail_start):]
    for i in edges:
        if len(lines[i].text) < 40 and _CHROME.match(lines[i].text):     # (anchored: ^…|^…)
            _blank(lines[i])


def _blank(line: _Line) -> None:
    line.segs, line.text, line.bold, line.bold_line = [], "", [], False
    line.md_heading = line.bullet = False


# ---------------------------------------------------------------- joining

def _width(s: str) -> float:
    """Display width: CJK and full-width characters 1, ASCII ½."""
    return len(s) - 0.5 * len(s.encode("ascii", "ignore"))


def _ends_final(s: str) -> bool:
    return s.rstrip(_CLOSERS)[-1:] in FINAL


def _measure(lines: list[_Line]) -> None:
    """Each line's shape, worked out once (joining looks at each line twice: as
    the line before a break and as the line after it)."""
    for ln in lines:
        t = ln.text
        if t:
            ln.width = _width(t)
            ln.final = _ends_final(t)
            ln.opens = _OPENS.match(t) is not None
            ln.bracket = t[0] in _BRACKET_OPEN and _BRACKET_LINE.fullmatch(t) is not None


def _wrap_width(lines: list[_Line]) -> float | None:
    """The column width of a hard-wrapped document, or None when lines are paragraphs.

    Hard-wrapped: most lines stop mid-sentence and they have about the same width."""
    body = [ln for ln in lines if len(ln.text) >= 6 and not ln.md_heading and not ln.bullet]
    if len(body) < 8:
        return None
    open_ = [ln.width for ln in body if not ln.final]
    if len(open_) < 0.6 * len(body):
        return None
    w = _median(open_)
    near = sum(1 for x in open_ if abs(x - w) <= 0.2 * w)
    if w > 60 or near < 0.6 * len(open_):
        return None
    return w


def _median(values: list) -> float:
    """statistics.median, without importing statistics (with random, decimal and
    fractions: ~6 ms of every run)."""
    data = sorted(values)
    n = len(data)
    return data[n // 2] if n % 2 else (data[n // 2 - 1] + data[n // 2]) / 2


def _heading_paragraph(para: str) -> bool:
    """A heading not yet followed by its body: it starts with a heading number, or
    the unfinished sentence at its end does (a heading run into the sentence before)."""
    cut = max(map(para.rfind, FINAL))
    tail = para[cut + 1:].lstrip(_WS)
    return bool(tail) and bool(_HEADING_START.match(tail))


def _breaks(para: str, a: _Line, b: _Line, gap: int, wrap: float | None) -> bool:
    """Is there a paragraph break between line a (ending paragraph `para`) and line b?"""
    if a.md_heading or a.bullet or b.md_heading or b.bullet:
        return True
    if b.opens or b.bracket or a.bracket:
        return True
    full = wrap is not None and a.width >= 0.8 * wrap
    if gap == 0 and wrap is not None:
        # in a column every line is full but a paragraph's last one
        return a.width < 0.55 * wrap or (a.final and a.width < 0.85 * wrap)
    if a.final or _heading_paragraph(para):
        return True
    if a.text[-1] in _OPEN_END or b.text[0] in _CONTINUES \
            or (a.text[-1].isdigit() and (b.text[0] in _UNIT_START or b.text[0].isdigit())):
        return False
    return not (len(para) >= LONG_PARAGRAPH or full)


def _join(lines: list[_Line], wrap: float | None) -> list[list[_Line]]:
    paragraphs: list[list[_Line]] = []
    current: list[_Line] = []
    text = ""
    gap = 0
    for line in lines:
        if not line.text:
            gap += 1
            continue
        if current and _breaks(text, current[-1], line, gap, wrap):
            paragraphs.append(current)
            current, text = [], ""
        current.append(line)
        text += line.text
        gap = 0
    if current:
        paragraphs.append(current)
    return paragraphs


def _assemble(paragraphs: list[list[_Line]], raw: str) -> tuple[str, list[int], list[Mark]]:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []      # raw spans of the text's characters, in order
    marks: list[Mark] = []
    bold_raw: list[tuple[int, int]] = []
    start = 0
    for k, para in enumerate(paragraphs):
        if k:
            # the break is the raw newline that ended the paragraph's last line
            nl = paragraphs[k - 1][-1].nl
            parts.append("\n")
            spans.append((nl, nl + 1))
            start += 1
        end = start
        for line in para:
            parts.append(line.text)
            spans += line.segs
            end += len(line.text)
            if line.bold:
                bold_raw += line.bold
        first = para[0]
        if first.md_heading:
            marks.append(Mark(start, end, "heading"))
        if first.bullet:
            marks.append(Mark(start, end, "bullet"))
        if len(para) == 1 and first.bold_line:
            marks.append(Mark(start, end, "bold"))
        start = end
    offset_map: list[int] = []
    for a, b in spans:
        offset_map.extend(range(a, b))
    for lo, hi in bold_raw:
        a = bisect.bisect_left(offset_map, lo)
        b = bisect.bisect_left(offset_map, hi)
        if b > a:
            marks.append(Mark(a, b, "bold"))
    marks.sort(key=lambda m: (m.start, m.end))
    return "".join(parts), offset_map, marks
