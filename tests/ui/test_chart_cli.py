"""`jmdesk chart` draws the chart without a screen and says clearly what is wrong with bad input."""
import pytest
from PySide6.QtGui import QImage

from tests.conftest import sample

FIVE = [sample(n) for n in ("2021", "2023", "digest", "2025", "districts")]


def test_chart_writes_png_and_svg(run_cli, tmp_path):
    png, svg = tmp_path / "gdp.png", tmp_path / "out" / "gdp.svg"
    status, out, err = run_cli("chart", *FIVE, "--metric", "GDP", "--png", png, "--svg", svg)
    assert status == 0, err
    assert out.split() == [str(png), str(svg)]
    image = QImage(str(png))
    assert (image.width(), round(image.dotsPerMeterX() * 0.0254)) == (1890, 300)
    assert 1000 < image.height() < 1800
    text = svg.read_text(encoding="utf-8")
    assert "江门市地区生产总值：实际与目标（2020—2025年）" in text
    assert "资料来源" in text and "亿元" in text


def test_chart_targets_view_and_width(run_cli, tmp_path):
    png = tmp_path / "t.png"
    status, _out, err = run_cli("chart", *FIVE, "--metric", "地区生产总值", "--view", "targets",
                                "--png", png, "--width-mm", "80", "--dpi", "150")
    assert status == 0, err
    assert QImage(str(png)).width() == round(80 / 25.4 * 150)


def test_chart_without_output_prints_the_points(run_cli):
    status, out, err = run_cli("chart", sample("2023"), sample("2025"), "-m", "地区生产总值",
                               "--measure", "growth")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("江门市地区生产总值")
    assert any(line.split()[:2] == ["2025", "5.5%左右"] for line in lines)
    assert any(line.split()[:2] == ["2023", "6%以上"] for line in lines)


@pytest.mark.parametrize("args, status, says", [
    (["--metric", "不存在的指标"], 2, "available: "),
    (["--metric", "粮食"], 2, "did you mean 粮食产量"),
    (["--metric", "GDP", "--metric", "规上工业增加值", "--view", "targets"], 2, "one metric"),
    (["--metric", "GDP", "--dpi", "5"], 2, "--dpi"),
])
def test_bad_usage_says_what_to_do(run_cli, args, status, says):
    code, out, err = run_cli("chart", sample("2023"), sample("2025"), *args)
    assert code == status
    assert err.startswith("jmdesk: ") and err.count("\n") == 1 and says in err
    assert "Traceback" not in err


def test_bad_input_is_status_3(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for files in ([tmp_path / "missing.txt"], [empty], [sample("2025"), tmp_path / "missing.txt"]):
        code, _out, err = run_cli("chart", *files, "--metric", "GDP")
        assert code == 3 and err.startswith("jmdesk: ") and err.count("\n") == 1


def test_no_metric_is_usage_error(run_cli):
    code, _out, err = run_cli("chart", sample("2025"))
    assert code == 2 and "--metric" in err


def test_unwritable_output(run_cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _out, err = run_cli("chart", sample("2025"), "--metric", "GDP", "--png", blocker / "x.png")
    assert code == 3 and err.startswith("jmdesk: ")
