"""Reports the rules were never written on: a State Council report, a provincial report,
two years of another city, and a newspaper-damaged copy (tests/fixtures/unseen, invented
test documents, see docs/generalisation.md). Each test checks what an editor would check
on a report from elsewhere: who, when, the parts and sections, the key figures, and what
changed between two years."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from jmdesk.core import indicators
from jmdesk.core.compare import compare_documents
from jmdesk.core.pipeline import load_document

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"
FILES = {
    "national": "national-2024-report.txt",
    "province": "province-2024-report.txt",
    "province-newspaper": "province-2024-report-newspaper.txt",
    "city-2023": "city-2023-report.txt",
    "city-2024": "city-2024-report.txt",
    "heldout": "heldout-city-2021-report.txt",
    "heldout-county": "heldout-county-2025-report.txt",
    "heldout-county-ocr": "heldout-county-2025-report-ocr.txt",
    "heldout-province": "heldout-province-2025-report.txt",
    "heldout-region": "heldout-region-2025-report.txt",
}


@lru_cache(maxsize=None)
def doc(name: str):
    return load_document(UNSEEN / FILES[name])


# ---------------------------------------------------------------- metadata

@pytest.mark.parametrize("name, region, year, date", [
    ("national", "全国", 2024, "2024-03-05"),
    ("province", "湖南省", 2024, "2024-01-22"),
    ("province-newspaper", "湖南省", 2024, "2024-01-22"),
    ("city-2023", "肇庆市", 2023, "2023-02-20"),
    ("city-2024", "肇庆市", 2024, "2024-02-22"),
    ("heldout", "洛阳市", 2021, "2021-02-24"),
    ("heldout-county", "长兴县", 2025, "2025-01-10"),
    ("heldout-county-ocr", "长兴县", 2025, "2025-01-10"),
    ("heldout-province", "四川省", 2025, "2025-01-16"),
    ("heldout-region", "广西壮族自治区", 2025, "2025-01-20"),
])
def test_meta(name, region, year, date):
    m = doc(name).meta
    assert (m.region, m.year, m.date, m.kind) == (region, year, date, "report")
    assert m.title == "政府工作报告"


# ---------------------------------------------------------------- outline

OUTLINES = {
    "national": [
        ("一、", "2023年工作回顾", "review", ["加大宏观政策实施力度，着力稳定经济运行",
                                          "依靠创新引领产业升级，增强发展新动能",
                                          "深化改革扩大开放，持续改善营商环境",
                                          "推进乡村全面振兴，促进城乡区域协调发展",
                                          "加强生态文明建设，推动绿色低碳发展",
                                          "切实保障和改善民生，加强和创新社会治理"]),
        ("二、", "2024年经济社会发展总体要求和政策取向", "plan", []),
        ("三、", "2024年政府工作任务", "plan", ["大力推进现代化产业体系建设，加快发展新质生产力",
                                          "深入实施科教兴国战略，强化高质量发展的基础支撑",
                                          "着力扩大国内需求，推动经济实现良性循环",
                                          "坚定不移深化改革，增强发展内生动力",
                                          "扩大高水平对外开放，促进互利共赢",
                                          "更好统筹发展和安全，有效防范化解重点领域风险",
                                          "坚持不懈抓好“三农”工作，扎实推进乡村全面振兴"]),
    ],
    "province": [
        ("一、", "2023年工作回顾", "review", ["聚焦稳增长，经济运行回升向好", "聚焦强创新，发展动能加快集聚",
                                          "聚焦扩开放，内陆开放高地加快建设", "聚焦惠民生，人民生活持续改善",
                                          "聚焦护生态，绿色底色更加鲜明"]),
        ("二、", "2024年工作安排", "plan", ["坚持扩大有效需求，巩固经济回升向好态势",
                                        "坚持创新驱动发展，加快培育新质生产力",
                                        "坚持深化改革开放，持续优化营商环境",
                                        "坚持城乡区域协调，全面推进乡村振兴",
                                        "坚持保障改善民生，增进人民群众福祉"]),
    ],
    "city-2023": [
        ("一、", "2022年工作回顾", "review", ["全力以赴稳住经济大盘", "坚定不移推进制造业当家", "深化改革开放释放活力",
                                          "城乡区域协调发展迈出新步伐", "生态环境质量持续改善", "民生福祉不断增进"]),
        ("二、", "2023年工作安排", "plan", ["坚持制造业当家，加快建设现代化产业体系",
                                        "全力扩大有效投资，增强经济发展后劲",
                                        "深化改革开放，持续优化营商环境",
                                        "推进城乡区域协调发展，全面实施“百县千镇万村高质量发展工程”",
                                        "加强生态文明建设，筑牢绿色发展屏障",
                                        "保障和改善民生，提升群众幸福感"]),
    ],
    "city-2024": [
        ("一、", "2023年工作回顾", "review", ["经济运行回升向好", "制造业当家取得新成效", "改革开放不断深化",
                                          "城乡区域协调发展扎实推进", "生态环境质量保持优良", "民生福祉持续增进"]),
        ("二、", "2024年工作安排", "plan", ["坚持制造业当家，加快建设现代化产业体系",
                                        "深化改革开放，持续优化营商环境",
                                        "全力扩大有效投资，增强经济发展后劲",
                                        "大力发展数字经济和低空经济，加快培育新质生产力",
                                        "推进城乡区域协调发展，深入实施“百县千镇万村高质量发展工程”",
                                        "加强生态文明建设，筑牢绿色发展屏障",
                                        "保障和改善民生，提升群众幸福感"]),
    ],
}
OUTLINES["heldout"] = [
    ("一、", "“十三五”时期及2020年工作回顾", "period_review", ["统筹疫情防控和经济社会发展", "加快构建现代产业体系",
                                                     "持续改善生态环境", "切实保障和改善民生"]),
    ("二、", "“十四五”时期的主要目标任务", "period_plan", []),
    ("三、", "2021年工作安排", "plan", ["坚持创新驱动，建设全国重要的创新高地", "坚持项目为王，扩大有效投资",
                                    "坚持改革开放，激发发展活力"]),
]
OUTLINES["heldout-county"] = [
    ("一、", "2024年工作回顾", "review", []),
    ("二、", "2025年工作安排", "plan", ["做强先进制造，加快构建现代化产业体系", "扩大有效投资，持续增强发展后劲",
                                    "深化改革开放，全力打造一流营商环境", "推进城乡融合，扎实推动共同富裕",
                                    "坚持生态优先，建设美丽长兴", "办好民生实事，不断增进人民福祉"]),
]
OUTLINES["heldout-county-ocr"] = OUTLINES["heldout-county"]
OUTLINES["heldout-province"] = [
    ("一、", "2024年工作回顾", "review", ["着力稳住经济基本盘", "着力推动产业转型升级", "着力扩大高水平开放",
                                      "着力保障改善民生"]),
    ("二、", "2025年重点工作", "plan", ["千方百计扩大有效需求", "加快建设现代化产业体系",
                                    "深入推进新型城镇化和乡村全面振兴", "用心用情办好民生实事"]),
]
OUTLINES["heldout-region"] = [
    ("一、", "2024年工作回顾", "review", ["聚力扩大有效投资", "聚力壮大实体经济", "聚力深化开放合作"]),
    ("二、", "2025年主要目标和重点任务", "plan", ["全力以赴扩大有效需求", "加快构建现代化产业体系",
                                          "推动开放合作走深走实"]),
]

OUTLINES["province-newspaper"] = OUTLINES["province"]


def _numeral(number: str) -> str:
    return number.strip("（）()、 ")


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_outline_parts_and_numbered_sections(name):
    d = doc(name)
    parts = [s for s in d.sections if s.level == 1 and s.number]
    got = []
    for p in parts:
        numbered = [s.title for s in d.sections if s.parent == p.id and s.level == 2 and s.number]
        got.append((p.number, p.title, p.role, numbered))
    assert got == OUTLINES[name]
    # the numbered sections carry their own numbers (（一）… or (一)…), in order
    for p in parts:
        numbers = [_numeral(s.number) for s in d.sections if s.parent == p.id and s.number]
        assert numbers == list("一二三四五六七八九十")[:len(numbers)]


@pytest.mark.parametrize("name, opening", [
    ("national", "今年发展主要预期目标是"),
    ("province", "今年全省经济社会发展的主要预期目标是"),
    ("city-2023", "今年全市经济社会发展的主要预期目标是"),
    ("city-2024", "今年全市经济社会发展的主要预期目标是"),
    ("heldout", "今年经济社会发展的主要预期目标是"),
    ("heldout-province", "今年全省经济社会发展的主要预期目标是"),
    ("heldout-region", "今年全区经济社会发展的主要预期目标是"),
])
def test_targets_paragraph_is_found_inside_the_plan(name, opening):
    d = doc(name)
    targets = [s for s in d.sections if s.role == "targets"]
    assert len(targets) == 1
    t = targets[0]
    assert d.text[t.start:t.end].lstrip().startswith(opening)
    assert d.section(t.parent).role == "plan"


# ---------------------------------------------------------------- key figures

def _find(d, metric, kind, measure=None, unit=None):
    return [f for f in d.figures if f.metric == metric and f.kind == kind
            and (measure is None or f.measure == measure) and (unit is None or f.unit == unit)]


# (document, metric, kind, unit, value, value_high, qualifier, year, measure)
KEY_FIGURES = [
    ("national", "国内生产总值", "actual", "万亿元", 126, None, "超过", 2023, "level"),
    ("national", "国内生产总值", "actual", "%", 5.2, None, None, 2023, "growth"),
    ("national", "城镇新增就业", "actual", "万人", 1244, None, None, 2023, "level"),
    ("national", "居民消费价格", "actual", "%", 0.2, None, None, 2023, "growth"),
    ("national", "粮食产量", "actual", "万亿斤", 1.39, None, None, 2023, "level"),
    ("national", "国内生产总值", "target", "%", 5, None, "左右", 2024, "growth"),
    ("national", "城镇新增就业", "target", "万人", 1200, None, "以上", 2024, "level"),
    ("national", "城镇调查失业率", "target", "%", 5.5, None, "左右", 2024, "level"),
    ("national", "居民消费价格", "target", "%", 3, None, "左右", 2024, "growth"),
    ("national", "粮食产量", "target", "万亿斤", 1.3, None, "以上", 2024, "level"),
    ("national", "单位国内生产总值能耗", "target", "%", -2.5, None, "左右", 2024, "growth"),
    ("province", "地区生产总值", "actual", "亿元", 50012.8, None, None, 2023, "level"),
    ("province", "地区生产总值", "actual", "%", 4.6, None, None, 2023, "growth"),
    ("province", "地方一般公共预算收入", "actual", "亿元", 3360.5, None, None, 2023, "level"),
    ("province", "地区生产总值", "target", "%", 6, 6.5, None, 2024, "growth"),
    ("province", "规模以上工业增加值", "target", "%", 7, None, "左右", 2024, "growth"),
    ("province", "地方一般公共预算收入", "target", "%", 5, None, None, 2024, "growth"),
    ("province", "城镇调查失业率", "target", "%", 5.5, None, "以内", 2024, "level"),
    ("province", "粮食产量", "target", "亿斤", 600, None, "以上", 2024, "level"),
    ("city-2023", "地区生产总值", "actual", "亿元", 2705.05, None, None, 2022, "level"),
    ("city-2023", "外贸进出口总额", "actual", "%", -4.6, None, None, 2022, "growth"),
    ("city-2023", "地区生产总值", "target", "%", 6, None, "以上", 2023, "growth"),
    ("city-2024", "地区生产总值", "actual", "%", 4.2, None, None, 2023, "growth"),
    ("city-2024", "地区生产总值", "target", "%", 5.5, None, "左右", 2024, "growth"),
    ("city-2024", "城镇新增就业", "target", "万人", 3, None, "以上", 2024, "level"),
    ("heldout", "地区生产总值", "actual", "%", 3, None, None, 2020, "growth"),        # written GDP
    ("heldout", "社会消费品零售总额", "actual", "%", -3.1, None, None, 2020, "growth"),
    ("heldout", "地区生产总值", "target", "%", 8, None, "以上", 2021, "growth"),
    ("heldout", "城镇登记失业率", "target", "%", 4.5, None, "以内", 2021, "level"),
    ("heldout-county", "城镇居民人均可支配收入", "actual", "元", 76520, None, None, 2024, "level"),
    ("heldout-county", "农村居民人均可支配收入", "actual", "%", 6.2, None, None, 2024, "growth"),
    ("heldout-county", "地区生产总值", "target", "%", 6, None, "左右", 2025, "growth"),
    ("heldout-province", "单位地区生产总值能耗", "target", "%", -3.5, -4, None, 2025, "growth"),
    ("heldout-province", "地区生产总值", "actual", "rank", 5, None, "全国", 2024, "rank"),
    ("heldout-province", "高新技术企业", "actual", "万家", 1.9, None, None, 2024, "level"),
    ("heldout-region", "规模以上工业增加值", "actual", "个百分点", 1.8, None, None, 2024, "gap"),
    ("heldout-region", "粮食产量", "target", "亿斤", 280, None, "以上", 2025, "level"),
]


def test_tasks_under_a_part_the_outline_could_not_name_are_this_years_targets():
    """`二、2025年重点工作`: the year in the part's title says it is the plan."""
    d = doc("heldout-province")
    at = d.text.find("（一）千方百计扩大有效需求")
    tasks = [f for f in d.figures if f.start > at]
    assert tasks and {(f.kind, f.year) for f in tasks} == {("target", 2025)}


