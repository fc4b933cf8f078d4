"""`print inventory` and `export calendar` from outside, on the demonstration city."""

import csv
import io
import json

import icalendar
from pypdf import PdfReader


def test_print_inventory_lists_every_account_not_discontinued(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    out = tmp_path / "inventory.pdf"
    result = clerkdesk("print", "inventory", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(clerkdesk("export", "accounts").stdout)))
    kept = [r for r in rows if r["status"] != "discontinued"]
    departments = {r["department"] for r in kept}
    assert (
        f"Wrote the inventory of {len(kept)} account(s) in {len(departments)} department(s)"
        in result.stdout
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split()).replace(
        "/ ", "/"
    )
    for row in kept:
        assert row["url"] in text.replace(" ", ""), row["url"]
    for department in departments:
        assert department in text


def test_export_calendar_writes_one_event_per_obligation(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    out = tmp_path / "deadlines.ics"
    result = clerkdesk("export", "calendar", "-o", str(out))
    assert result.returncode == 0, result.stderr
    items = json.loads(clerkdesk("obligations", "--json").stdout)
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == len(items) > 0
    assert f"Wrote {len(items)} dated obligation(s)" in result.stderr
    again = tmp_path / "again.ics"
    assert clerkdesk("export", "calendar", "-o", str(again)).returncode == 0
    later = icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [str(e["uid"]) for e in later]


def test_export_calendar_needs_a_file(clerkdesk) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    result = clerkdesk("export", "calendar")
    assert result.returncode == 2
    assert result.stderr.startswith("clerkdesk: error: export calendar: give the file")
