"""The elections register: elections, their candidates and the blackouts that suspend a
candidate's posting (R18)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "elections",
    {"election", "candidate", "candidate_staff", "suspension"},
    files=(
        CsvKind(
            "elections",
            ("name", "papers_from", "election_on"),
            required=("name", "papers_from", "election_on"),
            key=("name",),
        ),
        CsvKind(
            "candidates",
            ("election", "employee_id", "until_on", "staff_employee_ids", "links_removed_on"),
            required=("election", "employee_id"),
            key=("election", "employee_id"),
        ),
    ),
    after=("people", "terms"),
    replayed="replay",
    written_by={"candidate", "election"},
)
