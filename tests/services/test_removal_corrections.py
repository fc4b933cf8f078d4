"""A kept removal corrected: validated as a new one is, moved to a moment no other removal
has, and audited with what changed."""

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from clerkdesk.core.errors import NotFoundError, ValidationError
from clerkdesk.services.removals.corrections import correct_removal
from clerkdesk.services.removals.writes import list_removals, record_removal
from clerkdesk.store.models.audit import AuditEvent

from .test_removals import city, removal  # noqa: F401  (the fixture)

AT = datetime(2026, 3, 2, 15, tzinfo=UTC)


def updates(db) -> list[AuditEvent]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        found = select(AuditEvent).where(AuditEvent.action == "removal.update")
        rows = list(session.execute(found.order_by(AuditEvent.seq)).scalars())
        session.expunge_all()
        return rows


def test_a_kept_removal_is_corrected_and_the_event_says_what_changed(city) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    kept = record_removal(city, removal(AT))
    later = datetime(2026, 3, 2, 16, tzinfo=UTC)
    view = correct_removal(
        city, kept.id, removal(later, poster="@spam", category="threat", content="Boats")
    )
    assert (view.id, view.removed_at, view.poster, view.category) == (
        kept.id,
        later,
        "@spam",
        "threat",
    )
    assert [r.id for r in list_removals(city)] == [kept.id]
    (event,) = updates(city)
    assert "Corrected the removal" in event.summary
    for said in ("moment", "poster", "content", "category"):
        assert said in event.summary
    details = json.loads(event.details)
    assert details["poster"] == ["@troll", "@spam"]
    assert "staff_employee_id" not in details
    # the same again changes nothing and says nothing
    correct_removal(
        city, kept.id, removal(later, poster="@spam", category="threat", content="Boats")
    )
    assert len(updates(city)) == 1


def test_a_correction_is_validated_as_a_new_removal_is(city) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    kept = record_removal(city, removal(AT))
    other = record_removal(city, removal(datetime(2026, 3, 3, tzinfo=UTC)))
    with pytest.raises(ValidationError) as caught:
        correct_removal(city, kept.id, removal(AT, staff_employee_id="E9", poster=" "))
    assert set(caught.value.fields) == {"staff_employee_id", "poster"}
    with pytest.raises(ValidationError) as caught:
        correct_removal(city, kept.id, removal(other.removed_at))
    assert "already kept" in caught.value.fields["removed_at"]
    with pytest.raises(ValidationError) as caught:
        correct_removal(city, kept.id, removal(AT, action="deleted"))
    assert "action_reason" in caught.value.fields
    with pytest.raises(NotFoundError):
        correct_removal(city, 999, removal(AT))
    assert not updates(city)
