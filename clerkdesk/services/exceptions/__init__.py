"""exceptions."""
