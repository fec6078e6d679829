"""Every figure of a document: value, unit, metric, qualifier, year or period, result or target.

`extract_figures(text, sections, meta)` is what the pipeline calls. It walks the text
sentence by sentence (。！？； and paragraph ends), reads each value with its unit
(figures_numbers), names what it measures from the words before it (figures_context),
and dates it (figures_time). Within a sentence it keeps the metric of the previous
figure, because reports run several figures of one metric together:
`地区生产总值4210.18亿元、全省第7，增长3.4%` is one metric, three figures.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from jmdesk.core import indicators
from jmdesk.core.document import Figure, Meta, Section
from jmdesk.core.figures_context import (Lead, counted_noun, counts_what_follows, name_metric, read_lead,
                                         without_count_verb)
from jmdesk.core.figures_numbers import Mention, find_mentions
from jmdesk.core.figures_time import Timeline, decide
from jmdesk.core.spans import find_all

_LINE_BREAK = re.compile(r"\n")
_SENTENCE_ENDS = "。！？；;!?\n"
_CLAUSE_BREAKS = "，,：:（("


def _spans(text: str, rx: re.Pattern, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """text[start:end] cut after each match of rx (a one-character mark), as offsets into text."""
    end = len(text) if end is None else end
    out = []
    for m in rx.finditer(text, start, end):
        out.append((start, m.end()))
        start = m.end()
    if start < end:
        out.append((start, end))
    return out


def _marks_after(text: str, marks: str) -> list[int]:
    """The offset right after each occurrence of any character of ``marks``, in order (str.find
    scans: `re` would test a character class at every character of the text)."""
    return [at + 1 for at in find_all(text, marks)]


def _cut(start: int, end: int, marks: list[int]) -> list[tuple[int, int]]:
    """text[start:end] cut at the offsets of ``marks`` (from _marks_after) that fall inside it."""
    out = []
    i = bisect_right(marks, start)
    while i < len(marks) and marks[i] <= end:
        out.append((start, marks[i]))
        start = marks[i]
        i += 1
    if start < end:
        out.append((start, end))
    return out


# A value that qualifies the noun right after it is a threshold, not a figure:
# 超亿元项目30个, 产值超50亿元企业, GDP超百亿元镇街, 总投资200亿元的中创新航动力电池项目.
_DESCRIBED = re.compile(r"(?:以上)?(?:的)?(?:企业|项目|大项目|镇街|镇|村|街道|地市|城市|产业链|产业集群|"
                        r"集群|园区|强区|强县|强镇|龙头企业|的)")


def _is_threshold(text: str, m: Mention) -> bool:
    if not (m.unit.endswith(("元", "亿", "万")) or m.unit == "万元"):
        return False
    return bool(_DESCRIBED.match(text, m.end))


# A count right after the whole names the places that make it up (全省14个市州, 入选全国12个最具潜力
# 文旅城市): the scope of a statement, not a figure of the report.
_WHOLE_BEFORE = re.compile(r"(?:全国|全省|全市|全区|全县|全球|世界)$")
_PLACES_AFTER = re.compile(r"(?:[^，,。；;、\d]{0,8}?(?:城市|省份|国家|地区)|市州|地市|地级市|县市区|县|"
                           r"市县|县区|区县|镇街|乡镇|镇|街道|村|社区|省区市|区|市)"
                           r"(?=之一|[，,。；;、的中（(和与及]|全部|均|都|共|$)")


def _is_scope(text: str, m: Mention) -> bool:
    return (m.unit in ("个", "座") and bool(_WHOLE_BEFORE.search(text, max(0, m.start - 2), m.start))
            and bool(_PLACES_AFTER.match(text, m.end)))


# Without an outline the genre still marks where the plan begins: the overall requirements
# and the main expected targets (总体要求, 主要预期目标, “十四五”时期的目标任务).
_PLAN_START = re.compile(r"(?:政府工作的)?总体要求是|主要预期目标|主要目标是|时期的目标任务|\d{4}年工作安排\n(?!\S{0,12}\n)")


def _fallback_sections(text: str, meta: Meta) -> list[Section]:
    """Review before the plan marker, plan after it, for a report whose outline found no parts."""
    if meta.kind == "article":
        return []
    m = _PLAN_START.search(text)
    if not m:
        return []
    return [Section("review", None, 1, None, "", 0, m.start(), role="review"),
            Section("plan", None, 1, None, "", m.start(), len(text), role="plan")]


# A heading that hands the floor to a district or county head (`台山市市长郑劲龙:`): what
# follows speaks of that place, not of the document's region.
_LINE = re.compile(r"[^\n]+")
_SPEAKER = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:区|县|市|镇))(?:委书记|代区长|代县长|代市长|区长|县长|市长|镇长|长)"
                      r"[\u4e00-\u9fff]{2,4}[:：]\s*$")


def _speakers(text: str, meta: Meta) -> list[tuple[int, str | None]]:
    """(offset, place) where a speaker's heading starts; None: the document's own region."""
    out = []
    for m in _LINE.finditer(text):
        sm = _SPEAKER.match(m.group(0))
        if sm:
            place = sm.group(1)
            own = meta.region and (place == meta.region or place.rstrip("市区县") == meta.region.rstrip("市区县"))
            out.append((m.start(), None if own else place))
    return out


def _place_at(speakers: list[tuple[int, str | None]], offset: int) -> str | None:
    place = None
    for at, name in speakers:
        if at > offset:
            break
        place = name
    return place


_TITLE_YEAR = re.compile(r"(?<!\d)(\d{4})年")


def _role_at(sections: Sequence[Section], offset: int, report_year: int | None = None) -> str | None:
    """Role of the smallest section holding offset that has one. A part the outline could not
    name (`二、2025年重点工作` → other) is read from the year in its title: the report's own
    year is the plan, the year before is the review."""
    best = None
    for s in sections:
        if s.start <= offset < s.end and s.role:
            if best is None or (s.end - s.start) < (best.end - best.start):
                best = s
    role = best.role if best else None
    if role in (None, "other") and report_year:
        part = next((s for s in sections if s.level == 1 and s.start <= offset < s.end), None)
        years = _TITLE_YEAR.findall(part.title) if part else []
        if len(years) == 1 and int(years[0]) in (report_year, report_year - 1):
            return "plan" if int(years[0]) == report_year else "review"
    return role


class _Roles:
    """_role_at for the many figures of one document. The answer depends only on which sections
    hold the offset, and that changes only at a section's start or end: one look-up per stretch."""

    def __init__(self, sections: Sequence[Section], report_year: int | None):
        self._sections, self._year = sections, report_year
        self._bounds = sorted({s.start for s in sections} | {s.end for s in sections})
        self._found: dict[int, str | None] = {}

    def at(self, offset: int) -> str | None:
        stretch = bisect_right(self._bounds, offset)
        if stretch not in self._found:
            self._found[stretch] = _role_at(self._sections, offset, self._year)
        return self._found[stretch]


