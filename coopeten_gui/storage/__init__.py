"""Storage: the peewee models, opening and migrating the SQLite file, full-text search.

Nothing here knows about services or widgets; nothing opens a database at import time.
"""
