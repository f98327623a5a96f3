"""Configuration: ``[tool.tdnlint]`` in pyproject.toml or a ``.tdnlint.toml``.

The nearest config file upward from each checked file applies (like ruff).
Keys may be written kebab-case or snake_case.  Unknown keys, unknown rule
codes and bad values are errors naming the key and the file.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .findings import Severity

PROFILES = ("auto", "state", "party", "mttq")
LANGS = ("vi", "en")


class ConfigError(Exception):
    pass


@dataclass
class ConfigOption:
    """An extra config key contributed by a plugin (hook ``tdnlint_config_options``)."""

    name: str
    type: type | tuple[type, ...] = str
    default: Any = None
    help: str = ""


@dataclass
class Settings:
    select: list[str] | None = None  # None: all rules
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # code -> error|warning|info|off
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    profile: str = "auto"
    lang: str = "vi"
    extra_words: list[str] = field(default_factory=list)
    ignore_words: list[str] = field(default_factory=list)
    word_list: str | None = None
    known_documents: list[dict] = field(default_factory=list)
    fail_on: str = "warning"
    plugin_options: dict[str, Any] = field(default_factory=dict)
    source: str | None = None  # config file these settings came from
    root: str | None = None  # directory of that file (per-file-ignores are relative to it)

    def option(self, name: str, default: Any = None) -> Any:
        return self.plugin_options.get(name, default)


_KEYS = {
    "select": list,
    "extend_select": list,
    "ignore": list,
    "severity": dict,
    "per_file_ignores": dict,
    "profile": str,
    "lang": str,
    "extra_words": list,
    "ignore_words": list,
    "word_list": str,
    "known_documents": list,
    "fail_on": str,
}


def _norm_key(key: str) -> str:
    return key.replace("-", "_")


def find_config(start: Path) -> tuple[Path, dict] | None:
    """Nearest ``.tdnlint.toml`` or pyproject.toml with ``[tool.tdnlint]`` at or above ``start``."""
    d = start if start.is_dir() else start.parent
    d = d.resolve()
    for directory in (d, *d.parents):
        dedicated = directory / ".tdnlint.toml"
        if dedicated.is_file():
            return dedicated, load_toml(dedicated)
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            data = load_toml(pyproject)
            section = data.get("tool", {}).get("tdnlint")
            if section is not None:
                return pyproject, {"tool": {"tdnlint": section}}
    return None


# A config is a few lines and a word list a few thousand words; far larger files are a mistake (a binary
# or a whole dictionary), refused with a clear message instead of minutes and gigabytes.
MAX_CONFIG_BYTES = 1024 * 1024
MAX_WORD_LIST_BYTES = 5 * 1024 * 1024
MAX_WORD_LIST_ENTRIES = 200_000


def load_toml(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: tệp cấu hình quá lớn (tối đa {MAX_CONFIG_BYTES // 1024} KB)")
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: không đọc được TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: không phải văn bản UTF-8 (byte lỗi ở vị trí {exc.start}); "
                          "hãy lưu lại tệp với mã hóa UTF-8") from None
    except RecursionError:
        raise ConfigError(f"{path}: không đọc được TOML: bảng/mảng lồng nhau quá sâu") from None
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror or exc}") from None


def section_of(path: Path, data: dict) -> dict:
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("tdnlint", {})
    # .tdnlint.toml: top-level keys, or a [tool.tdnlint] table
    if "tool" in data and isinstance(data["tool"], dict) and "tdnlint" in data["tool"]:
        return data["tool"]["tdnlint"]
    return data


def parse_settings(
    section: dict,
    source: str,
    known_codes: set[str],
    plugin_options: list[ConfigOption] | None = None,
) -> Settings:
    settings = Settings(source=source, root=str(Path(source).parent))
    extra = {_norm_key(o.name): o for o in (plugin_options or [])}
    for o in extra.values():
        settings.plugin_options[o.name] = o.default
    for raw_key, value in section.items():
        key = _norm_key(raw_key)
        where = f"{source}: khóa '{raw_key}'"
        if key in extra:
            opt = extra[key]
            if not isinstance(value, opt.type):
                raise ConfigError(f"{where}: giá trị phải có kiểu {_type_name(opt.type)}")
            settings.plugin_options[opt.name] = value
            continue
        if key not in _KEYS:
            raise ConfigError(f"{where}: khóa không hợp lệ (unknown key)")
        expected = _KEYS[key]
        if not isinstance(value, expected):
            raise ConfigError(f"{where}: giá trị phải là {_type_name(expected)}")
        if key in ("select", "extend_select", "ignore"):
            _check_codes(value, known_codes, where)
            setattr(settings, key, [str(v).upper() for v in value])
        elif key == "severity":
            sev = {}
            for code, level in value.items():
                _check_codes([code], known_codes, f"{where}.{code}")
                if level not in ("error", "warning", "info", "off"):
                    raise ConfigError(f"{where}.{code}: mức '{level}' không hợp lệ (error, warning, info, off)")
                sev[code.upper()] = level
            settings.severity = sev
        elif key == "per_file_ignores":
            pfi = {}
            for pattern, codes in value.items():
                if not isinstance(codes, list):
                    raise ConfigError(f"{where}.{pattern}: phải là danh sách mã quy tắc")
                _check_codes(codes, known_codes, f"{where}.{pattern}")
                pfi[pattern] = [c.upper() for c in codes]
            settings.per_file_ignores = pfi
        elif key == "profile":
            if value not in PROFILES:
                raise ConfigError(f"{where}: '{value}' không hợp lệ ({', '.join(PROFILES)})")
            settings.profile = value
        elif key == "lang":
            if value not in LANGS:
                raise ConfigError(f"{where}: '{value}' không hợp lệ (vi, en)")
            settings.lang = value
        elif key == "fail_on":
            if value not in ("error", "warning", "info"):
                raise ConfigError(f"{where}: '{value}' không hợp lệ (error, warning, info)")
            settings.fail_on = value
        elif key == "word_list":
            p = Path(source).parent / value
            if not p.is_file():
                raise ConfigError(f"{where}: không tìm thấy tệp từ điển {p}")
            settings.word_list = str(p)
            settings.extra_words = settings.extra_words + _read_word_list(p)
        elif key in ("extra_words", "ignore_words"):
            setattr(settings, key, getattr(settings, key) + [str(v) for v in value])
        elif key == "known_documents":
            from .analysis.registry import make_entry

            for i, entry in enumerate(value):
                if not isinstance(entry, dict) or "symbol" not in entry:
                    raise ConfigError(f"{where}[{i}]: mỗi mục cần có 'symbol'")
                try:  # an unreadable symbol or date is a config error, not a silent no-op
                    make_entry(entry)
                except (ValueError, TypeError) as exc:
                    raise ConfigError(f"{where}[{i}]: {exc}") from None
            settings.known_documents = list(value)
    return settings


def _read_word_list(path: Path) -> list[str]:
    try:
        size = path.stat().st_size
        if size > MAX_WORD_LIST_BYTES:
            raise ConfigError(f"{path}: tệp từ điển quá lớn ({size // (1024 * 1024)} MB; "
                              f"tối đa {MAX_WORD_LIST_BYTES // (1024 * 1024)} MB)")
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: tệp từ điển không phải văn bản UTF-8 (byte lỗi ở vị trí {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: không đọc được tệp từ điển: {exc.strerror or exc}") from None
    if "\x00" in text:
        raise ConfigError(f"{path}: tệp từ điển là tệp nhị phân (có byte NUL), không phải danh sách từ")
    words = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line)
            if len(words) > MAX_WORD_LIST_ENTRIES:
                raise ConfigError(f"{path}: tệp từ điển có quá nhiều mục (tối đa {MAX_WORD_LIST_ENTRIES:,} từ)"
                                  .replace(",", "."))
    return words


def _type_name(t: Any) -> str:
    names = {list: "danh sách (list)", dict: "bảng (table)", str: "chuỗi (string)", bool: "true/false", int: "số"}
    if isinstance(t, tuple):
        return " hoặc ".join(names.get(x, x.__name__) for x in t)
    return names.get(t, t.__name__)


def _check_codes(codes: list, known_codes: set[str], where: str) -> None:
    for code in codes:
        if not isinstance(code, str):
            raise ConfigError(f"{where}: mã quy tắc phải là chuỗi")
        if not code_prefix_known(code, known_codes):
            raise ConfigError(f"{where}: mã quy tắc không tồn tại: {code}")


def code_prefix_known(code: str, known_codes: set[str]) -> bool:
    c = code.upper()
    if c == "ALL":
        return True
    return any(k.startswith(c) for k in known_codes)


def matches(code: str, prefixes: list[str]) -> bool:
    return any(p == "ALL" or code.startswith(p) for p in prefixes)


def _longest(code: str, prefixes: list[str]) -> int:
    """Length of the most specific prefix in ``prefixes`` matching ``code`` (-1: none; ALL counts as 0)."""
    best = -1
    for p in prefixes:
        if p == "ALL":
            best = max(best, 0)
        elif code.startswith(p):
            best = max(best, len(p))
    return best


def enabled_codes(settings: Settings, all_codes: list[str]) -> set[str]:
    """Ruff semantics: the most specific matching prefix decides; on a tie, ignore wins."""
    base = settings.select if settings.select is not None else ["ALL"]
    selectors = base + settings.extend_select
    chosen = set()
    for c in all_codes:
        on = _longest(c, selectors)
        if on < 0 or _longest(c, settings.ignore) >= on:
            continue
        if _severity_level(settings, c) == "off":
            continue
        chosen.add(c)
    return chosen


def _severity_level(settings: Settings, code: str) -> str | None:
    """Configured level for ``code``: exact entry, else the longest prefix entry (``TDN7 = "error"``)."""
    level = settings.severity.get(code)
    if level is not None:
        return level
    best = None
    for k, v in settings.severity.items():
        if code.startswith(k) and (best is None or len(k) > len(best[0])):
            best = (k, v)
    return best[1] if best else None


def ignored_for_file(settings: Settings, path: str) -> list[str]:
    if not settings.per_file_ignores:
        return []
    p = Path(path)
    rel_candidates = [p.as_posix(), p.name]
    if settings.root:
        try:
            rel_candidates.append(p.resolve().relative_to(Path(settings.root).resolve()).as_posix())
        except ValueError:
            pass
    out: list[str] = []
    for pattern, codes in settings.per_file_ignores.items():
        if any(fnmatch.fnmatch(c, pattern) for c in rel_candidates):
            out.extend(codes)
    return out


def effective_severity(settings: Settings, code: str, default: Severity) -> Severity:
    level = _severity_level(settings, code)
    if level is None or level == "off":
        return default
    return Severity(level)


def merge_cli(settings: Settings, **overrides: Any) -> Settings:
    """Command-line options win over the config file (ruff semantics for select/ignore)."""
    changes = {}
    for key, value in overrides.items():
        if value is None:
            continue
        if key == "extend_select":
            changes[key] = settings.extend_select + value
        elif key == "ignore":
            changes[key] = settings.ignore + value
        else:
            changes[key] = value
    return replace(settings, **changes)
