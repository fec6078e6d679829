"""How a figure change reads in the change list and tooltips: old → new and the difference."""
from __future__ import annotations

from jmdesk.core.document import Change, Figure, FigureChange


def number(value: float) -> str:
    """3.0 -> '3', 5.50 -> '5.5', 3773.41 -> '3773.41'."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def signed(value: float) -> str:
    return ("+" if value > 0 else "") + number(value).replace("-", "−")


def figure_text(f: Figure | None) -> str:
    """The figure as the exports write it (a decline reads 下降0.8%, not 0.8%); '—' for none."""
    from jmdesk.core.export.describe import figure_text as written
    return written(f) if f is not None else "—"


def difference_text(fc: FigureChange) -> str:
    """'−0.5 个百分点', '+12.3亿元 (+4.1%)', or '' when there is no difference to state."""
    if fc.old is None or fc.new is None:
        return ""
    if fc.delta_points is not None:
        return f"{signed(fc.delta_points)} 个百分点"
    if fc.new.unit == "rank" and fc.old.unit == "rank":
        # a rank is better when smaller: 第2 → 第7 is a fall of five places
        step = fc.new.value - fc.old.value
        return "" if step == 0 else (f"下降{number(step)}位" if step > 0 else f"上升{number(-step)}位")
    parts = []
    if fc.delta is not None and fc.delta != 0:
        unit = fc.new.unit if fc.new.unit not in ("%", "rank") else ""
        if fc.new.unit == "%":
            parts.append(f"{signed(fc.delta)} 个百分点")
        else:
            parts.append(signed(fc.delta) + unit)
    if fc.delta_relative is not None and fc.new.unit not in ("%", "个百分点") and fc.delta:
        parts.append(f"({signed(round(fc.delta_relative * 100, 1))}%)")
    if not parts and (fc.old.qualifier or "") != (fc.new.qualifier or ""):
        parts.append(f"{fc.old.qualifier or '—'} → {fc.new.qualifier or '—'}")
    return " ".join(parts)


def change_summary(change: Change) -> str:
    """One line: metric, old → new, difference (figures) or the changed words."""
    fc = change.figure
    if fc is not None:
        diff = difference_text(fc)
        line = f"{fc.metric}: {figure_text(fc.old)} → {figure_text(fc.new)}"
        return line + (f"  ({diff})" if diff else "")
    a, b = change.a_text.strip(), change.b_text.strip()
    if change.kind == "insert":
        return f"+ {b}"
    if change.kind == "delete":
        return f"− {a}"
    return f"{a} → {b}"
