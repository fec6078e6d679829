"""The misreading rules find every occurrence, also where phrases overlap."""
from __future__ import annotations

from jmdesk.core.misreadings import _is_word, find_misreadings


def test_overlapping_phrases_are_both_listed():
    found = [(m.start, m.text, m.suggestion) for m in find_misreadings("党员千部群众干方百计")]
    assert found == [(0, "党员千部", "党员干部"), (2, "千部群众", "干部群众"), (6, "干方百计", "千方百计")]


def test_dateline_dash_at_the_start_of_the_text_and_of_a_line():
    text = "-2025年2月26日在\n一2024年1月5日在\n中-2023年1月1日"
    found = [(m.start, m.text) for m in find_misreadings(text)]
    assert found == [(0, "-"), (text.index("\n") + 1, "一")]


def test_units_except_after_ruo():
    assert [m.text for m in find_misreadings("干亿元，若干亿元，干瓦")] == ["干亿", "干瓦"]


def test_is_word():
    assert _is_word("台山") and not _is_word("一体") and not _is_word("台") and not _is_word("ab")