@pytest.mark.parametrize("text, metric, value, unit, year, period", [
    ("由3469亿元", "地区生产总值", 3469, "亿元", 2015, None),             # the level before the five years
    ("增加到5128亿元", "地区生产总值", 5128, "亿元", 2020, None),          # and at their end
    ("5128亿元，年均增长7.1%", "地区生产总值", 7.1, "%", None, "2016-2020"),
    ("经济总量稳居全省第2位", "地区生产总值", 2, "rank", 2020, None),     # a rank is held at a time
    ("累计完成固定资产投资2.1万亿元", "固定资产投资", 2.1, "万亿元", None, "2016-2020"),
    ("研发投入强度达到2.8%", "研发经费支出占GDP比重", 2.8, "%", 2020, None),
    ("全市地区生产总值年均增长7%左右", "地区生产总值", 7, "%", None, "2021-2025"),
    ("经济总量突破7000亿元", "地区生产总值", 7000, "亿元", 2025, None),   # 到2025年 after 年均 in the sentence
])
def test_five_year_review_and_plan_dates(text, metric, value, unit, year, period):
    d = doc("heldout")
    at = d.text.find(text)
    figs = [f for f in d.figures if at <= f.start < at + len(text) and f.unit == unit]
    assert figs, text
    f = figs[-1]
    assert (f.metric, f.value, f.year, f.period) == (metric, value, year, period)


