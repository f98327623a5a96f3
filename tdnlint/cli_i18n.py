"""Vietnamese for the command line itself: option help and click's own messages ("Usage:", "Error: …").

A clerk reads ``tdnlint check --help`` and click's usage errors, so they are Vietnamese by default; English
with ``--lang en`` on the command line or an English locale (``LANG=en_US.UTF-8``).  Click takes its messages
through :mod:`gettext` at call time (module-level ``_``/``ngettext``), so a small catalogue installed on those
names translates them without touching click.
"""

from __future__ import annotations

import os
import sys

# click 8.x message ids -> Vietnamese.  An id that is missing (another click version) stays English.
CLICK_VI = {
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Positional arguments": "Đối số",
    "Show this message and exit.": "Hiện trợ giúp này rồi thoát.",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Xem trợ giúp: '{command} {option}'.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "No such option: {name}": "Không có tùy chọn: {name}",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Missing command.": "Thiếu lệnh.",
    "Missing argument": "Thiếu đối số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Argument {name!r} takes {nargs} values.": "Đối số {name!r} cần {nargs} giá trị.",
    # {number_type} is click's English type name ("integer range"): not repeated in Vietnamese
    "{value!r} is not a valid {number_type}.": "{value!r} không phải là một số hợp lệ.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng {range}.",
    "default: {default}": "mặc định: {default}",
    "Aborted!": "Đã dừng.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} không tồn tại.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} là một thư mục.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} không đọc được.",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
    "file": "tệp",
    "path": "đường dẫn",
    "directory": "thư mục",
    "integer": "số nguyên",
    "float": "số thực",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
}
NGETTEXT_VI = {
    "Got unexpected extra argument ({args})": "Thừa đối số ({args})",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn {name!r} cần {nargs} giá trị.",
    "{value!r} is not {choice}.": "{value!r} không phải {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} không thuộc {choices}.",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "(Possible options: {possibilities})": "(Có thể là: {possibilities})",
}


def ui_lang(argv: list[str] | None = None, environ=None) -> str:
    """"en" with ``--lang en`` (or ``--lang=en``) on the command line or an English locale, else "vi"."""
    argv = sys.argv[1:] if argv is None else argv
    environ = os.environ if environ is None else environ
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "vi"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


def install_click_vietnamese() -> None:
    """Route click's gettext calls through the Vietnamese catalogue (idempotent)."""
    import importlib

    def gettext(message: str) -> str:
        return CLICK_VI.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        if singular in NGETTEXT_VI:
            return NGETTEXT_VI[singular]
        if plural in NGETTEXT_VI:
            return NGETTEXT_VI[plural]
        return singular if n == 1 else plural

    for name in ("core", "exceptions", "formatting", "parser", "types", "decorators", "termui", "utils"):
        try:
            mod = importlib.import_module(f"click.{name}")
        except ImportError:
            continue
        if hasattr(mod, "_"):
            mod._ = gettext
        if hasattr(mod, "ngettext"):
            mod.ngettext = ngettext


# Metavars click builds from names and types ("[OPTIONS]", "COMMAND [ARGS]...", "[PATHS]...", "TEXT",
# "INTEGER RANGE") are not gettext messages: they are set on the command tree itself.
ARGUMENTS_VI = {"paths": "ĐƯỜNG DẪN", "code": "MÃ"}


def _type_metavar_vi(param) -> str | None:
    import click

    t = param.type
    if isinstance(t, click.Choice):
        return None  # "[error|warning|info]": the values themselves
    if isinstance(t, click.Path):
        if t.dir_okay and not t.file_okay:
            return "THƯ MỤC"
        return "TỆP"
    if isinstance(t, (click.types.IntParamType, click.types.FloatParamType)):
        return "SỐ"
    return "CHUỖI"


def localise_command_tree(command, lang: str) -> None:
    """Vietnamese usage line and metavars: ``Cách dùng: tdnlint check [TÙY CHỌN] [ĐƯỜNG DẪN]...``.
    English keeps click's own (``[OPTIONS]``, ``[PATHS]...``)."""
    import click

    if lang != "vi":
        return
    command.options_metavar = "[TÙY CHỌN]"
    if isinstance(command, click.Group):
        command.subcommand_metavar = "LỆNH [ĐỐI SỐ]..."
        for sub in command.commands.values():
            localise_command_tree(sub, lang)
    for param in command.params:
        if param.metavar is not None:
            continue
        if isinstance(param, click.Argument):
            name = ARGUMENTS_VI.get(param.name or "", (param.name or "").upper())
            param.metavar = name if param.required else f"[{name}]"
            if param.nargs != 1:
                param.metavar += "..."
        elif isinstance(param, click.Option) and not param.is_flag:
            param.metavar = _type_metavar_vi(param)
