"""Plugin manager: loads entry points of group ``tdnlint`` and collects contributions.

A plugin that fails to import is recorded (not fatal): the CLI reports it as
an internal error and exits 2, while the other plugins still run.
"""

from __future__ import annotations

import importlib
import importlib.metadata as md
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pluggy

from .hookspecs import ENTRY_POINT_GROUP, PROJECT, TdnlintSpec
from .rule import Rule


@dataclass
class PluginInfo:
    name: str
    value: str
    dist: str | None
    version: str | None


@dataclass
class PluginFailure:
    plugin: str
    message: str


def entry_points() -> list[md.EntryPoint]:
    return sorted(md.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def plugin_infos() -> list[PluginInfo]:
    """Describe installed plugins from metadata only (no import: keeps --version fast)."""
    out = []
    for ep in entry_points():
        dist = getattr(ep, "dist", None)
        out.append(
            PluginInfo(
                ep.name,
                ep.value,
                dist.metadata["Name"] if dist else None,
                dist.version if dist else None,
            )
        )
    return out


@dataclass
class Registry:
    pm: pluggy.PluginManager
    failures: list[PluginFailure] = field(default_factory=list)
    _configured: list[Any] = field(default_factory=list, repr=False)
    _known_by_settings: dict[int, tuple[Any, list[dict]]] = field(default_factory=dict, repr=False)

    @cached_property
    def rules(self) -> dict[str, type[Rule]]:
        rules: dict[str, type[Rule]] = {}
        for impl in self.pm.hook.tdnlint_rules.get_hookimpls():
            plugin_name = self.pm.get_name(impl.plugin) or "?"
            try:
                contributed = impl.function() or []
            except Exception as exc:
                self.failures.append(PluginFailure(plugin_name, f"tdnlint_rules() failed: {exc!r}"))
                continue
            for cls in contributed:
                try:
                    cls.validate()
                except ValueError as exc:
                    self.failures.append(PluginFailure(plugin_name, str(exc)))
                    continue
                if cls.code in rules and rules[cls.code] is not cls:
                    self.failures.append(
                        PluginFailure(
                            plugin_name,
                            f"rule code {cls.code} already registered by {rules[cls.code].plugin}",
                        )
                    )
                    continue
                cls.plugin = plugin_name
                rules[cls.code] = cls
        return dict(sorted(rules.items()))

    @cached_property
    def readers(self) -> list[Any]:
        readers: list[Any] = []
        for batch in self._call("tdnlint_readers"):
            readers.extend(batch or [])
        return readers

    @cached_property
    def reporters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for batch in self._call("tdnlint_reporters"):
            out.update(batch or {})
        return out

    @cached_property
    def config_options(self) -> list[Any]:
        out: list[Any] = []
        for batch in self._call("tdnlint_config_options"):
            out.extend(batch or [])
        return out

    @cached_property
    def analysers(self) -> dict[str, Callable[..., Any]]:
        """name -> analyser of every plugin, the engine's own first.  A name already taken (the
        built-in ``segments``, another pack's analysis) is a plugin failure, never a silent override:
        the built-in rules must keep reading the built-in analyses."""
        out: dict[str, Callable[..., Any]] = {}
        owner: dict[str, str] = {}
        for impl in reversed(self.pm.hook.tdnlint_analysers.get_hookimpls()):
            name = self.pm.get_name(impl.plugin) or "?"
            try:
                batch = impl.function() or {}
            except Exception as exc:
                self.failures.append(PluginFailure(name, f"tdnlint_analysers() failed: {exc!r}"))
                continue
            for key, fn in batch.items():
                if key in out and out[key] is not fn:
                    self.failures.append(PluginFailure(name, f"analysis {key!r} already registered by {owner[key]}"))
                    continue
                if not callable(fn):
                    self.failures.append(PluginFailure(name, f"analysis {key!r} is not callable"))
                    continue
                out[key], owner[key] = fn, name
        return out

    @cached_property
    def known_documents(self) -> list[dict]:
        """Entries of packs whose hook takes no argument (or for default settings)."""
        return self.known_documents_for(None)

    def known_documents_for(self, settings: Any) -> list[dict]:
        """``tdnlint_known_documents(settings)`` of every pack, once per settings object."""
        key = id(settings)
        hit = self._known_by_settings.get(key)
        if hit is None or hit[0] is not settings:
            out: list[dict] = []
            for batch in self._call("tdnlint_known_documents", settings=settings):
                out.extend(batch or [])
            hit = self._known_by_settings[key] = (settings, out)
        return hit[1]

    def configure(self, settings: Any) -> None:
        """``tdnlint_configure(settings)``, once per settings object (one per config file in a run)."""
        if any(s is settings for s in self._configured):
            return
        self._configured.append(settings)
        self._call("tdnlint_configure", settings=settings)

    def collect_file(self, path: str) -> bool | None:
        """``tdnlint_collect_file(path)``: the first pack's True/False, or None (no opinion)."""
        for answer in self._call("tdnlint_collect_file", path=path, firstresult=True):
            return bool(answer)
        return None

    def has_hook(self, hook_name: str) -> bool:
        """Whether any plugin implements ``hook_name`` (the engine skips the call otherwise)."""
        return bool(getattr(self.pm.hook, hook_name).get_hookimpls())

    def call_per_document(self, hook_name: str, **kwargs: Any) -> list[tuple[str, BaseException]]:
        """Call a per-document hook; return ``(plugin, exception)`` for each implementation that failed (the
        engine turns them into TDN000 findings on the file)."""
        errors: list[tuple[str, BaseException]] = []
        self._call(hook_name, errors=errors, **kwargs)
        return errors

    def _call(self, hook_name: str, *, errors: list | None = None, firstresult: bool = False,
              **kwargs: Any) -> list[Any]:
        """Call each implementation with the arguments it names (pluggy's argnames: an implementation may take
        fewer than the spec), one by one so one failing plugin is isolated; pluggy's order (last registered
        first).  Failures go to ``errors`` when given, else become plugin failures."""
        results = []
        for impl in getattr(self.pm.hook, hook_name).get_hookimpls()[::-1]:
            try:
                result = impl.function(*(kwargs[a] for a in impl.argnames))
            except Exception as exc:
                name = self.pm.get_name(impl.plugin) or "?"
                if errors is not None:
                    errors.append((name, exc))
                else:
                    self.failures.append(PluginFailure(name, f"{hook_name}() failed: {exc!r}"))
                continue
            if firstresult:
                if result is not None:
                    return [result]
                continue
            results.append(result)
        return results


def load_registry(extra_plugins: list[Any] | None = None, entry_points_enabled: bool = True) -> Registry:
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(TdnlintSpec)
    failures: list[PluginFailure] = []
    from . import builtin

    pm.register(builtin, name="tdnlint")
    if entry_points_enabled:
        for ep in entry_points():
            if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                failures.append(PluginFailure(ep.name, f"cannot load plugin {ep.value}: {exc!r}"))
                continue
            try:
                pm.register(plugin, name=ep.name)
            except Exception as exc:
                failures.append(PluginFailure(ep.name, f"cannot register plugin: {exc!r}"))
    for i, plugin in enumerate(extra_plugins or []):
        if isinstance(plugin, str):
            try:
                plugin = importlib.import_module(plugin)
            except Exception as exc:
                failures.append(PluginFailure(str(plugin), f"cannot import plugin: {exc!r}"))
                continue
        pm.register(plugin, name=getattr(plugin, "__name__", f"extra-{i}"))
    return Registry(pm, failures)
