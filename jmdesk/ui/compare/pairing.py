"""Which section pairs with which, looked up by offset: the basis of synchronised scrolling,
the link band and the outline. Plain Python over a Comparison (no Qt), so it is easy to test."""
from __future__ import annotations

from dataclasses import dataclass

from jmdesk.core.document import Comparison, Document, Section

SIDES = ("a", "b")


def other(side: str) -> str:
    return "b" if side == "a" else "a"


def document(cmp: Comparison, side: str) -> Document:
    return cmp.a if side == "a" else cmp.b


@dataclass(frozen=True)
class Anchor:
    """A section on one side and its partner on the other, both as (start, end) offsets."""
    pair: int
    own: tuple[int, int]
    partner: tuple[int, int]


class PairIndex:
    """Lookups from section ids and offsets to pairs, built once per comparison."""

    def __init__(self, cmp: Comparison):
        self.cmp = cmp
        self.by_section = {side: {} for side in SIDES}
        for i, p in enumerate(cmp.pairs):
            for side in SIDES:
                sid = getattr(p, side)
                if sid is not None:
                    self.by_section[side].setdefault(sid, i)
        self.sections = {side: {s.id: s for s in document(cmp, side).sections} for side in SIDES}

    def section(self, side: str, section_id: str | None) -> Section | None:
        return None if section_id is None else self.sections[side].get(section_id)

    def span(self, pair: int, side: str) -> tuple[int, int] | None:
        s = self.section(side, getattr(self.cmp.pairs[pair], side))
        return None if s is None else (s.start, s.end)

    def sections_at(self, side: str, offset: int) -> list[Section]:
        """Sections containing offset, deepest (shortest) first."""
        found = [s for s in document(self.cmp, side).sections if s.start <= offset < s.end]
        return sorted(found, key=lambda s: (s.end - s.start, -s.level))

    def anchor_at(self, side: str, offset: int) -> Anchor | None:
        """The deepest section around offset that has a partner on the other side."""
        for s in self.sections_at(side, offset):
            p = self.by_section[side].get(s.id)
            if p is None:
                continue
            partner = self.span(p, other(side))
            if partner is not None:
                return Anchor(p, (s.start, s.end), partner)
        return None

    def pair_at(self, side: str, offset: int) -> int | None:
        """The pair of the deepest section around offset (whatever its status)."""
        for s in self.sections_at(side, offset):
            p = self.by_section[side].get(s.id)
            if p is not None:
                return p
        return None

    def parent_pair(self, pair: int) -> int | None:
        """The pair of the enclosing section (B side first, the newer report's shape)."""
        p = self.cmp.pairs[pair]
        for side in ("b", "a"):
            s = self.section(side, getattr(p, side))
            if s is None:
                continue
            parent = s.parent
            while parent is not None:
                q = self.by_section[side].get(parent)
                if q is not None and q != pair:
                    return q
                ps = self.section(side, parent)
                parent = ps.parent if ps else None
            return None
        return None

    def anchor_for_orphan(self, pair: int) -> tuple[str, int] | None:
        """For an added or removed section: (side lacking it, offset there where it would sit),
        after the partner of the nearest preceding paired section on the side that has it."""
        p = self.cmp.pairs[pair]
        side = "a" if p.a is not None else "b"
        own = self.section(side, getattr(p, side))
        if own is None:
            return None
        best: tuple[int, int] | None = None   # (start of preceding section, partner end)
        for s in document(self.cmp, side).sections:
            if s.start > own.start or s.id == own.id:
                continue
            q = self.by_section[side].get(s.id)
            if q is None:
                continue
            span = self.span(q, other(side))
            if span is None:
                continue
            # the closest preceding section; its partner's end (or start, if it contains us)
            pos = span[0] if s.end > own.start else span[1]
            if best is None or s.start >= best[0]:
                best = (s.start, pos)
        return other(side), (best[1] if best else 0)


def changes_at(cmp: Comparison, side: str, offset: int) -> list[int]:
    """Indices of the changes whose span on `side` contains offset (empty spans match their point)."""
    out = []
    for i, c in enumerate(cmp.changes):
        start, end = getattr(c, f"{side}_start"), getattr(c, f"{side}_end")
        if start <= offset < end or (start == end == offset):
            out.append(i)
    return out
