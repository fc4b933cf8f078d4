"""What the clerk's other duties say of one account, for its page: a candidate holding a term
on it who may not post (R18), and the staff acting for one where the blackout covers them; the
exceptions covering it (R19); and what its last site check found that is still open (R11,
R13-R15)."""

from __future__ import annotations

from ...core.duties import blackout_days, in_blackout
from ...core.notices import finding_words
from ...core.obligations.site_finding import open_findings
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..obligations.duties_facts import duty_facts


def account_notes(db: Database, account_id: int, url: str) -> list[str]:
    with db.reading() as session:
        profile = profile_of(city_row(session))
        facts = duty_facts(session)
    today = profile.day_at(db.clock())
    notes = []
    for c in facts.candidates:
        if url in c.accounts and in_blackout(today, c.papers_from, c.election_on, c.until_on):
            last = blackout_days(c.papers_from, c.election_on, c.until_on)[1]
            state = "not yet suspended" if url in c.unsuspended else "suspended"
            notes.append(
                f"Election blackout: {c.person} ({c.employee_id}), a candidate in {c.election}, "
                f"may not post through {last} ({state})"
            )
        for aide in c.staff:  # where the blackout covers the staff acting for a candidate
            if url in aide.accounts and in_blackout(
                today, c.papers_from, c.election_on, c.until_on
            ):
                last = blackout_days(c.papers_from, c.election_on, c.until_on)[1]
                state = "not yet suspended" if url in aide.unsuspended else "suspended"
                notes.append(
                    f"Election blackout: {aide.person} ({aide.employee_id}), acting for "
                    f"{c.person}, a candidate in {c.election}, may not post through {last} "
                    f"({state})"
                )
    for e in facts.exceptions:
        if account_id in e.account_ids:
            until = f" until {e.expires_on}" if e.expires_on else ""
            state = "in force" if e.in_force(today) else "not in force"
            notes.append(f"Exception {e.number} ({state}{until}): {e.summary}")
    check = next((s for s in facts.site_checks if s.account_id == account_id), None)
    if check is not None and check.checked_on is not None:
        if check.archived_in:
            notes.append(
                f"Site check of {check.checked_on}: records archived in {check.archived_in}"
            )
        waived = facts.waived(account_id, today)
        for found in open_findings(check, profile, waived):  # as Today has them
            notes.append(f"Site check of {check.checked_on}: {finding_words(profile, found)}")
    return notes
