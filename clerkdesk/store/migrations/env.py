"""Alembic environment: runs on the connection ClerkDesk hands it, in batch mode for SQLite,
one transaction per migration step."""

from alembic import context

from clerkdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("ClerkDesk's migrations run through clerkdesk.store.schema.upgrade")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
