"""The departments register: each department, its head, and its written social media policy
(R1, where the profile asks for it)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "departments",
    {"department"},
    files=(
        CsvKind(
            "departments",
            # The approving authority the filed policy names (R1, Madison); optional.
            ("name", "head_employee_id", "policy_filed_on", "policy_it_copy_on", "policy_approver"),
            required=("name",),
            key=("name",),
        ),
    ),
    written_by={"department"},
)
