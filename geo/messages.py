"""Every sentence geo says to a person, keyed by a code, in English and Vietnamese.

An error (see :mod:`geo.errors`) or a report carries a :class:`Msg`: a code and its parameters. The CLI
prints the English text; the app shows the text in the user's language. Texts are templates in
:data:`CATALOGUE`, one entry per code with both languages, so rewording a sentence changes both at
once and a code without a text in either language fails a test (``tests/test_messages.py``).

Templates use :meth:`str.format` fields with a few additions:

- ``{x!q}`` quotes a value: ``'x'`` in English (as Python's repr of text), ``«x»`` in Vietnamese;
- ``{x:stage}`` names a clearance stage (the code in English, its Vietnamese name in Vietnamese);
- ``{x:role}`` / ``{x:roles}`` name a role / a tuple of roles (joined by "or" / "hoặc");
- ``{x:list}`` joins a sequence of values or messages with "; ", ``{x:choices}`` with ", ";
- ``{x:lower}`` renders a sentence as a clause (first letter lower-cased unless an acronym starts it);
- ``{x:num}`` writes a number with the language's separators (1,234.5 / 1.234,5);
- a parameter that is itself a :class:`Msg` is rendered in the same language.

This module imports nothing of geo's at import time (errors import it).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Mapping, Sequence

LANGS = ("en", "vi")


@dataclass(frozen=True)
class Msg:
    """A sentence (or part of one) to show a person: a catalogue code and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        return render(self, lang)

    def __str__(self) -> str:
        return self.text("en")


def msg(code: str, /, **params: Any) -> Msg:
    """A :class:`Msg`; ``msg("store.no_parcel", parcel="p-1")``."""
    return Msg(code, params)


def text_of(value: Any, lang: str = "en") -> str:
    """``value`` as text in ``lang``: a message rendered, anything else as it is."""
    if isinstance(value, Msg):
        return value.text(lang)
    if isinstance(value, (list, tuple)):
        return "; ".join(text_of(v, lang) for v in value)
    return "" if value is None else str(value)


def render(message: Msg, lang: str = "en") -> str:
    """The text of ``message`` in ``lang`` (``en`` or ``vi``)."""
    try:
        template = CATALOGUE[message.code][0 if lang != "vi" else 1]
    except KeyError:
        # A code without a text is a bug that tests catch; never fail while reporting an error.
        return f"{message.code} {dict(message.params)}" if message.params else message.code
    return _Formatter(lang).format(template, **message.params)


def sentence(message: Msg | str, lang: str = "en") -> str:
    """``message`` as a whole sentence: capital first letter, one full stop."""
    text = text_of(message, lang).strip().rstrip(".")
    return (text[:1].upper() + text[1:] + ".") if text else text


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "q":
            text = text_of(value, self.lang)
            return repr(text) if self.lang != "vi" else f"«{text}»"
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        lang = self.lang
        if format_spec == "stage":
            return _stage_name(value, lang)
        if format_spec == "role":
            return _role_name(value, lang)
        if format_spec == "roles":
            return (" hoặc " if lang == "vi" else " or ").join(_role_name(r, lang) for r in value)
        if format_spec == "list":
            return "; ".join(text_of(v, lang) for v in value)
        if format_spec == "choices":
            return ", ".join(text_of(v, lang) for v in value)
        if format_spec == "lower":  # a sentence used as a clause: "row 5: moving from …"
            text = text_of(value, lang).rstrip(".")
            return text if text[:2] == text[:2].upper() else text[:1].lower() + text[1:]
        if format_spec == "num":
            return format_number(value, lang)
        if isinstance(value, (Msg, list, tuple)):
            return text_of(value, lang)
        return super().format_field(value, format_spec)


