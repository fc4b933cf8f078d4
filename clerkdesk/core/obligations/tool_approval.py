"""R1 where the policy has the IT Director determine, on a Department Head's request, whether a
social media tool lets the City meet the public records law (Madison, madison.txt:77): the
determination is per tool (platform), city-wide, not per account. A platform with accounts in
use and no favourable determination owes one, once for the platform, naming its accounts, from
the earliest approval among them (not before the city's policy was adopted).

An account's own tool approval, as older registers recorded it per account
(`tool_approved_on`), still counts for that account: such an account is not named, and a
platform whose accounts all have one owes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..deadlines import applies_from
from ..vocabulary import PLATFORMS
from .model import AccountFacts, Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "tool-approval",
    rule="R1",
    label="Tool approval",
    basis=POLICY,
    opens="account",
    changes_at=only_the_day,
)
def tool_approval(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    if not profile.tool_approval:
        return
    today = profile.day_at(as_of)
    determined = {d.platform: d for d in snapshot.tool_determinations}
    owing: dict[str, list[tuple[date, AccountFacts]]] = {}
    for account in snapshot.accounts:
        if account.tool_approved_on is not None:
            continue
        found = determined.get(account.platform)
        if found is not None and found.permits and found.determined_on is not None:
            continue
        since = account.approved_on or snapshot.adopted_on or today
        owing.setdefault(account.platform, []).append((since, account))
    for platform in sorted(owing):
        accounts = sorted(owing[platform], key=lambda pair: (pair[0], pair[1].url))
        first = accounts[0][1]
        urls = ", ".join(a.url for _, a in accounts)
        departments = {a.department for _, a in accounts}
        found = determined.get(platform)
        tool = PLATFORMS.get(platform, platform) or "the tool"
        if found is not None and found.permits is False and found.determined_on is not None:
            text = (
                f"The IT Director determined on {found.determined_on} that {tool} does not "
                f"let the City meet the public records law: its accounts ({urls}) need a new "
                "determination or are discontinued"
            )
        else:
            asked = (
                f" (asked for on {found.requested_on})"
                if found is not None and found.requested_on is not None
                else ", at a Department Head's request"
            )
            text = (
                f"Get the IT Director's determination that {tool} lets the City meet the "
                f"public records law{asked}: {urls}"
            )
        yield Due(
            due=applies_from(accounts[0][0], snapshot.adopted_on),
            text=text,
            account=first.url,
            department=first.department if len(departments) == 1 else None,
            account_id=first.id,
        )
