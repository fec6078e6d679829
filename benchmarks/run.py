"""Benchmark of `jmdesk compare` (run by `make bench`; docs/benchmark.md explains).

Two long reports of about 18,000 characters each are built from the bundled
samples (A: the 2021 report; B: the 2023 and 2025 reports joined), cut at a
paragraph end. The whole `jmdesk compare A B --json` process is timed and set
against a character-level difflib.SequenceMatcher(None, a, b, autojunk=False)
.get_opcodes() of the same two texts, timed in the same run. A pair about six
times larger (paragraphs of the same sources, shuffled with fixed seeds) checks
how the time grows. Stages (read, clean, outline, figures, align, diff, export)
are timed in-process. Results go to the terminal and to benchmarks/results.md.

Targets: whole process <= 0.30x the difflib reference at ~18k characters; the
~6x pair <= 8x the time of the ~18k pair; peak memory of the process <= 500 MB.
"""
from __future__ import annotations

import argparse
import difflib
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "resources" / "samples"
SIZE = 18_000
SCALE = 6
TARGET_RATIO, TARGET_GROWTH, TARGET_MB = 0.30, 8.0, 500


def _read(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def _cut(text: str, size: int) -> str:
    """The first ``size`` characters, ending at a paragraph end."""
    if len(text) <= size:
        return text
    end = text.rfind("\n", 0, size)
    return text[:end + 1] if end > 0 else text[:size]


def _shuffled(text: str, size: int, seed: int) -> str:
    """Blocks of the text's paragraphs, each block in another fixed order, to ``size``."""
    paras = [p for p in text.split("\n") if p.strip()]
    out: list[str] = []
    k = 0
    while sum(len(p) + 1 for p in out) < size:
        block = list(paras)
        random.Random(seed * 100 + k).shuffle(block)
        out.extend(block)
        k += 1
    return _cut("\n".join(out) + "\n", size)


def build_inputs(folder: Path) -> dict[str, tuple[Path, Path]]:
    source_a = _read("jiangmen-2021-report.txt")
    source_b = _read("jiangmen-2023-report.txt") + "\n" + _read("jiangmen-2025-report.txt")
    pairs = {
        "18k": (_cut(source_a, SIZE), _cut(source_b, SIZE)),
        f"{SCALE}x": (_shuffled(source_a, SIZE * SCALE, 1), _shuffled(source_b, SIZE * SCALE, 2)),
    }
    out = {}
    for name, (a, b) in pairs.items():
        pa, pb = folder / f"a-{name}.txt", folder / f"b-{name}.txt"
        pa.write_text(a, encoding="utf-8")
        pb.write_text(b, encoding="utf-8")
        out[name] = (pa, pb)
    return out


def reference(a: str, b: str, runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time (s) of the difflib reference."""
    times, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(times), statistics.median(cpu)


# Diagnostics only (not targets): what a process costs before it does any work. The first
# is the bare interpreter; the second also imports everything `jmdesk compare --json` imports
# (and fills the compiled-pattern cache), then exits.
_BARE = "pass"
_IMPORTS_ONLY = ("import jmdesk.__main__ as m; m.build_parser(['compare', 'A', 'B', '--json']); import json; "
                 "from jmdesk.core import regex_cache; regex_cache.warm(); "
                 "from jmdesk.core import compare, pipeline, clean, outline, meta, figures, ingest")


_CHILD_ENV: dict | None = None     # set by main()


def _child_env(folder: Path) -> dict:
    """Children keep their bytecode, as an installed app does (this environment may set
    PYTHONDONTWRITEBYTECODE); it goes to a temporary folder, not into the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def whole_process(a: Path, b: Path, runs: int, code: str | None = None) -> tuple[float, float, float]:
    """Median wall time (s), largest peak RSS (MB) and median CPU time (s, user + system) of
    `jmdesk compare A B --json` (with ``code``: of `python -c code` instead, for the diagnostics)."""
    times, peaks, cpu = [], [], []
    if code is None:
        cmd = [sys.executable, "-m", "jmdesk", "compare", str(a), str(b), "--json"]
    else:
        cmd = [sys.executable, "-c", code]
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_CHILD_ENV)
        _pid, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - t)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"jmdesk compare failed: {proc.stderr.read().decode(errors='replace')}")
        proc.stderr.close()
        cpu.append(usage.ru_utime + usage.ru_stime)
        # ru_maxrss is in kilobytes on Linux, bytes on macOS
        peaks.append(usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024))
    return statistics.median(times), max(peaks), statistics.median(cpu)


