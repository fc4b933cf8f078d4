"""The command line's elections, candidates, exceptions and site checks: imported whole or not
at all with FILE:LINE errors, exported with the same columns, their obligations listed, the
site checklist printed."""

import json
from pathlib import Path

from pypdf import PdfReader

from .test_people_commands import setup_city

PARKS = "https://facebook.com/maplefallsparks"


def test_a_candidate_imported_owes_the_blackout_on_the_papers_date(
    clerkdesk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    people = tmp_path / "people.csv"
    people.write_text("employee_id,name,kind\nA1,Dana Alder,elected\n", encoding="utf-8")
    assert clerkdesk("import", "people", str(people)).returncode == 0
    terms = tmp_path / "terms.csv"
    terms.write_text(
        f"account_url,employee_id,role,starts_on\n{PARKS},A1,authorized-user,2026-02-01\n"
    )
    assert clerkdesk("import", "assignments", str(terms)).returncode == 0
    elections = tmp_path / "elections.csv"
    elections.write_text(
        "name,papers_from,election_on\nSpring 2027,2026-12-01,2027-04-06\n", encoding="utf-8"
    )
    assert clerkdesk("import", "elections", str(elections)).returncode == 0
    candidates = tmp_path / "candidates.csv"
    candidates.write_text(
        "election,employee_id,until_on\nSpring 2027,A1,\nSpring 2027,E1011,\n", encoding="utf-8"
    )
    refused = clerkdesk("import", "candidates", str(candidates))
    assert refused.returncode == 2
    assert "candidates.csv:3: employee_id: Tom Becker is not an elected official" in refused.stderr
    candidates.write_text("election,employee_id,until_on\nSpring 2027,A1,\n", encoding="utf-8")
    result = clerkdesk("import", "candidates", str(candidates))
    assert result.returncode == 0, result.stderr
    items = json.loads(clerkdesk("obligations", "--json", "--as-of", "2026-12-01").stdout)
    # (The demonstration's own mayor runs in its own election too.)
    (blackout,) = [i for i in items if i["kind"] == "blackout" and i["employee_id"] == "A1"]
    assert (blackout["due"], blackout["state"], blackout["basis"], blackout["employee_id"]) == (
        "2026-12-01",
        "due-soon",
        "practice",  # Milwaukee's policy; practice in Stoughton, citing Wis. Stat. 11.1205
        "A1",
    )
    assert PARKS in blackout["text"]
    assert clerkdesk("export", "elections").stdout.splitlines() == [
        "name,papers_from,election_on",
        "Spring 2027,2026-12-01,2027-04-06",
        "Spring election 2027,2026-12-02,2027-04-07",  # the demonstration's, 12 days ahead
    ]


def test_site_checks_import_and_the_checklist_prints(clerkdesk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    checks = tmp_path / "checks.csv"
    checks.write_text(
        "account_url,checked_on,checked_by_employee_id,mfa\n"
        f"{PARKS},2026-11-02,E1011,off\n"
        f"{PARKS},2026-11-03,E1011,sometimes\n",
        encoding="utf-8",
    )
    refused = clerkdesk("import", "site-checks", str(checks))
    assert refused.returncode == 2
    assert "checks.csv:3: mfa: one of: on, off, unavailable" in refused.stderr
    checks.write_text(
        f"account_url,checked_on,checked_by_employee_id,mfa\n{PARKS},2026-11-02,E1011,off\n",
        encoding="utf-8",
    )
    assert clerkdesk("import", "site-checks", str(checks)).returncode == 0
    out = tmp_path / "checklist.pdf"
    result = clerkdesk("print", "checklist", "--account", PARKS, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Site checklist" in text and "Multi-factor authentication off" in text
    missing = clerkdesk("print", "checklist", "--account", "x.com/none", "-o", str(out))
    assert missing.returncode == 2
    assert "no account https://x.com/none in the register" in missing.stderr
