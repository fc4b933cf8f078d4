"""ClerkDesk: the city clerk's register of official social media accounts."""

__version__ = "0.1.0"
