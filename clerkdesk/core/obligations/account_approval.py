"""R1 in every city: an account in use without approval is approved or discontinued. An account
in use before the policy (`pre-existing`) owes it from the policy's adoption; a `proposed` one
from the first day something shows it in use (a term on it, its credential on file, a post),
or the adoption when that is later. Where the policy gives such accounts a window (R5,
Stoughton's 45 days), an account in use before the policy owes it at the window's end: a
pre-existing one is then R5's item (`grandfather-approval`), never a second one here. Where the
policy asks for a request form before approval (Milwaukee's Account Request Form and Strategy
Plan), the item says when it is not recorded. Where the policy does not apply to elected
officials (Madison), an account only they use owes nothing here."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..deadlines import applies_from, grandfather_deadline
from ..profile import PolicyProfile
from ..vocabulary import AccountStatus
from .model import AccountFacts, Due, Snapshot
from .registry import POLICY, only_the_day, rule

__all__ = ["account_approval", "pre_existing_due"]

# What shows a proposed account in use, in the item's words.
_SIGNS = ("people on it", "its credential on file", "a post seen")


@rule(
    "account-approval",
    rule="R1",
    label="Approve or discontinue",
    basis=POLICY,
    opens="account",
    changes_at=only_the_day,
)
def account_approval(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    adopted = snapshot.adopted_on
    # R5 is the policy's own window for the accounts in use before it (Stoughton).
    window = profile.applies("R5")
    left_out = _elected_only(snapshot) if profile.elected_excluded else frozenset()
    if not window:
        since = pre_existing_due(profile, adopted, profile.day_at(as_of))
        assert since is not None
        for account in snapshot.accounts:
            if account.status == AccountStatus.PRE_EXISTING and account.id not in left_out:
                yield _due(account, since, "in use before the policy", profile.request_form)
    for use in snapshot.proposed_in_use:
        first = use.in_use_on
        if first is None or use.account.id in left_out:
            continue
        signs = (use.term_on, use.credential_on, use.posted_on)
        shown = ", ".join(w for w, d in zip(_SIGNS, signs, strict=True) if d is not None)
        if window and adopted is not None and first < adopted:
            due = grandfather_deadline(adopted, profile.grandfather_days)
        else:
            due = applies_from(first, adopted)
        yield _due(use.account, due, f"in use ({shown})", profile.request_form)


def pre_existing_due(profile: PolicyProfile, adopted: date | None, today: date) -> date | None:
    """By when an account in use before the policy is approved or discontinued: at the end of
    the policy's window where it has one (R5; None while the adoption date is not known), else
    from the adoption (R1; today while it is not known)."""
    if profile.applies("R5"):
        return grandfather_deadline(adopted, profile.grandfather_days) if adopted else None
    return adopted or today


def _elected_only(snapshot: Snapshot) -> frozenset[int]:
    """The accounts whose people are all elected officials: a policy that does not apply to
    them (Madison's) asks no approval of an account only they use."""
    people: dict[int, bool] = {}
    for a in snapshot.assignments:
        people[a.account_id] = people.get(a.account_id, True) and a.elected
    return frozenset(account for account, elected in people.items() if elected)


def _due(account: AccountFacts, due: date, why: str, form: bool) -> Due:
    text = f"Approve or discontinue the account: {why} without approval"
    if form and account.request_form_on is None:
        # Milwaukee: the form comes before the approval, so the item says it is missing.
        text += "; its Account Request Form and Strategy Plan are not recorded"
    return Due(
        due=due,
        text=text,
        account=account.url,
        department=account.department,
        account_id=account.id,
    )
