"""A corpus of command lines a careful attacker (or a tired clerk) would try: each gives one
plain `clerkdesk: error:` line and exit status 2, writes nothing, and leaves the details in
the log; never a traceback."""

from __future__ import annotations

import base64
import io
import json
import re
import sys
from pathlib import Path

import pytest

from clerkdesk import cli
from clerkdesk.logs import LOGGER
from clerkdesk.services.demo import city as demo
from clerkdesk.services.obligations import due as obligations
from tests.services.helpers import dump

URL = "https://facebook.com/maplefallsfire"


def _handover(tmp_path: Path, name: str, **kdf: object) -> str:
    header = {
        "format": "clerkdesk-credential-handover",
        "version": 1,
        "city": "Stoughton",
        "kdf": {"name": "scrypt", "salt": base64.b64encode(b"s" * 16).decode(), **kdf},
        "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(b"n" * 12).decode(),
        "ciphertext": base64.b64encode(b"c" * 64).decode(),
    }
    path = tmp_path / name
    path.write_text(json.dumps(header))
    return str(path)


def _files(tmp_path: Path) -> dict[str, str]:
    """Hostile files, by name."""
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "nul.csv").write_bytes(b"employee_id,name\r\nE1,A\x00nn\r\n")
    (tmp_path / "nested.json").write_text("[" * 100_000)
    (tmp_path / "not-json").write_text("hello")
    return {
        "folder": str(tmp_path / "a-folder"),
        "missing": str(tmp_path / "missing.csv"),
        "binary": str(tmp_path / "binary.csv"),
        "nul": str(tmp_path / "nul.csv"),
        "nested": str(tmp_path / "nested.json"),
        "not-json": str(tmp_path / "not-json"),
        "huge-n": _handover(tmp_path, "huge-n", n=2**30, r=8, p=1),
        "huge-p": _handover(tmp_path, "huge-p", n=2**14, r=8, p=10**9),
        "huge-memory": _handover(tmp_path, "huge-mem", n=2**20, r=32, p=16),
        "odd-n": _handover(tmp_path, "odd-n", n=3**9, r=8, p=1),
        "text-n": _handover(tmp_path, "text-n", n="32768", r=8, p=1),
        "bool-r": _handover(tmp_path, "bool-r", n=2**14, r=True, p=1),
        "negative": _handover(tmp_path, "negative", n=-(2**14), r=8, p=1),
        "no-kdf": _handover(tmp_path, "no-kdf"),
        "in-missing-folder": str(tmp_path / "no" / "such" / "out.csv"),
    }


PHRASE = b"correct horse battery staple\n"

# (case, arguments with {file} names, standard input)
CORPUS: list[tuple[str, list[str], bytes | None]] = [
    ("as-of year 1", ["obligations", "--as-of", "0001-01-01"], None),
    ("as-of year 9999", ["obligations", "--as-of", "9999-12-31"], None),
    ("as-of year 1899", ["obligations", "--as-of", "1899-12-31"], None),
    ("as-of a moment in year 1", ["obligations", "--as-of", "0001-01-01T00:00"], None),
    ("as-of month 13", ["obligations", "--as-of", "2026-13-01"], None),
    ("as-of hour 25", ["obligations", "--as-of", "2026-11-20T25:00"], None),
    ("as-of an absurd offset", ["obligations", "--as-of", "2026-11-20T10:00+99:00"], None),
    ("as-of words", ["obligations", "--as-of", "yesterday"], None),
    ("as-of empty", ["obligations", "--as-of", ""], None),
    ("as-of a control character", ["obligations", "--as-of", "2026-11-20\x1b[2J"], None),
    ("separate at year 1", ["separate", "--person", "E1", "--at", "0001-01-01T00:00"], None),
    ("separate at year 2201", ["separate", "--person", "E1", "--at", "2201-01-01T00:00"], None),
    ("separate at a date only", ["separate", "--person", "E1", "--at", "2026-11-20"], None),
    ("separate nobody", ["separate", "--person", "NOBODY", "--at", "2026-11-20T10:00"], None),
    ("import a folder", ["import", "people", "{folder}"], None),
    ("import a missing file", ["import", "people", "{missing}"], None),
    ("import a binary file", ["import", "people", "{binary}"], None),
    ("import a NUL", ["import", "people", "{nul}"], None),
    ("import a device", ["import", "people", "/dev/null"], None),
    ("import an unknown kind", ["import", "passwords", "{missing}"], None),
    ("export into a folder", ["export", "people", "-o", "{folder}"], None),
    ("export into a missing folder", ["export", "people", "-o", "{in-missing-folder}"], None),
    ("export an unknown kind", ["export", "secrets"], None),
    ("an unknown database kind", ["--db", "nosuchdb://x/y", "obligations"], None),
    ("a database URL without a driver", ["--db", "postgresql+pg8000://u@h/d", "check"], None),
    ("a database in a missing folder", ["--db", "{in-missing-folder}", "obligations"], None),
    ("a folder as the database", ["--db", "{folder}", "obligations"], None),
    ("a text file as the database", ["--db", "{not-json}", "obligations"], None),
    ("a password not UTF-8", ["credential", "set", "--account", URL], b"\xff\xfeMaple#Falls2026"),
    ("a password half UTF-8", ["credential", "set", "--account", URL], b"Maple#Falls\xc3"),
    ("an empty password", ["credential", "set", "--account", URL], b""),
    ("a password of 3000 characters", ["credential", "set", "--account", URL], b"Aa1#" * 750),
    (
        "changed-at year 1",
        ["credential", "set", "--account", URL, "--changed-at", "0001-01-01T00:00"],
        PHRASE,
    ),
    ("a passphrase not UTF-8", ["credential", "import-handover", "{huge-n}"], b"\xff" * 20),
    ("handover n = 2**30", ["credential", "import-handover", "{huge-n}"], PHRASE),
    ("handover p = 10**9", ["credential", "import-handover", "{huge-p}"], PHRASE),
    ("handover 2 GiB of scrypt", ["credential", "import-handover", "{huge-memory}"], PHRASE),
    ("handover n not a power of 2", ["credential", "import-handover", "{odd-n}"], PHRASE),
    ("handover n as text", ["credential", "import-handover", "{text-n}"], PHRASE),
    ("handover r as a boolean", ["credential", "import-handover", "{bool-r}"], PHRASE),
    ("handover n negative", ["credential", "import-handover", "{negative}"], PHRASE),
    ("handover without parameters", ["credential", "import-handover", "{no-kdf}"], PHRASE),
    ("handover nested 100,000 deep", ["credential", "import-handover", "{nested}"], PHRASE),
    ("handover not JSON", ["credential", "import-handover", "{not-json}"], PHRASE),
    ("handover a folder", ["credential", "import-handover", "{folder}"], PHRASE),
    ("handover missing", ["credential", "import-handover", "{missing}"], PHRASE),
    (
        "review on year 1",
        ["review", "record", "--department", "Parks", "--reviewer", "E1", "--on", "0001-01-01"],
        None,
    ),
    ("print into a folder", ["print", "inventory", "-o", "{folder}"], None),
    ("backup over the database", ["backup", "-o", "{database}"], None),
    ("an unknown command", ["format-disk"], None),
    (
        "a username with an escape sequence",
        ["credential", "set", "--account", URL, "--username", "ann\x1b]0;owned\x07"],
        PHRASE,
    ),
    (
        "an MFA method of 300 characters",
        ["credential", "set", "--account", URL, "--mfa", "m" * 300],
        PHRASE,
    ),
    ("an option with a control character", ["obligations", "--as\x1b-of", "x"], None),
]


