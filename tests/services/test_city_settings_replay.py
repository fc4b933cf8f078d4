"""`check` replays the city's saved settings: a parameter of its policy profile (the notices'
words and their approvals, the website's posting, monitoring_directed, a rule's basis), its
e-mail domain, agreement text, 19.34 notice, retention directive's day and own letter texts,
each changed in the table without an event, is reported in words; a city set up before the
events gave its settings is noted, and each setting checked from its next change."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from clerkdesk.services.city import notice, notice_words
from clerkdesk.services.city import writes as city
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import Change, record
from clerkdesk.services.requests.letter_texts import update_letter_text
from clerkdesk.store.models.city import City

WORDS = "This account is not watched around the clock."
APPROVAL = {"by": "City Attorney", "on": "2026-11-02"}
POSTING = {"address": "https://www.ci.janesville.wi.us/terms", "seen_on": "2026-11-03"}


@pytest.fixture
def settled(empty_db):  # type: ignore[no-untyped-def]
    db = empty_db
    city.init_city(db, "Janesville", "janesville", date(2019, 6, 25), email_domain="ci.example.gov")
    city.update_profile(db, monitoring_directed=True)
    notice_words.update_notice_words(db, "not-monitored", WORDS, "City Attorney", date(2026, 11, 2))
    notice_words.record_website_posting(db, POSTING["address"], date(2026, 11, 3))
    notice.update_notice_settings(db, "Monday to Friday, 8 to 5", "City Clerk, room 1")
    notice.record_retention_directive(db, date(2026, 10, 1))
    city.update_agreement_text(db, "Our own agreement.")
    assert maintenance.check(db) == []
    return db


def _profile(db) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return dict(json.loads(session.execute(text("SELECT profile_json FROM city")).scalar_one()))


def _set_profile(db, **changes: Any) -> None:  # type: ignore[no-untyped-def]
    saved = {**_profile(db), **changes}
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE city SET profile_json = :p"), {"p": json.dumps(saved)})


COLUMNS = [
    (
        "email_domain = 'other.gov'",
        "email_domain is other.gov in the table, ci.example.gov in the audit log",
    ),
    (
        "agreement_text = NULL",
        "agreement_text is empty in the table, Our own agreement. in the audit log",
    ),
    (
        "office_hours = 'Never'",
        "office_hours is Never in the table, Monday to Friday, 8 to 5 in the audit log",
    ),
    (
        "records_contact = NULL",
        "records_contact is empty in the table, City Clerk, room 1 in the audit log",
    ),
    (
        "retention_directive_on = '2026-09-30'",
        "retention_directive_on is 2026-09-30 in the table, 2026-10-01 in the audit log",
    ),
]


@pytest.mark.parametrize(("change", "said"), COLUMNS, ids=[c[0].split()[0] for c in COLUMNS])
def test_a_setting_changed_without_an_event_is_reported(settled, change, said) -> None:  # type: ignore[no-untyped-def]
    with settled.engine.begin() as conn:
        conn.execute(text(f"UPDATE city SET {change}"))
    assert maintenance.check(settled) == [f"the city: {said}"]


def test_a_profile_parameter_changed_without_an_event_is_reported(settled) -> None:  # type: ignore[no-untyped-def]
    _set_profile(settled, monitoring_directed=False)
    assert maintenance.check(settled) == [
        "the city: monitoring_directed is False in the table, True in the audit log"
    ]


def test_a_notice_s_words_and_approval_changed_without_an_event_are_reported(settled) -> None:  # type: ignore[no-untyped-def]
    saved = _profile(settled)
    words = {**saved["notices"], "not-monitored": "Other words."}
    _set_profile(settled, notices=words, notice_approvals={})
    assert maintenance.check(settled) == [
        f"the city: notices[not-monitored] is Other words. in the table, {WORDS} in the audit log",
        f"the city: notice_approvals[not-monitored] is empty in the table, {APPROVAL} in the "
        "audit log",
    ]


def test_a_notice_of_another_name_added_without_an_event_is_reported(settled) -> None:  # type: ignore[no-untyped-def]
    _set_profile(settled, notices={**_profile(settled)["notices"], "extra": "More words."})
    assert maintenance.check(settled) == [
        "the city: notices[...] is {'extra': 'More words.'} in the table, empty in the audit log"
    ]


def test_the_website_posting_changed_without_an_event_is_reported(settled) -> None:  # type: ignore[no-untyped-def]
    _set_profile(settled, website_posting={**POSTING, "seen_on": "2026-11-01"})
    assert maintenance.check(settled) == [
        "the city: website_posting[seen_on] is 2026-11-01 in the table, 2026-11-03 in the audit log"
    ]
    _set_profile(settled, website_posting={})
    assert maintenance.check(settled) == [
        f"the city: website_posting[address] is empty in the table, {POSTING['address']} in "
        "the audit log",
        "the city: website_posting[seen_on] is empty in the table, 2026-11-03 in the audit log",
    ]


def test_a_rule_switched_without_an_event_is_reported(settled) -> None:  # type: ignore[no-untyped-def]
    rule = next(r.rule for r in city.city_rules(settled) if r.switchable)
    city.switch_rule(settled, rule, True)
    assert maintenance.check(settled) == []
    _set_profile(settled, rules={**_profile(settled)["rules"], rule: "off"})
    assert maintenance.check(settled) == [
        f"the city: rules[{rule}] is off in the table, practice in the audit log"
    ]


def test_a_profile_applied_leaves_it_clean(settled) -> None:  # type: ignore[no-untyped-def]
    city.apply_profile(settled, "stoughton")
    assert maintenance.check(settled) == []
    _set_profile(settled, authorities=["council"])
    assert maintenance.check(settled) == [
        "the city: authorities is council in the table, council department-head mayor in the "
        "audit log"
    ]


def test_a_city_set_up_before_the_events_gave_its_settings_is_noted(empty_db, clock) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.resources import load_profile

    db = empty_db
    profile = load_profile("stoughton")
    # A copy saved before the profiles had these parameters.
    saved = {
        k: v
        for k, v in profile.to_dict().items()
        if k not in ("determinations", "authorities", "website_posting", "monitoring_directed")
    }
    with db.writing() as session:
        session.add(
            City(
                id=1,
                name="Stoughton",
                profile_key="stoughton",
                profile_json=json.dumps(saved),
                adopted_on=date(2019, 6, 25),
                created_at=clock(),
            )
        )
        record(
            session,
            db,
            Change(
                "city.init",
                "city",
                "Stoughton",
                "Set up Stoughton under the Stoughton policy",
                {"profile": "stoughton", "adopted_on": "2019-06-25"},
            ),
        )
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE city SET email_domain = 'set.by.hand'"))
    report = maintenance.check_report(db)
    assert report.problems == []
    assert any(
        "1 city(s) recorded before the audit log named each city on its own: checked from "
        "their next change" in note
        for note in report.notes
    )
    # From its next change, what the change names is held: the parameters the copy had not
    # saved, too.
    city.update_profile(db, monitoring_directed=False)
    assert maintenance.check(db) == []
    _set_profile(db, determinations={"mayor": ["can_administer"]})
    assert maintenance.check(db) == [
        "the city: determinations[council] is empty in the table, can_administer in the audit log",
        "the city: determinations[department-head] is empty in the table, can_administer "
        "it_notified monitoring in the audit log",
    ]
    _set_profile(db, determinations=profile.to_dict()["determinations"])
    _set_profile(db, monitoring_directed=True)
    assert maintenance.check(db) == [
        "the city: monitoring_directed is True in the table, False in the audit log"
    ]


DENIAL = "We cannot give you these records."


def _set_letters(db, texts: Any) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE city SET letter_texts = :t"), {"t": json.dumps(texts)})


def test_a_letter_text_changed_without_an_event_is_reported(settled) -> None:  # type: ignore[no-untyped-def]
    update_letter_text(settled, "denial", DENIAL)
    update_letter_text(settled, "acknowledgment", "We have your request {number}.")
    update_letter_text(settled, "acknowledgment", None)  # back to ClerkDesk's
    assert maintenance.check(settled) == []
    _set_letters(settled, {"denial": "Other words."})
    assert maintenance.check(settled) == [
        f"the city: letter_texts[denial] is Other words. in the table, {DENIAL} in the audit log"
    ]
    _set_letters(settled, {"denial": DENIAL, "extension": "We need more time."})
    assert maintenance.check(settled) == [
        "the city: letter_texts[extension] is We need more time. in the table, empty in the "
        "audit log"
    ]
    _set_letters(settled, {"denial": DENIAL, "other": "More words."})
    assert maintenance.check(settled) == [
        "the city: letter_texts[...] is {'other': 'More words.'} in the table, empty in the "
        "audit log"
    ]
    with settled.engine.begin() as conn:
        conn.execute(text("UPDATE city SET letter_texts = NULL"))
    assert maintenance.check(settled) == [
        f"the city: letter_texts[denial] is empty in the table, {DENIAL} in the audit log"
    ]


def test_letter_texts_saved_before_their_events_gave_them_are_noted(empty_db, clock) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.resources import load_profile

    db = empty_db
    with db.writing() as session:
        session.add(
            City(
                id=1,
                name="Stoughton",
                profile_key="stoughton",
                profile_json=json.dumps(load_profile("stoughton").to_dict()),
                adopted_on=date(2019, 6, 25),
                created_at=clock(),
            )
        )
        record(
            session,
            db,
            Change(
                "city.init",
                "city",
                "Stoughton",
                "Set up Stoughton under the Stoughton policy",
                {"profile": "stoughton", "adopted_on": "2019-06-25"},
            ),
        )
    # Texts saved by events that named the kind only.
    texts = {"acknowledgment": "We have it.", "denial": DENIAL}
    with db.writing() as session:
        session.get(City, 1).letter_texts = json.dumps(texts)  # type: ignore[union-attr]
        for kind in texts:
            record(
                session,
                db,
                Change("letter.text", "city", "Stoughton", f"Replaced the {kind}", {"kind": kind}),
            )
    _set_letters(db, {**texts, "acknowledgment": "Changed by hand."})
    report = maintenance.check_report(db)
    assert report.problems == []
    assert any("1 city(s) recorded before the audit log" in note for note in report.notes)
    # From its next save, the text it saves is held; the other, saved before, is not.
    update_letter_text(db, "denial", "No.")
    assert maintenance.check(db) == []
    _set_letters(db, {"acknowledgment": "Changed again.", "denial": "Yes."})
    assert maintenance.check(db) == [
        "the city: letter_texts[denial] is Yes. in the table, No. in the audit log"
    ]
