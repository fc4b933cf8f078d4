"""How the account register reads in the table and in the details pane."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import Any, NamedTuple

from ....core.grandfathering import approval_due
from ....core.obligations.model import DUE_SOON, OVERDUE, new_tuple
from ....core.profile import AUTHORITIES
from ....core.vocabulary import ACCOUNT_STATUSES, PLATFORMS, AccountStatus
from ....services.accounts.approvals import NOT_RECORDED
from ....services.accounts.views import ListedAccount
from ....services.kernel.views import AccountView, CityView
from ...widgets.countdown import days_text
from ...widgets.table_model import Column


class AccountRow(NamedTuple):
    """An account's row: a tuple, so that each of a city's tens of thousands is made in one
    step (`new_tuple`). Its `view` is what the list shows of the account (`ListedAccount`);
    the row of the account selected carries it in full (`AccountView`, see `in_full`)."""

    view: AccountView | ListedAccount
    note: str  # approval, grandfathering deadline or discontinuation, in a few words
    note_tone: str | None
    # What the account's history keeps of its grandfathering deadline (R5) once approved late
    # (`services.obligations.ending.late_approval`): "approved 2,671 days after the deadline …".
    finding: str | None = None
    # What the records law says of it (R17): the requests holding it, the keep-until date.
    records: str | None = None
    # The retention series its records fall under (19.21), read for the details pane.
    retention: tuple[str, ...] = ()

    @property
    def id(self) -> int:
        return self.view.id


def in_full(row: AccountRow, view: AccountView) -> tuple[AccountRow, AccountView]:
    """The row with the account read in full (for the details pane and the dialogs)."""
    return row._replace(view=view), view


def account_row(
    view: AccountView | ListedAccount, city: CityView, now: datetime, finding: str | None = None
) -> AccountRow:
    """`finding`: the late approval's finding, for the details of one account."""
    status = view.status
    if status == AccountStatus.PRE_EXISTING:
        r5 = approval_due(city.adopted_on, city.profile, now)
        if r5 is None:
            return AccountRow(view, "in use before the policy; adoption date unknown", None)
        tone = r5.state if r5.state in (OVERDUE, DUE_SOON) else None
        note = f"approve by {r5.deadline.isoformat()}, {days_text(r5.deadline, now.date())}"
        return AccountRow(view, note, tone)
    if status == AccountStatus.APPROVED and view.approval is not None:
        a = view.approval
        note = f"{AUTHORITIES.get(a.authority, a.authority)}: {a.approved_by}, {a.approved_on}"
        if not a.determinations_recorded:
            return AccountRow(view, f"{NOT_RECORDED}; {note}", DUE_SOON, finding)
        return AccountRow(view, note, None, finding)
    if status == AccountStatus.DISCONTINUED:
        when = view.discontinued_on.isoformat() if view.discontinued_on else "on a day not recorded"
        why = view.discontinued_reason or "reason not recorded"
        return AccountRow(view, f"discontinued {when}: {why}", None)
    return AccountRow(view, "awaiting approval", None)


def account_rows(
    views: Sequence[AccountView | ListedAccount], city: CityView, now: datetime
) -> list[AccountRow]:
    """Each account's row. What the whole set shares is worked out once, not per account: the
    grandfathering deadline of every pre-existing account (one date for the city), and the
    note of the approvals that read alike (one authority, approver and day), and of the
    discontinuations on one day for one reason."""
    told: dict[Any, tuple[str, str | None]] = {}  # the note and tone each kind of row shares
    rows: list[AccountRow] = []
    add = rows.append
    for view in views:
        status, a = view.status, view.approval
        if status == AccountStatus.PRE_EXISTING:
            key: Any = status
        elif status == AccountStatus.APPROVED and a is not None:
            key = (a.authority, a.approved_by, a.approved_on, a.determinations_recorded)
        elif status == AccountStatus.DISCONTINUED:
            key = (status, view.discontinued_on, view.discontinued_reason)
        else:
            key = status  # awaiting approval
        shared = told.get(key)
        if shared is None:
            row = account_row(view, city, now)
            shared = told[key] = (row.note, row.note_tone)
        add(new_tuple(AccountRow, (view, *shared, None, None, ())))
    return rows


_STATUS_ORDER = {status: n for n, status in enumerate(ACCOUNT_STATUSES)}


def _status_order(row: AccountRow) -> int:
    return _STATUS_ORDER.get(row.view.status, len(_STATUS_ORDER))


COLUMNS: list[Column[AccountRow]] = [
    Column("URL", lambda r: r.view.url, width=280, tooltip=True, address=True),
    Column("Platform", lambda r: PLATFORMS.get(r.view.platform, r.view.platform), width=85),
    Column("Handle", lambda r: r.view.handle or "", width=150),
    Column("Department", lambda r: r.view.department, width=150),
    Column(
        "Status",
        lambda r: ACCOUNT_STATUSES.get(r.view.status, r.view.status),
        sort_key=_status_order,
        width=95,
    ),
    Column(
        "Approval or deadline",
        lambda r: r.note,
        tone=lambda r: r.note_tone,
        width=320,
        tooltip=True,
    ),
]


def row_tone(row: AccountRow) -> str | None:
    return "muted" if row.view.status == AccountStatus.DISCONTINUED else None


def _yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "not recorded"}[value]


def details_html(row: AccountRow) -> str:
    """The selected account in full (its row `in_full`), for the details pane."""
    v = row.view
    assert isinstance(v, AccountView), "the account read in full"
    lines = [
        ("Platform", PLATFORMS.get(v.platform, v.platform)),
        ("Handle", v.handle or "—"),
        ("Department", v.department),
        ("Purpose", v.purpose or "—"),
        ("City e-mail", v.city_email or "—"),
        ("Status", ACCOUNT_STATUSES.get(v.status, v.status)),
    ]
    if v.status == AccountStatus.PRE_EXISTING:
        lines.append(("Grandfathering", row.note))
    a = v.approval
    if a is not None:
        lines += [
            ("Approved by", f"{AUTHORITIES.get(a.authority, a.authority)}: {a.approved_by}"),
            ("Approved on", a.approved_on.isoformat()),
            ("Reference", a.reference or "—"),
        ]
        if row.finding:
            lines.append(("Grandfathering", row.finding))
        if a.determinations_recorded:
            lines += [
                ("Can administer", _yes_no(a.can_administer)),
                ("Monitored", a.monitoring or "—"),
                (
                    "IT notified",
                    _yes_no(a.it_notified)
                    + (f", on {a.it_notified_on.isoformat()}" if a.it_notified_on else ""),
                ),
            ]
        else:
            lines.append(("Determinations", "not recorded (imported approval)"))
    if v.request_form_on is not None:
        lines.append(
            ("Request form", f"completed {v.request_form_on.isoformat()} (its scan is kept)")
        )
    if v.status == AccountStatus.DISCONTINUED:
        when = v.discontinued_on.isoformat() if v.discontinued_on else "not recorded"
        lines += [("Discontinued on", when), ("Reason", v.discontinued_reason or "not recorded")]
    if row.records:
        lines.append(("Public records", row.records))
    for n, series in enumerate(row.retention):
        lines.append(("Retention" if n == 0 else "", series))
    cells = "".join(
        f"<tr><td style='padding-right:14px;color:#808080'>{escape(k)}</td>"
        f"<td>{escape(str(val))}</td></tr>"
        for k, val in lines
    )
    return f"<p><b>{escape(v.url)}</b></p><table>{cells}</table>"
