"""The compare view on hand-made comparisons: what is highlighted where, one link per pair,
outline colours, selecting a change, synchronised scrolling, find in both reports, tooltips."""
import pytest
from PySide6.QtGui import QTextCharFormat

from jmdesk.ui.compare import palette
from jmdesk.ui.compare.view import CompareView


@pytest.fixture
def view(qtbot, jm_app):
    v = CompareView()
    qtbot.addWidget(v)
    v.resize(1400, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def highlighted(pane):
    """(selected text, format) of every highlight the pane paints."""
    return [(sel.cursor.selectedText(), QTextCharFormat(sel.format)) for sel in pane.edit.extraSelections()]


def test_highlights_sit_on_the_changed_words(view, handmade):
    view.set_comparison(handmade)
    a = {t: f for t, f in highlighted(view.panes["a"])}
    b = {t: f for t, f in highlighted(view.panes["b"])}
    # the figure: bold, wavy underline, in both panes
    for fmt in (a["6%以上"], b["5.5%左右"]):
        assert fmt.fontWeight() >= 700
        assert fmt.underlineStyle() == QTextCharFormat.WaveUnderline
    # a deletion is struck through in A; an insertion underlined in B (not colour alone)
    assert a["、力争7%以上"].fontStrikeOut()
    assert b["全市"].underlineStyle() == QTextCharFormat.SingleUnderline
    # a replacement: old words struck in A, new words underlined in B
    assert a["，城镇"].fontStrikeOut() and b["；城镇"].underlineStyle() == QTextCharFormat.SingleUnderline
    # whole sections: removed shaded in A, added shaded in B, with their own background
    removed = handmade.a.section("r1")
    added = handmade.b.section("n1")
    assert a[handmade.a.text[removed.start:removed.end].replace("\n", "\u2029")].background().color() \
        == palette.colour(palette.REMOVED_BG)
    assert b[handmade.b.text[added.start:added.end].replace("\n", "\u2029")].background().color() \
        == palette.colour(palette.ADDED_BG)
    # nothing else is highlighted: 3 word-level marks + 1 section in A, 4 + 1 in B
    assert len(a) == 5 and len(b) == 5


def test_link_band_has_one_link_per_pair(view, handmade):
    view.set_comparison(handmade)
    links = view.band.links()
    assert sorted(l.pair for l in links) == list(range(len(handmade.pairs)))
    by_pair = {l.pair: l for l in links}
    removed, added = by_pair[1], by_pair[5]
    assert removed.b_top == removed.b_bottom and removed.a_bottom > removed.a_top   # tapers in B
    assert added.a_top == added.a_bottom and added.b_bottom > added.b_top
    targets = by_pair[4]
    assert targets.a_bottom > targets.a_top and targets.b_bottom > targets.b_top


def test_outline_colours_each_pair_by_status(view, handmade):
    view.set_comparison(handmade)
    for i, p in enumerate(handmade.pairs):
        item = view.outline.item_for_pair(i)
        assert item is not None
        assert item.text(1) == p.status
        if p.status != "unchanged":
            assert item.background(0).color().rgb() == palette.status_colour(p.status).rgb()
    # sections nest as in the reports: the targets pair sits under the plan part's pair
    assert view.outline.item_for_pair(4).parent() is view.outline.item_for_pair(3)


def test_selecting_a_change_brings_both_panes_to_it(qtbot, jm_app, make_comparison):
    v = CompareView()
    qtbot.addWidget(v)
    v.resize(1200, 500)
    v.show()
    cmp = make_comparison(repeat=40)     # long sections: the targets are far below
    v.set_comparison(cmp)
    fig = next(i for i, c in enumerate(cmp.changes) if c.figure is not None)
    v.changes.select_row(0)
    assert v.changes.current_change() == fig
    c = cmp.changes[fig]
    for side, (start, end) in (("a", (c.a_start, c.a_end)), ("b", (c.b_start, c.b_end))):
        pane = v.panes[side]
        assert pane.selected_span() == (start, end)
        first, last = pane.visible_span()
        assert first <= start < last, side


def test_scrolling_one_pane_brings_the_partner_section_into_the_other(qtbot, jm_app, make_comparison):
    v = CompareView()
    qtbot.addWidget(v)
    v.resize(1200, 500)
    v.show()
    cmp = make_comparison(repeat=40)
    v.set_comparison(cmp)
    a_targets, b_targets = cmp.a.section("t"), cmp.b.section("t")
    v.panes["a"].scroll_offset_to(a_targets.start + 300, 0)    # the user scrolls A
    top_b = v.panes["b"].top_offset()
    assert b_targets.start <= top_b < b_targets.end
    # and back: B to the moved section, A follows to its partner
    v.panes["b"].scroll_offset_to(cmp.b.section("r2").start + 200, 0)
    top_a = v.panes["a"].top_offset()
    assert cmp.a.section("r2").start <= top_a < cmp.a.section("r2").end


def test_find_marks_and_selects_in_both_reports(view, handmade):
    view.set_comparison(handmade)
    view.open_find()
    view.find_bar.field.setText("城镇新增就业")
    assert view.find_bar.count.text() == "A: 1 · B: 1"
    view.find("城镇新增就业")
    for side, doc in (("a", handmade.a), ("b", handmade.b)):
        start, end = view.panes[side].selected_span()
        assert doc.text[start:end] == "城镇新增就业"


def test_tooltip_gives_old_new_and_difference(view, handmade):
    view.set_comparison(handmade)
    fig = next(c for c in handmade.changes if c.figure)
    assert view.tooltip_at("b", fig.b_start + 1) == "地区生产总值: 6%以上 → 5.5%左右  (−0.5 个百分点)"
    assert view.tooltip_at("a", fig.a_start) == view.tooltip_at("b", fig.b_start)
    assert view.tooltip_at("a", 0) is None


def test_a_figure_inside_a_longer_change_is_marked_on_its_own(view, handmade):
    """The engine may attach a figure change to the clause around it: the figure keeps the
    figure style, the words around it the wording style."""
    fig = next(c for c in handmade.changes if c.figure)
    wide = fig._replace(a_start=fig.a_start - 2, b_start=fig.b_start - 2)
    cmp = handmade._replace(changes=(wide,))
    view.set_comparison(cmp)
    a = dict(highlighted(view.panes["a"]))
    assert a["增长6%以上"].fontStrikeOut() and a["增长6%以上"].fontWeight() < 700
    assert a["6%以上"].underlineStyle() == QTextCharFormat.WaveUnderline
    b = dict(highlighted(view.panes["b"]))
    assert b["增长5.5%左右"].underlineStyle() == QTextCharFormat.SingleUnderline
    assert b["5.5%左右"].fontWeight() >= 700


def test_clicking_the_outline_or_a_link_brings_both_panes_to_the_pair(qtbot, jm_app, make_comparison):
    from PySide6.QtCore import QPoint, Qt
    v = CompareView()
    qtbot.addWidget(v)
    v.resize(1200, 500)
    v.show()
    qtbot.waitExposed(v)
    cmp = make_comparison(repeat=40)
    v.set_comparison(cmp)
    item = v.outline.item_for_pair(4)                     # the targets pair
    v.outline.tree.itemClicked.emit(item, 0)
    for side in ("a", "b"):
        s = getattr(cmp, side).section("t")
        first, last = v.panes[side].visible_span()
        assert first <= s.start <= last, side
    # the band: back to the top, then click inside the link of the moved section
    v.panes["a"].edit.verticalScrollBar().setValue(0)     # B follows
    link = next(l for l in v.band.links() if l.pair == 2)
    qtbot.mouseClick(v.band, Qt.LeftButton, pos=QPoint(2, (link.a_top + link.a_bottom) // 2))
    for side in ("a", "b"):
        s = getattr(cmp, side).section("r2")
        first, last = v.panes[side].visible_span()
        assert first <= s.start <= last, side


def test_each_pane_names_its_report(view, handmade):
    view.set_comparison(handmade)
    assert view.panes["a"].title_label.text() == "2023年江门市政府工作报告"
    assert view.panes["b"].title_label.text() == "2025年江门市政府工作报告"
    assert "handmade-2025.txt" in view.panes["b"].meta_label.text()
