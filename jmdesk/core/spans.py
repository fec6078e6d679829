"""Arithmetic on half-open [start, end) spans of a text."""
from __future__ import annotations


def subtract(segments: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `segments` not covered by any of `holes` (holes in any order, may overlap)."""
    holes = sorted(holes)
    out = []
    for s, e in segments:
        pos = s
        for hs, he in holes:
            if he <= pos or hs >= e:
                continue
            if hs > pos:
                out.append((pos, hs))
            pos = max(pos, he)
        if pos < e:
            out.append((pos, e))
    return out
