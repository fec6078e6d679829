"""Import: each format made by a real library, each encoding, read back by read_raw.

The makers (make_docx, make_pdf, make_html) are also used by test_ingest_same_text.py.
"""
from __future__ import annotations

import html as htmlmod
import re
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import sample

from jmdesk.core.ingest import read_raw
from jmdesk.core.ingest.cjk import SUPPLEMENT, ordinary_ideographs

CJK_FONTS = ("Noto Sans CJK SC", "Noto Serif CJK SC")


def paragraphs(name: str, start: str | None = None, limit: int | None = None) -> list[str]:
    """A sample's non-empty lines (its paragraphs), from the line `start` on."""
    lines = [line for line in sample(name).read_text(encoding="utf-8").split("\n") if line.strip()]
    if start:
        lines = lines[lines.index(start):]
    return lines[:limit] if limit else lines


# ---------------------------------------------------------------- makers

def make_docx(path: Path, paras: list[str], table: list[list[str]] | None = None,
              table_after: int = 0) -> Path:
    import docx

    document = docx.Document()
    for i, text in enumerate(paras):
        document.add_paragraph(text)
        if table and i + 1 == table_after:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
    document.save(path)
    return path


def cjk_font() -> str:
    from PySide6.QtGui import QFontDatabase

    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            return family
    pytest.skip("no Noto CJK font found: install fonts-noto-cjk (scripts/system-deps.sh does)")


@contextmanager
def none_refcount_kept():
    """PySide6 6.12 on Python 3.11 returns None from every void method without taking
    a reference (it assumes Python 3.12's immortal None), so each call lowers None's
    reference count by one and a few thousand calls end the process with
    `Fatal Python error: none_dealloc`. Give back what the calls inside took."""
    import ctypes

    before = sys.getrefcount(None)
    try:
        yield
    finally:
        for _ in range(before - sys.getrefcount(None)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


def make_pdf(path: Path, paras: list[str], family: str, point_size: float = 11,
             footer: str = "— {page} —", header: str = "") -> Path:
    """Typeset paragraphs as a report is printed: A4, first-line indent of two
    characters, lines wrapped by Qt at the page width, page breaks between lines,
    the page number centred at the foot (`— 1 —`), an optional running header.
    Needs a QGuiApplication."""
    with none_refcount_kept():
        _typeset(path, paras, family, point_size, footer, header)
    return path


def _typeset(path, paras, family, point_size, footer, header):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    font = QFont(family)
    font.setPointSizeF(point_size)
    painter.setFont(font)
    metrics = QFontMetricsF(font, writer)
    width, height = writer.width(), writer.height()
    leading, foot = metrics.height() * 1.5, metrics.height() * 2
    indent = 2 * metrics.horizontalAdvance("国")
    top = foot if header else 0.0
    y, page = top, 1

    def finish_page():
        if footer:
            painter.drawText(QRectF(0, height - foot, width, foot), Qt.AlignCenter, footer.format(page=page))
        if header:
            painter.drawText(QRectF(0, 0, width, foot), Qt.AlignRight, header)

    for text in paras:
        for x, line in _wrap(text, font, writer, width, indent):
            if y + leading > height - foot:
                finish_page()
                writer.newPage()
                y, page = top, page + 1
            painter.drawText(QPointF(x, y + metrics.ascent()), line)
            y += leading
    finish_page()
    painter.end()


def _wrap(text, font, device, width, first_indent):
    """(x, text) of each line as Qt breaks the paragraph. Only plain values leave
    this function: QTextLine objects outliving their layout crash PySide6."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font, device)
    layout.beginLayout()
    spans = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        x = 0 if spans else first_indent
        line.setLineWidth(width - x)
        spans.append((x, line.textStart(), line.textLength()))
    layout.endLayout()
    return [(x, text[start:start + length]) for x, start, length in spans]


def make_html(path: Path, paras: list[str], title: str, encoding: str = "utf-8") -> Path:
    """A government site's article page: chrome all round, the report in <p>s."""
    body = "\n".join(f"<p>　　{htmlmod.escape(p)}</p>" for p in paras)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}">
<title>{title}_江门市人民政府门户网站</title>
<script>var tracker = "政府工作报告统计代码"; document.write("<p>广告</p>");</script>
<style>p {{ text-indent: 2em; }}</style></head>
<body>
<div class="top-links"><a href="/">首页</a> <a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<header><div class="logo">江门市人民政府门户网站</div></header>
<nav><ul><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政府工作报告</li><li>互动交流</li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="main-content">
 <h1>{htmlmod.escape(title)}</h1>
 <div class="article-info">发布日期：2021-03-10　来源：江门市人民政府办公室</div>
 <div class="TRS_Editor">
{body}
 </div>
 <div class="share-bar">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
 <div id="comment-list"><p>网友留言：报告写得很好，期待江门发展越来越好，为家乡点赞！</p></div>
