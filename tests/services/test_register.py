"""Departments, people and the city's settings."""

from datetime import UTC, date, datetime

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people

from .helpers import dump


def test_department_names_are_unique_ignoring_case(db, parks) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="already exists"):
        departments.create_department(db, DepartmentInput("PARKS"))


def test_department_head_must_be_a_known_person(db, parks) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        departments.update_department(db, parks.id, DepartmentInput("Parks", "E999"))
    assert "head_employee_id" in caught.value.fields
    view = departments.update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    assert (view.head_employee_id, view.head_name, view.people) == ("E100", "Priya Raman", 1)


@pytest.mark.parametrize("kind", ["employee", "contractor", "vendor", "agent", "elected"])
def test_every_kind_of_person_can_be_registered(db, parks, kind) -> None:  # type: ignore[no-untyped-def]
    view = people.create_person(db, PersonInput(f"X-{kind}", "Pat Doe", kind=kind))
    assert view.kind == kind


@pytest.mark.parametrize(
    "data, field",
    [
        (PersonInput("", "Pat"), "employee_id"),
        (PersonInput("E100", "Someone Else"), "employee_id"),
        (PersonInput("E2", ""), "name"),
        (PersonInput("E2", "Pat", department="Fisheries"), "department"),
        (PersonInput("E2", "Pat", email="pat"), "email"),
        (PersonInput("E2", "Pat", kind="intern"), "kind"),
        (PersonInput("E2", "Pat", separated_on=date(2027, 1, 1)), "separated_on"),
    ],
)
def test_bad_person_input_writes_nothing(db, parks, data, field) -> None:  # type: ignore[no-untyped-def]
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, data)
    assert field in caught.value.fields
    assert dump(db) == before


def test_edit_person(db, parks) -> None:  # type: ignore[no-untyped-def]
    [person] = people.list_people(db)
    view = people.update_person(
        db,
        person.id,
        PersonInput(
            "E100",
            "Priya Raman",
            "Parks Director",
            "Parks",
            kind="employee",
            separated_on=date(2026, 11, 1),
        ),
    )
    assert (view.title, view.separated_on) == ("Parks Director", date(2026, 11, 1))
    assert [e.action for e in audit.list_events(db)[:2]] == ["person.separate", "person.update"]
    assert view.separated_at is not None
    assert view.separated_at == datetime(2026, 11, 1, 5, 0, tzinfo=UTC)  # midnight CDT


def test_city_is_set_up_once(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClerkDeskError, match="already set up"):
        city.init_city(db, "Elsewhere")


def test_init_needs_an_adoption_date_when_the_profile_has_none(empty_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        city.init_city(empty_db, "Madison", "madison")
    assert "adopted" in caught.value.fields
    view = city.init_city(empty_db, "Madison", "madison", date(2024, 1, 2))
    assert view.adopted_on == date(2024, 1, 2)
    assert view.grandfather_deadline is None  # Madison's policy has no grandfathering (R5)


def test_profile_changes_are_validated_and_audited(db) -> None:  # type: ignore[no-untyped-def]
    view = city.update_profile(db, review_interval_days=90, warning_days=7)
    assert (view.profile.review_interval_days, view.profile.warning_days) == (90, 7)
    event = audit.list_events(db)[0]
    assert event.action == "profile.update"
    assert "review_interval_days" in event.summary and "[180, 90]" in event.details
    before = dump(db)
    with pytest.raises(ValidationError):
        city.update_profile(db, grandfather_days=-1)
    assert dump(db) == before


def test_applying_another_profile_keeps_the_time_zone(db) -> None:  # type: ignore[no-untyped-def]
    city.update_profile(db, timezone="America/New_York")
    view = city.apply_profile(db, "wausau")
    assert (view.profile_key, view.profile.authorities, view.profile.timezone) == (
        "wausau",
        ("coordinator",),
        "America/New_York",
    )
    assert audit.list_events(db)[0].action == "profile.apply"


def test_init_checks_the_email_domain(empty_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        city.init_city(empty_db, "Stoughton", email_domain="clerk@ci.stoughton.wi.us")
    assert "email_domain" in caught.value.fields


def test_an_adoption_date_still_to_come_is_refused(empty_db) -> None:  # type: ignore[no-untyped-def]
    # The test clock's day in Chicago, and the days either side of it.
    today = empty_db.clock().astimezone(city.load_profile("stoughton").zone).date()
    tomorrow = date.fromordinal(today.toordinal() + 1)
    with pytest.raises(ValidationError) as caught:
        city.init_city(empty_db, "Stoughton", "stoughton", tomorrow)
    assert caught.value.fields["adopted"].endswith("give the day the policy was adopted")
    assert city.get_city(empty_db) is None
    city.init_city(empty_db, "Stoughton", "stoughton", today)
    with pytest.raises(ValidationError):
        city.update_city(empty_db, "Stoughton", tomorrow, None)
    yesterday = date.fromordinal(today.toordinal() - 1)
    assert city.update_city(empty_db, "Stoughton", yesterday, None).adopted_on == yesterday
