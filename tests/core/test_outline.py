"""The outline of each bundled sample, as a reader sees it.

The expected headings below were written out by reading the samples
(resources/samples/): (level, number as written, title, role of parts and of
the targets/closing sections). Sub-items carry the role of their part.
"""
from __future__ import annotations


import pytest

from conftest import sample
from jmdesk.core.clean import clean_text
from jmdesk.core.outline import build_outline, part_role

EXPECTED_2023 = [
    (1, '一、', '2022年工作回顾', 'review'),
    (2, '（一）', '科学精准抓好疫情防控，全力守护人民群众生命健康', None),
    (2, '（二）', '千方百计稳住经济大盘，全力保持经济运行在合理区间', None),
    (2, '（三）', '多措并举延伸拓展产业链条，全力构建现代化产业体系', None),
    (2, '（四）', '持之以恒推动改革创新，全力激发高质量发展新活力', None),
    (2, '（五）', '久久为功推进乡村振兴，全力促进城乡区域协调发展', None),
    (2, '（六）', '用心用情增进民生福祉，全力提升群众获得感幸福感安全感', None),
    (1, '二、', '2023年工作安排', 'plan'),
    (2, None, '今年经济社会发展的主要预期目标是', 'targets'),
    (2, '（一）', '主动融入双区和支持三大平台建设，释放发展潜力和优势', None),
    (3, None, '提升硬联通能力', None),
    (3, None, '深化软联通协同', None),
    (3, None, '推动城市合作共赢', None),
    (2, '（二）', '坚持制造业当家，争当广东制造业高质量发展的主力军', None),
    (3, None, '大抓产业发展', None),
    (3, None, '加快平台建设', None),
    (3, None, '狠抓招商引资', None),
    (3, None, '培育优质企业', None),
    (2, '（三）', '全面加强科技教育人才工作，强化基础性战略性支撑', None),
    (3, None, '优化教育资源供给', None),
    (3, None, '增强科技创新能力', None),
]

EXPECTED_2025 = [
    (1, '一、', '2024年工作回顾', 'review'),
    (2, None, '这一年,我们凝心聚力保增长、稳大盘,经济运行稳中有进', None),
    (2, None, '这一年,我们主动作为抓改革、促开放,推进粤港澳大湾区建设迈出坚实步伐', None),
    (2, None, '这一年,我们鼓足干劲强县镇、兴乡村,区域发展活力持续增强', None),
    (2, None, '这一年,我们一以贯之抓创新、强产业,新质生产力加快发展', None),
    (2, None, '这一年,我们持之以恒优环境、强治理,绿美江门建设成效显著', None),
    (2, None, '这一年,我们用心用情惠民生、增福祉,群众生活水平稳步提升', None),
    (2, None, '这一年,我们笃行不怠优作风、强担当,政府自身建设全面加强', None),
    (2, None, '过去四年,我们攻坚奋进,全力拼出江门发展加速度', None),
    (1, '二、', '2025年工作安排', 'plan'),
    (2, None, '今年经济社会发展的主要预期目标是', 'targets'),
    (2, '(一)', '锚定"一点两地"全新定位,奋力打造粤港澳大湾区新增长极', None),
    (3, None, '加速推进软硬联通', None),
    (3, None, '加快大广海湾经济区建设', None),
    (3, None, '做好新时代"侨"文章', None),
    (2, '(二)', '深入实施"百千万工程",奋力实现"三年初见成效"目标', None),
    (3, None, '提升县域综合承载能力', None),
    (3, None, '加快镇街提能升级', None),
    (3, None, '扎实推进富民兴村', None),
    (3, None, '大力发展海洋经济', None),
]

