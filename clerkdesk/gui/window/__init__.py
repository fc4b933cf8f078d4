"""The window itself: starting the program, the main window and its frame, what every page shares
(the context), crashes, refreshes, saved layouts, fitting the screen, and slow work off the UI
thread."""
