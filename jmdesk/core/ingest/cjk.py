"""Radical and compatibility code points back to ordinary ideographs.

A CJK font draws 门 (U+95E8) and the radical ⻔ (U+2ED4) with one glyph. When a
PDF writer builds the text layer from glyphs back to characters it may pick the
radical, so an extractor returns `江⻔市`, `⼈⺠` for 江门市, 人民. Three blocks
are affected:
- Kangxi Radicals (U+2F00-2FD5) and CJK Compatibility Ideographs (U+F900-FAFF,
  U+2F800-2FA1F): Unicode gives each a compatibility/canonical decomposition to
  the ideograph, so NFKC of that one character is the answer;
- CJK Radicals Supplement (U+2E80-2EF3): no decomposition (except two), so the
  table below gives the ideograph with the same glyph (after Unicode's
  EquivalentUnifiedIdeograph.txt); where a radical is missing from the table,
  a radical named like a Kangxi radical ("CJK RADICAL SUN" ~ "KANGXI RADICAL
  SUN") takes that radical's ideograph.
Only these code points change; everything else (full-width punctuation too) is
left as it is, so this is not a general NFKC pass.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

# CJK Radicals Supplement -> the ideograph drawn with the same glyph.
SUPPLEMENT = {
    "⺁": "厂", "⺂": "乛", "⺃": "乚", "⺄": "乙", "⺅": "亻", "⺆": "冂", "⺉": "刂", "⺊": "卜",
    "⺋": "㔾", "⺌": "小", "⺍": "小", "⺎": "兀", "⺏": "尣", "⺐": "尢", "⺒": "巳", "⺓": "幺",
    "⺔": "彑", "⺕": "彐", "⺖": "忄", "⺗": "心", "⺘": "扌", "⺙": "攵", "⺛": "旡", "⺜": "日",
    "⺝": "月", "⺞": "歺", "⺟": "母", "⺠": "民", "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫",
    "⺥": "爫", "⺦": "丬", "⺧": "牛", "⺨": "犭", "⺩": "王", "⺫": "目", "⺬": "示", "⺭": "礻",
    "⺯": "糹", "⺰": "纟", "⺱": "罓", "⺲": "罒", "⺶": "羊", "⺹": "耂", "⺺": "肀", "⺻": "聿",
    "⺼": "肉", "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹", "⻁": "虎", "⻂": "衤", "⻃": "覀",
    "⻄": "西", "⻅": "见", "⻆": "角", "⻈": "讠", "⻉": "贝", "⻋": "车", "⻌": "辶", "⻍": "辶",
    "⻎": "辶", "⻏": "阝", "⻐": "钅", "⻑": "長", "⻒": "镸", "⻓": "长", "⻔": "门", "⻕": "阜",
    "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食",
    "⻟": "飠", "⻠": "饣", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤",
    "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯", "⻮": "齿", "⻯": "竜",
    "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
}

_NFKC_RANGES = ((0x2F00, 0x2FD5), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_IDEOGRAPH = re.compile("[\u3400-\u9fff]")


def ordinary_ideographs(text: str) -> str:
    """Map radical and compatibility code points to ordinary ideographs; nothing else changes."""
    return text.translate(_table())


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for low, high in _NFKC_RANGES:
        for cp in range(low, high + 1):
            ch = chr(cp)
            mapped = unicodedata.normalize("NFKC", ch)
            if mapped != ch and len(mapped) == 1:
                table[cp] = mapped
    for cp in range(0x2E80, 0x2EF4):
        ch = chr(cp)
        target = SUPPLEMENT.get(ch) or _by_name(ch)
        if target:
            table[cp] = target
    return table


def _by_name(ch: str) -> str | None:
    """'CJK RADICAL SUN' -> the Kangxi radical SUN -> its ideograph 日."""
    name = unicodedata.name(ch, "")
    if not name.startswith("CJK RADICAL "):
        return None
    try:
        kangxi = unicodedata.lookup("KANGXI RADICAL " + name[len("CJK RADICAL "):])
    except KeyError:
        return None
    mapped = unicodedata.normalize("NFKC", kangxi)
    return mapped if mapped != kangxi else None


# Ideographs a Noto CJK SC font draws with the glyph of a common simplified one, so
# that a PDF made with it reads back the twin (measured: every GB2312 ideograph set
# in Noto Sans/Serif CJK SC by Qt and read back with pdfminer.six, see docs/import.md).
# 戶 is an ordinary traditional character, so it is mapped only in simplified text.
GLYPH_TWINS = {"戶": "户", "㬵": "胶"}

# The two-em dash U+2E3A is what a CJK font's `——` ligature reads back as.
_DASHES = {0x2E3A: "——", 0x2E3B: "———"}


def pdf_glyph_artifacts(text: str) -> str:
    """Undo what drawing with a CJK font does to a PDF's text layer: radicals, twins, dash ligatures."""
    text = ordinary_ideographs(text).translate(_DASHES)
    if is_simplified(text):
        text = text.translate({ord(k): v for k, v in GLYPH_TWINS.items()})
    return text


def is_simplified(text: str) -> bool:
    """True when nearly all ideographs are in GB2312 (simplified Chinese)."""
    share = gb2312_share(text)
    return share is not None and share >= 0.97


def gb2312_share(text: str, sample: int = 200_000) -> float | None:
    """The share of ideographs (in the first `sample` characters) that GB2312, the
    6,763 everyday simplified characters, has; None when there are none."""
    counts = Counter(_IDEOGRAPH.findall(text[:sample]))
    total = sum(counts.values())
    if not total:
        return None
    return sum(n for ch, n in counts.items() if _in_gb2312(ch)) / total


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False
