"""Heading candidates: what, paragraph by paragraph, looks like a heading.

The outline (outline.py) decides levels, places misplaced parts and builds
the tree; this module only recognises the forms headings take in the genre:
- parts: `一、…` lines, and unnumbered lines naming a review or a plan
  (`2021年工作安排`, `“十三五”时期及2020年工作回顾`, `“十四五”时期的目标任务`);
- sections: `（一）`…`（十）` (full- or half-width brackets) opening a paragraph,
  as a line or as its first sentence, or run into the sentence before
  (`…以下九个方面工作：（一）锚定…`);
- sub-items: a short lead sentence opening a paragraph (`提升硬联通能力。`), or
  a bold line or bold lead sentence;
- thematic openers of a review (`这一年，我们…`, `五年来，我们…`);
- the main-targets paragraph, the closing call (`各位代表！…`), and in
  articles the speaker lines (`蓬江区区长马品高：`).
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from jmdesk.core.records import Record
from jmdesk.core.spans import find_all

_NUM = "一二三四五六七八九十"
PART_NUMBERED = re.compile(f"([{_NUM}]{{1,3}})、")
SECTION_OPENS = "（("
SECTION = re.compile(f"[{SECTION_OPENS}]([{_NUM}]{{1,3}})[)）]")
# An unnumbered part line names a review, a plan or the targets of a period.
PART_LINE = re.compile(
    r"(?:\d{1,2}[ \t])?"
    r"((?:“[^”]{2,6}”时期|\d{4}年|过去[一二三四五]年|今年|新的一年)"
    r"[^。！？，,：:]{0,12}?(?:工作回顾|工作安排|工作任务|目标任务|主要任务|总体要求|工作部署))")
LEAD_SENTENCE_MAX = 20
TITLE_MAX = 60
_SENTENCE_END = "。！？!?"
_TITLE_END = "。！？!?；;"
# Prose lists (一是…, 二要…) are not headings.
_PROSE_LIST = re.compile(f"[{_NUM}]+[是要则]")
# What a lead sentence never opens with: a prose list, a section or a part number.
_NOT_A_LEAD = re.compile(f"{_PROSE_LIST.pattern}|{SECTION.pattern}|{PART_NUMBERED.pattern}")
_CLAUSE_MARK = re.compile("[，,：:；;]")      # a lead sentence is one clause
_OPENER = re.compile(
    f"(?:这一年|一年来|过去一年|过去[{_NUM}两]年|[{_NUM}两]+年来)[，,]我们")
OPENER_TITLE_MAX = 45
_ADDRESS = re.compile(r"各位代表[，,][^。！？!?]{0,60}[。！？!?]")
# 一年来 / 过去一年 speak of the single year under review, not of a period
PERIOD_WORDS = re.compile(f"(?!一年)[{_NUM}两]+年来|过去(?!一年)[{_NUM}两]年")
TARGETS_WORDS = "主要预期目标"
_TARGETS = re.compile(TARGETS_WORDS)
_CLOSING = re.compile(r"各位代表[！!，,]")
_OPENING_WORDS = re.compile(r"报告工作|作工作报告|请予审议")
SPEAKER = re.compile(
    r"([\u4e00-\u9fff（）()、]{1,16}?(?:区长|市长|县长|镇长|省长|州长|主任|书记|局长|主席|负责人)"
    r"[\u4e00-\u9fff·]{2,4})[:：]")
_STORY_START = re.compile(r"(?:本报讯|新华社\S{0,12}电|\S{0,8}讯[（(])")
# Part headings, openers and the closing each need one of these patterns to match at
# the paragraph's start: one match tells which paragraphs can be any of them.
MAY_START_HEAD = re.compile("|".join(f"(?:{p.pattern})" for p in (PART_NUMBERED, PART_LINE, _ADDRESS, _OPENER, _CLOSING)))
PLAN_INTRO = re.compile(r"总体要求|主要预期目标|重点抓好|主要任务|^\d{4}年是|^今年是")
_RUN_IN_LEAD = re.compile(r"以下|如下|方面")


class Paragraph(NamedTuple):
    start: int
    end: int
    text: str


class Head(Record):
    """A heading found in the text, before the outline places it."""
    __slots__ = ("kind", "start", "title", "title_start", "title_end", "number", "level", "role", "end",
                 "inferred", "numeral")

    def __init__(self, kind: str, start: int, title: str, title_start: int, title_end: int,
                 number: str | None = None, level: int = 0, role: str | None = None, end: int | None = None,
                 inferred: bool = False, numeral: int = 0):
        self.kind = kind                 # part, section, item, opener, targets, closing, speaker
        self.start = start               # where the section begins in text
        self.title = title
        self.title_start = title_start
        self.title_end = title_end
        self.number = number
        self.level = level
        self.role = role
        self.end = end                   # forced end (closing, targets)
        self.inferred = inferred
        self.numeral = numeral           # value of the number (一 → 1), 0 when unnumbered


def paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line and not line.isspace():          # line.strip(), without the copy
            out.append(Paragraph(pos, pos + len(line), line))
        pos += len(line) + 1
    return out


_DIGITS = {c: i + 1 for i, c in enumerate(_NUM[:9])}


def numeral(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20."""
    digits = _DIGITS
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + digits.get(s[1:], 0)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return digits.get(tens, 0) * 10 + digits.get(ones, 0)
    return digits.get(s, 0)


