"""Figure-level precision and recall on hand-labelled passages of the samples.

The gold figures below were labelled by reading the passages, not by running the code:
every value with its unit that an editor would put in a table, with what it measures,
its qualifier, result or target, and its year or period. Values that only qualify a noun
(`首个千亿GDP强区`, `超千亿地市`, `10个镇街GDP超100亿`) are thresholds, not figures.

Item: "snippet | figure as written | metric | value | unit | qualifier | kind | year or period".
A metric that is a registered canonical name must match exactly; any other metric label is
a word the extracted metric must contain. Run with -s to see the numbers recorded in docs/figures.md.
"""
from dataclasses import dataclass

from jmdesk.core import indicators
from test_figures import analysed

A, T = "actual", "target"

PASSAGES = {
    # 2023 report: the review's opening paragraph and the main expected targets
    ("2023", "过去一年，面对风高浪急", "经济社会保持平稳健康发展。"): """
实现地区生产总值3773.41亿元|3773.41亿元|地区生产总值|3773.41|亿元||actual|2022
增长3.3%、排|3.3%|地区生产总值|3.3|%||actual|2022
增长3.3%、排全省第2|全省第2|地区生产总值|2|rank|全省|actual|2022
工业增加值增长3.1%|3.1%|规模以上工业增加值|3.1|%||actual|2022
零售总额增长2.4%|2.4%|社会消费品零售总额|2.4|%||actual|2022
均排全省第4|全省第4|规模以上工业增加值|4|rank|全省|actual|2022
均排全省第4|全省第4|社会消费品零售总额|4|rank|全省|actual|2022
投资下降0.8%|0.8%|固定资产投资|-0.8|%||actual|2022
排全省第8|全省第8|固定资产投资|8|rank|全省|actual|2022
进出口总额下降0.9%|0.9%|外贸进出口总额|-0.9|%||actual|2022
可比增长0.2%|0.2%|地方一般公共预算收入|0.2|%||actual|2022
十件民生实事|十件|民生实事|10|件||actual|2022
""",
    ("2023", "今年经济社会发展的主要预期目标", "重点抓好以下十个方面工作"): """
地区生产总值增长6%以上|6%以上|地区生产总值|6|%|以上|target|2023
力争7%以上|7%以上|地区生产总值|7|%|力争|target|2023
工业增加值增长6.5%|6.5%|规模以上工业增加值|6.5|%||target|2023
固定资产投资增长6%|6%|固定资产投资|6|%||target|2023
零售总额增长6%|6%|社会消费品零售总额|6|%||target|2023
进出口总额增长3%|3%|外贸进出口总额|3|%||target|2023
预算收入增长5%|5%|地方一般公共预算收入|5|%||target|2023
涨幅3%左右|3%左右|居民消费价格|3|%|左右|target|2023
城镇新增就业4万人以上|4万人以上|城镇新增就业|4|万人|以上|target|2023
粮食产量99万吨以上|99万吨以上|粮食产量|99|万吨|以上|target|2023
以下十个方面|十个|方面|10|个||target|2023
""",
    # 2023 report: an ordinary paragraph of the review, with a non-figure (1小时生活圈)
    ("2023", "（二）千方百计稳住经济大盘", "外贸版图不断扩大。"): """
降费近148亿元|148亿元|退税减税降费|148|亿元|近|actual|2022
财政资金10.6亿元|10.6亿元|财政资金|10.6|亿元||actual|2022
完成投资1433.6亿元|1433.6亿元|市重点项目完成投资|1433.6|亿元||actual|2022
年度计划的123.5%|123.5%|年度计划|123.5|%||actual|2022
专项债176亿元|176亿元|专项债券|176|亿元||actual|2022
增长47%|47%|专项债券|47|%||actual|2022
金融工具27亿元|27亿元|金融工具|27|亿元||actual|2022
工业投资超880亿元|880亿元|工业投资|880|亿元|超|actual|2022
增长19.2%|19.2%|工业投资|19.2|%||actual|2022
比重44.2%|44.2%|工业投资|44.2|%||actual|2022
大幅增长63.8%|63.8%|高技术产业投资|63.8|%||actual|2022
投资近540亿元|540亿元|基础设施投资|540|亿元|近|actual|2022
增长10.4%|10.4%|基础设施投资|10.4|%||actual|2022
等消费52亿元|52亿元|消费|52|亿元||actual|2022
增长超2倍|2倍|新能源汽车消费|2|倍|超|actual|2022
销售面积全省第4|全省第4|房地产销售面积|4|rank|全省|actual|2022
农业2个省级|2个|外贸转型升级基地|2|个||actual|2022
进出口增长6%|6%|RCEP|6|%||actual|2022
""",
    # 2025 report (OCR): review opening, the four-year paragraph, the targets
    ("2025", "2024年是中华人民共和国", "取得新成"): """
地区生产总值4210.18亿元|4210.18亿元|地区生产总值|4210.18|亿元||actual|2024
亿元、全省第7|全省第7|地区生产总值|7|rank|全省|actual|2024
全省第7,增长3.4%|3.4%|地区生产总值|3.4|%||actual|2024
可支配收入增长5.4%|5.4%|居民人均可支配收入|5.4|%||actual|2024
珠三角第2|珠三角第2|居民人均可支配收入|2|rank|珠三角|actual|2024
""",
    ("2025", '各位代表,今年是"十四五"', "奋发向前行!"): """
GDP年均增长5.1%|5.1%|地区生产总值|5.1|%||actual|2021-2024
5.1%、全省第4|全省第4|地区生产总值|4|rank|全省|actual|2021-2024
四年总量增加了千亿|千亿|地区生产总值|1000|亿||actual|2021-2024
年均增长7.6%|7.6%|规模以上工业增加值|7.6|%||actual|2021-2024
7.6%、全省第2|全省第2|规模以上工业增加值|2|rank|全省|actual|2021-2024
工业投资超3700亿元|3700亿元|工业投资|3700|亿元|超|actual|2021-2024
3700亿元、全省第6|全省第6|工业投资|6|rank|全省|actual|2021-2024
技改投资超1400亿元|1400亿元|技改投资|1400|亿元|超|actual|2021-2024
1400亿元、全省第5|全省第5|技改投资|5|rank|全省|actual|2021-2024
出口年均增长9.4%|9.4%|出口|9.4|%||actual|2021-2024
9.4%、全省第5|全省第5|出口|5|rank|全省|actual|2021-2024
建筑业总产值558亿元|558亿元|建筑业总产值|558|亿元||actual|2024
四年增长66.7%|66.7%|建筑业总产值|66.7|%||actual|2021-2024
66.7%、全省第3|全省第3|建筑业总产值|3|rank|全省|actual|2021-2024
农林牧渔业总产值683亿元|683亿元|农林牧渔业总产值|683|亿元||actual|2024
四年增长36.3%|36.3%|农林牧渔业总产值|36.3|%||actual|2021-2024
36.3%、全省第3|全省第3|农林牧渔业总产值|3|rank|全省|actual|2021-2024
旅游收入翻番|翻番|接待游客|100|%||actual|2021-2024
旅游收入翻番|翻番|旅游收入|100|%||actual|2021-2024
比重约4成|4成|工业|40|%|约|actual|2021-2024
税收总额53.7%|53.7%|工业税收|53.7|%||actual|2021-2024
四年提升8个百分点|8个百分点|工业税收|8|个百分点||actual|2021-2024
年均增长两位数|两位数|产业产值|10|%|以上|actual|2021-2024
新增3条|3条|产业链|3|条||actual|2021-2024
1个千亿产业集群|1个|产业集群|1|个||actual|2021-2024
投资额超6500亿元|6500亿元|引进项目总投资|6500|亿元|超|actual|2021-2024
制造业占八成|八成|制造业|80|%||actual|2021-2024
新会GDP突破千亿|千亿|新会|1000|亿|突破|actual|2024
蓬江达955亿|955亿|蓬江|955|亿||actual|2024
鹤山超500亿|500亿|鹤山|500|亿|超|actual|2024
四年翻番|翻番|恩平工业投资|100|%||actual|2021-2024
增速全市第1|全市第1|恩平工业投资|1|rank|全市|actual|2021-2024
排名上升6位|6位|江海|6|位||actual|2021-2024
经营主体超42万家|42万家|经营主体|42|万家|超|actual|2021-2024
企业超7万家|7万家|企业|7|万家|超|actual|2021-2024
户籍人口8.84万人|8.84万人|户籍人口|8.84|万人||actual|2021-2024
年均增长6.3%|6.3%|居民人均可支配收入|6.3|%||actual|2021-2024
珠三角第1|珠三角第1|居民人均可支配收入|1|rank|珠三角|actual|2021-2024
""",
    ("2025", "主要预期目标是", "完成省下达任务。"): """
总值增长5.5%左右|5.5%左右|地区生产总值|5.5|%|左右|target|2025
工业增加值增长6%以上|6%以上|规模以上工业增加值|6|%|以上|target|2025
零售总额增长5%|5%|社会消费品零售总额|5|%||target|2025
预算收入增长3%|3%|地方一般公共预算收入|3|%||target|2025
涨幅2%左右|2%左右|居民消费价格|2|%|左右|target|2025
就业4万人以上|4万人以上|城镇新增就业|4|万人|以上|target|2025
""",
    # 2021 report: the five-year paragraph, 2020, this year's targets
    ("2021", "五年来,我们全力推动经济加快发展", "基本相当。"): """
2020年实现3201亿元|3201亿元|地区生产总值|3201|亿元||actual|2020
增加961亿元|961亿元|地区生产总值|961|亿元||actual|2016-2020
五年年均增长5.9%|5.9%|地区生产总值|5.9|%||actual|2016-2020
年均增长6%、|6%|规模以上工业增加值|6|%||actual|2016-2020
年均增长7.2%|7.2%|社会消费品零售总额|7.2|%||actual|2016-2020
年均增长3.3%|3.3%|外贸进出口总额|3.3|%||actual|2016-2020
年均增长7%。|7%|地方一般公共预算收入|7|%||actual|2016-2020
年均增长11.4%|11.4%|固定资产投资|11.4|%||actual|2016-2020
累计完成8852亿元|8852亿元|固定资产投资|8852|亿元||actual|2016-2020
""",
    ("2021", "各位代表,2020年是", "全面完成。"): """
总值增长2.2%|2.2%|地区生产总值|2.2|%||actual|2020
增加值增长2.3%|2.3%|规模以上工业增加值|2.3|%||actual|2020
投资增长6.9%|6.9%|固定资产投资|6.9|%||actual|2020
总额增长0.2%|0.2%|外贸进出口总额|0.2|%||actual|2020
下降3.7%|3.7%|社会消费品零售总额|-3.7|%||actual|2020
收入增长2.8%|2.8%|地方一般公共预算收入|2.8|%||actual|2020
失业率2.36%|2.36%|城镇登记失业率|2.36|%||actual|2020
十件民生实事|十件|民生实事|10|件||actual|2020
""",
    ("2021", "今年经济社会发展主要预期目标是", "重点抓好以下工作"): """
总值增长6%以上|6%以上|地区生产总值|6|%|以上|target|2021
增加值增长5.5%以上|5.5%以上|规模以上工业增加值|5.5|%|以上|target|2021
投资增长8%|8%|固定资产投资|8|%||target|2021
零售总额增长6%以上|6%以上|社会消费品零售总额|6|%|以上|target|2021
收入增长5%|5%|地方一般公共预算收入|5|%||target|2021
涨幅3%左右|3%左右|居民消费价格|3|%|左右|target|2021
就业4万人以上|4万人以上|城镇新增就业|4|万人|以上|target|2021
控制在3%以内|3%以内|城镇登记失业率|3|%|以内|target|2021
""",
    # 2024 digest: the by-the-numbers list (2023 results; 九个方面 belongs to the 2024 plan)
    ("digest", "全面实现“四个千亿”发展目标\n地区", "入选国家试点"): """
地区生产总值4022.25亿元|4022.25亿元|地区生产总值|4022.25|亿元||actual|2023
投资总额2100.8亿元|2100.8亿元|产业项目投资总额|2100.8|亿元||actual|2023
以下九个方面|九个|方面|9|个||target|2024
总值增长5.5%|5.5%|地区生产总值|5.5|%||actual|2023
增加值1455.2亿元|1455.2亿元|规模以上工业增加值|1455.2|亿元||actual|2023
增长6.8%|6.8%|规模以上工业增加值|6.8|%||actual|2023
排全省第3|全省第3|规模以上工业增加值|3|rank|全省|actual|2023
收入增长5.4%|5.4%|地方一般公共预算收入|5.4|%||actual|2023
收入增长5.2%|5.2%|居民人均可支配收入|5.2|%||actual|2023
投资增长18.3%|18.3%|工业投资|18.3|%||actual|2023
比重达52.3%|52.3%|工业投资|52.3|%||actual|2023
完成投资1465亿元|1465亿元|市重点项目完成投资|1465|亿元||actual|2023
完成率达118.6%|118.6%|投资完成率|118.6|%||actual|2023
湾区超100项|100项|湾区|100|项|超|actual|2023
主体超75万户|75万户|市场主体|75|万户|超|actual|2023
增长8.2%|8.2%|市场主体|8.2|%||actual|2023
稳居全省第6|全省第6|市场主体|6|rank|全省|actual|2023
全国百强区第40位|全国百强区第40位|新会|40|rank|全国|actual|2023
突破500亿|500亿|开平|500|亿|突破|actual|2023
10个镇街|10个|镇街|10|个||actual|2023
24个镇街|24个|镇街|24|个||actual|2023
鹤山及6个镇|6个|镇|6|个||actual|2023
60个村|60个|村|60|个||actual|2023
近6成|6成|新增债券|60|%|近|actual|2023
15条重点产业链|15条|重点产业链|15|条||actual|2023
产值4581.6亿元|4581.6亿元|产值|4581.6|亿元||actual|2023
比重达39%|39%|工业增加值|39|%||actual|2023
比重达42%|42%|先进制造业增加值|42|%||actual|2023
新增9家|9家|小巨人|9|家||actual|2023
286家省级|286家|专精特新|286|家||actual|2023
总量达713家|713家|专精特新企业|713|家||actual|2023
净增超100家|100家|高企|100|家|超|actual|2023
存量超2800家|2800家|高企|2800|家|超|actual|2023
总量超95万人|95万人|人才资源总量|95|万人|超|actual|2023
人才超1.2万人|1.2万人|高层次人才|1.2|万人|超|actual|2023
增长20%|20%|高层次人才|20|%||actual|2023
新增4个|4个|森林城镇|4|个||actual|2023
总量达27个|27个|森林城镇|27|个||actual|2023
27个,全省第1|全省第1|森林城镇|1|rank|全省|actual|2023
改善4.7%|4.7%|空气质量|4.7|%||actual|2023
幅度全省第1|全省第1|空气质量|1|rank|全省|actual|2023
幅度全省第2|全省第2|水环境|2|rank|全省|actual|2023
幼儿园)15所|15所|幼儿园|15|所||actual|2023
学位超1.1万个|1.1万个|学位|1.1|万个|超|actual|2023
饭堂45家|45家|长者饭堂|45|家||actual|2023
改造超2500户|2500户|适老化改造|2500|户|超|actual|2023
住房超4000套|4000套|保障性租赁住房|4000|套|超|actual|2023
""",
}


