"""Line the sections of two reports up by topic.

Numbers say nothing about topics from one year to the next (a section that was
（二） may now be （三）, or be a paragraph opening with 这一年，我们…), so
sections are paired by what they say: the character bigrams of their title and
body, weighted by how rare they are across the two reports (TF-IDF cosine), plus
the title's likeness. docs/compare.md has the measurements behind the choices.

The pairing is hierarchical: top-level sections first, then the children of each
pair among themselves; whatever is left is tried against everything left at a
neighbouring level on the other side (a section that moved to another part).
Then splits and merges: a leftover section whose text sits mostly inside an
already paired section on the other side is paired with it too, so one id
appears in two pairs. The rest is added or removed.

Status: ``unchanged`` (same text once the non-changes are normalised away),
``changed``, ``moved`` (out of order among its siblings, or paired across
parents), ``added``, ``removed``.
"""
from __future__ import annotations

import math
import re
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from itertools import chain, compress, repeat
from operator import itemgetter, mul
from typing import Iterable

from jmdesk.core.document import Document, Section, SectionPair
from jmdesk.core.words import TextKeys, document_key, key_string

# Thresholds, measured on the sample pairs (docs/compare.md).
PAIR_MIN = 0.085         # siblings under paired parents
GLOBAL_MIN = 0.30        # leftovers paired across parents
SPLIT_STANDOUT = 1.4     # a split piece's container holds this much more of it than any other
SPLIT_MIN = 0.08         # and the piece's plain score with its container
SPLIT_RELATIVE = 0.45    # … at least this share of the container's score with its own partner
POSITION_PRIOR = 0.01    # small preference for the same relative place among siblings
ROLE_MISMATCH = 0.35     # factor for review against plan and the like
PERIOD_MISMATCH = 0.6    # factor for a period (五年来, 过去四年) against a single year
HEAD_MIN, HEAD_MAX = 200, 1200   # opening paragraph used besides the whole section
HEAD_WEIGHT = 0.5                # its share in the body likeness
TITLE_WEIGHT = 0.15

