"""Compare two reports: aligned sections, wording changes and figure changes.

``compare_documents(a, b)`` pairs the sections (jmdesk.core.align), then diffs
the text each pair owns (its span without its subsections, which have pairs of
their own; jmdesk.core.diff), and pairs the figures of each pair: same metric,
kind and unit, in reading order. A figure with the same value, unit and
qualifier on the other side, anywhere in it, is never a change. A figure change
is attached to the wording change that covers it, so a target that became words
(固定资产投资增长6% → 提质提效) shows the new wording with the dropped figure.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container
from operator import attrgetter

from jmdesk.core import regex_cache

regex_cache.warm()     # before the stages below compile their patterns

from jmdesk.core.align import align_sections  # noqa: E402
from jmdesk.core.diff import DiffOptions, Edit, diff_text  # noqa: E402
from jmdesk.core.document import (Change, Comparison, Document, Figure, FigureChange, Section,
                                  SectionPair)  # noqa: E402
from jmdesk.core.spans import subtract  # noqa: E402

RATE_UNITS = {"%", "‰"}


class CompareOptions(DiffOptions):
    """Options of a comparison (the app exposes ``punctuation_counts``)."""
    __slots__ = ()


def compare_documents(a: Document, b: Document, options: CompareOptions | DiffOptions | None = None,
                      pairs: list[SectionPair] | None = None) -> Comparison:
    options = options or CompareOptions()
    pairs = list(pairs if pairs is not None else align_sections(a, b))
    figs = (_Figures(a), _Figures(b))
    outlines = (_Outline(a), _Outline(b))
    changes: list[Change] = []
    for group in _groups(pairs):
        changes.extend(_compare_group(a, b, pairs, group, options, figs, outlines))
    changes.extend(_whole_section_changes(a, b, pairs))
    changes.extend(_compare_unsectioned(a, b, options, figs))
    changes.sort(key=lambda c: (c.b_start, c.a_start, c.b_end))
    pairs = _refine_status(pairs, changes, *outlines)
    return Comparison(a=a, b=b, pairs=tuple(pairs), changes=tuple(changes))


# ---------------------------------------------------------------- grouping
def _groups(pairs: list[SectionPair]) -> list[list[int]]:
    """Indices of paired pairs, joined where one section is in several pairs (split/merge)."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.setdefault(i, i) != i:
            i = parent[i]
        return i

    first_a: dict[str, int] = {}
    first_b: dict[str, int] = {}
    for k, p in enumerate(pairs):
        if p.a is None or p.b is None:
            continue
        find(k)
        for key, seen in ((p.a, first_a), (p.b, first_b)):
            if key in seen:
                parent[find(k)] = find(seen[key])
            else:
                seen[key] = k
    groups: dict[int, list[int]] = {}
    for k in parent:
        groups.setdefault(find(k), []).append(k)
    return [sorted(g) for g in groups.values()]


_NUMBER = re.compile(r"\s*(?:第?[一二三四五六七八九十百\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*")


def heading_span(doc: Document, section: Section) -> tuple[int, int] | None:
    """The heading of a section without its number (renumbering is not a change of
    wording), wherever the heading stands (a misplaced part heading may be far away)."""
    hs, he = section.title_start, section.title_end
    if hs < 0 or he <= hs:
        return None
    m = _NUMBER.match(doc.text, hs, he)
    if m:
        hs = m.end()
    return (hs, he) if he > hs else None


def _foreign_headings(doc: Document) -> list[tuple[int, int]]:
    """Headings printed outside their own section (001's part headings at the very end)."""
    out = []
    for s in doc.sections:
        if s.title_start >= 0 and not (s.start <= s.title_start < s.end):
            out.append((s.title_start, s.title_end))
    return sorted(out)


def own_segments(doc: Document, section: Section) -> list[tuple[int, int]]:
    """The text a section owns: its heading first (a piece of its own, so that a new
    heading is not run into the first sentence), then its body without its
    subsections (which have pairs of their own) and without misplaced headings."""
    return _Outline(doc).own_segments(section)


