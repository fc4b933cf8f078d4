"""Dialogs: each holds its Designer form (`self.ui`) and saves through one service call."""
