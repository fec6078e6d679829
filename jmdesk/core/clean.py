"""(scaffold: replaced by the repair work)"""
from __future__ import annotations

from dataclasses import dataclass, field

from jmdesk.core.document import Misreading


@dataclass
class Cleaned:
    text: str
    offset_map: list[int]
    misreadings: list[Misreading] = field(default_factory=list)


def clean_text(raw: str) -> Cleaned:
    return Cleaned(raw, list(range(len(raw))))
