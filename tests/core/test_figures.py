"""Figures read from the samples and from hand-made sentences in the style of other reports.

Each sample row: (sample, snippet that locates the figure, the figure as written, expected fields).
The snippet is searched in the cleaned text; the figure must lie inside it.
"""

import pytest

from conftest import sample_document
from jmdesk.core.document import Meta, Section
from jmdesk.core.figures import extract_figures
from jmdesk.core.figures_numbers import find_mentions


def analysed(name: str):
    """Cleaned text and figures of a sample, with the metadata of index.json."""
    doc = sample_document(name)
    return doc.text, doc.figures


A, T = "actual", "target"
R = "rank"
# (sample, snippet, figure text, expected): expected keys are Figure fields; "metric_has"
# checks a part of an unregistered metric name.
ROWS = [
    # 2023 report, review opening: one metric carried over a run, ranks, shares, declines
    ("2023", "实现地区生产总值3773.41亿元", "3773.41亿元", dict(metric="地区生产总值", value=3773.41, unit="亿元", kind=A, year=2022, measure="level")),
    ("2023", "增长3.3%、排全省第2", "3.3%", dict(metric="地区生产总值", value=3.3, unit="%", kind=A, year=2022, measure="growth")),
    ("2023", "增长3.3%、排全省第2", "全省第2", dict(metric="地区生产总值", value=2, unit=R, qualifier="全省", kind=A, year=2022, measure="rank")),
    ("2023", "其中规模以上工业增加值增长3.1%", "3.1%", dict(metric="规模以上工业增加值", value=3.1, unit="%", kind=A, year=2022, measure="growth")),
    ("2023", "社会消费品零售总额增长2.4%", "2.4%", dict(metric="社会消费品零售总额", value=2.4, unit="%", kind=A, year=2022)),
    ("2023", "均排全省第4", "全省第4", dict(metric="规模以上工业增加值", value=4, unit=R, qualifier="全省", year=2022)),
    ("2023", "均排全省第4", "全省第4", dict(metric="社会消费品零售总额", value=4, unit=R, qualifier="全省", year=2022)),
    ("2023", "固定资产投资下降0.8%", "0.8%", dict(metric="固定资产投资", value=-0.8, unit="%", kind=A, year=2022, measure="growth")),
    ("2023", "0.8%，排全省第8", "全省第8", dict(metric="固定资产投资", value=8, unit=R)),
    ("2023", "外贸进出口总额下降0.9%", "0.9%", dict(metric="外贸进出口总额", value=-0.9, unit="%", year=2022)),
    ("2023", "地方一般公共预算收入可比增长0.2%", "0.2%", dict(metric="地方一般公共预算收入", value=0.2, unit="%", kind=A, year=2022)),
    ("2023", "票决的十件民生实事", "十件", dict(value=10, unit="件", metric_has="民生实事")),
    ("2023", "退税减税降费近148亿元", "148亿元", dict(value=148, unit="亿元", qualifier="近", metric_has="退税减税降费")),
    ("2023", "完成工业投资超880亿元", "880亿元", dict(metric="工业投资", value=880, unit="亿元", qualifier="超", kind=A, year=2022)),
    ("2023", "占固定资产投资比重44.2%", "44.2%", dict(metric="工业投资", value=44.2, unit="%", measure="share")),
    ("2023", "先进制造业占比达41.9%", "41.9%", dict(metric="先进制造业增加值", value=41.9, measure="share")),
    ("2023", "提高1.1个百分点", "1.1个百分点", dict(metric="先进制造业增加值", value=1.1, unit="个百分点", measure="change")),
    ("2023", "粮食产量99万吨，创", "99万吨", dict(metric="粮食产量", value=99, unit="万吨", kind=A, year=2022)),
    ("2023", "农村居民人均可支配收入24742元", "24742元", dict(metric="农村居民人均可支配收入", value=24742, unit="元", year=2022)),
    ("2023", "全市城镇新增就业4.5万人", "4.5万人", dict(metric="城镇新增就业", value=4.5, unit="万人", kind=A, year=2022)),
    ("2023", "审批时间压减50%以上", "50%以上", dict(value=-50, unit="%", qualifier="以上", measure="growth")),
    ("2023", "新增382家省级专精特新", "382家", dict(value=382, unit="家", metric_has="专精特新")),
    ("2023", "分别是过去总量的7倍", "7倍", dict(value=7, unit="倍", measure="multiple")),
    ("2023", "刑事治安警情下降12.7%", "12.7%", dict(value=-12.7, unit="%", measure="growth")),
    ("2023", "研究生学历占比翻一番", "翻一番", dict(value=100, unit="%", measure="growth")),
    ("2023", "达2446元/月", "2446元/月", dict(value=2446, unit="元/月")),
    ("2023", "高企数量超2600家", "2600家", dict(metric="高新技术企业", value=2600, unit="家", qualifier="超")),
    ("2023", "营商环境综合评价全省第6", "全省第6", dict(value=6, unit=R, qualifier="全省", metric_has="营商环境")),
    # 2023 report, main expected targets (a line break inside 4万人 in the source)
    ("2023", "地区生产总值增长6%以上", "6%以上", dict(metric="地区生产总值", value=6, unit="%", qualifier="以上", kind=T, year=2023, measure="growth")),
    ("2023", "6%以上、力争7%以上", "7%以上", dict(metric="地区生产总值", value=7, unit="%", qualifier="力争", kind=T, year=2023, measure="growth")),
    ("2023", "规模以上工业增加值增长6.5%", "6.5%", dict(metric="规模以上工业增加值", value=6.5, kind=T, year=2023, qualifier=None)),
    ("2023", "固定资产投资增长6%", "6%", dict(metric="固定资产投资", value=6, kind=T, year=2023)),
    ("2023", "社会消费品零售总额增长6%", "6%", dict(metric="社会消费品零售总额", value=6, kind=T, year=2023)),
    ("2023", "外贸进出口总额增长3%", "3%", dict(metric="外贸进出口总额", value=3, kind=T, year=2023)),
    ("2023", "地方一般公共预算收入增长5%", "5%", dict(metric="地方一般公共预算收入", value=5, kind=T, year=2023)),
    ("2023", "居民消费价格涨幅3%左右", "3%左右", dict(metric="居民消费价格", value=3, qualifier="左右", kind=T, year=2023, measure="growth")),
    ("2023", "城镇新增就业4万人以上", "4万人以上", dict(metric="城镇新增就业", value=4, unit="万人", qualifier="以上", kind=T, year=2023)),
    ("2023", "粮食产量99万吨以上", "99万吨以上", dict(metric="粮食产量", value=99, unit="万吨", qualifier="以上", kind=T, year=2023)),
    ("2023", "重点抓好以下十个方面工作", "十个", dict(value=10, unit="个", kind=T)),
    ("2023", "引进项目投资额超2000亿元", "2000亿元", dict(metric="引进项目总投资", value=2000, qualifier="超", kind=T, year=2023)),
    ("2023", "项目投资额占比超80%", "80%", dict(value=80, qualifier="超", measure="share", kind=T)),
    # 2025 report (OCR): review opening, 这一年 paragraphs, the four-year review, targets
    ("2025", "地区生产总值4210.18亿元", "4210.18亿元", dict(metric="地区生产总值", value=4210.18, unit="亿元", kind=A, year=2024)),
    ("2025", "4210.18亿元、全省第7", "全省第7", dict(metric="地区生产总值", value=7, unit=R, qualifier="全省", year=2024)),
    ("2025", "全省第7,增长3.4%", "3.4%", dict(metric="地区生产总值", value=3.4, unit="%", kind=A, year=2024, measure="growth")),
    ("2025", "居民人均可支配收入增长5.4%", "5.4%", dict(metric="居民人均可支配收入", value=5.4, kind=A, year=2024)),
    ("2025", "5.4%、珠三角第2", "珠三角第2", dict(metric="居民人均可支配收入", value=2, unit=R, qualifier="珠三角")),
    ("2025", "规上工业增加值增长6%", "6%", dict(metric="规模以上工业增加值", value=6, kind=A, year=2024, measure="growth")),
    ("2025", "高于全省平均水平1.8个百分点", "1.8个百分点", dict(metric="规模以上工业增加值", value=1.8, unit="个百分点", measure="gap")),
    ("2025", "分别增长12.5%、17.2%", "12.5%", dict(metric="接待游客", value=12.5, measure="growth")),
    ("2025", "分别增长12.5%、17.2%", "17.2%", dict(metric="旅游收入", value=17.2, measure="growth")),
    ("2025", "社会消费品零售总额增长0.8%", "0.8%", dict(metric="社会消费品零售总额", value=0.8, kind=A, year=2024)),
    ("2025", "进出口总额1917亿元", "1917亿元", dict(metric="外贸进出口总额", value=1917, unit="亿元", kind=A, year=2024)),
    ("2025", "创历史新高,增长10.6%", "10.6%", dict(metric="外贸进出口总额", value=10.6, measure="growth")),
    ("2025", "地方一般公共预算收入增长0.2%", "0.2%", dict(metric="地方一般公共预算收入", value=0.2, kind=A, year=2024)),
    ("2025", "制造业占比超7成", "7成", dict(value=70, unit="%", qualifier="超", measure="share")),
    ("2025", "城镇新增就业5.13万人", "5.13万人", dict(metric="城镇新增就业", value=5.13, unit="万人", kind=A, year=2024)),
    ("2025", "粮食产量超100万吨", "100万吨", dict(metric="粮食产量", value=100, unit="万吨", qualifier="超", kind=A, year=2024)),
    ("2025", "产业链两位数增长", "两位数", dict(value=10, unit="%", qualifier="以上")),
    ("2025", "三分之二的专项债", "三分之二", dict(value=66.67, unit="%")),
    ("2025", "新增科技人才4200多人", "4200多人", dict(value=4200, unit="人", qualifier="多")),
    ("2025", "刑事治安警情下降29.2%", "29.2%", dict(value=-29.2, measure="growth", year=2024)),
    ("2025", "GDP年均增长5.1%", "5.1%", dict(metric="地区生产总值", value=5.1, kind=A, year=None, period="2021-2024", measure="growth")),
    ("2025", "5.1%、全省第4", "全省第4", dict(metric="地区生产总值", value=4, unit=R, period="2021-2024")),
    ("2025", "规上工业增加值年均增长7.6%", "7.6%", dict(metric="规模以上工业增加值", value=7.6, period="2021-2024")),
    ("2025", "完成工业投资超3700亿元", "3700亿元", dict(metric="工业投资", value=3700, qualifier="超", period="2021-2024")),
    ("2025", "四年增长66.7%", "66.7%", dict(value=66.7, period="2021-2024", measure="growth")),
    ("2025", "居民人均可支配收入年均增长6.3%", "6.3%", dict(metric="居民人均可支配收入", value=6.3, period="2021-2024")),
    ("2025", "工业占GDP比重约4成", "4成", dict(value=40, unit="%", qualifier="约", measure="share")),
    ("2025", "四年提升8个百分点", "8个百分点", dict(value=8, unit="个百分点", measure="change")),
    ("2025", "地区生产总值增长5.5%左右", "5.5%左右", dict(metric="地区生产总值", value=5.5, qualifier="左右", kind=T, year=2025, measure="growth")),
    ("2025", "规模以上工业增加值增长6%以上", "6%以上", dict(metric="规模以上工业增加值", value=6, qualifier="以上", kind=T, year=2025)),
    ("2025", "社会消费品零售总额增长5%", "5%", dict(metric="社会消费品零售总额", value=5, kind=T, year=2025)),
    ("2025", "地方一般公共预算收入增长3%", "3%", dict(metric="地方一般公共预算收入", value=3, kind=T, year=2025)),
    ("2025", "居民消费价格涨幅2%左右", "2%左右", dict(metric="居民消费价格", value=2, qualifier="左右", kind=T, year=2025)),
    ("2025", "城镇新增就业4万人以上", "4万人以上", dict(metric="城镇新增就业", value=4, unit="万人", qualifier="以上", kind=T, year=2025)),
    ("2025", "打造1-2个主导优势产业", "1-2个", dict(value=1, value_high=2, unit="个", kind=T, year=2025)),
    # a part of the city: compared with the city's average, or a share of the city
    ("2025", "经济总量增长4.4%", "4.4%", dict(metric="地区生产总值（部分）", value=4.4, group="GDP", year=2024)),
    ("2023", "完成规上工业增加值824.4亿元", "824.4亿元", dict(metric="规模以上工业增加值（部分）", value=824.4)),
    # the counted noun follows the value after a counting verb, 以下, 及
    ("digest", "鹤山及6个镇", "6个", dict(value=6, unit="个", metric="镇")),
    ("2025", "新增3条产值超500亿元产业链", "3条", dict(value=3, unit="条", metric_has="产业链")),
    # 2021 report: the five-year review, last year, the plan period and this year's targets
    ("2021", "2020年实现3201亿元", "3201亿元", dict(metric="地区生产总值", value=3201, unit="亿元", kind=A, year=2020)),
    ("2021", "比2015年增加961亿元", "961亿元", dict(metric="地区生产总值", value=961, measure="change", period="2016-2020")),
    ("2021", "五年年均增长5.9%", "5.9%", dict(metric="地区生产总值", value=5.9, kind=A, period="2016-2020", measure="growth")),
    ("2021", "规上工业增加值年均增长6%", "6%", dict(metric="规模以上工业增加值", value=6, period="2016-2020")),
    ("2021", "五年累计完成8852亿元", "8852亿元", dict(metric="固定资产投资", value=8852, period="2016-2020")),
    ("2021", "年均城镇新增就业4.7万人", "4.7万人", dict(metric="城镇新增就业", value=4.7, period="2016-2020")),
    ("2021", "2018年以来完成投资176亿元", "176亿元", dict(value=176, period="2018-2020")),
    ("2021", "约占规上工业总产值的一半", "一半", dict(value=50, unit="%", qualifier="约", measure="share")),
    ("2021", "地区生产总值增长2.2%", "2.2%", dict(metric="地区生产总值", value=2.2, kind=A, year=2020)),
    ("2021", "社会消费品零售总额下降3.7%", "3.7%", dict(metric="社会消费品零售总额", value=-3.7, kind=A, year=2020)),
    ("2021", "城镇登记失业率2.36%", "2.36%", dict(metric="城镇登记失业率", value=2.36, kind=A, year=2020, measure="level")),
    ("2021", "地区生产总值年均增长6%左右", "6%左右", dict(metric="地区生产总值", value=6, qualifier="左右", kind=T, period="2021-2025")),
    ("2021", "固定资产投资达1.5万亿元", "1.5万亿元", dict(metric="固定资产投资", value=1.5, unit="万亿元", kind=T, period="2021-2025")),
    ("2021", "地区生产总值增长6%以上", "6%以上", dict(metric="地区生产总值", value=6, qualifier="以上", kind=T, year=2021)),
    ("2021", "规模以上工业增加值增长5.5%以上", "5.5%以上", dict(metric="规模以上工业增加值", value=5.5, kind=T, year=2021)),
    ("2021", "固定资产投资增长8%", "8%", dict(metric="固定资产投资", value=8, kind=T, year=2021)),
    ("2021", "居民消费价格涨幅3%左右", "3%左右", dict(metric="居民消费价格", value=3, qualifier="左右", kind=T, year=2021)),
    ("2021", "城镇新增就业4万人以上", "4万人以上", dict(metric="城镇新增就业", value=4, kind=T, year=2021)),
    ("2021", "城镇登记失业率控制在3%以内", "3%以内", dict(metric="城镇登记失业率", value=3, qualifier="以内", kind=T, year=2021)),
    # 2024 digest: the by-the-numbers list gives 2023 results
    ("digest", "地区生产总值4022.25亿元", "4022.25亿元", dict(metric="地区生产总值", value=4022.25, kind=A, year=2023)),
    ("digest", "总量排全省第7", "全省第7", dict(metric="地区生产总值", value=7, unit=R, year=2023)),
    ("digest", "地区生产总值增长5.5%", "5.5%", dict(metric="地区生产总值", value=5.5, kind=A, year=2023, measure="growth")),
    ("digest", "规模以上工业增加值1455.2亿元", "1455.2亿元", dict(metric="规模以上工业增加值", value=1455.2, kind=A, year=2023)),
    ("digest", "增长6.8%,排全省第3", "6.8%", dict(metric="规模以上工业增加值", value=6.8, kind=A, year=2023)),
    ("digest", "增长6.8%,排全省第3", "全省第3", dict(metric="规模以上工业增加值", value=3, unit=R)),
    ("digest", "地方一般公共预算收入增长5.4%", "5.4%", dict(metric="地方一般公共预算收入", value=5.4, kind=A, year=2023)),
    ("digest", "居民人均可支配收入增长5.2%", "5.2%", dict(metric="居民人均可支配收入", value=5.2, kind=A, year=2023)),
    ("digest", "占固投比重达52.3%", "52.3%", dict(metric="工业投资", value=52.3, measure="share")),
    ("digest", "近6成新增债券", "6成", dict(value=60, unit="%", qualifier="近")),
    ("digest", "办湾区超100项", "100项", dict(value=100, unit="项", qualifier="超")),
    ("digest", "镇街12个以上", "12个以上", dict(value=12, unit="个", qualifier="以上", kind=T, year=2024)),
    ("digest", "全国百强区第40位", "全国百强区第40位", dict(value=40, unit=R, qualifier="全国", metric="新会")),
    # district heads: each speaks of a district, not of the city
    ("districts", "确保2023年经济总量增长7%", "7%", dict(metric="恩平市地区生产总值", value=7, kind=T, year=2023, group="GDP")),
    ("districts", "力争实现7.5%", "7.5%", dict(metric="恩平市地区生产总值", value=7.5, qualifier="力争", kind=T)),
    ("districts", "登记失业率控制在3%以内", "3%以内", dict(metric="台山市城镇登记失业率", value=3, qualifier="以内", kind=T, year=2023)),
    ("districts", "培育高新技术企业超160家", "160家", dict(value=160, unit="家", qualifier="超", kind=T)),
    ("districts", "新增建设用地八成以上", "八成以上", dict(value=80, unit="%", qualifier="以上")),
]


