"""The snapshot's facts of the clerk's other duties: candidates (R18), exceptions (R19) and the
last check of each site (R11, R13-R15)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..core.duties import DutyFacts
from .blackouts import candidate_facts
from .exceptions import exception_facts
from .site_checks import site_check_facts


def duty_facts(session: Session) -> DutyFacts:
    return DutyFacts(
        candidates=candidate_facts(session),
        exceptions=exception_facts(session),
        site_checks=site_check_facts(session),
    )