def _sentence_end(text: str, lo: int, hi: int, marks: str = _SENTENCE_END, limit: int = TITLE_MAX + 1) -> int:
    """Index of the first of `marks` in text[lo:hi], looking at most `limit`
    characters ahead (a heading is short; this keeps huge paragraphs fast).
    Returns hi when the sentence runs to the end of the paragraph, and a value
    past lo + limit when it is longer than that."""
    stop = min(hi, lo + limit)
    found = _MARKS[marks].search(text, lo, stop)      # a scan in C, not per character
    if found:
        return found.start()
    return stop if stop == hi else stop + 1


# The character class of each set of marks _sentence_end is given.
_MARKS = {marks: re.compile(f"[{re.escape(marks)}]") for marks in (_SENTENCE_END, _TITLE_END)}


def _title_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """From lo to the end of the first sentence (or hi), without the final mark."""
    return lo, _sentence_end(text, lo, hi, _TITLE_END)


def part_heading(p: Paragraph, text: str) -> Head | None:
    s = p.text
    m = PART_NUMBERED.match(s)
    if m and not any(c in s for c in _SENTENCE_END) and len(s) <= 40:
        lo, hi = _title_span(text, p.start + m.end(), p.end)
        if hi > lo:
            return Head("part", p.start, text[lo:hi], p.start, hi, number=m.group(),
                        numeral=numeral(m.group(1)))
    m = PART_LINE.fullmatch(s)
    if m:
        lo = p.start + m.start(1)
        return Head("part", p.start, m.group(1), lo, p.start + m.end(1))
    return None


def section_headings(p: Paragraph, text: str, brackets: list[int] | None = None) -> list[Head]:
    """（一） at the start of a paragraph, or run into a sentence ending in ：.

    `brackets`: find_all(text, SECTION_OPENS) when the caller has them (one search of
    the text instead of one per paragraph). SECTION is tried at each opening bracket,
    which gives SECTION.finditer's matches: a match holds one opening bracket, its first."""
    s = p.text
    if brackets is None:
        brackets = [p.start + at for at in find_all(s, SECTION_OPENS)]
    else:
        brackets = brackets[bisect.bisect_left(brackets, p.start):bisect.bisect_left(brackets, p.end)]
    out = []
    for start in brackets:
        m = SECTION.match(text, start)      # (cannot run past the paragraph: no newline in it)
        if not m:
            continue
        at = start - p.start
        if at and not _after_lead_colon(s, at):
            continue
        lo, hi = _title_span(text, m.end(), p.end)
        if not 1 < hi - lo <= TITLE_MAX:
            continue
        out.append(Head("section", start, text[lo:hi], start, hi,
                        number=m.group(), numeral=numeral(m.group(1))))
    return out


def _after_lead_colon(s: str, at: int) -> bool:
    """s[:at] ends (but for spaces) in ： after 以下/如下/方面: a list of sections runs in."""
    end = at
    while end and s[end - 1] in " \t\u3000":      # rstrip without copying a long paragraph
        end -= 1
    return end > 0 and s[end - 1] in "：:" and bool(_RUN_IN_LEAD.search(s, max(0, end - 20), end))


def lead_sentence(p: Paragraph, text: str, bold: list[tuple[int, int]]) -> Head | None:
    """A short first sentence naming the paragraph's topic, or a bold line."""
    s = p.text
    if _NOT_A_LEAD.match(s):
        return None
    if bold and any(lo <= p.start and hi >= p.end for lo, hi in bold):
        if len(s) <= TITLE_MAX and not any(c in s for c in "。！？"):
            return Head("item", p.start, s.rstrip("：:"), p.start, p.start + len(s.rstrip("：:")))
    return lead_at(p.start, p.end, text, bold, need_body=True, list_checked=True)


