"""The outline: parts, numbered sections and sub-items as a tree with spans.

`build_outline(text, marks=None)` returns Sections in document order. Levels:
1 parts, 2 numbered sections (and the review's thematic openers, the targets
paragraph and the closing, which sit where a numbered section would), 3
sub-items. A section's span runs from its heading to the next heading of the
same or a higher level; `title_start`/`title_end` span the heading itself
(number and title, without the final 。 and without the body).

Misplaced part headings (a copy that put `一、2022年工作回顾` and
`二、2023年工作安排` at the end, or two part headings side by side) are placed
where their content is: each run of numbered sections (numbering restarts at
（一）) belongs to one part, and a plan part begins at its introduction (the
overall requirements, the targets). Such parts have `inferred=True`; their
title span still points at where the heading text really is. Numbering that
restarts with no part heading at all gets a synthetic part (title "",
title_start -1). See docs/outline.md for each sample.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from jmdesk.core.document import Section
from jmdesk.core import outline_headings as oh
from jmdesk.core.outline_headings import Head, Paragraph
from jmdesk.core.spans import find_all

# 一年来 is the single year under review, not a multi-year period
_PERIOD = re.compile(r"“[^”]{2,6}”时期|五年来|过去[二三四五]年|[二三四五]年来|[两几多]年来")
_REVIEW = re.compile(r"回顾")
_PLAN = re.compile(r"工作安排|工作任务|主要任务|重点任务|重点工作|主要目标|今年工作|总体要求|工作部署|目标任务")
_SINGLE_YEAR = re.compile(r"(?:各位代表[，,])?(?:\d{4}|今)年[，,是]")


def build_outline(text: str, marks: Iterable | None = None) -> list[Section]:
    """The headings of a cleaned text as Sections (see the module docstring).

    `marks` are the Mark hints of clean.Cleaned (removed markdown headings and
    bold); without them bold-only headings of markdown copies are not found."""
    paras = oh.paragraphs(text)
    if not paras:
        return []
    bold = [(m.start, m.end) for m in (marks or ()) if m.kind == "bold"]
    heads = _candidates(paras, text, bold)
    if not any(h.kind in ("part", "section", "opener") for h in heads):
        heads = [oh.speaker(p, text) for p in paras]
        heads = [h for h in heads if h]
        for h in heads:
            h.level, h.role = 1, "other"
            # a speaker's block ends with its byline (记者名)
            h.end = next((p.end for p in paras if p.start > h.start and oh.is_byline(p)), None)
        return _sections(heads, paras, text, _boundaries(paras))
    heads = _place_parts(heads, paras, text)
    _levels(heads)
    _roles(heads, paras)
    return _sections(heads, paras, text, _boundaries(paras))


# ---------------------------------------------------------------- candidates

def _candidates(paras: list[Paragraph], text: str, bold) -> list[Head]:
    heads: list[Head] = []
    # searched once in the whole text, not paragraph by paragraph
    brackets = find_all(text, oh.SECTION_OPENS)
    named_targets = find_all(text, (oh.TARGETS_WORDS,))
    for p in paras:
        may_head = oh.MAY_START_HEAD.match(p.text) is not None     # a part, an opener or the closing
        part = may_head and oh.part_heading(p, text)
        if part:
            heads.append(part)
            continue
        secs = oh.section_headings(p, text, brackets)
        if secs:
            heads.extend(secs)
            continue
        first = ((_any_within(named_targets, p) and oh.targets(p, text))
                 or (may_head and (oh.opener(p, text) or oh.closing(p, text)))
                 or oh.lead_sentence(p, text, bold))
        if first:
            heads.append(first)
    # Only the last 各位代表 call after the plan's sections is the closing.
    plans = [h.start for h in heads if h.kind == "part" and part_role(h.title) == "plan"]
    floor = max(plans, default=0)
    sections = [h.start for h in heads if h.kind in ("section", "part") and h.start > floor]
    keep = [h for h in heads if h.kind == "closing" and sections and h.start > sections[0]][-1:]
    return [h for h in heads if h.kind != "closing" or h in keep]


def _any_within(sorted_offsets: list[int], p: Paragraph) -> bool:
    k = bisect.bisect_left(sorted_offsets, p.start)
    return k < len(sorted_offsets) and sorted_offsets[k] < p.end


# ---------------------------------------------------------------- parts

def _runs(heads: list[Head]) -> list[list[Head]]:
    """Runs of numbered sections: numbering that goes back to （一） starts a new run."""
    runs: list[list[Head]] = []
    for h in heads:
        if h.kind != "section":
            continue
        if not runs or h.numeral == 1:
            runs.append([h])
        else:
            runs[-1].append(h)
    return runs


def _body_start(paras: list[Paragraph]) -> int:
    for p in paras:
        if not oh.is_title_block(p):
            return p.start
    return paras[0].start


def _plan_start(first: Head, paras: list[Paragraph], floor: int) -> int:
    """A plan part begins at its introduction: the paragraphs just before its （一）
    that state the overall requirements or the targets."""
    start = first.start
    before = [p for p in paras if floor <= p.start < first.start]
    for p in reversed(before):
        if oh.PLAN_INTRO.search(p.text):
            start = p.start
        else:
            break
    return start


def _place_parts(heads: list[Head], paras: list[Paragraph], text: str) -> list[Head]:
    parts = [h for h in heads if h.kind == "part"]
    if any(h.number for h in parts) and any(not h.number for h in parts):
        # unnumbered part lines above 一、 headings: those 一、 are sections
        for h in parts:
            if h.number:
                h.kind = "section"
        parts = [h for h in heads if h.kind == "part"]
    para_at = {p.start: i for i, p in enumerate(paras)}
    # clusters: part headings side by side, with no body between them
    clusters: list[list[Head]] = []
    for h in parts:
        prev = clusters[-1][-1] if clusters else None
        if prev and _adjacent(prev, h, paras, para_at) and not 0 < h.numeral <= prev.numeral:
            clusters[-1].append(h)
        else:
            clusters.append([h])
    # a list of part headings that reappear in place later is a table of contents
    in_place = {(h.number, h.title) for c in clusters if len(c) == 1 for h in c}
    for cluster in clusters:
        if len(cluster) > 1 and all((h.number, h.title) in in_place for h in cluster):
            for h in cluster:
                h.kind = "dropped"
    clusters = [c for c in clusters if c[0].kind != "dropped"]
    heads = [h for h in heads if h.kind != "dropped"]
    runs = _runs(heads)
    misplaced: set[int] = set()
    for cluster in clusters:
        if len(cluster) < 2 and not _at_end(cluster[-1], paras, para_at, heads):
            continue
        at_end = _at_end(cluster[-1], paras, para_at, heads)
        placed = cluster if at_end else cluster[1:]
        # the last runs of numbered sections belong to the last headings of the cluster
        usable = [r for r in runs if (at_end or r[0].start > cluster[0].start)]
        pairs = list(zip(reversed(placed), reversed(usable)))
        floor = _body_start(paras) if at_end else cluster[0].start
        for h, run in reversed(pairs):
            h.inferred = True
            misplaced.add(id(h))
            if h is placed[0] and at_end and h is cluster[0]:
                h.start = floor
            else:
                h.start = (_plan_start(run[0], paras, floor) if part_role(h.title) in ("plan", "period_plan")
                           else run[0].start)
            floor = h.start
        for h in placed:
            if id(h) not in misplaced:      # more headings than runs: nothing to place them on
                h.kind = "dropped"
    heads = [h for h in heads if h.kind != "dropped"]
    _synthetic_parts(heads, runs, paras)
    if any(h.kind == "part" and h.inferred for h in heads):
        # the misplaced headings' own block (opening words, speaker) ends the last part
        tail = _trailing_block(heads, paras, para_at)
        if tail is not None:
            for h in heads:
                if h.start >= tail and not h.inferred:
                    h.kind = "dropped"
            heads = [h for h in heads if h.kind != "dropped"]
            heads.append(Head("stop", tail, "", -1, -1))
    heads.sort(key=lambda h: (h.start, 0 if h.kind == "part" else 1))
    return heads


def _adjacent(a: Head, b: Head, paras, para_at) -> bool:
    return para_at.get(b.start, -1) == para_at.get(a.start, -9) + 1


def _at_end(h: Head, paras, para_at, heads) -> bool:
    """Nothing but the heading cluster follows (the copy put the headings last)."""
    i = para_at[h.start]
    return all(p.start in {x.start for x in heads if x.kind == "part"} for p in paras[i + 1:])


def _trailing_block(heads, paras, para_at) -> int | None:
    misplaced = [h for h in heads if h.kind == "part" and h.inferred and h.start != h.title_start]
    firsts = [para_at[p] for p in (_para_start_of(h.title_start, paras) for h in misplaced) if p is not None]
    if not firsts:
        return None
    i = min(firsts)
    if i < len(paras) and any(h.start == paras[i].start for h in heads if h.kind == "part" and not h.inferred):
        return None
    while i > 0 and oh.is_opening_words(paras[i - 1]):
        i -= 1
    # only a block at the end of the text
    later = [h for h in heads if h.kind != "part" and h.start >= paras[i].start]
    if later:
        return None
    return paras[i].start


def _para_start_of(offset: int, paras: list[Paragraph]) -> int | None:
    for p in paras:
        if p.start <= offset <= p.end:
            return p.start
    return None


def _synthetic_parts(heads: list[Head], runs: list[list[Head]], paras: list[Paragraph]) -> None:
    """Numbering that restarts with no part heading between: a part begins there."""
    parts = [h for h in heads if h.kind == "part"]
    if len(runs) < 2:
        return
    for prev, run in zip(runs, runs[1:]):
        if any(prev[0].start <= h.start <= run[0].start for h in parts):
            continue
        start = _plan_start(run[0], paras, prev[-1].start)
        intro = " ".join(p.text for p in paras if start <= p.start < run[0].start)
        head = Head("part", start, "", -1, -1, inferred=True)
        head.role = "plan" if oh.PLAN_INTRO.search(intro) else "other"
        heads.append(head)
        if not any(h.start <= prev[0].start for h in parts):
            first = Head("part", min(prev[0].start, _body_start(paras)), "", -1, -1, inferred=True)
            first.role = "review" if any(_REVIEW.search(p.text) for p in paras[:3]) else "other"
            heads.append(first)
        parts = [h for h in heads if h.kind == "part"]


# ---------------------------------------------------------------- levels and roles

def _levels(heads: list[Head]) -> None:
    """Parts 1, numbered sections 2, sub-items one below what contains them."""
    current = {1: False, 2: False}
    for h in heads:
        if h.kind == "part":
            h.level = 1
            current = {1: True, 2: False}
        elif h.kind in ("section", "opener", "targets", "closing"):
            h.level = 2 if current[1] else 1
            if h.kind in ("section", "opener"):
                current[2] = True
        elif h.kind == "item":
            h.level = 3 if current[2] else (2 if current[1] else 1)
    # a targets paragraph inside a numbered section is a sub-item of it
    last_level2 = None
    for h in heads:
        if h.kind == "section":
            last_level2 = h
        elif h.kind == "part":
            last_level2 = None
        elif h.kind == "targets" and last_level2 is not None:
            h.level = 3
        # the closing is never a child of the section before it
        if h.kind == "closing":
            last_level2 = None


def part_role(title: str) -> str:
    if not title:
        return "other"
    period = bool(_PERIOD.search(title))
    if _REVIEW.search(title):
        return "period_review" if period else "review"
    if _PLAN.search(title):
        return "period_plan" if period else "plan"
    return "other"


def _roles(heads: list[Head], paras: list[Paragraph]) -> None:
    role = None
    year_review_from = None
    for h in heads:
        if h.kind == "part":
            role = h.role or part_role(h.title)
            h.role = role
            # a review of a period and a year (“十三五”时期及2020年) turns to the
            # year at the paragraph that opens with it (各位代表，2020年是…)
            year_review_from = None
            if role == "period_review" and re.search(r"及\d{4}年", h.title):
                after = [p for p in paras if p.start > h.start and _SINGLE_YEAR.match(p.text)]
                if after:
                    year_review_from = after[0].start
        elif h.kind == "closing":
            h.role = "closing"
        elif h.kind == "targets":
            h.role = "targets" if role == "plan" else role
        elif h.kind == "stop":
            continue
        else:
            h.role = role
            if year_review_from is not None and h.start >= year_review_from:
                h.role = "review"
            # 五年来，我们… / 过去四年，我们… in a review: a review of the period
            if h.kind == "opener" and role == "review" and oh.PERIOD_WORDS.match(h.title):
                h.role = "period_review"
    # A targets paragraph outside a plan part is not the year's targets.
    for h in heads:
        if h.kind == "targets" and h.role != "targets":
            h.kind = "dropped"
    heads[:] = [h for h in heads if h.kind != "dropped"]


# ---------------------------------------------------------------- sections

def _boundaries(paras: list[Paragraph]) -> list[int]:
    """Where another newspaper story begins (its headline): no section runs past it."""
    out = []
    for i, p in enumerate(paras):
        if oh.story_start(p):
            j = i
            if j > 0 and oh.is_headline(paras[j - 1]):
                j -= 1
            out.append(paras[j].start)
    return out


def _sections(heads: list[Head], paras: list[Paragraph], text: str, bounds: list[int]) -> list[Section]:
    heads = sorted(heads, key=lambda h: (h.start, h.level if h.level else 9))
    stops = sorted(set(bounds) | {h.start for h in heads if h.kind == "stop"})
    heads = [h for h in heads if h.kind != "stop"]
    # an address to the congress (各位代表，…) belongs to the part, not to the section before it
    address = [p.start for p in paras if p.text.startswith("各位代表")]
    n = len(text)
    ends = []
    for i, h in enumerate(heads):
        end = n
        for j in range(i + 1, len(heads)):
            other = heads[j]
            if other.level <= h.level and other.start > h.start:
                end = other.start
                break
        if stops:
            end = min(end, _first_after(stops, h.start, n))
        if h.level >= 2 and address:
            end = min(end, _first_after(address, h.start, n))
        if h.end is not None:
            end = min(end, h.end)
        end = _trim(text, h.start, end)
        ends.append(end)
    # ids and parents
    sections: list[Section] = []
    stack: list[tuple[Section, Head]] = []
    for k, (h, end) in enumerate(zip(heads, ends)):
        while stack and not (stack[-1][1].level < h.level and h.start < stack[-1][0].end
                             and stack[-1][1].kind not in ("closing", "targets")):
            stack.pop()
        parent = stack[-1][0].id if stack else None
        sec = Section(id=f"s{k + 1}", parent=parent, level=h.level, number=h.number,
                       title=h.title, start=h.start, end=end, title_start=h.title_start,
                       title_end=h.title_end, role=h.role, inferred=h.inferred)
        sections.append(sec)
        stack.append((sec, h))
    return sections


def _first_after(sorted_offsets: list[int], offset: int, default: int) -> int:
    """The first of `sorted_offsets` past `offset`, or `default`."""
    k = bisect.bisect_right(sorted_offsets, offset)
    return sorted_offsets[k] if k < len(sorted_offsets) else default


def _trim(text: str, start: int, end: int) -> int:
    """A span ends at the end of its last paragraph, not on the newline after it."""
    while end > start and text[end - 1] == "\n":
        end -= 1
    return end
