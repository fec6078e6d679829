"""Fixtures for the app's tests: settings in a temporary folder (never the user's), the app
configured as jmdesk configures it, and small comparisons built by hand from sample sentences."""
from __future__ import annotations

import pytest

from jmdesk.core.document import (Change, Comparison, Document, Figure, FigureChange, Meta, Section,
                                  SectionPair)


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("JMDESK_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("JMDESK_DATA_DIR", str(tmp_path / "data"))     # the charts' library cache
    monkeypatch.setenv("JMDESK_LANG", "en")


@pytest.fixture
def jm_app(qapp):
    from jmdesk.ui.app import create_application
    return create_application()


# Sentences from the 2023 (A) and 2025 (B) sample reports, shortened. Section bodies can be
# repeated to make them long enough to scroll.
A_PARTS = [
    ("p1", None, 1, "一、", "2022年工作回顾", ""),
    ("r1", "p1", 2, "（一）", "科学精准抓好疫情防控", "我们坚持人民至上、生命至上，因时因势优化防控措施。"),
    ("r2", "p1", 2, "（二）", "千方百计稳住经济大盘", "退税减税降费近148亿元，落实财政资金10.6亿元。"),
    ("p2", None, 1, "二、", "2023年工作安排", ""),
    ("t", "p2", 2, None, "主要预期目标",
     "今年经济社会发展的主要预期目标是：地区生产总值增长6%以上、力争7%以上，城镇新增就业4万人以上。"),
]
B_PARTS = [
    ("p1", None, 1, "一、", "2024年工作回顾", ""),
    ("r2", "p1", 2, None, "这一年，我们凝心聚力保增长、稳大盘", "争取地方政府专项债券180亿元。"),
    ("p2", None, 1, "二、", "2025年工作安排", ""),
    ("t", "p2", 2, None, "主要预期目标",
     "今年经济社会发展的主要预期目标是：全市地区生产总值增长5.5%左右；城镇新增就业4万人以上。"),
    ("n1", "p2", 2, "（一）", "锚定“一点两地”全新定位", "加速推进软硬联通，加快深江高铁建设。"),
]


def _document(name: str, parts, repeat: int) -> Document:
    text, spans = "", {}
    for sid, parent, level, number, title, body in parts:
        start = len(text)
        text += f"{number or ''}{title}\n"
        title_end = len(text) - 1
        if body:
            text += "\n".join([body] * repeat) + "\n"
        spans[sid] = [start, len(text), start + len(number or ""), title_end]
    # a part spans its children
    for sid, parent, *_ in parts:
        if parent:
            spans[parent][1] = max(spans[parent][1], spans[sid][1])
    sections = tuple(Section(id=sid, parent=parent, level=level, number=number, title=title,
                             start=spans[sid][0], end=spans[sid][1], title_start=spans[sid][2],
                             title_end=spans[sid][3], role="targets" if sid == "t" else None)
                     for sid, parent, level, number, title, _ in parts)
    year = 2023 if name == "a" else 2025
    return Document(source=f"/tmp/handmade-{year}.txt",
                    meta=Meta(title="政府工作报告", region="江门市", year=year, kind="report"),
                    text=text, sections=sections)


def _span(doc: Document, needle: str, section: str = "t") -> tuple[int, int]:
    s = doc.section(section)
    i = doc.text.index(needle, s.start)
    return i, i + len(needle)


def handmade_comparison(repeat: int = 1) -> Comparison:
    a, b = _document("a", A_PARTS, repeat), _document("b", B_PARTS, repeat)
    pairs = (SectionPair("p1", "p1", 0.7, "changed"),
             SectionPair("r1", None, 0.0, "removed"),
             SectionPair("r2", "r2", 0.55, "moved"),
             SectionPair("p2", "p2", 0.8, "changed"),
             SectionPair("t", "t", 0.9, "changed"),
             SectionPair(None, "n1", 0.0, "added"))
    ga, gb = _span(a, "6%以上"), _span(b, "5.5%左右")
    old = Figure("地区生产总值", 6, "%", "target", *ga, "地区生产总值增长6%以上", qualifier="以上",
                 year=2023, text="6%以上")
    new = Figure("地区生产总值", 5.5, "%", "target", *gb, "地区生产总值增长5.5%左右", qualifier="左右",
                 year=2025, text="5.5%左右")
    fig = Change("replace", *ga, *gb, "6%以上", "5.5%左右",
                 FigureChange("地区生产总值", old, new, delta=-0.5, delta_points=-0.5), pair=4)
    ins_b = _span(b, "全市")
    ins = Change("insert", ga[0] - 8, ga[0] - 8, *ins_b, "", "全市", pair=4)
    dele_a = _span(a, "、力争7%以上")
    dele = Change("delete", *dele_a, gb[1], gb[1], "、力争7%以上", "", pair=4)
    wa, wb = _span(a, "，城镇"), _span(b, "；城镇")
    word = Change("replace", *wa, *wb, "，城镇", "；城镇", pair=4)
    ra, rb = _span(a, "退税减税降费近148亿元", "r2"), _span(b, "争取地方政府专项债券180亿元", "r2")
    moved = Change("replace", *ra, *rb, a.text[ra[0]:ra[1]], b.text[rb[0]:rb[1]], pair=2)
    return Comparison(a, b, pairs, (word, dele, moved, ins, fig))


@pytest.fixture
def handmade():
    return handmade_comparison()


@pytest.fixture
def make_comparison():
    """The hand-made comparison with each section body repeated (long enough to scroll)."""
    return handmade_comparison


SAMPLE_FILES = {"2021": "jiangmen-2021-report.txt", "2023": "jiangmen-2023-report.txt",
                "2025": "jiangmen-2025-report.txt"}


@pytest.fixture
def sample():
    """sample("2023") -> path of a bundled sample, found as the app finds it."""
    from jmdesk.resources import sample_path
    return lambda name: sample_path(SAMPLE_FILES[name])
