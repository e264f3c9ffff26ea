"""Size guards for sandboxed templates: checks that run *before* an operation can grow.

The wall-clock deadline in ``sandbox`` stops Python-level loops, but operations
implemented in C (``'x' * 10**10``, ``str.center``, ``''.join``, ``repr`` of a
list holding the same megabyte string a million times) cannot be interrupted once
started and would exhaust memory first. So every way a template can make a big
value goes through these checks, which estimate the result and refuse it.

The estimate is ``weight``: roughly the length of the value once written out
(``str``/``repr``), counting shared references as many times as they appear,
because that is what writing it out costs.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Callable, Collection
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.utils import Namespace

#: Largest value, and largest whole output, in characters. A long letter is ~20 000.
MAX_SIZE = 1_000_000
#: Deepest nesting of lists/dicts a template may build or print.
MAX_NESTING = 32
#: Largest integer a template may compute (about 1 200 decimal digits).
MAX_INT_BITS = 4096
#: Largest template source accepted, in characters.
MAX_SOURCE = 200_000
#: Total size of all the values one render may produce. Each value is capped at
#: MAX_SIZE, but ``range(100000)|map('center', 999999)|list`` would collect
#: 100 000 of them, gigabytes, before the deadline fires.
MAX_PRODUCED = 20 * MAX_SIZE


class TooLarge(SecurityError):
    """A value or the output would exceed the limits. An ``Exception`` on purpose:
    jinja's compile-time constant folding treats it as "evaluate at run time",
    where it is raised again with a line number."""


class TooDeep(SecurityError):
    """Values nested deeper than ``MAX_NESTING``."""


_DICT_VIEWS: tuple[type[Collection[Any]], ...] = (type({}.keys()), type({}.values()),
                                                  type({}.items()))
_SEQUENCES = (list, tuple, set, frozenset) + _DICT_VIEWS
_TEXT = (str, bytes, bytearray)


def weight(value: Any, limit: int = MAX_SIZE) -> int:
    """Estimated written-out size of ``value``; raises ``TooLarge`` above ``limit``.

    Iterative and stopping as soon as the limit is passed, so it costs at most
    ``limit`` steps even for a list that repeats a huge value.
    """
    if isinstance(value, _TEXT):
        size = len(value)
        if size > limit:
            raise TooLarge("value too large")
        return size
    total = 0
    stack = [(value, 0)]
    while stack:
        obj, depth = stack.pop()
        if isinstance(obj, _TEXT):
            total += len(obj)
        elif isinstance(obj, bool) or obj is None:
            total += 5
        elif isinstance(obj, int):
            total += obj.bit_length() // 3 + 1
        elif isinstance(obj, float):
            total += 24
        elif isinstance(obj, _SEQUENCES):
            if depth >= MAX_NESTING:
                raise TooDeep("values nested too deeply")
            total += 2 * len(obj) + 2
            if total <= limit:
                stack.extend((item, depth + 1) for item in obj)
        elif isinstance(obj, dict):
            if depth >= MAX_NESTING:
                raise TooDeep("values nested too deeply")
            total += 4 * len(obj) + 2
            if total <= limit:
                for key, item in obj.items():
                    stack.append((key, depth + 1))
                    stack.append((item, depth + 1))
        elif isinstance(obj, Namespace):
            # Its repr shows every attribute, so it weighs what it holds.
            stack.append((object.__getattribute__(obj, "_Namespace__attrs"), depth + 1))
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            stack.append(({f.name: getattr(obj, f.name, None) for f in dataclasses.fields(obj)},
                          depth + 1))
        else:
            total += 16
        if total > limit:
            raise TooLarge("value too large")
    return total


_budget = threading.local()


def start_budget() -> None:
    """Begin counting produced values for the current thread (one render)."""
    _budget.left = MAX_PRODUCED


def stop_budget() -> None:
    _budget.left = None


def budget_active() -> bool:
    """True while the current thread is rendering (between start and stop)."""
    return getattr(_budget, "left", None) is not None


def check(value: Any) -> Any:
    """Weigh a value a template just produced, charge it to the render's budget,
    and pass it through (used around results in the generated code)."""
    size = weight(value)
    left = getattr(_budget, "left", None)
    if left is not None:
        left -= size
        _budget.left = left
        if left < 0:
            raise TooLarge("template produced too much")
    return value


def _need(size: int) -> None:
    if size > MAX_SIZE:
        raise TooLarge("value too large")


def _as_int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return default


# -- operators -------------------------------------------------------------------

def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``+ * % **`` whose result would be too large (called before they run)."""
    if operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise TooLarge("number too large")
            return
        for seq, count in ((left, right), (right, left)):
            if isinstance(count, int) and not isinstance(seq, (int, float)) and count > 0:
                _need(weight(seq) * count)
                if isinstance(seq, _SEQUENCES):
                    _need(len(seq) * count)
    elif operator == "**":
        if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
            if left.bit_length() * right > MAX_INT_BITS:
                raise TooLarge("number too large")
    elif operator == "+":
        if not (isinstance(left, (int, float)) and isinstance(right, (int, float))):
            _need(weight(left) + weight(right))
    elif operator == "%":
        if isinstance(left, str):
            check_printf(left, right)


# %[(key)][flags][width][.precision][length]type
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)", re.DOTALL)


