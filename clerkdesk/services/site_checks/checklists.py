"""The site checklist of an account (R11, R13-R15, R21), printed for its custodian to fill in."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ...core.dates import long_date
from ...core.duties import ACCESSIBILITY, FINDING_ABANDONED, UPKEEP, directed_question
from ...core.notices import checked_notices, findings_on
from ...core.obligations.site_finding import accessible_since, finding_text, open_findings
from ...core.vocabulary import PLATFORMS, Role
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..accounts.views import find_account
from ..integrity.audit import Change
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.printouts import city_title
from ..obligations.duties_facts import duty_facts
from .directed import directed_frequency
from .writes import list_site_checks


def print_checklist(db: Database, account_url: str, out: Path) -> Path:
    """The account's checklist: its facts, what its last check found and the exceptions
    covering it, then the notices and settings to tick; audited."""
    from ...printing.layout import PrintHeader
    from ...printing.site_checks import ChecklistData, render_checklist

    account = find_account(db, account_url)
    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        now = db.clock()
        today = profile.day_at(now)
        custodian = session.execute(
            select(Person.name, Person.employee_id)
            .join(Assignment, Assignment.person_id == Person.id)
            .where(
                Assignment.account_id == account.id,
                Assignment.role == Role.CUSTODIAN,
                Assignment.starts_at <= now,
                (Assignment.ends_at.is_(None)) | (Assignment.ends_at > now),
            )
        ).first()
        facts = duty_facts(session)
        header = PrintHeader(
            city=city_title(city.name),
            office=profile.coordinating_office,
            title=f"Site checklist: {account.url}",
            printed_on=today,
        )
    check = next((c for c in facts.site_checks if c.account_id == account.id), None)
    last = "never checked"
    found: list[str] = []
    if check is not None and check.checked_on is not None:
        latest = list_site_checks(db, account.id)[0]
        who = f"{latest.checked_by} ({latest.checked_by_employee_id})"
        last = f"{long_date(latest.checked_on)} by {who}"
        waived = facts.waived(account.id, today)  # Today's findings, in the city's words
        found = [finding_text(profile, check, f) for f in open_findings(check, profile, waived)]
    exceptions = tuple(
        f"{e.number}: {e.summary}" + (f" (until {long_date(e.expires_on)})" if e.expires_on else "")
        for e in facts.exceptions
        if account.id in e.account_ids and e.in_force(today)
    )
    data = ChecklistData(
        account=account.url,
        platform=PLATFORMS.get(account.platform, account.platform),
        handle=account.handle or "",
        department=account.department,
        custodian=f"{custodian[0]} ({custodian[1]})" if custodian else "",
        office=profile.coordinating_office,
        last_check=last,
        open_findings=tuple(found),
        notices=tuple(checked_notices(profile).values()),
        exceptions=exceptions,
        # The figure where the finding is made (not where the Department Head directs the
        # monitoring, as in Stoughton).
        abandoned_days=(
            profile.abandoned_days if FINDING_ABANDONED in findings_on(profile) else None
        ),
        accessible_from=long_date(since) if (since := accessible_since(profile)) else "",
        accessibility=tuple(ACCESSIBILITY.values()),
        upkeep=(
            *(UPKEEP.values() if profile.upkeep_questions else ()),
            # R14, Stoughton: the frequency found at the account's latest approval.
            *(
                (directed_question(directed_frequency(db, account.url)),)
                if profile.monitoring_directed
                else ()
            ),
        ),
    )
    return write_recorded(
        db,
        out,
        lambda partial: render_checklist(data, header, partial),
        Change(
            "site_check.print",
            "account",
            account.url,
            f"Printed the site checklist of {account.url} to {out}",
            {"file": str(out)},
        ),
    )
