# ruff: noqa: F811  (the `city` fixture, taken from test_records_requests)
"""Wis. Stat. 19.35 whole for a request's holds and letters (R17): a requester committed or
incarcerated holds a denial's records 90 days; written notice of an action under 19.37 holds
them until its order and appeal end; a denial gives its reasons (refused without them in the
window, an item for a file's); a new target moves the answer's due day, both days kept."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.requests.holds import account_records
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request
from clerkdesk.services.transfer import csv_export, csv_import

from .test_records_requests import TODAY, URL, _account_id, city, write  # noqa: F401

REASONS = "Part of a pending investigation (Wis. Stat. 19.35(1)(a))"


def _request(db, **given):  # type: ignore[no-untyped-def]
    fields = {"summary": "Every comment removed in August", "accounts": (URL,), **given}
    number = fields.pop("number", "2026-014")
    received = fields.pop("received_on", TODAY - timedelta(days=200))
    return save_request(db, None, RequestInput(number, received, **fields))


def _discontinued(db) -> bool:  # type: ignore[no-untyped-def]
    """Whether the account could be discontinued today (refused while it is held)."""
    try:
        accounts.discontinue_account(db, _account_id(db), TODAY, "merged with the city page")
    except ClerkDeskError:
        return False
    return True


@pytest.mark.parametrize(("day", "held"), [(89, True), (90, True), (91, False)])
def test_a_denial_to_a_confined_requester_holds_through_the_90th_day(city, day, held) -> None:  # type: ignore[no-untyped-def]
    denied_on = TODAY - timedelta(days=day)
    _request(city, status="denied", closed_on=denied_on, reasons=REASONS, requester_confined=True)
    records = account_records(city)[_account_id(city)]
    assert records.on_hold is held
    if held:
        until = denied_on + timedelta(days=90)
        assert "was denied to a requester committed or incarcerated (90 days" in records.describe()
        [item] = [o for o in obligations.due(city) if o.kind == "records-hold"]
        assert (item.due, item.record) == (until, "2026-014")
        assert "committed or incarcerated: 90 days" in item.text
    assert _discontinued(city) is not held


@pytest.mark.parametrize(("day", "held"), [(59, True), (60, True), (61, False)])
def test_the_same_denial_to_a_free_requester_holds_60_days(city, day, held) -> None:  # type: ignore[no-untyped-def]
    _request(city, status="denied", closed_on=TODAY - timedelta(days=day), reasons=REASONS)
    assert account_records(city)[_account_id(city)].on_hold is held


@pytest.mark.parametrize(
    ("notice", "ended", "held"),
    [
        (TODAY + timedelta(days=1), None, False),  # no notice yet: a grant holds nothing
        (TODAY, None, True),  # the day notice came
        (TODAY - timedelta(days=150), None, True),  # pending however long ago
        (TODAY - timedelta(days=30), TODAY, True),  # its last day
        (TODAY - timedelta(days=30), TODAY - timedelta(days=1), False),  # the day after
    ],
)
def test_an_action_under_19_37_holds_from_its_notice_until_it_ends(
    city, notice, ended, held
) -> None:  # type: ignore[no-untyped-def]
    view = _request(city, status="granted", closed_on=TODAY - timedelta(days=190))
    if notice <= TODAY:
        save_request(
            city,
            view.id,
            RequestInput(
                "2026-014",
                view.received_on,
                view.summary,
                "granted",
                closed_on=view.closed_on,
                accounts=(URL,),
                action_notice_on=notice,
                action_ended_on=ended,
            ),
        )
    records = account_records(city)[_account_id(city)]
    assert records.on_hold is held
    holds = [o for o in obligations.due(city) if o.kind == "records-hold"]
    if held and ended is not None:
        [item] = holds
        assert item.due == ended and "the action under Wis. Stat. 19.37" in item.text
        assert "through" in records.describe()
    elif held:
        assert holds == []  # pending: no end to count to, as an open request
        assert "an action under Wis. Stat. 19.37" in records.describe()
        assert "pending" in records.describe()
    if held:
        with pytest.raises(ClerkDeskError, match="until the action and any appeal have ended"):
            accounts.discontinue_account(city, _account_id(city), TODAY, "merged")
    else:
        assert _discontinued(city)


def test_an_action_that_ends_before_the_denials_days_leaves_the_denials_hold(city) -> None:  # type: ignore[no-untyped-def]
    denied_on = TODAY - timedelta(days=10)
    _request(
        city,
        status="denied",
        closed_on=denied_on,
        reasons=REASONS,
        action_notice_on=TODAY - timedelta(days=5),
        action_ended_on=TODAY - timedelta(days=1),
    )
    [item] = [o for o in obligations.due(city) if o.kind == "records-hold"]
    assert item.due == denied_on + timedelta(days=60) and "was denied" in item.text


def test_the_window_refuses_a_denial_without_its_reasons_and_writes_nothing(city) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        _request(city, status="partly-granted", closed_on=TODAY, reasons="  ")
    assert set(refused.value.fields) == {"reasons"}
    assert "19.35(4)(b)" in refused.value.fields["reasons"]
    assert list_requests(city) == []


def test_a_files_denial_without_reasons_is_kept_and_asked_for_until_they_are_given(
    city, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    header = "number,received_on,summary,accounts,status,closed_on"
    row = f"R-9,2026-10-01,Posts of 2025,{URL},denied,2026-10-20"
    csv_import.import_csv(city, "requests", write(tmp_path, "r.csv", f"{header}\n{row}\n"))
    [item] = [o for o in obligations.due(city) if o.text.startswith("Record why")]
    assert (item.kind, item.due, item.record) == ("records-request", date(2026, 10, 20), "R-9")
    assert "Record why public-records request R-9 was denied" in item.text
    with_reasons = f"{header},reasons\n{row},{REASONS}\n"
    csv_import.import_csv(city, "requests", write(tmp_path, "r2.csv", with_reasons))
    assert not [o for o in obligations.due(city) if o.text.startswith("Record why")]
    [request] = list_requests(city)
    assert request.reasons == REASONS


@pytest.mark.parametrize("extended", [None, date(2026, 12, 18)])
def test_a_new_target_moves_the_answers_due_day_on_today_and_the_page_alike(city, extended) -> None:  # type: ignore[no-untyped-def]
    _request(city, received_on=TODAY - timedelta(days=2), extended_to=extended)
    [item] = [o for o in obligations.due(city) if o.kind == "records-request"]
    [request] = list_requests(city)
    assert request.due_on == item.due
    first = date(2026, 12, 3)  # ten work days from Nov 18, Thanksgiving skipped
    if extended is None:
        assert item.due == first and "told" not in item.text
    else:
        assert item.due == extended
        assert "the requester was told 2026-12-18, not 2026-12-03" in item.text


def test_the_new_columns_go_out_and_come_back_whole(city, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _request(
        city,
        status="denied",
        closed_on=TODAY - timedelta(days=3),
        reasons=REASONS,
        acknowledged_on=TODAY - timedelta(days=190),
        extended_to=TODAY - timedelta(days=150),
        requester_confined=True,
        action_notice_on=TODAY - timedelta(days=1),
    )
    out = tmp_path / "requests.csv"
    csv_export.export_csv(city, "requests", out)
    header, line = out.read_text(encoding="utf-8").splitlines()[:2]
    assert header.endswith(
        "note,reasons,acknowledged_on,extended_to,requester_confined,action_notice_on,"
        "action_ended_on"
    )
    assert line.endswith(f"denied,2026-11-17,,{REASONS},2026-05-14,2026-06-23,yes,2026-11-19,")
    before = list_requests(city)
    csv_import.import_csv(city, "requests", out)
    assert list_requests(city) == before


@pytest.mark.parametrize(
    ("cells", "column", "said"),
    [
        ("maybe,,", "requester_confined", "`yes` or blank"),
        (",,2026-11-01", "action_ended_on", "give the day written notice of the action came too"),
        (",2026-11-02,2026-11-01", "action_ended_on", "is before the notice of the action"),
        (",2026-12-01,", "action_notice_on", "cannot be in the future"),
    ],
)
def test_a_wrong_hold_cell_refuses_the_file_whole(
    city, tmp_path: Path, cells, column, said
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.core.errors import ImportProblems

    text = (
        "number,received_on,summary,status,requester_confined,action_notice_on,action_ended_on\n"
        f"R-1,2026-10-01,Posts,open,{cells}\n"
    )
    with pytest.raises(ImportProblems) as refused:
        csv_import.import_csv(city, "requests", write(tmp_path, "bad.csv", text))
    [problem] = refused.value.problems
    assert f":2: {column}: {said}" in problem
    assert list_requests(city) == []