</div>
<aside><h3>相关新闻</h3><ul><li>市十五届人大七次会议开幕</li><li>政协会议闭幕</li></ul></aside>
<footer><p>主办：江门市人民政府办公室　粤ICP备05000000号</p></footer>
<div class="copyright">版权所有 江门市人民政府</div>
<noscript>请启用JavaScript</noscript>
</body></html>
"""
    path.write_bytes(page.encode(encoding))
    return path


# ---------------------------------------------------------------- text encodings

ENCODINGS = [  # (label, codec, byte-order mark written before the text)
    ("GB18030", "gb18030", b""),
    ("UTF-8 with BOM", "utf-8", b"\xef\xbb\xbf"),
    ("UTF-16 LE with BOM", "utf-16-le", b"\xff\xfe"),
    ("UTF-16 BE with BOM", "utf-16-be", b"\xfe\xff"),
    ("UTF-16 LE without BOM", "utf-16-le", b""),
    ("UTF-16 BE without BOM", "utf-16-be", b""),
    ("UTF-32 LE with BOM", "utf-32-le", b"\xff\xfe\x00\x00"),
]


@pytest.mark.parametrize("label,codec,bom", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_each_encoding_reads_back_as_the_utf8_text(tmp_path, label, codec, bom):
    text = sample("2025").read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(bom + text.encode(codec))
    assert read_raw(path) == text


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_a_short_gbk_paragraph_is_detected(tmp_path, codec):
    # short files give a detector little to go on; GB18030 is tried before guessing
    text = "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n"
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(codec))
    assert read_raw(path) == text


def test_big5_is_left_to_the_detector(tmp_path):
    text = ("各位代表：現在，我代表市人民政府向大會報告工作，請予審議，並請市政協委員和其他列席人員提出意見。"
            "過去一年，全市地區生產總值增長，經濟運行穩中向好。\n")
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    assert read_raw(path) == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_become_lf_and_nothing_else_changes(tmp_path, newline):
    text = sample("2023").read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.replace("\n", newline).encode("gb18030"))
    assert read_raw(path) == text


def test_markdown_is_read_as_it_is(tmp_path):
    # markup is the repair stage's job, not import's
    path = tmp_path / "report.md"
    path.write_bytes(sample("2025").read_bytes())
    assert read_raw(path) == sample("2025").read_text(encoding="utf-8")
    assert read_raw(path).startswith("## 政府工作报告")


@pytest.mark.parametrize("name", ["report.TXT", "report.text", "report"])
def test_other_extensions_with_text_content_are_read_as_text(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(sample("digest").read_bytes())
    assert read_raw(path) == sample("digest").read_text(encoding="utf-8")


def test_a_seven_megabyte_single_line_decodes_whole():
    # decoding and the binary checks are linear; read_raw then refuses it as too long
    # for a report (test_bad_input.py), but the decoder must get through it
    from jmdesk.core.ingest.text import decode_text
    line = "全市地区生产总值增长5.5%左右，" * 240_000      # 7.2 MB on one line
    data = line.encode("gb18030")                         # the slower path: not UTF-8
    assert len(data) > 7_000_000
    assert decode_text(data, "one-line.txt") == line


# ---------------------------------------------------------------- docx

def test_docx_paragraphs_and_table_come_back_in_document_order(tmp_path):
    paras = paragraphs("2021", start="政府工作报告", limit=6)
    table = [["指标", "2020年", "增长"], ["地区生产总值", "3201亿元", "2.3%"], ["固定资产投资", "", "5.1%"]]
    path = make_docx(tmp_path / "report.docx", paras, table=table, table_after=3)
    cells = ["指标", "2020年", "增长", "地区生产总值", "3201亿元", "2.3%", "固定资产投资", "5.1%"]
    assert read_raw(path).split("\n") == paras[:3] + cells + paras[3:]


def test_docx_merged_cells_are_read_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("主要指标")
    grid = document.add_table(rows=2, cols=3)
    merged = grid.cell(0, 0).merge(grid.cell(1, 0))
    merged.text = "经济"
    grid.cell(0, 1).text = "地区生产总值"
    grid.cell(0, 2).text = "5.5%"
    across = grid.cell(1, 1).merge(grid.cell(1, 2))
    across.text = "另行公布"
    document.add_paragraph("以上为预期目标。")
    document.save(tmp_path / "merged.docx")
    assert read_raw(tmp_path / "merged.docx").split("\n") == [
        "主要指标", "经济", "地区生产总值", "5.5%", "另行公布", "以上为预期目标。"]


def _numbered(document, levels: list[tuple[str, str]], restart_num: bool = False) -> None:
    """Add a Word list definition: level i has (numFmt, lvlText); numId 101, and 102 restarting it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
                   for i, (fmt, text) in enumerate(levels))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="101"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="102"><w:abstractNumId w:val="90"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))