EXPECTED_2021 = [
    (1, None, '“十三五”时期及2020年工作回顾', 'period_review'),
    (2, None, '五年来,我们全力推动经济加快发展,综合实力显著增强', None),
    (2, None, '五年来,我们抢抓国家重大发展战略机遇,融入粤港澳大湾区建设步伐加快', None),
    (2, None, '五年来,我们加快推动产业转型升级,创新发展水平不断提升', None),
    (2, None, '五年来,我们积极推进“三区并进”,区域发展协调性明显增强', None),
    (2, None, '五年来,我们大力保障和改善民生,人民生活水平显著提高', None),
    (2, None, '五年来,我们不断加强政府自身建设,政府效能持续提升', None),
    (2, '一、', '始终坚持人民至上、生命至上,疫情防控扎实有效', None),
    (3, None, '各级党委政府组织有力', None),
    (3, None, '科学救治精准防控', None),
    (3, None, '全社会动员共同抗疫', None),
    (2, '二、', '全力做好“六稳”“六保”工作,经济运行稳定向好', None),
    (3, None, '工业经济稳步回升', None),
    (3, None, '投资稳中向好', None),
    (3, None, '外经贸和消费加快恢复', None),
    (3, None, '财税金融运行健康平稳', None),
    (2, '三、', '抢抓“双区”建设机遇,区域融合发展步伐加快', None),
    (3, None, '沿海经济带上江海门户加快建设', None),
    (3, None, '重大平台扩容提质', None),
    (3, None, '科技创新能力增强', None),
    (3, None, '开放合作水平提高', None),
    (3, None, '营商环境持续优化', None),
    (3, None, '“三区并进”渐次成形', None),
    (3, None, '乡村振兴战略加速推进', None),
    (2, '四、', '积极增进民生福祉,政府治理能力进一步提升', None),
    (3, None, '三大攻坚战成效显著', None),
    (3, None, '城市面貌明显改善', None),
    (3, None, '社会民生事业全面进步', None),
    (3, None, '社会大局平安稳定', None),
    (3, None, '政府建设不断加强', None),
    (1, None, '“十四五”时期的目标任务', 'period_plan'),
    (1, None, '2021年工作安排', 'plan'),
    (2, None, '今年经济社会发展主要预期目标是', 'targets'),
    (2, '一、', '全面推进“双区”建设', None),
    (3, None, '做强做大重大发展平台', None),
    (3, None, '构建内联外通立体交通网络', None),
    (3, None, '营造市场化法治化国际化营商环境', None),
    (3, None, '打造华侨华人文化交流合作重要平台', None),
    (2, '二、', '全力构建支撑高质量发展的产业体系', None),
    (3, None, '持续增强创新动力', None),
    (3, None, '推进先进制造业强市建设', None),
    (3, None, '提升金融服务实体经济能力', None),
    (3, None, '激发人才创新创业活力', None),
    (2, '三、', '着力激发内外联动发展潜力', None),
    (3, None, '促进消费提档升级', None),
    (3, None, '深入推进全域旅游发展', None),
    (3, None, '推进现代流通体系建设', None),
    (3, None, '推动更高水平对外开放', None),
    (3, None, '激发各类市场主体活力', None),
    (2, '四、', '大力推进区域协调发展', None),
    (3, None, '深入推进“三区并进”', None),
    (3, None, '全面推进乡村振兴', None),
    (2, '六、', '持续加强政府自身建设', None),
    (3, None, '加强政府系统党的建设', None),
    (3, None, '加强法治政府建设', None),
    (3, None, '加强廉洁高效政府建设', None),
    (2, None, '征程万里风正劲,重任千钧再奋蹄', 'closing'),
    (3, None, '持续提升城市品质', None),
    (2, '五、', '努力保障和改善民生', None),
    (3, None, '努力实现更加充分更高质量的就业', None),
    (3, None, '推动教育高质量发展', None),
    (3, None, '全面推进健康江门建设', None),
    (3, None, '健全多层次社会保障体系', None),
    (3, None, '持续改善生态环境质量', None),
    (3, None, '提升公共文化服务水平', None),
    (3, None, '深化平安江门建设', None),
]