class _Outline:
    """One document's sections by id and by parent, looked up in loops (``Document.section``
    scans every section at each call)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_id: dict[str, Section] = {}
        self.children: dict[str | None, list[Section]] = {}
        for s in doc.sections:
            self.by_id.setdefault(s.id, s)
            self.children.setdefault(s.parent, []).append(s)
        self.foreign = _foreign_headings(doc)

    def section(self, section_id: str) -> Section | None:
        return self.by_id.get(section_id)

    def own_segments(self, section: Section) -> list[tuple[int, int]]:
        """``own_segments`` of the document."""
        heading = heading_span(self.doc, section)
        holes = sorted([(k.start, k.end) for k in self.children.get(section.id, ())]
                       + self.foreign
                       + ([(section.title_start, section.title_end)] if section.title_start >= 0 else []))
        body = subtract([(section.start, section.end)], holes)
        return ([heading] if heading else []) + body


def unsectioned_segments(doc: Document) -> list[tuple[int, int]]:
    """Text before, between and after the top-level sections (heading, opening words)."""
    tops = [(s.start, s.end) for s in doc.sections if s.parent is None]
    return subtract([(0, len(doc.text))], sorted(tops + _foreign_headings(doc)))


class _Figures:
    """One document's figures, sorted for lookups by position, with their identities."""

    def __init__(self, doc: Document):
        self.figs = sorted(doc.figures, key=attrgetter("start", "end"))
        self.starts = [f.start for f in self.figs]
        self.identities = _Identities(self.figs)

    def within(self, segments: list[tuple[int, int]]) -> list[Figure]:
        out = []
        for s, e in segments:
            k = bisect_left(self.starts, s)
            while k < len(self.figs) and self.figs[k].start < e:
                if self.figs[k].end <= e:
                    out.append(self.figs[k])
                k += 1
        return out


class _Identities:
    """The identities of a document's figures, as a container: the identities of a metric
    are worked out when one of that metric is first looked up (most never are)."""

    def __init__(self, figs: list[Figure]):
        self.by_metric: dict[str, list[Figure]] = {}
        for f in figs:
            self.by_metric.setdefault(f.metric, []).append(f)
        self.known: dict[str, frozenset] = {}

    def __contains__(self, identity: tuple) -> bool:
        metric = identity[0]
        found = self.known.get(metric)
        if found is None:
            found = self.known[metric] = frozenset(_identity(f) for f in self.by_metric.get(metric, ()))
        return identity in found


# ---------------------------------------------------------------- comparing a group
def _compare_group(a: Document, b: Document, pairs: list[SectionPair], group: list[int],
                   options: DiffOptions, figs: tuple[_Figures, _Figures],
                   outlines: tuple[_Outline, _Outline]) -> list[Change]:
    oa, ob = outlines
    a_ids = sorted({pairs[k].a for k in group}, key=lambda i: oa.section(i).start)
    b_ids = sorted({pairs[k].b for k in group}, key=lambda i: ob.section(i).start)
    a_segs = [seg for i in a_ids for seg in oa.own_segments(oa.section(i))]
    b_segs = [seg for i in b_ids for seg in ob.own_segments(ob.section(i))]
    return _compare_segments(a, b, a_segs, b_segs, options,
                             lambda e: _pair_of(e, pairs, group, oa, ob), figs)


def _compare_unsectioned(a: Document, b: Document, options: DiffOptions,
                         figs: tuple[_Figures, _Figures]) -> list[Change]:
    return _compare_segments(a, b, unsectioned_segments(a), unsectioned_segments(b), options,
                             lambda e: None, figs)


def _pair_of(edit: Edit, pairs: list[SectionPair], group: list[int], a: _Outline, b: _Outline) -> int:
    if len(group) == 1:
        return group[0]
    for k in group:
        sb = b.section(pairs[k].b)
        if edit.kind != "delete" and sb.start <= edit.b_start < sb.end:
            return k
        sa = a.section(pairs[k].a)
        if edit.kind == "delete" and sa.start <= edit.a_start < sa.end:
            return k
    return group[0]


