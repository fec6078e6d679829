"""How figure changes read in the change list and tooltips (old → new, difference)."""
import pytest

from jmdesk.core.document import Figure, FigureChange
from jmdesk.ui.compare.figure_text import difference_text, figure_text


def fig(value, unit, qualifier=None, text=""):
    return Figure("地区生产总值", value, unit, "target", 0, 1, "", qualifier=qualifier, text=text)


@pytest.mark.parametrize("old, new, kwargs, expected", [
    (fig(6, "%", "以上"), fig(5.5, "%", "左右"), dict(delta=-0.5, delta_points=-0.5), "−0.5 个百分点"),
    (fig(6, "%"), fig(5, "%"), dict(delta=-1), "−1 个百分点"),            # rates: points, not %
    (fig(3773.41, "亿元"), fig(4210.18, "亿元"), dict(delta=436.77, delta_relative=0.11575),
     "+436.77亿元 (+11.6%)"),
    (fig(2, "rank"), fig(7, "rank"), dict(delta=5, delta_relative=2.5), "下降5位"),
    (fig(7, "rank"), fig(3, "rank"), dict(delta=-4), "上升4位"),
    (fig(4, "万人", "以上"), fig(4, "万人", "左右"), dict(delta=0), "以上 → 左右"),
    (fig(6, "%"), None, {}, ""),
])
def test_difference_text(old, new, kwargs, expected):
    assert difference_text(FigureChange("地区生产总值", old, new, **kwargs)) == expected


@pytest.mark.parametrize("f, expected", [
    (fig(5.5, "%", "左右", text="5.5%左右"), "5.5%左右"),     # as written when known
    (fig(6, "%", "以上"), "6%以上"),
    (fig(3773.41, "亿元"), "3773.41亿元"),
    (fig(-0.8, "%", text="0.8%"), "下降0.8%"),                  # a decline never reads as growth
    (None, "—"),
])
def test_figure_text(f, expected):
    assert figure_text(f) == expected
