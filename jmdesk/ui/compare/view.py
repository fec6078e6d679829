"""The compare view: change list and outline on the left, report A | link band | report B on the
right, the legend above and a find bar below. Scrolling is synchronised by aligned section: when
one pane shows part of a section, the other shows the same part of its partner."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from jmdesk.core.document import Comparison, Document
from jmdesk.ui.compare import highlight
from jmdesk.ui.compare.band import LinkBand
from jmdesk.ui.compare.changes import ChangeListPanel
from jmdesk.ui.compare.figure_text import change_summary
from jmdesk.ui.compare.find import FindBar, find_all, next_match
from jmdesk.ui.compare.legend import Legend
from jmdesk.ui.compare.outline import OutlineView
from jmdesk.ui.compare.pairing import PairIndex, changes_at, other
from jmdesk.ui.compare.pane import DocumentPane


class CompareView(QWidget):
    fileDropped = Signal(str, str)    # side, path

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cmp: Comparison | None = None
        self.index: PairIndex | None = None
        self._syncing = False
        self._find_matches = {"a": [], "b": []}

        self.panes = {"a": DocumentPane("a"), "b": DocumentPane("b")}
        self.band = LinkBand(self.panes["a"], self.panes["b"])
        self.changes = ChangeListPanel()
        self.outline = OutlineView()
        self.legend = Legend()
        self.find_bar = FindBar()
        self.find_bar.hide()

        for side, pane in self.panes.items():
            pane.fileDropped.connect(lambda path, s=side: self.fileDropped.emit(s, path))
            pane.scrolled.connect(lambda s=side: self._sync_from(s))
            pane.tooltip_at = lambda offset, s=side: self.tooltip_at(s, offset)
        self.changes.changeSelected.connect(self.show_change)
        self.outline.pairClicked.connect(self.show_pair)
        self.band.pairClicked.connect(self.show_pair)
        self.find_bar.searched.connect(self.find)
        self.find_bar.changed.connect(self._mark_matches)
        self.find_bar.closed.connect(lambda: self._mark_matches(""))

        texts = QWidget()
        row = QHBoxLayout(texts)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.panes["a"], 1)
        row.addWidget(self.band)
        row.addWidget(self.panes["b"], 1)
        center = QWidget()
        col = QVBoxLayout(center)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.legend)
        col.addWidget(texts, 1)
        col.addWidget(self.find_bar)

        self.side_split = QSplitter(Qt.Vertical)
        self.side_split.setObjectName("sideSplit")
        self.side_split.addWidget(self.changes)
        self.side_split.addWidget(self.outline)
        self.side_split.setSizes([600, 400])
        self.main_split = QSplitter(Qt.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(self.side_split)
        self.main_split.addWidget(center)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([540, 1060])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.main_split)

    # --- content --------------------------------------------------------------------------
    def set_comparison(self, cmp: Comparison) -> None:
        self.cmp = cmp
        self.index = PairIndex(cmp)
        for side, doc in (("a", cmp.a), ("b", cmp.b)):
            self.panes[side].show_document(doc)
            self.panes[side].set_marks(highlight.marks_for(cmp, side, self.index))
        self.changes.set_comparison(cmp, self.index)
        self.outline.set_index(self.index)
        self.band.set_index(self.index)
        self._mark_matches(self.find_bar.field.text() if self.find_bar.isVisible() else "")

    def set_documents(self, a: Document | None, b: Document | None) -> None:
        """One or two documents without a comparison (only one is open, or none yet)."""
        self.cmp, self.index = None, None
        self.panes["a"].show_document(a)
        self.panes["b"].show_document(b)
        self.changes.set_comparison(None)
        self.outline.set_index(None)
        self.band.set_index(None)

    # --- navigation -----------------------------------------------------------------------
    def show_change(self, change: int | None) -> None:
        if self.cmp is None or change is None or not 0 <= change < len(self.cmp.changes):
            return
        c = self.cmp.changes[change]
        self._syncing = True        # both panes are placed explicitly; no section sync now
        try:
            self.panes["a"].show_span(c.a_start, c.a_end)
            self.panes["b"].show_span(c.b_start, c.b_end)
        finally:
            self._syncing = False
        self.band.update()

    def show_pair(self, pair: int) -> None:
        if self.index is None:
            return
        self._syncing = True
        try:
            for side in ("a", "b"):
                span = self.index.span(pair, side)
                if span is None:
                    where = self.index.anchor_for_orphan(pair)
                    if where and where[0] == side:
                        self.panes[side].show_span(where[1], where[1], select=False)
                else:
                    self.panes[side].show_span(span[0], span[0], select=False)
        finally:
            self._syncing = False
        self.band.update()

    def next_change(self) -> int | None:
        return self.changes.step(+1)

    def previous_change(self) -> int | None:
        return self.changes.step(-1)

    def _sync_from(self, side: str) -> None:
        """Keep the other pane on the partner of the section at the top of this one."""
        if self._syncing or self.index is None:
            return
        pane, twin = self.panes[side], self.panes[other(side)]
        anchor = self.index.anchor_at(side, pane.top_offset())
        if anchor is None:
            return
        y0, y1 = pane.y_of(anchor.own[0]), pane.y_of(max(anchor.own[0], anchor.own[1] - 1), True)
        frac = 0.0 if y1 <= y0 else min(1.0, max(0.0, -y0 / (y1 - y0)))
        t0 = twin.y_of(anchor.partner[0])
        t1 = twin.y_of(max(anchor.partner[0], anchor.partner[1] - 1), True)
        self._syncing = True
        try:
            twin.scroll_by_pixels(int(round(t0 + frac * (t1 - t0))))
        finally:
            self._syncing = False
        self.band.update()

    # --- tooltips and find ----------------------------------------------------------------
    def tooltip_at(self, side: str, offset: int) -> str | None:
        if self.cmp is None:
            return None
        hits = changes_at(self.cmp, side, offset)
        return "\n".join(change_summary(self.cmp.changes[i]) for i in hits) or None

    def _docs(self):
        return {s: p.document for s, p in self.panes.items()}

    def _mark_matches(self, text: str) -> None:
        for side, doc in self._docs().items():
            self._find_matches[side] = find_all(doc.text, text) if doc and text else []
            self.panes[side].set_find_marks(self._find_matches[side])
        self.find_bar.show_counts(len(self._find_matches["a"]), len(self._find_matches["b"]))

    def find(self, text: str, forward: bool = True) -> None:
        if not text:
            return
        if not any(self._find_matches.values()):
            self._mark_matches(text)
        self._syncing = True
        try:
            for side, pane in self.panes.items():
                start, end = pane.selected_span()
                m = next_match(self._find_matches[side], start if forward else start, forward)
                if m:
                    pane.show_span(*m)
        finally:
            self._syncing = False
        self.band.update()

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def set_point_size(self, size: float) -> None:
        for pane in self.panes.values():
            pane.set_point_size(size)
        self.band.update()
