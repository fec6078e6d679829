"""The shortcuts the figure stage takes for speed give the same answers as the plain way.

Each helper is checked against the straightforward form it replaces: a regular expression run
over every character, a walk through every section, a list of words tried one by one.
"""

import re

import pytest

from conftest import sample_document
from jmdesk.core import figures, figures_context, figures_numbers, figures_time

# Hand-made text around the cue words, with the neighbours that change their reading.
CUE_TEXT = ("过去5年来，连续过去3年来，近十年来，连续3年增长，2025年增长。“十四五”时期，是“十三五”时期的2倍，"
            "创“十四五”以来最好水平；2021年以来，2020年以来最高，比2020年增长，2019-2020年，2019 至 2021年，"
            "2020年度，20201年，与2020年相比，去年，比上年，较去年，上一年，过去一年，这一年，一年来，今年。\n"
            "近3年累计，2024年年均增长，\"十五五\"期间，十四五规划期，5年间，两年共。")


@pytest.mark.parametrize("rx, core, reach", [
    (figures_time._N_YEARS, figures_time._N_YEARS_CORE, 3),
    (figures_time._PLAN_PERIOD, figures_time._PLAN_CORE, 1),
    (figures_time._YEAR, figures_time._YEAR_CORE, 4),
    (figures_time._SINCE, figures_time._SINCE_CORE, 4),
])
def test_matches_around_finds_what_finditer_finds(rx, core, reach):
    samples = (CUE_TEXT, CUE_TEXT[7:], CUE_TEXT[:40], "连续过去3年来", "过去过去3年来", "近近5年来", "“十四五”以来")
    for text in samples:
        expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in figures_time._matches_around(rx, core, text, reach)] == expected


def test_marks_cut_a_text_as_the_character_class_does():
    sentence_end = re.compile(r"[。！？；;!?\n]")
    samples = (CUE_TEXT, "", "。", "\n\n", "甲。乙；丙\n丁!?戊", "没有标点", "甲，乙（丙）：丁")
    for text in samples:
        marks = figures._marks_after(text, figures._SENTENCE_ENDS)
        assert marks == [m.end() for m in sentence_end.finditer(text)]
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert figures._cut(start, end, marks) == figures._spans(text, sentence_end, start, end)
    assert figures._marks_after("甲，乙（丙）：丁,x", figures._CLAUSE_BREAKS) == [2, 4, 7, 9]


def test_the_cues_of_a_sentence_are_those_of_the_document_that_start_in_it():
    timeline = figures_time.Timeline(CUE_TEXT)
    assert timeline.cues
    for start, end in figures._cut(0, len(CUE_TEXT), figures._marks_after(CUE_TEXT, figures._SENTENCE_ENDS)):
        alone = [(c.at + start, c.year, c.period, c.n_years, c.average, c.this_year, c.last_year, c.base)
                 for c in figures_time._cues(CUE_TEXT[start:end])]
        assert [(c.at, c.year, c.period, c.n_years, c.average, c.this_year, c.last_year, c.base)
                for c in timeline.between(start, end)] == alone


def test_digit_first_patterns_read_as_the_look_behind_first_ones():
    plain = {
        figures_numbers.ARABIC: r"(?<![\d.．])(?<!\d,)(?>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?>[.．]\d+)?",
        figures_numbers.CHINESE: "(?<![零〇一二两三四五六七八九十百千])(?>[零〇一二两三四五六七八九十百千]+)",
        figures_time._YEAR.pattern: r"(?<![比较与同\d])(\d{4})年(?!度?[\d])",
        figures_time._SINCE.pattern: r"(?<!\d)(\d{4})年以来",
    }
    text = ("1,234.5亿元 12,34 G240 2.5.6 ５０％ 第3 三十五个 第十 一百二十万 2020年 比2020年 与2021年 2020年度 "
            "12020年 2020年以来 1,234,567 .5 3．5 十四五")
    for fast, slow in plain.items():
        assert [m.span() for m in re.finditer(fast, text)] == [m.span() for m in re.finditer(slow, text)]


def test_units_grouped_by_first_character_still_match_the_longest():
    units = ["万", "万人", "万人次", "亿", "亿元", "万亿元", "千瓦", "千瓦时", "%", "个百分点", "百分点"]
    grouped = re.compile("(?:" + figures_numbers._longest_first(units) + ")")
    longest = re.compile("(?:" + "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True)) + ")")
    for text in ("万人次以上", "万人", "万元", "亿元", "万亿元", "千瓦时", "千瓦", "个百分点", "百分点", "%"):
        assert grouped.match(text).group(0) == longest.match(text).group(0)
    assert {m.text for m in figures_numbers.find_mentions("新增2万人次，装机3千瓦时，投资5万亿元")} == \
        {"2万人次", "3千瓦时", "5万亿元"}


def test_endings_give_the_first_word_of_a_longest_first_list():
    words = ("增长率", "增长", "增", "提高至", "至", "达到")
    endings = figures_context._Endings(words)
    for phrase in ("地区生产总值增长", "增长率", "新增", "提高至", "至", "达到", "总量", "", "长"):
        first = next((w for w in sorted(words, key=len, reverse=True) if phrase.endswith(w)), None)
        assert endings.longest(phrase) == first


def test_roles_by_stretch_are_roles_by_section():
    doc = sample_document("2023")
    sections = list(doc.sections)
    roles = figures._Roles(sections, doc.meta.year)
    for offset in range(0, len(doc.text), 7):
        assert roles.at(offset) == figures._role_at(sections, offset, doc.meta.year)


def test_year_words_are_found_as_their_alternation_finds_them():
    samples = (CUE_TEXT, "", "过去一年来，去年比去年上一年度较上年同去年这一年来一年来", "今年本年度新的一年今年年")
    for words in (figures_time._THIS_YEAR_WORDS, figures_time._LAST_YEAR_WORDS):
        whole = re.compile("|".join(words))
        each = tuple(re.compile(w) for w in words)
        for text in samples:
            assert figures_time._starts_of_any(each, text) == [m.start() for m in whole.finditer(text)]


def test_patterns_tried_at_their_openings_find_what_finditer_finds():
    text = sample_document("2025").text + sample_document("districts").text
    samples = (text, "", "全国全省第一全省第二", "全国X全国第1位，粤西片区前3名", "两个一百年两个确立三个务必三大攻坚战八项规定")
    for rx, openings in ((figures_numbers._RANK, figures_numbers._RANK_SCOPES),
                         (figures_numbers._NUMBERED_NAMES, figures_numbers._NUMBERED_NAME_OPENINGS)):
        for sample in samples:
            assert ([m.span() for m in figures_numbers.matches_at(rx, sample, openings)]
                    == [m.span() for m in rx.finditer(sample)])
    depth, alternatives = 0, [""]          # the top-level alternatives of the pattern
    for ch in figures_numbers._NUMBERED_NAMES.pattern:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            alternatives.append("")
        else:
            alternatives[-1] += ch
    assert len(alternatives) == 7
    for alternative in alternatives:
        assert alternative.startswith(figures_numbers._NUMBERED_NAME_OPENINGS)
