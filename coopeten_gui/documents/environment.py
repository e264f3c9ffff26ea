"""The jinja2 environment letters are rendered in: sandboxed, size-guarded, with letter filters.

``sandbox`` runs templates in it under a deadline; this module only builds it:

* ``ImmutableSandboxedEnvironment`` (no ``__class__`` walks, no unsafe callables,
  no mutation of lists and dicts), ``autoescape``, an undefined that fails with a
  message naming the missing variable, an empty in-memory loader and no extensions;
* every way a template can make a value bigger goes through ``limits``: the
  operators ``+ * % **``, ``~``, list/tuple/dict literals, calls, ``str.format``,
  every filter, every ``{{ }}`` output and every captured block;
* the letter filters ``date``, ``time``, ``money``, ``number`` and ``by_category``.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable
from string import Formatter
from typing import Any, cast

from jinja2 import DictLoader, StrictUndefined, nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.nodes import Impossible
from jinja2.runtime import Context
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from jinja2.utils import _PassArg, missing
from markupsafe import Markup

from coopeten_gui.documents import limits
from coopeten_gui.documents.formatting import (
    DEFAULT_CURRENCY,
    by_category,
    format_date,
    format_money,
    format_number,
    format_time,
)
from coopeten_gui.i18n import translate


class _FriendlyUndefined(StrictUndefined):
    """Fails on any use, like ``StrictUndefined``, with a message naming what is missing."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        name = str(self._undefined_name)
        owner = self._undefined_obj
        if owner is missing:
            return translate("Template", "“{name}” is not defined.").format(name=name)
        if owner is None:
            return translate(
                "Template", "“{name}” cannot be read because the value it belongs to is empty."
            ).format(name=name)
        if isinstance(owner, dict) and owner:
            fields = ", ".join(sorted(str(key) for key in owner)[:25])
            return translate(
                "Template", "There is no “{name}” here; the fields are: {fields}."
            ).format(name=name, fields=fields)
        return translate("Template", "There is no “{name}” here.").format(name=name)


class _SizeLimitedFormatting(Formatter):
    """Mixin for ``str.format`` formatters: widths and values are size-checked per field."""

    _produced = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        limits.weight(value)  # before ``!r`` writes it out
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        self._produced += limits.check_format_spec(value, format_spec)
        if self._produced > limits.MAX_SIZE:
            raise limits.TooLarge("formatted text too large")
        return super().format_field(value, format_spec)


class _GuardedFormatter(_SizeLimitedFormatting, SandboxedFormatter):
    pass


class _GuardedEscapeFormatter(_SizeLimitedFormatting, SandboxedEscapeFormatter):
    pass


