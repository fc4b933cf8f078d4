"""Who may use an account: the continuity and head-count warnings of R4."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .profile import PolicyProfile


def access_warnings(active_roles: Iterable[str], profile: PolicyProfile) -> list[str]:
    """Warnings about the people currently on an account, given each one's role."""
    roles = list(active_roles)
    warnings: list[str] = []
    if roles and "custodian" not in roles:
        warnings.append("No custodian is designated (R3).")
    admins = roles.count("administrator") + roles.count("custodian")
    if admins == 1:
        warnings.append(
            "Only one person administers this account: add a second administrator so the "
            "city keeps access if they leave (R4)."
        )
    users = roles.count("authorized-user")
    if profile.max_authorized_users and users > profile.max_authorized_users:
        warnings.append(
            f"{users} authorized users; the policy profile allows "
            f"{profile.max_authorized_users} (R4: keep the number small)."
        )
    return warnings


def agreement_signed_on(*signatures: date | None) -> date | None:
    """The day an agreement became signed: the last of its signatures, once all are there."""
    if not signatures or any(day is None for day in signatures):
        return None
    return max(day for day in signatures if day is not None)
