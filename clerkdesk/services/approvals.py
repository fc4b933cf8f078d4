"""The approval (R1) an import gives an account: recorded with its determinations (R2) not
recorded, which the account page then asks for."""

from __future__ import annotations

from typing import Any

from ..core.vocabulary import AccountStatus
from ..store.models import Account
from .checks import check_approval
from .common import clean
from .inputs import AccountInput, ApprovalInput, gives
from .plans import Planning

_APPROVAL_COLUMNS = ("authority", "approved_by", "approved_on")

NOT_RECORDED = "determinations not recorded"


def imported_approval(
    planning: Planning,
    data: AccountInput,
    current: Account | None,
    approval: ApprovalInput | None,
    problems: dict[str, str],
) -> dict[str, Any] | None:
    """The approval row an import gives, when it differs from the account's latest; an
    approved account already approved keeps its approval when the file has no approval
    columns at all."""
    if approval is None:
        return None  # a form: approval is its own step
    latest = planning.lookups.latest_approvals.get(current.id) if current else None
    given = any((approval.authority, approval.approved_by, approval.approved_on))
    keeps = latest is not None and not any(gives(data.given, c) for c in _APPROVAL_COLUMNS)
    if not given and not (data.status == AccountStatus.APPROVED and not keeps):
        return None
    found = check_approval(approval, planning.profile, planning.today, determinations=False)
    if "approved_on" in problems:
        found.pop("approved_on", None)  # the date itself is wrong, said already
    if data.status == AccountStatus.APPROVED:
        need = " (an approved account needs authority, approved_by and approved_on)"
        found = {k: f"{v}{need}" if v == "required" else v for k, v in found.items()}
    problems.update(found)
    values = {
        "authority": approval.authority,
        "approved_by": (approval.approved_by or "").strip(),
        "approved_on": approval.approved_on,
        "reference": clean(approval.reference),
    }
    if latest is not None and values == {k: getattr(latest, k) for k in values}:
        return None
    return {**values, "determinations_recorded": False, "recorded_at": planning.now}
