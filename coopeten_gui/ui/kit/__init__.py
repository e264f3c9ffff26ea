"""Shared widgets, item models and plumbing that several pages and dialogs use."""