def _sentence_indicator(before: str, region: str | None) -> str | None:
    """The last registered indicator named earlier in the sentence
    (`全市地区生产总值在全省排名实现争先进位，2020年实现3201亿元`)."""
    best = None
    for form, name in indicators.forms_longest_first():
        at = before.rfind(form)
        if at >= 0 and (best is None or at + len(form) > best[0]):
            if name_metric(before[:at + len(form)].split("，")[-1].split(",")[-1], region)[1]:
                best = (at + len(form), name)
    return best[1] if best else None


# Verbs of a flow summed over a period (`五年累计完成8852亿元`), as opposed to a level reached.
_FLOW = re.compile(r"累计|完成|新[增建投引认开]|引进|招引|投入|合计|总计|实现|培育|认定|建成|创建|迁入|发放|"
                   r"争取|减少|增加|支出|年均")


def _is_count(unit: str) -> bool:
    """Counts of things (家, 个, 万人…), as opposed to money, rates and ranks."""
    return unit not in ("%", "rank", "个百分点", "倍") and not unit.endswith(("元", "亿", "万"))


def _measure(m: Mention, lead, unit: str) -> str:
    if unit == "rank":
        return "rank"
    if m.special == "翻番":
        return "growth"
    if unit == "个百分点":
        return "gap" if lead.gap else "change"
    if lead.share:
        return "share"
    if unit == "倍":
        return "multiple"
    if unit == "%" and (lead.direction or lead.growth):
        return "growth"
    if lead.direction:
        return "change"
    return "level"


