"""Hand-made documents for the compare tests: sections with spans over text
built from real report sentences (the samples), so that pairing and diffing can
be checked without depending on the outline stage."""
from __future__ import annotations

from jmdesk.core.document import Document, Figure, Meta, Section

# Real sentences from the Jiangmen reports, one topic each.
TOPICS = {
    "traffic": "加快珠肇高铁建设，力促广佛江珠城际、南新高速动工，谋划江肇第二高速，推动30分钟对接广州都市圈。"
               "加快深江铁路建设、深化研究南延线，推进中江、江鹤高速扩建，推动江门与港澳快速联通。",
    "industry": "深入推进“工业振兴”工程，瞄准我市具有领先优势和较强竞争力的重点产业加大培育力度，做强产业、做优链条、"
                "做大集群。加快推动传统优势产业转型升级，巩固提升食品、金属制品、家电、石化新材料等产值超500亿元产业链。",
    "education": "持续加大教育投入，确保一般公共预算教育支出和生均支出“两个只增不减”。着力提升基础教育水平，"
                 "推动优质教育集团提质扩面，新增公办优质学位超1万个，大力实施“新强师工程”。",
    "ecology": "坚持山水林田湖草沙一体化保护和系统治理，协同推进减污降碳扩绿增长。新建改造城镇生活污水管网123公里，"
               "全面完成40个住宅小区管网缺口整治，建成运营4个生活垃圾焚烧项目。",
    "villages": "落实耕地保护和粮食安全党政同责，开展粮油作物大面积单产提升行动。抓好典型村培育，扎实开展人居环境整治，"
                "深入推进农村厕所、垃圾处理和生活污水“三大革命”。",
    "health": "新增3个国家中医优势专科、7个省级重点专科，每千人床位数提升至5.79张，县级综合医院全部达到三级医院服务能力，"
              "紧密型县域医共体建设入选国家典型案例。",
    "safety": "开展打击治理诈骗及关联犯罪、涉毒违法犯罪、道路交通事故三大攻坚行动，刑事治安警情下降29.2%，"
              "道路交通事故死亡人数下降18.5%，信访总量下降22%。",
}


def build(items: list[tuple[int, str | None, str, str]], source: str = "hand-made", year: int | None = None,
          figures: list[tuple[str, str, float, str, str | None, str]] = ()) -> Document:
    """items: (level, number, title, body). figures: (metric, text as written, value, unit, qualifier, kind),
    located by their first occurrence in the text."""
    text = ""
    heads = []
    for level, number, title, body in items:
        start = len(text)
        text += (number or "") + title + "\n"
        t_start = start + len(number or "")
        heads.append((level, number, title, start, t_start, t_start + len(title)))
        text += body + "\n"
    sections = []
    for k, (level, number, title, start, t_start, t_end) in enumerate(heads):
        end = next((h[3] for h in heads[k + 1:] if h[0] <= level), len(text))
        parent = next((f"s{j + 1}" for j in range(k - 1, -1, -1) if heads[j][0] < level), None)
        sections.append(Section(f"s{k + 1}", parent, level, number, title, start, end, t_start, t_end))
    figs = []
    for metric, written, value, unit, qualifier, kind in figures:
        pos = text.index(written)
        figs.append(Figure(metric, value, unit, kind, pos, pos + len(written), "", qualifier=qualifier,
                           year=year, text=written))
    return Document(source, Meta(title="政府工作报告", region="江门市", year=year, kind="report"), text,
                    tuple(sections), tuple(figs))


def titles(doc: Document, sid: str | None) -> str | None:
    return None if sid is None else doc.section(sid).title
