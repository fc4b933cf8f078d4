"""The account register: create, edit, approve (R1, R2), discontinue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..core.errors import ClerkDeskError, NotFoundError, ValidationError
from ..core.profile import AUTHORITIES
from ..core.validation import normalize_url
from ..core.vocabulary import AccountStatus
from ..store.models import Account, Approval, Department
from .approvals import NOT_RECORDED, imported_approval
from .audit import Change, diff, record
from .checks import check_account, check_approval
from .common import city_row, city_today, clean, profile_of
from .database import Database
from .inputs import AccountInput, ApprovalInput, gives
from .lookups import Lookups
from .plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from .views import AccountView, ApprovalView

# A new account starts as proposed or pre-existing; approval and discontinuation are their own
# steps, with what they require. An import, which copies a register kept elsewhere, may give
# any status (an approved account with its approval's authority, who and when).
NEW_STATUSES = (AccountStatus.PROPOSED, AccountStatus.PRE_EXISTING)
_FIELDS = ("url", "platform", "handle", "purpose", "city_email", "status")
_COLUMNS = {**{f: f for f in _FIELDS}, "department": "department_id"}


def _state(values: dict[str, Any], lookups: Lookups, fields: list[str]) -> dict[str, Any]:
    state = {f: values[_COLUMNS[f]] for f in fields}
    if "department" in state:
        state["department"] = lookups.department_names.get(state["department"])
    return state


def plan_account(
    planning: Planning,
    data: AccountInput,
    current: Account | None = None,
    *,
    match: bool = False,
    approval: ApprovalInput | None = None,
) -> Plan:
    """Register an account, or change `current`; with `match`, `current` is the account at
    the input's URL, if any (an import row). An import's `approval` (R1) is recorded with its
    determinations not recorded (R2): the account page asks for them."""
    lookups = planning.lookups
    problems: dict[str, str] = {}
    try:
        url = normalize_url(data.url)
    except ClerkDeskError as exc:
        url, problems["url"] = "", exc.message
    if match and url:
        current = lookups.account_rows.get(url)
    if planning.from_file:
        statuses: tuple[str, ...] = tuple(AccountStatus)
    elif current is None or current.status in NEW_STATUSES:
        statuses = NEW_STATUSES
    else:
        statuses = (current.status,)
    own_id = current.id if current else None
    problems.update(check_account(data, url, lookups, own_id, planning.city.email_domain, statuses))
    approval_values = imported_approval(planning, data, current, approval, problems)
    if problems:
        return failed(problems, url)
    values = {
        "url": url,
        "platform": data.platform,
        "handle": clean(data.handle),
        "department_id": lookups.department_id(data.department),
        "purpose": clean(data.purpose),
        "city_email": clean(data.city_email),
        "status": data.status,
    }
    fields = [f for f in (*_FIELDS, "department") if gives(data.given, f)]
    now, via = planning.now, planning.via
    if current is None:
        shown = {k: v for k, v in _state(values, lookups, fields).items() if v is not None}
        plan = Plan(
            key=url,
            insert={**values, "created_at": now, "updated_at": now},
            outcome=ADDED,
        )
        change = Change("account.create", "account", url, f"Registered {url}{via}", shown)
    else:
        old = {column: getattr(current, column) for column in _COLUMNS.values()}
        changes = diff(_state(old, lookups, fields), _state(values, lookups, fields))
        plan = Plan(key=url, update={}, outcome=UNCHANGED, row_id=current.id)
        if changes:
            columns = {_COLUMNS[f]: values[_COLUMNS[f]] for f in fields}
            plan.update = {"id": current.id, **columns, "updated_at": now}
            plan.outcome = UPDATED
        change = Change("account.update", "account", url, f"Changed {url}{via}", changes)
    if approval_values is not None:
        change.details["approval"] = (
            f"{approval_values['authority']}: {approval_values['approved_by']}, "
            f"{approval_values['approved_on']} ({NOT_RECORDED})"
        )
        plan.outcome = ADDED if current is None else UPDATED

        plan.dependents.append((Approval, approval_values, "account_id"))
    if change.details or current is None:
        plan.changes.append(change)
    return plan


def create_account(db: Database, data: AccountInput) -> AccountView:
    return update_account(db, None, data)


def update_account(db: Database, account_id: int | None, data: AccountInput) -> AccountView:
    """Edit an account's details (None: register a new one); its status changes only by
    approving or discontinuing, except between proposed and pre-existing."""
    return write_one(
        db,
        Account,
        account_id,
        "that account is no longer in the register",
        lambda planning, current: plan_account(planning, data, current),
        _one,
    )


def approve_account(db: Database, account_id: int, data: ApprovalInput) -> AccountView:
    """Record the authority's approval (R1) with its three determinations (R2)."""
    with db.writing() as session:
        profile = profile_of(city_row(session))
        account = _get(session, account_id)
        if account.status == AccountStatus.APPROVED:
            raise ClerkDeskError(f"{account.url} is already approved")
        if account.status == AccountStatus.DISCONTINUED:
            raise ClerkDeskError(f"{account.url} was discontinued; register it anew to approve it")
        if problems := check_approval(data, profile, city_today(db, profile)):
            raise ValidationError(problems)
        approval = Approval(
            account_id=account.id,
            authority=data.authority,
            approved_by=(data.approved_by or "").strip(),
            approved_on=data.approved_on,
            reference=clean(data.reference),
            can_administer=data.can_administer,
            monitoring=clean(data.monitoring),
            it_notified=data.it_notified,
            determinations_recorded=True,
            recorded_at=db.clock(),
        )
        session.add(approval)
        previous = account.status
        account.status = AccountStatus.APPROVED
        account.updated_at = db.clock()
        record(
            session,
            db,
            Change(
                "account.approve",
                "account",
                account.url,
                f"Approved {account.url} ({AUTHORITIES[data.authority]}: {approval.approved_by}, "
                f"{approval.approved_on})",
                {
                    "status": [previous, AccountStatus.APPROVED],
                    "authority": data.authority,
                    "approved_by": approval.approved_by,
                    "approved_on": approval.approved_on,
                    "reference": approval.reference,
                    "monitoring": approval.monitoring,
                },
            ),
        )
        return _one(session, account.id)


