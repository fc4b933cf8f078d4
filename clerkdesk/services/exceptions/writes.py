"""Exceptions to the policy (R19): what each allows, the office that must approve it (the one
the city's profile names), who approved it and when, until when, and the accounts it covers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.duties import EXCEPTION_OFFICES, ExceptionFacts, exception_state
from ...core.notices import finding_rules
from ...store.models.accounts import Account
from ...store.models.exceptions import ExceptionAccount, PolicyException
from ..kernel.common import clean, rows_of
from ..kernel.database import Database
from ..kernel.field_checks import check_who_and_when
from ..kernel.inputs import Given, gives
from ..kernel.linked import Links, account_ids_of, plan_linked
from ..kernel.plans import Plan, Planning, failed, write_one

_LINKS = Links(ExceptionAccount, "exception_id")


@dataclass(frozen=True)
class ExceptionInput:
    number: str
    summary: str
    office: str
    approved_by: str | None = None
    approved_on: date | None = None
    expires_on: date | None = None
    accounts: tuple[str, ...] = ()  # web addresses
    allows: tuple[str, ...] = ()  # what a site check does not flag (core.duties.FINDINGS)
    given: Given = None


@dataclass(frozen=True, slots=True)
class ExceptionView:
    id: int
    number: str
    summary: str
    office: str
    filed_on: date
    approved_by: str | None
    approved_on: date | None
    expires_on: date | None
    accounts: tuple[str, ...]
    allows: tuple[str, ...]

    @property
    def office_label(self) -> str:
        return EXCEPTION_OFFICES.get(self.office, self.office)

    def state(self, today: date) -> str:
        """What the exception is on `today` (core.duties.exception_state)."""
        return exception_state(self.approved_on, self.expires_on, today)


_FIELDS = ("summary", "office", "approved_by", "approved_on", "expires_on", "allows")


def plan_exception(
    planning: Planning, data: ExceptionInput, current: PolicyException | None
) -> Plan:
    """File an exception, or change `current` (matched by number). Its office must be one the
    city's profile names."""
    number = clean(data.number) or ""
    values: dict[str, Any] = {
        "summary": clean(data.summary),
        "office": (clean(data.office) or "").lower(),
        "approved_by": clean(data.approved_by),
        "approved_on": data.approved_on,
        "expires_on": data.expires_on,
        "allows": " ".join(a.lower() for a in data.allows) or None,
    }
    if current is not None:
        for name in _FIELDS:
            if not gives(data.given, name):
                values[name] = getattr(current, name)
    problems: dict[str, str] = {}
    if not number:
        problems["number"] = "required"
    elif len(number) > 60:
        problems["number"] = "at most 60 characters"
    if not values["summary"]:
        problems["summary"] = "required: what the exception allows"
    offices = planning.profile.exception_offices
    if not offices:
        problems["office"] = (
            f"the {planning.profile.title} has no exceptions clause: no office approves one"
        )
    elif not values["office"]:
        problems["office"] = "required: the office that approves exceptions"
    elif values["office"] not in offices:
        named = ", ".join(f"{o} ({EXCEPTION_OFFICES[o]})" for o in offices)
        problems["office"] = (
            f"the {planning.profile.title} names no office {values['office']!r}; "
            + f"exceptions are approved by: {named}"
        )
    check_who_and_when(
        "approved", values["approved_by"], values["approved_on"], planning.today, problems
    )
    approved_on, expires_on = values["approved_on"], values["expires_on"]
    if approved_on and expires_on and expires_on < approved_on:
        problems["expires_on"] = f"is before the day it was approved ({approved_on})"
    findings = finding_rules(planning.profile)
    unknown = [a for a in (values["allows"] or "").split() if a not in findings]
    if unknown:
        problems["allows"] = f"unknown finding {unknown[0]!r} (one of: {', '.join(findings)})"
    account_ids: list[int] = []
    if gives(data.given, "accounts"):
        account_ids = account_ids_of(planning, data.accounts, problems)
    if problems:
        return failed(problems, number)
    urls = sorted(planning.lookups.urls_of(account_ids).values())
    link = _LINKS.writer(account_ids) if gives(data.given, "accounts") else None
    return plan_linked(
        planning,
        current,
        number,
        values,
        {"number": number, "filed_on": planning.today},
        urls,
        link,
        _LINKS,
        (
            "exception",
            "exception",
            lambda added: f"{'Filed' if added else 'Changed'} exception {number}",
        ),
    )


def save_exception(db: Database, exception_id: int | None, data: ExceptionInput) -> ExceptionView:
    return write_one(
        db,
        PolicyException,
        exception_id,
        "that exception is no longer in the register",
        lambda planning, current: plan_exception(planning, data, current),
        lambda session, row_id: _views(session, row_id)[0],
    )


def _views(session: Session, exception_id: int | None = None) -> list[ExceptionView]:
    query = select(PolicyException).order_by(PolicyException.number)
    links = select(ExceptionAccount.exception_id, Account.url).join(
        Account, Account.id == ExceptionAccount.account_id
    )
    if exception_id is not None:
        query = query.where(PolicyException.id == exception_id)
        links = links.where(ExceptionAccount.exception_id == exception_id)
    urls: dict[int, list[str]] = {}
    for eid, url in session.execute(links.order_by(Account.url)):
        urls.setdefault(eid, []).append(url)
    return [
        ExceptionView(
            e.id,
            e.number,
            e.summary,
            e.office,
            e.filed_on,
            e.approved_by,
            e.approved_on,
            e.expires_on,
            tuple(urls.get(e.id, ())),
            tuple((e.allows or "").split()),
        )
        for e in session.execute(query).scalars()
    ]


def list_exceptions(db: Database) -> Sequence[ExceptionView]:
    with db.reading() as session:
        return _views(session)


def exceptions_of_account(db: Database, account_id: int) -> Sequence[ExceptionView]:
    """The exceptions that cover an account, for its page."""
    with db.reading() as session:
        ids = set(
            session.execute(
                select(ExceptionAccount.exception_id).where(
                    ExceptionAccount.account_id == account_id
                )
            ).scalars()
        )
        return [v for v in _views(session) if v.id in ids]


def exception_facts(session: Session) -> tuple[ExceptionFacts, ...]:
    """The snapshot's exceptions (R19)."""
    covered: dict[int, set[int]] = {}
    for eid, aid in rows_of(
        session, select(ExceptionAccount.exception_id, ExceptionAccount.account_id)
    ):
        covered.setdefault(eid, set()).add(aid)
    e = PolicyException
    return tuple(
        ExceptionFacts(
            eid,
            number,
            summary,
            office,
            filed_on,
            approved_on,
            expires_on,
            frozenset(covered.get(eid, ())),
            frozenset((allows or "").split()),
        )
        for eid, number, summary, office, filed_on, approved_on, expires_on, allows in rows_of(
            session,
            select(
                e.id,
                e.number,
                e.summary,
                e.office,
                e.filed_on,
                e.approved_on,
                e.expires_on,
                e.allows,
            ),
        )
    )


def exception_rows(session: Session, tz: object) -> list[tuple[object, ...]]:
    """The `exceptions` file's rows (csv_format)."""
    return [
        (
            v.number,
            v.summary,
            v.office,
            v.approved_by,
            v.approved_on,
            v.expires_on,
            " ".join(v.accounts),
            " ".join(v.allows),
        )
        for v in _views(session)
    ]
