"""One report as an HTML page with every regulation, organization, measure and place it names
highlighted by kind, for checking by eye what extraction found (``fazhi show``).

Styled after spaCy's displaCy entity view, but written here because displaCy cannot show what
this view must: its ``ent`` style garbles overlapping spans and its ``span`` style puts a space
between every token, i.e. between every Chinese character. Here mentions nest (an organization
inside a regulation's title is marked inside the title's mark); a mention that crosses another
is cut at the outer one's end and says so in its tooltip. Every piece of the report is escaped;
the page has no script at all and a Content-Security-Policy that allows none.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape

from fazhi.model import DocumentResult, Entity, Kind

KIND_COLORS = {Kind.REGULATION: "#a8c6e8", Kind.ORGANIZATION: "#f7c59f", Kind.MEASURE: "#b5dfa8",
               Kind.PLACE: "#dcc4e0"}
KIND_TAGS = {Kind.REGULATION: "REG", Kind.ORGANIZATION: "ORG", Kind.MEASURE: "MSR", Kind.PLACE: "PLACE"}
SHOWN_KINDS = tuple(KIND_COLORS)
ENTITY_FIELDS = ("type", "doc_number", "issuer", "relation", "gazetteer_title", "level", "version", "place_code")


@dataclass
class _Span:
    start: int
    end: int
    entity: int  # index into the entity list
    mention: int  # number of the mention in the page, for anchors
    rule: str
    cut: bool = False  # crossed an enclosing span and was cut at its end
    children: list[_Span] = field(default_factory=list)


def _spans(text: str, entities: list[Entity]) -> tuple[list[_Span], int]:
    """Mentions as a forest of nested spans; and how many mentions did not match the text."""
    flat, mismatched = [], 0
    for i, entity in enumerate(entities):
        for m in entity.mentions:
            if not (0 <= m.start < m.end <= len(text)) or text[m.start:m.end] != m.text:
                mismatched += 1
                continue
            flat.append(_Span(m.start, m.end, i, 0, m.rule))
    kind_rank = {k: r for r, k in enumerate(SHOWN_KINDS)}
    flat.sort(key=lambda s: (s.start, -s.end, kind_rank[entities[s.entity].kind], s.entity))
    roots: list[_Span] = []
    stack: list[_Span] = []
    previous = None
    for number, span in enumerate(flat, 1):
        if previous is not None and (previous.start, previous.end, previous.entity) == (span.start, span.end, span.entity):
            continue  # the same mention recorded twice
        previous = span
        span.mention = number
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            span.end, span.cut = stack[-1].end, True
        (stack[-1].children if stack else roots).append(span)
        stack.append(span)
    return roots, mismatched


def _render(text: str, spans: list[_Span], start: int, end: int, entities: list[Entity]) -> str:
    out, pos = [], start
    for span in spans:
        out.append(escape(text[pos:span.start]))
        entity = entities[span.entity]
        tip = f"{entity.name} · {entity.kind.value} · {entity.type} · {span.rule}" + (
            " · cut: crosses the mention around it" if span.cut else "")
        out.append(f'<mark id="m{span.mention}" class="ent {entity.kind.value}" title="{escape(tip)}">'
                   + _render(text, span.children, span.start, span.end, entities)
                   + f'<span class="tag">{KIND_TAGS[entity.kind]}</span></mark>')
        pos = span.end
    out.append(escape(text[pos:end]))
    return "".join(out)


def _first_mentions(spans: list[_Span]) -> dict[int, tuple[int, int]]:
    """Entity index → (anchor of its first mention in the text, number of mentions shown)."""
    first: dict[int, int] = {}
    count: Counter = Counter()

    def walk(items: list[_Span]) -> None:
        for s in items:
            first.setdefault(s.entity, s.mention)
            count[s.entity] += 1
            walk(s.children)

    walk(spans)
    return {e: (first[e], count[e]) for e in first}


_STYLE = """
body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif;
       margin: 0 auto; max-width: 60em; padding: 1em 2em 4em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 2em; }
