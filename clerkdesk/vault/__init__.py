"""The operating system's credential store: the only place ClerkDesk keeps a secret."""
