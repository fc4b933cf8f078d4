"""R6: everyone with access to an account has signed an Authorized User Agreement, owed from
the start of their term, the account's approval or the policy's adoption, whichever is latest."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from ..vocabulary import ROLES
from .model import AssignmentFacts, Due, Snapshot
from .registry import POLICY, rule, term_edges


@rule(
    "agreement-unsigned",
    rule="R6",
    label="Agreement",
    basis=POLICY,
    opens="account:people",
    changes_at=term_edges,
)
def agreement_unsigned(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = snapshot.profile.zone
    approved = {a.id: a.approved_on for a in snapshot.accounts if a.approved_on is not None}
    adopted = snapshot.adopted_on
    # A policy that does not apply to elected officials asks them for no agreement (Madison).
    excluded = snapshot.profile.elected_excluded
    for a in snapshot.assignments:
        if not a.signed and a.active_at(as_of) and not (excluded and a.elected):
            started = a.starts_at.astimezone(tz).date()
            yield Due(
                due=applies_from(started, adopted, approved.get(a.account_id)),
                text=f"Agreement of {a.person} ({_role(a.role)}) {_missing(a, snapshot)}",
                account=a.url,
                department=a.department,
                person=a.person,
                employee_id=a.employee_id or None,
                account_id=a.account_id,
                person_id=a.person_id,
            )


def _missing(a: AssignmentFacts, snapshot: Snapshot) -> str:
    """Whose signatures the agreement lacks, in the profile's words: "signed by the user; the
    Parks Director and the City Clerk have not signed"."""
    if not a.signed_by or not any(a.signed_by):
        return "not signed"
    _user, director, office = snapshot.profile.signers
    names = ("the user", f"the {director}", f"the {office}")
    done = [n for n, signed in zip(names, a.signed_by, strict=True) if signed]
    owed = [n for n, signed in zip(names, a.signed_by, strict=True) if not signed]
    verb = "has" if len(owed) == 1 else "have"
    return f"signed by {_listed(done)}; {_listed(owed)} {verb} not signed"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _role(role: str) -> str:
    label = ROLES.get(role)
    return label.lower() if label else role
