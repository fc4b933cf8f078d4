"""The demonstration city's people on its accounts: custodians and authorized users (some
agreements signed, some not), a separation, and an access review under way, so that Reviews,
agreements and separations have something to show."""

from __future__ import annotations

import contextlib
from datetime import timedelta

from ...core.errors import ValidationError
from ..accounts.writes import find_account
from ..kernel.database import Database
from ..people import separation
from ..reviews import writes as reviews
from ..terms import writes as assignments

# account, employee ID, role, days ago, designated by, signed (user, director, office) days ago
_TERMS = [
    ("https://facebook.com/maplefallsfire", "E1030", "custodian", 110, "Chief Karen Dietz",
     (108, 107, 105)),
    ("https://facebook.com/maplefallsfire", "E1031", "authorized-user", 90, "Chief Karen Dietz",
     (88, None, None)),
    ("https://instagram.com/maplefallsparks", "E1010", "custodian", 60, "Priya Raman", None),
    ("https://instagram.com/maplefallsparks", "C2001", "authorized-user", 30, "Priya Raman",
     None),
    ("https://instagram.com/maplefallsparks", "E1012", "authorized-user", 25, "Priya Raman",
     (24, 23, 22)),
    ("https://facebook.com/maplefallspolice", "E1021", "authorized-user", 200,
     "Chief Robert Hale", (199, 198, 196)),
    ("https://youtube.com/@maplefallscouncil", "E1002", "administrator", 150, "Dana Whitfield",
     (149, 148, 147)),
]  # fmt: skip


def add_terms(db: Database) -> None:
    now = db.clock()
    for url, employee_id, role, days_ago, by, signed in _TERMS:
        account = find_account(db, url)
        # Where an approval designated the person already (R2), the term is there.
        with contextlib.suppress(ValidationError):
            term = assignments.designate(
                db, account.id, employee_id, role, now - timedelta(days=days_ago), by
            )
            if signed is not None:
                dates = [(now - timedelta(days=d)).date() if d else None for d in signed]
                assignments.record_signatures(db, term.id, *dates)
    separation.separate(db, "E1012", now - timedelta(hours=20))
    reviews.start_review(db, "Parks and Recreation")
