"""Letters: sandboxed jinja2 templates rendered to HTML, then to PDF, ODT, HTML or text."""
