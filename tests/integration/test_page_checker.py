"""The page checker itself finds what it is there to find: a page without a language or a
title, with text too pale to read and a link with no words, fails axe-core; a link the keyboard
cannot reach is missing from the focus order."""

from __future__ import annotations

from pathlib import Path

from ..support.page_checker import check_pages

BAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<p style="color:#bbbbbb;background:#ffffff">Pale words no one can read on white.</p>
<a href="https://example.org/one"><img src="x.png"></a>
<a href="https://example.org/two" tabindex="-1">Two</a>
<a href="https://example.org/three">Three</a>
</body></html>
"""


def test_a_bad_page_fails(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text(BAD, encoding="utf-8")
    [result] = check_pages([page]).values()
    found = {v["id"] for v in result["violations"]}
    assert {"html-has-lang", "document-title", "color-contrast", "link-name"} <= found, found
    assert [link["href"] for link in result["links"]] == [
        "https://example.org/one",
        "https://example.org/two",
        "https://example.org/three",
    ]
    assert [f["href"] for f in result["focused"]] == [
        "https://example.org/one",
        "https://example.org/three",
    ]
