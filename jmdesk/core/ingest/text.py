"""Plain text (.txt/.md): find the encoding, decode, normalise line ends.

Order of detection (first that holds wins):
1. a byte-order mark: UTF-8, UTF-32 LE/BE, UTF-16 LE/BE;
2. strict UTF-8 (the common case; certain when it decodes);
   then, for HTML, the charset the page declares (GB2312/GBK read as GB18030);
3. NUL bytes present: UTF-16 LE/BE without a BOM, if the result reads as text;
4. strict GB18030 (a superset of GBK and GB2312), if its ideographs are mostly
   common ones (a Big5 or other double-byte file also decodes, but to rare ones);
5. charset-normalizer's best guess;
and the result must not look binary (control characters, replacement marks).
"""
from __future__ import annotations

import re

from jmdesk.core.errors import BadInput

_BOMS = (  # UTF-32 before UTF-16: FF FE 00 00 starts with FF FE
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Characters that legitimately appear in a text document.
_TEXTLIKE = re.compile(
    "[\t\n\r\f\x20-\x7e\u00a0-\u024f\u2000-\u206f\u2100-\u27ff\u2e80-\u2fdf"
    "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")

SAMPLE = 200_000  # characters inspected for plausibility; keeps every check linear and quick


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode a text file's bytes, raising BadInput when they are not text.
    `declared` is an encoding the file names itself (an HTML meta charset):
    tried after a byte-order mark and strict UTF-8, ignored if it fails."""
    text = _decode(data, name, declared)
    _refuse_binary(text, name)
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, name: str, declared: str | None = None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise BadInput(f"{name}: starts with a {codec.upper()} byte-order mark but is not valid "
                               f"{codec.upper()}; re-save it as UTF-8") from None
    try:
        return data.decode("utf-8")  # valid UTF-8 is never an accident, whatever a page declares
    except UnicodeDecodeError:
        pass
    if declared and not declared.lower().startswith(("utf-16", "utf-32")):
        try:
            return data.decode(_superset(declared))
        except (UnicodeDecodeError, LookupError):
            pass  # pages often declare the wrong charset: detect instead
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise BadInput(f"{name}: looks like a binary file (it contains NUL bytes), not text; "
                           "open a .txt, .md, .docx, .pdf or .html report")
        return text
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_common_hanzi(text):
        return text
    return _guess(data, name)


def _superset(codec: str) -> str:
    """GB2312 and GBK pages often use characters only GB18030 has; decode with the superset."""
    lowered = codec.lower().replace("_", "-")
    return "gb18030" if lowered in ("gb2312", "gbk", "x-gbk", "cp936", "euc-cn") else codec


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) % 2:
        return None
    best, best_score = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _textlike_ratio(text)
        if score > best_score:
            best, best_score = text, score
    return best if best_score >= 0.95 else None


def _textlike_ratio(text: str) -> float:
    part = text[:SAMPLE]
    if not part:
        return 0.0
    return len(_TEXTLIKE.findall(part)) / len(part)


def _mostly_common_hanzi(text: str) -> bool:
    """True when the ideographs are mostly in GB2312, as in any mainland text;
    a Big5 or Shift-JIS file read as GB18030 gives rare ones."""
    from jmdesk.core.ingest.cjk import gb2312_share

    share = gb2312_share(text, SAMPLE)
    return _textlike_ratio(text) >= 0.95 if share is None else share >= 0.8


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BadInput(f"{name}: cannot tell its character encoding (binary or damaged?); "
                       "re-save it as UTF-8 text")
    return str(best)


def _refuse_binary(text: str, name: str) -> None:
    if text and ("\x00" in text or len(_CONTROL.findall(text)) / len(text) > 0.01):
        raise BadInput(f"{name}: looks like a binary file (control characters), not text; "
                       "open a .txt, .md, .docx, .pdf or .html report")