def test_single_year_review_has_no_multi_year_part():
    """`一年来，我们主要做了以下工作` opens the list of last year's work, not a review of several years."""
    d = doc("national")
    review = next(s for s in d.sections if s.level == 1)
    assert [s.title for s in d.sections if s.role == "period_review"] == []
    assert review.role == "review"



@pytest.mark.parametrize("name, metric, kind, unit, value, high, qualifier, year, measure", KEY_FIGURES)
def test_key_figures(name, metric, kind, unit, value, high, qualifier, year, measure):
    found = [f for f in _find(doc(name), metric, kind, measure, unit) if f.year == year]
    assert len(found) == 1, f"{kind} {measure} of {metric} in {unit} for {year}: {found}"
    f = found[0]
    assert (f.value, f.value_high, f.qualifier, f.period) == pytest.approx((value, high, qualifier, None))
    assert doc(name).text[f.start:f.end] == f.text


def test_national_gdp_keeps_its_name_in_the_gdp_group():
    d = doc("national")
    gdp = [f for f in d.figures if f.group == "GDP"]
    assert gdp and {f.metric for f in gdp} == {"国内生产总值"}
    assert indicators.group("国内生产总值") == indicators.group("地区生产总值") == "GDP"


def test_national_gdp_written_as_gdp_is_still_the_national_figure():
    from jmdesk.core.figures import extract_figures
    from jmdesk.core.document import Meta
    text = "全年GDP增长5.2%，经济总量超过126万亿元。"
    figs = extract_figures(text, (), Meta(region="全国", year=2024, kind="report"))
    assert [(f.metric, f.group, f.value) for f in figs] == [("国内生产总值", "GDP", 5.2), ("国内生产总值", "GDP", 126)]


