"""The inventory of the city's accounts (R20) as an accessible HTML page: the same data and the
same parts as the printout (`printing.accounts`): a summary by department and platform, what
is overdue, then each department's accounts with who answers for them. No password is ever in
it: "on file" says only that the office keeps it in the city's credential store."""

from __future__ import annotations

from ...core.dates import long_date, short_date
from ...printing.accounts_data import InventoryAccount, InventoryData, InventoryDepartment
from .html_page import link, page, table, text


def render_inventory_html(data: InventoryData, city: str, office: str) -> str:
    as_of = long_date(data.as_of)
    departments = len(data.departments)
    body = [
        f"<p>As of {text(as_of)}: {_count(data.total, 'account')} in "
        f"{_count(departments, 'department')}, every account not discontinued. Kept by the "
        f"{text(office)}.</p>",
        "<h2>Accounts by department and platform</h2>",
        _summary(data),
        "<h2>Overdue</h2>",
    ]
    if data.overdue:
        body.append(
            table(
                f"What is overdue as of {as_of}",
                ("What is overdue", "How many"),
                [(text(what), text(n)) for what, n in data.overdue],
            )
        )
    else:
        body.append(f"<p>Nothing is overdue as of {text(as_of)}.</p>")
    body.append(
        '<p class="muted">No password is in this inventory: “on file” says only that the '
        "office keeps it in the city's credential store.</p>"
    )
    for department in data.departments:
        body.extend(_department(department))
    return page(
        f"Account inventory as of {as_of} — {city}",
        f"Inventory of the {city}'s social media accounts",
        body,
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _review(d: InventoryDepartment) -> str:
    last = f"last {short_date(d.last_review)}" if d.last_review else "none recorded yet"
    if d.next_review is None:
        return text(f"{last}; none due (nobody has access)")
    due = f"next due {short_date(d.next_review)}"
    if d.review_overdue:
        return f'{text(last)}; <span class="late">{text(due)} (overdue)</span>'
    return text(f"{last}; {due}")


def _summary(data: InventoryData) -> str:
    platforms = list(data.platforms)
    rows = []
    totals = dict.fromkeys(platforms, 0)
    for d in data.departments:
        counts = dict.fromkeys(platforms, 0)
        for a in d.accounts:
            counts[a.platform] = counts.get(a.platform, 0) + 1
            totals[a.platform] = totals.get(a.platform, 0) + 1
        late = sum(a.overdue for a in d.accounts)
        rows.append(
            (
                text(d.name),
                *[text(counts[p] or "") for p in platforms],
                text(len(d.accounts)),
                text(late or ""),
                _review(d),
            )
        )
    late_total = sum(a.overdue for d in data.departments for a in d.accounts)
    rows.append(
        (
            "All departments",
            *[text(totals[p]) for p in platforms],
            text(data.total),
            text(late_total or ""),
            "",
        )
    )
    return table(
        "How many accounts each department has on each platform, and its access review",
        ("Department", *platforms, "Total", "Overdue", "Access review"),
        rows,
        row_heads=True,
    )


def _department(d: InventoryDepartment) -> list[str]:
    head = f"head: {d.head}" if d.head else "no head recorded"
    return [
        f"<h2>{text(d.name)}</h2>",
        f"<p>{text(_count(len(d.accounts), 'account'))}; {text(head + d.approver_words)}. "
        f"Access review: {_review(d)}.</p>",
        table(
            f"{d.name}: accounts and who answers for them",
            (
                "Account",
                "Status and approval",
                "Custodian and authorized users",
                "Records archived in",
                "Credential",
                "Site check",
            ),
            [_row(a) for a in d.accounts],
            row_heads=True,
        ),
    ]


def _lines(*parts: str) -> str:
    """Cell lines, each already HTML, one under the other."""
    return "<br>".join(p for p in parts if p)


def _row(a: InventoryAccount) -> tuple[str, ...]:
    words = f"{a.handle or a.platform} on {a.platform}" if a.handle else f"{a.platform} account"
    account = _lines(
        link(a.url, words),
        f'<span class="address">{text(a.url)}</span>',
        text(a.purpose or ""),
    )
    status = _lines(
        f"<strong>{text(a.status)}</strong>",
        text(a.approval or ""),
        text(a.records or ""),
        f'<span class="late">{text(a.overdue)} overdue</span>' if a.overdue else "",
    )
    people = [
        _lines(
            f"{text(p.role)}: {text(p.name)}" + (f", {text(p.title)}" if p.title else ""),
            text(p.contact or ""),
        )
        for p in a.people
    ]
    who = (
        '<ul class="plain">' + "".join(f"<li>{p}</li>" for p in people) + "</ul>"
        if people
        else '<span class="late">nobody designated</span>'
    )
    credential = _lines("On file" if a.credential_on_file else "Not on file", text(f"MFA {a.mfa}"))
    return (
        account,
        status,
        who,
        text(a.archived_in or "not recorded"),
        credential,
        text(a.site_check or ""),
    )
