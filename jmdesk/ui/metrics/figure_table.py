"""The figures table as the app shows it: filtered, sorted, copied and exported. No Qt here:
the QAbstractTableModel in table_model.py only forwards to this (as Tailor's QDataModel does to
its DataModel), so this is tested without a screen.

It owns the pandas table of ``jmdesk.core.metrics.figures_table`` plus the region and kind of
each row's document, which the figures table does not carry."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jmdesk.core.chartdata import format_value

# Columns shown, in order: key in the table (or a derived one), and whether it sorts as a number.
COLUMNS = ("metric", "value", "unit", "qualifier", "kind", "year", "region", "report_year", "document_kind",
           "sentence", "source")
NUMERIC = {"value", "year", "report_year"}
# Columns written to CSV/XLSX: the CONTRACT rows, then what the app adds.
EXPORT_COLUMNS = ("metric", "value", "value_high", "unit", "qualifier", "kind", "year", "period",
                  "start", "end", "sentence", "source", "report_year", "region", "document_kind")


@dataclass(frozen=True)
class Filter:
    metric: str | None = None
    year: int | None = None
    kind: str | None = None         # actual | target
    region: str | None = None


class FigureTable:
    """The long table of figures with filters and a sort order; rows are 0-based into ``view``."""

    def __init__(self, frame=None, documents=()):
        import pandas as pd

        frame = pd.DataFrame(columns=list(EXPORT_COLUMNS)) if frame is None else frame.copy()
        meta = {d.source: d.meta for d in documents}
        for col in EXPORT_COLUMNS:
            if col not in frame.columns:
                frame[col] = None
        # the figures table knows a document by its path; its region (and kind, if missing) come from meta
        if len(frame):
            frame["region"] = [r if _present(r) else getattr(meta.get(s), "region", None)
                               for r, s in zip(frame["region"], frame["source"])]
            frame["document_kind"] = [k if _present(k) else getattr(meta.get(s), "kind", None)
                                      for k, s in zip(frame["document_kind"], frame["source"])]
        self.frame = frame.reset_index(drop=True)
        self.filter = Filter()
        self.sort_key: tuple[str, bool] | None = None     # (column, ascending)
        self.view = self.frame
        self._apply()

    # ---- filter and sort ----
    def set_filter(self, **changes) -> None:
        self.filter = Filter(**{**self.filter.__dict__, **changes})
        self._apply()

    def sort(self, column: str, ascending: bool = True) -> None:
        self.sort_key = (column, ascending)
        self._apply()

    def _apply(self) -> None:
        import pandas as pd

        f, df = self.filter, self.frame
        mask = pd.Series(True, index=df.index)
        if f.metric:
            mask = mask & (df["metric"] == f.metric)
        if f.year is not None:
            mask = mask & (df["year"] == f.year)
        if f.kind:
            mask = mask & (df["kind"] == f.kind)
        if f.region:
            mask = mask & (df["region"] == f.region)
        view = df[mask]
        if self.sort_key and len(view):
            col, asc = self.sort_key
            if col in NUMERIC:
                keys = pd.to_numeric(view[col], errors="coerce")
            else:
                keys = view[col].astype("string").fillna("")
            order = keys.sort_values(ascending=asc, na_position="last", kind="stable").index
            view = view.loc[order]
        self.view = view.reset_index(drop=True)

    # ---- what the filters offer ----
    def choices(self, column: str) -> list:
        """Values a filter on this column can take, the most frequent indicators first."""
        if not len(self.frame):
            return []
        col = self.frame[column].dropna()
        if column == "metric":
            return list(col.value_counts().index)
        values = sorted({int(v) for v in col} if column == "year" else {str(v) for v in col})
        return values

    # ---- cells ----
    def __len__(self) -> int:
        return len(self.view)

    def raw(self, row: int, column: str):
        value = self.view.at[row, column]
        return value if _present(value) else None

    def text(self, row: int, column: str) -> str:
        """A cell as shown: a range as 6–6.5, a multi-year figure by its period, the file's name."""
        v = self.raw(row, column)
        if column == "value":
            if v is None:
                return ""
            high = self.raw(row, "value_high")
            return format_value(float(v)) + (f"–{format_value(float(high))}" if high is not None else "")
        if column == "year":
            return str(int(v)) if v is not None else (self.raw(row, "period") or "")
        if column == "report_year":
            return str(int(v)) if v is not None else ""
        if column == "unit":
            return "位次" if v == "rank" else (v or "")
        if column == "source":
            return Path(v).name if v else ""
        return "" if v is None else str(v)

    def source_of(self, row: int) -> tuple[str, int] | None:
        """(path, offset of the figure in the document's text) for opening the sentence."""
        src, start = self.raw(row, "source"), self.raw(row, "start")
        return (str(src), int(start or 0)) if src else None

    # ---- export ----
    def export_frame(self):
        return self.view[list(EXPORT_COLUMNS)]

    def write_csv(self, path: str | Path) -> Path:
        path = Path(path)
        # UTF-8 with BOM: Excel on Chinese Windows opens it as UTF-8, not as GBK
        self.export_frame().to_csv(path, index=False, encoding="utf-8-sig")
        return path

    def write_xlsx(self, path: str | Path) -> Path:
        path = Path(path)
        with __import__("pandas").ExcelWriter(path, engine="openpyxl") as writer:
            self.export_frame().to_excel(writer, index=False, sheet_name="figures")
        return path


def _present(v) -> bool:
    if v is None:
        return False
    try:
        return not (v != v)  # NaN is the only value not equal to itself
    except (TypeError, ValueError):
        return type(v).__name__ not in ("NAType", "NaTType")