.meta { color: #555; } .meta b { color: #222; font-weight: 600; }
.legend label { margin-right: 1.2em; cursor: pointer; white-space: nowrap; }
.text { white-space: pre-wrap; line-height: 2.3; border-top: 1px solid #ddd; padding-top: 1em; }
mark.ent { border-radius: .3em; padding: .15em .25em; margin: 0 .1em; }
mark.ent mark.ent { padding: .05em .15em; border: 1px solid rgba(0,0,0,.25); }
.tag { font-size: .62em; font-weight: 700; margin-left: .3em; vertical-align: middle; color: #333; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { text-align: left; padding: .2em .5em; border-bottom: 1px solid #eee; vertical-align: top; }
td.n { text-align: right; } .warnings { color: #8a5a00; }
"""


def report_page(text: str, result: DocumentResult) -> str:
    """The HTML page of one report: metadata, legend, the text with marks, a table per kind."""
    entities = [e for e in result.entities if e.kind in KIND_COLORS]
    roots, mismatched = _spans(text, entities)
    anchors = _first_mentions(roots)
    r = result.report
    colors = "".join(f".ent.{k.value}, .sw.{k.value} {{ background: {c}; }}\n" for k, c in KIND_COLORS.items())
    # unticking a kind in the legend takes its colour away (CSS only: the page runs no script)
    toggles = "".join(f"body:has(#show-{k.value}:not(:checked)) mark.{k.value} {{ background: none; border: 0; }}\n"
                      f"body:has(#show-{k.value}:not(:checked)) mark.{k.value} > .tag {{ display: none; }}\n"
                      for k in KIND_COLORS)
    counts = Counter(e.kind for e in entities)
    title = r.title or r.doc_id
    parts = [
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        f"<title>{escape(title)} · fazhi</title>\n<style>{_STYLE}{colors}{toggles}</style>\n</head>\n<body>\n",
        f"<h1>{escape(title)}</h1>\n<p class=\"meta\">",
        " · ".join(f"{label} <b>{escape(str(value))}</b>" for label, value in (
            ("file", r.doc_id), ("publisher", r.publisher), ("region", r.region), ("year", r.year), ("date", r.date))
            if value),
        "</p>\n<p class=\"legend\">",
        "".join(f'<label><input type="checkbox" id="show-{k.value}" checked> <span class="ent sw {k.value}">'
                f'{k.value} <span class="tag">{KIND_TAGS[k]}</span></span> {counts.get(k, 0)}</label>'
                for k in KIND_COLORS),
        "</p>\n",
    ]
    warnings = list(result.warnings) + ([f"{mismatched} mentions do not match the text and are not shown"]
                                        if mismatched else [])
    if warnings:
        parts.append("<ul class=\"warnings\">" + "".join(f"<li>{escape(w)}</li>" for w in warnings) + "</ul>\n")
    parts.append(f"<div class=\"text\">{_render(text, roots, 0, len(text), entities)}</div>\n")
    for kind in SHOWN_KINDS:
        of_kind = sorted(((i, e) for i, e in enumerate(entities) if e.kind is kind), key=lambda p: anchors.get(p[0], (10**9, 0)))
        if not of_kind:
            continue
        parts.append(f"<h2>{kind.value} ({len(of_kind)})</h2>\n<table><tr><th>name</th><th>attributes</th>"
                     f"<th>aliases</th><th>mentions</th></tr>\n")
        for i, e in of_kind:
            anchor, shown = anchors.get(i, (None, 0))
            name = f'<a href="#m{anchor}">{escape(e.name)}</a>' if anchor else escape(e.name)
            attributes = "; ".join(f"{f}: {escape(str(getattr(e, f)))}" for f in ENTITY_FIELDS
                                   if getattr(e, f, None) not in (None, ""))
            parts.append(f"<tr><td>{name}</td><td>{attributes}</td><td>{escape(', '.join(e.aliases))}</td>"
                         f"<td class=\"n\">{shown}</td></tr>\n")
        parts.append("</table>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)


__all__ = ["report_page"]
