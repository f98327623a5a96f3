"""Built-in rules of tdnlint, registered through the ``tdnlint`` entry-point group.

Each rule lives in its own module under an area package (``spacing``,
``header``, ``citation`` …).  Every ``Rule`` subclass defined in those modules
is contributed; adding a rule is adding a module.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from tdnlint.api import Rule, hookimpl


def _discover() -> list[type[Rule]]:
    found: list[type[Rule]] = []
    for info in pkgutil.walk_packages(__path__, prefix=__name__ + "."):
        if info.ispkg or info.name.rsplit(".", 1)[-1].startswith("_"):
            continue
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, Rule) and obj is not Rule and obj.__module__ == module.__name__ \
                    and getattr(obj, "code", None):
                found.append(obj)
    return sorted(found, key=lambda r: r.code)


@hookimpl
def tdnlint_rules() -> list[type[Rule]]:
    return _discover()


@hookimpl
def tdnlint_analysers():
    """Analyses only these rules use, registered exactly as a third-party pack would register its own."""
    from .layout._common import letter_runs

    return {"layout.letter_runs": letter_runs}
