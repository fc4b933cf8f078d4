"""Files in and out of the window: backups, imports and exports, scanned papers, PDFs shown,
printed and saved, the office papers of the File menu, and what is handed to the operating
system."""