def _matches(f, expected, text):
    for key, want in expected.items():
        if key == "metric_has":
            if want not in f.metric:
                return False
        elif key == "value" or key == "value_high":
            got = getattr(f, key)
            if got is None or abs(got - want) > 1e-6:
                return False
        elif getattr(f, key) != want:
            return False
    return text[f.start:f.end] == f.text


@pytest.mark.parametrize("name,snippet,written,expected", ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[3].get('metric', '')}" for r in ROWS])
def test_sample_figure(name, snippet, written, expected):
    text, figures = analysed(name)
    at = text.find(snippet)
    assert at >= 0, f"snippet not in the cleaned text: {snippet}"
    inside = [f for f in figures if at <= f.start and f.end <= at + len(snippet) and f.text == written]
    assert inside, f"no figure {written!r} in {snippet!r}; figures there: " + repr(
        [(f.text, f.metric) for f in figures if at <= f.start < at + len(snippet)])
    assert any(_matches(f, expected, text) for f in inside), repr(
        [(f.metric, f.value, f.value_high, f.unit, f.qualifier, f.kind, f.year, f.period, f.measure)
         for f in inside])


def test_every_figure_spans_its_value_and_sits_in_its_sentence():
    for name in ("2021", "2023", "2025", "digest", "districts"):
        text, figures = analysed(name)
        assert figures, name
        for f in figures:
            assert text[f.start:f.end] == f.text and f.text
            assert f.text in f.sentence
            assert text.find(f.sentence) <= f.start
            assert (f.year is None) != (f.period is None) or f.year is None
            assert f.kind in ("actual", "target")


