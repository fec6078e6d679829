"""Metadata: title, region, year delivered, date, kind (report or article).

A work report names itself in its dateline: `——2025年2月26日在江门市第十六届
人民代表大会第五次会议上` gives the date, the year and the region (`全国人民代表
大会` → 全国). A newspaper article about a report has no dateline: its title is
its headline, its date is the first `2月1日` with the year the article talks
about, its region the place whose congress or government it names most.
Unknown values are None.
"""
from __future__ import annotations

import re
from collections import Counter

from jmdesk.core.document import Meta

_NUM = "一二三四五六七八九十"
_DATELINE = re.compile(
    rf"(\d{{4}})年(\d{{1,2}})月(\d{{1,2}})日在(.{{0,24}}?)第[{_NUM}]+届(全国)?人民代表大会")
_REGION_NEAR = re.compile(
    rf"([\u4e00-\u9fff]{{2,8}}?[省市县区州盟旗])(?:第[{_NUM}]+届人民代表大会|人民政府|政府工作报告)")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_OPENING = re.compile(r"各位代表[:：]")
HEAD_CHARS = 1500
SCAN_CHARS = 50_000          # region and year are named early; a huge file is not read to its end


def extract_meta(text: str, sections=(), source: str = "") -> Meta:
    if not text.strip():
        return Meta()
    head = text[:HEAD_CHARS]
    dateline = _DATELINE.search(text[:5000])
    parts = [s for s in sections if s.level == 1 and s.role in ("review", "plan", "period_review")]
    kind = "report" if dateline or (_OPENING.search(head) and parts) else "article"
    title = _title(text, kind)
    if dateline:
        year, month, day = (int(g) for g in dateline.group(1, 2, 3))
        scan = text[:SCAN_CHARS]
        region = "全国" if dateline.group(5) else (_region_from(dateline.group(4), scan) or _region(scan))
        return Meta(title=title, region=region, year=year, date=f"{year:04d}-{month:02d}-{day:02d}", kind=kind)
    year = _article_year(head) or _article_year(text[:SCAN_CHARS])
    date = None
    md = _MONTH_DAY.search(head)
    if md and year:
        date = f"{year:04d}-{int(md.group(1)):02d}-{int(md.group(2)):02d}"
    return Meta(title=title, region=_region(text[:SCAN_CHARS]), year=year, date=date, kind=kind)


def _title(text: str, kind: str) -> str | None:
    lines = [ln.strip() for ln in text.split("\n", 10)[:10] if ln.strip()]
    if kind == "report":
        named = [ln for ln in lines if "工作报告" in ln and len(ln) <= 40 and not re.search("[。，,]", ln)]
        if named:
            return min(named, key=len)
    if lines and len(lines[0]) <= 40 and not re.search("[。！？]", lines[0]):
        return lines[0]
    return None


# Administrative endings; a dateline names the place whose congress meets, after any larger one
# (在广东省江门市第十六届… is 江门市; 在广西壮族自治区第十四届… is the whole name).
_UNIT_END = re.compile(r"(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)")


def _region_from(words: str, text: str) -> str | None:
    words = words.strip()
    if not words:
        return None
    ends = [m.end() for m in _UNIT_END.finditer(words)]
    if ends and ends[-1] == len(words) and len(words) <= 16:
        inner = [e for e in ends[:-1] if len(words) - e >= 2]
        return words[inner[-1]:] if inner else words
    return _most_used_suffix(words, text)


def _region(text: str) -> str | None:
    """The place whose congress or government the text names, most often."""
    found = Counter()
    for m in _REGION_NEAR.finditer(text):
        name = _most_used_suffix(m.group(1), text)
        if name:
            found[name] += 1
    if "全国人民代表大会" in text[:3000] or "国务院总理" in text[:3000]:
        found["全国"] += 1
    return found.most_common(1)[0][0] if found else None


def _most_used_suffix(words: str, text: str) -> str | None:
    """江门市 out of 表示江门市: the ending of at least 3 characters used most in the text."""
    best, count = None, 0
    for k in range(3, min(len(words), 8) + 1):
        cand = words[-k:]
        n = text.count(cand)
        if n > count or (n == count and best is None):
            best, count = cand, n
    if best is None and len(words) >= 2:
        best = words
    return best


def _article_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None
