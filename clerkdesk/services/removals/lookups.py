"""What removal plans read of the removals already kept, by their key (account, moment in
UTC): a file's plans look among all of them, read at once; a form's one or two are read as
asked."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.removals import Removal
from ..kernel.plans import Planning

Key = tuple[int, datetime]


def _all(session: Session) -> dict[Key, Removal]:
    return {(r.account_id, r.removed_at): r for r in session.execute(select(Removal)).scalars()}


def _utc(key: Key) -> Key:
    """The key with its moment in UTC, as the table keeps it: a moment of the repeated autumn
    hour, typed in the city's zone, compares and hashes unlike the same moment in UTC."""
    account_id, moment = key
    return account_id, moment.astimezone(UTC)


class _Asked(MutableMapping[Key, Removal]):
    """The removals kept, each looked up by its key when first asked (the key is unique in the
    table), rather than the tens of thousands of a city read for a form's one; all of them read
    at once only when gone through. What a plan sets or takes out is kept as it says."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.known: dict[Key, Removal | None] = {}
        self.whole: dict[Key, Removal] | None = None

    def read_all(self) -> dict[Key, Removal]:
        """Every removal kept, as the plans have set or taken out some of them."""
        if self.whole is None:
            self.whole = _all(self.session)
            for key, removal in self.known.items():  # as the plans set or took out
                if removal is None:
                    self.whole.pop(key, None)
                else:
                    self.whole[key] = removal
        return self.whole

    def __getitem__(self, key: Key) -> Removal:
        key = _utc(key)
        if self.whole is not None:
            return self.whole[key]
        if key not in self.known:
            account_id, moment = key
            found = select(Removal).where(
                Removal.account_id == account_id, Removal.removed_at == moment
            )
            self.known[key] = self.session.execute(found).scalar()
        removal = self.known[key]
        if removal is None:
            raise KeyError(key)
        return removal

    def __setitem__(self, key: Key, removal: Removal) -> None:
        key = _utc(key)
        if self.whole is not None:
            self.whole[key] = removal
        self.known[key] = removal

    def __delitem__(self, key: Key) -> None:
        key = _utc(key)
        self[key]  # a KeyError when none is kept at the key
        if self.whole is not None:
            del self.whole[key]
        self.known[key] = None

    def __iter__(self) -> Iterator[Key]:
        return iter(self.read_all())

    def __len__(self) -> int:
        return len(self.read_all())


class RemovalLookups:
    """What removal plans read, once per transaction: the removals already kept by their key.
    (An account exists before anyone registers it: a removal may be of any day in the past.)"""

    def __init__(self, planning: Planning) -> None:
        self.planning = planning

    @cached_property
    def existing(self) -> MutableMapping[Key, Removal]:
        asked = _Asked(self.planning.session)
        if not self.planning.lookups.one:
            asked.read_all()  # a file's rows look among them all: read at once
        return asked