def _compare_segments(a: Document, b: Document, a_segs, b_segs, options: DiffOptions, pair_of,
                      figs: tuple[_Figures, _Figures]) -> list[Change]:
    if not a_segs and not b_segs:
        return []
    fa, fb = figs[0].within(a_segs), figs[1].within(b_segs)
    result = diff_text(a.text, a_segs, b.text, b_segs,
                       [(f.start, f.end) for f in fa], [(f.start, f.end) for f in fb], options,
                       a.misreadings, b.misreadings)
    edits = result.edits
    # Figures are paired inside reworded sentences; twins anywhere in the other document cancel.
    fig_changes = []
    for a_spans, b_spans in result.groups:
        fig_changes.extend(figure_changes(figs[0].within(a_spans), figs[1].within(b_spans),
                                          figs[0].identities, figs[1].identities))
    new = tuple.__new__     # Change(...) without the Python-level __new__ of named tuples
    changes = []
    for e in edits:
        kind, a_s, a_e, b_s, b_e = e
        changes.append(new(Change, (kind, a_s, a_e, b_s, b_e, a.text[a_s:a_e], b.text[b_s:b_e], None,
                                    pair_of(e))))
    return _attach_figures(changes, fig_changes, a, b, pair_of)


# ---------------------------------------------------------------- figures
def _identity(f: Figure) -> tuple:
    return (f.metric, f.kind, f.unit, round(f.value, 6),
            None if f.value_high is None else round(f.value_high, 6), f.qualifier or "")


def _stretch(f: Figure, figs: list[Figure]) -> bool:
    """A 力争 figure right after a firm one of the same metric (6%以上、力争7%以上) goes with it."""
    return (f.qualifier == "力争"
            and any(g is not f and g.metric == f.metric and g.kind == f.kind and g.end <= f.start
                    and f.start - g.end <= 8 and g.qualifier != "力争" for g in figs))


def figure_changes(fa: list[Figure], fb: list[Figure], ids_a: Container = frozenset(),
                   ids_b: Container = frozenset()) -> list[FigureChange]:
    """Changed, dropped and new figures between two stretches of text.

    Figures with the same identity (metric, kind, value, unit, qualifier) on
    both sides cancel out, here first and then against the whole other
    document (``ids_a``/``ids_b``: the identities of all its figures); the rest are
    paired by metric, kind and unit in reading order.
    """
    fa = sorted((f for f in fa if not _stretch(f, fa)), key=lambda f: f.start)
    fb = sorted((f for f in fb if not _stretch(f, fb)), key=lambda f: f.start)
    id_b = [_identity(g) for g in fb]
    twinned = [False] * len(fb)
    left_a = []
    for f in fa:
        id_f = _identity(f)
        # its twin: the first figure of B with the same identity not yet taken
        k = next((k for k, same in enumerate(id_b) if same == id_f and not twinned[k]), None)
        if k is None:
            if id_f not in ids_b:
                left_a.append(f)
        else:
            twinned[k] = True
    left_b = [g for g, id_g, taken in zip(fb, id_b, twinned) if not taken and id_g not in ids_a]

    out: list[FigureChange] = []
    used_b: set[int] = set()
    for f in left_a:
        k = next((k for k, g in enumerate(left_b) if k not in used_b and _comparable(f, g)), None)
        if k is None:
            out.append(FigureChange(f.metric, f, None))
            continue
        used_b.add(k)
        out.append(_change(f, left_b[k]))
    out.extend(FigureChange(g.metric, None, g) for k, g in enumerate(left_b) if k not in used_b)
    return out


def _comparable(f: Figure, g: Figure) -> bool:
    if f.metric != g.metric or f.kind != g.kind or f.unit != g.unit:
        return False
    if f.measure and g.measure and f.measure != g.measure:
        return False
    if f.kind == "actual" and f.year is not None and g.year is not None and f.year == g.year \
            and f.period == g.period:
        # The same year's result stated twice is a correction, still a change.
        return True
    return True


def _change(old: Figure, new: Figure) -> FigureChange:
    delta = new.value - old.value
    rel = delta / abs(old.value) if old.value else None
    points = delta if old.unit in RATE_UNITS else None
    return FigureChange(old.metric, old, new, round(delta, 6), None if rel is None else round(rel, 6),
                        None if points is None else round(points, 6))


def _attach_figures(changes: list[Change], fig_changes: list[FigureChange], a: Document, b: Document,
                    pair_of) -> list[Change]:
    """Put each figure change on the wording change that covers it, or add one of its own."""
    taken: set[int] = set()
    extra: list[Change] = []
    for fc in fig_changes:
        hit = None
        for k, c in enumerate(changes):
            if k in taken:
                continue
            if (fc.old is not None and c.kind != "insert"
                    and c.a_start < fc.old.end and fc.old.start < c.a_end):
                hit = k
                break
            if (fc.new is not None and c.kind != "delete"
                    and c.b_start < fc.new.end and fc.new.start < c.b_end):
                hit = k
                break
        if hit is not None:
            taken.add(hit)
            changes[hit] = changes[hit]._replace(figure=fc)
            continue
        extra.append(_standalone(fc, a, b, changes, pair_of))
    return changes + extra