@pytest.mark.parametrize("name,snippet,kept", [
    ("2025", "2025年2月26日在江门市第十六届人民代表大会第五次会议上", []),   # dates, ordinals
    ("2025", '市委"1+6+3"工作安排', []),                                   # plan names
    ("2023", "“十四五”规划", []),
    ("2021", "“十三五”时期及2020年工作回顾", []),
    ("2023", "（一）科学精准抓好疫情防控", []),                              # list numbers
    ("2025", "PM2.5年均浓度", []),                                          # model names
    ("2021", "累计建成5G基站", []),
    ("2023", "石化新材料成为继金属制品、食品、家电后第4条", []),             # ordinals that are not ranks
    ("2023", "增强“四个意识”、坚定“四个自信”、坚决做到“两个维护”", []),      # slogans
    ("digest", "10个镇街GDP超100亿", ["10个"]),                            # thresholds, not amounts
    ("digest", "成为全省第6个工业投资超千亿地市", []),
    ("2023", "总投资200亿元的中创新航", []),
])
def test_no_figure_for_dates_names_ordinals_and_thresholds(name, snippet, kept):
    text, figures = analysed(name)
    at = text.find(snippet)
    assert at >= 0, snippet
    assert [f.text for f in figures if at <= f.start < at + len(snippet)] == kept


