"""The registry of indicators: one canonical name per indicator, its synonyms and its group.

The data lives in resources/indicators.json so that an editor can add an indicator or a
synonym without touching code. Every command and the app name figures through here, so
`规上工业增加值` in one report and `规模以上工业增加值` in another are one row of a table.
"""
from __future__ import annotations

import json
from typing import NamedTuple
from functools import lru_cache

from jmdesk.resources import resource_path


class Indicator(NamedTuple):
    name: str
    group: str
    headline: bool
    synonyms: tuple[str, ...]
    units: tuple[str, ...]


@lru_cache(maxsize=1)
def registry() -> tuple[Indicator, ...]:
    with open(resource_path("indicators.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(Indicator(e["name"], e.get("group") or e["name"], bool(e.get("headline")),
                           tuple(e.get("synonyms", ())), tuple(e.get("units", ())))
                 for e in data["indicators"])


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every written form (name or synonym, case-folded for Latin letters) -> canonical name."""
    out: dict[str, str] = {}
    for ind in registry():
        for form in (ind.name, *ind.synonyms):
            out.setdefault(form.casefold(), ind.name)
    return out


@lru_cache(maxsize=1)
def forms_longest_first() -> tuple[tuple[str, str], ...]:
    """(written form, canonical) pairs, longest first, for matching inside a phrase."""
    pairs = [(form, name) for form, name in _names().items()]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def canonical(name: str) -> str | None:
    """The canonical name of an indicator written as `name`, or None if not registered."""
    return _names().get(name.strip().casefold()) if name else None


def indicator(name: str) -> Indicator | None:
    canon = canonical(name)
    return _by_name(registry()).get(canon) if canon else None


_BY_NAME: list = [None, None]      # [the registry tuple, canonical name -> its first Indicator]


def _by_name(entries: tuple[Indicator, ...]) -> dict[str, Indicator]:
    """One dict look-up per figure instead of a walk through the registry."""
    if _BY_NAME[0] is not entries:     # rebuilt whenever the registry is reloaded
        table: dict[str, Indicator] = {}
        for ind in entries:
            table.setdefault(ind.name, ind)
        _BY_NAME[:] = [entries, table]
    return _BY_NAME[1]


def group(metric: str) -> str:
    """The indicator family (GDP for both 地区生产总值 and 国内生产总值); the metric itself when unknown."""
    ind = indicator(metric)
    return ind.group if ind else metric


def headline_metrics() -> list[str]:
    """Canonical names of the headline indicators, in registry order."""
    return [i.name for i in registry() if i.headline]


def find_suffix(phrase: str) -> tuple[str, str, int] | None:
    """The registered indicator that ends `phrase`: (canonical, form as written, start index).

    The indicator must end the phrase: in `万元GDP用水量` GDP is not what is measured.
    """
    folded = phrase.casefold()
    lengths, table, last_chars = _suffix_table(forms_longest_first())
    if folded[-1:] not in last_chars:
        return None           # no written form ends with this character
    n = len(folded)
    for size in lengths:      # longest first; one dict look-up per length, not one endswith per form
        if size <= n:
            name = table.get(folded[n - size:])
            if name is not None:
                start = len(phrase) - size
                return name, phrase[start:], start
    return None


# [the forms tuple, (lengths longest first, form -> canonical, last characters of the forms)]
_SUFFIXES: list = [None, None]


def _suffix_table(forms: tuple[tuple[str, str], ...]) -> tuple[list[int], dict[str, str], frozenset[str]]:
    if _SUFFIXES[0] is not forms:      # rebuilt whenever the registry is reloaded
        table: dict[str, str] = {}
        for form, name in forms:
            table.setdefault(form, name)
        _SUFFIXES[:] = [forms, (sorted({len(f) for f in table}, reverse=True), table,
                                frozenset(f[-1:] for f in table))]
    return _SUFFIXES[1]