# Labelled after the rules were written and never used to change them: a check on over-fitting.
HELD_OUT = {
    ("2021", "投资稳中向好。", "增资扩产项目落地。"): """
12个专项指挥部|12个|专项指挥部|12|个||actual|2020
推动213个|213个|项目|213|个||actual|2020
投资总额1556亿元|1556亿元|投资总额|1556|亿元||actual|2020
计划的131%|131%|省|131|%||actual|2020
131%、123%|123%|市重点项目|123|%||actual|2020
5G基站4000座|4000座|5G基站|4000|座||actual|2020
用地指标13014亩|13014亩|用地指标|13014|亩||actual|2020
增长234%|234%|用地指标|234|%||actual|2020
超亿元项目211个|211个|项目|211|个||actual|2020
投资总额1247亿元|1247亿元|投资总额|1247|亿元||actual|2020
增长7.1%|7.1%|项目|7.1|%||actual|2020
和4.2%|4.2%|投资总额|4.2|%||actual|2020
""",
    ("2021", "财税金融运行健康平稳。", "综合改革国家试点城市。"): """
转移支付5.47亿元|5.47亿元|转移支付|5.47|亿元||actual|2020
新增债券61.52亿元|61.52亿元|新增债券|61.52|亿元||actual|2020
特别国债14.01亿元|14.01亿元|特别国债|14.01|亿元||actual|2020
减负约100亿元|100亿元|减负|100|亿元|约|actual|2020
存款余额5475.45亿元|5475.45亿元|本外币存款余额|5475.45|亿元||actual|2020
贷款余额4390.98亿元|4390.98亿元|贷款余额|4390.98|亿元||actual|2020
增长10.7%|10.7%|本外币存款余额|10.7|%||actual|2020
和19.7%|19.7%|贷款余额|19.7|%||actual|2020
存贷比达80.19%|80.19%|存贷比|80.19|%||actual|2020
位列全省第8|全省第8|存贷比|8|rank|全省|actual|2020
""",
}


