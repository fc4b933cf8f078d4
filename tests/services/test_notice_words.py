"""The words of each city's notices (R15), changed in Settings → Duties: kept exactly as typed
in the city's saved profile, audited as a profile change; refused when empty, too long or with
control characters; back to the policy's words on request. In Janesville, the Terms of Use in
other words than the policy's need the City Attorney's approval (janesville.txt:56), kept with
them; and its posting on the City's website (janesville.txt:89) is recorded in the profile."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.core.notices import MAX_WORDS
from clerkdesk.services.city import writes as city
from clerkdesk.services.city.notice_words import (
    notice_words,
    record_website_posting,
    restore_notice_words,
    update_notice_words,
    website_posting,
)
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import list_events
from clerkdesk.services.site_checks.checklists import print_checklist

from .duties_city import PARKS, small_city

POLICY_TERMS = "The approved Terms of Use Agreement, conspicuously posted"
TYPED = "  Our Terms of Use:\n\tbe civil — no threats.\n\nThe City Manager's Office, 755-3177 "


def janesville(db):  # type: ignore[no-untyped-def]
    city.init_city(db, "Janesville", "janesville", date(2026, 1, 1))
    small_city(db, authority="city-manager")
    return db


def words_of(db, name: str):  # type: ignore[no-untyped-def]
    return next(n for n in notice_words(db) if n.name == name)


def checklist(db, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / "checklist.pdf"
    print_checklist(db, PARKS, out)
    done = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_the_words_are_kept_exactly_and_restored(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = empty_db  # Madison: its policy's notices, asked of each site (R15), no approver
    city.init_city(db, "Madison", "madison", date(2026, 1, 1))
    small_city(db, authority="mayor")
    [first, *_] = notice_words(db)
    assert not first.changed and first.approver == ""
    update_notice_words(db, first.name, TYPED)
    kept = words_of(db, first.name)
    assert kept.words == TYPED and kept.changed and kept.policy_words == first.words
    assert city.get_city(db).profile.notices[first.name] == TYPED  # type: ignore[union-attr]
    [event] = [e for e in list_events(db) if e.action == "profile.update"]
    assert "notices" in event.summary
    assert "be civil — no threats. The City Manager's Office, 755-3177" in checklist(db, tmp_path)
    assert maintenance.check_report(db).problems == []
    restore_notice_words(db, first.name)
    assert words_of(db, first.name).words == first.words
    assert not words_of(db, first.name).changed


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("", "give the words the checklist prints"),
        ("  \n\t ", "give the words the checklist prints"),
        ("x" * (MAX_WORDS + 1), f"at most {MAX_WORDS} characters (these are {MAX_WORDS + 1})"),
        ("a bell\x07", "no control characters (line breaks and tabs only)"),
    ],
)
def test_refused_words_are_said_and_nothing_is_saved(db, words: str, said: str) -> None:  # type: ignore[no-untyped-def]
    small_city(db)
    before = notice_words(db)
    with pytest.raises(ValidationError) as refused:
        update_notice_words(db, before[0].name, words)
    assert refused.value.fields == {"words": said}
    assert notice_words(db) == before


def test_the_longest_words_taken(db) -> None:  # type: ignore[no-untyped-def]
    small_city(db)
    name = notice_words(db)[0].name
    update_notice_words(db, name, "x" * MAX_WORDS)
    assert words_of(db, name).words == "x" * MAX_WORDS


def test_janesville_s_terms_of_use_changed_need_the_city_attorney(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = janesville(empty_db)
    terms = words_of(db, "comment-policy")
    assert (terms.approver, terms.words) == ("City Attorney", POLICY_TERMS)
    assert words_of(db, "purpose").approver == ""  # the purpose statement is not the agreement
    with pytest.raises(ValidationError) as refused:
        update_notice_words(db, "comment-policy", TYPED)
    assert refused.value.fields == {
        "approved_by": "words other than the policy's need the City Attorney's approval",
        "approved_on": "give the day the City Attorney approved these words",
    }
    with pytest.raises(ValidationError) as late:
        update_notice_words(db, "comment-policy", TYPED, "W. Wellnitz", date(2026, 11, 21))
    assert late.value.fields == {"approved_on": "cannot be in the future"}
    assert words_of(db, "comment-policy").words == POLICY_TERMS
    update_notice_words(db, "comment-policy", TYPED, "W. Wellnitz", date(2026, 11, 20))
    kept = words_of(db, "comment-policy")
    assert (kept.words, kept.approved_by, kept.approved_on) == (
        TYPED,
        "W. Wellnitz",
        date(2026, 11, 20),
    )
    # The purpose statement changes without an approval.
    update_notice_words(db, "purpose", "Parks news, with www.ci.janesville.wi.us")
    assert words_of(db, "purpose").approved_by is None
    # Back to the policy's words: no approval needed, the one kept dropped.
    restore_notice_words(db, "comment-policy")
    back = words_of(db, "comment-policy")
    assert (back.words, back.approved_by, back.approved_on) == (POLICY_TERMS, None, None)
    assert maintenance.check_report(db).problems == []


def test_the_website_posting_is_recorded_and_cleared(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = janesville(empty_db)
    posting = website_posting(db)
    assert posting is not None
    assert (posting.name, posting.address, posting.seen_on) == ("comment-policy", None, None)
    with pytest.raises(ValidationError) as refused:
        record_website_posting(db, "www.ci.janesville.wi.us/terms", None)
    assert refused.value.fields == {"website_seen_on": "give the day the page was seen posting it"}
    with pytest.raises(ValidationError) as bad:
        record_website_posting(db, "not an address", date(2026, 11, 2))
    assert "website_address" in bad.value.fields
    record_website_posting(db, "www.ci.janesville.wi.us/terms", date(2026, 11, 2))
    posting = website_posting(db)
    assert posting is not None
    assert (posting.address, posting.seen_on) == (
        "https://www.ci.janesville.wi.us/terms",
        date(2026, 11, 2),
    )
    record_website_posting(db, "", None)
    assert website_posting(db).address is None  # type: ignore[union-attr]


def test_another_city_posts_no_notice_on_its_website(db) -> None:  # type: ignore[no-untyped-def]
    assert website_posting(db) is None


def test_a_copy_saved_before_approvers_takes_the_shipped_ones(empty_db) -> None:  # type: ignore[no-untyped-def]
    import json

    from clerkdesk.services.kernel.common import city_row

    db = janesville(empty_db)
    with db.writing() as session:
        row = city_row(session)
        saved = json.loads(row.profile_json)
        for name in ("notice_approvers", "notice_approvals", "website_notice", "website_posting"):
            del saved[name]
        row.profile_json = json.dumps(saved)
    profile = city.get_city(db).profile  # type: ignore[union-attr]
    assert profile.notice_approvers["comment-policy"] == "City Attorney"
    assert (profile.website_notice, profile.website_posting) == ("comment-policy", {})
