"""File → Export → Public list of accounts…: the folder asked for, the list and the inventory
page written there in the background, the publication recorded and said."""

from __future__ import annotations

import json

from clerkdesk.gui.files import public_list_file
from clerkdesk.services.obligations.due import due

from .conftest import add_account, audit_actions


def test_the_export_menu_writes_the_public_list(
    qtbot, window, city_db, tmp_path, monkeypatch, answers
):  # type: ignore[no-untyped-def]
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    add_account(city_db, "https://x.com/parks")  # proposed: not in use
    out = tmp_path / "public"
    out.mkdir()
    asked: list[str] = []

    def chosen(parent, caption, folder):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return str(out)

    monkeypatch.setattr(public_list_file.QFileDialog, "getExistingDirectory", chosen)
    action = window.ui.action_export_public_list
    assert action.isEnabled() and action in window.ui.menu_export.actions()
    action.trigger()
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=30_000)
    assert asked == ["Write the public list of accounts into a folder"]
    document = json.loads((out / "official-accounts.json").read_text("utf-8"))
    assert [a["url"] for a in document["accounts"]] == ["https://facebook.com/parks"]
    assert (out / "official-accounts.html").exists() and (out / "inventory.html").exists()
    assert "Wrote the public list of 1 account in use" in answers.infos[-1]
    assert str(out) in answers.infos[-1]
    assert audit_actions(city_db)[0] == "public_list.publish"
    [item] = [o for o in due(city_db) if o.kind == "public-list"]
    assert item.text.startswith("Verify and publish again")
    assert window.ctx.settings.value(public_list_file.FOLDER) == str(out)


def test_cancelling_the_folder_writes_nothing(window, city_db, tmp_path, monkeypatch, answers):  # type: ignore[no-untyped-def]
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    out = tmp_path / "public"
    out.mkdir()
    monkeypatch.setattr(public_list_file.QFileDialog, "getExistingDirectory", lambda *a: "")
    window.ui.action_export_public_list.trigger()
    assert list(out.iterdir()) == [] and answers.infos == []
    assert "public_list.publish" not in audit_actions(city_db)
