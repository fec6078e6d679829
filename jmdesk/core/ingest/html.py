"""Web pages (.html/.htm): the article's text only, one paragraph per line.

1. Decode: byte-order mark, UTF-8, the charset the page declares (<meta charset>,
   http-equiv Content-Type, XML declaration), then detection (text.py).
2. Drop the page's chrome: script, style, navigation, header (not an article's
   own), footer, aside,
   forms, and elements whose id or class names say nav/menu/footer/breadcrumb/
   share/comment/sidebar/copyright (never one that holds most of the page's
   Chinese text, 100 characters or more: some sites wrap the whole page in such a class).
3. Choose the article: the <article> with the most Chinese text, else the
   element whose <p> children hold the most Chinese text, if it holds a fair
   share of the page's; else the whole body. The page's <h1> is kept above the
   article when it stands outside it (sites put the title in a header block).
4. Block elements (p, div, li, h1-h6, tr, td, br, ...) become line breaks;
   whitespace inside a block collapses as a browser shows it.
"""
from __future__ import annotations

import re

from jmdesk.core.ingest.text import decode_text

_DECLARED = (
    re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I),
    re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_\-.]+)", re.I),
)
_CHROME_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                "iframe", "svg", "template", "button", "select", "textarea", "object", "embed")
_CHROME_NAME = re.compile(r"nav|menu|footer|breadcrumb|crumb|share|comment|sidebar|copyright", re.I)
_BLOCKS = frozenset(
    "address article aside blockquote body br caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul".split())
_HANZI = re.compile("[\u3400-\u9fff]")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # HTML whitespace; U+3000 and NBSP are content
# A source line break between two wide (Chinese) characters shows as nothing (CSS Text 3).
_WIDE = "\u2018-\u201d\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_WIDE_BREAK = re.compile(f"(?<=[{_WIDE}])[ \\t\\r\\f\\v]*\\n[ \\t\\n\\r\\f\\v]*(?=[{_WIDE}])")
_LINE_EDGE = " \t\u3000\xa0"

ARTICLE_SHARE = 0.3   # the chosen element must hold this share of the page's Chinese text
CHROME_GUARD = 0.5    # an element named like chrome that holds more than this share ...
CHROME_MIN_ARTICLE = 100  # ... and at least this many Chinese characters is not chrome


def read_html(data: bytes, name: str) -> str:
    text = decode_text(data, name, declared=_declared_charset(data[:4096]))
    return article_text(text)


def article_text(markup: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    total = _hanzi(soup)
    for tag in soup.find_all(_CHROME_TAGS):
        if tag.decomposed or (tag.name == "header" and tag.find_parent(["article", "main"])):
            continue  # an article's own header holds its title and date
        tag.decompose()
    for tag in soup.find_all(_named_like_chrome):
        if not tag.decomposed and not _holds_the_article(_hanzi(tag), total):
            tag.decompose()
    root = _article_root(soup) or soup.body or soup
    lines = []
    heading = soup.find("h1")
    if heading is not None and root not in (soup, soup.body) and not _contains(root, heading):
        lines.append(_block_text(heading))
    lines.append(_block_text(root))
    return "\n".join(line for line in lines if line)


def _holds_the_article(count: int, total: int) -> bool:
    return count >= CHROME_MIN_ARTICLE and count > CHROME_GUARD * total


def _declared_charset(head: bytes) -> str | None:
    for pattern in _DECLARED:
        found = pattern.search(head)
        if found:
            return found.group(1).decode("ascii", "ignore")
    return None


def _named_like_chrome(tag) -> bool:
    if tag.name in ("html", "body"):
        return False
    attrs = getattr(tag, "attrs", None) or {}
    names = attrs.get("class") or []
    if isinstance(names, str):
        names = [names]
    ident = attrs.get("id") or ""
    return any(_CHROME_NAME.search(n) for n in [*names, ident] if isinstance(n, str))


def _hanzi(tag) -> int:
    return len(_HANZI.findall(tag.get_text()))


def _article_root(soup):
    total = _hanzi(soup)
    if total == 0:
        return None
    articles = soup.find_all("article")
    if articles:
        best = max(articles, key=_hanzi)
        if _hanzi(best) >= ARTICLE_SHARE * total:
            return best
    scores: dict[int, tuple[int, object]] = {}
    for p in soup.find_all("p"):
        parent = p.parent
        if parent is None:
            continue
        count, _ = scores.get(id(parent), (0, parent))
        scores[id(parent)] = (count + len(_HANZI.findall(p.get_text())), parent)
    if not scores:
        return None
    count, best = max(scores.values(), key=lambda item: item[0])
    return best if count >= ARTICLE_SHARE * total else None


def _contains(root, tag) -> bool:
    return any(parent is root for parent in tag.parents)


def _block_text(root) -> str:
    """The text of an element as a browser lays it out: blocks on their own lines."""
    from bs4 import NavigableString
    from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

    skipped = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
    parts: list[str] = []
    stack = [(root, False)]
    while stack:  # iterative: some pages nest deeper than Python's recursion limit
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, skipped):
                parts.append(_SPACES.sub(" ", _WIDE_BREAK.sub("", str(node))))
            continue
        block = node.name in _BLOCKS
        if block:
            parts.append("\n")
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    lines = (line.strip(_LINE_EDGE) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
