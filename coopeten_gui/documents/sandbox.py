"""Rendering untrusted letter templates in the locked-down ``environment``, under a deadline.

Users write and share templates, so a template is treated as hostile code:

* ``ImmutableSandboxedEnvironment`` blocks ``__class__``/``__globals__``-style
  attribute walks, unsafe callables, ``str.format`` attacks and mutation of lists
  and dicts. No loader, no extensions: nothing can be included, imported or read.
* Growth is refused before it happens (``limits``): operators ``+ * % **``, the
  ``~`` operator, literals, method calls, filters, the output of ``{{ }}`` and of
  blocks, and the whole letter are size-checked, because work done in C (string
  repetition, ``center``, ``join``, ``repr``) cannot be interrupted.
* Time is bounded by a watchdog: rendering runs in a worker thread with a
  ``sys.settrace`` hook that checks a deadline on every Python call in that thread
  and on every line of template code, and limits how deeply template frames nest.
  Only that thread is traced; the caller waits at most ``timeout`` (+1 s grace).
  Tracing cannot interrupt one long C call that holds the GIL (nor could the
  caller's wait end during it): the size checks exist so that no such call is long.
* Compiling is not traced (it is jinja's own, linear-time code on a source capped
  at ``limits.MAX_SOURCE``) and is cached, so a mail merge compiles once.

Every failure becomes a ``TemplateError`` with a translated one-sentence message
and, when known, the template line.
"""

from __future__ import annotations

import sys
import threading
import types
from collections import OrderedDict
from time import monotonic
from typing import Any, Callable, Mapping

from jinja2 import Template
from jinja2.exceptions import (
    SecurityError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)

from coopeten_gui.documents import limits
from coopeten_gui.documents.context import TEMPLATE_FILTERS, TEMPLATE_VARIABLES, describe
from coopeten_gui.documents.environment import ENV
from coopeten_gui.i18n import translate

__all__ = [
    "TEMPLATE_FILTERS",
    "TEMPLATE_VARIABLES",
    "TemplateError",
    "check_template",
    "describe",
    "render_template",
]

#: How deeply template functions (macros, blocks, recursive loops) may nest.
MAX_CALL_DEPTH = 60
#: Extra wait for the worker after the deadline before giving up on it.
_GRACE_SECONDS = 1.0
#: jinja's file name for templates compiled from a string.
_TEMPLATE_FILENAME = "<template>"


class TemplateError(Exception):
    """A template that cannot be rendered: translated ``message``, 1-based ``line`` or None."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message, line)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return translate("Template", "Line {line}: {message}").format(line=self.line,
                                                                      message=self.message)


# -- interruptions raised by the watchdog: BaseException so no ``except Exception`` in
#    jinja or a filter can swallow them and carry on untraced.

class _Timeout(BaseException):
    pass


class _CallsTooDeep(BaseException):
    pass


class _Watchdog:
    """``sys.settrace`` hooks for the worker thread (see module docstring)."""

    __slots__ = ("deadline", "depth")

    def __init__(self, timeout: float) -> None:
        self.deadline = monotonic() + timeout
        self.depth = 0

    def on_call(self, frame: types.FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        # Called for every new Python frame in the thread (jinja's runtime, filters,
        # generator resumptions). Returning None keeps line tracing off for them.
        if monotonic() > self.deadline:
            raise _Timeout
        if frame.f_code.co_filename == _TEMPLATE_FILENAME:
            self.depth += 1
            if self.depth > MAX_CALL_DEPTH:
                raise _CallsTooDeep
            return self.on_template_event
        return None

    def on_template_event(self, frame: types.FrameType, event: str, arg: Any) -> Callable[..., Any]:
        # Template code: a loop with no calls in it still produces line events.
        if event == "line":
            if monotonic() > self.deadline:
                raise _Timeout
        elif event == "return":  # also on each ``yield`` and when unwinding
            self.depth -= 1
        return self.on_template_event


_cache: OrderedDict[str, Template] = OrderedDict()
_cache_lock = threading.Lock()
_CACHE_SIZE = 64


def _compile(source: str) -> Template:
    """Compiled template for ``source``; a mail merge compiles once for all letters."""
    with _cache_lock:
        template = _cache.get(source)
        if template is not None:
            _cache.move_to_end(source)
            return template
    template = ENV.from_string(source)
    with _cache_lock:
        _cache[source] = template
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return template


class _OutputTooLarge(limits.TooLarge):
    pass


class _CompileFailed(Exception):
    """Anything but a syntax error while compiling: deep nesting, Python's limits..."""


def _render(template: Template, variables: dict[str, Any]) -> str:
    parts: list[str] = []
    size = 0
    # ``root_render_func`` rather than ``render``: jinja's error handler would
    # rewrite the traceback we read line numbers from.
    for chunk in template.root_render_func(template.new_context(variables)):
        size += len(chunk)
        if size > limits.MAX_SIZE:
            raise _OutputTooLarge("output too large")
        parts.append(chunk)
    return "".join(parts)


