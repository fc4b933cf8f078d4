"""The demonstration city: a register of its own, with people on its accounts, agreements
signed and not, a separation, and a review under way."""

from __future__ import annotations

from clerkdesk.paths import demo_paths
from clerkdesk.services.city.writes import get_city
from clerkdesk.services.demo.city import mail_name
from clerkdesk.services.demo.register import open_demonstration
from clerkdesk.services.obligations.due import due
from clerkdesk.services.people.writes import list_people
from clerkdesk.services.reviews.writes import review_history
from clerkdesk.services.terms.writes import unsigned_assignments


def test_the_demonstration_is_a_register_of_its_own(paths, db, clock) -> None:
    demo = open_demonstration(paths, clock=clock)
    try:
        assert demo.paths == demo_paths(paths)
        assert demo.paths.database_file.parent == paths.home / "demonstration"
        assert get_city(demo).name == "City of Maple Falls"
        kinds = {o.kind for o in due(demo, clock())}
        assert {"agreement-unsigned", "password-rotation", "custodian-missing"} <= kinds
        assert len(unsigned_assignments(demo)) >= 3
        [review] = review_history(demo, "Parks and Recreation")
        assert review.completed_on is None and len(review.lines) >= 2  # under way
    finally:
        demo.close()
    assert get_city(db).name == "Stoughton" and list_people(db) == []  # untouched


def test_it_is_made_afresh_each_time(paths, clock) -> None:
    from clerkdesk.services.departments.writes import create_department
    from clerkdesk.services.kernel.inputs import DepartmentInput

    first = open_demonstration(paths, clock=clock)
    create_department(first, DepartmentInput("Tried something"))
    first.close()
    again = open_demonstration(paths, clock=clock)
    try:
        from clerkdesk.services.departments.writes import list_departments

        assert "Tried something" not in [d.name for d in list_departments(again)]
    finally:
        again.close()


def test_e_mail_names_keep_their_letters() -> None:
    assert mail_name("Ångström-Łukasiewicz") == "angstrom-lukasiewicz"
    assert mail_name("Khai") == "khai" and mail_name("Nguyễn") == "nguyen"
