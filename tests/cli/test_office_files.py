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


def test_print_the_records_notice_and_the_request_report(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    notice = tmp_path / "notice.pdf"
    result = clerkdesk("print", "records-notice", "-o", str(notice))
    assert result.returncode == 0, result.stderr
    assert "Wrote the public records notice" in result.stdout
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(notice).pages).split())
    assert "Wis. Stat. 19.34" in text and "Where to ask" in text
    report = tmp_path / "report.pdf"
    result = clerkdesk("print", "request-report", "--year", "2026", "-o", str(report))
    assert result.returncode == 0, result.stderr
    assert "Wrote the report of 2026" in result.stdout
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(report).pages).split())
    assert "Public-records requests in 2026" in text and "Median work days to answer" in text
    bad = clerkdesk("print", "request-report", "--year", "1776", "-o", str(report))
    assert bad.returncode == 2 and bad.stderr.startswith("clerkdesk: error:")
