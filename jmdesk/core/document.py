"""Plain, immutable values shared by the engine, the command line and the app.

Everything the engine returns is built from these types; only ``jmdesk.ui``
turns them into cursors and colours. Offsets are ``str`` indices into
``Document.text`` (the cleaned text), as CONTRACT.md specifies.

They are named tuples, not dataclasses: every `jmdesk` run defines them, and a
frozen dataclass costs ~0.5 ms to define (its methods are generated and compiled
at import), ten times a named tuple. Change one with ``value._replace(field=…)``.
"""
from __future__ import annotations

from typing import Literal, NamedTuple

DocumentKind = Literal["report", "article"]
FigureKind = Literal["actual", "target"]
# What a part of a report is about; set by the outline, read by figure extraction
# to decide whether a figure is a result (review) or a target (plan).
SectionRole = Literal["review", "period_review", "plan", "period_plan", "targets", "closing", "other"]
PairStatus = Literal["unchanged", "changed", "moved", "added", "removed"]
ChangeKind = Literal["insert", "delete", "replace"]


class Meta(NamedTuple):
    """What a report is: title, region, year and date of delivery, kind."""
    title: str | None = None
    region: str | None = None
    year: int | None = None          # year the report was delivered
    date: str | None = None          # ISO date, e.g. "2025-02-26"
    kind: DocumentKind | None = None

    def to_json(self) -> dict:
        return self._asdict()


class Section(NamedTuple):
    id: str                          # "s1", "s2", … in document order
    parent: str | None               # id of the enclosing section, None at the top
    level: int                       # 1 part, 2 numbered section, 3 sub-item
    number: str | None               # "一、", "（一）" as written, None when unnumbered
    title: str                       # heading without number and without following body text
    start: int                       # span of the section with its body and subsections
    end: int
    title_start: int = -1            # span of the heading itself in text (-1 when synthetic)
    title_end: int = -1
    role: SectionRole | None = None  # parts (and inherited by children): review, plan, targets…
    inferred: bool = False           # heading placed by the outline (misplaced or missing in source)

    def to_json(self) -> dict:
        return {"id": self.id, "parent": self.parent, "level": self.level, "number": self.number,
                "title": self.title, "start": self.start, "end": self.end,
                "title_start": self.title_start, "title_end": self.title_end,
                "role": self.role, "inferred": self.inferred}


class Figure(NamedTuple):
    metric: str                      # canonical indicator name from the registry
    value: float                     # signed: declines are negative
    unit: str                        # "%", "亿元", "万人", "个百分点", "rank", …
    kind: FigureKind                 # actual (a result) or target
    start: int                       # span of value and unit in Document.text
    end: int
    sentence: str
    value_high: float | None = None  # upper end of a range
    qualifier: str | None = None     # 以上, 左右, 以内, 超, 近, 约, 突破, 不少于, 力争…
    year: int | None = None          # the year the figure refers to
    period: str | None = None        # "2016-2020" for multi-year figures (year is then None)
    group: str | None = None         # indicator family ("GDP" for 地区生产总值 and 国内生产总值)
    measure: str | None = None       # what of the metric: "level", "growth", "rank", "share", …
    text: str = ""                   # the figure as written, e.g. "5.5%左右"

    def to_json(self) -> dict:
        return {"metric": self.metric, "value": self.value, "value_high": self.value_high,
                "unit": self.unit, "qualifier": self.qualifier, "kind": self.kind,
                "year": self.year, "period": self.period, "start": self.start, "end": self.end,
                "sentence": self.sentence, "group": self.group, "measure": self.measure,
                "text": self.text}


class Misreading(NamedTuple):
    """A suspected OCR misreading, listed rather than rewritten."""
    start: int
    end: int
    text: str                        # as in Document.text, e.g. "干方百计"
    suggestion: str                  # the likely reading, e.g. "千方百计"

    def to_json(self) -> dict:
        return self._asdict()


class Document(NamedTuple):
    source: str
    meta: Meta
    text: str
    sections: tuple[Section, ...] = ()
    figures: tuple[Figure, ...] = ()
    misreadings: tuple[Misreading, ...] = ()
    # offset_map[i] is the index in the raw (decoded) source of text[i]
    offset_map: tuple[int, ...] = ()

    def __repr__(self) -> str:       # without the offset map (one number per character)
        return (f"Document(source={self.source!r}, meta={self.meta!r}, {len(self.text)} characters, "
                f"{len(self.sections)} sections, {len(self.figures)} figures)")

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def to_json(self, with_figures: bool = True) -> dict:
        out = {"source": self.source, "meta": self.meta.to_json(), "text": self.text,
               "sections": [s.to_json() for s in self.sections]}
        if with_figures:
            out["figures"] = [f.to_json() for f in self.figures]
        out["misreadings"] = [m.to_json() for m in self.misreadings]
        return out


class FigureChange(NamedTuple):
    metric: str
    old: Figure | None               # None: the figure is new in B
    new: Figure | None               # None: the figure was dropped from A
    delta: float | None = None       # new - old in the unit (None when units differ or one side missing)
    delta_relative: float | None = None   # (new - old) / |old|
    delta_points: float | None = None     # for rates: difference in percentage points

    def to_json(self) -> dict:
        def side(f: Figure | None):
            return None if f is None else {"value": f.value, "value_high": f.value_high,
                                           "unit": f.unit, "qualifier": f.qualifier,
                                           "kind": f.kind, "year": f.year, "text": f.text}
        return {"metric": self.metric, "old": side(self.old), "new": side(self.new),
                "delta": self.delta, "delta_relative": self.delta_relative,
                "delta_points": self.delta_points}


class SectionPair(NamedTuple):
    a: str | None                    # section id in A, None when added
    b: str | None                    # section id in B, None when removed
    score: float
    status: PairStatus

    def to_json(self) -> dict:
        return self._asdict()


class Change(NamedTuple):
    kind: ChangeKind
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str
    figure: FigureChange | None = None
    pair: int | None = None          # index into Comparison.pairs

    def to_json(self) -> dict:
        return {"kind": self.kind, "a_start": self.a_start, "a_end": self.a_end,
                "b_start": self.b_start, "b_end": self.b_end, "a_text": self.a_text,
                "b_text": self.b_text, "figure": self.figure.to_json() if self.figure else None,
                "pair": self.pair}


class Comparison(NamedTuple):
    a: Document
    b: Document
    pairs: tuple[SectionPair, ...]
    changes: tuple[Change, ...]

    def to_json(self) -> dict:
        return {"a": self.a.to_json(with_figures=False), "b": self.b.to_json(with_figures=False),
                "pairs": [p.to_json() for p in self.pairs],
                "changes": [c.to_json() for c in self.changes]}
