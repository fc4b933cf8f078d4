"""Threads and Bluesky are platforms a city's account may be on."""

from __future__ import annotations

from clerkdesk.core.vocabulary import PLATFORMS, platform_of
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.kernel.inputs import AccountInput
from clerkdesk.services.transfer import csv_import


def test_threads_and_bluesky_are_known_by_name_and_by_address() -> None:
    assert (PLATFORMS["threads"], PLATFORMS["bluesky"]) == ("Threads", "Bluesky")
    assert platform_of("https://www.threads.net/@stoughtonparks") == "threads"
    assert platform_of("https://www.threads.com/@stoughtonparks") == "threads"
    assert platform_of("https://bsky.app/profile/stoughton.bsky.social") == "bluesky"


def test_an_account_on_bluesky_is_recorded_and_imported(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = accounts.create_account(
        db, AccountInput("https://bsky.app/profile/stoughtonparks", "bluesky", "Parks")
    )
    assert view.platform == "bluesky"
    csv = tmp_path / "accounts.csv"
    csv.write_text(
        "url,platform,department,status\nhttps://www.threads.net/@stoughtonparks,threads,Parks,proposed\n",
        encoding="utf-8",
    )
    report = csv_import.import_csv(db, "accounts", csv)
    assert report.added == 1
