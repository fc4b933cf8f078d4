"""A form's text and dates take the same checks as a file's cells, for every register (they
are made where every write is applied), and a CSV kind added later gets them unasked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clerkdesk.core.errors import ImportProblems, ValidationError
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.services.transfer.csv_format import CsvKind
from clerkdesk.services.transfer.csv_read import read_rows

from .helpers import dump


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput("E1", "Ann\x1b[31m"), "name"),
        (PersonInput("E1", "Ann", title="t" * 201), "title"),
        (PersonInput("E1", "Ann", phone="608\u2028555"), "phone"),
        (PersonInput("E1", "Ann", separated_on=date(1, 1, 1)), "separated_on"),
        (PersonInput("E1", "Ann", separated_on=date(2201, 1, 1)), "separated_on"),
    ],
)
def test_a_form_refuses_what_a_file_refuses(db, data, field) -> None:  # type: ignore[no-untyped-def]
    before = dump(db)
    with pytest.raises(ValidationError) as raised:
        people.create_person(db, data)
    assert field in raised.value.fields or "separated_at" in raised.value.fields
    assert dump(db) == before


def test_a_department_form_too(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as raised:
        departments.create_department(db, DepartmentInput("Parks\x00"))
    assert "name" in raised.value.fields


def test_a_kind_added_later_is_checked_in_every_column_and_takes_its_own_limits(  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    kind = CsvKind(
        "widgets", ("number", "summary", "color"), ("number",), ("number",), (("color", 5),)
    )
    path = tmp_path / "w.csv"
    path.write_text('number,summary,color\n1,fine\n2,\x07,red\n3,x,turquoise\n4,"\'=1+1",\n')
    with pytest.raises(ImportProblems) as raised:
        read_rows(path, kind)
    assert [p.split(" ")[0:2] for p in raised.value.problems] == [
        ["w.csv:3:", "summary:"],
        ["w.csv:4:", "color:"],
    ]
    path.write_text('number,summary,color\n4,"\'=1+1",\n')
    assert read_rows(path, kind)[0].cells["summary"] == "=1+1"
