"""How terms (a person's role on an account) read in the tables of the account and person
views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from ...core.dates import minute_text
from ...core.obligations.model import DUE_SOON
from ...core.vocabulary import ROLES
from ...services.terms.writes import AssignmentView
from ..widgets.table_model import Column


def short_moment(moment: datetime | None, tz: ZoneInfo) -> str:
    """A moment in the city's time, to the minute, for a table cell."""
    return "" if moment is None else minute_text(moment.astimezone(tz))


def agreement_state(term: AssignmentView) -> str:
    """Signed on a day, or whose signatures are still missing; and whether a scan is kept."""
    scan = ", scan kept" if term.scan_file else ""
    if term.signed_on is not None:
        return f"signed {term.signed_on.isoformat()}{scan}"
    missing = [
        who
        for who, day in (
            ("user", term.user_signed_on),
            ("director", term.director_signed_on),
            ("office", term.office_signed_on),
        )
        if day is None
    ]
    state = "not signed" if len(missing) == 3 else "awaiting " + ", ".join(missing)
    return state + scan


@dataclass(frozen=True, slots=True)
class TermRow:
    term: AssignmentView
    current: bool
    starts: str
    ends: str
    agreement: str

    @property
    def id(self) -> int:
        return self.term.id


def term_rows(terms: list[AssignmentView], now: datetime, tz: ZoneInfo) -> list[TermRow]:
    return [
        TermRow(
            t,
            t.active_at(now),
            short_moment(t.starts_at, tz),
            short_moment(t.ends_at, tz),
            agreement_state(t),
        )
        for t in terms
    ]


def _row_tone(row: TermRow) -> str | None:
    return None if row.current else "muted"


def _agreement_tone(row: TermRow) -> str | None:
    return DUE_SOON if row.current and not row.term.signed else None


def _role(row: TermRow) -> str:
    return ROLES.get(row.term.role, row.term.role)


ACCOUNT_COLUMNS: list[Column[TermRow]] = [
    Column("Person", lambda r: r.term.person, width=185, tooltip=True),
    Column("Role", _role, width=110),
    Column("From", lambda r: r.starts, sort_key=lambda r: r.term.starts_at, width=124),
    Column("To", lambda r: r.ends or "now", sort_key=lambda r: r.term.ends_at, width=124),
    Column("Designated by", lambda r: r.term.designated_by or "", width=135),
    Column("Agreement", lambda r: r.agreement, tone=_agreement_tone, tooltip=True),
]

PERSON_COLUMNS: list[Column[TermRow]] = [
    Column("Account", lambda r: r.term.url, width=260, tooltip=True, address=True),
    Column("Department", lambda r: r.term.department, width=150),
    Column("Role", _role, width=110),
    Column("From", lambda r: r.starts, sort_key=lambda r: r.term.starts_at, width=124),
    Column("To", lambda r: r.ends or "now", sort_key=lambda r: r.term.ends_at, width=124),
    Column("Agreement", lambda r: r.agreement, tone=_agreement_tone, tooltip=True),
]

row_tone = _row_tone


def describe(term: AssignmentView) -> str:
    """ "Dana Whitfield as custodian of https://…" """
    return f"{term.person} as {ROLES.get(term.role, term.role).lower()} of {term.url}"