def _set_number(paragraph, num_id: int, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))


def test_docx_automatic_chinese_numbering_is_put_back(tmp_path):
    # Word keeps "一、" and "（一）" of an auto-numbered heading in numbering.xml, not in the text
    import docx
    document = docx.Document()
    _numbered(document, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")])
    items = [  # (numId or None, level, text)
        (None, 0, "各位代表："),
        (101, 0, "2020年工作回顾"), (101, 1, "疫情防控扎实有效"), (101, 2, "科学救治精准防控。"),
        (101, 2, "严格落实“四早”要求。"), (101, 1, "经济运行稳步恢复"), (None, 0, "过去一年，成绩来之不易。"),
        (101, 0, "2021年工作安排"), (101, 1, "坚持创新驱动"), (102, 0, "另一个列表重新编号"),
    ]
    for num_id, level, text in items:
        paragraph = document.add_paragraph(text)
        if num_id:
            _set_number(paragraph, num_id, level)
    document.save(tmp_path / "numbered.docx")
    assert read_raw(tmp_path / "numbered.docx").split("\n") == [
        "各位代表：", "一、2020年工作回顾", "（一）疫情防控扎实有效", "1.科学救治精准防控。",
        "2.严格落实“四早”要求。", "（二）经济运行稳步恢复", "过去一年，成绩来之不易。",
        "二、2021年工作安排", "（一）坚持创新驱动", "一、另一个列表重新编号"]


@pytest.mark.parametrize("n,fmt,want", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (12, "chineseCountingThousand", "十二"),
    (20, "chineseCounting", "二十"), (35, "chineseCounting", "三十五"), (105, "chineseCounting", "一百零五"),
    (3, "decimalEnclosedCircle", "③"), (2, "ideographTraditional", "乙"), (12, "decimalFullWidth", "１２"),
    (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "decimal", "7"),
])
def test_word_number_formats(n, fmt, want):
    from jmdesk.core.ingest.docx_numbering import format_number
    assert format_number(n, fmt) == want


# ---------------------------------------------------------------- pdf

@pytest.mark.parametrize("family", CJK_FONTS)
def test_pdf_reads_back_paragraphs_with_radicals_mapped_and_wraps_joined(qapp, tmp_path, family):
    from PySide6.QtGui import QFontDatabase
    if family not in QFontDatabase.families():
        pytest.skip(f"{family} not installed: install fonts-noto-cjk (scripts/system-deps.sh does)")
    paras = paragraphs("2021", start="政府工作报告", limit=12)   # ~2,700 characters, 3 pages
    path = make_pdf(tmp_path / "report.pdf", paras, family)
    text = read_raw(path)
    assert text.split("\n") == paras
    assert not re.search("[\u2e80-\u2fdf\uf900-\ufaff]", text)
    assert "江门市人民政府" in text and "广东" in text


def test_pdf_page_breaks_inside_a_paragraph_are_joined(qapp, tmp_path):
    family = cjk_font()
    long_paragraph = "".join(paragraphs("2021", start="政府工作报告")[6:12])  # one paragraph, > 1 page at 16 pt
    path = make_pdf(tmp_path / "long.pdf", ["政府工作报告", long_paragraph], family, point_size=16)
    from pypdf import PdfReader
    assert len(PdfReader(path).pages) >= 2
    assert read_raw(path).split("\n") == ["政府工作报告", long_paragraph]


@pytest.mark.parametrize("footer", ["第 {page} 页", "- {page} -", "{page}", "第{page}页 共5页"])
def test_pdf_running_header_and_page_numbers_are_dropped(qapp, tmp_path, footer):
    paras = paragraphs("2021", start="政府工作报告", limit=10)
    path = make_pdf(tmp_path / "report.pdf", paras, cjk_font(), point_size=16, footer=footer,
                    header="江门市人民政府工作报告（2021年）")
    from pypdf import PdfReader
    assert len(PdfReader(path).pages) >= 3
    assert read_raw(path).split("\n") == paras


def test_pdf_glyphs_without_unicode_are_marked_not_invented(qapp, tmp_path):
    # Qt writes no Unicode for digits it shaped inside Latin runs (PM2.5, G240): pypdf would
    # return made-up letters (Ͳ, Щ); we keep a visible U+FFFD instead, or the digit if Qt maps it
    family = cjk_font()
    path = make_pdf(tmp_path / "latin.pdf", ["污染防治力度加大。PM2.5年均浓度降至21微克/立方米。"], family)
    text = read_raw(path)
    assert re.fullmatch("污染防治力度加大。PM[2\ufffd].[5\ufffd]年均浓度降至21微克/立方米。", text), text


