"""`export public-list -o DIR` on the demonstration city, and the pages it wrote checked as a
browser shows them: axe-core in headless Chromium with the WCAG 2.1 AA rules finds nothing, and
the keyboard alone reaches every link, in the order of the page."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ..support.page_checker import check_pages

PAGES = (
    "official-accounts.html",
    "inventory.html",
    "public-records-notice.html",
    "request-report.html",
)


def test_export_public_list_writes_every_account_in_use(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    out = tmp_path / "public"
    result = clerkdesk("export", "public-list", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(clerkdesk("export", "accounts").stdout)))
    in_use = {r["url"] for r in rows if r["status"] in ("approved", "pre-existing")}
    assert in_use and len(in_use) < len(rows)  # the demonstration has others too
    listed = list(
        csv.DictReader(io.StringIO((out / "official-accounts.csv").read_text("utf-8-sig")))
    )
    assert {r["url"] for r in listed} == in_use
    document = json.loads((out / "official-accounts.json").read_text("utf-8"))
    assert [a["url"] for a in document["accounts"]] == [r["url"] for r in listed]
    assert f"Wrote the public list of {len(in_use)} account(s) and the inventory" in result.stderr
    # Beside it, the office's 19.34 notice and last year's request report, as pages to post.
    notice = (out / "public-records-notice.html").read_text("utf-8")
    assert "Custodians of the city's social media accounts" in notice
    assert "Wis. Stat. 19.35(4)(b)" in notice
    assert "@maplefallswi.gov" not in notice and "608-555" not in notice  # no one's own contact
    report = (out / "request-report.html").read_text("utf-8")
    assert "Public-records requests of the City of Maple Falls in 2025" in report
    audit = list(csv.DictReader(io.StringIO(clerkdesk("export", "audit").stdout)))
    assert "public_list.publish" in {e["action"] for e in audit}
    items = json.loads(clerkdesk("obligations", "--json").stdout)
    [item] = [o for o in items if o["kind"] == "public-list"]
    assert item["due"] == "2027-11-20"  # a year after today's publication (the fixed clock)


def test_export_public_list_needs_a_folder(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    result = clerkdesk("export", "public-list")
    assert result.returncode == 2
    assert result.stderr.startswith("clerkdesk: error: export public-list: give the folder")
    file = tmp_path / "a-file"
    file.write_text("")
    result = clerkdesk("export", "public-list", "-o", str(file))
    assert result.returncode == 2 and "it is a file" in result.stderr


@pytest.mark.sqlite_only  # the pages, not the database, are checked
def test_the_pages_pass_axe_core_and_the_keyboard(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("demo").returncode == 0
    out = tmp_path / "public"
    assert clerkdesk("export", "public-list", "-o", str(out)).returncode == 0
    found = check_pages([out / page for page in PAGES])
    assert sorted(found) == sorted(str(out / page) for page in PAGES)
    for page, result in found.items():
        assert result["violations"] == [], (page, result["violations"])
        # The rules ran: language, title, headings, tables, contrast… (more on pages with links).
        assert result["passes"] >= (10 if result["links"] else 8), page
        assert result["scripts"] == 0, page
        links = result["links"]
        assert links or page.endswith(("-notice.html", "-report.html")), page  # these link nothing
        # Tab from the top of the page reaches every link once, in the order of the page, each
        # with a visible focus outline, and nothing else takes focus.
        assert [(f["tag"], f["href"], f["text"]) for f in result["focused"]] == [
            ("a", link["href"], link["text"]) for link in links
        ], page
        assert all(f["outline"] != "none" for f in result["focused"]), page
    listed = json.loads((out / "official-accounts.json").read_text("utf-8"))["accounts"]
    [public] = [r for p, r in found.items() if p.endswith("official-accounts.html")]
    assert [link["href"] for link in public["links"]] == [a["url"] for a in listed]
    for link, account in zip(public["links"], listed, strict=True):
        assert (
            link["text"] == f"{account['handle'] or account['department']} on {account['platform']}"
        )
