"""The Signatures dialog names the three signers in the printed form's words."""

from __future__ import annotations

from pypdf import PdfReader

from clerkdesk.gui.pages.accounts.signatures_dialog import SignaturesDialog
from clerkdesk.services.departments.writes import list_departments, update_department
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.terms.printouts import print_assignment_agreement, signer_labels
from clerkdesk.services.terms.writes import designate

from .conftest import add_account, approve


def test_the_dialog_and_the_form_name_the_signers_alike(qtbot, ctx, city_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    [parks] = [d for d in list_departments(city_db) if d.name == "Parks"]
    update_department(city_db, parks.id, DepartmentInput("Parks", "E100"))
    account = add_account(city_db, "https://facebook.com/parks", purpose="Park news")
    approve(city_db, account.id)
    term = designate(city_db, account.id, "E200", "authorized-user")
    dialog = SignaturesDialog(ctx, term)
    qtbot.addWidget(dialog)
    user, director, office = signer_labels(ctx.city.profile)
    assert (user, director, office) == (
        "Authorized user",
        "Department Head",  # Stoughton's policy's title
        "City Clerk",
    )
    ui = dialog.ui
    assert ui.user_check.text() == "Signed by the a&uthorized user on:"
    assert ui.director_check.text() == "Signed by the &Department Head on:"
    assert ui.office_check.text() == "Signed for the &City Clerk on:"
    out = tmp_path / "agreement.pdf"
    print_assignment_agreement(city_db, term, out)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    for words in (user, director, f"For the {office}"):
        assert words in text
    assert "Dana Whitfield" in text  # the director's printed name: the department's head
    assert "Park news" in text  # the purpose the clauses speak of