def record_determinations(
    db: Database, account_id: int, can_administer: bool, monitoring: str | None, it_notified: bool
) -> AccountView:
    """Complete an imported approval with its R2 determinations."""
    with db.writing() as session:
        account = _get(session, account_id)
        approval = _latest_approval(session, account.id)
        if approval is None or account.status != AccountStatus.APPROVED:
            raise ClerkDeskError(f"{account.url} is not approved")
        problems = {
            k: v
            for k, v in check_approval(
                ApprovalInput(
                    approval.authority,
                    approval.approved_by,
                    approval.approved_on,
                    approval.reference,
                    can_administer,
                    monitoring,
                    it_notified,
                ),
                profile_of(city_row(session)),
                approval.approved_on,
            ).items()
            if k in ("can_administer", "monitoring", "it_notified")
        }
        if problems:
            raise ValidationError(problems)
        approval.can_administer, approval.monitoring = can_administer, clean(monitoring)
        approval.it_notified, approval.determinations_recorded = it_notified, True
        record(
            session,
            db,
            Change(
                "account.determinations",
                "account",
                account.url,
                f"Recorded the approval determinations of {account.url}",
                {"monitoring": approval.monitoring},
            ),
        )
        return _one(session, account.id)


def discontinue_account(
    db: Database, account_id: int, on: date | None, reason: str | None
) -> AccountView:
    with db.writing() as session:
        profile = profile_of(city_row(session))
        account = _get(session, account_id)
        problems: dict[str, str] = {}
        if account.status == AccountStatus.DISCONTINUED:
            raise ClerkDeskError(f"{account.url} is already discontinued")
        if on is None:
            problems["discontinued_on"] = "required"
        elif on > city_today(db, profile):
            problems["discontinued_on"] = "cannot be in the future"
        if not clean(reason):
            problems["discontinued_reason"] = "say why the account is discontinued"
        if problems:
            raise ValidationError(problems)
        previous = account.status
        account.status, account.discontinued_on = AccountStatus.DISCONTINUED, on
        account.discontinued_reason = clean(reason)
        account.updated_at = db.clock()
        record(
            session,
            db,
            Change(
                "account.discontinue",
                "account",
                account.url,
                f"Discontinued {account.url} on {on}: {account.discontinued_reason}",
                {
                    "status": [previous, AccountStatus.DISCONTINUED],
                    "discontinued_on": on,
                    "reason": account.discontinued_reason,
                },
            ),
        )
        return _one(session, account.id)


def _get(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError("that account is no longer in the register")
    return account


def _latest_approval(session: Session, account_id: int) -> Approval | None:
    return session.execute(
        select(Approval)
        .where(Approval.account_id == account_id)
        .order_by(Approval.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def account_query() -> Select[Any]:
    """Accounts with their department and current (latest) approval, one row each."""
    latest = (
        select(Approval.account_id, func.max(Approval.id).label("approval_id"))
        .group_by(Approval.account_id)
        .subquery()
    )
    return (
        select(
            Account.id,
            Account.url,
            Account.platform,
            Account.handle,
            Department.name,
            Account.purpose,
            Account.city_email,
            Account.status,
            Account.discontinued_on,
            Account.discontinued_reason,
            Approval.authority,
            Approval.approved_by,
            Approval.approved_on,
            Approval.reference,
            Approval.can_administer,
            Approval.monitoring,
            Approval.it_notified,
            Approval.determinations_recorded,
        )
        .join(Department, Department.id == Account.department_id)
        .outerjoin(latest, latest.c.account_id == Account.id)
        .outerjoin(Approval, Approval.id == latest.c.approval_id)
    )


def _to_view(row: Any) -> AccountView:
    approval = ApprovalView(*row[10:18]) if row[10] is not None else None
    return AccountView(
        id=row[0],
        url=row[1],
        platform=row[2],
        handle=row[3],
        department=row[4],
        purpose=row[5],
        city_email=row[6],
        status=row[7],
        approval=approval,
        discontinued_on=row[8],
        discontinued_reason=row[9],
    )


def _one(session: Session, account_id: int) -> AccountView:
    return _to_view(session.execute(account_query().where(Account.id == account_id)).one())


def get_account(db: Database, account_id: int) -> AccountView:
    with db.reading() as session:
        row = session.execute(account_query().where(Account.id == account_id)).first()
        if row is None:
            raise NotFoundError("that account is no longer in the register")
        return _to_view(row)


def list_accounts(db: Database) -> Sequence[AccountView]:
    with db.reading() as session:
        rows = session.execute(account_query().order_by(Account.url))
        return [_to_view(row) for row in rows]


def find_account(db: Database, url: str) -> AccountView:
    """The account at a web address, however it is typed."""
    try:
        key = normalize_url(url)
    except ClerkDeskError as exc:
        raise ClerkDeskError(f"--account {url!r}: {exc.message}") from exc
    with db.reading() as session:
        row = session.execute(account_query().where(Account.url == key)).first()
        if row is None:
            raise ClerkDeskError(f"no account {key} in the register")
        return _to_view(row)