# ---------------------------------------------------------------- damaged copy

def test_newspaper_copy_repairs_to_the_clean_text():
    clean, damaged = doc("province"), doc("province-newspaper")
    raw = (UNSEEN / FILES["province-newspaper"]).read_text(encoding="utf-8")
    assert raw.count("\n") > 3 * clean.text.count("\n")       # it really is wrapped
    assert damaged.text.strip() == clean.text.strip()


def test_ocr_markdown_copy_repairs_to_the_clean_text():
    raw = (UNSEEN / FILES["heldout-county-ocr"]).read_text(encoding="utf-8")
    assert "## " in raw and "**" in raw and "▶下转" in raw          # it really is damaged
    clean, damaged = doc("heldout-county"), doc("heldout-county-ocr")
    assert damaged.text == clean.text
    assert [(s.title, s.role, s.start) for s in damaged.sections] == \
        [(s.title, s.role, s.start) for s in clean.sections]
    assert [f.to_json() for f in damaged.figures] == [f.to_json() for f in clean.figures]


def test_review_openers_of_the_county_report():
    """The county's review has no numbered sections: each topic opens with 这一年，我们…"""
    d = doc("heldout-county")
    review = next(s for s in d.sections if s.level == 1)
    openers = [s.title for s in d.sections if s.parent == review.id and s.title.startswith("这一年")]
    assert len(openers) == 4


