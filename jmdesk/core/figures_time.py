"""When a figure is, and whether it is a result or a target.

Three sources, strongest first:
1. words in the sentence (then the paragraph) before the figure: an explicit year
   (`2020年实现…`), a period (`五年来`, `过去四年`, `“十三五”时期`, `年均增长`), or
   `今年`/`去年`;
2. the role of the part the figure sits in, from the outline: review -> last year's
   result, period_review -> a result over the period, plan/targets -> this year's target,
   period_plan -> a target over the plan period;
3. without a role (articles, digests, reports whose outline found no parts): cue words
   of the sentence (`力争`, `目标`, `预期`, `确保`, `今年` -> target; `去年`, `过去一年`,
   `这一年` -> result), else a result.
`meta.year` is the year the report was delivered; a review speaks of the year before.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

# Five-year plans by their ordinal: “十四五” covers 2021-2025.
_PLANS = {"十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020),
          "十四五": (2021, 2025), "十五五": (2026, 2030), "十六五": (2031, 2035)}
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_PLAN_PERIOD = re.compile(r"[“\"]?(十[一二三四五六]五)[”\"]?(?:时期|期间|以来|规划期)")
_PLAN_CORE = re.compile(r"十[一二三四五六]五")
# The patterns below that start from a year's digits check the character before those digits
# with a look-behind placed after the first digit: a pattern that opens with a digit lets `re`
# skip ahead to the next digit instead of trying a match at every character (several times faster).
# [^\S\n]: spaces within a paragraph, so that no cue reaches into the next paragraph.
_YEARS_SPAN = re.compile(r"(\d(?<![比较\d]\d)\d{3})[^\S\n]*[-—–～~至到][^\S\n]*(\d{4})年")
_YEAR = re.compile(r"(\d(?<![比较与同\d]\d)\d{3})年(?!度?[\d])")
_SINCE = re.compile(r"(\d(?<!\d\d)\d{3})年以来")
# Cores for _matches_around: a pattern that opens with a plain character such as 年 is found
# by `re` much faster still than one opening with a digit (few characters of a report are 年).
_YEAR_CORE = re.compile(r"年(?<=\d年)")
_SINCE_CORE = re.compile(r"年以来")
_BASE_YEAR = re.compile(r"比(\d{4})年")
_N_YEARS = re.compile(r"(?<!连续)(?<!\d)(?:过去|近)?([两二三四五六七八九十]|\d)年(?=来|间|累计|年均|增长|总量|翻番|提升|共|以来)")
_N_YEARS_CORE = re.compile(r"年(?=来|间|累计|年均|增长|总量|翻番|提升|共|以来)")
_PAST_N = re.compile(r"过去([两二三四五六七八九十]|\d)年")
_SUPERLATIVE = re.compile(r"的?(?:最|首次|首位|新高|新低)")
_AVERAGE = re.compile(r"年均(?:增长|增速|提高|递增|下降)")
_THIS_YEAR_WORDS = ("今年", "本年度", "新的一年")
# 比上年/较去年 name the base of a comparison, not the year spoken of
# (each look-behind follows its word, so that the pattern opens with a character `re` can skip to)
_LAST_YEAR_WORDS = tuple(f"{word}(?<![比较同]{word})" for word in ("去年", "上一年", "上年")) + (
    "过去一年", "这一年", "一年来")
_LAST_YEAR = re.compile("|".join(_LAST_YEAR_WORDS))
# One pattern per word for _cues: a word is found by a plain-text scan, several times faster than
# the alternation, which `re` tries wherever any of the first characters stands.
_THIS_YEAR_EACH = tuple(re.compile(w) for w in _THIS_YEAR_WORDS)
_LAST_YEAR_EACH = tuple(re.compile(w) for w in _LAST_YEAR_WORDS)


def _starts_of_any(words: tuple[re.Pattern, ...], text: str) -> list[int]:
    """Where the matches of ``"|".join(words)`` start in text (as its finditer finds them: leftmost
    first, the earlier word at one place, none overlapping the one before), from one search per
    word. Holds for words no match of which can overlap another match of the same word."""
    found = sorted((m.start(), k, m.end()) for k, rx in enumerate(words) for m in rx.finditer(text))
    starts, end = [], 0
    for start, _k, stop in found:
        if start >= end:
            starts.append(start)
            end = stop
    return starts

TARGET_CUES = re.compile(r"抓好以下|做好以下|以下[^，。]{0,6}方面工作|今年|力争|目标|预期|确保|争取|冲刺|奋力|推动|努力|"
                         r"预计|控制在|将[要会]?(?:推动|完成|实现|达到|突破)")

ACTUAL_ROLES = ("review", "period_review")
TARGET_ROLES = ("plan", "targets", "period_plan")


class When(NamedTuple):
    kind: str
    year: int | None
    period: str | None


def _n(token: str) -> int:
    return int(token) if token.isdigit() else _CN_SMALL.get(token, 0)


class _Cue(NamedTuple):
    at: int
    year: int | None = None
    period: tuple[int, int] | None = None
    n_years: int | None = None     # a period of N years ending last year
    average: bool = False          # 年均: a period whose length comes from elsewhere
    this_year: bool = False
    last_year: bool = False
    base: bool = False
    explicit: bool = False         # a year or span written with digits: holds for its own sentence


def _matches_around(rx: re.Pattern, core: re.Pattern, text: str, reach: int):
    """The same matches as rx.finditer(text), found faster. rx opens with an optional word, a
    look-behind or a digit, so `re` tries it at every character or every digit; `core` opens with a
    character `re` skips ahead to. Every match of rx holds a match of core (starting inside it, at
    most `reach` characters after its own start), and matches of core never overlap: rx is tried
    only where it can start, leftmost first."""
    end = 0
    for c in core.finditer(text):
        for at in range(max(end, c.start() - reach), c.start() + 1):
            m = rx.match(text, at)
            if m:
                end = m.end()
                yield m
                break


def _cues(text: str) -> list[_Cue]:
    """Every time cue of the document, in order. No cue crosses a sentence end (。；\n…), so the
    cues of a sentence or a paragraph are those that start in it: found once, looked up by range."""
    out: list[_Cue] = []
    for m in _matches_around(_PLAN_PERIOD, _PLAN_CORE, text, 1):         # “十四五”时期
        if m.start() and text[m.start() - 1] in "是比较为与同":
            continue    # 是“十二五”时期的近3倍: the period compared with, not the one spoken of
        if _SUPERLATIVE.match(text, m.end()):
            continue    # 创“十四五”以来最好水平: the yardstick of a record, not the time spoken of
        out.append(_Cue(m.start(), period=_PLANS.get(m.group(1))))
    for m in _YEARS_SPAN.finditer(text):
        out.append(_Cue(m.start(), period=(int(m.group(1)), int(m.group(2))), explicit=True))
    for m in _matches_around(_SINCE, _SINCE_CORE, text, 4):
        if _SUPERLATIVE.match(text, m.end()):
            continue
        out.append(_Cue(m.start(), period=(int(m.group(1)), -1), explicit=True))
    for m in _matches_around(_YEAR, _YEAR_CORE, text, 4):
        y = int(m.group(1))
        if 1949 <= y <= 2100 and not _SINCE.match(text, m.start()):
            out.append(_Cue(m.start(), year=y, explicit=True))
    for m in _BASE_YEAR.finditer(text):
        out.append(_Cue(m.start(), year=int(m.group(1)), base=True))
    for m in _matches_around(_N_YEARS, _N_YEARS_CORE, text, 3):          # 过去5年来
        out.append(_Cue(m.start(), n_years=_n(m.group(1))))
    for m in _PAST_N.finditer(text):
        out.append(_Cue(m.start(), n_years=_n(m.group(1))))
    for m in _AVERAGE.finditer(text):
        out.append(_Cue(m.start(), average=True))
    for at in _starts_of_any(_THIS_YEAR_EACH, text):
        out.append(_Cue(at, this_year=True))
    for at in _starts_of_any(_LAST_YEAR_EACH, text):
        out.append(_Cue(at, last_year=True))
    out.sort(key=lambda c: c.at)
    return out


_OPENING_SENTENCE_END = re.compile(r"[。！？!?]")


class Timeline:
    """The time cues of one document (one call of extract_figures), found in one pass."""

    def __init__(self, text: str):
        self.cues = _cues(text)
        self._ats = [c.at for c in self.cues]
        self._text = text
        self._first_ends: dict[tuple[int, int], int] = {}
        self._target_cues: dict[tuple[int, int], bool] = {}

    def between(self, start: int, end: int) -> list[_Cue]:
        """The cues that start in text[start:end], in order."""
        return self.cues[bisect_left(self._ats, start):bisect_left(self._ats, end)]

    def has_target_cue(self, sentence: tuple[int, int]) -> bool:
        """TARGET_CUES in the sentence: asked once per sentence, however many figures it holds."""
        found = self._target_cues.get(sentence)
        if found is None:
            found = self._target_cues[sentence] = bool(TARGET_CUES.search(self._text, *sentence))
        return found

    def first_sentence_end(self, paragraph: tuple[int, int]) -> int:
        end = self._first_ends.get(paragraph)
        if end is None:
            m = _OPENING_SENTENCE_END.search(self._text, paragraph[0], paragraph[1])
            end = self._first_ends[paragraph] = m.end() if m else paragraph[1]
        return end


def decide(text: str, at: int, sentence: tuple[int, int], paragraph: tuple[int, int],
           role: str | None, report_year: int | None, stock: bool = False, rate: bool = False,
           timeline: Timeline | None = None) -> When:
    """Kind, year and period of the figure whose value starts at `at`.

    `sentence` and `paragraph` are spans as figures.py cuts them (a paragraph ends at a line
    break, a sentence at 。！？；;!? or a line break); `timeline`: the document's cues, found once.

    `stock`: an amount stated without a verb of flow (`建筑业总产值558亿元`, not `累计完成8852亿元`);
    in a paragraph about several years it is the level reached at the end of them."""
    timeline = timeline or Timeline(text)
    # kind: the role of the part, else the sentence's own words
    if role in ACTUAL_ROLES:
        kind = "actual"
    elif role in TARGET_ROLES:
        kind = "target"
        # a plan part may still state last year's facts
        if _LAST_YEAR.search(text[sentence[0]:at]) and not TARGET_CUES.search(text[sentence[0]:at]):
            kind = "actual"
    elif timeline.has_target_cue(sentence):
        kind = "target"
    else:
        kind = "actual"

    sentence_cues = timeline.between(sentence[0], at)
    # the latest cue in the sentence decides; the paragraph's only when the sentence has none
    year = period = None
    cue = next((c for c in reversed(sentence_cues) if not c.average), None) if sentence_cues else None
    # 年均增长7%左右，到2025年突破7000亿元: a year written after 年均 speaks of that year
    # 年均 speaks of its own clause (年均增长7.1%，经济总量稳居全省第2位: the rank is not an average)
    averages = [c for c in sentence_cues if c.average] if sentence_cues else ()
    if averages:
        clause = max(text.rfind(p, sentence[0], at) for p in "，,；;")
        average = any(c.at > clause and not (cue and cue.explicit and cue.at > c.at) for c in averages)
    else:
        average = False
    from_paragraph = cue is None
    if cue is None:
        # Earlier sentences of the paragraph: periods and 今年/去年 carry on (五年来，我们…);
        # a single year carries on only from the opening sentence (2020年是…收官之年，…).
        earlier = timeline.between(paragraph[0], sentence[0])
        if earlier:
            first_end = timeline.first_sentence_end(paragraph)
            cue = next((c for c in reversed(earlier)
                        if not c.average and not ((c.explicit or c.base) and c.at >= first_end)), None)
    ry = report_year
    last = None if ry is None else (ry - 1 if kind == "actual" else ry)

    def n_period(n: int) -> tuple[int, int] | None:
        if ry is None or not n:
            return None
        return (ry - n, ry - 1) if kind == "actual" else (ry, ry + n - 1)

    if cue is not None and cue.base:
        # 比2015年增加961亿元: a change from the base year to the year spoken of
        end_year = next((c.year for c in reversed(sentence_cues) if c.year and not c.base), None)
        end_year = end_year or last
        if end_year and cue.year and end_year > cue.year:
            period = (cue.year + 1, end_year)
        else:
            year = last
    elif cue is not None and cue.period:
        lo, hi = cue.period
        period = (lo, hi if hi > 0 else (ry - 1 if ry else lo))
    elif cue is not None and cue.n_years:
        period = n_period(cue.n_years)
    elif cue is not None and cue.year:
        year = cue.year
        if ry is not None and role not in ACTUAL_ROLES + TARGET_ROLES:
            kind = "actual" if year < ry else "target"
    elif cue is not None and cue.this_year and role not in ACTUAL_ROLES:
        year = ry
        kind = "target"
    elif cue is not None and cue.last_year and role not in TARGET_ROLES:
        year = ry - 1 if ry else None
        kind = "actual"
    else:
        year = last
    if average and period is None:
        # 年均 with no stated span: five years, the length of a plan period
        period = n_period(5)
    if period is not None and kind == "actual" and ry and period[1] > ry - 1 >= period[0]:
        # a result cannot lie ahead: “十四五”以来 in the 2025 report runs to 2024
        period = (period[0], ry - 1)
    # an amount after a period in its own sentence may be the period's total (“十四五”时期投资达1.5万亿元);
    # a rate or a rank cannot be summed, so it is where things stood at the end
    if period is not None and stock and (from_paragraph or rate) and not average and cue is not None \
            and (cue.n_years or (cue.period and not cue.explicit)):
        return When(kind, period[1], None)
    if period is not None:
        return When(kind, None, f"{period[0]}-{period[1]}")
    if year is None and cue is None:
        year = last
    return When(kind, year, None)
