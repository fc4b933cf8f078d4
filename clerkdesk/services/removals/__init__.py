"""removals."""