EXPECTED_DIGEST = [
    (1, None, '2023年工作回顾', 'review'),
    (2, None, '全力推动经济回升向好', None),
    (2, None, '全力推进新阶段粤港澳大湾区建设', None),
    (2, None, '全力推动“百千万工程”实现良好开局', None),
    (2, None, '全力塑造制造业当家新优势', None),
    (2, None, '全力激发创新创造活力', None),
    (2, None, '全力绘就绿美江门新画卷', None),
    (2, None, '全力满足人民群众美好生活新期待', None),
    (2, None, '全力加强政府自身建设', None),
    (1, None, '2024年工作安排', 'plan'),
    (2, '(一)', '围绕“一点两地”全新定位,纵深推进新阶段粤港澳大湾区建设', None),
    (3, None, '持续加强软硬联通', None),
    (3, None, '全面深化城市合作', None),
    (3, None, '扎实做好新时代“侨”文章', None),
    (2, '(二)', '加力提速奋战“百县千镇万村高质量发展工程”,推动城乡区域协调发展', None),
    (3, None, '全面推进强县促镇', None),
    (3, None, '做优做强乡村产业', None),
    (3, None, '聚力打造美丽城乡', None),
    (3, None, '积极发展海洋经济', None),
    (2, '(三)', '坚持实体经济为本、制造业当家,以科技创新引领现代化产业体系建设', None),
    (3, None, '持之以恒实施“链长制”', None),
    (3, None, '多措并举加强科技创新', None),
    (3, None, '量质并举培育企业梯队', None),
    (2, '(四)', '深入实施扩大内需战略,不断夯实经济稳增长基础', None),
    (3, None, '强化有效投资硬支撑', None),
    (3, None, '打好招商引资主动仗', None),
    (3, None, '释放商贸消费新潜能', None),
    (2, '(五)', '坚定不移深化改革扩大开放,打造市场化法治化国际化营商环境', None),
    (3, None, '推进重点领域改革', None),
    (3, None, '激发经营主体活力', None),
    (3, None, '提升对外开放水平', None),
    (2, '(六)', '大力推进绿美江门生态建设,打造人与自然和谐共生的江门样板', None),
    (3, None, '促进城乡一体增绿添彩', None),
    (3, None, '推动生态环境净化美化', None),
    (3, None, '实现生态价值有效转化', None),
    (2, '(七)', '扎实开展精神文明建设,推动侨乡文化创造性转化、创新性发展', None),
    (3, None, '培育和践行社会主义核心价值观', None),
    (3, None, '加强历史文化传承保护', None),
    (3, None, '推动文体产业融合发展', None),
    (2, '(八)', '用心用情抓好社会民生事业,让发展成果更多更公平惠及全市人民', None),
    (3, None, '推动高质量充分就业', None),
    (3, None, '办好人民满意教育', None),
    (3, None, '全方位守护人民健康', None),
    (3, None, '兜牢兜实民生底线', None),
    (2, '(九)', '统筹发展和安全,建设更高水平的平安江门', None),
    (3, None, '坚决守住安全发展底线', None),
    (3, None, '提高社会治理现代化水平', None),
]

EXPECTED_DISTRICTS = [
    (1, None, '蓬江区区长马品高', 'other'),
    (1, None, '江海区长郑丹辉', 'other'),
    (1, None, '新会区长刘兵', 'other'),
    (1, None, '台山市市长郑劲龙', 'other'),
    (1, None, '开平市长陈小曼', 'other'),
    (1, None, '鹤山市市长张华景', 'other'),
    (1, None, '恩平市长赖惠镇', 'other'),
]

EXPECTED = {"2023": EXPECTED_2023, "2025": EXPECTED_2025, "2021": EXPECTED_2021,
            "digest": EXPECTED_DIGEST, "districts": EXPECTED_DISTRICTS}
_CACHE: dict = {}


def outline_of(name: str, with_marks: bool = True):
    key = (name, with_marks)
    if key not in _CACHE:
        cleaned = clean_text(sample(name).read_text(encoding="utf-8"))
        _CACHE[key] = (cleaned.text, build_outline(cleaned.text, cleaned.marks if with_marks else None))
    return _CACHE[key]


def summary(sections):
    return [(s.level, s.number, s.title,
             s.role if s.level == 1 or s.role in ("targets", "closing") else None) for s in sections]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_headings_are_those_a_reader_sees(name):
    _, sections = outline_of(name)
    assert summary(sections) == EXPECTED[name]


@pytest.mark.parametrize("name", ["2023", "2025", "2021", "districts"])
def test_outline_needs_no_markup_hints_where_the_text_says_it_all(name):
    assert summary(outline_of(name, with_marks=False)[1]) == EXPECTED[name]


def test_digest_without_markup_hints_still_has_its_parts_and_sections():
    got = summary(outline_of("digest", with_marks=False)[1])
    assert [g for g in got if g[0] == 1] == [(1, None, "2023年工作回顾", "review"),
                                            (1, None, "2024年工作安排", "plan")]
    assert [g[1] for g in got if g[0] == 2] == [f"({n})" for n in "一二三四五六七八九"]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_tree_is_consistent(name):
    text, sections = outline_of(name)
    by_id = {s.id: s for s in sections}
    assert [s.id for s in sections] == [f"s{i + 1}" for i in range(len(sections))]
    assert [s.start for s in sections] == sorted(s.start for s in sections)
    for s in sections:
        assert 0 <= s.start < s.end <= len(text)
        if s.parent is not None:
            parent = by_id[s.parent]
            assert int(parent.id[1:]) < int(s.id[1:])
            assert parent.level < s.level
            assert parent.start <= s.start and s.end <= parent.end, (s, parent)
        if s.role not in ("targets", "closing") and s.parent is not None:
            parent_role = by_id[s.parent].role
            reviews = ("review", "period_review")
            assert s.role == parent_role or (s.role in reviews and parent_role in reviews)
        if s.title_start >= 0:
            # the heading's own span: its number and its title, nothing of the body
            assert text[s.title_start:s.title_end] == (s.number or "") + s.title
        if not s.inferred:
            assert s.start <= s.title_start < s.end


