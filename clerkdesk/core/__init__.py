"""Pure policy logic: profiles, dates, validation and the obligations engine.

Nothing here imports Qt, a database, keyring or a PDF library, so all of it is testable alone.
"""
