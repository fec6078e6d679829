"""jmdesk parse FILE [--json]: clean and outline one document, with its figures."""
from __future__ import annotations

from jmdesk.commands import EXIT_OK, load_or_exit, write_json


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
    lines = [head or doc.source, f"{len(doc.text)} characters, {len(doc.sections)} headings, "
             f"{len(doc.figures)} figures"]
    if doc.misreadings:
        lines.append("suspected misreadings: " + ", ".join(
            f"{x.text}→{x.suggestion}" for x in doc.misreadings))
    lines.append("")
    for s in doc.sections:
        n = sum(1 for f in doc.figures if s.start <= f.start < s.end)
        mark = " (placed)" if s.inferred else ""
        count = f"  [{n} figures]" if n else ""
        lines.append(f"{'  ' * (s.level - 1)}{s.number or '·'} {s.title}{mark}{count}")
    return "\n".join(lines)