def stages(a_path: Path, b_path: Path) -> dict[str, float]:
    """Seconds per stage for both documents, in this (warm) process."""
    from jmdesk.core import clean, figures, meta, outline
    from jmdesk.core.align import align_sections
    from jmdesk.core.compare import compare_documents
    from jmdesk.core.document import Document
    from jmdesk.core.export.html import comparison_html
    from jmdesk.core.export.xlsx import write_comparison_xlsx
    from jmdesk.core.ingest import read_raw

    spent = {k: 0.0 for k in ("read", "clean", "outline", "figures", "align", "diff", "export JSON",
                              "export HTML+XLSX")}

    def timed(stage, fn, *args):
        t = time.perf_counter()
        out = fn(*args)
        spent[stage] += time.perf_counter() - t
        return out

    docs = []
    for path in (a_path, b_path):
        raw = timed("read", read_raw, path)
        cleaned = timed("clean", clean.clean_text, raw)
        sections = timed("outline", lambda: outline.build_outline(cleaned.text, marks=cleaned.marks))
        info = timed("outline", meta.extract_meta, cleaned.text, sections, str(path))
        figs = timed("figures", figures.extract_figures, cleaned.text, sections, info)
        docs.append(Document(str(path), info, cleaned.text, tuple(sections), tuple(figs),
                             tuple(cleaned.misreadings), tuple(cleaned.offset_map)))
    pairs = timed("align", align_sections, *docs)
    cmp = timed("diff", lambda: compare_documents(docs[0], docs[1], pairs=pairs))
    import json
    timed("export JSON", lambda: json.dumps(cmp.to_json(), ensure_ascii=False, separators=(",", ":")))  # as write_json
    with tempfile.TemporaryDirectory() as tmp:
        def export():
            comparison_html(cmp)
            write_comparison_xlsx(cmp, Path(tmp) / "c.xlsx")
        timed("export HTML+XLSX", export)
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per measurement (median)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results.md"))
    args = parser.parse_args(argv)

    global _CHILD_ENV
    with tempfile.TemporaryDirectory() as tmp:
        _CHILD_ENV = _child_env(Path(tmp))
        inputs = build_inputs(Path(tmp))
        a18, b18 = inputs["18k"]
        abig, bbig = inputs[f"{SCALE}x"]
        text_a, text_b = a18.read_text(encoding="utf-8"), b18.read_text(encoding="utf-8")
        whole_process(a18, b18, 1)                 # warm-up: bytecode, segmenter dictionary cache
        # The reference and the process are timed in alternation, one of each per round, so
        # that a busy spell of the machine falls on both sides of the ratio, not on one.
        rounds = [(reference(text_a, text_b, 1), whole_process(a18, b18, 1)) for _ in range(args.runs)]
        ref = statistics.median(r[0][0] for r in rounds)
        ref_cpu = statistics.median(r[0][1] for r in rounds)
        proc18 = statistics.median(r[1][0] for r in rounds)
        mem18 = max(r[1][1] for r in rounds)
        cpu18 = statistics.median(r[1][2] for r in rounds)
        procbig, membig, _cpubig = whole_process(abig, bbig, args.runs)
        bare = whole_process(a18, b18, args.runs, _BARE)[0]
        imports_only = whole_process(a18, b18, args.runs, _IMPORTS_ONLY)[0]
        stage18 = stages(a18, b18)
        stagebig = stages(abig, bbig)
        sizes = {k: (len(a.read_text(encoding="utf-8")), len(b.read_text(encoding="utf-8")))
                 for k, (a, b) in inputs.items()}

    ratio = proc18 / ref
    growth = procbig / proc18
    peak = max(mem18, membig)
    checks = [("whole process / difflib reference (~18k chars)", f"{ratio:.2f}x", f"<= {TARGET_RATIO:.2f}x",
               ratio <= TARGET_RATIO),
              (f"~{SCALE}x larger / ~18k (whole process)", f"{growth:.2f}x", f"<= {TARGET_GROWTH:.0f}x",
               growth <= TARGET_GROWTH),
              ("peak memory (max RSS of the process)", f"{peak:.0f} MB", f"<= {TARGET_MB} MB",
               peak <= TARGET_MB)]
    lines = ["# Benchmark results", "",
             f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs; "
             f"median of {args.runs} runs; written by `make bench` "
             f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}).",
             "",
             f"Inputs: 18k pair {sizes['18k'][0]:,} / {sizes['18k'][1]:,} characters; "
             f"{SCALE}x pair {sizes[f'{SCALE}x'][0]:,} / {sizes[f'{SCALE}x'][1]:,} characters.", "",
             "| measurement | seconds |", "|---|---|",
             f"| difflib.SequenceMatcher(autojunk=False).get_opcodes(), 18k pair | {ref:.3f} |",
             f"| `jmdesk compare A B --json` process, 18k pair | {proc18:.3f} |",
             f"| `jmdesk compare A B --json` process, {SCALE}x pair | {procbig:.3f} |"]
    lines.append(f"| diagnostic: bare interpreter start-up (`python -c pass`) | {bare:.3f} "
                 f"({bare / ref:.2f}x the reference) |")
    lines.append(f"| diagnostic: start-up and the compare path's imports, no work | {imports_only:.3f} "
                 f"({imports_only / ref:.2f}x the reference) |")
    # CPU time moves less than wall time when other jobs share the machine; the target is on wall time
    lines.append(f"| diagnostic: CPU time (user + system) of the 18k process against the reference's "
                 f"| {cpu18:.3f} against {ref_cpu:.3f} ({cpu18 / ref_cpu:.2f}x) |")
    lines += ["",
             f"| stage (in-process, both documents) | 18k pair (s) | {SCALE}x pair (s) |", "|---|---|---|"]
    lines += [f"| {k} | {stage18[k]:.3f} | {stagebig[k]:.3f} |" for k in stage18]
    lines += ["", "| target | measured | limit | result |", "|---|---|---|---|"]
    lines += [f"| {name} | {got} | {limit} | {'pass' if ok else 'FAIL'} |" for name, got, limit, ok in checks]
    report = "\n".join(lines) + "\n"
    print(report)
    Path(args.out).write_text(report, encoding="utf-8")
    return 0 if all(ok for *_x, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
