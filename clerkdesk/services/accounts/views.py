"""How the account register is read: one row per account with its department and current
(latest) approval, as the plain views the window, the command line and the exports use."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from ...collection import paused
from ...core.errors import ClerkDeskError, InvalidValueError, NotFoundError
from ...core.obligations.model import new_tuple
from ...store.models.accounts import Account, Approval
from ...store.models.departments import Department
from ...store.models.people import Person
from ..kernel.common import count_rows
from ..kernel.database import Database
from ..kernel.lookups import account_at
from ..kernel.views import AccountView, ApprovalView

_Designated = aliased(Person)


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
            Account.tool_approved_by,
            Account.tool_approved_on,
            _Designated.name,
            _Designated.employee_id,
            Account.archived_in,
            Approval.it_notified_on,
            Account.request_form_on,
            Account.request_form_file,
            Account.request_form_sha256,
            Account.archive_comments,
            Account.archive_messages,
            Account.archive_subscribers,
            Account.archive_captured_on,
        )
        .join(Department, Department.id == Account.department_id)
        .outerjoin(latest, latest.c.account_id == Account.id)
        .outerjoin(Approval, Approval.id == latest.c.approval_id)
        .outerjoin(_Designated, _Designated.id == Approval.designated_person_id)
    )


def to_view(row: Any) -> AccountView:
    approval = None
    if row[10] is not None:
        designated = f"{row[20]} ({row[21]})" if row[20] is not None else None
        approval = ApprovalView(
            authority=row[10],
            approved_by=row[11],
            approved_on=row[12],
            reference=row[13],
            can_administer=row[14],
            monitoring=row[15],
            it_notified=row[16],
            determinations_recorded=row[17],
            designated=designated,
            it_notified_on=row[23],
        )
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
        tool_approved_by=row[18],
        tool_approved_on=row[19],
        archived_in=row[22],
        request_form_on=row[24],
        request_form_file=row[25],
        request_form_sha256=row[26],
        archive_comments=row[27],
        archive_messages=row[28],
        archive_subscribers=row[29],
        archive_captured_on=row[30],
    )


def one_account(session: Session, account_id: int) -> AccountView:
    return to_view(session.execute(account_query().where(Account.id == account_id)).one())


def account_row(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError("that account is no longer in the register")
    return account


def latest_approval(session: Session, account_id: int) -> Approval | None:
    return session.execute(
        select(Approval)
        .where(Approval.account_id == account_id)
        .order_by(Approval.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def get_account(db: Database, account_id: int) -> AccountView:
    with db.reading() as session:
        row = session.execute(account_query().where(Account.id == account_id)).first()
        if row is None:
            raise NotFoundError("that account is no longer in the register")
        return to_view(row)


def list_accounts(db: Database) -> Sequence[AccountView]:
    # tens of thousands of views, none of them in a cycle: the collector waits for the end
    with paused(), db.reading() as session:
        rows = session.connection().execute(account_query().order_by(Account.url)).all()
        return account_views(rows)


def account_views(rows: Sequence[Any]) -> list[AccountView]:
    """`to_view` of each of a long list's rows, in one loop: each row taken apart at once
    and its views made from positions, not names. The platform, department, status and the
    approval's authority, approver, day and monitoring, which recur down a city's thousands
    of accounts, are each kept once (`sharing`)."""
    kept: dict[Any, Any] = {}
    one = kept.setdefault
    views: list[AccountView] = []
    add = views.append
    for row in rows:
        (
            account_id, url, platform, handle, department, purpose, city_email, status,
            discontinued_on, discontinued_reason, authority, approved_by, approved_on,
            reference, can_administer, monitoring, it_notified, determinations_recorded,
            tool_approved_by, tool_approved_on, designated_name, designated_id, archived_in,
            it_notified_on, request_form_on, request_form_file, request_form_sha256,
            archive_comments, archive_messages, archive_subscribers, archive_captured_on,
        ) = row  # fmt: skip
        approval = None
        if authority is not None:
            approval = ApprovalView(
                one(authority, authority),
                one(approved_by, approved_by),
                one(approved_on, approved_on),
                reference,
                can_administer,
                one(monitoring, monitoring),
                it_notified,
                determinations_recorded,
                f"{designated_name} ({designated_id})" if designated_name is not None else None,
                it_notified_on,
            )
        add(
            AccountView(
                account_id,
                url,
                one(platform, platform),
                handle,
                one(department, department),
                purpose,
                city_email,
                one(status, status),
                approval,
                discontinued_on,
                discontinued_reason,
                one(tool_approved_by, tool_approved_by),
                tool_approved_on,
                archived_in,
                request_form_on,
                request_form_file,
                request_form_sha256,
                archive_comments,
                archive_messages,
                archive_subscribers,
                archive_captured_on,
            )
        )
    return views


class ListedApproval(NamedTuple):
    """What the register's list shows of an account's current approval: who, when, and
    whether the authority's determinations were recorded."""

    authority: str
    approved_by: str
    approved_on: date
    determinations_recorded: bool


