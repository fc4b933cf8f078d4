"""The audit chain's head, anchored: every append also writes how many events there are and
the last one's hash (store.models.audit.AuditAnchor), in the same transaction, keyed with
HMAC-SHA-256 under a secret kept in the operating system's credential store.

What this proves: removing the last events, appending one (even with a hash computed by the
published algorithm), or altering one and recomputing the chain after it leaves a head that no
longer matches the anchor; and the anchor cannot be rewritten to match without the key, which
is in the clerk's credential store and not in the database. Where no credential store is at
hand the anchor is written without a key, which `check` says: then anyone who can write the
database file can rewrite the log and its anchor together, and only a head printed earlier (on
a backup, an export or a check) shows it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError
from ...store.models.audit import AuditAnchor, AuditEvent
from ...store.models.city import City
from ...vault.store import Vault
from ..kernel.database import Database

# The key's name among this database's entries in the credential store.
AUDIT_KEY = "audit-log/key"


@dataclass(frozen=True)
class Head:
    """The chain's head as the events have it: the last event's number (the count of events
    when none is missing) and its hash."""

    count: int
    hash: str

    def describe(self) -> str:
        return f"audit log head: {self.count} event(s), last hash {self.hash[:16]}"


class _NoKey:
    """No credential store here (or no city yet): the anchor goes unkeyed."""


def audit_key(session: Session, db: Database, create: bool = True) -> bytes | None:
    """The audit key of this database from the credential store, made on first use; None
    where no store is available. Read once per open database."""
    cached = getattr(db, "_audit_key", None)
    if isinstance(cached, bytes):
        return cached
    if isinstance(cached, _NoKey):
        return None
    city = session.get(City, 1)
    if city is None or not city.vault_id:
        return None
    vault = Vault(city.vault_id)
    if not vault.status().available:
        db._audit_key = _NoKey()  # type: ignore[attr-defined]
        return None
    try:
        text = vault.get(AUDIT_KEY)
        if text is None:
            if not create:
                return None
            text = secrets.token_hex(32)
            vault.set(AUDIT_KEY, text)
        key = bytes.fromhex(text)
    except (ClerkDeskError, ValueError):
        # A locked store (or a damaged entry) does not stop the clerk's work: this append's
        # anchor goes unkeyed, and `check` says so where the key is at hand again.
        return None
    db._audit_key = key  # type: ignore[attr-defined]
    return key


def key_of_its_own(db: Database) -> None:
    """A throw-away register (the demonstration, the self-test's) anchors its log under a key
    held only by this open database: it lives and dies with the register, and nothing of it
    is left in the clerk's credential store."""
    db._audit_key = secrets.token_bytes(32)  # type: ignore[attr-defined]


def mac_of(key: bytes, count: int, head: str) -> str:
    return hmac.new(key, f"{count}:{head}".encode("ascii"), hashlib.sha256).hexdigest()


def key_id(key: bytes | None) -> str:
    """Which key an anchor row is under, without telling the key: "" for none."""
    return hashlib.sha256(b"clerkdesk-anchor:" + key).hexdigest()[:16] if key else ""


def advance(session: Session, db: Database, count: int, head: str) -> None:
    """Write the chain's new head in the append's own transaction (on the connection: it is
    part of the audit log, and a page that shows the log reloads for the event already).

    Each key has its own row: workstations sharing a PostgreSQL database each keep their
    credential store, and so their own key, until a handover gives them one key; a row no
    workstation's key vouches for is still checked against the chain by everyone."""
    key = audit_key(session, db)
    values = {
        "count": count,
        "head": head,
        "mac": mac_of(key, count, head) if key else None,
        "at": db.clock(),
    }
    kid = key_id(key)
    conn = session.connection()
    changed = conn.execute(
        update(AuditAnchor).where(AuditAnchor.key_id == kid).values(values)
    ).rowcount
    if changed == 0:
        conn.execute(insert(AuditAnchor).values(key_id=kid, **values))


def head_of(session: Session) -> Head:
    """The chain's head as the events have it."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return Head(last[0], last[1]) if last else Head(0, "0" * 64)


def current_head(db: Database) -> Head:
    with db.reading() as session:
        return head_of(session)


def verify_anchor(session: Session, db: Database) -> tuple[list[str], list[str]]:
    """(problems, notes) about the chain's head against its anchors."""
    problems: list[str] = []
    notes: list[str] = []
    head = head_of(session)
    rows = list(session.scalars(select(AuditAnchor)))
    if not rows:
        if head.count:
            problems.append(
                f"audit log: {head.count} event(s) but no anchor of the chain's head; it was "
                "removed"
            )
        return problems, notes
    latest = max(rows, key=lambda row: row.count)
    if latest.count != head.count:
        problems.append(
            f"audit log: the anchor counts {latest.count} event(s), the log has {head.count}: "
            + (
                f"the last {latest.count - head.count} were removed"
                if latest.count > head.count
                else f"{head.count - latest.count} were added outside ClerkDesk"
            )
        )
    elif latest.head != head.hash:
        problems.append(
            "audit log: the last event's hash differs from the anchored one: the log was "
            "rewritten after ClerkDesk wrote it"
        )
    # Every anchor, whoever's key it is under, still finds its event in the chain.
    for row in rows:
        if row is latest or not 0 < row.count <= head.count:
            continue
        there = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == row.count))
        if there != row.head:
            problems.append(
                f"audit log: event {row.count}, anchored when it was the last, has changed: "
                "the log was rewritten"
            )
            break
    key = audit_key(session, db, create=False)
    mine = next((row for row in rows if key and row.key_id == key_id(key)), None)
    if key is None:
        if getattr(db, "_audit_key", None) is not None:
            notes.append(
                "audit log: no credential store here, so the anchor is not keyed; the log and "
                "its anchor could be rewritten together by anyone who can write the database"
            )
        else:
            notes.append("audit log: the anchor's key is not in this computer's credential store")
    elif mine is None:
        if any(row.mac for row in rows):
            notes.append(
                "audit log: anchored under other workstations' keys only; give this one the "
                "key with a handover (credential export-handover) so that it can vouch for them"
            )
    elif mine.mac is None or not hmac.compare_digest(mine.mac, mac_of(key, mine.count, mine.head)):
        problems.append(
            "audit log: this computer's anchor does not match its key: the anchor was "
            "rewritten after ClerkDesk wrote it"
        )
    elif mine.count < head.count and not problems:
        notes.append(
            f"audit log: {head.count - mine.count} event(s) since this computer's last write "
            "were anchored under another key (another workstation or Windows user); they are "
            "chained, and that key vouches for them"
        )
    return problems, notes