def _run_guarded(source: str, variables: dict[str, Any] | None, timeout: float) -> str | None:
    """Compile ``source`` and, if ``variables`` is given, render it in a worker thread.

    Compiling is jinja's own code, linear in the (size-capped) source, and runs
    untraced so it is not slowed down; filters refuse to run at compile time
    (``environment._guard_filter``), which is the only place a template could make jinja's
    constant folding do real work. Rendering runs under the watchdog. Returns the
    HTML, or None when only compiling; raises ``TemplateError``.
    """
    box: dict[str, Any] = {}
    deadline_start = monotonic()

    def work() -> None:
        try:
            try:
                template = _compile(source)
            except TemplateSyntaxError:
                raise
            except BaseException as exc:
                raise _CompileFailed(exc) from exc
            if variables is None:
                return
            watchdog = _Watchdog(timeout - (monotonic() - deadline_start))
            limits.start_budget()
            sys.settrace(watchdog.on_call)
            try:
                box["result"] = _render(template, variables)
            finally:
                sys.settrace(None)
                limits.stop_budget()
        except BaseException as exc:  # noqa: BLE001 - everything becomes a TemplateError
            box["error"] = exc

    worker = threading.Thread(target=work, name="coopeten-template", daemon=True)
    worker.start()
    worker.join(timeout + _GRACE_SECONDS)
    if worker.is_alive():
        # Stuck inside one C call: abandon the (daemon) thread rather than the caller.
        raise TemplateError(_timeout_message(timeout))
    if "error" in box:
        error = box.pop("error")
        try:
            raise _as_template_error(error, timeout) from None
        finally:
            del error  # the traceback holds the template's frames
    return box.get("result")


def _timeout_message(timeout: float) -> str:
    return translate(
        "Template", "The template took longer than {seconds} seconds and was stopped."
    ).format(seconds=f"{timeout:g}")


def _template_line(error: BaseException) -> int | None:
    """Source line of the innermost template frame in the traceback."""
    line = None
    tb = error.__traceback__
    while tb is not None:
        template = tb.tb_frame.f_globals.get("__jinja_template__")
        if template is not None and tb.tb_frame.f_code.co_filename == _TEMPLATE_FILENAME:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


def _first_sentence(text: str) -> str:
    text = " ".join(str(text).split())
    head, dot, _rest = text.partition(". ")
    return (head + dot).rstrip(". ") or text


def _as_template_error(error: BaseException, timeout: float) -> TemplateError:
    if isinstance(error, TemplateError):
        return error
    if isinstance(error, TemplateSyntaxError):
        return TemplateError(
            translate("Template", "The template has a syntax error ({detail}).").format(
                detail=_first_sentence(error.message or "")
            ),
            error.lineno,
        )
    if isinstance(error, _CompileFailed):
        cause = error.args[0]
        if isinstance(cause, (RecursionError, MemoryError)) or (
            # Python's own limits on the generated code ("too many levels of indentation").
            isinstance(cause, SyntaxError) and ("nested" in str(cause) or "levels" in str(cause))
        ):
            return TemplateError(translate("Template",
                                           "The template is nested too deeply to compile."))
        return TemplateError(
            translate("Template", "The template could not be compiled ({detail}).").format(
                detail=_first_sentence(str(cause)) or type(cause).__name__
            )
        )
    line = _template_line(error)
    if isinstance(error, _Timeout):
        message = _timeout_message(timeout)
    elif isinstance(error, _OutputTooLarge):
        message = translate(
            "Template", "The letter grew beyond {limit} characters and was stopped."
        ).format(limit=f"{limits.MAX_SIZE:,}")
    elif isinstance(error, (limits.TooLarge, MemoryError, OverflowError)) or (
        isinstance(error, SecurityError) and str(error).startswith("Range too big")
    ):
        message = translate("Template",
                            "A value in the template would become too large, so it was stopped.")
    elif isinstance(error, (_CallsTooDeep, RecursionError)):
        message = translate(
            "Template", "Macros call each other too deeply (more than {count} levels)."
        ).format(count=MAX_CALL_DEPTH)
    elif isinstance(error, limits.TooDeep):
        message = translate(
            "Template", "Lists or mappings are nested too deeply (more than {count} levels)."
        ).format(count=limits.MAX_NESTING)
    elif isinstance(error, UndefinedError):
        message = str(error.message)  # already translated by environment._FriendlyUndefined
    elif isinstance(error, SecurityError):
        message = translate(
            "Template", "The template tried to use something that is not allowed ({detail})."
        ).format(detail=_first_sentence(str(error)))
    elif isinstance(error, TemplateNotFound):
        message = translate("Template",
                            "Templates cannot include, import or extend other templates.")
    elif isinstance(error, Exception):
        message = translate(
            "Template", "This part of the template could not be worked out ({detail})."
        ).format(detail=f"{type(error).__name__}: {_first_sentence(str(error))}")
    else:
        message = translate("Template", "The template stopped unexpectedly.")
    return TemplateError(message, line)


def _too_long(source: str) -> TemplateError | None:
    if len(source) > limits.MAX_SOURCE:
        return TemplateError(
            translate(
                "Template", "The template is too long (more than {limit} characters)."
            ).format(limit=f"{limits.MAX_SOURCE:,}")
        )
    return None


def render_template(source: str, context: Mapping[str, Any], language: str,
                    timeout: float = 2.0) -> str:
    """Render a user template to HTML. ``context`` as documented in ``documents.context``;
    ``language`` ("es", "en", ...) drives the date/money/number filters and becomes
    the ``language`` variable. Raises ``TemplateError``."""
    problem = _too_long(source)
    if problem:
        raise problem
    variables = dict(context)
    variables["language"] = language
    rendered = _run_guarded(source, variables, max(float(timeout), 0.05))
    assert rendered is not None  # given variables, it renders (None is for compiling only)
    return rendered


def check_template(source: str) -> TemplateError | None:
    """Syntax check for the editor: the error (with its line), or None if it compiles."""
    problem = _too_long(source)
    if problem:
        return problem
    try:
        _run_guarded(source, None, 2.0)
    except TemplateError as error:
        return error
    return None
