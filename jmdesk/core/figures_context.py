"""What a value measures: reading the words between the start of its clause and the value.

The genre writes a figure as  [metric][comparison][direction][qualifier] value unit [qualifier]
(`规模以上工业增加值增长 3.1%`, `固定资产投资下降0.8%`, `城镇新增就业4万人以上`,
`占固定资产投资比重44.2%`, `高于全省平均水平1.8个百分点`). This module peels those words off
the *lead* (the text before the value in its clause) from the right, and says what is left:
the metric phrase, the qualifier, the sign, whether it is a share, a gap or a growth rate,
and whether the value is shared (`均`) or distributed (`分别`) over a list of metrics.
"""
from __future__ import annotations

import re
from jmdesk.core import indicators
from jmdesk.core.records import Record

NEGATIVE = ("下降", "降低", "减少", "回落", "下滑", "压减", "压缩", "缩减", "减")
POSITIVE = ("增长", "提高", "提升", "上涨", "上升", "增加", "扩大", "增", "涨")
DIRECTIONS = sorted(NEGATIVE + POSITIVE, key=len, reverse=True)
# Qualifiers written before a value, longest first (超过 before 超).
PREFIX_QUALIFIERS = ("不少于", "不低于", "不超过", "不高于", "超过", "突破", "力争", "超", "近", "约",
                     "逾", "破")
# Words that link a metric to its value without changing it.
_LINKS = ("拟安排", "安排", "拟按", "控制在", "保持在", "稳定在", "提升至", "提高至", "提高到", "增长到", "增加到", "上升至", "下降到",
          "降至", "增至", "达到", "达", "为", "是", "至", "到", "在", "了", "共", "合计", "累计", "总计",
          "实现", "完成", "分别", "均", "同比", "可比", "名义", "实际", "大幅", "年均", "平均", "全年",
          "再", "又", "也", "已", "仅", "首超", "首次", "排名", "排", "居", "位列", "位居", "列", "名列",
          "稳居", "跃居", "居于", "稳")
_ASPECTS = ("总量", "数量", "规模", "幅度", "成绩", "位次", "排名", "总数", "存量", "增量")
_GROWTH_WORDS = ("涨幅", "增速", "增幅", "增长率", "增长速度")
_PEELABLE = sorted(_GROWTH_WORDS + _LINKS, key=len, reverse=True)


class _Endings:
    """Which of some words ends a phrase, the longest if several do (as the first of a list sorted
    longest first would): the last character rules most phrases out, then one set look-up per length."""

    def __init__(self, words):
        self._words = frozenset(words)
        self._last = frozenset(w[-1] for w in self._words)
        self._lengths = sorted({len(w) for w in self._words}, reverse=True)

    def longest(self, phrase: str) -> str | None:
        if phrase[-1:] not in self._last:
            return None
        for n in self._lengths:
            if n <= len(phrase) and phrase[-n:] in self._words:
                return phrase[-n:]
        return None


_QUALIFIER_ENDS, _DIRECTION_ENDS, _PEELABLE_ENDS = (_Endings(PREFIX_QUALIFIERS), _Endings(DIRECTIONS),
                                                    _Endings(_PEELABLE))
# 比 that ends the phrase names a ratio (存贷比达82.3%), not a comparison (比上年增长).
_COMPARATOR = re.compile(r"(?:比(?![重例率]|$)|较|高于|低于|快于|慢于|超出)[^，,。；;]*$")
_GAP = re.compile(r"(?:高于|低于|快于|慢于|超出)|比[^，,。；;]*?[高低快慢]$")   # 比全国高1.8个百分点
# Words at the start of a clause that are not part of a metric name.
_LEADING = re.compile(
    r"^(?:[、，,：:；;\s）)*]|(?:到|至|截至)?\d{4}年(?:底|末)?|年均|累计|合计|"
    r"[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间|期末)?|其中|我们|同时|此外|另外|并且|并|以及|其次|"
    r"这一年|一年来|过去一年|今年|去年|"
    r"全年|年内|当年|近年|年末|年底|年初|拟安排|拟|安排|[一二两三四五六七八九十]年来?|力争|争取|确保|推动|推进|计划|预计|实现|完成|"
    r"主要预期目标是|目标是|是|和|及|与|以及)+")
# Prefixes that do not make an indicator a different one: the city itself, "the whole".
_GENERIC_PREFIX = re.compile(
    r"^(?:全市|全省|全国|全区|全县|全镇|全社会|我市|我省|本市|市|省|全体|全部|主要|其中|全年|年度|"
    r"力争|确保|推动|实现|完成|年末|年底|金融机构|地级及以上城市|地级以上城市|地级城市|县级以上城市|"
    r"“|”|\"|\s)*$")
