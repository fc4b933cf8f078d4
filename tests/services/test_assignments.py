from datetime import UTC, date, datetime, timedelta

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import passwords
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, PersonInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.people.separation import separate
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW


@pytest.fixture
def account(db, parks):  # type: ignore[no-untyped-def]
    for employee_id, name in (
        ("E200", "Tom Becker"),
        ("E300", "Ruth Castillo"),
        ("E400", "Luis Ortega"),
    ):
        people.create_person(db, PersonInput(employee_id, name, "Staff", "Parks"))
    return accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks", status="pre-existing")
    )


def days_ago(n: float) -> datetime:
    return NOW - timedelta(days=n)


def test_one_custodian_at_a_time(db, account) -> None:  # type: ignore[no-untyped-def]
    first = assignments.designate(db, account.id, "E200", "custodian", days_ago(10), "Priya")
    second = assignments.designate(db, account.id, "E300", "custodian", days_ago(2), "Priya")
    terms = {t.employee_id: t for t in assignments.account_assignments(db, account.id)}
    assert terms["E200"].ends_at == second.starts_at
    assert terms["E200"].end_reason == "succeeded by Ruth Castillo"
    assert terms["E300"].ends_at is None
    active = [
        t
        for t in assignments.account_assignments(db, account.id)
        if t.role == "custodian" and t.active_at(NOW)
    ]
    assert [t.employee_id for t in active] == ["E300"]
    assert first.designated_by == "Priya"
    actions = [e.action for e in audit.list_events(db)[:3]]
    assert actions == ["assignment.create", "assignment.end", "assignment.create"]


def test_the_same_role_twice_is_refused(db, account) -> None:  # type: ignore[no-untyped-def]
    assignments.designate(db, account.id, "E200", "authorized-user", days_ago(3))
    with pytest.raises(ValidationError, match="already holds"):
        assignments.designate(db, account.id, "E200", "authorized-user", days_ago(1))


@pytest.mark.parametrize(
    "employee_id, role, start, field",
    [
        ("E999", "custodian", None, "employee_id"),
        ("E200", "poster", None, "role"),
        ("E200", "custodian", NOW + timedelta(days=1), "starts_at"),
    ],
)
def test_bad_designations(db, account, employee_id, role, start, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        assignments.designate(db, account.id, employee_id, role, start)
    assert field in caught.value.fields
    assert assignments.account_assignments(db, account.id) == []


def test_continuity_warnings(db, account) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.city import writes as city

    assignments.designate(db, account.id, "E200", "custodian", days_ago(5))
    assert any("Only one person" in w for w in assignments.account_warnings(db, account.id))
    assignments.designate(db, account.id, "E300", "administrator", days_ago(5))
    assert assignments.account_warnings(db, account.id) == []
    city.update_profile(db, max_authorized_users=1)
    assignments.designate(db, account.id, "E400", "authorized-user", days_ago(4))
    assert assignments.account_warnings(db, account.id) == []
    assignments.designate(db, account.id, "E100", "authorized-user", days_ago(4))
    assert any("allows 1" in w for w in assignments.account_warnings(db, account.id))


def test_separation_ends_every_term_and_starts_the_rotation_clock(db, account) -> None:  # type: ignore[no-untyped-def]
    other = accounts.create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))
    assignments.designate(db, account.id, "E200", "custodian", days_ago(30))
    assignments.designate(db, other.id, "E200", "authorized-user", days_ago(30))
    assignments.designate(db, account.id, "E300", "administrator", days_ago(30))
    left = NOW - timedelta(hours=2)
    view = separate(db, "E200", left)
    assert view.accounts == ("https://facebook.com/parks", "https://x.com/parks")
    person = {p.employee_id: p for p in people.list_people(db)}["E200"]
    for t in assignments.person_assignments(db, person.id):
        assert (t.ends_at, t.end_reason) == (left, "separated")
    rotations = [o for o in obligations.due(db) if o.kind == "password-rotation"]
    assert sorted(o.account for o in rotations) == list(view.accounts)
    assert all(o.due == left + timedelta(hours=48) for o in rotations)
    # The other person's term is untouched.
    kept = [t for t in assignments.account_assignments(db, account.id) if t.employee_id == "E300"]
    assert kept[0].ends_at is None
    passwords.record_password_change(db, account.id, NOW - timedelta(hours=1), "rotated")
    left_over = [o.account for o in obligations.due(db) if o.kind == "password-rotation"]
    assert left_over == ["https://x.com/parks"]
    with pytest.raises(ClerkDeskError, match="already recorded as separated"):
        separate(db, "E200", NOW)
    with pytest.raises(ValidationError):
        assignments.designate(db, account.id, "E200", "administrator")


def test_only_a_separation_owes_a_password_change_whatever_reason_is_typed(db, account) -> None:  # type: ignore[no-untyped-def]
    term = assignments.designate(db, account.id, "E200", "authorized-user", days_ago(30))
    assignments.end_assignment(db, term.id, NOW - timedelta(hours=3), "separated")
    assert [o for o in obligations.due(db) if o.kind == "password-rotation"] == []
    assignments.designate(db, account.id, "E300", "authorized-user", days_ago(30))
    separate(db, "E300", NOW - timedelta(hours=2))
    [rotation] = [o for o in obligations.due(db) if o.kind == "password-rotation"]
    assert rotation.person == "Ruth Castillo"


