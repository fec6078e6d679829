"""Helpers of the outline give what the plain forms give."""
from __future__ import annotations

from jmdesk.core.outline_headings import (
    SECTION,
    SECTION_OPENS,
    _sentence_end,
    paragraphs,
    section_headings,
)
from jmdesk.core.spans import find_all


def test_positions():
    assert find_all("（一）稳增长(二)（", SECTION_OPENS) == [0, 6, 9]
    assert find_all("主要预期目标是：主要预期目标", ("主要预期目标",)) == [0, 8]
    assert find_all("", "（(") == []


def test_section_headings_with_the_text_s_brackets_or_the_paragraph_s():
    text = "序言\n（一）稳增长。正文\n主要做好以下工作：（二）(三)促消费。\n(（四）)（（十二）扩内需。\n无"
    brackets = find_all(text, SECTION_OPENS)
    for p in paragraphs(text):
        with_brackets = section_headings(p, text, brackets)
        assert with_brackets == section_headings(p, text)
        starts = [h.start - p.start for h in with_brackets]
        assert set(starts) <= {m.start() for m in SECTION.finditer(p.text)}
    assert [h.number for p in paragraphs(text) for h in section_headings(p, text)] == ["（一）", "（二）"]


def test_sentence_end():
    text = "提升能力。正文，继续！"
    assert _sentence_end(text, 0, len(text)) == 4
    assert _sentence_end(text, 5, len(text)) == 10
    assert _sentence_end("没有句号", 0, 4) == 4                   # runs to the end
    assert _sentence_end("长" * 100, 0, 100, limit=21) == 22       # longer than the limit
