"""`jmdesk parse FILE [--json]` end to end, on the bundled samples."""
from __future__ import annotations

import json

from conftest import sample
from jmdesk.core.clean import clean_text


def test_parse_prints_the_outline_indented(run_cli):
    status, out, err = run_cli("parse", sample("2023"))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "政府工作报告 · 江门市 · 2023 · 2023-02-16 · report"
    review = next(i for i, ln in enumerate(lines) if ln.startswith("一、 2022年工作回顾"))
    first = next(i for i, ln in enumerate(lines) if "科学精准抓好疫情防控" in ln)
    plan = next(i for i, ln in enumerate(lines) if ln.startswith("二、 2023年工作安排"))
    item = next(i for i, ln in enumerate(lines) if "提升硬联通能力" in ln)
    assert review < first < plan < item
    assert lines[first].startswith("  （一） ") and lines[item].startswith("    · ")
    assert "heading moved here" in lines[review] and "review of the year" in lines[review]


def test_parse_lists_misreadings(run_cli):
    status, out, _ = run_cli("parse", sample("2025"))
    assert status == 0
    assert "干方百计→千方百计" in out and "人选→入选" in out


def test_parse_json_follows_the_contract(run_cli):
    status, out, err = run_cli("parse", sample("2025"), "--json")
    assert status == 0 and err == ""
    doc = json.loads(out)
    assert doc["source"] == str(sample("2025"))
    assert doc["meta"] == {"title": "政府工作报告", "region": "江门市", "year": 2025,
                           "date": "2025-02-26", "kind": "report"}
    raw = sample("2025").read_text(encoding="utf-8")
    assert doc["text"] == clean_text(raw).text
    assert isinstance(doc["figures"], list)
    text = doc["text"]
    ids = [s["id"] for s in doc["sections"]]
    assert ids == [f"s{i + 1}" for i in range(len(ids))]
    for s in doc["sections"]:
        assert {"id", "parent", "level", "number", "title", "start", "end", "role"} <= set(s)
        assert text[s["title_start"]:s["title_end"]] == (s["number"] or "") + s["title"]
    sec = next(s for s in doc["sections"] if s["number"] == "(一)")
    assert sec["level"] == 2 and sec["title"] == '锚定"一点两地"全新定位,奋力打造粤港澳大湾区新增长极'
    assert any(m["text"] == "干方百计" and m["suggestion"] == "千方百计" for m in doc["misreadings"])
    assert "\\u" not in out                                   # UTF-8, not ASCII-escaped


def test_parse_article(run_cli):
    status, out, _ = run_cli("parse", sample("districts"))
    assert status == 0
    assert out.splitlines()[0].endswith("· article")
    assert "· 恩平市长赖惠镇" in out


def test_parse_missing_file_is_bad_input(run_cli, tmp_path):
    status, out, err = run_cli("parse", tmp_path / "nope.txt")
    assert status == 3 and out == ""
    assert err.startswith("jmdesk: ") and err.count("\n") == 1


def test_parse_marks_passages_after_the_closing(run_cli):
    status, out, _ = run_cli("parse", sample("2021"))
    assert status == 0
    five = next(ln for ln in out.splitlines() if ln.strip().startswith("五、 努力保障和改善民生"))
    assert five.startswith("  五、") and "after the closing in the source" in five
    closing = next(ln for ln in out.splitlines() if "征程万里风正劲" in ln)
    assert "[closing]" in closing
