import subprocess
from datetime import date, timedelta

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments.writes import create_department, update_department
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.reviews import writes as reviews
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW


@pytest.fixture
def city_with_access(db, parks):  # type: ignore[no-untyped-def]
    """Parks has two accounts; Tom holds roles on both and on a Library account too."""
    create_department(db, DepartmentInput("Library"))
    for employee_id, name in (("E200", "Tom Becker"), ("E300", "Ruth Castillo")):
        people.create_person(
            db,
            PersonInput(
                employee_id, name, "Staff", "Parks", email=f"{employee_id}@ci.stoughton.wi.us"
            ),
        )
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    made = {}
    for url, dep in (
        ("https://facebook.com/parks", "Parks"),
        ("https://x.com/parks", "Parks"),
        ("https://facebook.com/library", "Library"),
    ):
        made[url] = accounts.create_account(
            db, AccountInput(url, url.split("/")[2].split(".")[0], dep, status="pre-existing")
        )
    start = NOW - timedelta(days=30)
    assignments.designate(db, made["https://facebook.com/parks"].id, "E200", "custodian", start)
    assignments.designate(
        db, made["https://facebook.com/parks"].id, "E200", "authorized-user", start
    )
    assignments.designate(db, made["https://x.com/parks"].id, "E200", "authorized-user", start)
    assignments.designate(db, made["https://x.com/parks"].id, "E300", "administrator", start)
    assignments.designate(
        db, made["https://facebook.com/library"].id, "E200", "authorized-user", start
    )
    return made


def decide(review, remove=()):  # type: ignore[no-untyped-def]
    return {
        line.id: ("remove" if (line.url, line.employee_id) in remove else "keep", None)
        for line in review.lines
    }


def test_a_review_lists_everyone_with_access_to_the_department(db, city_with_access) -> None:  # type: ignore[no-untyped-def]
    review = reviews.start_review(db, "Parks")
    assert review.number == 1 and not review.completed
    assert sorted((line.url, line.employee_id, line.role) for line in review.lines) == [
        ("https://facebook.com/parks", "E200", "authorized-user"),
        ("https://facebook.com/parks", "E200", "custodian"),
        ("https://x.com/parks", "E200", "authorized-user"),
        ("https://x.com/parks", "E300", "administrator"),
    ]
    assert reviews.start_review(db, "Parks").id == review.id  # one open review at a time


def test_a_removal_ends_exactly_that_persons_terms_on_that_departments_account(
    db,
    city_with_access,  # type: ignore[no-untyped-def]
) -> None:
    review = reviews.start_review(db, "Parks")
    done = reviews.record_outcome(
        db,
        review.id,
        "E100",
        date(2026, 11, 20),
        decide(review, remove={("https://facebook.com/parks", "E200")}),
    )
    assert done.completed and done.reviewer == "Priya Raman"
    now = NOW
    active = {
        (t.url, t.employee_id, t.role)
        for url, acc in city_with_access.items()
        for t in assignments.account_assignments(db, acc.id)
        if t.active_at(now)
    }
    assert active == {
        ("https://x.com/parks", "E200", "authorized-user"),
        ("https://x.com/parks", "E300", "administrator"),
        ("https://facebook.com/library", "E200", "authorized-user"),
    }
    rotations = [o for o in obligations.due(db) if o.kind == "password-rotation"]
    assert [(o.account, o.person) for o in rotations] == [
        ("https://facebook.com/parks", "Tom Becker")
    ]
    assert rotations[0].due == NOW + timedelta(hours=48)
    assert audit.list_events(db)[0].action == "review.complete"


def test_when_the_profile_says_no_a_removal_starts_no_rotation(db, city_with_access) -> None:  # type: ignore[no-untyped-def]
    city.update_profile(db, review_removal_rotates=False)
    review = reviews.start_review(db, "Parks")
    reviews.record_outcome(
        db,
        review.id,
        "E100",
        date(2026, 11, 20),
        decide(review, remove={("https://x.com/parks", "E300")}),
    )
    assert [o for o in obligations.due(db) if o.kind == "password-rotation"] == []


def test_every_line_needs_a_decision_and_the_date_a_sane_one(db, city_with_access) -> None:  # type: ignore[no-untyped-def]
    review = reviews.start_review(db, "Parks")
    partial = dict(list(decide(review).items())[:2])
    with pytest.raises(ValidationError) as caught:
        reviews.record_outcome(db, review.id, "E999", date(2026, 11, 21), partial)
    assert set(caught.value.fields) == {"reviewer", "on", "decisions"}
    assert not reviews.get_review(db, review.id).completed