_DATELINE = re.compile(r"(\d{4})年\d{1,2}月\d{1,2}日在")
_PLAN_HEADING_YEAR = re.compile(r"(\d{4})年工作安排")


def report_year(text: str, meta: Meta) -> int | None:
    """meta.year; failing that the dateline (——2025年2月26日在…会议上) or the plan heading."""
    if meta.year:
        return meta.year
    m = _DATELINE.search(text[:3000]) or _PLAN_HEADING_YEAR.search(text)
    return int(m.group(1)) if m else None


def extract_figures(text: str, sections: Sequence[Section] = (), meta: Meta | None = None) -> list[Figure]:
    meta = meta or Meta()
    year = report_year(text, meta)
    if year != meta.year:
        meta = meta._replace(year=year)
    figures: list[Figure] = []
    paragraphs = _spans(text, _LINE_BREAK)
    mentions = [m for m in find_mentions(text) if not _is_threshold(text, m) and not _is_scope(text, m)]
    if not any(s.role for s in sections):
        sections = list(sections) + _fallback_sections(text, meta)
    speakers = _speakers(text, meta)
    reading = _Reading(text, sections, meta)
    mi = 0
    for p_start, p_end in paragraphs:
        if mi == len(mentions) or mentions[mi].start >= p_end:
            continue      # no value in this paragraph
        for s_start, s_end in _cut(p_start, p_end, reading.sentence_ends):
            sentence_mentions = []
            while mi < len(mentions) and mentions[mi].start < s_end:
                if mentions[mi].start >= s_start:
                    sentence_mentions.append(mentions[mi])
                mi += 1
            if sentence_mentions:
                found = _sentence_figures(reading, sentence_mentions, (s_start, s_end), (p_start, p_end))
                place = _place_at(speakers, s_start)
                if place:
                    # 恩平's 经济总量 is 恩平市地区生产总值: kept out of the city's rows
                    found = [f._replace(metric=place + f.metric)
                             if indicators.canonical(f.metric) and not f.metric.startswith(place) else f
                             for f in found]
                figures.extend(found)
    if meta.region == "全国":
        # the nation's output is 国内生产总值, whether written so, as GDP or as 经济总量
        figures = [f._replace(metric="国内生产总值", group=indicators.group("国内生产总值"))
                   if f.metric == "地区生产总值" else f for f in figures]
    return figures


class _Reading:
    """What one call of extract_figures works out once and consults for every sentence."""

    def __init__(self, text: str, sections: Sequence[Section], meta: Meta):
        self.text, self.meta = text, meta
        self.timeline = Timeline(text)
        self.roles = _Roles(sections, meta.year)
        # 高于全市 (均高于全市 too: whether it is there does not depend on a 均 or 都 before it)
        self.beats_whole = re.compile(r"(?:高于|低于|快于|慢于|超过)" + _own_scope(meta.region))
        self.breaks = _marks_after(text, _CLAUSE_BREAKS)     # where clauses start
        self.sentence_ends = _marks_after(text, _SENTENCE_ENDS)
        self._leads: dict[str, Lead] = {}

    def lead(self, words: str):
        """read_lead of the words before a value; leads such as 增长 or 、 recur all through a report."""
        found = self._leads.get(words)
        if found is None:
            found = self._leads[words] = read_lead(words, self.meta.region)
        return found


_STRETCH_OPENING = re.compile(r"(?:今年|全年|同时|并)?[，,]?力争")
_CLAUSE_PUNCT = re.compile(r"[，,；;]")
_CHAIN_BREAK = re.compile(r"[，,；;：:]")
_NEW_ITEM = re.compile(r"新[增建]|新认定|新引进")
_NEW_PREFIX = re.compile(r"^新(?:增|认定|引进|建)")
_NAME_AFTER = re.compile(r"[^，,。；;、：:\n]{1,16}")


