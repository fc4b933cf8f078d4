"""Smaller stumbles: file dialogs start in Documents (then where the clerk went last), the
form's examples in the city's own name, people sorted by last name, no "City of X's"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from clerkdesk.gui.files.folders import documents, remembered_folder
from clerkdesk.gui.pages.accounts.account_dialog import AccountDialog, city_slug
from clerkdesk.gui.pages.people.page import last_name_first
from clerkdesk.services.terms.printouts import agreement_clauses, default_agreement_text

from .conftest import go


def test_file_dialogs_start_in_documents_then_where_the_clerk_went(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert remembered_folder(settings, "folders/csv") == documents() != ""
    settings.setValue("folders/csv", str(tmp_path))
    assert remembered_folder(settings, "folders/csv") == str(tmp_path)
    settings.setValue("folders/csv", str(tmp_path / "gone"))
    assert remembered_folder(settings, "folders/csv") == documents()


def test_the_account_form_gives_examples_in_the_city_s_name(qtbot, city_db) -> None:
    assert city_slug("City of Maple Falls") == "maplefalls" and city_slug("Stoughton") == (
        "stoughton"
    )
    dialog = AccountDialog(city_db)
    qtbot.addWidget(dialog)
    assert dialog.ui.url_edit.placeholderText() == "https://facebook.com/stoughtonparks"
    assert dialog.ui.handle_edit.placeholderText() == "@stoughtonparks"


def test_people_sort_by_last_name(qtbot, window, city_db) -> None:
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import create_person

    create_person(city_db, PersonInput("C1", "Brightline Media LLC", kind="contractor"))
    create_person(city_db, PersonInput("E300", "Amy Adams"))
    people = go(qtbot, window, "people")
    people.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [people.model.row(i).name for i in range(people.model.rowCount())]
    assert names == ["Amy Adams", "Brightline Media LLC", "Robert Hale", "Dana Whitfield"]
    assert last_name_first("Chief Karen Dietz", "employee")[0] == "dietz"


def test_no_city_of_x_s_in_the_agreement() -> None:
    text = " ".join(agreement_clauses(default_agreement_text(), "City of Maple Falls", "Clerk", 24))
    assert "Falls's" not in text and "policy of the City of Maple Falls" in text
