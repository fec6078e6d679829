"""Arithmetic on half-open [start, end) spans of a text, and where things stand in it."""
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


def find_all(text: str, needles) -> list[int]:
    """Where any of `needles` (strings, or the characters of one string) starts in text, in
    order: str.find per needle, many times faster than a regex class or alternation, which
    `re` tries at every character of the text."""
    out = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            out.append(at)
            at = text.find(needle, at + 1)
    out.sort()
    return out