def test_newspaper_copy_gives_the_same_outline_and_figures():
    clean, damaged = doc("province"), doc("province-newspaper")
    shift = damaged.text.find(clean.text.strip()[:20]) - clean.text.find(clean.text.strip()[:20])

    def sections(d, k):
        return [(s.level, s.number, s.title, s.role, s.start + k) for s in d.sections]

    def figures(d, k):
        return [(f.metric, f.value, f.unit, f.qualifier, f.kind, f.year, f.start + k) for f in d.figures]

    assert sections(damaged, 0) == sections(clean, shift)
    assert figures(damaged, 0) == figures(clean, shift)


@pytest.mark.parametrize("clean, damaged", [("province", "province-newspaper"),
                                            ("heldout-county", "heldout-county-ocr")])
def test_a_damaged_copy_compared_with_its_clean_text_shows_no_change(clean, damaged):
    cmp = compare_documents(doc(clean), doc(damaged))
    assert cmp.changes == ()
    assert {p.status for p in cmp.pairs} == {"unchanged"}


# ---------------------------------------------------------------- two years of one city

@lru_cache(maxsize=1)
def city_comparison():
    return compare_documents(doc("city-2023"), doc("city-2024"))


def _titles(cmp, pair):
    a = cmp.a.section(pair.a) if pair.a else None
    b = cmp.b.section(pair.b) if pair.b else None
    return (a.title if a else None), (b.title if b else None)


