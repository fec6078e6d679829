"""jmdesk parse FILE [--json]: clean and outline one document, with its figures."""
from __future__ import annotations

from jmdesk.commands import EXIT_OK, load_or_exit, write_json

ROLE_NAMES = {"review": "review of the year", "period_review": "review of the period",
              "plan": "this year's work", "period_plan": "plan for the period",
              "targets": "main targets", "closing": "closing", "other": "other"}
TITLE_WIDTH = 40


def add_arguments(parser) -> None:
    parser.add_argument("file", help="a report: .txt/.md (any encoding), .docx, .pdf, .html")
    parser.add_argument("--json", action="store_true", help="write the document as JSON to standard output")


def run(args) -> int:
    doc = load_or_exit(args.file)
    if args.json:
        write_json(doc.to_json())
    else:
        print(render_outline(doc))
    return EXIT_OK


def render_outline(doc) -> str:
    """The outline as a reader sees it, indented by level, with the figures counted per section."""
    m = doc.meta
    head = " · ".join(str(v) for v in (m.title, m.region, m.year, m.date, m.kind) if v)
    lines = [head or doc.source,
             f"{len(doc.text)} characters, {len(doc.sections)} headings, {len(doc.figures)} figures"]
    if doc.misreadings:
        counts: dict[str, int] = {}
        for x in doc.misreadings:
            key = f"{x.text}→{x.suggestion}"
            counts[key] = counts.get(key, 0) + 1
        lines.append("suspected misreadings: " + ", ".join(
            k if n == 1 else f"{k} ×{n}" for k, n in counts.items()))
    lines.append("")
    if not doc.sections:
        lines.append("(no headings found)")
    parents = {s.id: s for s in doc.sections}
    closings = [s for s in doc.sections if s.role == "closing"]
    for s in doc.sections:
        n = sum(1 for f in doc.figures if s.start <= f.start < s.end)
        title = s.title if len(s.title) <= TITLE_WIDTH else s.title[:TITLE_WIDTH - 1] + "…"
        if not title:
            title = "(no heading in the source)"
        notes = []
        inherited = parents.get(s.parent).role if s.parent in parents else None
        if s.role and s.role != inherited:
            notes.append(ROLE_NAMES.get(s.role, s.role))
        if s.inferred and s.title_start >= 0:
            notes.append("heading moved here from where the copy put it")
        if any(c.parent == s.parent and c.end <= s.start for c in closings):
            notes.append("after the closing in the source")
        if n:
            notes.append(f"{n} figures")
        note = f"   [{'; '.join(notes)}]" if notes else ""
        number = s.number or "·"
        lines.append(f"{'  ' * (s.level - 1)}{number} {title}{note}")
    return "\n".join(lines)
