"""`clerkdesk check` fails on a term changed in the table without an event: a custodian's end
moved, or a term added by hand."""

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text


def test_check_exits_1_on_a_term_changed_or_added_without_an_event(
    clerkdesk, home: Path, database_url
) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    assert clerkdesk("check").returncode == 0
    engine = create_engine(database_url or f"sqlite:///{home / 'clerkdesk.db'}")
    with engine.begin() as conn:
        url, employee_id, start = conn.execute(
            text(
                "SELECT a.url, p.employee_id, t.starts_at FROM assignment t "
                "JOIN account a ON a.id = t.account_id JOIN person p ON p.id = t.person_id "
                "WHERE t.role = 'custodian' ORDER BY a.url LIMIT 1"
            )
        ).one()
        conn.execute(
            text("UPDATE assignment SET ends_at = :v WHERE starts_at = :s AND role = 'custodian'"),
            {"v": datetime(2026, 11, 10, 6), "s": start},
        )
    result = clerkdesk("check")
    assert result.returncode == 1
    moment = datetime.fromisoformat(str(start)).replace(tzinfo=UTC)
    day = moment.astimezone(ZoneInfo("America/Chicago")).date()  # the demonstration city's
    assert (
        f"term of {employee_id} as custodian of {url} from {day}: ends_at is 2026-11-10 00:00 "
        "in the table, empty in the audit log"
    ) in result.stdout
    with engine.begin() as conn:
        conn.execute(text("UPDATE assignment SET ends_at = NULL"))
        conn.execute(
            text(
                "INSERT INTO assignment (account_id, person_id, role, starts_at) "
                "SELECT a.id, p.id, 'administrator', :at FROM account a, person p "
                "WHERE a.url = :u AND p.employee_id = :e"
            ),
            {"at": datetime(2026, 10, 5, 14, tzinfo=UTC).replace(tzinfo=None), "u": url,
             "e": employee_id},
        )  # fmt: skip
    engine.dispose()
    result = clerkdesk("check")
    assert result.returncode == 1
    assert (
        f"term of {employee_id} as administrator of {url} from 2026-10-05: in the table with "
        "no event in the audit log"
    ) in result.stdout