def test_a_completed_review_is_only_annotated(db, city_with_access, tmp_path) -> None:  # type: ignore[no-untyped-def]
    review = reviews.start_review(db, "Parks")
    reviews.record_outcome(db, review.id, "E100", date(2026, 11, 20), decide(review))
    with pytest.raises(ClerkDeskError, match="add a note instead"):
        reviews.record_outcome(db, review.id, "E100", date(2026, 11, 20), decide(review))
    noted = reviews.annotate(db, review.id, "Head confirmed by phone that Ruth stays.")
    assert [n.text for n in noted.notes] == ["Head confirmed by phone that Ruth stays."]
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed worksheet")
    attached = reviews.attach_worksheet(db, review.id, scan)
    assert reviews.worksheet_scan(db, attached).read_bytes() == b"%PDF-1.4 signed worksheet"
    second = reviews.start_review(db, "Parks")
    assert second.number == 2
    assert [r.number for r in reviews.review_history(db, "Parks")] == [2, 1]


def test_the_review_clock_restarts_after_completion(db, city_with_access) -> None:  # type: ignore[no-untyped-def]
    [before] = [
        o for o in obligations.due(db) if o.kind == "access-review" and o.department == "Parks"
    ]
    assert before.due == date(2026, 10, 21) + timedelta(days=180)
    review = reviews.start_review(db, "Parks")
    reviews.record_outcome(db, review.id, "E100", date(2026, 11, 20), decide(review))
    [after] = [
        o for o in obligations.due(db) if o.kind == "access-review" and o.department == "Parks"
    ]
    assert after.due == date(2026, 11, 20) + timedelta(days=180)


def test_reminder_mail_to_the_head(db, city_with_access) -> None:  # type: ignore[no-untyped-def]
    from urllib.parse import parse_qs, unquote, urlsplit

    link = reviews.reminder_mailto(db, "Parks")
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "praman@ci.stoughton.wi.us"
    query = parse_qs(parts.query)
    # The day asked for is the one the worksheet printed the same day asks for.
    assert query["subject"] == [
        "Access review of Parks's social media accounts: please answer by December 4, 2026"
    ]
    body = query["body"][0]
    assert body.startswith("Dear Priya Raman,")
    assert "whom to remove by December 4, 2026 (the review is due April 19, 2027)." in body
    assert "%0D%0A" in link and "%0A" not in link.replace("%0D%0A", "")  # CR LF (RFC 6068)
    assert "- https://x.com/parks: Ruth Castillo (administrator)" in body
    with pytest.raises(ClerkDeskError, match="unknown department"):
        reviews.reminder_mailto(db, "Fisheries")
    create_department(db, DepartmentInput("Fisheries"))
    with pytest.raises(ClerkDeskError, match="nothing to review"):
        reviews.reminder_mailto(db, "Fisheries")


def test_a_refused_outcome_leaves_no_review_started(db, city_with_access) -> None:  # type: ignore[no-untyped-def]
    events = len(audit.list_events(db))
    with pytest.raises(ValidationError):
        reviews.record_by_pairs(
            db, "Parks", "NOPE", date(2026, 11, 20), ["https://x.com/parks:E300"], []
        )
    assert reviews.review_history(db, "Parks") == []
    assert len(audit.list_events(db)) == events


def test_a_worksheet_that_cannot_be_written_leaves_no_review_started(
    db,
    city_with_access,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from clerkdesk.services.reviews import printouts

    with pytest.raises(ClerkDeskError, match="could not write"):
        printouts.print_review(db, "Parks", tmp_path / "missing" / "review.pdf")
    assert reviews.review_history(db, "Parks") == []
    view = printouts.print_review(db, "Parks", tmp_path / "review.pdf")
    assert (view.number, (tmp_path / "review.pdf").exists()) == (1, True)
    assert [e.action for e in audit.list_events(db)[:2]] == ["review.print", "review.start"]


def test_the_reminder_asks_for_the_day_the_worksheet_prints(db, city_with_access, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from urllib.parse import parse_qs, urlsplit

    from clerkdesk.services.reviews.printouts import print_review

    out = tmp_path / "worksheet.pdf"
    print_review(db, "Parks", out)
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    body = parse_qs(urlsplit(reviews.reminder_mailto(db, "Parks")).query)["body"][0]
    asked = body.split("whom to remove by ")[1].split(" (")[0]
    assert f"return the worksheet by {asked}" in text