# ---- hand-made sentences in the style of a province or the State Council -------------------

def _figs(text, year=2024, role=None, region=None):
    sections = [Section("s1", None, 1, None, "", 0, len(text), role=role)] if role else []
    return extract_figures(text, sections, Meta(year=year, region=region, kind="report"))


def _one(figs, written, **expected):
    found = [f for f in figs if f.text == written]
    assert found, (written, [f.text for f in figs])
    f = found[0]
    for key, want in expected.items():
        got = getattr(f, key)
        if isinstance(want, float) or isinstance(want, int) and key in ("value", "value_high"):
            assert got is not None and abs(got - want) < 1e-6, (key, got, want, f)
        else:
            assert got == want, (key, got, want, f)
    return f


def test_state_council_targets_paragraph():
    text = ("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；"
            "居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；"
            "单位国内生产总值能耗降低2.5%左右。")
    figs = _figs(text)
    gdp = _one(figs, "5%左右", metric="国内生产总值", value=5, unit="%", qualifier="左右", kind="target",
               year=2024, measure="growth")
    assert gdp.group == "GDP"
    _one(figs, "1200万人以上", metric="城镇新增就业", value=1200, unit="万人", qualifier="以上", kind="target")
    _one(figs, "5.5%左右", metric="城镇调查失业率", value=5.5, qualifier="左右", measure="level")
    _one(figs, "2%左右", metric="居民消费价格", value=2, measure="growth")
    _one(figs, "1.3万亿斤以上", metric="粮食产量", value=1.3, unit="万亿斤", qualifier="以上")
    energy = _one(figs, "2.5%左右", value=-2.5, measure="growth")
    assert energy.metric != "国内生产总值"          # 单位国内生产总值能耗 is another indicator


