"""The span helpers of the repair stage give what the simple, slower forms give."""
from __future__ import annotations

import random
import re

from jmdesk.core.clean import _WS, _without_layout_spaces, _without_layout_spaces_in, clean_text
from jmdesk.core.spans import find_all


def test_positions_are_every_occurrence_in_order():
    text = "a b\u3000c**版 d\t"
    chars = _WS + "*#版"
    assert find_all(text, chars) == [i for i, c in enumerate(text) if c in chars]
    assert find_all("", chars) == []


def test_layout_spaces_on_one_span_as_on_joined_spans():
    rnd = random.Random(5)
    pieces = ["a", "中", " ", "\u3000", "1", "\t", "\xa0", "b c", "中 a", "。"]
    for _ in range(3000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 25)))
        lo = rnd.randrange(len(s))
        hi = rnd.randrange(lo + 1, len(s) + 1)
        drops = [(0, lo), (hi, len(s))]
        # the general form, given the same text as two spans cut at a point without a space
        assert _without_layout_spaces(s, lo, hi) == _without_layout_spaces_in(s, [(lo, hi)], drops)


def test_spaces_kept_only_between_ascii_characters():
    assert clean_text("RCEP 协定 与 Windows 10").text == "RCEP协定与Windows 10"


def test_lost_paragraph_break_after_a_space_is_restored():
    raw = "过去一年成绩显著。 这一年，我们稳增长。"
    assert clean_text(raw).text.split("\n") == ["过去一年成绩显著。", "这一年，我们稳增长。"]
    # not inside a sentence, and not without the space
    assert "\n" not in clean_text("过去一年，这一年 成绩显著。").text
    assert "\n" not in clean_text("过去一年成绩显著。这一年，我们稳增长。").text


def test_lines_without_anything_to_repair_keep_their_offsets():
    raw = "第一行文字，\r\n第二行文字。\r\n\r\n第三段。"
    c = clean_text(raw)
    assert all(raw[i] == ch for i, ch in zip(c.offset_map, c.text))
    assert re.sub(r"\s", "", raw) == c.text.replace("\n", "")
