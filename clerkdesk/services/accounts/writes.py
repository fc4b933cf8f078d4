"""The account register: create, edit, approve (R1, R2), discontinue."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...core.errors import ClerkDeskError, ValidationError
from ...core.validation import normalize_url
from ...core.vocabulary import AccountStatus
from ...store.models.accounts import Account, Approval
from ..integrity.audit import Change, diff, record
from ..kernel.common import city_row, city_today, clean, profile_of
from ..kernel.database import Database
from ..kernel.field_checks import check_account, check_tool_approval
from ..kernel.inputs import ARCHIVE_FIELDS, AccountInput, ApprovalInput, gives
from ..kernel.lookups import Lookups
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from ..kernel.versions import version_of
from ..kernel.views import AccountView
from ..obligations.ending import ENDED, approval_finding, ended_summary, obligations_ending
from ..requests.holds import hold_refusal, refuse_if_held
from .approvals import NOT_RECORDED, approve_account, imported_approval, record_determinations
from .views import account_query, account_row, find_account, get_account, list_accounts, one_account

__all__ = [
    "NEW_STATUSES",
    "account_query",
    "approve_account",
    "create_account",
    "discontinue_account",
    "find_account",
    "get_account",
    "list_accounts",
    "plan_account",
    "record_determinations",
    "update_account",
]

# A new account starts as proposed or pre-existing; approval and discontinuation are their own
# steps, with what they require. An import, which copies a register kept elsewhere, may give
# any status (an approved account with its approval's authority, who and when).
NEW_STATUSES = (AccountStatus.PROPOSED, AccountStatus.PRE_EXISTING)
_FIELDS = (
    "url",
    "platform",
    "handle",
    "purpose",
    "city_email",
    "status",
    "tool_approved_by",
    "tool_approved_on",
    "archived_in",
    *ARCHIVE_FIELDS,
)
_ENDING = ("discontinued_on", "discontinued_reason")
_COLUMNS = {**{f: f for f in (*_FIELDS, *_ENDING)}, "department": "department_id"}


def _state(values: dict[str, Any], lookups: Lookups, fields: list[str]) -> dict[str, Any]:
    state = {f: values[_COLUMNS[f]] for f in fields}
    if "department" in state:
        state["department"] = lookups.department_names.get(state["department"])
    return state


def _ending(
    planning: Planning, data: AccountInput, current: Account | None, problems: dict[str, str]
) -> dict[str, Any]:
    """A file's discontinued account: its day and reason. A new one keeps what the file gives
    (a day not given is not recorded); one the file discontinues is discontinued as of the
    import, the reason naming the file, unless the file gives them."""
    on, reason = data.discontinued_on, clean(data.discontinue_reason)
    if data.status != AccountStatus.DISCONTINUED:
        if on is not None:
            problems["discontinued_on"] = "only a discontinued account has this day"
        if reason is not None:
            problems["discontinue_reason"] = "only a discontinued account has this reason"
        return {}
    if on is not None and on > planning.today:
        problems["discontinued_on"] = "cannot be in the future"
    if "status" in problems:
        return {}
    if current is not None and current.status == AccountStatus.DISCONTINUED:
        # What the register does not know yet, a file may tell; what it knows, it keeps.
        filled: dict[str, Any] = {}
        for field, column, value in (
            ("discontinued_on", "discontinued_on", on),
            ("discontinued_reason", "discontinue_reason", reason),
        ):
            stored = getattr(current, field)
            if value is None or value == stored:
                continue
            if stored is None:
                filled[field] = value
            else:
                problems[column] = (
                    f"the register has {stored} for this discontinued account; a file fills "
                    "this only where it is not recorded"
                )
        return filled
    if current is not None:
        on = on or planning.today
        reason = reason or f"discontinued by import of {planning.source or 'a file'}"
    return {"discontinued_on": on, "discontinued_reason": reason}


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
    if planning.from_file and current is not None and current.status == AccountStatus.APPROVED:
        # A file never takes back an approval; it may discontinue the account (INTERFACE.md).
        statuses: tuple[str, ...] = (current.status, AccountStatus.DISCONTINUED)
    elif planning.from_file and current is not None and current.status not in NEW_STATUSES:
        statuses = (current.status,)  # nor a discontinuation: an account is registered anew
    elif planning.from_file:
        statuses = tuple(AccountStatus)
    elif current is None or current.status in NEW_STATUSES:
        statuses = NEW_STATUSES
    else:
        statuses = (current.status,)
    own_id = current.id if current else None
    problems.update(
        check_account(
            data,
            url,
            lookups,
            own_id,
            planning.city.email_domain,
            statuses,
            planning.profile.applies("R12"),
        )
    )
    if (
        current is not None
        and current.status not in NEW_STATUSES
        and data.status not in statuses
        and data.status in tuple(AccountStatus)
    ):
        problems["status"] = (
            f"the account is {current.status}: a file does not take that back (an approved "
            "account may be discontinued by a file or on its page; a discontinued one is "
            "registered anew)"
        )
    discontinuing = data.status == AccountStatus.DISCONTINUED and (
        current is None or current.status != AccountStatus.DISCONTINUED
    )
    if (
        discontinuing
        and current is not None
        and (held := hold_refusal(planning.session, current, planning.today, "Discontinuing"))
    ):
        problems["status"] = held  # a request holds its records (R17)
    ending = _ending(planning, data, current, problems)
    if data.tool_approved_by or data.tool_approved_on:
        problems.update(check_tool_approval(data, planning.today))
    captured = data.archive_captured_on
    if captured is not None and captured > planning.today:
        problems["archive_captured_on"] = "cannot be in the future"
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
        "tool_approved_by": clean(data.tool_approved_by),
        "tool_approved_on": data.tool_approved_on,
        "archived_in": clean(data.archived_in),
        **{name: getattr(data, name) for name in ARCHIVE_FIELDS},
        **ending,
    }
    fields = [f for f in (*_FIELDS, "department") if gives(data.given, f)]
    fields += [f for f in ending if f not in fields]
    now, via = planning.now, planning.via
    if current is None:
        shown = {k: v for k, v in _state(values, lookups, fields).items() if v is not None}
        plan = Plan(
            key=url,
            insert={**values, "created_at": now, "updated_at": now},
            outcome=ADDED,
        )
        said = f"Registered {url}{via}"
        if data.status == AccountStatus.DISCONTINUED:
            said = (
                f"Registered {url}, discontinued on "
                f"{values['discontinued_on'] or 'a day not recorded'}{via}"
            )
        change = Change("account.create", "account", url, said, shown)
    else:
        old = {column: getattr(current, column) for column in _COLUMNS.values()}
        changes = diff(_state(old, lookups, fields), _state(values, lookups, fields))
        plan = Plan(key=url, update={}, outcome=UNCHANGED, row_id=current.id)
        if changes:
            columns = {_COLUMNS[f]: values[_COLUMNS[f]] for f in fields}
            plan.update = {"id": current.id, **columns, "updated_at": now}
            plan.outcome = UPDATED
        said = f"Changed {url}{via}"
        if "status" in changes and data.status == AccountStatus.DISCONTINUED:
            said = (
                f"Discontinued {url} on {values['discontinued_on']}: "
                f"{values['discontinued_reason']}{via}"
            )
        change = Change("account.update", "account", url, said, changes)
    if approval_values is not None:
        change.details["approval"] = (
            f"{approval_values['authority']}: {approval_values['approved_by']}, "
            f"{approval_values['approved_on']} ({NOT_RECORDED})"
        )
        # Each field too, so that the account's approval is replayed from its events.
        change.details.update(
            {f: approval_values.get(f) for f in ("authority", "approved_by", "approved_on")}
        )
        change.details["reference"] = approval_values.get("reference")
        plan.outcome = ADDED if current is None else UPDATED
        plan.dependents.append((Approval, approval_values, "account_id"))
        if current is not None and (
            finding := approval_finding(
                planning.session, current.status, approval_values["approved_on"]
            )
        ):
            change.details["finding"] = finding  # as the window's approval keeps it
    if change.details or current is None:
        plan.changes.append(change)
    return plan


def create_account(db: Database, data: AccountInput) -> AccountView:
    return update_account(db, None, data)


def update_account(
    db: Database, account_id: int | None, data: AccountInput, *, version: str | None = None
) -> AccountView:
    """Edit an account's details (None: register a new one); its status changes only by
    approving or discontinuing, except between proposed and pre-existing. `version`: see
    `editing_account`."""
    return write_one(
        db,
        Account,
        account_id,
        "that account is no longer in the register",
        lambda planning, current: plan_account(planning, data, current),
        one_account,
        version,
    )


def editing_account(db: Database, account_id: int) -> tuple[AccountView, str]:
    """The account as it is now, for a form, and the version its save must still find."""
    with db.reading() as session:
        return one_account(session, account_id), version_of(account_row(session, account_id))


def discontinue_account(
    db: Database, account_id: int, on: date | None, reason: str | None
) -> AccountView:
    with db.writing() as session:
        profile = profile_of(city_row(session))
        account = account_row(session, account_id)
        problems: dict[str, str] = {}
        if account.status == AccountStatus.DISCONTINUED:
            raise ClerkDeskError(f"{account.url} is already discontinued")
        refuse_if_held(session, account, city_today(db, profile), "Discontinuing")
        if on is None:
            problems["discontinued_on"] = "required"
        elif on > city_today(db, profile):
            problems["discontinued_on"] = "cannot be in the future"
        if not clean(reason):
            problems["discontinued_reason"] = "say why the account is discontinued"
        if problems:
            raise ValidationError(problems)
        previous = account.status
        # Its deadlines end with it: the audit event says which, and why.
        with obligations_ending(session, db.clock(), [account.id]) as ended:
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
                f"Discontinued {account.url} on {on}: {account.discontinued_reason}"
                f"{ended_summary(ended)}",
                {
                    "status": [previous, AccountStatus.DISCONTINUED],
                    "discontinued_on": on,
                    "reason": account.discontinued_reason,
                    ENDED: ended,
                },
            ),
        )
        return one_account(session, account.id)