def test_city_pair_follows_topics_not_numbers():
    cmp = city_comparison()
    by_a = {}
    for p in cmp.pairs:
        ta, tb = _titles(cmp, p)
        if ta is not None:
            by_a[ta] = (tb, p.status)
    # the two sections that swapped places ((二) <-> (三)) keep their partners
    assert by_a["全力扩大有效投资，增强经济发展后劲"][0] == "全力扩大有效投资，增强经济发展后劲"
    assert by_a["深化改革开放，持续优化营商环境"][0] == "深化改革开放，持续优化营商环境"
    assert "moved" in {by_a["全力扩大有效投资，增强经济发展后劲"][1], by_a["深化改革开放，持续优化营商环境"][1]}
    # renumbered but otherwise the same: (五)->(六), (六)->(七)
    assert by_a["加强生态文明建设，筑牢绿色发展屏障"][0] == "加强生态文明建设，筑牢绿色发展屏障"
    assert by_a["保障和改善民生，提升群众幸福感"][0] == "保障和改善民生，提升群众幸福感"
    # the review sections pair by topic although every title was reworded
    assert by_a["坚定不移推进制造业当家"][0] == "制造业当家取得新成效"
    assert by_a["民生福祉不断增进"][0] == "民生福祉持续增进"


def test_city_pair_marks_the_added_section():
    cmp = city_comparison()
    added = [_titles(cmp, p)[1] for p in cmp.pairs if p.status == "added"]
    removed = [_titles(cmp, p)[0] for p in cmp.pairs if p.status == "removed"]
    assert added == ["大力发展数字经济和低空经济，加快培育新质生产力"]
    assert removed == []


def _target_changes(cmp):
    targets = [i for i, p in enumerate(cmp.pairs)
               if p.a and cmp.a.section(p.a).role == "targets"]
    assert len(targets) == 1
    return {c.figure.metric: (c.figure.old.value, c.figure.old.qualifier,
                              c.figure.new.value, c.figure.new.qualifier)
            for c in cmp.changes if c.figure and c.pair == targets[0]}


def test_city_pair_reports_exactly_the_target_changes_written_in():
    assert _target_changes(city_comparison()) == {
        "地区生产总值": (6, "以上", 5.5, "左右"),
        "规模以上工业增加值": (7, None, 6.5, None),
        "固定资产投资": (8, None, 6, None),
        "地方一般公共预算收入": (5, None, 4, None),
    }


def test_city_pair_moved_and_unchanged_sections_have_no_figure_changes():
    cmp = city_comparison()
    quiet = {"全力扩大有效投资，增强经济发展后劲", "深化改革开放，持续优化营商环境",
             "坚持制造业当家，加快建设现代化产业体系", "加强生态文明建设，筑牢绿色发展屏障",
             "保障和改善民生，提升群众幸福感"}
    pairs = {i for i, p in enumerate(cmp.pairs) if _titles(cmp, p)[0] in quiet}
    assert len(pairs) == len(quiet)
    assert [c for c in cmp.changes if c.figure and c.pair in pairs] == []


# ---------------------------------------------------------------- precision and recall

@dataclass(frozen=True)
class Label:
    doc: str
    start: int
    text: str
    metric: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str | None
    kind: str
    year: int | None
    period: str | None


def labels() -> list[Label]:
    out = []
    with open(UNSEEN / "figures.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t") if r]
    for name, anchor, text, metric, value, high, unit, qual, kind, year, period in rows:
        d = doc(name if name in FILES else name)
        at = d.text.find(anchor)
        assert at >= 0 and d.text.find(anchor, at + 1) < 0, f"anchor not unique in {name}: {anchor}"
        assert text in anchor, anchor
        out.append(Label(name, at + anchor.find(text), text, metric, float(value),
                         float(high) if high else None, unit, qual or None, kind,
                         int(year) if year else None, period or None))
    return out


