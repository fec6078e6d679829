"""Tables across documents (long, indicator × year, targets against results) and `jmdesk metrics`."""
import csv
import json

import pytest

from conftest import sample, sample_document
from jmdesk.core.document import Document, Meta

ALL = ("2021", "2023", "2025", "digest", "districts")


def document(name: str) -> Document:
    """A sample analysed with the metadata of index.json."""
    return sample_document(name)


@pytest.fixture(scope="module")
def table():
    from jmdesk.core.metrics import figures_table
    return figures_table([document(n) for n in ALL])


def test_long_table_has_the_contract_columns_and_every_figure(table):
    for col in ("metric", "value", "value_high", "unit", "qualifier", "kind", "year", "period",
                "start", "end", "sentence", "source", "report_year"):
        assert col in table.columns
    assert len(table) == sum(len(document(n).figures) for n in ALL)
    digest = table[table["source"].str.endswith("jiangmen-2024-report-digest.txt")]
    assert set(digest["report_year"]) == {2024}


def test_indicator_by_year_headline_cells(table):
    from jmdesk.core.metrics import indicator_by_year

    wide = indicator_by_year(table)
    def cell(metric, measure, column):
        row = wide[(wide["metric"] == metric) & (wide["measure"] == measure)]
        assert len(row) == 1, (metric, measure)
        return row.iloc[0][column]
    assert cell("地区生产总值", "growth", "2022 result") == "3.3"      # 2023 report's review
    assert cell("地区生产总值", "growth", "2023 target") == "6以上"    # 2023 report's targets
    assert cell("地区生产总值", "growth", "2023 result") == "5.5"      # 2024 digest
    assert cell("地区生产总值", "growth", "2025 target") == "5.5左右"
    assert cell("地区生产总值", "level", "2024 result") == "4210.18"
    assert cell("地区生产总值", "rank", "2024 result") == "全省第7"
    assert cell("固定资产投资", "growth", "2022 result") == "-0.8"
    assert cell("城镇新增就业", "level", "2025 target") == "4以上"
    assert cell("城镇登记失业率", "level", "2021 target") == "3以内"
    assert cell("粮食产量", "level", "2024 result") == "超100"
    # only headline indicators, and not a district's GDP
    assert "恩平市地区生产总值" not in set(wide["metric"])
    assert wide.iloc[0]["metric"] == "地区生产总值"


def test_targets_vs_results_pairs_2023_gdp_target_with_the_digest_result(table):
    from jmdesk.core.metrics import targets_vs_results

    tvr = targets_vs_results(table)
    row = tvr[(tvr["metric"] == "地区生产总值") & (tvr["measure"] == "growth") & (tvr["year"] == 2023)]
    assert len(row) == 1
    r = row.iloc[0]
    assert (r["target"], r["target_qualifier"], r["stretch"]) == (6, "以上", 7)
    assert r["target_source"].endswith("jiangmen-2023-report.txt")
    assert r["result"] == 5.5 and r["result_source"].endswith("jiangmen-2024-report-digest.txt")
    assert r["status"] == "missed"
    revenue = tvr[(tvr["metric"] == "地方一般公共预算收入") & (tvr["year"] == 2023)].iloc[0]
    assert (revenue["target"], revenue["result"], revenue["status"]) == (5, 5.4, "met")
    industry = tvr[(tvr["metric"] == "规模以上工业增加值") & (tvr["measure"] == "growth") & (tvr["year"] == 2023)].iloc[0]
    assert (industry["target"], industry["result"], industry["status"]) == (6.5, 6.8, "met")
    pending = tvr[(tvr["metric"] == "地区生产总值") & (tvr["year"] == 2025)].iloc[0]
    assert pending["status"] == "no result"


