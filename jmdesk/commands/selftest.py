"""jmdesk --self-test: parse and compare the bundled 2023 and 2025 reports and check what comes out.

It is the installed program checking itself (the build script runs it on the frozen executable):
resources are found, both reports get their review and plan parts, and the targets that really
changed between them come out as figure changes, while the one that did not (new urban jobs,
4万人以上 both years) does not. Prints one line per check and exits 0 only if every check passes.
"""
from __future__ import annotations

import importlib
import sys
import time
from dataclasses import dataclass, field

# (check label, metric names that mean the indicator, old target, new target), from the two
# reports' targets paragraphs:
#   2023 "地区生产总值增长6%以上 … 社会消费品零售总额增长6% … 地方一般公共预算收入增长5%"
#   2025 "地区生产总值增长5.5%左右 … 社会消费品零售总额增长5% … 地方一般公共预算收入增长3%"
TARGET_CHANGES = (
    ("GDP growth target 6% -> 5.5%", ("地区生产总值", "GDP"), 6.0, 5.5),
    ("retail sales growth target 6% -> 5%", ("社会消费品零售总额",), 6.0, 5.0),
    ("budget revenue growth target 5% -> 3%",
     ("地方一般公共预算收入", "一般公共预算收入"), 5.0, 3.0),
)
UNCHANGED_TARGET = ("new urban jobs target 4万人以上 not a change", ("城镇新增就业",), 4.0)
REVIEW_ROLES = ("review", "period_review")


@dataclass
class Checklist:
    results: list[tuple[bool, str, str]] = field(default_factory=list)

    def check(self, ok: bool, label: str, detail: str = "") -> bool:
        self.results.append((bool(ok), label, detail))
        print(f"{'ok    ' if ok else 'FAILED'}  {label}" + (f"  ({detail})" if detail else ""), flush=True)
        return bool(ok)

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(ok for ok, _, _ in self.results)


def add_arguments(parser) -> None:  # --self-test is a top-level flag; nothing to add
    pass


def run(args=None) -> int:
    from jmdesk import __version__
    from jmdesk.resources import frozen

    started = time.perf_counter()
    print(f"jmdesk {__version__} self-test ({'frozen build' if frozen() else 'source tree'})", flush=True)
    checks = Checklist()
    checks.check(__version__ != "0+unknown", "version read from pyproject.toml", __version__)
    paths = _sample_reports(checks)
    docs = _parse_reports(checks, paths) if paths else {}
    if len(docs) == 2:
        _compare_reports(checks, docs[2023], docs[2025])
    else:
        checks.check(False, "compare 2023 with 2025", "skipped: the reports could not be parsed")
    _app_modules(checks)
    failed = sum(1 for ok, _, _ in checks.results if not ok)
    elapsed = time.perf_counter() - started
    print(f"self-test {'passed' if checks.passed else 'FAILED'}: {len(checks.results) - failed} ok, "
          f"{failed} failed, {elapsed:.1f} s", flush=True)
    return 0 if checks.passed else 1


def _sample_reports(checks: Checklist) -> dict[int, str]:
    from pathlib import Path

    from jmdesk.resources import resource_path, sample_index

    try:
        reports = {e["year"]: e["path"] for e in sample_index() if e["kind"] == "report"}
    except Exception as exc:  # a missing or broken index is a packaging failure, not a crash
        checks.check(False, "bundled samples found", f"{resource_path('samples', 'index.json')}: {_why(exc)}")
        return {}
    wanted = {y: reports.get(y) for y in (2023, 2025)}
    missing = [str(y) for y, p in wanted.items() if not p or not Path(p).is_file()]
    checks.check(not missing, "bundled samples found", f"under {resource_path('samples')}"
                 + (f"; missing the {', '.join(missing)} report" if missing else ""))
    icon = resource_path("icons", "jmdesk.svg")
    checks.check(icon.is_file(), "app icon found", str(icon))
    return {} if missing else wanted


def _parse_reports(checks: Checklist, paths: dict[int, str]) -> dict:
    try:
        from jmdesk.core.pipeline import load_document
    except Exception as exc:
        checks.check(False, "parse engine available", _why(exc))
        return {}
    docs = {}
    for year, path in paths.items():
        try:
            doc = load_document(path)
        except Exception as exc:
            checks.check(False, f"parse the {year} report", _why(exc))
            continue
        docs[year] = doc
        _check_outline(checks, year, doc)
    return docs


