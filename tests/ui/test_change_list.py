"""The change list on a hand-made comparison: order, filter, search, and the cells a reader sees."""
import pytest
from PySide6.QtCore import Qt

from jmdesk.ui.compare.changes import CHANGE_ROLE, ChangeListPanel


@pytest.fixture
def panel(qtbot, jm_app, handmade):
    p = ChangeListPanel()
    qtbot.addWidget(p)
    p.set_comparison(handmade)
    return p


def row_texts(panel):
    m = panel.proxy
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_figure_changes_come_first_with_old_new_and_difference(panel):
    rows = row_texts(panel)
    assert len(rows) == 5
    what, old, new, diff = rows[0]
    assert what == "地区生产总值"
    assert (old, new) == ("6%以上", "5.5%左右")
    assert diff == "−0.5 个百分点"
    assert panel.proxy.index(0, 0).data(Qt.ToolTipRole).startswith("Figure · 主要预期目标")
    assert [r[0] for r in rows[1:]] == ["Wording", "Added", "Removed", "Wording"]   # reading order of B


@pytest.mark.parametrize("category, expected", [
    ("figure", [("6%以上", "5.5%左右")]),
    ("removed", [("、力争7%以上", "")]),
    ("added", [("", "全市")]),
    ("wording", [("，城镇", "；城镇"), ("退税减税降费近148亿元", "争取地方政府专项债券180亿元")]),
    (None, None),
])
def test_filter_by_type(panel, category, expected):
    panel.set_category(category)
    got = [(r[1], r[2]) for r in row_texts(panel)]
    if expected is None:
        assert len(got) == 5
    else:
        assert sorted(got) == sorted(expected)


@pytest.mark.parametrize("words, count", [("力争", 1), ("城镇", 1), ("亿元", 1), ("地区生产总值", 1),
                                          ("不存在的词", 0), ("", 5)])
def test_search_box_filters_rows(panel, words, count):
    panel.search.setText(words)
    assert panel.proxy.rowCount() == count
    assert panel.count.text() == (f"{count} of 5" if count != 5 else "5")


def test_step_walks_the_rows_in_order(panel, handmade):
    seen = [panel.step(+1) for _ in range(6)]
    order = [panel.proxy.index(r, 0).data(CHANGE_ROLE) for r in range(5)]
    assert seen == order + [order[-1]]           # stops at the last row
    assert [panel.step(-1) for _ in range(2)] == [order[3], order[2]]
