"""The number grammar of Chinese government reports: where a value with its unit sits in text.

Finds *mentions*: a value (Arabic with thousands separators and decimals, full-width
digits, Chinese numerals, ranges, shares such as 四成/一半/三分之二, 翻番, 两位数, ranks
such as 全省第7) together with its unit and any qualifier written right after it
(以上, 左右, 以内, 多…). What the value measures, its sign and its year are decided
elsewhere (figures_context, figures_time); this module only reads numbers.

A number without a unit is not a figure (years, list numbers, plan names such as
“十四五” or “1+6+3”, dates and model names like G240 or PM2.5 all fall out of that rule
or of the explicit exclusions below).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from jmdesk.core.spans import find_all

# ---- units ---------------------------------------------------------------------------
# Base units a count or an amount is written with. 年/月/日 are deliberately absent:
# a number followed by them is a date or a duration, never a figure of the report.
_BASES = (
    "微克/立方米 平方公里 平方米 立方米 千瓦时 千瓦 千米 千克 公顷 公里 公斤 标箱 人次 小时 分钟 "
    "美元 元 人 名 户 家 个 项 件 宗 条 所 座 台 套 栋 间 张 支 株 辆 艘 架 只 头 批 场 "
    "起 例 处 份 篇 部 种 类 块 棵 亩 米 吨 斤 度 天 岁 倍 次 位 列"
).split()
_PER = r"(?:/(?:年|月|日|天|人|小时))?"
# Multipliers kept in the unit (万人, 亿元) as the reports and DOMAIN.md write them.
_KEPT_PREFIXES = ("万亿", "千万", "百万", "亿", "万")
# Multipliers folded into the value (4千套 -> 4000 套): nobody charts "千套".
_FOLDED_PREFIXES = {"千": 1000.0, "百": 100.0}

_unit_alternatives = ["个百分点", "百分点", "%", "％", "‰", "成"]
for _base in _BASES:
    for _p in _KEPT_PREFIXES + tuple(_FOLDED_PREFIXES):
        _unit_alternatives.append(_p + _base)
    _unit_alternatives.append(_base)
_unit_alternatives += list(_KEPT_PREFIXES)   # 400亿, 超1万: the base is implied


def _longest_first(words) -> str:
    """An alternation of `words` that matches the longest word fitting where it is tried, grouped
    by first character (万亿元|万人|万 | 亿元|亿): `re` factors each group's first character out, so
    it picks one group at once instead of trying some 500 units in turn."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word))
    return "|".join("(?:" + "|".join(group) + ")" for group in groups.values())


UNIT = "(?:" + _longest_first(_unit_alternatives) + ")" + _PER

# ---- numerals --------------------------------------------------------------------------
# Python's \d also matches full-width digits (０-９); values are NFKC-normalised.
# Atomic groups and the look-behind keep long digit runs linear (no backtracking into them).
# The look-behind (no digit, point or thousands comma before the number) sits after the first
# digit: a pattern that opens with a digit lets `re` skip to the next digit instead of trying
# a match at every character, several times faster on a whole report.
ARABIC = r"\d(?<![\d.．]\d)(?<!\d,\d)(?>\d{0,2}(?:,\d{3})+(?!\d)|\d*)(?>[.．]\d+)?"
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMERAL = "[零〇一二两三四五六七八九十百千]"
CHINESE = f"{_CN_NUMERAL}(?<!{_CN_NUMERAL}{_CN_NUMERAL})(?>{_CN_NUMERAL}*)"     # the whole run, as ARABIC
SUFFIX_QUALIFIERS = ("以上", "左右", "以内", "以下", "上下", "多", "余")
_SUFFIX = "(?P<suffix>" + "|".join(SUFFIX_QUALIFIERS) + ")?"
_SP = r"[ \t\u3000]?"
_RANGE_SEP = r"[-－—–~～至到]"

_ARABIC_FIGURE = re.compile(
    rf"(?P<lo>{ARABIC})(?P<lo_unit>%|％)?(?:{_SP}{_RANGE_SEP}{_SP}(?P<hi>{ARABIC}))?"
    rf"{_SP}(?P<more>多|余)?(?P<unit>{UNIT})(?P<tail>{_SP}{_SUFFIX})")
_CHINESE_FIGURE = re.compile(
    rf"(?P<lo>{CHINESE})(?P<more>多|余)?(?P<unit>{UNIT})(?P<tail>{_SUFFIX})")
_RANK_SCOPES = ("全国", "全省", "全市", "全区", "全球", "世界", "珠三角", "大湾区", "省内", "片区", "粤东西北", "粤西")
_RANK = re.compile(
    r"(?P<scope>" + "|".join(_RANK_SCOPES) + ")"
    r"(?P<mid>[^，,。；;、：:\n第前]{0,8}?)"
    rf"(?:第(?P<n>{ARABIC}|{CHINESE})(?P<pos>位|名)?|(?P<top>前)(?P<t>{ARABIC}|{CHINESE})(?:位|名)?)")