def test_state_council_review_in_a_review_part():
    text = ("过去一年，国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，"
            "城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。粮食产量13908亿斤，增产1.3%。")
    figs = _figs(text, role="review")
    _one(figs, "126万亿元", metric="国内生产总值", value=126, unit="万亿元", qualifier="超过", kind="actual", year=2023)
    _one(figs, "5.2%", metric="国内生产总值", value=5.2, measure="growth", year=2023)
    _one(figs, "1244万人", metric="城镇新增就业", value=1244)
    _one(figs, "0.2%", metric="居民消费价格", value=0.2, measure="growth", kind="actual")
    _one(figs, "13908亿斤", metric="粮食产量", value=13908, unit="亿斤")


def test_statistical_communique_style():
    text = ("全年国内生产总值1349084亿元，比上年增长5.2%。规模以上工业增加值同比增长4.6%。"
            "粮食总产量达到13908亿斤。货物贸易进出口总额41.8万亿元。居民人均可支配收入实际增长6.1%。")
    figs = _figs(text, role="review")
    _one(figs, "1349084亿元", metric="国内生产总值", value=1349084, measure="level")
    _one(figs, "5.2%", metric="国内生产总值", value=5.2, measure="growth")
    _one(figs, "4.6%", metric="规模以上工业增加值", measure="growth")
    _one(figs, "13908亿斤", metric="粮食产量")
    _one(figs, "41.8万亿元", metric="外贸进出口总额", unit="万亿元")
    _one(figs, "6.1%", metric="居民人均可支配收入", measure="growth")


