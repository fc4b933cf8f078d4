"""The demonstration city's election: its mayor runs again, so the Elections page, Today and
the account window show a blackout coming (R18). Stoughton's policy has no exceptions clause
and no site checks (R19, R15 are off there), so the demonstration has none of those."""

from __future__ import annotations

from datetime import timedelta

from ..elections.writes import CandidateInput, ElectionInput, save_candidate, save_election
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database


def load_duties_demo(db: Database, candidate: str) -> None:
    with db.reading() as session:
        profile = profile_of(city_row(session))
    today = city_today(db, profile)
    papers_from = today + timedelta(days=12)
    election_on = papers_from + timedelta(days=126)
    name = f"Spring election {election_on.year}"
    save_election(db, None, ElectionInput(name, papers_from, election_on))
    save_candidate(db, None, CandidateInput(name, candidate))