# Verbs after which the counted thing follows the value (`新增382家省级专精特新中小企业`).
_COUNT_VERBS = re.compile(
    r"(?:新增|新建|新认定|新引进|引进|建成|建设|培育|开通|落户|获得|获|争取|扑灭|落实|拉动|发放|"
    r"惠及|改造|签约|吸引|带动|举办|认定|入选|获评|设立|打造|筹建|提供|招引|帮助|解决|开展|实施|"
    r"覆盖|投入|安排|培训|支援|派出|办理|推动|完成|实现|建好|新开工|开工|投产|上市|创建|承办|"
    r"办好|办成|增发|发行|开行|成立|组建|出台|推出|制定)$")
# 超过全球一半, 近全国三成: a share of the whole, the qualifier before the whole.
_SHARE_OF_SCOPE = re.compile(r"(超过|超|近|约|逾)(全球|世界|全国|全省|全市|全区|全县)的?$")
_STREAK = re.compile(r"连续(?:[两二三四五六七八九十]|\d+)年$")
# What a phrase must end with for _SHARE_OF_SCOPE or _STREAK to match at all ($ may stand before a
# final line break): str.endswith rules most phrases out before a search runs over the whole phrase.
_SCOPE_ENDS = tuple(w + tail for w in ("全球", "世界", "全国", "全省", "全市", "全区", "全县")
                    for tail in ("", "的")) + ("\n",)
_BASE_YEAR = re.compile(r"比(\d{4})年")
_SHARE_OF_WHOLE = re.compile(r"占(?:全市|全省|全国|全区|全县)")
_LIST_SEPARATORS = re.compile(r"[、和及与]")


class Lead(Record):
    """The words before a value, read."""
    __slots__ = ("phrase", "qualifier", "negative", "direction", "growth", "share", "share_of_whole", "gap",
                 "shared", "distributed", "base_year", "metrics", "stretch_clause", "from_level", "total")

    def __init__(self, phrase: str = ""):
        self.phrase = phrase                    # what is left: the metric as written (may be empty)
        self.qualifier: str | None = None       # a qualifier written before the value
        self.negative = False
        self.direction: str | None = None       # the direction word as written
        self.growth = False                     # 涨幅/增速: a rate of growth even without a direction word
        self.share = False                      # 占…比重 / 占比
        self.share_of_whole = False             # 占全市的…: the metric before is a part of the whole
        self.gap = False                        # 高于全省平均水平 …个百分点
        self.shared = False                     # 均: one value for the metrics before
        self.distributed = False                # 分别: values in order for a list of metrics
        self.base_year: int | None = None       # 比2015年: the year compared against
        self.metrics: list[str] = []            # list items when several metrics are named
        self.stretch_clause = False             # the clause opens with 力争
        self.from_level = False                 # 由3469亿元(增加到5128亿元): the level at the start
        self.total = False                      # 总数达到…: the stock of the thing counted before


def read_lead(lead: str, region: str | None = None) -> Lead:
    raw = lead
    out = Lead(phrase="")
    out.shared = "均" in raw
    out.distributed = "分别" in raw
    m = _BASE_YEAR.search(raw) if "比" in raw else None
    if m:
        out.base_year = int(m.group(1))
    s = raw.strip()
    # peel from the right until nothing more comes off
    changed = True
    while changed and s:
        changed = False
        s2 = s.rstrip(" \u3000")
        if s2 != s:
            s, changed = s2, True
        q = _QUALIFIER_ENDS.longest(s)
        if q:
            if q == "力争" or out.qualifier is None:
                out.qualifier = q
            s, changed = s[:-len(q)], True
        if changed:
            continue
        d = _DIRECTION_ENDS.longest(s)
        if d and not s.endswith(("新增", "净增")):
            if out.direction is None:
                out.direction = d
                out.negative = d in NEGATIVE
            s, changed = s[:-len(d)], True
            continue
        if s.endswith(("由", "从")) and len(s) > 1:
            out.from_level = True
            s, changed = s[:-1], True
            continue
        whole = _SHARE_OF_SCOPE.search(s) if s.endswith(_SCOPE_ENDS) else None
        if whole:
            out.qualifier = out.qualifier or whole.group(1)
            out.share = True
            s, changed = s[:whole.start()], True
            continue
        streak = _STREAK.search(s) if s.endswith(("年", "\n")) else None
        if streak:
            s, changed = s[:streak.start()], True
            continue
        w = _PEELABLE_ENDS.longest(s)
        if w:
            out.growth = out.growth or w in _GROWTH_WORDS
            s, changed = s[:-len(w)], True
            continue
        share_at = s.rfind("占")
        if share_at >= 0 and not s.endswith(("占领", "抢占")):
            out.share = True
            out.share_of_whole = bool(_SHARE_OF_WHOLE.match(s, share_at))
            s, changed = s[:share_at], True
            continue
        cm = _COMPARATOR.search(s)
        if cm:
            out.gap = out.gap or bool(_GAP.match(cm.group(0)))
            s, changed = s[:cm.start()], True
            continue
    opening = _LEADING.match(s)
    # 力争实际使用外资增长10%: the whole clause is a stretch target (a 以上 after the value still wins)
    out.stretch_clause = bool(opening and "力争" in opening.group(0))
    s = (s[opening.end():] if opening else s).strip("、，,：: ")     # _LEADING.sub: it only matches at ^
    if region and s.startswith(region[0]):      # both names below start as the region does
        for name in (region, region.rstrip("市省区县")):
            if name and s.startswith(name):
                s = s[len(name):]
    if s in _ASPECTS:
        out.total = s in ("总数", "总量", "存量")
        s = ""        # 总量排全省第7: the rank of the metric before, not of "总量"
    out.phrase = s
    parts = [p for p in _LIST_SEPARATORS.split(s) if p] if _LIST_SEPARATORS.search(s) else ()
    if len(parts) > 1:
        out.metrics = parts
    elif out.distributed and s.startswith("城乡") and len(s) > 2:
        # 城乡居民人均可支配收入分别达到76520元、49860元: town first, then country
        out.metrics = ["城镇" + s[2:], "农村" + s[2:]]
    return out


