"""Site checks (R11, R13-R15): ClerkDesk cannot see the platforms, so it keeps what a person
found when they looked at each site: which required notices it shows, whether direct messages
are off or archived, whether MFA is on, the day of its last post, where its records are
archived, from the city's accessibility date what its posts meet of WCAG's asks (R21), and
where the city's policy asks it the site's upkeep (R14, Janesville: monitored each work day,
questions answered within 48 hours when practical)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ...core.duties import (
    ACCESSIBILITY,
    DIRECT_MESSAGES,
    DIRECTED,
    MFA_STATES,
    UPKEEP,
    SiteCheckFacts,
)
from ...core.errors import ClerkDeskError
from ...core.notices import city_notices
from ...core.obligations.model import AccountFacts, new_tuple
from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.site_checks import SiteCheck
from ..integrity.audit import Change, diff
from ..kernel.common import clean, rows_of
from ..kernel.database import Database
from ..kernel.field_checks import check_dates_of
from ..kernel.inputs import Given, gives
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from .directed import with_frequencies

_FIELDS = (
    "notices",
    "direct_messages",
    "mfa",
    "last_post_on",
    "archived_in",
    "accessible",
    *UPKEEP,
    DIRECTED,
)
# What a check answers of the upkeep (UPKEEP), as a file and the form give it.
ANSWERS = ("yes", "no")


@dataclass(frozen=True)
class SiteCheckInput:
    account_url: str
    checked_on: date | None
    checked_by_employee_id: str
    notices: tuple[str, ...] = ()
    direct_messages: str = "off"
    mfa: str = "on"
    last_post_on: date | None = None
    archived_in: str | None = None
    accessible: tuple[str, ...] | None = None  # ACCESSIBILITY keys met; None: not recorded
    monitored_daily: str | None = None  # "yes", "no"; None: not recorded (R14)
    answered_48h: str | None = None
    monitored_as_directed: str | None = None  # as the Department Head directed (R14, Stoughton)
    given: Given = None


@dataclass(frozen=True, slots=True)
class SiteCheckView:
    id: int
    account_id: int
    url: str
    checked_on: date
    checked_by_employee_id: str
    checked_by: str
    notices: tuple[str, ...]
    direct_messages: str
    mfa: str
    last_post_on: date | None
    archived_in: str | None
    accessible: tuple[str, ...] | None  # what the posts since the accessibility date meet
    monitored_daily: str | None = None  # the upkeep (R14): "yes", "no", None: not recorded
    answered_48h: str | None = None
    monitored_as_directed: str | None = None  # as the Department Head directed (R14)


def plan_site_check(planning: Planning, data: SiteCheckInput, current: SiteCheck | None) -> Plan:
    """Record a check of an account's site, or change `current` (matched by account and day)."""
    lookups, session = planning.lookups, planning.session
    problems: dict[str, str] = {}
    url, account_id = "", None
    try:
        account_id, url = lookups.account_at(data.account_url)
    except ClerkDeskError as exc:
        problems["account_url"] = exc.message
    key = f"{url} {data.checked_on or ''}".strip()
    if data.checked_on is None:
        problems["checked_on"] = "required: the day the site was checked"
    check_dates_of({"checked_on": data.checked_on}, planning.today, problems)
    if data.checked_on is not None and data.checked_on > planning.today:
        problems["checked_on"] = (
            f"is in the future (today is {planning.today}): record a check once it is made"
        )
    check_dates_of({"last_post_on": data.last_post_on}, planning.today, problems)
    if data.last_post_on and data.checked_on and data.last_post_on > data.checked_on:
        problems["last_post_on"] = f"is after the check ({data.checked_on})"
    employee_id = clean(data.checked_by_employee_id) or ""
    checker = lookups.people.get(employee_id)
    if not employee_id:
        problems["checked_by_employee_id"] = "required: who checked the site"
    elif checker is None:
        problems["checked_by_employee_id"] = f"no person with employee ID {employee_id!r}"
    notices = tuple(dict.fromkeys(n.lower() for n in data.notices))
    known = city_notices(planning.profile)
    if bad := [n for n in notices if n not in known]:
        problems["notices"] = (
            f"unknown notice {bad[0]!r}: the {planning.profile.title} names "
            + f"{', '.join(known)}"
        )
    dms, mfa = (data.direct_messages or "").lower(), (data.mfa or "").lower()
    if dms not in DIRECT_MESSAGES:
        problems["direct_messages"] = f"one of: {', '.join(DIRECT_MESSAGES)}"
    if mfa not in MFA_STATES:
        problems["mfa"] = f"one of: {', '.join(MFA_STATES)}"
    accessible = None
    if data.accessible is not None:
        accessible = tuple(dict.fromkeys(k.lower() for k in data.accessible))
        if bad := [k for k in accessible if k not in ACCESSIBILITY]:
            problems["accessible"] = f"unknown {bad[0]!r} (one of: {', '.join(ACCESSIBILITY)})"
    upkeep: dict[str, str | None] = {}
    for name in (*UPKEEP, DIRECTED):
        said = (clean(getattr(data, name)) or "").lower() or None
        if said is not None and said not in ANSWERS:
            problems[name] = "`yes`, `no` or blank (not recorded)"
        upkeep[name] = said
    archived_in = clean(data.archived_in)
    if archived_in and len(archived_in) > 300:
        problems["archived_in"] = "at most 300 characters"
    if current is None and account_id is not None and data.checked_on is not None:
        current = session.execute(
            select(SiteCheck).where(
                SiteCheck.account_id == account_id, SiteCheck.checked_on == data.checked_on
            )
        ).scalar_one_or_none()
    if problems:
        return failed(problems, key)
    values: dict[str, Any] = {
        "checked_by_id": checker,
        "notices": " ".join(n for n in known if n in notices),
        "direct_messages": dms,
        "mfa": mfa,
        "last_post_on": data.last_post_on,
        "archived_in": archived_in,
        "accessible": None
        if accessible is None
        else " ".join(k for k in ACCESSIBILITY if k in accessible),
        **upkeep,
    }
    if current is not None:
        for name in _FIELDS:
            if not gives(data.given, name):
                values[name] = getattr(current, name)
    shown = {**{k: v for k, v in values.items() if k != "checked_by_id"}, "checked_by": employee_id}
    if current is None:
        return Plan(
            key=key,
            insert={
                "account_id": account_id,
                "checked_on": data.checked_on,
                "recorded_at": planning.now,
                **values,
            },
            changes=[
                Change(
                    "site_check.create",
                    "site_check",
                    key,
                    f"Recorded the site check of {url} on {data.checked_on}{planning.via}",
                    shown,
                )
            ],
            outcome=ADDED,
        )
    old = {k: getattr(current, k) for k in values}
    changes = diff(old, values)
    if not changes:
        return Plan(key=key, update={}, outcome=UNCHANGED, row_id=current.id)
    if "checked_by_id" in changes:
        changes["checked_by"] = [lookups.employee_id_of(current.checked_by_id), employee_id]
        del changes["checked_by_id"]
    return Plan(
        key=key,
        row_id=current.id,
        update={"id": current.id, **values},
        changes=[
            Change(
                "site_check.update",
                "site_check",
                key,
                f"Changed the site check of {url} on {data.checked_on}{planning.via}",
                changes,
            )
        ],
        outcome=UPDATED,
    )


