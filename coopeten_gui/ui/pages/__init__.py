"""The pages of the main window, one module each (with the forms only they show)."""