@dataclass
class Gold:
    start: int
    end: int
    text: str
    metric: str
    value: float
    unit: str
    qualifier: str | None
    kind: str
    when: str


def _gold(text: str, region: tuple[int, int], spec: str) -> list[Gold]:
    out = []
    for line in spec.strip().splitlines():
        snippet, written, metric, value, unit, qualifier, kind, when = line.split("|")
        at = text.find(snippet, region[0], region[1])
        assert at >= 0, f"gold snippet not found: {snippet}"
        pos = text.find(written, at, at + len(snippet))
        assert pos >= 0, f"{written} not in {snippet}"
        out.append(Gold(pos, pos + len(written), written, metric, float(value), unit,
                        qualifier or None, kind, when))
    return out


def _fields_right(f, g: Gold) -> bool:
    if indicators.canonical(g.metric) == g.metric:
        metric_ok = f.metric == g.metric
    else:
        metric_ok = g.metric in f.metric
    when = str(f.year) if f.year is not None else f.period
    return (metric_ok and abs(f.value - g.value) < 1e-6 and f.unit == g.unit
            and f.qualifier == g.qualifier and f.kind == g.kind and when == g.when)


def measure(passages=PASSAGES) -> dict:
    found = gold_n = found_spans = gold_found_spans = right = 0
    for (name, first, last), spec in passages.items():
        text, figures = analysed(name)
        a = text.find(first)
        b = text.find(last, a) + len(last)
        assert a >= 0 and b > a, (name, first, last)
        gold = _gold(text, (a, b), spec)
        extracted = [f for f in figures if a <= f.start < b]
        found += len(extracted)
        gold_n += len(gold)
        unused = list(extracted)
        for g in gold:
            at_span = [f for f in unused if f.start == g.start and f.end == g.end]
            if at_span:
                gold_found_spans += 1
                best = next((f for f in at_span if _fields_right(f, g)), None)
                if best is not None:
                    right += 1
                unused.remove(best or at_span[0])
        found_spans += len(extracted) - len(unused)
    return {"gold": gold_n, "extracted": found,
            "span_precision": found_spans / found, "span_recall": gold_found_spans / gold_n,
            "precision": right / found, "recall": right / gold_n}


def test_precision_and_recall_on_labelled_passages():
    m = measure()
    print("\nfigures on labelled passages:", {k: round(v, 3) if isinstance(v, float) else v
                                              for k, v in m.items()})
    # values found where a person sees one, and nowhere else
    assert m["span_recall"] >= 0.95 and m["span_precision"] >= 0.9
    # every field right (metric, value, unit, qualifier, kind, year/period)
    assert m["recall"] >= 0.8 and m["precision"] >= 0.75


def test_precision_and_recall_on_held_out_passages():
    m = measure(HELD_OUT)
    print("\nfigures on held-out passages:", {k: round(v, 3) if isinstance(v, float) else v
                                             for k, v in m.items()})
    assert m["span_recall"] >= 0.9 and m["span_precision"] >= 0.9
    assert m["recall"] >= 0.6 and m["precision"] >= 0.6
