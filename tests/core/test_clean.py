"""Repair, checked on the damage each sample really has (seeds README, DOMAIN.md)."""
from __future__ import annotations

import re
import time

import pytest

from conftest import sample
from jmdesk.core.clean import clean_text
from jmdesk.core.misreadings import misreading_pairs

SAMPLES = ["2021", "2023", "2025", "digest", "districts"]
_CACHE: dict = {}


def cleaned(name: str):
    if name not in _CACHE:
        raw = sample(name).read_text(encoding="utf-8")
        _CACHE[name] = (raw, clean_text(raw))
    return _CACHE[name]


def paragraphs(name: str) -> list[str]:
    return cleaned(name)[1].text.split("\n")


# (sample, what the reader must see as one piece of text, what kind of damage it repairs)
JOINED = [
    ("2023", "实现地区生产总值3773.41亿元，增长3.3%、排全省第2", "wrap inside a number"),
    ("2023", "城镇新增就业4万人以上", "wrap between value and unit"),
    ("2023", "工业增加值、制造业增加值占GDP比重分别达39.3%和35.8%", "wrap inside a Latin word's line"),
    ("2023", "国道G240、G325改扩建工程扎实推进", "column break (blank line) inside a word"),
    ("2023", "完成首批12项关键核心技术“揭榜挂帅”", "column break before a quote"),
    ("2025", "省天然气管网珠中江干线开工建设", "column break in OCR text"),
    ("2025", "中华人民共和国成立75周年,也是江门改革发展历程中具有重要意义的一年", "stray spaces in CJK"),
    ("2025", "干方百计激发消费潜能", "space at a line join"),
    ("2025", "主要预期目标是:全市地区生产总值增长5.5%左右;规模以上工业增加值增长6%以上", "space before a unit"),
    ("2023", "其中规模以上工业增加值增长3.1%、社会消费品零售总额增长2.4%", "space between CJK and a digit"),
    ("districts", "奋力打造物质文明和精神文明相协调的发展示范区。", "paragraph cut by a blank line"),
    ("digest", "地区生产总值增长5.5%", "bullet and bold marks"),
]


@pytest.mark.parametrize("name,piece,damage", JOINED)
def test_damage_is_repaired(name, piece, damage):
    assert piece in cleaned(name)[1].text, damage


# whole paragraphs (lines of the cleaned text) a reader sees
PARAGRAPHS = [
    ("2023", "（一）主动融入双区和支持三大平台建设，释放发展潜力和优势"),   # heading wrapped over two lines
    ("2023", "（二）坚持制造业当家，争当广东制造业高质量发展的主力军"),
    ("2023", "各位代表："),
    ("2023", "一、2022年工作回顾"),
    ("2025", "政府工作报告"),                                            # "## " removed
    ("2025", "一、2024年工作回顾"),
    ("2025", "重点抓好以下九个方面工作:"),                                # heading run in after ": " split off
    ("2025", "(一)锚定\"一点两地\"全新定位,奋力打造粤港澳大湾区新增长极"),
    ("2021", "“十三五”时期及2020年工作回顾"),
    ("2021", "江门市代市长吴晓晖"),
    ("digest", "全力推动经济回升向好"),                                    # "- …**" bullet with a stray bold mark
    ("digest", "(九)统筹发展和安全,建设更高水平的平安江门"),
    ("districts", "蓬江区区长马品高:"),
    ("districts", "(邓少军)"),
]


@pytest.mark.parametrize("name,para", PARAGRAPHS)
def test_paragraphs_as_a_reader_sees_them(name, para):
    assert para in paragraphs(name)


@pytest.mark.parametrize("name,before,after", [
    ("2025", "经济社会发展取得新成", "这一年,我们凝心聚力"),      # truncated paragraph, then an opener
    ("2025", "成功防御强台风、", "这一年,我们笃行不怠"),
    ("2025", "全市上下干事创业的氛围更加", "此外,国防动员"),
    ("2023", "全面完成，经济社会保持平稳健康发展。", "（一）科学精准抓好疫情防控"),
    ("districts", "助力企业实现高质量", "(李雨溪"),                    # truncated paragraph, then a byline
    ("2025", "生态优势加快转化为发展优势。", "这一年,我们用心用情"),    # break lost in OCR ("。 这一年")
])
def test_real_paragraph_breaks_are_kept(name, before, after):
    text = cleaned(name)[1].text
    assert before + "\n" + after in text


@pytest.mark.parametrize("name", SAMPLES)
def test_offset_map_points_at_each_character_in_the_source(name):
    raw, c = cleaned(name)
    assert len(c.offset_map) == len(c.text)
    assert all(a < b for a, b in zip(c.offset_map, c.offset_map[1:]))
    for i, ch in enumerate(c.text):
        src = raw[c.offset_map[i]]
        if ch == "\n":
            assert src in "\n \t\u3000"          # a raw line end, or a space that hid a lost break
        else:
            assert src == ch


@pytest.mark.parametrize("name", SAMPLES)
def test_layout_and_markup_are_gone(name):
    text = cleaned(name)[1].text
    assert "\n\n" not in text and not text.startswith("\n") and not text.endswith("\n")
    assert "**" not in text and not re.search(r"(?m)^(#|- |\* |• )", text)
    assert not re.search(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]", text)   # no space between CJK
    assert not re.search(r"(?m)^[ \u3000]|[ \u3000]$", text)
    assert not re.search(r"[下上]转[A-Z]?\d+版|紧接[A-Z]\d+版|见A\d+版", text)


