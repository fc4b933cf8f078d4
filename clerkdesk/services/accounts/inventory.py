"""The inventory of the city's accounts (R20): every account not discontinued, by department,
with who answers for it, where its records are kept and what is overdue. The data is gathered
here in one read; `clerkdesk.printing.accounts` draws it (imported only when printed)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...core import obligations as engine
from ...core.dates import long_date, short_date
from ...core.obligations.model import OVERDUE
from ...core.obligations.review import ACCESS_REVIEW
from ...core.obligations.site_check import site_checks_read
from ...core.profile import PolicyProfile
from ...core.vocabulary import ACCOUNT_STATUSES, PLATFORMS, ROLES, AccountStatus
from ...printing.accounts_data import (
    InventoryAccount,
    InventoryData,
    InventoryDepartment,
    InventoryPerson,
)
from ...store.models.accounts import Account
from ...store.models.credentials import Credential
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review
from ...store.models.terms import Assignment
from ..integrity.audit import Change
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.views import AccountView
from ..obligations.snapshot import snapshot
from ..requests.holds import records_in
from ..site_checks.status import SiteStatus, statuses_in
from .views import account_query, to_view

Progress = Callable[[int, int], None]
ROLE_ORDER = {"custodian": 0, "administrator": 1, "authorized-user": 2}


def inventory(db: Database) -> InventoryData:
    """The inventory as it stands now."""
    now = db.clock()
    with db.reading() as session:
        profile = profile_of(city_row(session))
        return _gather(session, profile, now, city_today(db, profile))


def gather(session: Session, profile: PolicyProfile, now: datetime, today: date) -> InventoryData:
    """The inventory in the caller's session (the public list's pages read it so)."""
    return _gather(session, profile, now, today)


def _gather(session: Session, profile: PolicyProfile, now: datetime, today: date) -> InventoryData:
    accounts = [
        to_view(row)
        for row in session.execute(
            account_query()
            .where(Account.status != AccountStatus.DISCONTINUED)
            .order_by(Department.name, Account.platform, Account.url)
        ).all()
    ]
    people = _people(session, now)
    credentials: dict[int, tuple[bool, bool, str | None]] = {
        row[0]: (row[1], row[2], row[3])
        for row in session.execute(
            select(
                Credential.account_id,
                Credential.password_on_file,
                Credential.mfa_enabled,
                Credential.mfa_method,
            )
        ).all()
    }
    items = engine.compute(snapshot(session, now), now)
    overdue = [o for o in items if o.state == OVERDUE]
    late_by_account: Counter[int] = Counter(
        o.account_id for o in overdue if o.account_id is not None
    )
    review_due = {o.department: o for o in items if o.kind == ACCESS_REVIEW}
    last_review: dict[str, date | None] = {
        name: day
        for name, day in session.execute(
            select(Department.name, func.max(Review.completed_on))
            .join(Review, Review.department_id == Department.id)
            .group_by(Department.name)
        ).all()
    }
    heads: dict[str, str] = {
        department: head
        for department, head in session.execute(
            select(Department.name, Person.name).join(
                Person, Person.id == Department.head_person_id
            )
        ).all()
    }
    approvers: dict[str, str] = {
        department: approver
        for department, approver in session.execute(
            select(Department.name, Department.policy_approver).where(
                Department.policy_approver.is_not(None)
            )
        ).all()
    }
    records = records_in(session, profile, today, None)
    sites = (
        {s.account_id: s for s in statuses_in(session, city_row(session), profile, now)}
        if site_checks_read(profile)
        else {}
    )
    by_department: dict[str, list[InventoryAccount]] = defaultdict(list)
    for account in accounts:
        row = _account(profile, account, people, credentials, late_by_account)
        held = records.get(account.id)
        by_department[account.department].append(
            replace(
                row,
                records=held.describe() or None if held else None,
                site_check=_site_words(sites.get(account.id)),
            )
        )
    departments = []
    for name, rows in by_department.items():
        due = review_due.get(name)
        departments.append(
            InventoryDepartment(
                name=name,
                head=heads.get(name),
                last_review=last_review.get(name),
                next_review=due.due if due is not None and isinstance(due.due, date) else None,
                review_overdue=due is not None and due.state == OVERDUE,
                accounts=tuple(rows),
                approver=approvers.get(name),
            )
        )
    used = Counter(a.platform for a in accounts)
    platforms = tuple(
        PLATFORMS.get(p, p) for p, _ in sorted(used.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    kinds = Counter(engine.kind_of(o.kind).label for o in overdue)
    return InventoryData(
        as_of=today,
        departments=tuple(departments),
        platforms=platforms,
        overdue=tuple(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def _people(session: Session, now: datetime) -> dict[int, list[InventoryPerson]]:
    """Who holds a role on each account now: custodian first, then administrators, then
    authorized users, each by name."""
    rows = session.execute(
        select(
            Assignment.account_id,
            Assignment.role,
            Person.name,
            Person.title,
            Person.email,
            Person.phone,
        )
        .join(Person, Person.id == Assignment.person_id)
        .where(
            Assignment.starts_at <= now,
            or_(Assignment.ends_at.is_(None), Assignment.ends_at > now),
        )
    ).all()
    found: dict[int, list[tuple[int, str, InventoryPerson]]] = defaultdict(list)
    for account_id, role, name, title, email, phone in rows:
        contact = " · ".join(c for c in (email, phone) if c) or None
        person = InventoryPerson(ROLES.get(role, role), name, title, contact)
        found[account_id].append((ROLE_ORDER.get(role, 3), name.casefold(), person))
    return {k: [p for *_, p in sorted(v, key=lambda t: t[:2])] for k, v in found.items()}


def _account(
    profile: PolicyProfile,
    account: AccountView,
    people: dict[int, list[InventoryPerson]],
    credentials: dict[int, tuple[bool, bool, str | None]],
    late: Counter[int],
) -> InventoryAccount:
    approval = None
    if account.approval is not None:
        a = account.approval
        parts = [profile.authority_label(a.authority), a.approved_by, short_date(a.approved_on)]
        approval = ", ".join([parts[0] + ":", *parts[1:]]).replace(":,", ":")
        if a.reference:
            approval += f", {a.reference}"
    findings = _findings_words(profile, account)
    form = None
    if profile.request_form:
        form = short_date(account.request_form_on) if account.request_form_on else "not recorded"
    on_file, mfa_on, method = credentials.get(account.id, (False, False, None))
    mfa = "not recorded" if account.id not in credentials else "off"
    if mfa_on:
        mfa = f"on ({method})" if method else "on"
    return InventoryAccount(
        platform=PLATFORMS.get(account.platform, account.platform),
        handle=account.handle,
        url=account.url,
        purpose=account.purpose,
        status=ACCOUNT_STATUSES.get(account.status, account.status),
        approval=approval,
        people=tuple(people.get(account.id, ())),
        archived_in=archive_words(account),
        credential_on_file=bool(on_file),
        mfa=mfa,
        overdue=late.get(account.id, 0),
        findings=findings,
        findings_missing=findings == _NOT_RECORDED,
        request_form=form,
    )


_NOT_RECORDED = "not recorded (R2)"


def _findings_words(profile: PolicyProfile, account: AccountView) -> str | None:
    """What the approving authority found before approving (R2), in a few words; None where
    the policy asks it for nothing."""
    a = account.approval
    if a is None or not (profile.findings(a.authority) or profile.designates(a.authority)):
        return None
    if not a.determinations_recorded:
        return _NOT_RECORDED
    said = []
    if a.can_administer:
        said.append("can administer and keep its records")
    if a.monitoring:
        said.append(f"monitored: {a.monitoring.lower()}")
    if a.it_notified:
        on = f" {short_date(a.it_notified_on)}" if a.it_notified_on else ""
        said.append(f"IT Director notified{on}")
    if a.designated:
        said.append(f"designated {a.designated}")
    return "; ".join(said) or None


def archive_words(account: AccountView) -> str | None:
    """Where the records are archived and what the archive captures, as the inventory says it:
    "Pagefreezer (captures comments; not direct messages; last captured Nov 2, 2026)"."""
    if not account.archived_in:
        return None
    said = []
    for name, what in (
        ("archive_comments", "comments"),
        ("archive_messages", "direct messages"),
        ("archive_subscribers", "the subscriber list"),
    ):
        captured = getattr(account, name)
        if captured is not None:
            said.append(f"captures {what}" if captured else f"not {what}")
    if account.archive_captured_on is not None:
        said.append(f"last captured {short_date(account.archive_captured_on)}")
    return f"{account.archived_in} ({'; '.join(said)})" if said else account.archived_in


def _site_words(site: SiteStatus | None) -> str | None:
    """The last site check and what it found still open, in a few words; none for a site never
    checked where no periodic check is asked for (R15 off)."""
    if site is None or (site.checked_on is None and site.next_due is None):
        return None
    last = f"checked {short_date(site.checked_on)}" if site.checked_on else "never checked"
    due = f", next by {short_date(site.next_due)}" if site.next_due else ""
    found = f"; open: {'; '.join(site.findings)}" if site.findings else ""
    return f"{last}{due}{found}"


def print_inventory(db: Database, out: Path, progress: Progress | None = None) -> InventoryData:
    """Write the inventory to `out` and record that it was printed."""
    from ...printing.accounts import render_inventory
    from ..kernel.printouts import city_title

    now = db.clock()
    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        data = _gather(session, profile, now, city_today(db, profile))
        city_name = city_title(city.name)
    from ...printing.layout import PrintHeader

    header = PrintHeader(
        city=city_name,
        office=profile.coordinating_office,
        title=f"Account inventory as of {long_date(data.as_of)}",
        printed_on=data.as_of,
    )
    write_recorded(
        db,
        out,
        lambda partial: render_inventory(data, header, partial, progress),
        Change(
            "inventory.print",
            "city",
            city_name,
            f"Printed the account inventory ({data.total} accounts) to {out}",
            {"accounts": data.total, "file": str(out)},
        ),
    )
    return data
