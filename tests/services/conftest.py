import pytest

from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people


@pytest.fixture
def parks(db):  # type: ignore[no-untyped-def]
    """Stoughton with a Parks department and its director."""
    dep = departments.create_department(db, DepartmentInput("Parks"))
    people.create_person(
        db, PersonInput("E100", "Priya Raman", "Director", "Parks", "praman@ci.stoughton.wi.us")
    )
    return dep
