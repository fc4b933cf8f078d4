"""The desktop window (PySide6). Widgets call service functions only; they never open a
database session and hold no business rules."""
