"""The registry of indicators (resources/indicators.json)."""
import json

import pytest

from jmdesk.core import indicators
from jmdesk.resources import resource_path


@pytest.mark.parametrize("written,canonical", [
    ("规上工业增加值", "规模以上工业增加值"),
    ("规模以上工业增加值", "规模以上工业增加值"),
    ("进出口总额", "外贸进出口总额"),
    ("GDP", "地区生产总值"),
    ("gdp", "地区生产总值"),
    ("国内生产总值", "国内生产总值"),
    ("居民消费价格涨幅", "居民消费价格"),
    ("CPI", "居民消费价格"),
    ("登记失业率", "城镇登记失业率"),
    ("城镇调查失业率", "城镇调查失业率"),
    ("农村常住居民人均可支配收入", "农村居民人均可支配收入"),
    ("固投", "固定资产投资"),
    ("新质生产力", None),
])
def test_canonical_names(written, canonical):
    assert indicators.canonical(written) == canonical


def test_city_and_national_gdp_are_two_names_one_group():
    assert indicators.group("地区生产总值") == indicators.group("国内生产总值") == "GDP"
    assert indicators.group("规上工业增加值") == indicators.group("规模以上工业增加值")
    assert indicators.group("某个未登记的指标") == "某个未登记的指标"


def test_headline_indicators_cover_the_domain_list():
    headline = set(indicators.headline_metrics())
    for name in ("地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "外贸进出口总额",
                 "地方一般公共预算收入", "居民消费价格", "城镇新增就业", "居民人均可支配收入",
                 "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇登记失业率", "城镇调查失业率", "粮食产量"):
        assert name in headline, name
    assert indicators.headline_metrics()[0] == "地区生产总值"


def test_registry_file_is_plain_data_with_unique_forms():
    data = json.loads(resource_path("indicators.json").read_text(encoding="utf-8"))
    seen = {}
    for entry in data["indicators"]:
        assert {"name", "group", "headline", "synonyms", "units"} <= set(entry)
        for form in [entry["name"], *entry["synonyms"]]:
            assert form.casefold() not in seen, f"{form} names both {seen.get(form.casefold())} and {entry['name']}"
            seen[form.casefold()] = entry["name"]


def test_an_indicator_must_end_the_phrase():
    assert indicators.find_suffix("全市规上工业增加值")[0] == "规模以上工业增加值"
    assert indicators.find_suffix("城镇居民人均可支配收入")[0] == "城镇居民人均可支配收入"
    assert indicators.find_suffix("万元GDP用水量") is None


def test_an_editor_can_add_a_synonym(tmp_path, monkeypatch):
    data = json.loads(resource_path("indicators.json").read_text(encoding="utf-8"))
    data["indicators"].append({"name": "外贸出口总额测试", "group": "外贸", "headline": False,
                               "synonyms": ["出口额测试"], "units": ["亿元"]})
    (tmp_path / "indicators.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(indicators, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    for cached in (indicators.registry, indicators._names, indicators.forms_longest_first):
        cached.cache_clear()
    try:
        assert indicators.canonical("出口额测试") == "外贸出口总额测试"
        assert indicators.group("出口额测试") == "外贸"
    finally:
        monkeypatch.undo()
        for cached in (indicators.registry, indicators._names, indicators.forms_longest_first):
            cached.cache_clear()