@pytest.mark.parametrize("family", CJK_FONTS)
def test_every_gb2312_ideograph_survives_a_pdf(qapp, tmp_path, family):
    # the 6,763 everyday simplified characters: radicals, twin glyphs (户/戶, 胶/㬵) all mapped back
    from PySide6.QtGui import QFontDatabase
    if family not in QFontDatabase.families():
        pytest.skip(f"{family} not installed: install fonts-noto-cjk (scripts/system-deps.sh does)")
    chars = []
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    assert len(chars) == 6763
    rows = ["".join(chars[i:i + 50]) for i in range(0, len(chars), 50)]
    path = make_pdf(tmp_path / "gb2312.pdf", rows, family, point_size=9)
    assert re.sub(r"\s", "", read_raw(path)) == "".join(chars)


RADICALS = [  # (as a PDF extractor returns it, as written)
    ("⼴东省", "广东省"),            # Kangxi radical U+2F34
    ("江⻔市", "江门市"),            # CJK radicals supplement U+2ED4 (C-simplified gate)
    ("⼈⺠", "人民"),               # U+2F08 and U+2EA0
    ("⻓⻢⻋⻚⻛⻜⻥⻦⻩⻨⻰⻳", "长马车页风飞鱼鸟黄麦龙龟"),
    ("\uf900\ufa10", "豈塚"),          # compatibility ideographs
    ("\U0002f800", "丽"),              # compatibility ideographs supplement
    ("，。：；“”（）％１２３", "，。：；“”（）％１２３"),  # full-width forms are not touched
]


@pytest.mark.parametrize("raw,want", RADICALS)
def test_radicals_and_compatibility_ideographs_become_ordinary(raw, want):
    assert ordinary_ideographs(raw) == want


def test_every_mapped_radical_becomes_a_unified_ideograph():
    for cp in range(0x2E80, 0x2FD6):
        ch = chr(cp)
        if not unicodedata.name(ch, ""):
            continue
        mapped = ordinary_ideographs(ch)
        if mapped != ch:
            assert unicodedata.name(mapped).startswith("CJK UNIFIED IDEOGRAPH"), (hex(cp), mapped)
    assert all(len(v) == 1 for v in SUPPLEMENT.values())
    # the supplement table covers the radicals a simplified-Chinese report uses
    assert ordinary_ideographs("".join(SUPPLEMENT)) == "".join(SUPPLEMENT.values())


# ---------------------------------------------------------------- html

@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_html_gives_the_article_only(tmp_path, encoding):
    paras = paragraphs("2021", start="政府工作报告", limit=8)
    path = make_html(tmp_path / "report.html", paras, "2021年江门市政府工作报告", encoding)
    lines = read_raw(path).split("\n")
    assert lines == ["2021年江门市政府工作报告"] + paras
    text = "\n".join(lines)
    for chrome in ("统计代码", "广告", "要闻动态", "当前位置", "分享到", "网友留言", "相关新闻",
                   "粤ICP备", "版权所有", "无障碍", "JavaScript", "门户网站"):
        assert chrome not in text


def test_html_declaring_gb2312_but_sent_as_utf8_is_read_as_utf8(tmp_path):
    path = tmp_path / "mislabelled.htm"
    path.write_bytes("<html><head><meta charset='gb2312'></head><body><p>江门市人民政府</p></body></html>"
                     .encode("utf-8"))
    assert read_raw(path) == "江门市人民政府"


def test_html_without_paragraph_tags_keeps_line_breaks_and_drops_chrome(tmp_path):
    page = ("<html><body><div id='menu'>首页 新闻 政务</div><table><tr><td>"
            "政府工作报告<br>各位代表：<br>现在，我代表市人民政府向大会报告工作。"
            "</td></tr></table><div class='footer'>联系我们</div></body></html>")
    path = tmp_path / "old-site.html"
    path.write_bytes(page.encode("gb18030"))
    assert read_raw(path) == "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。"


def test_html_line_break_inside_chinese_paragraph_shows_as_nothing(tmp_path):
    path = tmp_path / "wrapped.html"
    path.write_bytes("<p>全市地区生产总值\n   增长3.9%，\n规模以上工业增加值增长6.9%。 Made in\nJiangmen</p>"
                     .encode("utf-8"))
    assert read_raw(path) == "全市地区生产总值增长3.9%，规模以上工业增加值增长6.9%。 Made in Jiangmen"


def test_html_wrapper_named_like_chrome_is_kept_when_it_holds_the_article(tmp_path):
    # some site templates put the whole page in e.g. class="layout-with-sidebar"
    paras = paragraphs("2025", limit=6)
    body = "".join(f"<p>{htmlmod.escape(p)}</p>" for p in paras)
    page = (f"<html><body><div class='layout-with-sidebar'><div class='sidebar'>热点新闻 专题专栏</div>"
            f"<div class='content'>{body}</div></div></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    assert read_raw(path).split("\n") == paras
