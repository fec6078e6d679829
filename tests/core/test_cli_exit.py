"""The `jmdesk` program ends a printing command without taking its heap apart
(jmdesk.__main__.cli). What it printed or wrote must be whole, the status right,
and the exit handlers (which save the caches) must still have run."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, sample


def _jmdesk(*argv, cache_dir, stdout=subprocess.PIPE):
    env = dict(os.environ, JMDESK_CACHE_DIR=str(cache_dir))
    return subprocess.run([sys.executable, "-m", "jmdesk", *map(str, argv)], cwd=ROOT, env=env,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=120)


def test_compare_json_printed_by_the_program_is_whole_and_as_in_process(tmp_path, run_cli):
    a, b = sample("2023"), sample("2025")
    done = _jmdesk("compare", a, b, "--json", cache_dir=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    status, in_process, _err = run_cli("compare", a, b, "--json")
    assert status == 0
    printed = json.loads(done.stdout.decode("utf-8"))
    assert printed == json.loads(in_process)
    assert printed["pairs"] and printed["changes"]


def test_files_written_by_the_program_are_complete(tmp_path):
    html, xlsx = tmp_path / "c.html", tmp_path / "c.xlsx"
    done = _jmdesk("compare", sample("2023"), sample("2025"), "--html", html, "--xlsx", xlsx,
                   cache_dir=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert html.read_text(encoding="utf-8").rstrip().endswith("</html>")
    from openpyxl import load_workbook
    assert len(load_workbook(xlsx, read_only=True).sheetnames) >= 3


def test_exit_handlers_still_run_so_the_pattern_cache_is_saved(tmp_path):
    done = _jmdesk("parse", sample("2021"), "--json", cache_dir=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert list(tmp_path.glob("regex-*.marshal")), "the compiled-pattern cache was not written at exit"


def test_bad_input_keeps_its_status_and_message(tmp_path):
    done = _jmdesk("compare", tmp_path / "missing.txt", sample("2025"), "--json", cache_dir=tmp_path)
    assert done.returncode == 3
    assert b"missing.txt" in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.skipif(sys.platform.startswith("win"), reason="needs a shell pipe")
def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path):
    env = dict(os.environ, JMDESK_CACHE_DIR=str(tmp_path))
    cmd = f"{sys.executable} -m jmdesk compare {sample('2023')} {sample('2025')} --json | head -c 20"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=ROOT, env=env, capture_output=True,
                          timeout=120)
    assert len(done.stdout) == 20
    assert b"Traceback" not in done.stderr and b"Error" not in done.stderr