def format_number(value: Any, lang: str, digits: int | None = None) -> str:
    """A number with thousands separators: 1,234.5 in English, 1.234,5 in Vietnamese."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = float(value)
        except (TypeError, ValueError):
            return str(value)
    if digits is None:
        digits = 0 if float(value).is_integer() else 2
    text = f"{value:,.{digits}f}"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _stage_name(code: Any, lang: str) -> str:
    if lang != "vi":
        return repr(str(code))
    from .stages import STAGE_LABELS  # late: stages imports errors, which imports this module

    return f"«{STAGE_LABELS.get(str(code), (str(code), str(code)))[0]}»"


def _role_name(code: Any, lang: str) -> str:
    entry = CATALOGUE.get(f"role.{code}")
    return entry[0 if lang != "vi" else 1] if entry else str(code)


def codes_in(template: str) -> set[str]:
    """The parameter names a template uses (for the catalogue's own test)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


# Each entry: code -> (English, Vietnamese). Sections by concept; keep codes sorted within a section.
CATALOGUE: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ words and places
    "role.investor": ("investor", "nhà đầu tư"),
    "role.planner": ("planner", "cán bộ quy hoạch"),
    "role.officer": ("officer", "cán bộ địa chính"),
    "role.admin": ("admin", "quản trị"),
    "where.row": ("row {n}", "dòng {n}"),
    "where.feature": ("feature {n}", "đối tượng {n}"),
    "where.parcel": ("parcel {parcel}", "lô {parcel}"),
    "where.item": ("{where}: {what:lower}", "{where}: {what:lower}"),
    "refused.more": ("; and {n} more", "; và {n} mục khác"),
    "refused.changes": (
        "{n} of {total} changes were refused and nothing was saved: {items:list}{more}",
        "{n} trên {total} thay đổi bị từ chối, không có gì được lưu: {items:list}{more}",
    ),
    "refused.rows": (
        "{n} of {total} rows of {source} were refused and nothing was imported: {items:list}{more}",
        "{n} trên {total} dòng của {source} bị từ chối, không có gì được nhập: {items:list}{more}",
    ),
    "refused.features": (
        "{n} of {total} features of {source} were refused and nothing was imported: {items:list}{more}",
        "{n} trên {total} đối tượng của {source} bị từ chối, không có gì được nhập: {items:list}{more}",
    ),
    # ------------------------------------------------------------------ general
    "general.unexpected": (
        "Something went wrong on the server; the details are in its log",
        "Máy chủ gặp lỗi; chi tiết đã được ghi vào nhật ký máy chủ",
    ),
    "settings.bad_integer": (
        "{name} is {value!q}; it must be a whole number of at least {minimum}",
        "{name} là {value!q}; phải là số nguyên không nhỏ hơn {minimum}",
    ),
    "time.not_a_date": (
        "The {what} {value!q} is not a date (use YYYY-MM-DD)",
        "{what} {value!q} không phải ngày hợp lệ (dùng YYYY-MM-DD)",
    ),
    "time.in_future": ("The {what} {value!q} is in the future", "{what} {value!q} ở tương lai"),
    "time.what.date": ("date", "Ngày"),
    "time.what.event_date": ("event date", "Ngày của sự kiện"),
    # ------------------------------------------------------------------ clearance stages (geo.stages)
    "stage.unknown": (
        "Unknown clearance stage {stage!q}; use one of: {choices:choices}",
        "Không có giai đoạn GPMB {stage!q}; dùng một trong: {choices:choices}",
    ),
    "stage.unknown_label": (
        "Unknown clearance stage label {label!q}",
        "Không nhận ra giai đoạn GPMB {label!q}",
    ),
    "stage.already_there": (
        "The parcel is already at stage {stage:stage}; nothing to change",
        "Thửa đất đang ở giai đoạn {stage:stage}; không có gì để thay đổi",
    ),
    "stage.skip_needs_note": (
        "Moving from {from_stage:stage} to {to_stage:stage} skips a stage; give a note that says why",
        "Chuyển từ {from_stage:stage} sang {to_stage:stage} là bỏ qua giai đoạn; hãy ghi chú lý do",
    ),
    "stage.back_needs_note": (
        "Moving from {from_stage:stage} to {to_stage:stage} goes back; give a note that says why",
        "Chuyển từ {from_stage:stage} về {to_stage:stage} là lùi giai đoạn; hãy ghi chú lý do",
    ),
    # ------------------------------------------------------------------ users, roles, sign-in (geo.users)
    "user.bad_name": (
        "User name {name!q} is not valid: use 1–64 letters, digits, '.', '_', '-' or '@'",
        "Tên đăng nhập {name!q} không hợp lệ: dùng 1–64 chữ cái, chữ số, '.', '_', '-' hoặc '@'",
    ),
    "user.unknown_role": (
        "Unknown role {role!q}; use one of: {choices:choices}",
        "Không có vai trò {role!q}; dùng một trong: {choices:choices}",
    ),
    "user.password_too_short": (
        "The password must have at least {n} characters",
        "Mật khẩu phải có ít nhất {n} ký tự",
    ),
    "user.not_known": (
        "User {name!q} is not a known user and may not {action}",
        "{name!q} không phải người dùng của hệ thống nên không được {action}",
    ),
    "user.anonymous": (
        "An anonymous user may not {action}",
        "Người chưa đăng nhập không được {action}",
    ),
    "user.deactivated_may_not": (
        "User {name!q} is deactivated and may not {action}",
        "Tài khoản {name!q} đã bị khóa nên không được {action}",
    ),
    "user.wrong_role": (
        "User {name!q} is a {role:role} and may not {action}; that needs the role {needs:roles}",
        "Người dùng {name!q} là {role:role}, không được {action}; việc này cần vai trò {needs:roles}",
    ),
    "action.sign_in": ("sign in", "đăng nhập"),
    "action.manage_users": ("manage users", "quản lý người dùng"),
    "action.reset_passwords": ("reset other users' passwords", "đặt lại mật khẩu của người khác"),
    "action.edit_clearance": ("change clearance data", "thay đổi dữ liệu GPMB"),
    "action.import": ("import into {layer}", "nhập dữ liệu vào lớp {layer}"),
    "action.read_personal": ("read personal fields", "xem thông tin cá nhân"),
    # ------------------------------------------------------------------ store (geo.store)
    "migrate.created_meanwhile": (
        "The store {url} was created by another process meanwhile; nothing was copied",
        "Kho dữ liệu {url} vừa được một tiến trình khác tạo ra trong lúc đó; chưa sao chép gì",
    ),
    "migrate.destination_exists": (
        "The store {url} exists already; migrate copies into a new, empty store",
        "Kho dữ liệu {url} đã có; lệnh migrate chỉ sao chép vào một kho mới, còn trống",
    ),
    "migrate.kept_changing": (
        "The store {url} kept changing while it was being read; stop the app and try again",
        "Kho dữ liệu {url} liên tục thay đổi trong lúc đọc; hãy dừng ứng dụng rồi thử lại",
    ),
    "migrate.no_source": (
        "The store {url} does not exist; there is nothing to copy",
        "Kho dữ liệu {url} không tồn tại; không có gì để sao chép",
    ),
    "migrate.users_not_copied": (
        "The new store {url} has its layers and history but its users could not be copied ({reason}); "
        "remove it and run the migration again",
        "Kho mới {url} đã có các lớp dữ liệu và lịch sử nhưng không sao chép được người dùng ({reason}); "
        "hãy xóa kho này rồi chạy lại việc chuyển dữ liệu",
    ),
    "store.admin_exists": (
        "The store has an admin already; name an active admin (--by) to manage users",
        "Kho dữ liệu đã có quản trị viên; hãy nêu tên một quản trị viên đang hoạt động (--by) để quản lý người dùng",
    ),
    "store.at_time": ("at {at}", "lúc {at}"),
    "store.block_needs_reason": ("Blocking a parcel needs a reason", "Đánh dấu lô đất vướng mắc cần ghi lý do"),
    "store.busy": (
        "The store is busy with another write (waited {seconds:num} s); try again",
        "Kho dữ liệu đang bận với một thao tác ghi khác (đã chờ {seconds:num} giây); hãy thử lại",
    ),
    "store.cannot_create": (
        "Cannot create the store at {path} ({reason})",
        "Không tạo được kho dữ liệu tại {path} ({reason})",
    ),
    "store.cannot_open": ("The store {path} cannot be opened ({reason})", "Không mở được kho dữ liệu {path} ({reason})"),
    "store.changed_while_saving": (
        "Parcel {parcel} changed while it was being saved; reload it and try again",
        "Lô {parcel} vừa thay đổi trong lúc lưu; hãy tải lại rồi thử lại",
    ),
    "store.changes_nothing": ("The change changes nothing", "Thay đổi này không làm thay đổi gì"),
    "store.conflict": (
        "Parcel {parcel} was changed by {by} {when} (it is now at version {version}, not {expected}); "
        "reload it and try again",
        "Lô {parcel} vừa được {by} thay đổi {when} (nay là phiên bản {version}, không phải {expected}); "
        "hãy tải lại rồi thử lại",
    ),
    "store.deactivate_self": (
        "An admin cannot deactivate their own account",
        "Quản trị viên không thể tự khóa tài khoản của mình",
    ),
    "store.first_user_admin": (
        "The first user of a store must be an admin (--role admin)",
        "Người dùng đầu tiên của kho dữ liệu phải là quản trị viên (--role admin)",
    ),
    "store.in_file": ("{source}, {label}", "{source}, {label}"),
    "store.is_folder": ("{path} is a folder, not a GeoPackage file", "{path} là thư mục, không phải tệp GeoPackage"),
    "store.missing": (
        "The store {path} does not exist yet; run `python -m geo init` first",
        "Chưa có kho dữ liệu {path}; hãy chạy `python -m geo init` trước",
    ),
    "store.named_twice": ("Parcel {parcel!q} is named twice", "Lô {parcel!q} xuất hiện hai lần"),
    "store.new_feature_needs_field": (
        "Field {field!q} is required for a new feature",
        "Đối tượng mới cần có trường {field!q}",
    ),
    "store.no_changes": ("No changes were given", "Không có thay đổi nào"),
    "store.no_field": ("Layer {layer} has no field {field!q}", "Lớp {layer} không có trường {field!q}"),
    "store.no_parcel": ("No parcel with id {parcel!q}", "Không có lô đất mã {parcel!q}"),
    "store.no_user": ("No user {name!q}", "Không có người dùng {name!q}"),
    "store.not_gpkg": ("{path} is not a GeoPackage (or SQLite) file", "{path} không phải tệp GeoPackage (hay SQLite)"),
    "store.not_siteready": (
        "{path} is a GeoPackage but not a SiteReady store",
        "{path} là tệp GeoPackage nhưng không phải kho dữ liệu SiteReady",
    ),
    "store.pg_bad_url": (
        "The store URL is not a valid PostgreSQL URL: {reason}",
        "Địa chỉ kho dữ liệu không phải URL PostgreSQL hợp lệ: {reason}",
    ),
    "store.pg_busy": (
        "The PostGIS store at {where} is busy: another write held it for more than {seconds:num} s; try again",
        "Kho PostGIS tại {where} đang bận: một thao tác ghi khác đã giữ kho quá {seconds:num} giây; hãy thử lại",
    ),
    "store.pg_cannot_connect": (
        "Cannot connect to the PostGIS store at {where}: {reason}",
        "Không kết nối được tới kho PostGIS tại {where}: {reason}",
    ),
    "store.pg_cannot_set_up": (
        "Cannot set up a connection to the PostGIS store at {where}: {reason}",
        "Không thiết lập được kết nối tới kho PostGIS tại {where}: {reason}",
    ),
    "store.pg_failed": ("The PostGIS store at {where} failed: {reason}", "Kho PostGIS tại {where} gặp lỗi: {reason}"),
    "store.pg_no_postgis": (
        "The database {where} lacks the postgis extension and this role may not create it; "
        "run `CREATE EXTENSION postgis;` in it as a superuser, then init again",
        "Cơ sở dữ liệu {where} chưa có phần mở rộng postgis và vai trò này không được tạo nó; "
        "hãy chạy `CREATE EXTENSION postgis;` trong đó bằng tài khoản superuser rồi chạy init lại",
    ),
    "store.pg_no_store": (
        "The PostGIS database {where} holds no SiteReady store in schema {schema}{detail}; "
        "run `python -m geo init` first",
        "Cơ sở dữ liệu PostGIS {where} không có kho SiteReady trong schema {schema}{detail}; "
        "hãy chạy `python -m geo init` trước",
    ),
    "store.pg_refused": (
        "The PostGIS store at {where} refused the operation: {reason}",
        "Kho PostGIS tại {where} từ chối thao tác: {reason}",
    ),
    "store.pg_unavailable": (
        "The PostGIS store is not available here: {reason}",
        "Máy này không dùng được kho PostGIS: {reason}",
    ),
    "store.read_only": (
        "The store file is read-only for this user; nothing was written",
        "Người dùng này chỉ có quyền đọc tệp kho dữ liệu; chưa ghi gì",
    ),
    "store.row_of": ("{label} ({id})", "{label} ({id})"),
    "store.seed_crs": (
        "Layer {layer} must be in EPSG:4326 to seed a store",
        "Lớp {layer} phải ở hệ tọa độ EPSG:4326 mới nạp được vào kho dữ liệu mới",
    ),
    "store.seed_events_row": ("row {n} of the clearance history", "dòng {n} của lịch sử GPMB"),
    "store.seed_unknown_layer": ("Unknown layer {layer!q}", "Không có lớp {layer!q}"),
    "store.someone": ("someone", "người khác"),
    "store.unknown_lease_status": (
        "Unknown lease status {status!q}; use one of: {choices:choices}",
        "Không có tình trạng cho thuê {status!q}; dùng một trong: {choices:choices}",
    ),
    "store.unknown_time": ("at an unknown time", "vào lúc không rõ"),
    "store.user_exists": ("User {name!q} exists already", "Người dùng {name!q} đã có"),
    "store.wrong_password": ("Wrong user name or password", "Sai tên đăng nhập hoặc mật khẩu"),
    # ------------------------------------------------------------------ imports (geo.imports, geo.io)
    # ------------------------------------------------------------------ schema and layers (geo.schema)
    # ------------------------------------------------------------------ CLI, CRS, search, synth, migrate
    "crs.unknown": (
        "{text!q} is not a coordinate reference system PROJ knows (try EPSG:5897)",
        "{text!q} không phải hệ tọa độ mà PROJ biết (thử EPSG:5897)",
    ),
}


