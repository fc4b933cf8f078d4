"""The public list of the city's official accounts (R20): every account in use and nothing
internal, as an accessible HTML page with the same as CSV and JSON beside it, and the inventory
as a page; each publication recorded, and the yearly item to publish it again counted from it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.accounts.public_list import FILES, public_list, publish, render_html
from clerkdesk.services.integrity.audit import list_events
from clerkdesk.services.kernel.inputs import AccountInput
from clerkdesk.services.obligations.due import due

from ..conftest import NOW
from .test_inventory import SECRET, register  # noqa: F401  (the inventory's register)

LISTED = [
    "https://instagram.com/stoughtonlibrary",  # pre-existing
    "https://facebook.com/stoughtonparks",  # approved
]


class Outline(HTMLParser):
    """What a page is made of: its elements with their attributes, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for found, attrs in self.tags if found == tag]


def outline(html: str) -> Outline:
    parsed = Outline()
    parsed.feed(html)
    return parsed


@pytest.fixture
def listed(db, register):  # type: ignore[no-untyped-def]  # noqa: F811
    """The inventory's register, its approved account with a city e-mail address."""
    accounts.update_account(
        db,
        register.id,
        AccountInput(
            register.url,
            "facebook",
            "Parks",
            handle="@stoughtonparks",
            purpose="Park events & closures",
            city_email="parks-social@ci.stoughton.wi.us",
            status="approved",
            archived_in="ArchiveSocial (city subscription)",
        ),
    )
    return register


def test_every_account_in_use_and_no_other(db, listed) -> None:  # type: ignore[no-untyped-def]
    data = public_list(db)
    assert [a.url for a in data.accounts] == LISTED  # by department: Library, then Parks
    every = {a.url: a.status for a in accounts.list_accounts(db)}
    assert every["https://x.com/stoughtonparks"] == "proposed"
    assert every["https://youtube.com/@oldparks"] == "discontinued"
    parks = data.accounts[1]
    assert (parks.platform, parks.handle, parks.department, parks.purpose, parks.contact) == (
        "Facebook",
        "@stoughtonparks",
        "Parks",
        "Park events & closures",
        "City Clerk",
    )
    assert parks.link_words == "@stoughtonparks on Facebook"
    library = data.accounts[0]
    assert library.handle is None and library.link_words == "Library on Instagram"
    assert (data.city, data.office, data.as_of) == (
        "City of Stoughton",
        "City Clerk",
        date(2026, 11, 20),
    )


def test_the_files_hold_the_same_accounts_and_nothing_internal(db, listed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "public"
    published = publish(db, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    assert published.accounts == 2 and [p.name for p in published.files] == list(FILES)
    rows = list(csv.DictReader(io.StringIO((out / "official-accounts.csv").read_text("utf-8-sig"))))
    document = json.loads((out / "official-accounts.json").read_text("utf-8"))
    assert [r["url"] for r in rows] == [a["url"] for a in document["accounts"]] == LISTED
    assert rows == [{k: v or "" for k, v in a.items()} for a in document["accounts"]]
    assert rows[1] == {
        "platform": "Facebook",
        "handle": "@stoughtonparks",
        "url": "https://facebook.com/stoughtonparks",
        "department": "Parks",
        "purpose": "Park events & closures",
        "contact": "City Clerk",
    }
    assert (document["city"], document["office"], document["as_of"]) == (
        "City of Stoughton",
        "City Clerk",
        "2026-11-20",
    )
    html = (out / "official-accounts.html").read_text("utf-8")
    for name in ("official-accounts.html", "official-accounts.csv", "official-accounts.json"):
        text = (out / name).read_text("utf-8")
        for internal in (
            SECRET,
            "parks-social@ci.stoughton.wi.us",  # the account's own e-mail address
            "praman@ci.stoughton.wi.us",
            "tl@ci.stoughton.wi.us",
            "608-555-0142",  # a custodian's telephone: no field marks it public
            "Priya Raman",
            "Łukasiewicz",
            "ArchiveSocial",
            "https://x.com/stoughtonparks",
            "https://youtube.com/@oldparks",
        ):
            assert internal not in text, (name, internal)
    page = outline(html)
    assert page.named("html") == [{"lang": "en"}]
    assert len(page.named("title")) == 1 and len(page.named("h1")) == 1
    assert page.named("script") == [] and len(page.named("table")) == 1
    assert len(page.named("caption")) == 1
    assert page.named("th") == [{"scope": "col"}] * 6
    links = page.named("a")
    assert [a["href"] for a in links] == LISTED
    assert "@stoughtonparks on Facebook" in page.text and "Library on Instagram" in page.text
    assert "Park events &amp; closures" in html  # escaped, never markup


def test_the_inventory_page_is_the_inventory_s_data(db, listed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    publish(db, tmp_path)
    html = (tmp_path / "inventory.html").read_text("utf-8")
    page = outline(html)
    assert page.named("html") == [{"lang": "en"}] and len(page.named("h1")) == 1
    assert page.named("script") == []
    # The summary, what is overdue, and a table for each department: each with its caption.
    assert len(page.named("table")) == len(page.named("caption")) == 4
    assert all(th["scope"] in ("col", "row") for th in page.named("th"))
    text = " ".join(page.text)
    for url in (*LISTED, "https://x.com/stoughtonparks"):  # every account not discontinued
        assert url in text
    assert "https://youtube.com/@oldparks" not in text
    assert "Mayor: Ann Lee, Mar 10, 2026, Memo 2026-14" in text
    assert "tl@ci.stoughton.wi.us · 608-555-0142" in text  # as the printed inventory has it
    assert "MFA on (authenticator app)" in text and SECRET not in html


def test_a_publication_is_recorded_and_the_next_is_due_a_year_later(
    db, listed, tmp_path, clock
) -> None:  # type: ignore[no-untyped-def]
    def item():  # type: ignore[no-untyped-def]
        [found] = [o for o in due(db) if o.kind == "public-list"]
        return found

    first = item()  # never published: a year from the first use (the city's set-up)
    assert (first.due, first.rule, first.basis) == (date(2027, 11, 20), "R20", "practice")
    assert first.text == "Publish the public list of the city's accounts"
    clock.now = NOW + timedelta(days=30)
    publish(db, tmp_path / "december")
    [event] = [e for e in list_events(db) if e.action == "public_list.publish"]
    assert "Published the public list of 2 account(s)" in event.summary
    again = item()
    assert again.due == date(2027, 12, 20)
    assert again.text == "Verify and publish again the public list of the city's accounts"
    for day, state in ((19, "due-soon"), (20, "due-soon"), (21, "overdue")):
        clock.now = NOW.replace(year=2027, month=12, day=day)
        assert item().state == state, day


def test_no_item_without_an_account_in_use(db, parks) -> None:  # type: ignore[no-untyped-def]
    accounts.create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))  # proposed
    assert [o for o in due(db) if o.kind == "public-list"] == []


def test_a_file_where_the_folder_should_be_is_refused(db, listed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    taken = tmp_path / "taken"
    taken.write_text("x")
    with pytest.raises(ClerkDeskError, match="it is a file"):
        publish(db, taken)
    assert not [e for e in list_events(db) if e.action == "public_list.publish"]
    assert next(o for o in due(db) if o.kind == "public-list").due == date(2027, 11, 20)


def test_a_city_name_with_an_ampersand_is_escaped_once(db, listed) -> None:  # type: ignore[no-untyped-def]
    data = public_list(db)
    page = render_html(replace(data, city="Town of A & B"))
    assert "Town of A &amp; B&#x27;s" in page
    assert "&amp;amp;" not in page
