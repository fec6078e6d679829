"""Numbers inside names, counted things after the value, and metric names that carry extra
words: sentences written in the genre's grammar (national, provincial and city phrasing),
each one checking what an editor would see in the figures table."""
from __future__ import annotations

import pytest

from jmdesk.core.document import Meta, Section
from jmdesk.core.figures import extract_figures

CITY = Meta(region="某某市", year=2024, kind="report")
NATION = Meta(region="全国", year=2024, kind="report")


def figures(text, meta=CITY, role=None):
    sections = [Section("s1", None, 1, "二、", "", 0, len(text), role=role)] if role else []
    return [(f.metric, f.value, f.unit, f.qualifier, f.kind, f.year)
            for f in extract_figures(text, sections, meta)]


@pytest.mark.parametrize("text", [
    "严格落实中央八项规定精神，持之以恒纠治“四风”。",          # a policy's name
    "坚持“两个毫不动摇”，增强“四个意识”、坚定四个自信。",
    "成功入选全国12个最具潜力文旅城市之一。",                   # a list the city belongs to
    "全省14个市州全部建成科技创新服务中心。",                   # the places that make up the whole
    "全市7个县（市、区）均完成年度任务。",
])
def test_numbers_inside_names_and_scopes_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    # a count after the whole that is not a list of places stays a figure
    ("全市8个文化馆全部获评国家一级馆。", [("文化馆", 8, "个", None, "actual", 2023)]),
    ("全市5个农贸市场完成改造。", [("农贸市场", 5, "个", None, "actual", 2023)]),
    # the thing counted is written after the value
    ("成立市重大工程建设项目总指挥部、12个专项指挥部和稳投资工作专班。",
     [("专项指挥部", 12, "个", None, "actual", 2023)]),
    ("市十件民生实事全面完成。", [("民生实事", 10, "件", None, "actual", 2023)]),
    ("增发1万亿元国债，支持灾后恢复重建。", [("国债", 1, "万亿元", None, "actual", 2023)]),
    ("中欧班列开行1200列，3个项目列入省重点项目。",
     [("中欧班列", 1200, "列", None, "actual", 2023), ("项目", 3, "个", None, "actual", 2023)]),
])
def test_counts(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # institutional and time prefixes do not make another indicator
    ("年末金融机构本外币各项存款余额7.2万亿元，增长8.5%，存贷比达82.3%。",
     [("本外币存款余额", 7.2, "万亿元", None, "actual", 2023), ("本外币存款余额", 8.5, "%", None, "actual", 2023),
      ("存贷比", 82.3, "%", None, "actual", 2023)]),
    ("全省地级及以上城市空气质量优良天数比例达到90.1%。",
     [("空气质量优良天数比率", 90.1, "%", None, "actual", 2023)]),
    ("高新技术企业数量达到681家。", [("高新技术企业", 681, "家", None, "actual", 2023)]),
    # 比 that ends the phrase is a ratio; 比上年 is a comparison
    ("存款余额比上年增长10.7%。", [("本外币存款余额", 10.7, "%", None, "actual", 2023)]),
    # a list before 三大 only names the parts of what is measured
    ("新能源汽车、先进装备制造、节能环保三大主导产业产值增长18.5%。",
     [("三大主导产业产值", 18.5, "%", None, "actual", 2023)]),
    # a share of the whole with its qualifier before the whole
    ("全年新增装机超过全球一半。", [("新增装机", 50, "%", "超过", "actual", 2023)]),
])
def test_metric_names(text, expected):
    assert figures(text) == expected


def test_planned_amounts_and_changes_over_last_year_are_this_years_targets():
    text = "今年赤字率拟按3%安排。拟安排地方政府专项债券3.9万亿元，比上年增加1000亿元。中央预算内投资拟安排7000亿元。"
    assert figures(text, NATION, role="plan") == [
        ("赤字率", 3, "%", None, "target", 2024),
        ("专项债券", 3.9, "万亿元", None, "target", 2024),
        ("专项债券", 1000, "亿元", None, "target", 2024),
        ("中央预算内投资", 7000, "亿元", None, "target", 2024),
    ]


def test_a_clause_opening_with_lizheng_is_a_stretch_target():
    text = "力争实际使用外资增长10%。力争GDP超百亿元镇街12个以上。"
    got = figures(text, role="plan")
    assert got[0] == ("实际利用外资", 10, "%", "力争", "target", 2024)
    assert got[1][3] == "以上"          # a qualifier written after the value still wins


def test_a_sentence_opening_with_lizheng_sets_stretch_targets_throughout():
    got = figures("力争实际使用外资增长5%，进出口总额增长10%。新增高新技术企业300家。", role="plan")
    assert [q for *_, q, _k, _y in got] == ["力争", "力争", None]


@pytest.mark.parametrize("text", ["全年GDP增长5.2%。", "经济总量超过126万亿元。", "国内生产总值增长5.2%。"])
def test_the_nations_output_is_named_guonei(text):
    assert {m for m, *_ in figures(text, NATION)} == {"国内生产总值"}
    assert {m for m, *_ in figures(text.replace("国内生产总值", "地区生产总值"), CITY)} == {"地区生产总值"}


def test_from_to_gives_the_levels_at_both_ends():
    text = "五年来，全市地区生产总值由3469亿元增加到5128亿元，年均增长7.1%，经济总量稳居全省第2位。"
    meta = Meta(region="某某市", year=2021, kind="report")
    got = [(f.value, f.unit, f.year, f.period) for f in extract_figures(text, [], meta)]
    assert got == [(3469, "亿元", 2015, None), (5128, "亿元", 2020, None), (7.1, "%", None, "2016-2020"),
                   (2, "rank", 2020, None)]


def test_town_and_country_values_handed_out_in_order():
    text = "城乡居民人均可支配收入分别达到76520元、49860元，分别增长4.8%、6.2%。"
    assert [(m, v, u) for m, v, u, *_ in figures(text)] == [
        ("城镇居民人均可支配收入", 76520, "元"), ("农村居民人均可支配收入", 49860, "元"),
        ("城镇居民人均可支配收入", 4.8, "%"), ("农村居民人均可支配收入", 6.2, "%")]


def test_concentration_unit():
    assert figures("PM2.5平均浓度控制在28微克/立方米以内。", role="plan") == [
        ("PM2.5平均浓度", 28, "微克/立方米", "以内", "target", 2024)]


def in_review_of_2025(text):
    review = Section("s1", None, 1, "一、", "", 0, len(text), role="review")
    return extract_figures(text, [review], Meta(region="某某市", year=2025, kind="report"))


def test_a_record_since_a_period_does_not_date_the_paragraph():
    text = ("这一年，我们持续改善生态环境。空气质量创“十四五”以来最好水平，地表水断面水质优良率100%。"
            "新增公共充电桩超1400支。")
    got = [(f.value, f.year, f.period) for f in in_review_of_2025(text)]
    assert got == [(100, 2024, None), (1400, 2024, None)]


def test_a_result_over_a_plan_period_ends_last_year():
    text = "“十四五”以来，全市累计新增高新技术企业800家。"
    got = [(f.kind, f.year, f.period) for f in in_review_of_2025(text)]
    assert got == [("actual", None, "2021-2024")]