#: Most items listed in one refusal before "and N more".
MAX_LISTED = 20


def where(place: Msg | str | None, what: Msg) -> Msg:
    """``what`` said of a place ("row 5: …"); just ``what`` when there is no place."""
    return msg("where.item", where=place, what=what) if place else what


def refusal(items: Sequence[Msg], total: int, code: str = "refused.changes", **params: Any) -> Msg:
    """One message for a bulk refusal: the only item itself, or "N of M … were refused: a; b; … and K more"."""
    if len(items) == 1 and total == 1:
        return items[0]
    shown = list(items[:MAX_LISTED])
    more = msg("refused.more", n=len(items) - MAX_LISTED) if len(items) > MAX_LISTED else ""
    return msg(code, n=len(items), total=total, items=shown, more=more, **params)


def check_catalogue(codes: Sequence[str] | None = None) -> list[str]:
    """Problems with the catalogue: a text missing in a language, or parameters that differ between them."""
    problems = []
    for code in codes if codes is not None else CATALOGUE:
        entry = CATALOGUE.get(code)
        if entry is None:
            problems.append(f"{code}: no text")
            continue
        if len(entry) != 2 or not all(isinstance(t, str) and t.strip() for t in entry):
            problems.append(f"{code}: a text is missing in a language")
            continue
        en, vi = (codes_in(t) for t in entry)
        if en != vi:
            problems.append(f"{code}: parameters differ ({sorted(en)} vs {sorted(vi)})")
    return problems
