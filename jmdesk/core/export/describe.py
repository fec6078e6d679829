"""Words shared by the exports and the terminal summary: how a document and a
figure change are named for a reader."""
from __future__ import annotations

from jmdesk.core.document import Change, Document, Figure, FigureChange


def doc_heading(doc: Document) -> str:
    """'2025 江门市 政府工作报告 (path)' with whatever is known."""
    m = doc.meta
    parts = [str(m.year) if m.year else "", m.region or "", m.title or ""]
    head = " ".join(p for p in parts if p) or "（未识别标题）"
    return f"{head} — {doc.source}" if doc.source else head


def _number(v: float) -> str:
    return f"{v:.6f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def figure_text(f: Figure | None) -> str:
    if f is None:
        return ""
    if f.text:
        written = "".join(f.text.split())
        # A decline is written as 下降0.9%: the figure's text alone would read as growth.
        if f.value < 0 and not written.startswith(("-", "－", "−")):
            written = "下降" + written
        return written
    value = _number(f.value) + (f"-{_number(f.value_high)}" if f.value_high is not None else "")
    unit = "" if f.unit == "rank" else f.unit
    q = f.qualifier or ""
    return (q + value + unit) if q in ("超", "超过", "近", "约", "突破", "不少于", "力争") else value + unit + q


def difference(fc: FigureChange) -> str:
    if fc.old is None:
        return "新增"
    if fc.new is None:
        return "删去"
    if fc.delta == 0 and (fc.old.qualifier or "") != (fc.new.qualifier or ""):
        return f"数值不变，{fc.old.qualifier or '无限定词'} → {fc.new.qualifier or '无限定词'}"
    if fc.delta_points is not None:
        return f"{fc.delta_points:+.6g} 个百分点"
    if fc.delta is None:
        return "单位不同"
    if fc.new.unit == "rank":
        # A smaller rank number is a better place.
        steps = _number(abs(fc.delta))
        return "名次不变" if fc.delta == 0 else (f"后退 {steps} 位" if fc.delta > 0 else f"前进 {steps} 位")
    rel = f" ({fc.delta_relative:+.1%})" if fc.delta_relative is not None else ""
    unit = "" if fc.new.unit == "rank" else fc.new.unit
    return f"{fc.delta:+.6g}{unit}{rel}"


WORDING_MAX = 16   # longer replacements are rewritten sentences, not a target put into words


def _wording(text: str, fallback: str, label: str) -> str:
    """The words in a figure's place (提质提效), when they are short enough to be that."""
    text = "".join(text.split()).strip("，,；;。、")
    return f"（{label}：{text}）" if text and len(text) <= WORDING_MAX else fallback


def figure_row(fc: FigureChange, change: Change | None = None) -> dict:
    """One row of the figure-change table: metric, old, new, difference, kind, years."""
    old, new = figure_text(fc.old), figure_text(fc.new)
    if fc.new is None:
        new = _wording(change.b_text if change else "", "（删去）", "改为文字")
    if fc.old is None:
        old = _wording(change.a_text if change else "", "（无）", "原为文字")
    ref = fc.new or fc.old
    return {"metric": fc.metric, "old": old, "new": new, "difference": difference(fc),
            "kind": "目标" if ref.kind == "target" else "实绩",
            "old_year": fc.old.year if fc.old else None, "new_year": fc.new.year if fc.new else None}