def test_province_style_shared_values_and_ranges():
    text = ("全省地区生产总值增长６．５％，规上工业增加值、社会消费品零售总额增长5%，均排全国第4；"
            "进出口总额1,917亿元、增长6%－6.5%；一般公共预算收入增长6%至6.5%；"
            "增速回落1.2个百分点；民营经济占比超四成；高新技术企业数量实现翻番；"
            "新建公办学位不少于2万个；外贸进出口总额突破1000亿元。")
    figs = _figs(text, role="review", region="广东省")
    _one(figs, "６．５％", metric="地区生产总值", value=6.5, unit="%")
    shared = [f for f in figs if f.text == "5%"]
    assert {f.metric for f in shared} == {"规模以上工业增加值", "社会消费品零售总额"}
    ranks = [f for f in figs if f.unit == "rank"]
    assert {f.metric for f in ranks} == {"规模以上工业增加值", "社会消费品零售总额"}
    assert all(f.value == 4 and f.qualifier == "全国" for f in ranks)
    _one(figs, "1,917亿元", metric="外贸进出口总额", value=1917)
    _one(figs, "6%－6.5%", metric="外贸进出口总额", value=6, value_high=6.5)
    _one(figs, "6%至6.5%", metric="地方一般公共预算收入", value=6, value_high=6.5)
    _one(figs, "1.2个百分点", value=-1.2, unit="个百分点", measure="change")
    _one(figs, "四成", value=40, unit="%", qualifier="超", measure="share")
    _one(figs, "翻番", value=100, unit="%", measure="growth")
    _one(figs, "2万个", value=2, unit="万个", qualifier="不少于")
    _one(figs, "1000亿元", metric="外贸进出口总额", value=1000, qualifier="突破")


