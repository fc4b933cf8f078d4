"""departments."""
