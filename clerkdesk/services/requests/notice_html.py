"""The 19.34 notice and the annual request report as accessible pages (WCAG 2.1 AA, R21), for
the city to post beside its public list of accounts: the same words and figures as the
printouts (`notice.records_notice`, `notice.report_data`), in the page frame of
`accounts.html_page`. A page for anyone: the custodians by name and title, not their own
telephone or e-mail (the printed notice, kept in the office, has them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..accounts.html_page import page, table, text

if TYPE_CHECKING:
    from ...printing.records_notice import NoticeData, ReportData

_MISSING = "Not recorded yet."


def _lines(words: str) -> str:
    """Text of several lines, each on its own."""
    return "<br>".join(text(line) for line in words.splitlines())


def render_notice_html(data: NoticeData) -> str:
    body = [
        "<p>Any person may ask to inspect or copy a record of the city. A request may be made "
        "orally or in writing, to the office below or to the custodian of the record; it need "
        "not say who asks or why. It is answered as soon as practicable and without delay "
        f"(Wis. Stat. 19.35(4)(a)); the office aims to answer within {text(data.response_days)} "
        "work days"
        + (f" ({text(data.response_source)})" if data.response_source else "")
        + ". A denial is in writing, gives its reasons and says how it can be reviewed "
        "(Wis. Stat. 19.35(4)(b)).</p>",
        "<h2>Where to ask</h2>",
        f"<p><strong>{text(data.records_office)}</strong><br>"
        f"{_lines(data.contact) if data.contact else text(_MISSING)}</p>",
        "<h2>When the office is open to the public</h2>",
        f"<p>{_lines(data.office_hours) if data.office_hours else text(_MISSING)}</p>",
        "<h2>Custodians of the city's social media accounts</h2>",
    ]
    if data.custodians:
        body.append(
            table(
                f"The custodians of the {data.city}'s social media accounts",
                ("Custodian", "Title", "Accounts"),
                (
                    (
                        text(c.name),
                        text(c.title or "-"),
                        "<br>".join(text(a) for a in c.accounts),
                    )
                    for c in data.custodians
                ),
                row_heads=True,
            )
        )
        body.append(
            "<p>Ask the office above to reach a custodian: no one's own telephone or e-mail is "
            "on this page.</p>"
        )
    else:
        body.append("<p>No account has a custodian designated.</p>")
    body.append(
        '<p class="muted">Fees: the city may charge the actual, necessary and direct cost of '
        "copies, and of locating a record when that costs $50 or more (Wis. Stat. "
        "19.35(3)).</p>"
    )
    return page(
        f"Public records: how to ask for them — {data.city}",
        f"Public records of the {data.city}: how to ask for them",
        body,
    )


def render_report_html(data: ReportData, city: str) -> str:
    body = [
        f'<p class="muted">{text(data.basis)}</p>',
        table(
            f"Public-records requests of the {city} in {data.year}",
            ("Figure", "In the year"),
            ((text(what), text(value)) for what, value in data.figures),
            row_heads=True,
        ),
        "<h2>Denials by their reasons</h2>",
    ]
    if data.denials:
        body.append(
            table(
                f"Requests denied in {data.year}, in whole or in part, by their reasons",
                ("Reasons given", "Requests"),
                ((text(reasons), text(count)) for reasons, count in data.denials),
                row_heads=True,
            )
        )
    else:
        body.append("<p>No request was denied, in whole or in part, in the year.</p>")
    return page(
        f"Public-records requests in {data.year} — {city}",
        f"Public-records requests of the {city} in {data.year}",
        body,
    )
