"""People: employees, contractors, vendors, agents and elected officials."""

from ..registry import register_page

register_page(
    __name__,
    "PeoplePage",
    title="People",
    order=30,
    shortcut="Ctrl+3",
    opens=("person",),
    named_by="person_id",
    guide="custodians.html#the-people-page",
)