def _sentence_figures(reading: _Reading, mentions, sentence, paragraph) -> list[Figure]:
    text, meta = reading.text, reading.meta
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end].strip()
    # 力争A增长5%，B增长10%: a sentence that opens with 力争 sets stretch targets throughout
    stretch = bool(_STRETCH_OPENING.match(sentence_text))
    out: list[Figure] = []
    previous: list[tuple[str, str]] = []      # (metric, measure) of the figures so far
    chains: list[int] = []                    # for each of previous: its run of figures joined by 、
    chain = 0
    carried: list[str] = []                   # metric(s) of the last figure
    queue: list[str] = []                     # 分别: metrics still waiting for their value
    dist_lead = None
    start_end = None                          # (start, end) years of a 由X增加到Y run
    prev_end = s_start
    breaks = reading.breaks
    for m in mentions:
        if m.start < prev_end:
            continue      # inside the noun counted by the value before (3条产值超500亿元产业链)
        # the clause of the value starts after the last break between the value before and this one
        last_break = bisect_right(breaks, m.start) - 1
        clause_start = breaks[last_break] if last_break >= 0 and breaks[last_break] > prev_end else prev_end
        raw_lead = text[prev_end:m.start]
        lead = reading.lead(text[clause_start:m.start])
        if (out and _is_count(out[-1].unit) and out[-1].end == prev_end and not _is_count(m.unit)
                and lead.qualifier in ("超", "超过", "突破") and not _CLAUSE_PUNCT.search(raw_lead)):
            prev_end = m.end      # 24个镇街超50亿: how many places pass a threshold, not an amount
            continue
        unit = m.unit
        after = text[m.end:m.end + 20]
        # whose value is it?
        metrics: list[str]
        noun = counted_noun(after) if unit not in ("%", "rank", "个百分点", "倍") else ""
        if noun and not _is_count(unit) and not (lead.phrase and counts_what_follows(lead.phrase)):
            noun = ""     # money after an empty lead belongs to the metric before: 176亿元、增长47%
        noun_end = m.end
        if lead.distributed and (lead.metrics or (not lead.phrase and previous)):
            # A、B分别增长x%、y%  /  A 57.57万户，B 4872家，分别增长126.8%、32.5%
            queue = ([name_metric(x)[0] for x in lead.metrics] if lead.metrics
                     else list(dict.fromkeys(mt for mt, _ in previous)))
            dist_lead = lead
            metrics = [queue.pop(0)]
        elif queue and not lead.phrase:
            metrics = [queue.pop(0)]
            lead = dist_lead          # 分别增长29.4%、36.5%: the second value reads like the first
        elif lead.metrics and all(name_metric(x)[1] for x in lead.metrics):
            metrics = [name_metric(x)[0] for x in lead.metrics]   # 规上工业增加值、社零总额增长5%
        elif noun and (counts_what_follows(lead.phrase) or raw_lead.rstrip().endswith("、")):
            # 成立总指挥部、12个专项指挥部: a value right after 、 opens its own item, named after it
            new = _NEW_ITEM.match(lead.phrase or "")
            metrics = [("新增" + noun) if new and not noun.startswith("新") else noun]
            noun_end = m.end + after.find(noun) + len(noun)
        elif lead.phrase:
            metrics = [name_metric(without_count_verb(lead.phrase))[0]]
        elif lead.shared and previous:
            # 规上工业增加值增长3.1%、社零总额增长2.4%，均排全省第4: the last run, not the sentence
            last_measure, last_chain = previous[-1][1], chains[-1]
            metrics = list(dict.fromkeys(mt for (mt, ms), c in zip(previous, chains)
                                         if ms == last_measure and c == last_chain))
        elif carried and lead.total:
            # 新认定高新技术企业3500家，总数达到1.9万家: the total is the stock, not the new ones
            metrics = [name_metric(_NEW_PREFIX.sub("", mt))[0] for mt in carried]
        elif carried:
            metrics = list(carried)
        elif _sentence_indicator(text[s_start:m.start], meta.region):
            metrics = [_sentence_indicator(text[s_start:m.start], meta.region)]
        else:
            tail = _NAME_AFTER.match(after)
            metrics = [noun or (tail.group(0) if tail else "未命名")]
        measure = _measure(m, lead, unit)
        if _CHAIN_BREAK.search(raw_lead):
            chain += 1
        if (measure == "level" and not lead.phrase and metrics == carried and out
                and out[-1].unit == unit):
            measure = out[-1].measure     # 增长6%以上、力争7%以上: the stretch reads like the main
        value, high = m.value, m.value_high
        if lead.negative and unit != "rank":
            value = -value
            high = None if high is None else -high
        qualifier = m.scope if unit == "rank" else (
            "力争" if lead.qualifier == "力争" else (m.suffix or lead.qualifier
                                                  or ("力争" if lead.stretch_clause or stretch else None)))
        # a level, a rate reached or a rank held, stated without a verb of flow: where things stood
        # at the end of a multi-year span (研发投入强度达到2.8%, 稳居全省第2位)
        # (a rank with no name of its own ranks the figure before it: 四年增长66.7%、全省第3)
        rate = unit in ("%", "rank")
        # a rate's own clause decides (研发投入强度 holds 投入, not a verb of flow); an amount's sentence
        stock = ((measure == "level" or (measure == "rank" and bool(lead.phrase)))
                 and unit not in ("个百分点", "倍") and not lead.from_level
                 and not (_FLOW.search(text[clause_start:m.start].replace(lead.phrase, "", 1)) if rate
                          else _FLOW.search(text, s_start, m.start)))
        when = decide(text, m.start, (s_start, s_end), paragraph,
                      reading.roles.at(m.start), meta.year, stock=stock, rate=rate,
                      timeline=reading.timeline)
        when, start_end = _from_to(when, lead, raw_lead, start_end)
        for metric in metrics:
            out.append(Figure(metric=metric, value=value, unit=unit, kind=when.kind,
                              start=m.start, end=m.end, sentence=sentence_text,
                              value_high=high, qualifier=qualifier, year=when.year,
                              period=when.period, group=indicators.group(metric),
                              measure=measure, text=m.text))
            previous.append((metric, measure))
            chains.append(chain)
        if lead.share and lead.share_of_whole and metrics == carried:
            # 完成规上工业增加值824.4亿元、占全市的60.6%: a part of the city, not the city's figure
            part = {mt: mt + "（部分）" for mt in metrics if indicators.canonical(mt)}
            if part:
                for i in range(len(out)):
                    if out[i].metric in part and chains[i] == chain:
                        renamed = part[out[i].metric]
                        out[i] = out[i]._replace(metric=renamed)
                        previous[i] = (renamed, previous[i][1])
        carried = metrics
        prev_end = noun_end     # the counted noun after a value is not the next value's lead
    return _parts_of_the_whole(text, out, chains, s_end, reading.beats_whole)