_NOT_WORD_CHAR = re.compile(r"[^\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
# Thematic openers carry the topic after the opener: 这一年，我们凝心聚力保增长、稳大盘…
_OPENER = re.compile(r"^(?:这一年|过去一年|一年来|五年来|过去五年|过去四年|过去三年|今年|此外)[,，]?(?:我们)?")


class _Side:
    """One report's sections with their bigram counts; vectors are weighed on first use
    (once both reports' counts have set the weights)."""

    def __init__(self, doc: Document, grams: "_Grams"):
        self.doc = doc
        self.grams = grams
        self.keys: dict[str, str] = {}        # section id -> key of its whole span
        self.titles: dict[str, str] = {}
        self.children: dict[str | None, list[str]] = {}
        self.order: dict[str, int] = {}
        self.by_id: dict[str, Section] = {}
        self.spans: dict[str, tuple[int, int]] = {}    # section id -> its bigrams in grams
        self.counts: dict[str, Counter] = {}  # section id -> bigram -> count over its span
        self.weights: _Weights | None = None  # set by _weigh, shared by both sides
        self._weighed: dict[str, list[float]] = {}
        self._vectors: dict[str, _Vector] = {}
        self._rare: dict[str, list[int]] = {}
        self._title_vectors: dict[str, tuple[dict[int, float], float]] = {}

    def vector(self, sid: str) -> "_Vector":
        """TF-IDF vector of a section, or of a leaf's opening (HEAD + id)."""
        got = self._vectors.get(sid)
        if got is None:
            if sid.startswith(HEAD):
                got = self._head_vector(sid[len(HEAD):])
            else:
                got = self.weights.vector(self.counts[sid], self.weighed(sid))
            self._vectors[sid] = got
        return got

    def weighed(self, sid: str) -> list[float]:
        """The weight of each bigram of a section, in the order of its counts."""
        got = self._weighed.get(sid)
        if got is None:
            got = self._weighed[sid] = self.weights.weigh(self.counts[sid])
        return got

    def _head_vector(self, sid: str) -> "_Vector":
        s = self.by_id[sid]
        head = self.grams.span(s.start, _head_end(self.doc.text, s))
        if head == self.spans[sid]:
            return self.vector(sid)      # most leaves are one paragraph: the opening is the whole
        counts = self.grams.count(*head)
        return self.weights.vector(counts, self.weights.weigh(counts))

    def rare(self, sid: str) -> list[int]:
        """The section's RARE_PER_SECTION heaviest bigrams (its distinctive words)."""
        got = self._rare.get(sid)
        if got is None:     # (many leftovers are weighed only for this: no vector needed)
            got = self._rare[sid] = _heaviest(self.counts[sid], self.weighed(sid), RARE_PER_SECTION)
        return got

    def title_vector(self, sid: str) -> tuple[dict[int, float], float]:
        got = self._title_vectors.get(sid)
        if got is None:
            got = self._title_vectors[sid] = self.weights.title_vector(self.titles[sid])
        return got


class _Vector:
    """Sparse TF-IDF weights over bigram codes (see _codes), with the norm and total weight."""
    __slots__ = ("weights", "norm", "mass")

    def __init__(self, weights: dict[int, float], norm: float, mass: float):
        self.weights, self.norm, self.mass = weights, norm, mass


def _codes(k: str) -> list[int]:
    """Each bigram of ``k`` (word characters and "|", all in the BMP) as one int, 0 for a
    bigram touching a "|". Made from the UTF-16 text at C speed (a string per bigram costs
    an object, a hash and a lookup to share it): the code of (x, y) is x ^ y in its low 16
    bits and y above. An int is its own hash and a dict's first probe reads the low bits,
    so these must depend on both characters (x alone there made all bigrams of a
    character collide)."""
    n = len(k) - 1
    if n < 1:
        return []
    raw = k.encode("utf-16-le")
    firsts, seconds = raw[:-2], raw[2:]
    mixed = (int.from_bytes(firsts, "little") ^ int.from_bytes(seconds, "little")).to_bytes(2 * n, "little")
    units = bytearray(4 * n)        # per bigram: x ^ y, then y (two little-endian units)
    units[0::4], units[1::4], units[2::4], units[3::4] = mixed[0::2], mixed[1::2], seconds[0::2], seconds[1::2]
    codes = array("I", units)
    if sys.byteorder == "big":
        codes.byteswap()
    out = codes.tolist()
    # a bigram touching a "|" is 0 (one pass over the few bars, not over every bigram)
    bar = k.find("|")
    while bar != -1:
        if bar:
            out[bar - 1] = 0
        if bar < n:
            out[bar] = 0
        bar = k.find("|", bar + 1)
    return out


def _bigrams(key: str) -> Counter:
    """Character bigrams of the words in a key (no bigram across punctuation), as codes."""
    grams = Counter(_codes(_NOT_WORD_CHAR.sub("|", key)))
    grams.pop(0, None)
    return grams


class _Grams:
    """All bigrams of a document's key in order, as codes (0 across punctuation), so that
    the counts of any span are one slice and one C-level count. ``canon`` holds one int
    per distinct bigram, shared by both reports: every dict lookup of a bigram (counts,
    weights, products) then finds the very same object and skips comparing values (most
    lookups find a bigram already there; the more repeats, the more this saves)."""

    def __init__(self, text: str, fixes, canon: dict[int, int]):
        self.key, self.where = document_key(text, fixes)
        grams = _codes(_NOT_WORD_CHAR.sub("|", self.key))
        self.grams = list(map(canon.setdefault, grams, grams))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The bigrams of text[start:end]: grams[i:j]."""
        i, j = bisect_left(self.where, start), bisect_left(self.where, end)
        return i, max(i, j - 1)

    def count(self, i: int, j: int) -> Counter:
        c = Counter(self.grams[i:j])
        c.pop(0, None)
        return c


def _prepare(doc: Document, canon: dict[int, int]) -> _Side:
    side = _Side(doc, _Grams(doc.text, doc.misreadings, canon))
    keys = TextKeys(doc.text, doc.misreadings)      # the key only, not its map back to the text
    ids = {x.id for x in doc.sections}
    for n, s in enumerate(doc.sections):
        side.by_id[s.id] = s
        side.order[s.id] = n
        side.children.setdefault(s.parent if s.parent in ids else None, []).append(s.id)
        # Same text means unchanged whatever the number says: compare from the title on.
        body_from = s.title_start if s.start <= s.title_start < s.end else s.start
        side.keys[s.id] = keys.key(body_from, s.end)
        side.titles[s.id] = _OPENER.sub("", key_string(s.title)[0])
        span = side.spans[s.id] = side.grams.span(s.start, s.end)
        side.counts[s.id] = side.grams.count(*span)
    return side


HEAD = "head:"


def _head_end(text: str, s: Section) -> int:
    """End of the opening paragraph of a section (at least HEAD_MIN characters): where
    the genre states a section's topic, before the closing paragraphs it may run into."""
    end = min(s.end, s.start + HEAD_MAX)
    pos = text.find("\n", s.start + HEAD_MIN, end)
    return pos if pos != -1 else end


class _Damped(dict):
    """tf: 1 + log(count), computed once per count."""

    def __missing__(self, count: int) -> float:
        tf = self[count] = 1.0 + math.log(count)
        return tf


class _Weights:
    """Bigram weights over the sections of both reports: idf by document frequency
    (sections are the documents; openings do not count), tf as 1 + log(count)."""

    def __init__(self, sides: list[_Side]):
        sections = [grams for side in sides for grams in side.counts.values()]
        df = Counter(chain.from_iterable(sections))      # a Counter iterates its keys
        total = len(sections)
        # one logarithm per distinct document frequency, not per bigram
        idf_of = {n: math.log(1.0 + total / n) for n in set(df.values())}
        self.idf = dict(zip(df, map(idf_of.__getitem__, df.values())))
        self.unseen = math.log(1.0 + total)
        self.tf = _Damped()

    def weigh(self, counts: Counter) -> list[float]:
        """The weight of each bigram of ``counts``, in its order."""
        return list(map(mul, map(self.tf.__getitem__, counts.values()), map(self.idf.__getitem__, counts)))

    def vector(self, counts: Counter, weights: list[float]) -> _Vector:
        return _Vector(dict(zip(counts, weights)), math.sqrt(sum(map(mul, weights, weights))) or 1.0,
                       sum(weights) or 1.0)

    def title_vector(self, title: str) -> tuple[dict[int, float], float]:
        """The title weighed the same way: generic heading words (提升, 加快, 建设) count little."""
        grams = _bigrams(title)
        tvec = dict(zip(grams, map(self.idf.get, grams, repeat(self.unseen))))
        return tvec, math.sqrt(sum(v * v for v in tvec.values())) or 1.0


def _weigh(sides: list[_Side]) -> None:
    weights = _Weights(sides)
    for side in sides:
        side.weights = weights


def _heaviest(grams: Iterable[int], weights: list[float], n: int) -> list[int]:
    """The first n grams by weight, heaviest first (of equal weights, the earlier):
    positions are sorted, which spares building a dict just to sort by it."""
    top = sorted(range(len(weights)), key=weights.__getitem__, reverse=True)[:n]
    grams = list(grams)
    return [grams[i] for i in top]


def _dot(x: dict[int, float], y: dict[int, float]) -> float:
    """Sum of products over the bigrams both have, in the smaller vector's order (a
    fixed summation order); itemgetter fetches a whole list of weights at C speed."""
    if len(x) > len(y):
        x, y = y, x
    common = list(filter(y.__contains__, x))
    if len(common) < 2:         # itemgetter of one key returns the value, not a tuple
        return sum([x[g] * y[g] for g in common])
    both = itemgetter(*common)
    return sum(map(mul, both(x), both(y)))


def _cosine(x: _Vector, y: _Vector) -> float:
    return _dot(x.weights, y.weights) / (x.norm * y.norm)


class _Scorer:
    def __init__(self, a: _Side, b: _Side):
        self.a, self.b = a, b
        self.cache: dict[tuple[str, str], float] = {}

    def containment(self, small: _Side, sid: str, big: _Side, bid: str) -> float:
        """Share of ``sid``'s weight whose bigrams occur in ``bid``."""
        vec = small.vector(sid)
        inside = big.vector(bid).weights
        return sum(compress(vec.weights.values(), map(inside.__contains__, vec.weights))) / vec.mass

    def title(self, x: str, y: str) -> float | None:
        ta, tb = self.a.titles[x], self.b.titles[y]
        if len(ta) < 3 or len(tb) < 3:
            return None
        if ta == tb:
            return 1.0
        (va, na), (vb, nb) = self.a.title_vector(x), self.b.title_vector(y)
        return _dot(va, vb) / (na * nb)

    def likeness(self, x: str, y: str) -> float:
        """Body and title likeness of two sections whose texts differ."""
        vx, vy = self.a.vector(x), self.b.vector(y)
        body = _cosine(vx, vy)
        if not self.a.children.get(x) and not self.b.children.get(y):
            # Leaf sections: their opening paragraph states the topic, whatever closing
            # paragraphs they run into. Sections with subsections have those instead.
            hx, hy = self.a.vector(HEAD + x), self.b.vector(HEAD + y)
            head = body if hx is vx and hy is vy else _cosine(hx, hy)
            body = (1 - HEAD_WEIGHT) * body + HEAD_WEIGHT * head
        title = self.title(x, y)
        return body if title is None else (1 - TITLE_WEIGHT) * body + TITLE_WEIGHT * title

    def score(self, x: str, y: str) -> float:
        got = self.cache.get((x, y))
        if got is not None:
            return got
        s = 1.0 if self.a.keys[x] == self.b.keys[y] else self.likeness(x, y)
        ra, rb = self.a.by_id[x].role, self.b.by_id[y].role
        if ra and rb:
            if _role_family(ra) != _role_family(rb):
                s *= ROLE_MISMATCH
            elif ra.startswith("period_") != rb.startswith("period_"):
                s *= PERIOD_MISMATCH       # a five-year review is not last year's review
        s = max(0.0, min(1.0, s))
        self.cache[(x, y)] = s
        return s


def _role_family(role: str) -> str:
    return {"period_review": "review", "period_plan": "plan", "targets": "plan"}.get(role, role)


def _assign(xs: list[str], ys: list[str], score, minimum: float, prior: bool = True,
            only: set[tuple[str, str]] | None = None) -> list[tuple[str, str, float]]:
    """One-to-one pairs with the largest total score, each at least ``minimum``;
    ``only``: the pairs worth scoring when most are not (the others score 0).

    An exact assignment (Hungarian method) rather than best-first: best-first
    lets one strong section take a partner that two others need (measured on
    the 2023/2025 reviews, docs/compare.md).
    """
    if not xs or not ys:
        return []
    if only is None:
        raw = [[score(x, y) for y in ys] for x in xs]
    else:
        raw = [[0.0] * len(ys) for _ in xs]
        row_of = {x: i for i, x in enumerate(xs)}
        col_of = {y: j for j, y in enumerate(ys)}
        for i, j in sorted((row_of[x], col_of[y]) for x, y in only):
            raw[i][j] = score(xs[i], ys[j])
    # Rows and columns without a single candidate take no part (most of them, in the
    # pass over leftovers): the assignment runs on what remains.
    rows = [i for i, row in enumerate(raw) if max(row) >= minimum]
    cols = [j for j, col in enumerate(zip(*[raw[i] for i in rows])) if max(col) >= minimum]
    if not rows or not cols:
        return []
    last_x, last_y = len(xs) - 1, len(ys) - 1
    prior = prior and last_x > 0 and last_y > 0

    def gain(i: int, j: int) -> float:
        s = raw[i][j]
        if s < minimum:
            return 0.0
        bonus = POSITION_PRIOR * (1.0 - abs(i / last_x - j / last_y)) if prior else 0.0
        # The gain of a pair is what it beats "no partner" by: weak pairs cannot
        # outvote a strong one.
        return s - minimum + 1e-6 + bonus

    sub = [[gain(i, j) for j in cols] for i in rows]
    out = []
    for i, j in _hungarian(sub):
        i, j = rows[i], cols[j]
        if raw[i][j] >= minimum:
            out.append((xs[i], ys[j], raw[i][j]))
    return out


def _hungarian(gain: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-gain assignment of rows to columns (rectangular, pure Python, O(n^2 m))."""
    transpose = len(gain) > len(gain[0])
    if transpose:
        gain = [list(col) for col in zip(*gain)]
    n, m = len(gain), len(gain[0])
    top = max(max(r) for r in gain)
    cost = [[top - v for v in row] for row in gain]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j]]
    return [(j, i) for i, j in pairs] if transpose else pairs


def _out_of_order(matches: list[tuple[str, str, float]], a: _Side, b: _Side) -> set[tuple[str, str]]:
    """Pairs not on the longest run that keeps both documents' order: these moved."""
    seq = sorted(matches, key=lambda m: a.order[m[0]])
    keys = [b.order[m[1]] for m in seq]
    n = len(keys)
    if n < 2:
        return set()
    best = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if keys[j] < keys[i] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    i = max(range(n), key=lambda k: best[k])
    keep = set()
    while i >= 0:
        keep.add(i)
        i = prev[i]
    return {(seq[k][0], seq[k][1]) for k in range(n) if k not in keep}


def _roots(side: _Side) -> list[str]:
    return list(side.children.get(None, []))


def align_sections(a: Document, b: Document) -> list[SectionPair]:
    """Pairs of sections at every level, plus the unmatched ones, in reading order."""
    canon: dict[int, int] = {}
    sa, sb = _prepare(a, canon), _prepare(b, canon)
    _weigh([sa, sb])
    scorer = _Scorer(sa, sb)

    matched: dict[tuple[str, str], tuple[float, bool]] = {}   # (a, b) -> (score, moved)
    used_a: set[str] = set()
    used_b: set[str] = set()

    def record(ms: list[tuple[str, str, float]], moved_all: bool = False):
        moved = _out_of_order(ms, sa, sb)
        for x, y, s in ms:
            matched[(x, y)] = (s, moved_all or (x, y) in moved)
            used_a.add(x)
            used_b.add(y)
        for x, y, _s in ms:
            descend(x, y)

    def descend(x: str, y: str):
        xs = [c for c in sa.children.get(x, []) if c not in used_a]
        ys = [c for c in sb.children.get(y, []) if c not in used_b]
        if xs and ys:
            record(_assign(xs, ys, scorer.score, PAIR_MIN))

    roots_a, roots_b = _roots(sa), _roots(sb)
    # A side whose part headings are all missing is compared one level down on the other side.
    if roots_a and roots_b:
        la = min(sa.by_id[r].level for r in roots_a)
        lb = min(sb.by_id[r].level for r in roots_b)
        if la < lb:
            roots_a = [c for r in roots_a for c in sa.children.get(r, [])] or roots_a
        elif lb < la:
            roots_b = [c for r in roots_b for c in sb.children.get(r, [])] or roots_b
    record(_assign(roots_a, roots_b, scorer.score, PAIR_MIN))

    # Leftovers against leftovers anywhere (moved across parents), level within one.
    for _round in range(2):
        left_a = [s.id for s in a.sections if s.id not in used_a]
        left_b = [s.id for s in b.sections if s.id not in used_b]
        if not left_a or not left_b:
            break

        # Only pairs that share distinctive words are worth scoring (names of places,
        # projects, programmes): an index of each leftover's rarest bigrams finds them.
        maybe = {(x, y) for x, y in _sharing_rare_grams(left_a, left_b, sa, sb)
                 if abs(sa.by_id[x].level - sb.by_id[y].level) <= 1}
        found = _assign(left_a, left_b, scorer.score, GLOBAL_MIN, prior=False, only=maybe)
        if not found:
            break
        record(found, moved_all=True)

    # Splits (one A section, several B) and merges (several A, one B).
    extra: list[tuple[str, str, float]] = []
    by_a: dict[str, list[str]] = {}
    by_b: dict[str, list[str]] = {}
    for x, y in matched:
        by_a.setdefault(x, []).append(y)
        by_b.setdefault(y, []).append(x)

    def partner_score_a(x: str) -> float:
        return max(matched[(x, y)][0] for y in by_a[x])

    def partner_score_b(y: str) -> float:
        return max(matched[(x, y)][0] for x in by_b[y])

    def near(sid: str, own: _Side, other: _Side, paired: dict[str, list[str]]) -> list[str]:
        """Paired sections of the same level under the partner of ``sid``'s parent
        (or at the top): where a split-off piece comes from."""
        parent = own.by_id[sid].parent
        if parent is None:
            pool = other.children.get(None, [])
        else:
            if own is sa:
                partners = [q for k, q in matched if k == parent]
            else:
                partners = [k for k, q in matched if q == parent]
            pool = [c for p in partners for c in other.children.get(p, [])]
        level, role = own.by_id[sid].level, own.by_id[sid].role
        # A piece split off keeps its origin's level and role (a 过去四年 period review is
        # no piece of last year's review).
        return [c for c in pool if c in paired and other.by_id[c].level == level
                and (role is None or other.by_id[c].role in (None, role))]

    for y in [s.id for s in b.sections if s.id not in used_b]:
        best = _best_container(y, sb, sa, near(y, sb, sa, by_a), scorer, lambda x: scorer.score(x, y),
                               partner_score_a)
        if best:
            extra.append((best[0], y, best[1]))
    for x in [s.id for s in a.sections if s.id not in used_a]:
        best = _best_container(x, sa, sb, near(x, sa, sb, by_b), scorer, lambda y: scorer.score(x, y),
                               partner_score_b)
        if best:
            extra.append((x, best[0], best[1]))
    for x, y, s in extra:
        matched[(x, y)] = (s, False)
        used_a.add(x)
        used_b.add(y)

    pairs: list[tuple[SectionPair, float]] = []
    for (x, y), (s, moved) in matched.items():
        if moved:
            status = "moved"
        elif sa.keys[x] == sb.keys[y] and sa.titles[x] == sb.titles[y]:
            status = "unchanged"
        else:
            status = "changed"
        pairs.append((SectionPair(x, y, round(s, 3), status), 0.0))
    for s in a.sections:
        if s.id not in used_a:
            pairs.append((SectionPair(s.id, None, 0.0, "removed"), 0.0))
    for s in b.sections:
        if s.id not in used_b:
            pairs.append((SectionPair(None, s.id, 0.0, "added"), 0.0))
    return _reading_order([p for p, _ in pairs], a, b)


RARE_PER_SECTION = 40      # distinctive bigrams indexed per leftover section
RARE_SHARED = 3            # shared ones needed before two leftovers are scored


def _sharing_rare_grams(left_a: list[str], left_b: list[str], sa: _Side, sb: _Side) -> set[tuple[str, str]]:
    index: dict[int, list[str]] = {}
    for y in left_b:
        for g in sb.rare(y):
            index.setdefault(g, []).append(y)
    out: set[tuple[str, str]] = set()
    for x in left_a:
        hits = Counter(chain.from_iterable(map(index.get, sa.rare(x), repeat(()))))
        out.update((x, y) for y, n in hits.items() if n >= RARE_SHARED)
    return out


def _best_container(sid: str, small: _Side, big: _Side, candidates: list[str], scorer: _Scorer,
                    plain, partner_score) -> tuple[str, float] | None:
    """The paired section on the other side that holds most of ``sid``'s text, if it
    clearly stands out (a split or a merge), else None."""
    # Only sections the piece is plainly close to can hold it.
    close = [other for other in candidates if plain(other) >= SPLIT_MIN]
    if not close:
        return None
    ranked = sorted(((scorer.containment(small, sid, big, other), other) for other in close), reverse=True)
    share, other = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    s = plain(other)
    if s < SPLIT_MIN or share < SPLIT_STANDOUT * runner_up:
        return None
    # The piece must be about as close to the container as the container's own partner is.
    if s < SPLIT_RELATIVE * partner_score(other):
        return None
    return other, s


def _reading_order(pairs: list[SectionPair], a: Document, b: Document) -> list[SectionPair]:
    """B's order (the newer report), removed sections placed after their A predecessor's pair."""
    pos_a = {s.id: s.start for s in a.sections}
    lvl_a = {s.id: s.level for s in a.sections}
    pos_b = {s.id: s.start for s in b.sections}
    lvl_b = {s.id: s.level for s in b.sections}
    # For each A section, where its partner sits in B.
    partner_b: dict[str, float] = {}
    for p in pairs:
        if p.a and p.b:
            partner_b[p.a] = min(partner_b.get(p.a, math.inf), pos_b[p.b])
    a_sorted = sorted(pos_a, key=lambda s: (pos_a[s], lvl_a[s]))

    def anchor(p: SectionPair) -> tuple:
        if p.b is not None:
            return (pos_b[p.b], lvl_b[p.b], 0, pos_a.get(p.a, 0) if p.a else 0)
        # removed: after everything in B that pairs with what precedes it in A
        idx = a_sorted.index(p.a)
        before = [partner_b[x] for x in a_sorted[:idx] if x in partner_b]
        return (max(before) if before else -1, 99, 1, pos_a[p.a])
    return sorted(pairs, key=anchor)