def _check_outline(checks: Checklist, year: int, doc) -> None:
    parts = [s for s in doc.sections if s.level == 1]
    review = next((s for s in parts if s.role in REVIEW_ROLES), None)
    plan = next((s for s in parts if s.role == "plan"), None)
    in_review = _inside(doc, review)
    checks.check(review is not None and len(in_review) >= 2, f"{year} report: review part with its sections",
                 f"{review.title!r}, {len(in_review)} sections" if review else
                 f"no level-1 section with role review among {len(parts)} parts")
    numbered = [s for s in _inside(doc, plan) if s.level == 2 and s.number]
    checks.check(plan is not None and len(numbered) >= 2, f"{year} report: plan part with numbered sections",
                 f"{plan.title!r}, {' '.join(s.number for s in numbered)}" if plan else
                 f"no level-1 section with role plan among {len(parts)} parts")


def _inside(doc, part) -> list:
    """The sections below a part (the 2025 review's 这一年… items are unnumbered, 2023's numbered)."""
    if part is None:
        return []
    return [s for s in doc.sections if s.level > part.level and part.start <= s.start and s.end <= part.end]


def _compare_reports(checks: Checklist, a, b) -> None:
    try:
        from jmdesk.core.compare import compare_documents
    except Exception as exc:
        checks.check(False, "compare engine available (jmdesk.core.compare)", _why(exc))
        return
    try:
        cmp = compare_documents(a, b)
    except Exception as exc:
        checks.check(False, "compare 2023 with 2025", _why(exc))
        return
    figure_changes = [c.figure for c in cmp.changes if c.figure is not None]
    checks.check(bool(cmp.pairs), "compare 2023 with 2025: sections paired",
                 f"{len(cmp.pairs)} pairs, {len(cmp.changes)} changes, {len(figure_changes)} figure changes")
    target_changes = [fc for fc in figure_changes
                      if fc.old is not None and fc.new is not None
                      and fc.old.kind == "target" and fc.new.kind == "target"]
    for label, names, old, new in TARGET_CHANGES:
        hit = [fc for fc in target_changes if _is(fc.old, names, old) and _is(fc.new, names, new)]
        checks.check(bool(hit), label, _shown(hit[0]) if hit else _near(target_changes, names))
    label, names, value = UNCHANGED_TARGET
    both = all(any(_is(f, names, value) and f.kind == "target" for f in d.figures) for d in (a, b))
    wrong = [fc for fc in target_changes if _is(fc.old, names) or _is(fc.new, names)]
    checks.check(both and not wrong, label,
                 "target found in both reports, no change reported" if both and not wrong else
                 "the target is missing from a report" if not both else
                 "reported: " + "; ".join(_shown(fc) for fc in wrong))


# What each feature loads lazily, so a frozen build that lacks it fails here rather than in front of
# an editor: the window needs a screen, but importing its modules proves Qt and the UI were bundled.
FEATURE_MODULES = (
    ("app modules load (PySide6, jmdesk.ui.main_window)", ("PySide6.QtWidgets", "jmdesk.ui.main_window")),
    ("charts load (pyqtgraph and its PNG/SVG exporters)", ("pyqtgraph", "pyqtgraph.exporters")),
    ("PDF, Word and web page readers load", ("pdfminer.high_level", "docx", "bs4", "lxml.etree")),
    ("Excel export loads (openpyxl)", ("openpyxl",)),
)


def _app_modules(checks: Checklist) -> None:
    for label, modules in FEATURE_MODULES:
        try:
            for name in modules:
                importlib.import_module(name)
        except Exception as exc:
            checks.check(False, label, _why(exc))
        else:
            checks.check(True, label)


def _is(fig, names: tuple[str, ...], value: float | None = None) -> bool:
    if fig is None or (fig.metric not in names and fig.group not in names):
        return False
    return value is None or abs(fig.value - value) < 1e-9


def _shown(fc) -> str:
    def side(f):
        return "—" if f is None else (f.text or f"{f.value:g}{f.unit}{f.qualifier or ''}")
    return f"{fc.metric}: {side(fc.old)} -> {side(fc.new)}"


def _near(changes, names) -> str:
    same = [fc for fc in changes if _is(fc.old, names) or _is(fc.new, names)]
    return ("found instead: " + "; ".join(_shown(fc) for fc in same)) if same else "no such target change"


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


if __name__ == "__main__":
    sys.exit(run())