_TO = re.compile(r"(?:增加|提高|增长|上升|提升|扩大|下降|降低|减少|缩小)(?:到|至)$|[增升降]至$")


def _from_to(when, lead, raw_lead: str, start_end):
    """由3469亿元增加到5128亿元: the first value is the level before the span spoken of, the
    second the level at its end; neither is a figure over the whole span."""
    if lead.from_level:
        if when.period:
            lo, hi = (int(y) for y in when.period.split("-"))
        elif when.year:
            lo = hi = when.year
        else:
            return when, None
        return when._replace(year=lo - 1, period=None), (lo - 1, hi)
    if start_end and _TO.search(raw_lead.strip()):
        return when._replace(year=start_end[1], period=None), None
    return when, start_end


def _own_scope(region: str | None) -> str:
    """How a document names its own whole: 全市 in a city's report, 全国 in the State Council's."""
    if not region or region == "全国":
        return "全国"
    return {"市": "全市", "省": "全省", "区": "全区", "县": "全县"}.get(region[-1], "全市")


def _parts_of_the_whole(text, out, chains, s_end, beats_whole):
    """`经济总量增长4.4%、规上工业增加值增长13.6%，均高于全市平均水平`: in a city's report only a part
    of the city can beat the city's average, so that run is not the city's own figures.
    beats_whole: 高于全市 and the like, with the document's own whole (_own_scope)."""
    if not out:
        return out
    renamed = set()
    for i, f in enumerate(out):
        nxt = out[i + 1].start if i + 1 < len(out) and out[i + 1].start > f.end else s_end
        if chains[i] not in renamed and (i + 1 == len(out) or chains[i + 1] != chains[i]) \
                and beats_whole.search(text, f.end, nxt):
            renamed.add(chains[i])
    if not renamed:
        return out
    return [f._replace(metric=f.metric + "（部分）")
            if c in renamed and indicators.canonical(f.metric) else f
            for f, c in zip(out, chains)]
