"""Background jobs around the engine (QThreadPool + QRunnable): read, repair, outline, align and
diff two reports off the GUI thread, reporting progress, honouring Cancel, and turning every
failure into a message (the app never dies on bad input)."""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from jmdesk.core.document import Comparison, Document


class Cancelled(Exception):
    pass


@dataclass
class CompareRequest:
    a_path: str | None
    b_path: str | None
    punctuation_counts: bool = False
    known: dict = field(default_factory=dict)   # file_key -> Document already read


@dataclass
class CompareResult:
    a: Document | None
    b: Document | None
    comparison: Comparison | None
    note: str | None = None          # e.g. the comparison engine is missing


def file_key(path: str) -> tuple:
    """Identity of a file's current content: reread when it changes on disk."""
    st = os.stat(path)
    return (str(Path(path).resolve()), st.st_mtime_ns, st.st_size)


def compare_options(module, punctuation_counts: bool):
    """Options in whatever form jmdesk.core.compare takes (a named tuple if it defines one)."""
    cls = getattr(module, "CompareOptions", None)
    if cls is not None and hasattr(cls, "_fields"):
        names = set(cls._fields)
        for name in ("punctuation_counts", "punctuation", "count_punctuation"):
            if name in names:
                return cls(**{name: punctuation_counts})
        return cls()
    return {"punctuation_counts": punctuation_counts}


class JobSignals(QObject):
    progress = Signal(int, str, int)          # job id, stage, percent
    finished = Signal(int, object)            # job id, CompareResult
    failed = Signal(int, str)                 # job id, message
    cancelled = Signal(int)


class CompareJob(QRunnable):
    """Reads A and B (either may be absent) and compares them when both are there."""

    _STAGES = ("read", "clean", "outline", "meta", "figures")

    def __init__(self, job_id: int, request: CompareRequest, owner: QObject | None = None):
        super().__init__()
        self.job_id = job_id
        self.request = request
        # Owned by a GUI-thread object: a parentless QObject here can be collected while the
        # job still runs ("Signal source has been deleted"). The owner deletes it when done.
        self.signals = JobSignals(owner)
        self._cancel = threading.Event()
        self.setAutoDelete(True)

    def cancel(self) -> None:
        self._cancel.set()

    def _step(self, base: int, span: int, label: str):
        def progress(stage: str) -> None:
            if self._cancel.is_set():
                raise Cancelled()
            pos = self._STAGES.index(stage) if stage in self._STAGES else 0
            self.signals.progress.emit(self.job_id, f"{label}: {stage}",
                                       base + span * pos // len(self._STAGES))
        return progress

    def _load(self, path: str, base: int, label: str) -> Document:
        from jmdesk.core.pipeline import load_document
        try:
            key = file_key(path)
        except OSError:
            key = None
        if key in self.request.known:
            return self.request.known[key]
        return load_document(path, progress=self._step(base, 40, label))

    def run(self) -> None:
        from jmdesk.core.errors import BadInput
        req = self.request
        current = None
        try:
            a = b = None
            if req.a_path:
                current = req.a_path
                a = self._load(req.a_path, 0, "A")
            if req.b_path:
                current = req.b_path
                b = self._load(req.b_path, 40, "B")
            current = None
            cmp, note = None, None
            if a is not None and b is not None:
                if self._cancel.is_set():
                    raise Cancelled()
                self.signals.progress.emit(self.job_id, "align + diff", 82)
                try:
                    from jmdesk.core import compare
                except ImportError:
                    compare, note = None, "compare-engine-missing"
                if compare is not None:
                    cmp = compare.compare_documents(a, b, compare_options(compare, req.punctuation_counts))
            if self._cancel.is_set():
                raise Cancelled()
            self.signals.progress.emit(self.job_id, "done", 100)
            self.signals.finished.emit(self.job_id, CompareResult(a, b, cmp, note))
        except Cancelled:
            self.signals.cancelled.emit(self.job_id)
        except BadInput as exc:
            self.signals.failed.emit(self.job_id, _with_file(str(exc), current))
        except Exception as exc:   # a bug in a stage must not take the window down
            self.signals.failed.emit(self.job_id, _with_file(f"{type(exc).__name__}: {exc}", current))


def _with_file(message: str, path: str | None) -> str:
    if path and Path(path).name not in message:
        return f"{Path(path).name}: {message}"
    return message