def lead_at(lo: int, hi: int, text: str, bold: list[tuple[int, int]], need_body: bool,
            list_checked: bool = False) -> Head | None:
    """The sentence at lo as a sub-item heading. `list_checked`: the caller found no prose
    list (一是…) at lo already, so the sentence (which starts there) cannot open with one."""
    # Without bold only a short sentence can lead: no need to look further for its end.
    end = _sentence_end(text, lo, hi, limit=TITLE_MAX + 1 if bold else LEAD_SENTENCE_MAX + 1)
    if end >= hi or (need_body and end + 1 >= hi):
        return None
    sentence = text[lo:end]
    if not list_checked and _PROSE_LIST.match(sentence):
        return None
    if 2 < len(sentence) <= LEAD_SENTENCE_MAX and not _CLAUSE_MARK.search(sentence):
        return Head("item", lo, sentence, lo, end)          # short
    if len(sentence) <= TITLE_MAX and any(b_lo <= lo + 2 and b_hi >= end - 1 and b_hi > b_lo
                                          for b_lo, b_hi in bold):
        return Head("item", lo, sentence, lo, end)          # bold
    return None


def opener(p: Paragraph, text: str) -> Head | None:
    """这一年，我们凝心聚力保增长、稳大盘，经济运行稳中有进。 → a thematic section.

    Also after a one-sentence address (`各位代表，今年是…收官年。过去四年，我们…`)."""
    m = _ADDRESS.match(p.text)
    skip = m.end() if m else 0
    if not _OPENER.match(p.text, skip):
        return None
    lo = p.start + skip
    hi = _sentence_end(text, lo, p.end)
    if hi - lo > OPENER_TITLE_MAX or hi >= p.end:
        return None
    return Head("opener", p.start, text[lo:hi], lo, hi)


def targets(p: Paragraph, text: str) -> Head | None:
    if _TARGETS.pattern not in p.text:      # (str's search: faster than re's on a long paragraph)
        return None
    m = _TARGETS.search(p.text)
    if not m:
        return None
    colon = next((i for i in range(m.end(), min(len(p.text), m.end() + 3)) if p.text[i] in "：:"), None)
    if colon is None:
        return None
    lo = max(p.text.rfind(c, 0, m.start()) for c in "，,。") + 1      # after the last clause before it
    return Head("targets", p.start, p.text[lo:colon], p.start + lo, p.start + colon, end=p.end)


def closing(p: Paragraph, text: str) -> Head | None:
    if not _CLOSING.match(p.text) or _OPENING_WORDS.search(p.text):
        return None
    # title: the first sentence after the address
    lo = p.start + 5
    hi = _sentence_end(text, lo, p.end, limit=len(p.text))
    return Head("closing", p.start, text[lo:hi], lo, hi, end=p.end)


def speaker(p: Paragraph, text: str) -> Head | None:
    m = SPEAKER.fullmatch(p.text)
    if not m:
        return None
    return Head("speaker", p.start, m.group(1), p.start, p.start + m.end(1))


def is_opening_words(p: Paragraph) -> bool:
    """各位代表： / the request to review the report / the speaker's name line."""
    s = p.text
    if re.fullmatch(r"各位代表[:：]", s) or (_OPENING_WORDS.search(s) and len(s) < 80):
        return True
    return len(s) <= 24 and not any(c in s for c in "。，,") and bool(
        re.search(r"(?:市长|省长|总理|县长|区长|州长|主席)", s))


def is_title_block(p: Paragraph) -> bool:
    """The report's title, dateline and speaker before the body."""
    s = p.text
    return (len(s) <= 40 and "报告" in s and not any(c in s for c in "。，,")) or bool(
        re.match(r"[-－—一]{0,2}\s*\d{4}年\d{1,2}月\d{1,2}日在", s)) or is_opening_words(p)


def story_start(p: Paragraph) -> bool:
    return bool(_STORY_START.match(p.text))


def is_byline(p: Paragraph) -> bool:
    """(邓少军), (李雨溪 陈婵): the reporters' names closing a newspaper piece."""
    return bool(re.fullmatch(r"[（(][\u4e00-\u9fff·、 ]{2,16}[)）]", p.text))


def is_headline(p: Paragraph) -> bool:
    return len(p.text) <= 40 and not any(c in p.text for c in "。！？")
