"""The pages of the main window, each created the first time it is shown."""
