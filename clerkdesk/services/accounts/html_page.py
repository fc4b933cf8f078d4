"""Accessible HTML pages of what the city may publish (WCAG 2.1 AA, R21): the public list of
its accounts and the inventory. One page frame for both: the language, a title, one `h1`,
tables with a caption and column heads, links whose words say where they go, colours with
enough contrast, a visible keyboard focus, and no script. Plain text in, text out: nothing here
queries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

# Colours: the text on white 16:1, the links 8:1, the muted text and the headings' shade well
# above 4.5:1 (WCAG 1.4.3).
STYLE = """
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 1rem;
  line-height: 1.5; color: #1a1a1a; background: #ffffff; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.75rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; }
p { margin: 0 0 0.75rem; max-width: 60rem; }
.muted { color: #4a4a4a; }
a { color: #0a4b8f; text-decoration: underline; }
a:visited { color: #5b2a86; }
a:focus-visible, a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px;
  background: #fff3b0; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem;
  border-bottom: 1px solid #8a8a8a; }
thead th { background: #e4ebf3; border-bottom: 2px solid #1a1a1a; }
tbody tr:nth-child(even) { background: #f4f6f9; }
tbody th { font-weight: normal; }
.address { overflow-wrap: anywhere; }
.late { color: #a3001b; font-weight: 600; }
ul.plain { list-style: none; margin: 0; padding: 0; }
@media print { a { color: #1a1a1a; } main { max-width: none; } }
"""


def text(value: object) -> str:
    """`value` as HTML text, every character that means something in HTML escaped."""
    return escape("" if value is None else str(value), quote=True)


def link(url: str, words: str) -> str:
    """A link whose words say where it goes (WCAG 2.4.4); only web addresses are linked."""
    if not url.lower().startswith(("https://", "http://")):
        return text(words)
    return f'<a href="{text(url)}">{text(words)}</a>'


def page(title: str, heading: str, body: Iterable[str], lang: str = "en") -> str:
    """A whole page: `heading` is its one `h1`; `body` is HTML already made."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{text(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{text(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{text(heading)}</h1>",
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def table(
    caption: str, heads: Sequence[str], rows: Iterable[Sequence[str]], row_heads: bool = False
) -> str:
    """A data table: its caption, a column head (`scope="col"`) for every column, and rows of
    cells already made HTML; with `row_heads`, each row's first cell heads its row."""
    lines = ["<table>", f"<caption>{text(caption)}</caption>", "<thead>", "<tr>"]
    lines += [f'<th scope="col">{text(h)}</th>' for h in heads]
    lines += ["</tr>", "</thead>", "<tbody>"]
    for row in rows:
        cells = list(row)
        lines.append("<tr>")
        for i, cell in enumerate(cells):
            if row_heads and i == 0:
                lines.append(f'<th scope="row">{cell}</th>')
            else:
                lines.append(f"<td>{cell}</td>")
        lines.append("</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)