@pytest.mark.parametrize("name", list(EXPECTED))
def test_siblings_do_not_overlap(name):
    _, sections = outline_of(name)
    for a, b in zip(sections, sections[1:]):
        if a.parent == b.parent and a.level == b.level:
            assert a.end <= b.start


def test_2023_part_headings_placed_where_a_reader_expects_them():
    text, sections = outline_of("2023")
    parts = [s for s in sections if s.level == 1]
    review, plan = parts
    assert review.inferred and plan.inferred
    # the heading text is where the copy put it: after everything else
    last_body = max(s.end for s in sections)
    assert review.title_start > last_body and plan.title_start > last_body
    assert text[review.title_start:review.title_end] == "一、2022年工作回顾"
    # the review covers the year's results and its six sections…
    assert text[review.start:].startswith("过去一年，面对风高浪急的国际环境")
    assert [s.number for s in sections if s.parent == review.id] == [f"（{n}）" for n in "一二三四五六"]
    # …the plan starts at the overall requirements, before the targets
    assert text[plan.start:].startswith("2023年是全面贯彻落实党的二十大精神的开局之年")
    assert review.end <= plan.start
    # the opening words and the headings at the end belong to no section
    tail = text.index("各位代表：\n现在，我代表市人民政府")
    assert all(s.end <= tail for s in sections)


def test_2025_heading_run_into_the_sentence_before_is_found():
    text, sections = outline_of("2025")
    first = next(s for s in sections if s.number == "(一)")
    assert "重点抓好以下九个方面工作" not in first.title
    assert text[first.title_start - 14:first.title_start].rstrip().endswith("方面工作:")


def test_run_in_heading_without_a_space():
    text = ("二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。"
            "重点抓好以下三个方面工作：（一）锚定全新定位，奋力打造新增长极。加速推进软硬联通。"
            "\n（二）深入实施百千万工程\n提升县域综合承载能力。壮大县域优势主导产业。")
    got = [(s.level, s.number, s.title) for s in build_outline(text)]
    assert (2, "（一）", "锚定全新定位，奋力打造新增长极") in got
    assert (2, "（二）", "深入实施百千万工程") in got
    assert (3, None, "提升县域综合承载能力") in got


def test_numbering_that_restarts_without_a_part_heading_starts_a_part():
    text = ("（一）稳住经济大盘。我们推动政策靠前发力。\n（二）推动改革创新。我们深化改革。\n"
            "今年政府工作的总体要求是：坚持稳中求进。\n"
            "（一）扩大有效投资。加快项目建设。\n（二）深化改革开放。推进改革。")
    sections = build_outline(text)
    parts = [s for s in sections if s.level == 1]
    assert len(parts) == 2 and all(p.inferred for p in parts)
    assert parts[1].role == "plan" and parts[1].title_start == -1
    assert text[parts[1].start:].startswith("今年政府工作的总体要求是")
    second_run = [s for s in sections if s.parent == parts[1].id]
    assert [s.number for s in second_run] == ["（一）", "（二）"]


def test_2021_composite_review_turns_to_the_year():
    _, sections = outline_of("2021")
    by_title = {s.title: s for s in sections}
    assert by_title["五年来,我们全力推动经济加快发展,综合实力显著增强"].role == "period_review"
    assert by_title["始终坚持人民至上、生命至上,疫情防控扎实有效"].role == "review"
    assert by_title["各级党委政府组织有力"].role == "review"


def test_2025_review_of_the_four_years_after_an_address():
    text, sections = outline_of("2025")
    period = next(s for s in sections if s.title.startswith("过去四年"))
    assert period.role == "period_review" and period.level == 2
    assert text[period.start:].startswith("各位代表,今年是\"十四五\"规划的决战收官年。过去四年")
    assert "GDP年均增长5.1%" in text[period.start:period.end]
    assert "发展源于万众一心" not in text[period.start:period.end]   # the thanks belong to the part


def test_2021_passages_after_the_closing_stay_in_the_plan():
    text, sections = outline_of("2021")
    plan = next(s for s in sections if s.level == 1 and s.title == "2021年工作安排")
    closing = next(s for s in sections if s.role == "closing")
    five = next(s for s in sections if s.number == "五、")
    city = next(s for s in sections if s.title == "持续提升城市品质")
    assert closing.start < city.start < five.start
    assert five.parent == plan.id and city.parent == plan.id
    assert "征程万里风正劲" in text[closing.start:closing.end]
    assert closing.end <= city.start          # the closing is only the closing


