"""Import contracts of our own for ``lint-imports`` (declared in pyproject.toml).

import-linter sees an outside package whole (``PySide6``), never its modules, so its
``forbidden`` contract cannot say "no Qt widgets below the window" while QtCore stays
allowed. ``forbidden_external_modules`` reads the import statements of the source
packages' files — those inside functions and under ``TYPE_CHECKING`` too — and fails on
any that names a forbidden module of an outside package (``PySide6.QtWidgets``,
``from PySide6 import QtWidgets``, ``import PySide6.QtWidgets as W`` alike).
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck
from importlinter.domain.helpers import module_expressions_to_modules


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module an import statement names, with its line; ``from a import b`` names
    both ``a`` and ``a.b`` (b may be a module)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def _file_of(module: str, is_package: bool) -> Path | None:
    top, _, rest = module.partition(".")
    spec = importlib.util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder.joinpath(*rest.split(".")) if rest else folder
    return path / "__init__.py" if is_package else path.with_suffix(".py")


class ForbiddenExternalModulesContract(Contract):
    """Fields:
        source_modules: the packages whose files must not import them (with every
            module under them).
        forbidden_modules: modules of outside packages, e.g. ``PySide6.QtWidgets``
            (their own submodules are forbidden with them).
    """

    type_name = "forbidden_external_modules"

    source_modules = fields.ListField(subfield=fields.ModuleExpressionField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        forbidden = tuple(self.forbidden_modules)  # type: ignore[arg-type]
        modules: set[str] = set()
        found = module_expressions_to_modules(graph, self.source_modules)  # type: ignore[arg-type]
        for source in found:
            modules.add(source.name)
            modules |= graph.find_descendants(source.name)
        broken = []
        for module in sorted(modules):
            path = _file_of(module, bool(graph.find_children(module)))
            if path is None or not path.exists():
                path = _file_of(module, True)
            if path is None or not path.exists():
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for line, name in imported_names(tree):
                if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                    broken.append((module, name, line))
        return ContractCheck(kept=not broken, metadata={"broken": sorted(set(broken))})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for module, name, line in check.metadata["broken"]:
            output.print_error(f"{module} imports {name} (l.{line})")
            output.new_line()