def _standalone(fc: FigureChange, a: Document, b: Document, changes: list[Change], pair_of) -> Change:
    if fc.old is not None and fc.new is not None:
        kind, a_s, a_e, b_s, b_e = "replace", fc.old.start, fc.old.end, fc.new.start, fc.new.end
    elif fc.old is not None:
        kind, a_s, a_e = "delete", fc.old.start, fc.old.end
        b_s = b_e = _nearest(changes, fc.old.start)
    else:
        kind, b_s, b_e = "insert", fc.new.start, fc.new.end
        a_s = a_e = _nearest(changes, fc.new.start, on_b=True)
    edit = Edit(kind, a_s, a_e, b_s, b_e)
    return Change(kind, a_s, a_e, b_s, b_e, a.text[a_s:a_e], b.text[b_s:b_e], fc, pair_of(edit))


def _nearest(changes: list[Change], pos: int, on_b: bool = False) -> int:
    """Where a figure missing on one side is anchored: by the closest change, else at 0."""
    best = None
    for c in changes:
        here, there = (c.b_start, c.a_end) if on_b else (c.a_start, c.b_end)
        if best is None or abs(here - pos) < best[0]:
            best = (abs(here - pos), there)
    return best[1] if best else 0


# ---------------------------------------------------------------- added and removed sections
def _whole_section_changes(a: Document, b: Document, pairs: list[SectionPair]) -> list[Change]:
    added = {p.b for p in pairs if p.a is None}
    removed = {p.a for p in pairs if p.b is None}
    index = {(p.a, p.b): k for k, p in enumerate(pairs)}
    partner_a: dict[str, str] = {p.b: p.a for p in pairs if p.a and p.b}
    partner_b: dict[str, str] = {p.a: p.b for p in pairs if p.a and p.b}
    out = []
    for sid in added:
        s = b.section(sid)
        if s.parent in added:
            continue                     # inside an added parent: covered by the parent's change
        pos = _anchor(b, s, partner_a, a)
        out.append(Change("insert", pos, pos, s.start, s.end, "", b.text[s.start:s.end], None,
                          index[(None, sid)]))
    for sid in removed:
        s = a.section(sid)
        if s.parent in removed:
            continue
        pos = _anchor(a, s, partner_b, b)
        out.append(Change("delete", s.start, s.end, pos, pos, a.text[s.start:s.end], "", None,
                          index[(sid, None)]))
    return out


def _anchor(doc: Document, s: Section, partner: dict[str, str], other: Document) -> int:
    """Where, in the other document, an added or removed section would sit."""
    siblings = [x for x in doc.sections if x.parent == s.parent and x.end <= s.start]
    for prev in reversed(siblings):
        if prev.id in partner:
            return other.section(partner[prev.id]).end
    if s.parent and s.parent in partner:
        o = other.section(partner[s.parent])
        return max(o.title_end, o.start) if o.title_end >= 0 else o.start
    return 0


def _refine_status(pairs: list[SectionPair], changes: list[Change], a: _Outline,
                   b: _Outline) -> list[SectionPair]:
    """A paired section with no change inside it is unchanged (its numbering may differ)."""
    # Where the changes that are not empty on a side start there, sorted for range lookups.
    a_starts = sorted(c.a_start for c in changes if c.kind != "insert" and c.a_end > c.a_start)
    b_starts = sorted(c.b_start for c in changes if c.kind != "delete" and c.b_end > c.b_start)
    out = []
    for p in pairs:
        if p.a is None or p.b is None or p.status == "moved":
            out.append(p)
            continue
        sa, sb = a.section(p.a), b.section(p.b)
        touched = _any_within(a_starts, sa.start, sa.end) or _any_within(b_starts, sb.start, sb.end)
        out.append(p._replace(status="changed" if touched else "unchanged"))
    return out


def _any_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether some of the sorted ``starts`` lies in [lo, hi)."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi
