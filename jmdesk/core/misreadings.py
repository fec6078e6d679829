"""Suspected OCR misreadings: listed with a suggested reading, never rewritten.

OCR of newspaper pages confuses characters that differ by one stroke (千/干,
入/人) and reads a dash as 一. These rules come from those confusions and from
the fixed phrases of the genre; each is conservative, because a false
suggestion is shown to an editor. The diff treats every pair in
`misreading_pairs()` as equal, so a misread word is not reported as a change.
"""
from __future__ import annotations

import re

from jmdesk.core.document import Misreading

# Set phrases and units that OCR breaks by reading 千 as 干 or 干 as 千.
_PHRASES = [
    ("干方百计", "千方百计"), ("干家万户", "千家万户"), ("干军万马", "千军万马"),
    ("干辛万苦", "千辛万苦"), ("干头万绪", "千头万绪"), ("干载难逢", "千载难逢"),
    ("千事创业", "干事创业"), ("千部群众", "干部群众"), ("党员千部", "党员干部"),
]
_READING = dict(_PHRASES)


def _phrase_patterns(phrases: list[tuple[str, str]]) -> list[re.Pattern]:
    """One pattern per first character of the phrases (group 0 plus group 1 is the
    phrase): one scan of the text for each first character instead of one per phrase.
    The rest of the phrase is a lookahead, so overlapping phrases (党员千部群众) are all found."""
    by_first: dict[str, list[str]] = {}
    for written, _reading in phrases:
        by_first.setdefault(written[0], []).append(re.escape(written[1:]))
    return [re.compile(f"{re.escape(first)}(?=({'|'.join(rests)}))") for first, rests in by_first.items()]


_PHRASE_PATTERNS = _phrase_patterns(_PHRASES)
# 干亿/干瓦/干克 are never words; 若干 + 亿 is the one reading to leave alone.
# (The patterns here start with the character they look for, before any
# lookbehind, so that `re` can skip to it instead of trying every position.)
_UNITS = re.compile(r"干(?=[亿瓦克伏])(?<!若干)")

# 入选/入围 a list, a batch, an award: 人选 (a candidate) is never followed by these.
_ENTER = re.compile(
    r"人(?=[选围](?:全球|全国|国家|中国|世界|国际|亚洲|全省|省|全市|市级|首批|第[一二三四五六七八九十\d]"
    r"|广东|粤港澳|工信部|商务部|科技部|教育部|文旅部|农业农村部|国务院|[“\"《]))")

# A dateline dash written as "-", "－", "一" or a single "—" instead of "——", at the
# start of a line: of the text (_DATELINE.match) or after a newline (_DATELINE_AFTER_NL,
# group 1; searched from the newline, which `re` finds fast, instead of trying ^ everywhere).
_DATELINE_DASH = r"(?:[-－一]{1,2}|—)(?=[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日)"
_DATELINE = re.compile(_DATELINE_DASH)
_DATELINE_AFTER_NL = re.compile(f"\n({_DATELINE_DASH})")

_CJK = r"\u4e00-\u9fff"
# 一 with two CJK characters on each side: where a dash between two names can hide.
_DASH_CANDIDATE = re.compile(f"一(?=[{_CJK}][{_CJK}])(?<=[{_CJK}][{_CJK}]一)")
_PLACE = ("ns",)
_NAME = ("ns", "nr", "nrt", "nt", "nz")


def misreading_pairs() -> list[tuple[str, str]]:
    """(misread, reading) pairs the diff treats as equal."""
    pairs = list(_PHRASES)
    pairs += [("干亿", "千亿"), ("干瓦", "千瓦"), ("干克", "千克"), ("干伏", "千伏")]
    pairs += [("人选", "入选"), ("人围", "入围")]
    pairs += [("一", "—"), ("-", "——"), ("－", "——"), ("—", "——"), ("一", "——")]
    return pairs


def find_misreadings(text: str) -> list[Misreading]:
    found: dict[int, Misreading] = {}

    def add(start: int, written: str, reading: str) -> None:
        found.setdefault(start, Misreading(start, start + len(written), written, reading))

    for pattern in _PHRASE_PATTERNS:
        for m in pattern.finditer(text):
            written = m.group() + m.group(1)
            add(m.start(), written, _READING[written])
    for m in _UNITS.finditer(text):
        add(m.start(), text[m.start():m.start() + 2], "千" + text[m.start() + 1])
    for m in _ENTER.finditer(text):
        written = text[m.start():m.start() + 2]
        add(m.start(), written, "入" + written[1])
    first = _DATELINE.match(text)
    if first:
        add(0, first.group(), "——")
    for m in _DATELINE_AFTER_NL.finditer(text):
        add(m.start(1), m.group(1), "——")
    for at in _dash_positions(text):
        add(at, "一", "—")
    return sorted(found.values(), key=lambda x: x.start)


def _dash_positions(text: str) -> list[int]:
    """一 read for a dash: between two place names (开平一台山, 江门一崇左), or
    as the separator of a chain of terms (制造一存储一运输一应用).

    Decided on dictionary words next to the 一 (jieba's dictionary, through the
    lexicons of jmdesk.core.lexicon, which open in a millisecond instead of
    jieba.posseg's two seconds): 一 must stand alone, with whole words on both
    sides, never inside 一批, 一体化, 统一…"""
    candidates = [m.start() for m in _DASH_CANDIDATE.finditer(text)]
    if not candidates:
        return []
    from jmdesk.core.lexicon import name_tags
    from jmdesk.core.words import segmenter
    names = name_tags()
    costs = segmenter("compact").words

    seen: dict[str, bool] = {}      # the chain checks ask again about the words next to each 一

    def is_word(w: str) -> bool:
        found = seen.get(w)
        if found is None:
            found = seen[w] = _is_word(w) and (costs.get(w, PREFIX) != PREFIX or w in names)
        return found

    def left_word(at: int) -> str | None:
        for n in (3, 2):
            if at >= n and is_word(text[at - n:at]):
                return text[at - n:at]
        return None

    def right_word(at: int) -> str | None:
        for n in (3, 2):
            if is_word(text[at + 1:at + 1 + n]):
                return text[at + 1:at + 1 + n]
        return None

    chosen = set(candidates)
    out = []
    for at in candidates:
        left = left_word(at)
        right = left and right_word(at)
        if not (left and right):
            continue
        lt, rt = names.get(left), names.get(right)
        place_pair = (lt in _PLACE and rt in _NAME) or (rt in _PLACE and lt in _NAME)
        # A一B一C: the next (or previous) 一 of the chain also sits between whole words
        nxt = at + 1 + len(right)
        prev = at - len(left) - 1
        chain = (nxt in chosen and right_word(nxt) is not None) or (
            prev in chosen and left_word(prev) is not None)
        if place_pair or chain:
            out.append(at)
    return out


PREFIX = 255     # the compact dictionary's mark for a bare prefix (jmdesk.core.words.PREFIX)


def _is_word(s: str) -> bool:
    """Two or more CJK characters, none of them 一 (U+4E00, the first of the block)."""
    return _CJK_WITHOUT_YI.fullmatch(s) is not None


_CJK_WITHOUT_YI = re.compile("[\u4e01-\u9fff]{2,}")
