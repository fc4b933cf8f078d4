"""The records registers from the command line: their files in and out, a hold refusing an
account file, and the two printouts."""

from pathlib import Path

URL = "https://facebook.com/stoughtonparks"


def test_requests_and_removals_in_and_out_and_printed(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25").returncode == 0
    files = {
        "departments": "name\nParks\n",
        "people": "employee_id,name,department\nE1,Ann Lee,Parks\n",
        "accounts": "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{URL},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
        "requests": "number,received_on,requester,summary,accounts,status,closed_on\n"
        f"R-1,2026-11-16,,All posts,{URL},open,\n"
        "R-2,2026-10-01,J. Doe,Comments,,granted,2026-10-09\n",
        "removals": "account_url,removed_at,poster,content,category,action,staff_employee_id\n"
        f"{URL},2026-11-02T09:30,@troll,Buy my boat,advertising,hidden,E1\n"
        f"{URL},2026-11-12T10:00,@troll,Buy it now,advertising,hidden,E1\n",
    }
    for kind, text in files.items():
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        result = clerkdesk("import", kind, str(path))
        assert result.returncode == 0, result.stderr
    result = clerkdesk("export", "requests")
    # the columns of the request's letters and holds (reasons … action_ended_on) empty
    assert result.stdout.splitlines()[1] == f"R-1,2026-11-16,,All posts,{URL},,open,,,,,,,,"
    path = tmp_path / "gone.csv"
    path.write_text(f"url,platform,department,status\n{URL},facebook,Parks,discontinued\n")
    result = clerkdesk("import", "accounts", str(path))
    assert result.returncode == 2
    assert "request R-1 is open" in result.stderr
    result = clerkdesk("obligations", "--json")
    kinds = {item["kind"] for item in __import__("json").loads(result.stdout)}
    assert {"records-request", "repeat-violator"} <= kinds
    log, report = tmp_path / "log.pdf", tmp_path / "moderation.pdf"
    result = clerkdesk("print", "request-log", "--from", "2026-01-01", "-o", str(log))
    assert result.returncode == 0, result.stderr
    assert "(2 requests)" in result.stdout
    result = clerkdesk("print", "moderation", "--month", "2026-11", "-o", str(report))
    assert result.returncode == 0, result.stderr
    assert "(2 removals)" in result.stdout
    assert Path(log).read_bytes().startswith(b"%PDF") and report.read_bytes().startswith(b"%PDF")
    result = clerkdesk("print", "moderation", "--month", "11/2026", "-o", str(report))
    assert result.returncode == 2 and "is not a month" in result.stderr


def test_the_retention_printouts_from_the_command_line(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25").returncode == 0
    listed = tmp_path / "list.pdf"
    result = clerkdesk("print", "disposition-list", "-o", str(listed))
    assert result.returncode == 0, result.stderr
    assert "(0 records that may be disposed of)" in result.stdout
    assert listed.read_bytes().startswith(b"%PDF")
    result = clerkdesk(
        "print", "disposition-notice", "--series", "SM-1", "-o", str(tmp_path / "n.pdf")
    )
    assert result.returncode == 2 and "nothing of series SM-1" in result.stderr
    result = clerkdesk(
        "print", "destruction-certificate", "--disposition", "X", "-o", str(tmp_path / "c.pdf")
    )
    assert result.returncode == 2 and "there is no disposition X" in result.stderr