def _right(f, lab: Label) -> bool:
    registered = indicators.canonical(lab.metric) == lab.metric
    metric_ok = f.metric == lab.metric if registered else lab.metric in f.metric
    return (metric_ok and f.value == pytest.approx(lab.value) and f.value_high == lab.value_high
            and f.unit == lab.unit and f.qualifier == lab.qualifier and f.kind == lab.kind
            and f.year == lab.year and f.period == lab.period and f.text == lab.text)


def score(names=("national", "province", "city-2023", "city-2024")):
    """(span precision, span recall, all-fields precision, all-fields recall, misses) over the labels."""
    labs = [lab for lab in labels() if lab.doc in names]
    figs = [(n, f) for n in names for f in doc(n).figures]
    by_start = {}
    for n, f in figs:
        by_start.setdefault((n, f.start), []).append(f)
    found = right = 0
    misses = []
    used = 0
    for lab in labs:
        cands = by_start.pop((lab.doc, lab.start), [])
        if cands:
            found += 1
            used += len(cands)
            if any(_right(f, lab) for f in cands):
                right += 1
            else:
                misses.append((lab, cands))
        else:
            misses.append((lab, []))
    extra = sum(len(v) for v in by_start.values())
    total = used + extra
    return found / total, found / len(labs), right / total, right / len(labs), misses, by_start


def test_figure_precision_and_recall_on_unseen_reports():
    span_p, span_r, all_p, all_r, misses, extra = score()
    report = "\n".join(f"{lab.doc} {lab.text} {lab.metric}: "
                       f"{[(f.metric, f.value, f.unit, f.qualifier, f.kind, f.year) for f in c]}"
                       for lab, c in misses)
    # measured 2026-11-22, see docs/generalisation.md; a drop below these is a regression
    assert span_r >= 0.98, report
    assert span_p >= 0.97, sorted(extra)
    assert all_r >= 0.90, report
    assert all_p >= 0.88, report


@pytest.mark.parametrize("name", ["heldout", "heldout-county", "heldout-province", "heldout-region"])
def test_figure_precision_and_recall_on_the_held_out_reports(name):
    """Written and labelled after the rules were fixed on the four documents above."""
    span_p, span_r, all_p, all_r, misses, extra = score((name,))
    report = "\n".join(f"{lab.text} {lab.metric}: {[(f.metric, f.qualifier, f.year, f.period) for f in c]}"
                       for lab, c in misses)
    assert span_r >= 0.95 and span_p >= 0.95, (report, sorted(extra))
    assert all_r >= 0.75 and all_p >= 0.75, report


# ---------------------------------------------------------------- last year's targets against results

def test_city_targets_of_2023_against_the_results_in_the_2024_report():
    from jmdesk.core.metrics import figures_table, targets_vs_results
    table = targets_vs_results(figures_table([doc("city-2023"), doc("city-2024")]))
    rows = table[table["year"] == 2023].set_index(["metric", "measure", "unit"])

    def text(v):
        return None if v != v else v          # NaN: no figure on that side
    status = {key: (row["target_text"], text(row["result_text"]), row["status"])
              for key, row in rows.iterrows()}
    assert status[("地区生产总值", "growth", "%")] == ("6%以上", "4.2%", "missed")
    assert status[("规模以上工业增加值", "growth", "%")] == ("7%", "6.1%", "missed")
    assert status[("地方一般公共预算收入", "growth", "%")] == ("5%", "5.1%", "met")
    assert status[("城镇新增就业", "level", "万人")] == ("3万人以上", "3.5万人", "met")
    assert status[("城镇调查失业率", "level", "%")] == ("5.5%以内", "5.5%以内", "met")
    assert status[("居民消费价格", "growth", "%")] == ("3%左右", None, "no result")   # the review gives no CPI


# ---------------------------------------------------------------- the same report as Word and as a web page

def _national_paragraphs():
    return [p for p in (UNSEEN / FILES["national"]).read_text(encoding="utf-8").split("\n") if p.strip()]


