"""site_checks."""
