"""The Reviews page's read (R7): what the department-by-department reads and the obligations
engine say, in as many statements for a city of three departments as for one of nine."""

from __future__ import annotations

from clerkdesk.core.obligations.review import ACCESS_REVIEW
from clerkdesk.services.departments.writes import create_department, list_departments
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.obligations.due import due
from clerkdesk.services.reviews.board import review_board
from clerkdesk.services.reviews.writes import review_history

from .review_city import counted, grow


def test_the_board_says_what_the_reads_one_by_one_and_the_engine_say(db) -> None:
    create_department(db, DepartmentInput("Parks"))
    grow(db, 1, 3)
    board = review_board(db)
    assert list(board.departments) == list(list_departments(db))
    for d in board.departments:
        assert board.history.get(d.name, ()) == tuple(review_history(db, d.name))
    assert list(board.due) == [o for o in due(db) if o.kind == ACCESS_REVIEW]
    assert len(board.due) == 3
    assert board.history["Department 02"][0].notes[0].text == (
        "Waiting for the head of Department 02"
    )


def test_the_board_reads_in_as_many_statements_for_a_bigger_city(db) -> None:
    grow(db, 1, 3)
    review_board(db)  # the register's clock read once, as a running program has
    with counted(db) as small:
        board = review_board(db)
    assert sum(len(reviews) for reviews in board.history.values()) == 6
    grow(db, 4, 9)
    with counted(db) as bigger:
        board = review_board(db)
    assert sum(len(reviews) for reviews in board.history.values()) == 18
    assert len(bigger) == len(small) <= 10, bigger
