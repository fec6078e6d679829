"""The packaged application, as an editor gets it: built by packaging/build.sh, run with an empty
environment (no Python, no PATH), and its window opened on a virtual X screen.

Slow (a build takes minutes on a busy machine) and skipped unless asked for: `make package-test`,
`python -m pytest -m slow tests/packaging/test_smoke_build.py`, or JMDESK_PACKAGE_TEST=1. It reuses
dist/ when the build is newer than every source file, and builds otherwise. The window test needs
Xvfb and xdotool (or xwininfo): `bash scripts/system-deps.sh xvfb xdotool x11-utils`.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def asked_for(request):
    """Build only when asked: `-m slow` (make package-test) or JMDESK_PACKAGE_TEST=1, never as a side
    effect of a plain `pytest` run, where a build would take minutes and race with other builds."""
    markexpr = request.config.getoption("markexpr") or ""
    if os.environ.get("JMDESK_PACKAGE_TEST") != "1" and ("slow" not in markexpr or "not slow" in markexpr):
        pytest.skip("builds the package: run `make package-test` (pytest -m slow) "
                    "or set JMDESK_PACKAGE_TEST=1")

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "jmdesk"
EXE = DIST / "jmdesk"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
SOURCES = ["jmdesk", "resources", "packaging", "pyproject.toml"]
SIZE_LIMIT_MB = 250


def _newest_source() -> float:
    times = []
    for name in SOURCES:
        p = ROOT / name
        files = [p] if p.is_file() else [f for f in p.rglob("*")
                                         if f.is_file() and "__pycache__" not in f.parts]
        times += [f.stat().st_mtime for f in files]
    return max(times)


def _deb() -> Path | None:
    debs = sorted((ROOT / "dist").glob(f"jmdesk_{VERSION}_*.deb"))
    return debs[-1] if debs else None


@pytest.fixture(scope="module")
def built() -> Path:
    """dist/jmdesk and the .deb, fresh: reused when newer than every source file, built otherwise."""
    deb = _deb()
    fresh = (EXE.is_file() and deb is not None and EXE.stat().st_mtime > _newest_source()
             and deb.stat().st_mtime >= EXE.stat().st_mtime)
    if not fresh:
        log = ROOT / "build" / "package-test.log"
        log.parent.mkdir(exist_ok=True)
        with open(log, "w") as out:
            done = subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, stdout=out,
                                  stderr=subprocess.STDOUT, timeout=3600)
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
        assert done.returncode == 0, f"packaging/build.sh failed (log: {log}):\n{tail}"
    assert EXE.is_file() and os.access(EXE, os.X_OK)
    return EXE


def _bare(*args, timeout=300, **env) -> subprocess.CompletedProcess:
    """Run the packaged executable with an empty environment: no PATH, no Python, no locale."""
    return subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(EXE), *args],
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout,
                          cwd=ROOT)


def test_version_is_pyproject_version(built):
    done = _bare("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"jmdesk {VERSION}")


def test_self_test_passes_with_an_empty_environment(built):
    done = _bare("--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(frozen build)" in done.stdout
    assert "FAILED" not in done.stdout and "self-test passed" in done.stdout


def test_parse_a_sample_with_an_empty_environment(built):
    done = _bare("parse", "resources/samples/jiangmen-2025-report.txt")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "2025" in lines[0] and "江门市" in lines[0]      # the metadata line
    assert any("2024年工作回顾" in line for line in lines)   # the review part heading
    assert any("2025年工作安排" in line for line in lines)   # the plan part heading


def _sample_paragraphs(limit=40) -> list[str]:
    text = (ROOT / "resources" / "samples" / "jiangmen-2025-report.txt").read_text(encoding="utf-8")
    return [p.strip().lstrip("#* ").strip() for p in text.split("\n") if p.strip()][:limit]


def _make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for para in _sample_paragraphs():
        document.add_paragraph(para)
    document.save(path)
    return path


def _make_html(path: Path) -> Path:
    body = "".join(f"<p>{p}</p>" for p in _sample_paragraphs())
    head = "<head><meta charset='utf-8'><title>政府工作报告</title></head>"
    path.write_text(f"<html>{head}<body>{body}</body></html>", encoding="utf-8")
    return path


def _make_pdf(path: Path) -> Path:
    # Typeset by Qt with a CJK font, as a PDF with a text layer (what pdfminer and its CMaps must read)
    from PySide6.QtGui import QFont, QFontDatabase, QPdfWriter, QTextDocument

    families = [f for f in QFontDatabase.families() if "CJK SC" in f or "WenQuanYi" in f]
    assert families, "no CJK font installed (fonts-noto-cjk)"
    doc = QTextDocument()
    doc.setDefaultFont(QFont(families[0], 11))
    doc.setPlainText("\n".join(_sample_paragraphs()))
    doc.print_(QPdfWriter(str(path)))
    return path


@pytest.mark.parametrize("make", [_make_docx, _make_html, _make_pdf], ids=["docx", "html", "pdf"])
def test_every_input_format_reads_in_the_frozen_build(built, qapp, tmp_path, make):
    # python-docx's templates, lxml, bs4, pdfminer's CJK CMaps: the data files a frozen build can miss
    path = make(tmp_path / f"report.{make.__name__.split('_')[-1]}")
    done = _bare("parse", path)
    assert done.returncode == 0, done.stderr
    assert "2024年工作回顾" in done.stdout and "2025年工作安排" in done.stdout


def test_exports_work_in_the_frozen_build(built, tmp_path):
    a, b = (f"resources/samples/jiangmen-{y}-report.txt" for y in (2023, 2025))
    html, xlsx, csv, png = (tmp_path / n for n in ("cmp.html", "cmp.xlsx", "metrics.csv", "gdp.png"))
    for args in (["compare", a, b, "--html", html, "--xlsx", xlsx], ["metrics", a, b, "--csv", csv],
                 ["chart", "--metric", "GDP", "--png", png,
                  "resources/samples/jiangmen-2021-report.txt", a, b]):
        done = _bare(*args)
        assert done.returncode == 0, f"{args[0]}: {done.stderr}"
    assert "5.5%" in html.read_text(encoding="utf-8")
    assert xlsx.read_bytes()[:2] == b"PK"                       # an Excel workbook is a zip
    assert "地区生产总值" in csv.read_text(encoding="utf-8-sig")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_input_is_one_line_without_traceback(built):
    done = _bare("parse", "no-such-report.txt")
    assert done.returncode == 3
    assert done.stderr.startswith("jmdesk: ") and "Traceback" not in done.stderr


def test_unpacked_size_within_limit(built):
    du = subprocess.run(["du", "-sm", str(DIST)], capture_output=True, text=True, check=True)
    size = int(du.stdout.split()[0])
    assert size <= SIZE_LIMIT_MB, f"dist/jmdesk is {size} MB"


def test_window_opens_on_a_virtual_screen(built, tmp_path):
    xvfb = shutil.which("Xvfb")
    finder = shutil.which("xdotool") or shutil.which("xwininfo")
    if not (xvfb and finder):
        pytest.fail("needs Xvfb and xdotool or xwininfo: bash scripts/system-deps.sh xvfb xdotool x11-utils")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    app = None
    try:
        display = ":" + os.read(read_fd, 16).decode().strip()
        assert display != ":", "Xvfb did not start"
        env = ["env", "-i", f"DISPLAY={display}", f"HOME={tmp_path}"]
        app = subprocess.Popen(env + [str(EXE)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               cwd=tmp_path)
        title = _wait_for_window(display, deadline=time.monotonic() + 90, app=app)
        time.sleep(2)
        assert app.poll() is None, f"the app exited with {app.returncode} after opening its window"
        assert "jmdesk" in title
    finally:
        if app is not None and app.poll() is None:
            app.send_signal(signal.SIGTERM)
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
        server.terminate()
        server.wait(timeout=10)
        os.close(read_fd)


def _wait_for_window(display: str, deadline: float, app: subprocess.Popen) -> str:
    """The title of the app's top-level window, once it is mapped on the screen."""
    env = {**os.environ, "DISPLAY": display}
    while time.monotonic() < deadline:
        if app.poll() is not None:
            output = app.stdout.read().decode(errors="replace") if app.stdout else ""
            pytest.fail(f"the app exited with {app.returncode} before showing a window:\n{output[-2000:]}")
        if shutil.which("xdotool"):
            ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "jmdesk"],
                                 capture_output=True, text=True, env=env).stdout.split()
            if ids:
                return subprocess.run(["xdotool", "getwindowname", ids[0]], capture_output=True, text=True,
                                      env=env).stdout.strip()
        else:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                                  env=env).stdout
            titles = [line for line in tree.splitlines() if '"' in line and "jmdesk" in line
                      and "Qt Selection Owner" not in line and ")  1x1+" not in line]
            if titles:
                return titles[0]
        time.sleep(1)
    pytest.fail("no jmdesk window appeared within 90 s")


def test_debian_package_contents(built):
    deb = _deb()
    assert deb is not None, "no dist/jmdesk_<version>_<arch>.deb"
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"], capture_output=True,
                          text=True, check=True).stdout
    assert "Package: jmdesk" in info and f"Version: {VERSION}" in info
    for dep in ("libxcb-cursor0", "libxkbcommon-x11-0", "libgl1", "fonts-noto-cjk | fonts-wqy-microhei"):
        assert dep in info, f"Depends lacks {dep}"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ["./opt/jmdesk/jmdesk", "./usr/bin/jmdesk -> /opt/jmdesk/jmdesk",
                 "./usr/share/applications/jmdesk.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/jmdesk.svg",
                 "./opt/jmdesk/_internal/pyproject.toml",
                 "./opt/jmdesk/_internal/resources/samples/jiangmen-2025-report.txt"]:
        assert path in listing, f"{path} not in the package"
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/jmdesk.png" in listing
    scripts = tempfile.mkdtemp()
    subprocess.run(["dpkg-deb", "-e", str(deb), scripts], check=True)
    assert "self-test" not in Path(scripts, "postinst").read_text()  # installing must not run it
    shutil.rmtree(scripts)