# Non-blank characters of the source that the cleaned text drops, per sample, after
# taking out the markdown marks (#, *, the - of bullets): markers and chrome only.
LOST = {
    "2023": "",
    "2025": "▶下转A04版",
    "2021": "本地事(广东省)2021年江门市人民政府工作报告(全文)标签:广东省江门市",
    "digest": "(相关新闻见A07版)紧接A01版",
    "districts": "",
}


@pytest.mark.parametrize("name", SAMPLES)
def test_every_other_character_is_kept(name):
    """Punctuation, quotes and full-width forms all stay as they are."""
    raw, c = cleaned(name)
    kept = set(c.offset_map)
    lost = "".join(raw[i] for i in range(len(raw)) if i not in kept and not raw[i].isspace())
    assert re.sub(r"[#*-]", "", lost) == LOST[name]


def test_site_chrome_is_removed():
    raw, c = cleaned("2021")
    assert "本地事" in raw and "本地事" not in c.text
    assert c.text.count("(广东省)2021年江门市人民政府工作报告(全文)") == 1
    assert "标签" not in c.text and c.text.endswith("强化森林消防应急救援能力建设。")


def test_page_jump_markers_are_removed():
    raw, c = cleaned("2025")
    assert "▶下转A04版" in raw
    assert c.text.endswith("推动海洋资源优势转化为发展新动能。")
    assert "紧接A01版" not in cleaned("digest")[1].text
    assert "(相关新闻见A07版)" not in cleaned("digest")[1].text


@pytest.mark.parametrize("raw,text", [
    ("Windows 10 与 RCEP 协定", "Windows 10与RCEP协定"),       # spaces inside Latin text are kept
    ("增长 3.1%、\n下降0.8%。\n城镇新增就业4\n万人以上", "增长3.1%、下降0.8%。\n城镇新增就业4万人以上"),
    ("## 一、2024年工作回顾\n\n正文。", "一、2024年工作回顾\n正文。"),
    ("- 第一项**5%**\n - 第二项", "第一项5%\n第二项"),
    ("上文\n\n（下转第3版）\n\n下文。", "上文\n下文。"),
    ("", ""),
    ("   \n\n \u3000 ", ""),
])
def test_small_cases(raw, text):
    assert clean_text(raw).text == text


MISREAD = [
    ("干方百计", "千方百计", "干方百计激发消费潜能"),
    ("人选", "入选", "10人人选全球前2%顶尖科学家"),
    ("一", "—", "开平一台山入选整县推进"),
    ("一", "—", "江门一崇左协作"),
    ("一", "—", "制造一存储一运输一应用"),
    ("-", "——", "-2025年2月26日在江门市"),
]


@pytest.mark.parametrize("written,reading,context", MISREAD)
def test_misreadings_are_listed_not_rewritten(written, reading, context):
    _, c = cleaned("2025")
    at = c.text.index(context)
    found = [m for m in c.misreadings if at <= m.start < at + len(context)]
    assert found and all(m.text == written and m.suggestion == reading for m in found)
    for m in found:
        assert c.text[m.start:m.end] == written                  # the text itself is untouched


def test_no_misreading_where_the_text_is_right():
    for name in ("2021", "2023", "districts"):
        assert cleaned(name)[1].misreadings == [], name
    _, c = cleaned("2025")
    flagged = {(m.start, m.text) for m in c.misreadings}
    for right in ("一体化", "一批", "一带一路", "一点两地", "中山坦洲—鹤山"):
        at = c.text.find(right)
        assert at >= 0 and not any(at <= s < at + len(right) for s, _ in flagged), right


@pytest.mark.parametrize("text,expected", [
    ("推动开平一台山整县推进", [("一", "—")]),
    ("每人购置一台山地车", []),
    ("打造一核一带一区", []),
    ("若干亿元资金", []),
    ("建成干亿级产业集群", [("干亿", "千亿")]),
    ("候选人选举产生", []),
    ("3个村落人选全国乡村旅游重点村", [("人选", "入选")]),
])
def test_misreading_rules_are_conservative(text, expected):
    assert [(m.text, m.suggestion) for m in clean_text(text).misreadings] == expected


def test_misreading_pairs_cover_what_is_listed():
    pairs = set(misreading_pairs())
    for m in cleaned("2025")[1].misreadings:
        assert (m.text, m.suggestion) in pairs


def test_bold_and_heading_marks_are_kept_as_hints():
    _, c = cleaned("2025")
    kinds = {(m.kind, c.text[m.start:m.end]) for m in c.marks}
    assert ("heading", "一、2024年工作回顾") in kinds
    assert ("bold", "提升县域综合承载能力") in kinds


def test_a_long_single_line_is_cleaned_in_seconds():
    line = sample("2025").read_text(encoding="utf-8").replace("\n", " ") * 80   # about 1 MB
    t = time.perf_counter()
    c = clean_text(line)
    assert time.perf_counter() - t < 10
    assert len(c.text) > 800_000


@pytest.mark.parametrize("name", ["2021", "2025", "digest", "districts"])
def test_paragraph_per_line_copies_clean_the_same(name):
    """.docx and PDF import give one paragraph per line, without blank lines between them."""
    raw, c = cleaned(name)
    assert clean_text(re.sub(r"\n\s*\n+", "\n", raw)).text == c.text
