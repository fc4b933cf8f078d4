"""A city switches a rule its policy does not contain on as good practice, or off (RULES.md);
a rule of its policy, or of a statute, stays as it is whatever is asked."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.changes import Changes
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.store.models.city import City


def dump(db):  # type: ignore[no-untyped-def]
    with db.reading() as session:
        row = session.get(City, 1)
        return row.profile_json, len(audit.list_events(db))


def test_a_good_practice_rule_switched_off_and_on_again_is_audited(db, parks) -> None:  # type: ignore[no-untyped-def]
    account = accounts.create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))
    accounts.approve_account(
        db,
        account.id,
        ApprovalInput("mayor", "Mayor Jones", date(2026, 1, 5), "Res. 1", True, "daily", True),
    )
    assert [o.basis for o in obligations.due(db) if o.rule == "R8"] == ["practice"]
    view = city.switch_rule(db, "R8", on=False)
    assert view.profile.basis("R8") == "off"
    assert city.get_city(db).profile.basis("R8") == "off"
    event = audit.list_events(db)[0]
    assert (event.action, event.entity_key) == ("profile.rule", "Stoughton")
    assert event.summary == "Switched R8 (Credentials reported) off"
    assert json.loads(event.details) == {
        "R8": ["practice", "off"],
        "city_settings": {"city": {"rules[R8]": ["practice", "off"]}},
    }
    assert not [o for o in obligations.due(db) if o.rule == "R8"]

    city.switch_rule(db, "R8", on=True)
    event = audit.list_events(db)[0]
    assert event.summary == "Switched R8 (Credentials reported) on as good practice"
    assert json.loads(event.details) == {
        "R8": ["off", "practice"],
        "city_settings": {"city": {"rules[R8]": ["off", "practice"]}},
    }


def test_a_rule_off_in_the_policy_can_be_switched_on_as_good_practice(db) -> None:  # type: ignore[no-untyped-def]
    assert city.switch_rule(db, "R13", on=True).profile.basis("R13") == "practice"
    assert city.switch_rule(db, "R13", on=False).profile.basis("R13") == "off"


def test_switching_to_what_it_is_writes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    before = dump(db)
    city.switch_rule(db, "R10", on=True)  # practice in Stoughton already
    city.switch_rule(db, "R19", on=False)  # off already
    assert dump(db) == before


@pytest.mark.parametrize(
    ("rule", "on", "words"),
    [
        ("R5", False, "R5 (Grandfathering of accounts in use) is in the Stoughton Social Media"),
        ("R3", True, "a rule of the city's own policy cannot be switched off"),
        ("R17", False, "R17 (Public records) is Wisconsin law"),
        ("R7", False, "R7 (Access reviews) is in the Stoughton Social Media"),
        ("R21", True, "R21 (Accessible posts and documents) is federal law"),
        ("R22", True, "unknown rule 'R22'"),
    ],
)
def test_a_rule_of_the_policy_or_of_law_is_refused_plainly(db, rule, on, words) -> None:  # type: ignore[no-untyped-def]
    before = dump(db)
    with pytest.raises(ClerkDeskError) as caught:
        city.switch_rule(db, rule, on=on)
    assert words in caught.value.message
    assert dump(db) == before


def test_what_the_policy_holds_is_judged_by_the_shipped_profile(empty_db) -> None:  # type: ignore[no-untyped-def]
    """A copy whose R9 was once set off (say, by hand) reads as Wausau's policy has it, on, and
    still cannot be switched: the policy contains it."""
    city.init_city(empty_db, "Wausau", "wausau", date(2020, 1, 6))
    with empty_db.writing() as session:
        row = session.get(City, 1)
        data = json.loads(row.profile_json)
        data["rules"]["R9"] = "off"
        row.profile_json = json.dumps(data)
    with pytest.raises(ClerkDeskError, match=r"R9 .* is in the Wausau Social Media Policy"):
        city.switch_rule(empty_db, "R9", on=True)
    rules = {r.rule: r for r in city.city_rules(empty_db)}
    assert (rules["R9"].basis, rules["R9"].shipped, rules["R9"].switchable) == (
        "policy",
        "policy",
        False,
    )


def test_the_rules_as_the_city_has_them(db) -> None:  # type: ignore[no-untyped-def]
    city.switch_rule(db, "R10", on=False)
    rules = city.city_rules(db)
    assert [r.rule for r in rules] == [f"R{n}" for n in range(1, 22)]
    by_rule = {r.rule: r for r in rules}
    assert (by_rule["R10"].basis, by_rule["R10"].shipped, by_rule["R10"].switchable) == (
        "off",
        "practice",
        True,
    )
    assert not by_rule["R5"].switchable and not by_rule["R17"].switchable
    assert by_rule["R13"].switchable and by_rule["R13"].title == "Direct messages off or archived"


def test_parameters_cannot_change_a_rule_of_the_policy(db) -> None:  # type: ignore[no-untyped-def]
    rules = city.get_city(db).profile.rules
    before = dump(db)
    with pytest.raises(ClerkDeskError, match=r"R5 .* is in the Stoughton"):
        city.update_profile(db, rules={**rules, "R5": "off"})
    with pytest.raises(ClerkDeskError, match="R10: a rule the policy does not contain"):
        city.update_profile(db, rules={**rules, "R10": "policy"})
    assert dump(db) == before
    view = city.update_profile(db, rules={**rules, "R10": "off"})
    assert view.profile.basis("R10") == "off"


def test_settings_refused_in_their_write_leave_the_city_s_details_as_they_were(db) -> None:  # type: ignore[no-untyped-def]
    """Settings' Save writes the details and the parameters in one transaction: the refusal of
    a parameter found only as it is written leaves the city unrenamed and the log as it was."""
    rules = city.get_city(db).profile.rules
    before = dump(db)
    with pytest.raises(ClerkDeskError, match=r"R5 .* is in the Stoughton"):
        city.update_settings(
            db, "Renamed", date(2019, 6, 25), "renamed.gov", rules={**rules, "R5": "off"}
        )
    assert city.get_city(db).name == "Stoughton"
    assert dump(db) == before
    committed: list[Changes] = []
    db.listeners.append(committed.append)
    try:
        view = city.update_settings(
            db, "Renamed", date(2019, 6, 25), "renamed.gov", rules={**rules, "R10": "off"}
        )
    finally:
        db.listeners.remove(committed.append)
    assert (view.name, view.email_domain, view.profile.basis("R10")) == (
        "Renamed",
        "renamed.gov",
        "off",
    )
    events = audit.list_events(db)
    assert [e.action for e in events[:2]] == ["profile.update", "city.update"]
    # one transaction, which appended both events
    assert [c.events for c in committed] == [frozenset({events[0].seq, events[1].seq})]


def test_applying_the_profile_again_brings_its_bases_back(db) -> None:  # type: ignore[no-untyped-def]
    city.switch_rule(db, "R10", on=False)
    assert city.apply_profile(db, "stoughton").profile.basis("R10") == "practice"


def test_a_rule_switched_off_refuses_nothing_it_would_have(db, parks, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.core.errors import ValidationError
    from clerkdesk.services.credentials import writes as credentials
    from clerkdesk.services.credentials.writes import CredentialInput

    account = accounts.create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))
    personal = AccountInput("https://x.com/parks", "x", "Parks", city_email="parks@gmail.com")
    weak = CredentialInput(username="parks@gmail.com", password="short")
    with pytest.raises(ValidationError) as on:
        accounts.update_account(db, account.id, personal)
    assert "R12" in on.value.fields["city_email"]
    with pytest.raises(ValidationError) as rules:
        credentials.set_credential(db, account.id, weak)
    assert {"password", "username"} <= set(rules.value.fields)
    city.switch_rule(db, "R11", on=False)
    city.switch_rule(db, "R12", on=False)
    assert accounts.update_account(db, account.id, personal).city_email == "parks@gmail.com"
    stored = credentials.set_credential(db, account.id, weak)
    assert stored.password_on_file and stored.username == "parks@gmail.com"
    lacks, advice = credentials.strength(db, "short", mfa=False)
    assert lacks == [] and advice  # NIST's advice still speaks