def test_prose_lists_are_not_headings():
    _, sections = outline_of("2021")
    assert not any(s.title.startswith(("积极服务全省", "一是", "二是")) for s in sections)
    _, sections = outline_of("districts")
    assert all(s.level == 1 for s in sections)


def test_targets_paragraph_is_its_own_section():
    for name, first_target in [("2023", "地区生产总值增长6%以上"), ("2025", "全市地区生产总值增长5.5%"),
                               ("2021", "地区生产总值增长6%以上")]:
        text, sections = outline_of(name)
        targets = [s for s in sections if s.role == "targets"]
        assert len(targets) == 1
        assert first_target in text[targets[0].start:targets[0].end]
        plan = next(s for s in sections if s.id == targets[0].parent)
        assert plan.role == "plan"


def test_digest_sections_stop_where_other_stories_begin():
    text, sections = outline_of("digest")
    for other_story in ("易中强指出", "郑晓毅强调", "习近平指出", "市十六届人大四次会议列席华侨"):
        at = text.index(other_story)
        assert not any(s.start <= at < s.end for s in sections), other_story


def test_districts_one_section_per_speaker_with_byline():
    text, sections = outline_of("districts")
    for s in sections:
        body = text[s.start:s.end]
        assert body.startswith(s.title) and body.count("表示") >= 1
    assert text[sections[0].start:sections[0].end].endswith("(邓少军)")
    assert text[sections[-1].start:sections[-1].end].endswith("(胡伟杰)")   # not the photo credit after it


@pytest.mark.parametrize("title,role", [
    ("2024年工作回顾", "review"), ("“十三五”时期及2020年工作回顾", "period_review"),
    ("2025年工作安排", "plan"), ("“十四五”时期的目标任务", "period_plan"),
    ("过去五年工作回顾", "period_review"), ("2024年政府工作任务", "plan"), ("附件", "other")])
def test_part_roles_from_heading_words(title, role):
    assert part_role(title) == role


def test_empty_and_headingless_text():
    assert build_outline("") == []
    assert build_outline("这是一段没有标题的文字。\n又一段。") == []


NATIONAL = """政府工作报告
——2024年3月5日在第十四届全国人民代表大会第二次会议上
国务院总理 李强
各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。
一、2023年工作回顾
过去一年是全面贯彻党的二十大精神的开局之年。我们坚持稳中求进工作总基调，国内生产总值增长5.2%。
一是加强宏观调控，经济回升向好。我们着力扩大国内需求。
二是依靠改革开放增强发展内生动力。我们出台支持民营经济发展的意见。
二、2024年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。
三、2024年政府工作任务
（一）大力推进现代化产业体系建设，加快发展新质生产力。充分发挥创新主导作用，以科技创新推动产业创新。
推动产业链供应链优化升级。实施制造业技术改造升级工程。
（二）深入实施科教兴国战略，强化高质量发展的基础支撑。坚持教育强国、科技强国、人才强国建设一体统筹推进。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋勇前进！"""


def test_a_national_report_never_seen():
    sections = build_outline(NATIONAL)
    got = [(s.level, s.number, s.title, s.role) for s in sections]
    assert got == [
        (1, "一、", "2023年工作回顾", "review"),
        (1, "二、", "2024年经济社会发展总体要求和政策取向", "plan"),
        (2, None, "今年发展主要预期目标是", "targets"),
        (1, "三、", "2024年政府工作任务", "plan"),
        (2, "（一）", "大力推进现代化产业体系建设，加快发展新质生产力", "plan"),
        (3, None, "推动产业链供应链优化升级", "plan"),
        (2, "（二）", "深入实施科教兴国战略，强化高质量发展的基础支撑", "plan"),
        (2, None, "让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋勇前进", "closing"),
    ]


def test_a_table_of_contents_is_not_a_misplaced_heading():
    text = ("目录\n一、2024年工作回顾\n二、2025年工作安排\n"
            "一、2024年工作回顾\n这一年，我们稳增长、促发展。全市生产总值增长5%。\n"
            "二、2025年工作安排\n（一）发展新质生产力\n提升产业能力。加快建设。")
    got = [(s.level, s.number, s.title, s.inferred) for s in build_outline(text)]
    assert [g for g in got if g[0] == 1] == [(1, "一、", "2024年工作回顾", False),
                                            (1, "二、", "2025年工作安排", False)]
