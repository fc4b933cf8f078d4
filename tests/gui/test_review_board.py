"""The Reviews page reads once: the same handful of statements for a city of two departments
as for one of ten (over a network each statement is a round trip)."""

from __future__ import annotations

from clerkdesk.core.obligations.review import ACCESS_REVIEW
from tests.services.review_city import counted, grow

from .conftest import go


def test_the_reviews_page_reads_in_as_many_statements_for_a_bigger_city(
    qtbot, window, city_db
) -> None:
    grow(city_db, 1, 2)
    page = go(qtbot, window, "reviews")
    with counted(city_db) as small:
        page.reload()
    rows = {row.department.name: row for row in page.model.rows()}
    assert len(rows) == 2 + 3  # Parks and Police, two grown, one quiet
    assert [r.number for r in rows["Department 01"].reviews] == [2, 1]

    grow(city_db, 3, 10)
    page.stale = True
    with counted(city_db) as bigger:
        page.reload()
    rows = {row.department.name: row for row in page.model.rows()}
    assert len(rows) == 2 + 15
    assert len(bigger) == len(small) <= 12, bigger
    for n in (1, 10):
        row = rows[f"Department {n:02d}"]
        under_way, done = row.reviews
        assert (under_way.completed, done.completed) == (False, True)
        assert [note.text for note in under_way.notes] == [f"Waiting for the head of {row.id}"]
        assert len(done.lines) == 4 and {line.decision for line in done.lines} == {"keep"}
        assert row.due is not None and row.due.kind == ACCESS_REVIEW
    assert rows["Quiet 01"].reviews == () and rows["Quiet 01"].due is None
