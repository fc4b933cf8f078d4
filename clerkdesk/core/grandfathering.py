"""R5 as the account register shows it: by when an account in use before the policy must be
approved (or discontinued), and how pressing that is now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .obligations import grandfather_deadline, state_of
from .obligations.account_approval import pre_existing_due
from .profile import PolicyProfile


@dataclass(frozen=True, slots=True)
class Grandfathering:
    deadline: date  # the last day a pre-existing account may still be approved
    state: str  # overdue, due-soon or upcoming (core.obligations.model)


def grandfathering(
    adopted_on: date | None, profile: PolicyProfile, as_of: datetime
) -> Grandfathering | None:
    """The deadline of the city's pre-existing accounts and its state at `as_of` (an aware
    moment in the city's time zone); None while the date the policy was adopted is unknown, or
    where the city's policy has no grandfathering clause."""
    if adopted_on is None or not profile.applies("R5"):
        return None
    deadline = grandfather_deadline(adopted_on, profile.grandfather_days)
    return Grandfathering(deadline, state_of(deadline, as_of, profile.warning_days))


def approval_due(
    adopted_on: date | None, profile: PolicyProfile, as_of: datetime
) -> Grandfathering | None:
    """By when the city's pre-existing accounts are approved or discontinued, as the engine
    has it (R5's window where the policy has one, else R1's: from the adoption), and its state
    at `as_of`; None while R5's window waits for the adoption date."""
    deadline = pre_existing_due(profile, adopted_on, profile.day_at(as_of))
    if deadline is None:
        return None
    return Grandfathering(deadline, state_of(deadline, as_of, profile.warning_days))