def test_separation_in_advance_is_refused(db, account) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        separate(db, "E200", NOW + timedelta(hours=1))


def test_signatures_clear_the_unsigned_agreement(db, account) -> None:  # type: ignore[no-untyped-def]
    term = assignments.designate(db, account.id, "E200", "authorized-user", days_ago(3))
    assert [o.kind for o in obligations.due(db) if o.person == "Tom Becker"] == [
        "agreement-unsigned"
    ]
    [item] = [o for o in obligations.due(db) if o.person == "Tom Becker"]
    assert item.text == "Agreement of Tom Becker (authorized user) not signed"
    part = assignments.record_signatures(db, term.id, date(2026, 11, 18), None, None)
    assert not part.signed
    # Today says whose signatures are missing, in the profile's words.
    [item] = [o for o in obligations.due(db) if o.person == "Tom Becker"]
    assert item.text == (
        "Agreement of Tom Becker (authorized user) signed by the user; the "
        "Department Head and the City Clerk have not signed"
    )
    with pytest.raises(ValidationError):
        assignments.record_signatures(db, term.id, date(2026, 11, 18), date(2026, 11, 21), None)
    done = assignments.record_signatures(
        db, term.id, date(2026, 11, 18), date(2026, 11, 19), date(2026, 11, 19)
    )
    assert (done.signed, done.signed_on) == (True, date(2026, 11, 19))
    assert [o for o in obligations.due(db) if o.person == "Tom Becker"] == []
    assert [t.id for t in assignments.unsigned_assignments(db, "Parks")] == []


def test_scan_is_kept_with_its_hash_and_a_changed_file_is_noticed(db, account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    term = assignments.designate(db, account.id, "E200", "custodian", days_ago(3))
    scan = tmp_path / "Signed Agreement.PDF"
    scan.write_bytes(b"%PDF-1.4 signed paper")
    view = assignments.attach_scan(db, term.id, scan)
    kept = assignments.scan_path(db, view)
    assert kept.read_bytes() == b"%PDF-1.4 signed paper"
    assert kept.parent == db.paths.home / "scans"
    assert view.scan_sha256 == kept.stem
    kept.write_bytes(b"%PDF-1.4 something else")
    with pytest.raises(ClerkDeskError, match="changed after it was attached"):
        assignments.scan_path(db, view)
    with pytest.raises(ValidationError):
        assignments.attach_scan(db, term.id, tmp_path / "notes.docx")


def test_person_history_shows_past_and_present(db, account) -> None:  # type: ignore[no-untyped-def]
    assignments.designate(db, account.id, "E200", "custodian", days_ago(20))
    assignments.designate(db, account.id, "E300", "custodian", days_ago(10))
    assignments.designate(db, account.id, "E200", "authorized-user", days_ago(5))
    tom = {p.employee_id: p for p in people.list_people(db)}["E200"]
    terms = assignments.person_assignments(db, tom.id)
    assert [(t.role, t.active_at(NOW)) for t in terms] == [
        ("authorized-user", True),
        ("custodian", False),
    ]


def test_ending_a_term(db, account) -> None:  # type: ignore[no-untyped-def]
    term = assignments.designate(db, account.id, "E200", "authorized-user", days_ago(3))
    with pytest.raises(ValidationError) as caught:
        assignments.end_assignment(db, term.id, days_ago(4), "")
    assert set(caught.value.fields) == {"ends_at", "end_reason"}
    ended = assignments.end_assignment(db, term.id, days_ago(1), "Moved to Library")
    assert ended.ends_at == days_ago(1)
    with pytest.raises(ClerkDeskError, match="already ended"):
        assignments.end_assignment(db, term.id, None, "again")


def test_discontinued_accounts_take_no_one(db, account) -> None:  # type: ignore[no-untyped-def]
    accounts.discontinue_account(db, account.id, date(2026, 11, 1), "Closed")
    with pytest.raises(ClerkDeskError, match="discontinued"):
        assignments.designate(db, account.id, "E200", "custodian")


def test_custodian_clears_custodian_missing(db, account) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.inputs import ApprovalInput

    accounts.approve_account(
        db,
        account.id,
        ApprovalInput("mayor", "Mayor", date(2026, 11, 2), None, True, "daily", True),
    )
    assert "custodian-missing" in {o.kind for o in obligations.due(db)}
    assignments.designate(db, account.id, "E200", "custodian", datetime(2026, 11, 3, tzinfo=UTC))
    assert "custodian-missing" not in {o.kind for o in obligations.due(db)}


def test_a_custodian_cannot_start_before_the_one_serving(db, account) -> None:  # type: ignore[no-untyped-def]
    assignments.designate(db, account.id, "E200", "custodian", days_ago(2))
    with pytest.raises(ValidationError, match="one custodian at a time"):
        assignments.designate(db, account.id, "E300", "custodian", days_ago(5))
    active = [t for t in assignments.account_assignments(db, account.id) if t.active_at(NOW)]
    assert [t.employee_id for t in active] == ["E200"]