@pytest.mark.parametrize("target,qualifier,result,unit,expected", [
    (6, "以上", 5.5, "%", "missed"), (6, "以上", 6.0, "%", "met"),
    (3, "左右", 3.4, "%", "met"), (3, "左右", 3.6, "%", "missed"), (5.5, "左右", 5.0, "%", "met"),
    (3, "以内", 2.36, "%", "met"), (3, "以内", 3.2, "%", "missed"),
    (4, "以上", 4.5, "万人", "met"), (6.5, None, 6.4, "%", "missed"),
    (100, "左右", 104, "亿元", "met"), (8, None, 7, "rank", "met"),
])
def test_judging_a_target(target, qualifier, result, unit, expected):
    from jmdesk.core.metrics import judge
    assert judge(target, qualifier, result, unit) == expected


def test_empty_documents_give_empty_tables():
    from jmdesk.core.metrics import figures_table, indicator_by_year, targets_vs_results
    empty = figures_table([Document("x.txt", Meta(year=2024), "没有数字的一段话。")])
    assert empty.empty and "metric" in empty.columns
    assert indicator_by_year(empty).empty and targets_vs_results(empty).empty


# ---- the command line ---------------------------------------------------------------------

def test_metrics_json_rows(run_cli):
    status, out, _ = run_cli("metrics", sample("2023"), sample("digest"), "--json")
    assert status == 0
    rows = json.loads(out)["rows"]
    assert rows and {"metric", "value", "unit", "kind", "year", "period", "start", "end", "sentence",
                     "source", "report_year"} <= set(rows[0])
    gdp = [r for r in rows if r["metric"] == "地区生产总值" and r["text"] == "6%以上"]
    assert gdp and gdp[0]["kind"] == "target" and gdp[0]["year"] == 2023
    assert "地区生产总值" in out          # not ASCII-escaped


def test_metrics_csv_is_utf8_with_bom(run_cli, tmp_path):
    out = tmp_path / "figures.csv"
    status, _, _ = run_cli("metrics", sample("2025"), "--csv", out)
    assert status == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert any(r["metric"] == "地区生产总值" and r["text"] == "5.5%左右" for r in rows)
    assert {"source", "report_year"} <= set(rows[0])


def test_metrics_xlsx_has_three_sheets(run_cli, tmp_path):
    import openpyxl
    out = tmp_path / "figures.xlsx"
    status, _, _ = run_cli("metrics", sample("2023"), sample("digest"), sample("2025"), "--xlsx", out)
    assert status == 0
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["All figures", "Headline by year", "Targets vs results"]
    header = [c.value for c in next(book["Targets vs results"].iter_rows(max_row=1))]
    assert "status" in header and "target" in header and "result" in header


def test_metrics_terminal_table(run_cli):
    status, out, _ = run_cli("metrics", sample("2023"), sample("2025"))
    assert status == 0
    lines = out.splitlines()
    assert "2023 目标" in lines[0] and "2024 实际" in lines[0]
    gdp_growth = next(l for l in lines if l.startswith("地区生产总值") and "增长" in l)
    assert "6以上" in gdp_growth and "5.5左右" in gdp_growth and "3.4" in gdp_growth


def test_metrics_file_without_figures(run_cli, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("各位代表：现在，我代表市人民政府向大会报告工作，请予审议。", encoding="utf-8")
    status, out, err = run_cli("metrics", plain, "--json")
    assert status == 0 and json.loads(out) == {"rows": []}
    assert "no figures" in err


def test_metrics_unreadable_file_is_status_3(run_cli, tmp_path):
    status, out, err = run_cli("metrics", tmp_path / "missing.txt")
    assert status == 3 and out == "" and err.startswith("jmdesk: ") and err.count("\n") == 1


def test_parse_json_carries_figures(run_cli):
    status, out, _ = run_cli("parse", sample("2025"), "--json")
    assert status == 0
    figures = json.loads(out)["figures"]
    assert any(f["metric"] == "地区生产总值" and f["text"] == "4210.18亿元" for f in figures)


def test_metrics_output_that_cannot_be_written(run_cli, tmp_path):
    status, _, err = run_cli("metrics", sample("2025"), "--csv", tmp_path / "no" / "such" / "dir.csv")
    assert status == 2 and err.startswith("jmdesk: cannot write") and err.count("\n") == 1


def test_metrics_districts_alone_have_no_city_headline(run_cli):
    status, out, _ = run_cli("metrics", sample("districts"))
    assert status == 0 and "No headline indicators" in out
