"""Templates in the GUI: the Ctrl+K picker, fill-in form with live preview, library and editor."""
