"""A throw-away PostgreSQL server for the tests, set up as a city's IT would: its own cluster
in a temporary folder, listening on loopback at a free port, a role that is not a superuser
and signs in with scram-sha-256, its password in a pgpass file.

`CLERKDESK_TEST_POSTGRES` picks what happens: `require` (CI: a server that cannot start fails
the run), `skip` (SQLite only), or unset (a server when its programs are installed)."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROLE, DATABASE = "clerkdesk", "clerkdesk_test"


@dataclass
class Server:
    folder: Path
    port: int
    pgpass: Path
    owner: str | None  # the system user the server runs as (root cannot run it)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{ROLE}@127.0.0.1:{self.port}/{DATABASE}"

    def stop(self) -> None:
        _run(self.owner, [_tool("pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)


def wanted() -> str:
    return os.environ.get("CLERKDESK_TEST_POSTGRES", "").strip().lower()


def available() -> bool:
    return bool(_tools()) and _psycopg()


def start() -> Server:
    """Start a server; RuntimeError saying why it could not."""
    if not _tools():
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    if not _psycopg():
        raise RuntimeError(
            "the psycopg driver is not installed (pip install 'clerkdesk[postgresql]')"
        )
    owner = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="clerkdesk-pg-"))
    data, socket_dir = folder / "data", folder / "socket"
    socket_dir.mkdir()
    admin_password, password = secrets.token_hex(16), secrets.token_hex(16)
    (folder / "admin-password").write_text(admin_password)
    if owner:
        shutil.chown(folder, owner)
        shutil.chown(socket_dir, owner)
        shutil.chown(folder / "admin-password", owner)
    port = _free_port()
    _run(
        owner,
        [
            _tool("initdb"),
            "-D",
            str(data),
            "-U",
            "admin",
            "--auth=scram-sha-256",
            f"--pwfile={folder / 'admin-password'}",
            "-E",
            "UTF8",
            "--locale=C",
        ],
    )
    _run(
        owner,
        [
            _tool("pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {port} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
    )
    pgpass = folder / "pgpass"
    pgpass.write_text(
        f"127.0.0.1:{port}:*:admin:{admin_password}\n127.0.0.1:{port}:*:{ROLE}:{password}\n"
    )
    pgpass.chmod(0o600)
    server = Server(folder, port, pgpass, owner)
    os.environ["PGPASSFILE"] = str(pgpass)
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            admin = psycopg.connect(
                host="127.0.0.1", port=port, user="admin", dbname="postgres", autocommit=True
            )
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    with admin:
        admin.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{password}'")
        admin.execute(f"CREATE DATABASE {DATABASE} OWNER {ROLE}")
    return server


def reset(server: Server) -> None:
    """An empty database for the next test: the role's schema dropped and made again."""
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", port=server.port, user=ROLE, dbname=DATABASE, autocommit=True
    ) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


def _psycopg() -> bool:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


def _tools() -> list[str]:
    return sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or (
        [found] if (found := shutil.which("initdb")) else []
    )


def _tool(name: str) -> str:
    return str(Path(_tools()[-1]).with_name(name))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(owner: str | None, command: list[str]) -> None:
    if owner:
        command = ["runuser", "-u", owner, "--", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip() or done.stdout}")
