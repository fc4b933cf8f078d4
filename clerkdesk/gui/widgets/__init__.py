"""The widgets every page and dialog uses: the one table (model and view), dates, field errors,
wrapped labels, countdowns, message boxes and the clipboard."""
