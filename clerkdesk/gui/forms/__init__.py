"""Python compiled from the Qt Designer sources in ui/ (pyside6-uic); do not edit by hand."""