@pytest.fixture
def own_log(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(LOGGER, "handlers", [])
    monkeypatch.setattr(LOGGER, "level", LOGGER.level)
    yield
    for handler in LOGGER.handlers:
        handler.close()


def _run(db, argv: list[str], stdin: bytes | None, monkeypatch) -> int:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""), "utf-8"))
    base = ["--home", str(db.paths.home)]
    if "--db" not in argv:
        base += ["--db", db.paths.database_url]
    try:
        return cli.main([*base, *argv])
    except SystemExit as exc:  # the grammar's own refusals
        return int(exc.code or 0)


@pytest.mark.parametrize(("case", "argv", "stdin"), CORPUS, ids=[c[0] for c in CORPUS])
def test_a_hostile_command_line_is_one_plain_line_and_writes_nothing(  # type: ignore[no-untyped-def]
    db, tmp_path, own_log, monkeypatch, capsys, case, argv, stdin
) -> None:
    if "{database}" in " ".join(argv) and db.paths.database_file is None:
        pytest.skip("a server database is not a file a backup could overwrite")
    demo.load_demo(db)
    files = {**_files(tmp_path), "database": str(db.paths.database_file)}
    argv = [a.format(**files) for a in argv]
    before = dump(db)
    capsys.readouterr()
    assert _run(db, argv, stdin, monkeypatch) == 2
    out, err = capsys.readouterr()
    *problems, last = err.splitlines()
    assert last.startswith("clerkdesk: error: "), err
    # A file's problems come first, one a line, as FILE:LINE: column: message.
    assert all(re.match(r"^[^:]+:\d+: [^:]+: ", p) for p in problems), err
    assert "Traceback" not in out + err
    assert all(line.isprintable() for line in err.splitlines()), err
    assert dump(db) == before


def test_the_details_of_a_refusal_are_in_the_log(db, own_log, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(db, ["obligations", "--as-of", "0001-01-01"], None, monkeypatch) == 2
    for handler in LOGGER.handlers:
        handler.flush()
    assert "command obligations refused: '0001-01-01'" in db.paths.log_file.read_text()


def test_ctrl_c_is_exit_130_and_one_line(db, own_log, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(obligations, "due", interrupted)
    before = dump(db)
    assert _run(db, ["obligations"], None, monkeypatch) == 130
    err = capsys.readouterr().err
    assert err == "clerkdesk: error: interrupted; nothing half-done was kept\n"
    assert dump(db) == before


def test_ctrl_c_during_an_import_writes_nothing(db, own_log, monkeypatch, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.transfer import csv_import

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(csv_import, "apply", interrupted)
    people = tmp_path / "people.csv"
    people.write_text("employee_id,name\nE1,Ann\n")
    before = dump(db)
    assert _run(db, ["import", "people", str(people)], None, monkeypatch) == 130
    assert capsys.readouterr().err.count("\n") == 1
    assert dump(db) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["init", "--city", "Maple\x1b]0;owned\x07Falls"],
        ["init", "--city", "M" * 201],
        ["init", "--city", "Maple Falls", "--adopted", "0001-01-01"],
        ["init", "--city", "Maple Falls", "--adopted", "2201-01-01"],
        ["init", "--city", "Maple Falls", "--timezone", "Mars/Olympus_Mons"],
    ],
)
def test_a_hostile_init_leaves_no_database(tmp_path, own_log, monkeypatch, capsys, argv) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "fresh"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    try:
        status = cli.main(["--home", str(home), *argv])
    except SystemExit as exc:
        status = int(exc.code or 0)
    assert status == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("clerkdesk: error: "), err
    assert err.isprintable() or err[:-1].isprintable()
    assert not (home / "clerkdesk.db").exists()
