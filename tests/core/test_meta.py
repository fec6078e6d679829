"""Metadata of each sample, and of datelines from other levels of government."""
from __future__ import annotations

import json

import pytest

from conftest import SAMPLES, sample
from jmdesk.core.clean import clean_text
from jmdesk.core.meta import extract_meta
from jmdesk.core.outline import build_outline

# title as the document gives it; region, year, date and kind as index.json records them
TITLES = {"2021": "政府工作报告", "2023": "政府工作报告", "2025": "政府工作报告",
          "digest": "2023答卷优异2024拼搏奋进", "districts": "锚定高质量发展撸起袖子加油干"}


def meta_of(name):
    c = clean_text(sample(name).read_text(encoding="utf-8"))
    return extract_meta(c.text, build_outline(c.text, c.marks), source=str(sample(name)))


@pytest.mark.parametrize("name", list(TITLES))
def test_sample_meta_matches_the_index(name):
    index = {e["file"]: e for e in json.loads((SAMPLES / "index.json").read_text(encoding="utf-8"))["samples"]}
    entry = index[sample(name).name]
    m = meta_of(name)
    assert m.title == TITLES[name]
    assert (m.region, m.year, m.date, m.kind) == (entry["region"], entry["year"], entry["date"], entry["kind"])


@pytest.mark.parametrize("text,region,date,kind", [
    ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n"
     "现在，我代表国务院，向大会报告政府工作，请予审议。", "全国", "2024-03-05", "report"),
    ("政府工作报告\n——2024年1月22日在广东省第十四届人民代表大会第二次会议上\n各位代表：", "广东省", "2024-01-22", "report"),
    ("政府工作报告\n—2023年1月6日在台山市第十七届人民代表大会第二次会议上", "台山市", "2023-01-06", "report"),
    ("政府工作报告\n-2025年2月26日在江门市第十六届人民代表大会第五次会议上", "江门市", "2025-02-26", "report"),
])
def test_datelines_of_every_level(text, region, date, kind):
    m = extract_meta(text, build_outline(text))
    assert (m.title, m.region, m.date, m.year, m.kind) == ("政府工作报告", region, date, int(date[:4]), kind)


def test_article_without_a_day_has_no_date():
    text = "市长谈发展\n恩平市长表示，江门市政府工作报告站位高。确保2023年经济总量增长7%。"
    m = extract_meta(text, [])
    assert (m.kind, m.year, m.date, m.region) == ("article", 2023, None, "江门市")


def test_unknown_is_none():
    m = extract_meta("这是一段很长的、没有日期也没有地名的文字，用来检查未知的值会不会留空。" * 2, [])
    assert (m.title, m.region, m.year, m.date) == (None, None, None, None)
    assert extract_meta("", []).kind is None


@pytest.mark.parametrize("dateline, region", [
    ("——2025年1月20日在广西壮族自治区第十四届人民代表大会第四次会议上", "广西壮族自治区"),
    ("——2024年1月25日在广东省江门市第十六届人民代表大会第四次会议上", "江门市"),
    ("——2024年1月8日在江门市新会区第十八届人民代表大会第四次会议上", "新会区"),
    ("——2024年1月15日在延边朝鲜族自治州第十六届人民代表大会第三次会议上", "延边朝鲜族自治州"),
])
def test_dateline_names_the_place_whose_congress_meets(dateline, region):
    from jmdesk.core.meta import extract_meta
    text = f"政府工作报告\n{dateline}\n各位代表：\n现在，我代表政府向大会报告工作。"
    assert extract_meta(text).region == region