def test_national_report_as_word_file_reads_like_the_text(tmp_path):
    import docx

    word = docx.Document()
    for para in _national_paragraphs():
        word.add_paragraph(para)
    path = tmp_path / "national.docx"
    word.save(path)
    d = load_document(path)
    assert d.text.strip() == doc("national").text.strip()
    assert [f.to_json()["text"] for f in d.figures] == [f.text for f in doc("national").figures]


def test_national_report_as_web_page_reads_like_the_text(tmp_path):
    from html import escape

    body = "".join(f"<p>{escape(p)}</p>\n" for p in _national_paragraphs())
    page = (f"<html><head><meta charset='utf-8'><title>政府工作报告</title></head><body>"
            f"<div class='article'>{body}</div></body></html>")
    path = tmp_path / "national.html"
    path.write_text(page, encoding="utf-8")
    d = load_document(path)
    assert d.meta == doc("national").meta
    assert [(s.number, s.title) for s in d.sections] == \
        [(s.number, s.title) for s in doc("national").sections]
    assert [(f.metric, f.value, f.kind) for f in d.figures] == \
        [(f.metric, f.value, f.kind) for f in doc("national").figures]


# ---------------------------------------------------------------- the samples' layouts, on other reports

def _run_in_heading(text):
    return text.replace("实现上述目标，要重点抓好以下工作。\n(一)", "实现上述目标，要重点抓好以下工作: (一)")


def _part_headings_at_the_end(text):
    return (text.replace("一、2022年工作回顾\n", "").replace("二、2023年工作安排\n", "")
            + "\n一、2022年工作回顾\n二、2023年工作安排\n")


@pytest.mark.parametrize("name, variant", [("province", _run_in_heading),
                                           ("city-2023", _part_headings_at_the_end)])
def test_layout_variants_keep_outline_and_figures(name, variant):
    from jmdesk.core.pipeline import parse_text

    original = (UNSEEN / FILES[name]).read_text(encoding="utf-8")
    changed = variant(original)
    assert changed != original
    a, b = doc(name), parse_text(changed)
    # (the closing words are not the end any more when the part headings follow them)
    assert [(s.level, s.number, s.title, s.role) for s in b.sections if s.role != "closing"] == \
        [(s.level, s.number, s.title, s.role) for s in a.sections if s.role != "closing"]
    assert [(f.metric, f.value, f.kind, f.year) for f in b.figures] == \
        [(f.metric, f.value, f.kind, f.year) for f in a.figures]


def test_city_pair_target_turned_into_words_and_a_new_target():
    """固定资产投资增长6% → 稳中提质 (the figure is dropped), and a target that is new in B."""
    from jmdesk.core.pipeline import parse_text

    text = (UNSEEN / FILES["city-2024"]).read_text(encoding="utf-8")
    text = text.replace("固定资产投资增长6%；", "固定资产投资稳中提质；")
    text = text.replace("外贸进出口总额增长3%；", "外贸进出口总额增长3%；研发经费投入增长10%；")
    cmp = compare_documents(doc("city-2023"), parse_text(text))
    assert _target_changes_as_text(cmp) == {
        "地区生产总值": ("6%以上", "5.5%左右"),
        "规模以上工业增加值": ("7%", "6.5%"),
        "固定资产投资": ("8%", None),
        "研发经费投入": (None, "10%"),
        "地方一般公共预算收入": ("5%", "4%"),
    }
    dropped = next(c for c in cmp.changes if c.figure and c.figure.metric == "固定资产投资"
                   and c.figure.new is None)
    assert "稳中提质" in dropped.b_text


def _target_changes_as_text(cmp):
    targets = [i for i, p in enumerate(cmp.pairs) if p.a and cmp.a.section(p.a).role == "targets"]
    return {c.figure.metric: (c.figure.old and c.figure.old.text, c.figure.new and c.figure.new.text)
            for c in cmp.changes if c.figure and c.pair == targets[0]}
