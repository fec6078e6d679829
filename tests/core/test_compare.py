"""compare_documents on hand-made documents: figure changes and their records."""
import pytest

from jmdesk.core.compare import compare_documents
from tests.core.compare_handmade import build

A_TARGETS = ("今年经济社会发展的主要预期目标是：地区生产总值增长6%以上、力争7%以上，规模以上工业增加值增长6.5%，"
             "固定资产投资增长6%，社会消费品零售总额增长6%；城镇新增就业4万人以上。")
B_TARGETS = ("今年经济社会发展的主要预期目标是：全市地区生产总值增长5.5%左右；规模以上工业增加值增长6%以上；"
             "固定资产投资提质提效，社会消费品零售总额增长5%；城镇新增就业4万人以上。")
A_FIGS = [("地区生产总值", "6%以上", 6, "%", "以上", "target"), ("地区生产总值", "7%以上", 7, "%", "力争", "target"),
          ("规模以上工业增加值", "6.5%", 6.5, "%", None, "target"), ("固定资产投资", "增长6%，", 6, "%", None, "target"),
          ("社会消费品零售总额", "6%；", 6, "%", None, "target"), ("城镇新增就业", "4万人以上", 4, "万人", "以上", "target")]
B_FIGS = [("地区生产总值", "5.5%左右", 5.5, "%", "左右", "target"), ("规模以上工业增加值", "6%以上", 6, "%", "以上", "target"),
          ("社会消费品零售总额", "5%", 5, "%", None, "target"), ("城镇新增就业", "4万人以上", 4, "万人", "以上", "target")]


def _doc(body, figs, year):
    doc = build([(1, "二、", f"{year}年工作安排", body)], year=year)
    # Figure spans: the figure itself (strip the context used to find it).
    fixed = []
    for f in figs:
        pos = doc.text.index(f[1])
        written = f[1].replace("增长", "").rstrip("，；")
        start = doc.text.index(written, pos)
        fixed.append((f[0], written, *f[2:], start))
    out = []
    from jmdesk.core.document import Figure
    for metric, written, value, unit, qual, kind, start in fixed:
        out.append(Figure(metric, value, unit, kind, start, start + len(written), "", qualifier=qual,
                          year=year,
                          text=written))
    return doc._replace(figures=tuple(out))


@pytest.fixture(scope="module")
def targets():
    a = _doc(A_TARGETS, A_FIGS, 2023)
    b = _doc(B_TARGETS, B_FIGS, 2025)
    return a, b, compare_documents(a, b)


def _fig(c):
    f = c.figure
    return (f.metric, f.old.text if f.old else None, f.new.text if f.new else None)


def test_targets_paragraph_figure_changes(targets):
    _a, _b, cmp = targets
    got = sorted(_fig(c) for c in cmp.changes if c.figure)
    assert got == sorted([("地区生产总值", "6%以上", "5.5%左右"), ("规模以上工业增加值", "6.5%", "6%以上"),
                          ("固定资产投资", "6%", None), ("社会消费品零售总额", "6%", "5%")])


def test_unchanged_figure_is_not_a_change(targets):
    a, _b, cmp = targets
    jobs = a.text.index("4万人以上")
    assert not any(c.a_start <= jobs < c.a_end or (c.figure and c.figure.metric == "城镇新增就业")
                   for c in cmp.changes)


def test_differences_in_points_and_relative(targets):
    _a, _b, cmp = targets
    gdp = next(c.figure for c in cmp.changes if c.figure and c.figure.metric == "地区生产总值")
    assert gdp.delta == pytest.approx(-0.5)
    assert gdp.delta_points == pytest.approx(-0.5)
    assert gdp.delta_relative == pytest.approx(-0.5 / 6, abs=1e-5)


def test_target_that_became_words_shows_the_new_wording(targets):
    _a, _b, cmp = targets
    fixed = next(c for c in cmp.changes if c.figure and c.figure.metric == "固定资产投资")
    assert fixed.kind == "replace"
    assert fixed.figure.new is None
    assert "提质提效" in fixed.b_text and "6%" in fixed.a_text