class ListedAccount(NamedTuple):
    """An account as the register's list shows it: the columns in sight and what its note
    says (`AccountView` names each the same; the rest of an account is read for the one
    selected, `get_account`)."""

    id: int
    url: str
    platform: str
    handle: str | None
    department: str
    status: str
    approval: ListedApproval | None
    discontinued_on: date | None
    discontinued_reason: str | None


def count_accounts(db: Database) -> int:
    """How many accounts the register holds."""
    return count_rows(db, Account.id)


def list_listed(
    db: Database, first: int | None = None, ids: frozenset[int] | None = None
) -> list[ListedAccount]:
    """Every account as the register's list shows it, by web address (with `first`, the first
    so many alone; with `ids`, those accounts alone). Only the columns shown are read, the
    departments and current approvals each as one set looked up by key, not joined to each of
    tens of thousands of rows; each row is made in one step."""
    listed = select(Account.id).order_by(Account.url).limit(first).scalar_subquery()
    # tens of thousands of tuples, none of them in a cycle: the collector waits for the end
    with paused(), db.reading() as session:
        connection = session.connection()
        departments: dict[int, str] = {
            d: name for d, name in connection.execute(select(Department.id, Department.name))
        }
        latest = select(func.max(Approval.id)).group_by(Approval.account_id)
        if first is not None:
            latest = latest.where(Approval.account_id.in_(listed))
        shown = select(
            Account.id,
            Account.url,
            Account.platform,
            Account.handle,
            Account.department_id,
            Account.status,
            Account.discontinued_on,
            Account.discontinued_reason,
        )
        if ids is not None:
            latest = latest.where(Approval.account_id.in_(sorted(ids)))
            shown = shown.where(Account.id.in_(sorted(ids)))
        approvals = {
            account_id: new_tuple(ListedApproval, rest)
            for account_id, *rest in connection.execute(
                select(
                    Approval.account_id,
                    Approval.authority,
                    Approval.approved_by,
                    Approval.approved_on,
                    Approval.determinations_recorded,
                ).where(Approval.id.in_(latest.scalar_subquery()))
            ).all()
        }
        rows = connection.execute(shown.order_by(Account.url).limit(first)).all()
        get = approvals.get
        return [
            new_tuple(
                ListedAccount,
                (a, url, platform, handle, departments[d], status, get(a), on, why),
            )
            for a, url, platform, handle, d, status, on, why in rows
        ]


def find_account(db: Database, url: str) -> AccountView:
    """The account at a web address, however it is typed."""
    with db.reading() as session:
        try:
            account_id, _url = account_at(session, url)
        except InvalidValueError as exc:
            raise ClerkDeskError(f"--account {url!r}: {exc.message}") from exc
        row = session.execute(account_query().where(Account.id == account_id)).first()
        assert row is not None
        return to_view(row)


def accounts_of_approvals(db: Database, ids: frozenset[int]) -> frozenset[int] | None:
    """The accounts these approvals are of (the rows of the list a write of them changed);
    None when one of them is gone."""
    with db.reading() as session:
        found = session.execute(
            select(Approval.id, Approval.account_id).where(Approval.id.in_(sorted(ids)))
        ).all()
    return frozenset(account for _id, account in found) if len(found) == len(ids) else None
