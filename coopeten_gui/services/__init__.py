"""Services: Coopeten's use cases in plain Python, shared by the window and the command line.

Each module holds one kind of object. They validate input, write through
``storage.database.transaction`` and raise ``ValidationError`` with translated text.
No Qt widget is imported here.
"""
