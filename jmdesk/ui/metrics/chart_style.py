"""How charts look: a CJK font the system has, colours that colour-blind readers can tell apart,
and the sizes of text in a chart meant for print."""
from __future__ import annotations

from functools import lru_cache

# Okabe–Ito: distinguishable with the common colour-vision deficiencies; targets differ from
# results also by line style and marker fill, never by colour alone.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
MET_COLOUR = "#0072B2"
MISSED_COLOUR = "#D55E00"
INK = "#222222"
GRID_ALPHA = 0.25

TITLE_PT = 15
LABEL_PT = 10.5
TICK_PT = 10
FOOTNOTE_PT = 8.5
VALUE_PT = 9

# Families tried first, in order; any family that writes Simplified Chinese comes after.
_PREFERRED = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
              "Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei",
              "WenQuanYi Zen Hei", "Sarasa Gothic SC", "SimHei", "黑体", "Droid Sans Fallback",
              "Noto Sans CJK JP", "Noto Sans CJK TC")


@lru_cache(maxsize=1)
def cjk_family() -> str | None:
    """A font family that can write Chinese, or None when the system has none."""
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    for name in _PREFERRED:
        if name in families:
            return name
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None


def font(point_size: float, bold: bool = False):
    from PySide6.QtGui import QFont

    f = QFont()
    family = cjk_family()
    if family:
        f.setFamilies([family])
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]
