"""`jmdesk --self-test`: passes on the real engine and samples, and fails when a check is not met."""
from __future__ import annotations

import sys
import types

import pytest

from jmdesk.commands import selftest
from jmdesk.core.document import (Change, Comparison, Document, Figure, FigureChange, Meta, Section,
                                  SectionPair)

EXPECTED_OK = [
    "version read from pyproject.toml",
    "bundled samples found",
    "app icon found",
    "2023 report: review part with its sections",
    "2023 report: plan part with numbered sections",
    "2025 report: review part with its sections",
    "2025 report: plan part with numbered sections",
    "compare 2023 with 2025: sections paired",
    "GDP growth target 6% -> 5.5%",
    "retail sales growth target 6% -> 5%",
    "budget revenue growth target 5% -> 3%",
    "new urban jobs target 4万人以上 not a change",
    "app modules load (PySide6, jmdesk.ui.main_window)",
    "charts load (pyqtgraph and its PNG/SVG exporters)",
    "PDF, Word and web page readers load",
    "Excel export loads (openpyxl)",
]


def test_self_test_passes_on_the_bundled_reports(run_cli):
    # Needs the real engine (outline, figures, compare) and the app: fails until they have landed.
    status, out, err = run_cli("--self-test")
    lines = out.splitlines()
    failed = [line for line in lines if line.startswith("FAILED")]
    assert failed == [], out
    for label in EXPECTED_OK:
        assert any(line.startswith("ok") and label in line for line in lines), f"{label!r} missing:\n{out}"
    assert status == 0


# --- the checks themselves, on made-up documents, so that a self-test that cannot fail is caught ---

def _fig(metric, value, unit, kind, year):
    return Figure(metric=metric, value=value, unit=unit, kind=kind, start=0, end=1, sentence="", year=year)


def _doc(year, figures):
    sections = (Section("s1", None, 1, "一、", f"{year - 1}年工作回顾", 0, 50, role="review"),
                Section("s2", "s1", 2, "（一）", "经济", 5, 20, role="review"),
                Section("s3", "s1", 2, "（二）", "民生", 20, 50, role="review"),
                Section("s4", None, 1, "二、", f"{year}年工作安排", 50, 100, role="plan"),
                Section("s5", "s4", 2, "（一）", "产业", 60, 80, role="plan"),
                Section("s6", "s4", 2, "（二）", "改革", 80, 100, role="plan"))
    return Document(source=f"{year}.txt", meta=Meta(year=year), text="x" * 100, sections=sections,
                    figures=tuple(figures))


JOBS_2023 = _fig("城镇新增就业", 4, "万人", "target", 2023)
JOBS_2025 = _fig("城镇新增就业", 4, "万人", "target", 2025)
A = _doc(2023, [JOBS_2023])
B = _doc(2025, [JOBS_2025])


def _change(metric, old, new):
    fc = FigureChange(metric, _fig(metric, old, "%", "target", 2023), _fig(metric, new, "%", "target", 2025))
    return Change("replace", 0, 1, 0, 1, f"{old}%", f"{new}%", figure=fc, pair=0)


GOOD = [_change("地区生产总值", 6, 5.5), _change("社会消费品零售总额", 6, 5),
        _change("地方一般公共预算收入", 5, 3)]
JOBS_CHANGED = Change("replace", 0, 1, 0, 1, "4", "4", pair=0,
                      figure=FigureChange("城镇新增就业", JOBS_2023, JOBS_2025))


@pytest.mark.parametrize("changes, failing", [
    (GOOD, []),
    (GOOD[1:], ["GDP growth target 6% -> 5.5%"]),
    ([_change("地区生产总值", 7, 5.5)] + GOOD[1:], ["GDP growth target 6% -> 5.5%"]),
    (GOOD + [JOBS_CHANGED], ["new urban jobs target 4万人以上 not a change"]),
    ([], ["GDP growth target 6% -> 5.5%", "retail sales growth target 6% -> 5%",
          "budget revenue growth target 5% -> 3%"]),
], ids=["all-found", "gdp-missing", "gdp-wrong-old-value", "jobs-reported", "nothing-found"])
def test_figure_checks_fail_when_the_comparison_is_wrong(monkeypatch, capsys, changes, failing):
    fake = types.ModuleType("jmdesk.core.compare")
    fake.compare_documents = lambda a, b, options=None: Comparison(
        a, b, (SectionPair("s1", "s1", 1.0, "changed"),), tuple(changes))
    monkeypatch.setitem(sys.modules, "jmdesk.core.compare", fake)
    checks = selftest.Checklist()
    selftest._compare_reports(checks, A, B)
    assert [label for ok, label, _ in checks.results if not ok] == failing
    assert checks.passed == (not failing)


def test_a_missing_compare_engine_is_one_failed_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "jmdesk.core.compare", None)  # import raises ImportError
    checks = selftest.Checklist()
    selftest._compare_reports(checks, A, B)
    out = capsys.readouterr().out
    assert not checks.passed
    assert out.startswith("FAILED  compare engine available") and "ModuleNotFoundError" in out


@pytest.mark.parametrize("drop, failing", [
    ("s1", ["2023 report: review part with its sections"]),
    ("s6", ["2023 report: plan part with numbered sections"]),  # one numbered section is not a plan
    (None, []),
])
def test_outline_checks(capsys, drop, failing):
    doc = Document(source="a", meta=Meta(), text="", sections=tuple(s for s in A.sections if s.id != drop))
    checks = selftest.Checklist()
    selftest._check_outline(checks, 2023, doc)
    assert [label for ok, label, _ in checks.results if not ok] == failing