def test_changes_carry_spans_into_both_texts(targets):
    a, b, cmp = targets
    for c in cmp.changes:
        assert a.text[c.a_start:c.a_end] == c.a_text
        assert b.text[c.b_start:c.b_end] == c.b_text
        assert (c.kind == "insert") == (c.a_start == c.a_end)
        assert (c.kind == "delete") == (c.b_start == c.b_end)
        assert c.pair is not None and cmp.pairs[c.pair].a is not None


def test_stretch_target_goes_with_the_firm_one(targets):
    _a, _b, cmp = targets
    gdp = next(c for c in cmp.changes if c.figure and c.figure.metric == "地区生产总值")
    assert "力争7%以上" in gdp.a_text
    assert sum(1 for c in cmp.changes if c.figure and c.figure.metric == "地区生产总值") == 1


def test_same_figure_elsewhere_is_not_a_change():
    # The job target moved from the targets paragraph into another section: not a figure change.
    a = build([(2, "（一）", "目标", "城镇新增就业4万人以上，粮食产量稳定。"), (2, "（二）", "就业", "落实就业优先政策。")],
              figures=[("城镇新增就业", "4万人以上", 4, "万人", "以上", "target")])
    b = build([(2, "（一）", "目标", "粮食产量稳定，城镇调查失业率控制在5.5%以内。"),
               (2, "（二）", "就业", "落实就业优先政策，城镇新增就业4万人以上。")],
              figures=[("城镇新增就业", "4万人以上", 4, "万人", "以上", "target"),
                       ("城镇调查失业率", "5.5%以内", 5.5, "%", "以内", "target")])
    cmp = compare_documents(a, b)
    figs = [_fig(c) for c in cmp.changes if c.figure]
    assert ("城镇新增就业", "4万人以上", None) not in figs
    assert ("城镇新增就业", None, "4万人以上") not in figs


def test_statuses_follow_the_changes():
    a = build([(2, "（一）", "交通", "加快珠肇高铁建设。"), (2, "（二）", "教育", "新增公办优质学位超1万个。")])
    b = build([(2, "（一）", "交通", "加快珠肇高铁建设。"), (2, "（二）", "教育", "新增公办优质学位超1.6万个。")])
    cmp = compare_documents(a, b)
    assert [p.status for p in cmp.pairs] == ["unchanged", "changed"]
    assert [(c.a_text, c.b_text) for c in cmp.changes] == [("1万个", "1.6万个")]


def test_added_and_removed_sections_are_one_change_each():
    a = build([(2, "（一）", "交通", "加快珠肇高铁建设。"), (2, "（二）", "疫情防控", "科学精准抓好疫情防控。")])
    b = build([(2, "（一）", "交通", "加快珠肇高铁建设。"), (2, "（二）", "低空经济", "大力发展低空经济。")])
    cmp = compare_documents(a, b)
    kinds = sorted((c.kind, c.a_text.strip(), c.b_text.strip()) for c in cmp.changes)
    assert kinds == [("delete", "（二）疫情防控\n科学精准抓好疫情防控。", ""),
                     ("insert", "", "（二）低空经济\n大力发展低空经济。")]


def test_documents_without_sections_are_compared_as_plain_text():
    from jmdesk.core.document import Document, Meta
    a = Document("a", Meta(), "加快珠肇高铁建设。\n新增公办优质学位超1万个。")
    b = Document("b", Meta(), "加快珠肇高铁建设。\n新增公办优质学位超1.6万个。")
    cmp = compare_documents(a, b)
    assert cmp.pairs == ()
    assert [(c.a_text, c.b_text, c.pair) for c in cmp.changes] == [("1万个", "1.6万个", None)]
    empty = Document("e", Meta(), "")
    assert compare_documents(empty, empty).changes == ()