# Ordinals that are not ranks: 第4条产业链, 第十六届, 第二批, 第6个…地市.
_NOT_RANK_AFTER = tuple("届次批条个家期章号季轮档年梯项部座轮")
_SPECIALS = [
    (re.compile(r"翻(?P<n>[一两二三])?番"), "翻番"),
    (re.compile(r"两位数"), "两位数"),
    (re.compile(r"一半"), "一半"),
    (re.compile(rf"(?P<den>{CHINESE})分之(?P<num>{CHINESE})"), "分数"),
]


# Numbered names of the political vocabulary, written without quotes: names, not counts.
_NUMBERED_NAMES = re.compile(r"八项规定|两个(?:确立|维护|毫不动摇|务必|大局)|三个务必|四个(?:意识|自信|全面|革命)|"
                             r"五位一体|三大攻坚战|两个一百年")
_NUMBERED_NAME_OPENINGS = ("八项规定", "两个", "三个务必", "四个", "五位一体", "三大攻坚战")   # each name starts so


def matches_at(rx: re.Pattern, text: str, openings) -> list[re.Match]:
    """rx.finditer(text) for a pattern every match of which starts with one of ``openings``
    (and is never empty): rx is tried only where one of them stands, found by plain-text
    searches. `re` would test its set of first characters at every character of the text,
    several times slower."""
    found, end = [], 0
    for at in sorted(set(find_all(text, openings))):     # two openings may start at one place
        if at >= end:
            m = rx.match(text, at)
            if m:
                found.append(m)
                end = m.end()
    return found


class Mention(NamedTuple):
    start: int
    end: int
    value: float
    unit: str
    text: str
    value_high: float | None = None
    suffix: str | None = None      # qualifier written after the value (以上, 左右, 多…)
    scope: str | None = None       # for ranks: 全省, 珠三角… ; 前 for "全省前5"
    special: str | None = None     # 翻番, 两位数, 一半, 分数, 成 (a share written in words)


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def to_number(token: str) -> float | None:
    """Arabic (any width, with separators) or Chinese numeral to a float."""
    s = (token if token.isascii() else unicodedata.normalize("NFKC", token)).replace(",", "")
    if _DECIMAL.fullmatch(s):
        return float(s)
    return chinese_to_number(token)


def chinese_to_number(token: str) -> float | None:
    if not token or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in token):
        return None
    if all(c in _CN_DIGITS for c in token) and len(token) > 1:
        # 二〇三五 style digit strings
        return float("".join(str(_CN_DIGITS[c]) for c in token))
    total, digit = 0, None
    for c in token:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
    if digit is not None:
        total += digit
    return float(total)


