"""`jmdesk compare` end to end: JSON as CONTRACT.md says, exports written, bad input refused."""
import json

from tests.conftest import sample


def test_json_has_the_contract_keys(run_cli):
    status, out, err = run_cli("compare", sample("2023"), sample("2025"), "--json")
    assert status == 0, err
    data = json.loads(out)
    assert {"a", "b", "pairs", "changes"} <= data.keys()
    for side in ("a", "b"):
        assert {"source", "meta", "text", "sections"} <= data[side].keys()
    assert data["a"]["source"].endswith("jiangmen-2023-report.txt")
    pair_keys = {"a", "b", "score", "status"}
    assert data["pairs"] and all(pair_keys <= p.keys() for p in data["pairs"])
    assert {p["status"] for p in data["pairs"]} <= {"unchanged", "changed", "moved", "added", "removed"}
    change_keys = {"kind", "a_start", "a_end", "b_start", "b_end", "a_text", "b_text", "figure"}
    assert data["changes"] and all(change_keys <= c.keys() for c in data["changes"])
    text_a, text_b = data["a"]["text"], data["b"]["text"]
    for c in data["changes"]:
        assert text_a[c["a_start"]:c["a_end"]] == c["a_text"]
        assert text_b[c["b_start"]:c["b_end"]] == c["b_text"]
    gdp = [c["figure"] for c in data["changes"] if c["figure"] and c["figure"]["metric"] == "地区生产总值"
           and c["figure"]["new"] and c["figure"]["new"]["qualifier"] == "左右"]
    assert gdp and gdp[0]["old"]["value"] == 6 and gdp[0]["new"]["value"] == 5.5
    assert "\\u" not in out            # UTF-8, not ASCII-escaped


def test_html_and_xlsx_written(run_cli, tmp_path):
    html, xlsx = tmp_path / "cmp.html", tmp_path / "cmp.xlsx"
    status, out, err = run_cli("compare", sample("2023"), sample("2025"), "--html", html, "--xlsx", xlsx)
    assert status == 0, err
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "5.5%左右" in page
    from openpyxl import load_workbook
    wb = load_workbook(xlsx)
    assert wb.sheetnames[:3] == ["章节对照", "文字改动", "数字改动"]


def test_terminal_summary(run_cli):
    status, out, err = run_cli("compare", sample("2023"), sample("2025"))
    assert status == 0, err
    assert "Sections" in out and "removed" in out
    assert "地区生产总值: 6%以上 → 5.5%左右" in out


def test_bad_input_is_status_3(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for bad in (tmp_path / "missing.txt", empty):
        status, out, err = run_cli("compare", bad, sample("2025"), "--json")
        assert status == 3
        assert err.startswith("jmdesk: ") and err.count("\n") == 1 and "Traceback" not in err
        assert out == ""


def test_unwritable_export_is_a_clear_error(run_cli, tmp_path):
    status, out, err = run_cli("compare", sample("2023"), sample("2025"),
                               "--html", tmp_path / "no" / "x.html")
    assert status == 3 and err.startswith("jmdesk: cannot write")