def save_site_check(db: Database, check_id: int | None, data: SiteCheckInput) -> SiteCheckView:
    return write_one(
        db,
        SiteCheck,
        check_id,
        "that site check is no longer in the register",
        lambda planning, current: plan_site_check(planning, data, current),
        lambda session, row_id: _view(
            session.execute(checks_query().where(SiteCheck.id == row_id)).one()
        ),
    )


def checks_query() -> Any:
    return (
        select(
            SiteCheck.id,
            Account.id,
            Account.url,
            SiteCheck.checked_on,
            Person.employee_id,
            Person.name,
            SiteCheck.notices,
            SiteCheck.direct_messages,
            SiteCheck.mfa,
            SiteCheck.last_post_on,
            SiteCheck.archived_in,
            SiteCheck.accessible,
            SiteCheck.monitored_daily,
            SiteCheck.answered_48h,
            SiteCheck.monitored_as_directed,
        )
        .join(Account, Account.id == SiteCheck.account_id)
        .join(Person, Person.id == SiteCheck.checked_by_id)
    )


def _view(row: Any) -> SiteCheckView:
    values = list(row)
    values[6] = tuple((values[6] or "").split())
    values[11] = None if values[11] is None else tuple(values[11].split())
    return SiteCheckView(*values)


def list_site_checks(db: Database, account_id: int | None = None) -> Sequence[SiteCheckView]:
    """Every check, latest first (or only those of one account)."""
    query = checks_query().order_by(SiteCheck.checked_on.desc(), Account.url)
    if account_id is not None:
        query = query.where(SiteCheck.account_id == account_id)
    with db.reading() as session:
        return [_view(row) for row in session.execute(query)]


