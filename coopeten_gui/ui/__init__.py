"""Qt widgets: the main window, its pages, dialogs and item models. No SQL here."""
