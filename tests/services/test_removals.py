"""Removed content (R16): the register, its file, the profile's categories, and a repeat
violator until the clerk's decision."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.removals.decisions import decide_repeat
from clerkdesk.services.removals.writes import RemovalInput, list_removals, record_removal
from clerkdesk.services.transfer import csv_export, csv_import

from .helpers import dump

URL = "https://facebook.com/stoughtonparks"
HEADER = "account_url,removed_at,poster,content,category,action,staff_employee_id,action_reason\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def city(db, tmp_path):  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "d.csv", "name\nParks\n"))
    csv_import.import_csv(
        db, "people", write(tmp_path, "p.csv", "employee_id,name,department\nE1,Ann Lee,Parks\n")
    )
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            "a.csv",
            "url,platform,department,status,authority,approved_by,approved_on\n"
            f"{URL},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
        ),
    )
    return db


def removal(at: datetime, poster: str = "@troll", **changes: str) -> RemovalInput:
    values = {
        "account_url": URL,
        "removed_at": at,
        "poster": poster,
        "content": "Buy my boat!",
        "category": "advertising",
        "action": "hidden",
        "staff_employee_id": "E1",
    } | changes
    return RemovalInput(**values)  # type: ignore[arg-type]


FIRST = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)
SECOND = datetime(2026, 11, 19, 16, 0, tzinfo=UTC)


def test_a_second_removal_asks_for_a_decision_shown_until_it_is_recorded(city) -> None:  # type: ignore[no-untyped-def]
    record_removal(city, removal(FIRST))
    assert not [o for o in obligations.due(city) if o.kind == "repeat-violator"]
    record_removal(city, removal(SECOND))
    record_removal(city, removal(SECOND + timedelta(minutes=1), poster="@other"))
    items = [o for o in obligations.due(city) if o.kind == "repeat-violator"]
    assert [(o.account, o.due.isoformat(), o.basis) for o in items] == [  # type: ignore[union-attr]
        (URL, "2026-11-19", "practice")  # Stoughton removes and bans; keeping a record is practice
    ]
    assert "@troll" in items[0].text
    with pytest.raises(ValidationError) as caught:
        decide_repeat(city, URL, "@troll", True, " ")
    assert caught.value.fields == {"reason": "say why"}
    with pytest.raises(ValidationError):
        decide_repeat(city, URL, "@other", True, "once only")  # not a repeat violator
    decide_repeat(city, URL, "@troll", True, "second advertisement in three weeks")
    assert not [o for o in obligations.due(city) if o.kind == "repeat-violator"]
    with pytest.raises(ClerkDeskError, match="was recorded on 2026-11-20"):
        decide_repeat(city, URL, "@troll", False, "again")
    shown = {(r.poster, r.repeat, r.decision) for r in list_removals(city)}
    assert ("@troll", 2, "block: second advertisement in three weeks") in shown


def test_what_a_removal_may_not_say(city) -> None:  # type: ignore[no-untyped-def]
    before = dump(city)
    with pytest.raises(ValidationError) as caught:
        record_removal(city, removal(FIRST, category="political", action="deleted"))
    fields = caught.value.fields
    assert fields["category"].startswith("'political' is not a category of the Stoughton")
    assert fields["action_reason"].startswith("the policy prefers hiding")
    with pytest.raises(ValidationError) as caught:
        record_removal(
            city, removal(datetime.now(UTC) + timedelta(days=400), staff_employee_id="X")
        )
    assert set(caught.value.fields) == {"removed_at", "staff_employee_id"}
    assert dump(city) == before
    kept = record_removal(city, removal(FIRST, action="deleted", action_reason="no hide on X"))
    assert (kept.action, kept.action_reason) == ("deleted", "no hide on X")


def test_removals_file_imports_whole_round_trips_and_says_file_line_column(city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = write(
        tmp_path,
        "rem.csv",
        HEADER + f"{URL},2026-11-02T09:30,@troll,Buy my boat,advertising,hidden,E1,\n"
        f"{URL},2026-11-19T10:00,@troll,Buy it now,advertising,deleted,E1,no hiding\n",
    )
    assert csv_import.import_csv(city, "removals", good).added == 2
    assert [o.kind for o in obligations.due(city)].count("repeat-violator") == 1
    out = tmp_path / "out.csv"
    csv_export.export_csv(city, "removals", out)
    again = csv_import.import_csv(city, "removals", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    bad = write(
        tmp_path,
        "bad.csv",
        HEADER + f"{URL},2026-11-03,@a,x,advertising,hidden,E1,\n"
        f"{URL},2026-11-03T10:00,@a,x,fireworks,hidden,E1,\n"
        f"{URL},2030-01-03T10:00,@a,x,threat,deleted,E1,\n",
    )
    before = dump(city)
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(city, "removals", bad)
    assert caught.value.problems == [
        "bad.csv:2: removed_at: '2026-11-03' has no time of day (use YYYY-MM-DDTHH:MM)",
        "bad.csv:3: category: 'fireworks' is not a category of the Stoughton Social Media "
        "Policy (2019) (one of: profanity, discrimination, defamation, threat, advertising, "
        "endorsement, fraud, illegal, copyright, security)",
        "bad.csv:4: removed_at: cannot be in the future",
    ]
    assert dump(city) == before
