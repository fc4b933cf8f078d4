import json
from pathlib import Path

from pypdf import PdfReader


def setup_city(clerkdesk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    (tmp_path / "as.csv").write_text(
        "account_url,employee_id,role,starts_on,agreement_signed_on,director_signed_on,"
        "office_signed_on\n"
        "https://facebook.com/maplefallsparks,E1011,custodian,2026-01-05,,,\n"
        "https://facebook.com/maplefallsparks,E1012,administrator,2026-01-05,2026-01-06,"
        "2026-01-06,2026-01-07\n"
        "https://instagram.com/maplefallsparks,E1011,authorized-user,2026-02-01,,,\n",
        encoding="utf-8",
    )
    result = clerkdesk("import", "assignments", str(tmp_path / "as.csv"))
    assert result.returncode == 0, result.stderr


def test_separate_then_rotation_is_due_in_48_hours(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    result = clerkdesk("separate", "--person", "E1011", "--at", "2026-11-19T16:30")
    assert result.returncode == 0, result.stderr
    assert "ended 2 term(s)" in result.stdout
    items = json.loads(clerkdesk("obligations", "--json", "--as-of", "2026-11-21T16:29").stdout)
    rotations = [i for i in items if i["kind"] == "password-rotation"]
    assert sorted(i["account"] for i in rotations) == [
        "https://facebook.com/maplefallsparks",
        "https://instagram.com/maplefallsparks",
    ]
    assert {(i["due"], i["state"], i["person"]) for i in rotations} == {
        ("2026-11-21T16:30-06:00", "due-soon", "Tom Becker")
    }
    later = json.loads(clerkdesk("obligations", "--json", "--as-of", "2026-11-21T16:31").stdout)
    assert {i["state"] for i in later if i["kind"] == "password-rotation"} == {"overdue"}
    exported = clerkdesk("export", "assignments").stdout.splitlines()
    assert (
        "https://facebook.com/maplefallsparks,E1011,custodian,2026-01-05,2026-11-19,,,,,,,"
        in exported
    )


def test_separate_refuses_a_date_without_a_time(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    result = clerkdesk("separate", "--person", "E1011", "--at", "2026-11-19")
    assert result.returncode == 2
    assert result.stderr.startswith("clerkdesk: error: --at")


def test_print_agreement_and_unsigned_batch(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    out = tmp_path / "agreement.pdf"
    result = clerkdesk(
        "print",
        "agreement",
        "--account",
        "https://facebook.com/maplefallsparks",
        "--person",
        "E1012",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    for value in (
        "Zoë Ångström-Łukasiewicz",
        "E1012",
        "Program Assistant",
        "Administrator",
        "https://facebook.com/maplefallsparks",
        "City of Maple Falls",
        "City Clerk",
    ):
        assert value in text
    batch = tmp_path / "parks.pdf"
    result = clerkdesk(
        "print", "agreements", "--department", "Parks and Recreation", "-o", str(batch)
    )
    assert result.returncode == 0, result.stderr
    assert "2 agreement(s)" in result.stdout
    pages = PdfReader(batch).pages
    assert len(pages) == 3  # the cover sheet, then each agreement on its own page
    cover = pages[0].extract_text()
    assert "Authorized User Agreements: Parks and Recreation" in cover
    assert cover.count("Tom Becker") == 2 and "Zoë" not in cover  # hers is signed
    assert "instagram.com/" in cover and "Authorized" in cover and "Custodian" in cover
    for page in pages:
        assert "Page 1 of 1" in page.extract_text()
    missing = clerkdesk(
        "print",
        "agreement",
        "--account",
        "https://x.com/nothing",
        "--person",
        "E1012",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert missing.returncode == 2
    assert not (tmp_path / "x.pdf").exists()


def test_print_review_then_record_it(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    out = tmp_path / "review.pdf"
    result = clerkdesk("print", "review", "--department", "Parks and Recreation", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "(3 lines)" in result.stdout
    text = PdfReader(out).pages[0].extract_text()
    assert "Tom Becker (E1011)" in text and "Access review 1: Parks and Recreation" in text
    undecided = clerkdesk(
        "review",
        "record",
        "--department",
        "Parks and Recreation",
        "--reviewer",
        "E1010",
        "--on",
        "2026-11-20",
        "--keep",
        "https://facebook.com/maplefallsparks:E1011",
    )
    assert undecided.returncode == 2
    assert "no decision" in undecided.stderr
    done = clerkdesk(
        "review",
        "record",
        "--department",
        "Parks and Recreation",
        "--reviewer",
        "E1010",
        "--on",
        "2026-11-20",
        "--keep",
        "https://facebook.com/maplefallsparks:E1011",
        "https://facebook.com/maplefallsparks:E1012",
        "--revoke",
        "https://instagram.com/maplefallsparks:E1011",
    )
    assert done.returncode == 0, done.stderr
    assert "2 kept, 1 removed" in done.stdout
    items = json.loads(clerkdesk("obligations", "--json").stdout)
    assert [(i["account"], i["person"]) for i in items if i["kind"] == "password-rotation"] == [
        ("https://instagram.com/maplefallsparks", "Tom Becker")
    ]


def test_the_agreement_shows_the_account_username_on_file(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    stored = clerkdesk(
        "credential",
        "set",
        "--account",
        "https://facebook.com/maplefallsparks",
        "--username",
        "social.parks@maplefallswi.gov",
        stdin="Parks-Password#2026-Falls",
    )
    assert stored.returncode == 0, stored.stderr
    out = tmp_path / "agreement.pdf"
    assert (
        clerkdesk(
            "print",
            "agreement",
            "--account",
            "https://facebook.com/maplefallsparks",
            "--person",
            "E1012",
            "-o",
            str(out),
        ).returncode
        == 0
    )
    text = PdfReader(out).pages[0].extract_text()
    assert "social.parks@maplefallswi.gov" in text
    assert "Parks-Password#2026-Falls" not in text


def test_record_a_review_done_on_paper_with_its_own_date(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)  # the demonstration city adopted its policy on 2026-10-16
    parks = ("review", "record", "--department", "Parks and Recreation", "--reviewer", "E1010")
    done = clerkdesk(
        *parks,
        "--on",
        "2026-03-02",
        "--keep",
        "https://facebook.com/maplefallsparks:E1011",
        "https://facebook.com/maplefallsparks:E1012",
        "--revoke",
        "https://instagram.com/maplefallsparks:E1011",
    )
    assert done.returncode == 0, done.stderr
    assert "Recorded access review 1 of Parks and Recreation, done on 2026-03-02" in done.stdout
    assert "2 kept, 1 removed" in done.stdout
    exported = clerkdesk("export", "assignments").stdout.splitlines()
    assert any(
        line.startswith("https://instagram.com/maplefallsparks,E1011,authorized-user,2026-02-01,")
        and ",2026-03-02," in line
        for line in exported
    )
    items = json.loads(clerkdesk("obligations", "--json").stdout)
    [review] = [
        i
        for i in items
        if i["kind"] == "access-review" and i["department"] == "Parks and Recreation"
    ]
    # Due 180 days from the review, counted from no earlier than the policy's adoption.
    assert review["due"] == "2027-04-14"

    before = clerkdesk(*parks, "--on", "2026-02-15", "--keep", "x:y")
    assert before.returncode == 2
    assert before.stderr.strip() == (
        "clerkdesk: error: on: must be after the previous recorded review (review 1, 2026-03-02)"
    )
    future = clerkdesk(*parks, "--on", "2026-11-21")
    assert future.returncode == 2
    assert "cannot be in the future" in future.stderr
