"""The facts of the accounts register its own obligation rules read (the yearly public list,
R20): when the list was last published, when the city began to use ClerkDesk, and how many
accounts are in use. Gathered for the obligations snapshot under "accounts"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.obligations.public_list import PublicListFacts
from ...core.profile import PolicyProfile
from ...core.vocabulary import IN_USE
from ...store.models.accounts import Account
from ...store.models.public_list import PublicListPublication
from ..kernel.common import city_row


def facts(session: Session, profile: PolicyProfile, as_of: datetime) -> PublicListFacts:
    in_use = session.scalar(
        select(func.count()).select_from(Account).where(Account.status.in_(sorted(IN_USE)))
    )
    last = session.scalar(select(func.max(PublicListPublication.published_on)))
    first_use = profile.day_at(city_row(session).created_at)
    return PublicListFacts(last, first_use, int(in_use or 0))
