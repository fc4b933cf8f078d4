"""obligations."""