def test_cue_words_decide_kind_without_an_outline():
    figs = _figs("力争全年地区生产总值增长6%。去年居民人均可支配收入增长5.1%。", year=2024)
    _one(figs, "6%", kind="target", year=2024)
    _one(figs, "5.1%", kind="actual", year=2023)


def test_explicit_year_wins_over_the_part():
    figs = _figs("2022年地区生产总值增长4.1%，2023年增长5.3%。", year=2024, role="review")
    _one(figs, "4.1%", year=2022)
    _one(figs, "5.3%", year=2023)


def test_unregistered_metric_keeps_the_phrase_before_the_value():
    f = _one(_figs("新能源汽车产量增长35.8%。", role="review"), "35.8%", value=35.8)
    assert f.metric == "新能源汽车产量" and f.group == "新能源汽车产量"


def test_number_grammar():
    mentions = {m.text: m for m in find_mentions("增长１２％，达3,773.41亿元，十件实事，全省第7，6%-6.5%")}
    assert mentions["１２％"].value == 12 and mentions["１２％"].unit == "%"
    assert mentions["3,773.41亿元"].value == 3773.41
    assert mentions["十件"].value == 10
    assert mentions["全省第7"].unit == "rank" and mentions["全省第7"].scope == "全省"
    assert mentions["6%-6.5%"].value_high == 6.5


def test_a_report_without_roles_is_split_at_the_targets():
    text = "过去一年，地区生产总值增长5%。\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
    figs = _figs(text, year=2024)
    _one(figs, "5%", kind="actual", year=2023)
    _one(figs, "6%左右", kind="target", year=2024, qualifier="左右")
