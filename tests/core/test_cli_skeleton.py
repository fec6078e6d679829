from conftest import sample


def test_version_prints_the_project_version(run_cli):
    import tomllib
    from conftest import ROOT
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    status, out, _ = run_cli("--version")
    assert status == 0 and out.strip() == f"jmdesk {version}"


def test_missing_file_is_status_3_with_one_line(run_cli, tmp_path):
    status, out, err = run_cli("parse", tmp_path / "nope.txt")
    assert status == 3 and out == ""
    assert err.startswith("jmdesk: ") and err.count("\n") == 1


def test_bad_usage_is_status_2(run_cli):
    status, _, err = run_cli("parse")
    assert status == 2 and err.startswith("jmdesk: ")


def test_parse_json_keeps_chinese_unescaped(run_cli):
    import json
    status, out, _ = run_cli("parse", sample("2025"), "--json")
    assert status == 0
    assert "政府工作报告" in out
    assert json.loads(out)["source"].endswith("jiangmen-2025-report.txt")
