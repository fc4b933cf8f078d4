"""Printouts: plain data in, PDF (US Letter) out. Nothing here queries the database."""
