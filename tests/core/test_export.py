"""HTML and XLSX exports of a comparison."""
import re

import pytest

from jmdesk.core.compare import compare_documents
from jmdesk.core.export.describe import difference
from jmdesk.core.export.html import comparison_html
from jmdesk.core.export.xlsx import write_comparison_xlsx
from tests.core.compare_handmade import build

HOSTILE = '<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>'


@pytest.fixture(scope="module")
def hostile_cmp():
    a = build([(2, "（一）", "交通<b>", "加快珠肇高铁建设。" + HOSTILE),
               (2, "（二）", "教育", "新增公办优质学位超1万个。")], source="a<script>.txt", year=2023,
              figures=[("新增公办学位", "1万个", 1, "万个", None, "target")])
    b = build([(2, "（一）", "交通<b>", "加快珠肇高铁建设。<script>alert(3)</script>"),
               (2, "（二）", "教育", "新增公办优质学位超1.6万个。"),
               (2, "（三）", "新增<i>章节", "大力发展低空经济<script>alert(4)</script>。")], source="b.txt", year=2025,
              figures=[("新增公办学位", "1.6万个", 1.6, "万个", None, "target")])
    return compare_documents(a, b)


def test_html_escapes_document_text(hostile_cmp):
    page = comparison_html(hostile_cmp)
    assert "<script>" not in page and "<img" not in page and "<b>" not in page.split("</style>")[1].replace(
        "<b>A</b>", "").replace("<b>B</b>", "")
    # Shown as text: with the page's own highlight tags taken out, the escaped source reads through.
    text = re.sub(r"<[^>]+>", "", page.split("</style>")[1]).replace("‸", "")   # our own caret marks
    assert ("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; "
            "&lt;img src=x onerror=alert(2)&gt;") in text
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in text
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in text
    assert "新增&lt;i&gt;章节" in text
    assert "a&lt;script&gt;.txt" in text


def test_html_is_self_contained(hostile_cmp):
    page = comparison_html(hostile_cmp)
    assert '<html lang="zh-CN">' in page and "<style>" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "<link" not in page and "@import" not in page


def test_html_marks_changes(hostile_cmp):
    page = comparison_html(hostile_cmp)
    # the changed figure: in the summary table and boxed in the text on both sides
    assert re.search(r"<td[^>]*>新增公办学位</td>.*?1万个.*?1.6万个", page, re.S)
    assert re.search(r'<del class="fig"[^>]*>1万个</del>', page)
    assert re.search(r'<ins class="fig"[^>]*>1.6万个</ins>', page)
    assert 'class="added"' in page     # the new section is shaded whole


def test_xlsx_sheets(hostile_cmp, tmp_path):
    from openpyxl import load_workbook
    path = tmp_path / "c.xlsx"
    write_comparison_xlsx(hostile_cmp, path)
    wb = load_workbook(path)
    pairs, words, figs = wb["章节对照"], wb["文字改动"], wb["数字改动"]
    assert [c.value for c in pairs[1]][:4] == ["A 章节", "B 章节", "层级", "状态"]
    assert pairs.freeze_panes == "A2" and figs.freeze_panes == "A2"
    assert pairs.column_dimensions["A"].width >= 30
    statuses = [r[3] for r in pairs.iter_rows(min_row=2, values_only=True)]
    assert sorted(statuses) == ["added", "changed", "changed"]
    fig_rows = list(figs.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[3], round(r[4], 6)) for r in fig_rows] == [("新增公办学位", "1万个", "1.6万个", 0.6)]
    # text goes into cells as it is (a spreadsheet shows it, it does not run it)
    cells = [v for r in words.iter_rows(min_row=2, values_only=True) for v in r if isinstance(v, str)]
    assert any("<script>alert(4)</script>" in v for v in cells)


DIFFS = [
    (("%", 6, "%", 5.5), "-0.5 个百分点"),
    (("亿元", 3773.41, "亿元", 4210.18), "+436.77亿元 (+11.6%)"),
    (("rank", 2, "rank", 7), "后退 5 位"),
    (("rank", 4, "rank", 1), "前进 3 位"),
]


@pytest.mark.parametrize("values,expected", DIFFS)
def test_difference_wording(values, expected):
    from jmdesk.core.compare import _change
    from jmdesk.core.document import Figure
    u1, v1, u2, v2 = values
    old = Figure("m", v1, u1, "actual", 0, 1, "")
    new = Figure("m", v2, u2, "actual", 0, 1, "")
    assert difference(_change(old, new)) == expected


def test_qualifier_only_change_is_worded():
    from jmdesk.core.compare import _change
    from jmdesk.core.document import Figure
    old = Figure("社会消费品零售总额", 6, "%", "target", 0, 1, "", qualifier="以上")
    new = Figure("社会消费品零售总额", 6, "%", "target", 0, 1, "")
    assert difference(_change(old, new)) == "数值不变，以上 → 无限定词"