def check_printf(template: str, args: Any) -> None:
    """``'%5s' % x``: widths and precisions can make output far larger than the input."""
    size = len(template) + weight(args)
    for width, precision, _kind in _PRINTF.findall(template):
        if width == "*" or precision == "*":
            raise TooLarge("'*' widths are not allowed")
        # A float can print ~310 digits before the precision kicks in.
        size += _as_int(width) + _as_int(precision) + 320
        _need(size)


_SPEC_NUMBERS = re.compile(r"\d+")


def check_format_spec(value: Any, spec: str) -> int:
    """``'{:>9999999}'.format(x)``: returns the estimated size of one field."""
    size = weight(value)
    for number in _SPEC_NUMBERS.findall(spec or ""):
        if len(number) > 7:
            raise TooLarge("format width too large")
        size += int(number)
    size += 320
    _need(size)
    return size


# -- methods called from templates ---------------------------------------------------

def check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Pre-check calls to the C methods of text and numbers that can amplify.

    Returns the (possibly materialised) positional arguments to call with.
    """
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    if isinstance(owner, _TEXT):
        return _check_text_method(owner, name, args, kwargs)
    if isinstance(owner, int) and name == "to_bytes":
        length = args[0] if args else kwargs.get("length", 1)
        _need(_as_int(length))
    return args


def _arg(args: tuple[Any, ...], kwargs: dict[str, Any], index: int, name: str, default: Any) -> Any:
    if len(args) > index:
        return args[index]
    return kwargs.get(name, default)


def _check_text_method(text: Any, name: str, args: tuple[Any, ...],
                       kwargs: dict[str, Any]) -> tuple[Any, ...]:
    if name in ("center", "ljust", "rjust", "zfill"):
        _need(_as_int(_arg(args, kwargs, 0, "width", 0)))
    elif name == "expandtabs":
        tabsize = _as_int(_arg(args, kwargs, 0, "tabsize", 8))
        _need(len(text) + text.count("\t" if isinstance(text, str) else b"\t") * max(tabsize, 0))
    elif name == "join" and args:
        items = list(args[0])
        _need(weight(items) + len(text) * len(items))
        return (items,) + tuple(args[1:])
    elif name == "replace":
        check_replace(text, _arg(args, kwargs, 0, "old", ""), _arg(args, kwargs, 1, "new", ""),
                      _arg(args, kwargs, 2, "count", -1))
    elif name == "translate" and args and isinstance(args[0], dict):
        longest = max((len(v) for v in args[0].values() if isinstance(v, _TEXT)), default=1)
        _need(len(text) * max(longest, 1))
    return args


def check_replace(text: Any, old: Any, new: Any, count: Any = -1) -> None:
    try:
        hits = text.count(old) if len(old) else len(text) + 1
    except TypeError:
        return  # the call itself will fail with a clear TypeError
    count = _as_int(count, -1) if count is not None else -1
    if count >= 0:
        hits = min(hits, count)
    _need(len(text) + hits * weight(new))


# -- filters -----------------------------------------------------------------------------

def _filter_center(value: Any, width: Any = 80, *args: Any, **kwargs: Any) -> None:
    _need(_as_int(width))


def _filter_indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> None:
    text = str(value)
    per_line = len(width) if isinstance(width, str) else _as_int(width)
    _need(len(text) + (text.count("\n") + 1) * max(per_line, 0))


def _filter_format(value: Any, *args: Any, **kwargs: Any) -> None:
    check_printf(str(value), kwargs or args)


def _filter_replace(value: Any, old: Any = "", new: Any = "", count: Any = None, *args: Any,
                    **kwargs: Any) -> None:
    check_replace(str(value), str(old), new, count)


def _filter_wordwrap(value: Any, width: Any = 79, break_long_words: Any = True,
                     wrapstring: Any = None, *args: Any, **kwargs: Any) -> None:
    text = str(value)
    lines = len(text) // max(_as_int(width, 1), 1) + text.count("\n") + 1
    _need(len(text) + lines * len(wrapstring or "\n"))


def _filter_tojson(value: Any, indent: Any = None, *args: Any, **kwargs: Any) -> None:
    # Escaping can make a character six; indentation repeats per nesting level.
    _need(weight(value) * (6 + MAX_NESTING * max(_as_int(indent), 0)))


def _filter_batch(value: Any, linecount: Any = 1, *args: Any, **kwargs: Any) -> None:
    _need(_as_int(linecount))


def _filter_join(value: Any, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    # Materialised here so the size is known before ``str.join`` runs in C; the
    # filter then gets the list instead of a possibly one-shot iterator.
    items = list(value)
    check_join(items, args[0] if args else kwargs.get("d", ""))
    return (items,) + args


#: Filter name -> check(value, *args, **kwargs) run before the filter; a check may
#: return replacement positional arguments (value first).
FILTER_CHECKS: dict[str, Callable[..., tuple[Any, ...] | None]] = {
    "join": _filter_join,
    "center": _filter_center,
    "indent": _filter_indent,
    "format": _filter_format,
    "replace": _filter_replace,
    "wordwrap": _filter_wordwrap,
    "tojson": _filter_tojson,
    "batch": _filter_batch,
}


def check_join(items: list[Any], separator: Any) -> None:
    _need(weight(items) + len(str(separator)) * len(items))