_LIST_TAIL = re.compile(r"(?:[两二三四五六七八九十]大|等)[^、等]+$")


def name_metric(phrase: str, region: str | None = None) -> tuple[str, bool]:
    """(metric name, registered?) for a metric phrase.

    A registered indicator must end the phrase and be preceded only by generic words
    (全市, 我市…); `新会GDP` is the GDP of a district, kept under its own name so that it
    never lands in the city's row. Unregistered phrases keep their last 16 characters.
    """
    phrase = phrase.strip()
    aspect = (next((a for a in _ASPECTS if phrase.endswith(a) and len(phrase) > len(a)), None)
              if phrase.endswith(_ASPECTS) else None)
    if aspect and indicators.find_suffix(phrase[:-len(aspect)]):
        phrase = phrase[:-len(aspect)]      # 高新技术企业数量 is 高新技术企业
    found = indicators.find_suffix(phrase)
    if found:
        name, _form, start = found
        prefix = phrase[:start]
        if region:
            prefix = prefix.replace(region, "").replace(region.rstrip("市省区县"), "")
        if _GENERIC_PREFIX.match(prefix):
            return name, True
    if "、" in phrase:
        # 新能源汽车、先进装备制造、节能环保三大主导产业产值: the list only names the parts
        tail = _LIST_TAIL.search(phrase)
        if tail:
            phrase = tail.group(0).removeprefix("等")
    return phrase[-16:], False


_NOUN_RUN = re.compile(r"(?:[^，,。；;、：:（(\n\d]|(?<=[超破近约])\d+(?:\.\d+)?)+")
# (一成, 二成… written out: an alternation of plain words lets `re` skip to where one can start)
_NOUN_END = re.compile("|".join(["两位数", "翻番", "翻一番", *(n + "成" for n in "一二两三四五六七八九"),
                                 "全省", "全国", "全市", "增长", "下降", "以上", "左右", "全面", "全部", "列入", "纳入",
                                 "完成", "实现", "获", "成为", "入选", "达", "被", "已", "均", "分别", "合计", "共",
                                 "累计", "和", "，"]))
_HAN = re.compile(r"[\u4e00-\u9fff]")


def counted_noun(after: str) -> str:
    """The noun a count belongs to when it follows the value (`45起本土疫情`,
    `3条产值超500亿元产业链`: a threshold inside the noun is part of it)."""
    m = _NOUN_RUN.match(after)
    if not m:
        return ""
    noun = m.group(0)[:16]
    stop = _NOUN_END.search(noun)
    if stop:
        noun = noun[:stop.start()]
    if len(noun) == 1 and not _HAN.match(noun):
        return ""
    return noun


# Counting verbs that never end a noun (投入, 建设, 改造 do: 研发经费投入, 基础设施建设).
_BARE_VERBS = re.compile(r"(?:开行|惠及|扑灭|办好|办成|增发|签约|引进|招引|落户|获评|入选|获得|开通|新认定)$")


def without_count_verb(phrase: str) -> str:
    """中欧班列开行(1200列): with nothing counted after the value, the verb is not part of the name."""
    m = _BARE_VERBS.search(phrase)
    return phrase[:m.start()] if m and m.start() >= 2 else phrase


def counts_what_follows(phrase: str) -> bool:
    """True when the thing counted is written after the value, not before it:
    `扑灭45起本土疫情`, `新增蓬江智能家电、台山现代农业2个省级外贸转型升级基地`,
    `票决的十件民生实事`."""
    return (not phrase or bool(_COUNT_VERBS.search(phrase)) or bool(_GENERIC_PREFIX.match(phrase))
            or phrase.endswith(("的", "等", "以下", "下列", "及", "和", "与"))
            or "、" in phrase and not all(name_metric(p)[1] for p in phrase.split("、") if p))