def _unit_and_scale(unit: str) -> tuple[str, float]:
    if unit in ("%", "％"):
        return "%", 1.0
    if unit == "百分点":
        return "个百分点", 1.0
    if unit == "成":           # 四成 is 40%
        return "%", 10.0
    for prefix, scale in _FOLDED_PREFIXES.items():
        if unit.startswith(prefix) and len(unit) > 1 and unit[1:] in _BASES and unit not in _BASES:
            return unit[1:], scale
    return unit, 1.0


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Inside a slogan such as “四个意识” or “三项工程”: a name, not a figure."""
    before = text[max(0, start - 4):start]
    after = text[end:end + 6]
    opened = max(before.rfind("“"), before.rfind('"'))
    if opened < 0 or any(q in before[opened + 1:] for q in "”"):
        return False
    return "”" in after or '"' in after


_LATIN = re.compile(r"[A-Za-z]")
_MODEL_BEFORE = re.compile(r"[A-Za-z+＋.]")
_MODEL_AFTER = re.compile(r"[A-Za-z+＋]")
_NOT_A_RANK_TAIL = re.compile(r"[A-Za-z\d%％.]")


def _arabic_excluded(text: str, start: int, end: int) -> bool:
    prev = text[start - 1] if start else ""
    nxt = text[end] if end < len(text) else ""
    # model and place names: G240, PM2.5, 5G, U20, 5A级; plan names: “1+6+3”
    if _MODEL_BEFORE.match(prev) or prev.isdigit():
        return True
    if _MODEL_AFTER.match(nxt):
        return True
    if prev == "第":          # ordinal; ranks are read separately
        return True
    return False


def find_mentions(text: str) -> list[Mention]:
    """Every value-with-unit in text, in order, without overlaps."""
    found: list[Mention] = []
    taken = bytearray(len(text))

    def claim(m: Mention) -> None:
        if taken.find(1, m.start, m.end) >= 0:
            return
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        found.append(m)

    for m in matches_at(_RANK, text, _RANK_SCOPES):
        tail = text[m.end():m.end() + 1]
        if m.group("n") is not None and not m.group("pos") and tail and tail in _NOT_RANK_AFTER:
            continue
        if tail and _NOT_A_RANK_TAIL.match(tail):
            continue     # 全球排名前1%: a share, not a rank
        n = m.group("n") or m.group("t")
        value = to_number(n)
        if value is None:
            continue
        claim(Mention(m.start(), m.end(), value, "rank", m.group(0),
                      scope=m.group("scope") + ("前" if m.group("top") else "")))

    for rx, name in _SPECIALS:
        if name == "分数" and "分之" not in text:
            continue     # (a fast look for the words every fraction holds, before a slow search)
        for m in rx.finditer(text):
            if name == "翻番":
                times = {"一": 1, None: 1, "两": 2, "二": 2, "三": 3}[m.group("n")]
                value = (2 ** times - 1) * 100.0
            elif name == "两位数":
                value = 10.0
            elif name == "一半":
                value = 50.0
            else:
                den, num = chinese_to_number(m.group("den")), chinese_to_number(m.group("num"))
                if not den or num is None:
                    continue
                value = round(100.0 * num / den, 2)
            claim(Mention(m.start(), m.end(), value, "%", m.group(0), special=name,
                          suffix="以上" if name == "两位数" else None))

    for m in _ARABIC_FIGURE.finditer(text):
        if _arabic_excluded(text, m.start(), m.end("lo")):
            continue
        if _LATIN.match(text, m.end()):
            continue
        lo_text, lo_unit, hi_text, more, raw_unit, suffix_text = m.group(
            "lo", "lo_unit", "hi", "more", "unit", "suffix")
        if lo_unit and raw_unit not in ("%", "％"):
            continue   # 5%至6亿元 is not a range
        unit, scale = _unit_and_scale(raw_unit)
        lo = to_number(lo_text)
        hi = to_number(hi_text) if hi_text else None
        if lo is None:
            continue
        suffix = suffix_text or more
        end = m.end() if suffix_text else m.end("unit")
        if raw_unit in _KEPT_PREFIXES and suffix_text in ("多", "余"):
            # 2万多名, 2700多万元 are read above; 2万多名 needs the base after 多
            base = next((b for b in sorted(_BASES, key=len, reverse=True) if text.startswith(b, end)), None)
            if base:
                unit, end = raw_unit + base, end + len(base)
        claim(Mention(m.start(), end, lo * scale, unit, text[m.start():end],
                      value_high=None if hi is None else hi * scale, suffix=suffix,
                      special="成" if raw_unit == "成" else None))

    for m in _CHINESE_FIGURE.finditer(text):
        lo_text = m.group("lo")
        prev = text[m.start() - 1] if m.start() else ""
        nxt = text[m.end():m.end() + 1]
        if lo_text in ("一", "零", "〇") or prev in ("第", "周") or prev.isdigit():
            continue     # 一个/一批 are articles, not counts; 第一 is an ordinal
        if lo_text in ("千", "百") and m.group("unit") in _BASES:
            continue     # 千家万户, 百花: idioms, not amounts
        if nxt in ("级", "强") or _LATIN.match(nxt):
            continue     # 千亿级产业集群, 千亿GDP强区: names of a class, not amounts
        if _in_short_quote(text, m.start(), m.end()):
            continue
        value = chinese_to_number(lo_text)
        if value is None:
            continue
        unit, scale = _unit_and_scale(m.group("unit"))
        suffix = m.group("suffix") or m.group("more")
        end = m.end() if m.group("suffix") else m.end("unit")
        claim(Mention(m.start(), end, value * scale, unit, text[m.start():end], suffix=suffix,
                      special="成" if m.group("unit") == "成" else None))

    found.sort(key=lambda x: x.start)
    names = [n.span() for n in matches_at(_NUMBERED_NAMES, text, _NUMBERED_NAME_OPENINGS)]
    name_starts = [a for a, _ in names]

    def in_a_name(at: int) -> bool:     # names do not overlap: only the last one starting before can hold it
        i = bisect_right(name_starts, at) - 1
        return i >= 0 and at < names[i][1]

    # 人大四次会议, 二十届三中全会: sessions, not counts; 1200列 but not 3列入
    return [m for m in found if not text.startswith(("会议", "全会"), m.end)
            and not (m.unit.endswith("列") and text[m.end:m.end + 1] in ("入", "为", "车", "席", "举", "出"))
            and not in_a_name(m.start)]