class _GuardedCodeGenerator(CodeGenerator):
    """Routes ``~`` and list/tuple/dict literals through the size checks."""

    @optimizeconst
    def visit_Concat(  # noqa: N802 (jinja's visitor naming)
        self, node: nodes.Concat, frame: Frame
    ) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.guarded_join({join}, (")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")

    def _checked(self, visit: Callable[[Any, Frame], None], node: nodes.Expr,
                 frame: Frame) -> None:
        self.write("environment.checked(")
        visit(node, frame)
        self.write(")")

    def visit_List(self, node: nodes.List, frame: Frame) -> None:  # noqa: N802
        self._checked(super().visit_List, node, frame)

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:  # noqa: N802
        self._checked(super().visit_Dict, node, frame)

    def visit_Tuple(self, node: nodes.Tuple, frame: Frame) -> None:  # noqa: N802
        if node.ctx == "load":  # not assignment targets such as ``for a, b in``
            self._checked(super().visit_Tuple, node, frame)
        else:
            super().visit_Tuple(node, frame)


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter: pre-check its input (and arguments, for the amplifying ones),
    then its result."""
    offset = 1 if _PassArg.from_obj(func) else 0
    pre_check = limits.FILTER_CHECKS.get(name)

    def guarded(*args: Any, **kwargs: Any) -> Any:
        if not limits.budget_active():
            # Compile time: jinja folds filters on literals (``'x'|center(999999)``)
            # while compiling untraced; refusing here defers them to the render.
            raise Impossible()
        if len(args) > offset:
            limits.weight(args[offset])
            if pre_check is not None:
                replaced = pre_check(*args[offset:], **kwargs)
                if replaced is not None:
                    args = args[:offset] + tuple(replaced)
        return limits.check(func(*args, **kwargs))

    guarded.__name__ = getattr(func, "__name__", name)
    guarded.__doc__ = func.__doc__
    guarded.__dict__.update(getattr(func, "__dict__", {}))  # keeps ``jinja_pass_arg``
    return guarded


def _language(context: Context) -> str:
    return context.get("language") or "en"


@pass_context
def _date_filter(context: Context, value: Any, style: str = "long") -> str:
    return format_date(value, _language(context), style)


@pass_context
def _time_filter(context: Context, value: Any) -> str:
    return format_time(value, _language(context))


@pass_context
def _money_filter(context: Context, cents: Any, currency: str | None = None) -> str:
    if not currency:
        profile = context.get("profile")
        currency = profile.get("currency") if isinstance(profile, dict) else None
    return format_money(cents, _language(context), currency or DEFAULT_CURRENCY)


@pass_context
def _number_filter(context: Context, value: Any, decimals: int | None = None) -> str:
    return format_number(value, _language(context), decimals)


class _LetterEnvironment(ImmutableSandboxedEnvironment):
    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"+", "*", "%", "**"})

    def __init__(self) -> None:
        super().__init__(
            autoescape=True,
            # An empty in-memory loader: {% include %}/{% import %}/{% extends %}
            # fail with TemplateNotFound, and nothing is ever read from disk.
            loader=DictLoader({}),
            undefined=_FriendlyUndefined,
            finalize=limits.check,  # every ``{{ }}`` before it is written out
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        # Lorem ipsum has no place in a letter, and is a loop we would rather not offer.
        self.globals.pop("lipsum", None)
        self.filters.update(
            date=_date_filter,
            time=_time_filter,
            money=_money_filter,
            number=_number_filter,
            by_category=by_category,
        )
        self.filters = {name: _guard_filter(name, func) for name, func in self.filters.items()}

    # Called by the generated code -------------------------------------------------------

    def concat(self, parts: Iterable[str]) -> str:
        """Joins captured output (macros, ``{% set %}`` blocks, ``caller()``...)."""
        parts = parts if isinstance(parts, list) else list(parts)
        if sum(map(len, parts)) > limits.MAX_SIZE:
            raise limits.TooLarge("block output too large")
        return "".join(parts)

    def guarded_join(self, join: Callable[[tuple[Any, ...]], str], parts: tuple[Any, ...]) -> str:
        """The ``~`` operator: operands are written out, so weigh them first."""
        total = 0
        for part in parts:
            total += limits.weight(part)
        if total > limits.MAX_SIZE:
            raise limits.TooLarge("joined text too large")
        return cast(str, limits.check(join(parts)))  # str, or Markup when escaping

    @staticmethod
    def checked(value: Any) -> Any:
        return limits.check(value)

    # Sandbox hooks ---------------------------------------------------------------------

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        limits.check_binop(operator, left, right)
        return limits.check(self.binop_table[operator](left, right))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        args = limits.check_call(obj, args, kwargs)
        return limits.check(super().call(context, obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """As jinja's, but with formatters that refuse huge widths and values."""
        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)) \
                or value.__name__ not in ("format", "format_map"):
            return None
        owner = value.__self__
        if not isinstance(owner, str):
            return None
        text_type = type(owner)
        is_format_map = value.__name__ == "format_map"
        if isinstance(owner, Markup):
            formatter: SandboxedFormatter = _GuardedEscapeFormatter(self, escape=owner.escape)
        else:
            formatter = _GuardedFormatter(self)

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_format_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return text_type(formatter.vformat(owner, args, kwargs))

        return wrapper


#: The one environment every letter is rendered in (it is immutable once built).
ENV = _LetterEnvironment()
