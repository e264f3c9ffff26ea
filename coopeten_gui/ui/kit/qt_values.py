"""Values of Qt's enums as plain numbers, for the code the window's first screen runs.

The first use of ``Qt`` (``Qt.ItemDataRole.DisplayRole``, ``Qt.AlignmentFlag.AlignTop``…)
builds every one of its ninety-odd enums, 13 ms that the first paint would wait for. The
modules that first screen loads pass these numbers instead: to a model's ``data``, which
is asked with numbers, and to a widget's property set by name (``setProperty``), which
takes them; the rest of the window names ``Qt`` as usual. ``tests/ui/test_first_paint.py``
checks both that these are Qt's values and that the first paint comes before ``Qt``.
"""

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FONT_ROLE = 6
FOREGROUND_ROLE = 9
USER_ROLE = 256

# Qt.TextFormat, for a label's "textFormat"
PLAIN_TEXT = 0
RICH_TEXT = 1

# Qt.ScrollBarPolicy, for a scroll area's "horizontalScrollBarPolicy"
SCROLL_BAR_ALWAYS_OFF = 1