def site_check_rows(session: Session, tz: object) -> list[tuple[object, ...]]:
    """The `site-checks` file's rows (csv_format)."""
    rows = session.execute(checks_query().order_by(Account.url, SiteCheck.checked_on))
    return [
        (
            v.url,
            v.checked_on,
            v.checked_by_employee_id,
            " ".join(v.notices),
            v.direct_messages,
            v.mfa,
            v.last_post_on,
            v.archived_in,
            accessibility_cell(v.accessible),
            v.monitored_daily,
            v.answered_48h,
            v.monitored_as_directed,
        )
        for v in map(_view, rows)
    ]


def accessibility_cell(met: tuple[str, ...] | None) -> str:
    """The `accessibility` column of the `site-checks` file: the asks met, `none` for none,
    blank where the check did not record it."""
    return "" if met is None else " ".join(met) or "none"


def accessibility_read(cell: str | None) -> tuple[str, ...] | None:
    """The `accessibility` column as the form gives it (accessibility_cell read back)."""
    met = tuple((cell or "").split())
    return None if not met else () if met == ("none",) else met


def _day(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


# What a site never checked holds after its account's four fields (SiteCheckFacts' defaults).
_NEVER = SiteCheckFacts(0, "", "", None)[4:]


def site_check_facts(
    session: Session, accounts: Iterable[AccountFacts], unchecked: bool = True
) -> tuple[SiteCheckFacts, ...]:
    """Each account in use (the snapshot's approved and pre-existing accounts) with its last
    check (R11, R13-R15); `unchecked` False leaves out the accounts never checked (where no
    periodic check is asked for, R15 off, only a check's findings count)."""
    last: dict[int, Any] = {}
    # The days compared as the driver gives them (SQLite: ISO text, which sorts as the days
    # do; a server: dates), and only each account's last one parsed: at city scale reading
    # them is most of the time this takes.
    rows = rows_of(
        session,
        select(
            SiteCheck.account_id,
            type_coerce(SiteCheck.checked_on, String),
            SiteCheck.notices,
            SiteCheck.direct_messages,
            SiteCheck.mfa,
            type_coerce(SiteCheck.last_post_on, String),
            SiteCheck.archived_in,
            SiteCheck.accessible,
            SiteCheck.monitored_daily,
            SiteCheck.answered_48h,
            SiteCheck.monitored_as_directed,
        ),
    )
    for row in rows:
        known = last.get(row[0])
        if known is None or row[1] > known[1]:
            last[row[0]] = row
    shown: dict[str, frozenset[str]] = {}  # the same few lists of notices, split once
    days: dict[Any, Any] = {}  # the same few hundred days, each parsed once
    facts: list[SiteCheckFacts] = []
    add = facts.append
    for a in accounts:
        found = last.get(a.id)
        if found is None:
            if unchecked:
                add(new_tuple(SiteCheckFacts, (a.id, a.url, a.department, a.approved_on, *_NEVER)))
            continue
        (
            _id,
            checked_on,
            notices,
            dms,
            mfa,
            last_post,
            archived_in,
            met,
            monitored,
            answered,
            directed,
        ) = found
        checked = days.get(checked_on)
        if checked is None:
            checked = days[checked_on] = _day(checked_on)
        posted = days.get(last_post)
        if posted is None and last_post is not None:
            posted = days[last_post] = _day(last_post)
        listed = shown.get(notices)
        if listed is None:
            listed = shown[notices] = frozenset(notices.split())
        # All fifteen fields in order, made in one step (as the obligations engine makes its
        # thousands), which skips the keyword handling of SiteCheckFacts(...).
        add(
            new_tuple(
                SiteCheckFacts,
                (
                    a.id,
                    a.url,
                    a.department,
                    a.approved_on,
                    checked,
                    listed,
                    dms,
                    mfa,
                    posted,
                    archived_in,
                    None if met is None else frozenset(met.split()),
                    monitored,
                    answered,
                    directed,
                    None,
                ),
            )
        )
    return with_frequencies(session, facts)
