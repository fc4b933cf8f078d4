"""The pages of the main window: one package each, registered at start-up (`registry`) and
created the first time it is shown."""
