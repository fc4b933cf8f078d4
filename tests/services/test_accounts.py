from datetime import date

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput

from .helpers import dump

GOOD_APPROVAL = ApprovalInput(
    "department-head",
    "Tim Swadley",
    date(2026, 11, 2),
    "Res. 2026-40",
    can_administer=True,
    monitoring="each work day",
    it_notified=True,
)


def new(db, url="https://facebook.com/stoughtonparks", **kw):  # type: ignore[no-untyped-def]
    return accounts.create_account(
        db, AccountInput(url, kw.pop("platform", "facebook"), kw.pop("department", "Parks"), **kw)
    )


def test_create_normalizes_and_audits(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = new(
        db,
        "www.Facebook.com/stoughtonparks/",
        handle="@stoughtonparks",
        city_email="parks@ci.stoughton.wi.us",
        status="pre-existing",
    )
    assert view.url == "https://facebook.com/stoughtonparks"
    assert (view.department, view.status, view.approval) == ("Parks", "pre-existing", None)
    event = audit.list_events(db)[0]
    assert (event.action, event.entity_key, event.actor) == ("account.create", view.url, "clerk")


@pytest.mark.parametrize(
    "data, field",
    [
        (AccountInput("", "facebook", "Parks"), "url"),
        (AccountInput("not a url", "facebook", "Parks"), "url"),
        (AccountInput("https://x.com/a", "myspace", "Parks"), "platform"),
        (AccountInput("https://x.com/a", "x", "Fisheries"), "department"),
        (AccountInput("https://x.com/a", "x", ""), "department"),
        (AccountInput("https://x.com/a", "x", "Parks", city_email="parks@gmail.com"), "city_email"),
        (AccountInput("https://x.com/a", "x", "Parks", city_email="parks@"), "city_email"),
        (AccountInput("https://x.com/a", "x", "Parks", status="approved"), "status"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(db, parks, data, field) -> None:  # type: ignore[no-untyped-def]
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(db, data)
    assert field in caught.value.fields
    assert dump(db) == before


def test_duplicate_url_in_another_spelling_is_refused(db, parks) -> None:  # type: ignore[no-untyped-def]
    new(db)
    with pytest.raises(ValidationError, match="already registered"):
        new(db, "http://www.facebook.com/stoughtonparks/")


def test_city_email_must_be_at_the_city_domain_when_set(db, parks) -> None:  # type: ignore[no-untyped-def]
    city.update_city(db, "Stoughton", date(2019, 6, 25), "ci.stoughton.wi.us")
    with pytest.raises(ValidationError) as caught:
        new(db, city_email="parks@example.org")
    assert "ci.stoughton.wi.us" in caught.value.fields["city_email"]
    assert new(db, city_email="parks@ci.stoughton.wi.us").city_email


def test_edit_changes_fields_and_records_before_and_after(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = new(db)
    edited = accounts.update_account(
        db,
        view.id,
        AccountInput(
            view.url, "facebook", "Parks", handle="@parks", purpose="Events", status="pre-existing"
        ),
    )
    assert (edited.handle, edited.purpose, edited.status) == ("@parks", "Events", "pre-existing")
    event = audit.list_events(db)[0]
    assert event.action == "account.update"
    assert '"handle": [null, "@parks"]' in event.details


def test_edit_cannot_approve_by_changing_status(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = new(db)
    with pytest.raises(ValidationError):
        accounts.update_account(
            db, view.id, AccountInput(view.url, "facebook", "Parks", status="approved")
        )


def test_approve_records_authority_and_determinations(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = accounts.approve_account(db, new(db).id, GOOD_APPROVAL)
    assert view.status == "approved"
    assert view.approval is not None
    assert (
        view.approval.authority,
        view.approval.approved_by,
        view.approval.approved_on,
        view.approval.reference,
        view.approval.monitoring,
        view.approval.determinations_recorded,
    ) == (
        "department-head",
        "Tim Swadley",
        date(2026, 11, 2),
        "Res. 2026-40",
        "each work day",
        True,
    )
    assert audit.list_events(db)[0].action == "account.approve"


def test_approval_on_the_day_itself_is_allowed_but_not_tomorrow(db, parks) -> None:  # type: ignore[no-untyped-def]
    # The test clock reads 2026-11-20 15:00 in Stoughton.
    view = new(db)
    tomorrow = ApprovalInput(**{**GOOD_APPROVAL.__dict__, "approved_on": date(2026, 11, 21)})
    with pytest.raises(ValidationError) as caught:
        accounts.approve_account(db, view.id, tomorrow)
    assert set(caught.value.fields) == {"approved_on"}
    today = ApprovalInput(**{**GOOD_APPROVAL.__dict__, "approved_on": date(2026, 11, 20)})
    assert accounts.approve_account(db, view.id, today).status == "approved"


@pytest.mark.parametrize(
    "change, field",
    [
        ({"authority": "city-manager"}, "authority"),
        ({"approved_by": " "}, "approved_by"),
        ({"approved_on": None}, "approved_on"),
        ({"can_administer": False}, "can_administer"),
        ({"monitoring": ""}, "monitoring"),
        ({"it_notified": False}, "it_notified"),
    ],
)
def test_approval_needs_an_authority_of_the_profile_and_the_r2_determinations(
    db,
    parks,
    change,
    field,  # type: ignore[no-untyped-def]
) -> None:
    view = new(db)
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        accounts.approve_account(db, view.id, ApprovalInput(**{**GOOD_APPROVAL.__dict__, **change}))
    assert set(caught.value.fields) == {field}
    assert dump(db) == before
    assert accounts.get_account(db, view.id).status == "proposed"


def test_authorities_follow_the_profile(db, parks) -> None:  # type: ignore[no-untyped-def]
    city.update_profile(db, authorities=("city-manager",))
    view = new(db)
    with pytest.raises(ValidationError, match="City Manager"):
        accounts.approve_account(db, view.id, GOOD_APPROVAL)
    ok = ApprovalInput(**{**GOOD_APPROVAL.__dict__, "authority": "city-manager"})
    assert accounts.approve_account(db, view.id, ok).status == "approved"


def test_approving_twice_or_a_discontinued_account_is_refused(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = new(db)
    accounts.approve_account(db, view.id, GOOD_APPROVAL)
    with pytest.raises(ClerkDeskError, match="already approved"):
        accounts.approve_account(db, view.id, GOOD_APPROVAL)
    other = new(db, "https://x.com/stoughtonparks", platform="x")
    accounts.discontinue_account(db, other.id, date(2026, 11, 1), "Abandoned")
    with pytest.raises(ClerkDeskError, match="discontinued"):
        accounts.approve_account(db, other.id, GOOD_APPROVAL)


def test_discontinue_needs_a_date_not_in_the_future_and_a_reason(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = new(db, status="pre-existing")
    with pytest.raises(ValidationError) as caught:
        accounts.discontinue_account(db, view.id, date(2026, 12, 1), " ")
    assert set(caught.value.fields) == {"discontinued_on", "discontinued_reason"}
    done = accounts.discontinue_account(db, view.id, date(2026, 11, 20), "Not approved in time")
    assert (done.status, done.discontinued_on, done.discontinued_reason) == (
        "discontinued",
        date(2026, 11, 20),
        "Not approved in time",
    )
    assert audit.list_events(db)[0].action == "account.discontinue"


def test_list_shows_the_latest_approval(db, parks) -> None:  # type: ignore[no-untyped-def]
    first = new(db)
    new(db, "https://x.com/stoughtonparks", platform="x")
    accounts.approve_account(db, first.id, GOOD_APPROVAL)
    listed = {a.url: a for a in accounts.list_accounts(db)}
    assert listed[first.url].approval is not None
    assert listed["https://x.com/stoughtonparks"].approval is None


def test_unknown_account_is_a_plain_error(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClerkDeskError, match="no longer"):
        accounts.get_account(db, 999)


def test_the_accounts_of_approvals_are_those_they_approve(db, parks) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from clerkdesk.services.accounts.views import accounts_of_approvals
    from clerkdesk.store.models.accounts import Approval

    account = accounts.create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))
    accounts.approve_account(db, account.id, GOOD_APPROVAL)
    with db.reading() as session:
        [approval] = session.scalars(select(Approval.id).where(Approval.account_id == account.id))
    assert accounts_of_approvals(db, frozenset({approval})) == {account.id}
    assert accounts_of_approvals(db, frozenset({approval, approval + 100})) is None
