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
    try:
        return _Formatter(lang).format(template, **message.params)
    except (KeyError, IndexError, ValueError, TypeError):
        # A parameter missing or of the wrong kind: still say something true rather than lose the error.
        return f"{message.code} {dict(message.params)}"


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


def params_in(template: str) -> set[str]:
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
    "where.parcel": ("parcel {parcel}", "thửa {parcel}"),
    "where.plot": ("plot {plot}", "lô {plot}"),
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
    "target.bad_area": (
        "The target area {value!q} is not a number of hectares above zero",
        "Diện tích mục tiêu {value!q} không phải số héc-ta lớn hơn 0",
    ),
    "target.no_zone": ("There is no zone {zone!q}", "Không có khu {zone!q}"),
    "forecast.no_zone": ("There is no zone {zone!q} to forecast", "Không có khu {zone!q} để dự báo"),
    "target.none_set": ("Zone {zone!q} has no target of its own", "Khu {zone!q} chưa có mục tiêu riêng"),
    "time.what.date": ("date", "Ngày"),
    "time.what.event_date": ("event date", "Ngày của sự kiện"),
    "time.what.as_of": ("as-of date", "Ngày xem"),
    "time.what.since": ("start date", "Ngày đầu"),
    "time.what.until": ("end date", "Ngày cuối"),
    "time.what.target_date": ("target date", "Ngày mục tiêu"),
    "time.unknown_basis": (
        "{basis!q} is not a way to read the history; use one of {choices:choices}",
        "{basis!q} không phải cách đọc lịch sử; dùng một trong {choices:choices}",
    ),
    # ------------------------------------------------------------------ file types (geo.filetypes, geo.gdalread)
    "file.not_what_it_claims": (
        "File {name} is named as {claimed} but its content is {actual}; it was not opened",
        "Tệp {name} mang tên của tệp {claimed} nhưng nội dung là {actual}; tệp không được mở",
    ),
    "file.kml_links_out": (
        "File {name} links to other documents (a KML NetworkLink); SiteReady reads only self-contained KML",
        "Tệp {name} liên kết tới tài liệu khác (KML NetworkLink); SiteReady chỉ đọc tệp KML tự chứa",
    ),
    "file.reader_failed": (
        "File {name} could not be read: the reader stopped ({why})",
        "Không đọc được tệp {name}: trình đọc bị dừng ({why})",
    ),
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
    "password.too_short": (
        "The password must have at least {min} characters",
        "Mật khẩu phải có ít nhất {min} ký tự",
    ),
    "password.too_long": (
        "The password may have at most {max} characters",
        "Mật khẩu chỉ được dài tối đa {max} ký tự",
    ),
    "password.common": (
        "The password is one of the most common passwords; choose a longer phrase of your own",
        "Mật khẩu này nằm trong danh sách mật khẩu phổ biến nhất; hãy chọn một cụm từ dài của riêng bạn",
    ),
    "password.repetitive": (
        "The password is a repeated or sequential pattern; choose a longer phrase of your own",
        "Mật khẩu là chuỗi lặp lại hoặc liên tiếp; hãy chọn một cụm từ dài của riêng bạn",
    ),
    "password.like_username": (
        "The password is too close to the user name",
        "Mật khẩu quá giống tên đăng nhập",
    ),
    "password.guessable": (
        "The password is built on a word guessers try first (the app's, the province's or 'password')",
        "Mật khẩu dựa trên một từ dễ đoán (tên ứng dụng, tên tỉnh hoặc 'mật khẩu')",
    ),
    "signin.wait": (
        "Too many failed sign-ins; wait {seconds} s before trying again",
        "Đăng nhập sai quá nhiều lần; hãy chờ {seconds} giây rồi thử lại",
    ),
    "signin.locked": (
        "Too many failed sign-ins: sign-in is locked for {minutes} min",
        "Đăng nhập sai quá nhiều lần: tạm khóa đăng nhập trong {minutes} phút",
    ),
    "signin.deactivated": (
        "This account is deactivated; an admin can activate it again",
        "Tài khoản này đã bị khóa; quản trị viên có thể mở lại",
    ),
    "signin.busy": (
        "The server is busy checking other sign-ins; try again in a moment",
        "Máy chủ đang bận kiểm tra các lượt đăng nhập khác; hãy thử lại sau giây lát",
    ),
    "action.sign_in": ("sign in", "đăng nhập"),
    "action.manage_users": ("manage users", "quản lý người dùng"),
    "action.reset_passwords": ("reset other users' passwords", "đặt lại mật khẩu của người khác"),
    "action.edit_clearance": ("change clearance data", "thay đổi dữ liệu GPMB"),
    "action.edit_plot": ("change what a plot offers", "thay đổi tình trạng cho thuê và hạ tầng của lô"),
    "action.set_target": ("set a zone's clearance target", "đặt mục tiêu GPMB của khu"),
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
    "store.block_needs_reason": ("Blocking a parcel needs a reason", "Đánh dấu thửa đất vướng mắc cần ghi lý do"),
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
        "Thửa {parcel} vừa thay đổi trong lúc lưu; hãy tải lại rồi thử lại",
    ),
    "store.changes_nothing": ("The change changes nothing", "Thay đổi này không làm thay đổi gì"),
    "store.conflict": (
        "Parcel {parcel} was changed by {by} {when} (it is now at version {version}, not {expected}); "
        "reload it and try again",
        "Thửa {parcel} vừa được {by} thay đổi {when} (nay là phiên bản {version}, không phải {expected}); "
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
    "store.named_twice": ("Parcel {parcel!q} is named twice", "Thửa {parcel!q} xuất hiện hai lần"),
    "store.new_feature_needs_field": (
        "Field {field!q} is required for a new feature",
        "Đối tượng mới cần có trường {field!q}",
    ),
    "store.no_changes": ("No changes were given", "Không có thay đổi nào"),
    "store.no_field": ("Layer {layer} has no field {field!q}", "Lớp {layer} không có trường {field!q}"),
    "store.no_plot": ("No plot with id {plot!q}", "Không có lô mã {plot!q}"),
    "store.plot_named_twice": ("Plot {plot!q} is named twice", "Lô {plot!q} xuất hiện hai lần"),
    "store.plot_changed_while_saving": (
        "Plot {plot} changed while saving; reload and try again",
        "Lô {plot} vừa thay đổi trong lúc lưu; hãy tải lại rồi thử lại",
    ),
    "store.plot_conflict": (
        "Plot {plot} was changed by {by} meanwhile (now version {version}); reload it and try again",
        "Lô {plot} vừa được {by} thay đổi (nay là phiên bản {version}); hãy tải lại rồi thử lại",
    ),
    "store.no_parcel": ("No parcel with id {parcel!q}", "Không có thửa đất mã {parcel!q}"),
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
    "store.read_url_needs_postgis": (
        "A read replica (SITEREADY_READ_DB) needs a PostGIS store, and {path} is a GeoPackage; "
        "unset SITEREADY_READ_DB or point SITEREADY_DB at the PostGIS primary",
        "Bản sao chỉ đọc (SITEREADY_READ_DB) chỉ dùng được với kho PostGIS, mà {path} là tệp GeoPackage; "
        "hãy bỏ SITEREADY_READ_DB hoặc đặt SITEREADY_DB là máy chủ PostGIS chính",
    ),
    "store.read_url_not_postgres": (
        "SITEREADY_READ_DB must be the postgresql:// URL of a hot standby of the PostGIS store",
        "SITEREADY_READ_DB phải là địa chỉ postgresql:// của một máy chủ dự phòng (hot standby) của kho PostGIS",
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
    "imports.and": ("{a} and {b}", "{a} và {b}"),
    "imports.rows": ("rows", "dòng"),
    "imports.features": ("features", "đối tượng"),
    "imports.which_rows": ("rows {n:choices}", "các dòng {n:choices}"),
    "imports.which_features": ("features {n:choices}", "các đối tượng {n:choices}"),
    # reading a file (geo.imports.sources)
    "imports.no_file": ("File {name} does not exist", "Không có tệp {name}"),
    "imports.empty_file": ("File {name} is empty", "Tệp {name} rỗng"),
    "imports.file_too_big": (
        "File {name} is {mb} MB; the limit is {limit} MB",
        "Tệp {name} nặng {mb} MB; giới hạn là {limit} MB",
    ),
    "imports.lone_shp": (
        "File {name} is a lone .shp: upload the Shapefile zipped with its .shx, .dbf and .prj",
        "Tệp {name} chỉ có .shp: hãy nén Shapefile cùng các tệp .shx, .dbf và .prj",
    ),
    "imports.unknown_format": (
        "File {name} is not a format SiteReady reads (GeoJSON, GeoPackage, zipped Shapefile, KML, CSV or XLSX)",
        "Tệp {name} không thuộc định dạng SiteReady đọc được (GeoJSON, GeoPackage, Shapefile nén, KML, CSV hoặc XLSX)",
    ),
    "imports.unreadable_geo": (
        "File {name} could not be read as geographic data ({why})",
        "Không đọc được tệp {name} (tệp hỏng hoặc sai định dạng: {why})",
    ),
    "imports.unreadable_table": (
        "File {name} could not be read as a table ({why})",
        "Không đọc được tệp {name} dưới dạng bảng ({why})",
    ),
    "imports.binary_table": (
        "File {name} is not a text table (it holds binary data)",
        "Tệp {name} không phải bảng văn bản (chứa dữ liệu nhị phân)",
    ),
    "imports.no_layers": ("File {name} has no layers", "Tệp {name} không có lớp dữ liệu nào"),
    "imports.no_such_layer": (
        "File {name} has no layer {layer!q} (it has {layers:choices})",
        "Tệp {name} không có lớp {layer!q} (tệp có: {layers:choices})",
    ),
    "imports.no_features": ("File {name} has no features", "Tệp {name} không có đối tượng nào"),
    "imports.no_rows": ("File {name} has no rows", "Tệp {name} không có dòng nào"),
    "imports.too_many_features": (
        "File {name} has {n} features; the limit is {limit}",
        "Tệp {name} có {n} đối tượng; giới hạn là {limit}",
    ),
    "imports.too_many_rows": (
        "File {name} has {n} rows; the limit is {limit}",
        "Tệp {name} có {n} dòng; giới hạn là {limit}",
    ),
    "imports.not_wkt": (
        "File {name}: column {column!q} does not hold WKT geometries",
        "Tệp {name}: cột {column!q} không chứa hình học WKT",
    ),
    "imports.not_a_number": (
        "File {name}, row {n}: {column} {value!q} is not a number",
        "Tệp {name}, dòng {n}: {column} {value!q} không phải là số",
    ),
    # archives (geo.imports.archives)
    "imports.bad_zip": ("File {name} is not a valid zip archive", "Tệp {name} không phải tệp nén zip hợp lệ"),
    "imports.archive_too_many": (
        "Archive {name} holds {n} files; the limit is {limit}",
        "Tệp nén {name} chứa {n} tệp; giới hạn là {limit}; không giải nén",
    ),
    "imports.archive_unsafe_path": (
        "Archive {name} contains an unsafe path ({path!q}); it was not extracted",
        "Tệp nén {name} chứa đường dẫn không an toàn ({path!q}); không giải nén",
    ),
    "imports.archive_encrypted": ("Archive {name} is encrypted", "Tệp nén {name} có mật khẩu; không giải nén"),
    "imports.archive_too_large": (
        "Archive {name} would unpack to more than {gb} GB; it was not extracted",
        "Tệp nén {name} khi giải nén sẽ vượt quá {gb} GB; không giải nén",
    ),
    "imports.archive_bomb": (
        "Archive {name} has a member compressed {ratio}:1 (a zip bomb?); it was not extracted",
        "Tệp nén {name} có tệp bị nén {ratio}:1, tỷ lệ bất thường (zip bomb?); không giải nén",
    ),
    "imports.archive_lied": (
        "Archive {name} unpacks to more than its header says; it was not read",
        "Tệp nén {name} giải nén ra nhiều hơn kích thước ghi trong tệp; không đọc",
    ),
    "imports.archive_shapefile_lacks": (
        "Archive {name}: the Shapefile {shapefile} lacks its {missing} file",
        "Tệp nén {name}: Shapefile {shapefile} thiếu tệp {missing}",
    ),
    "imports.archive_nothing": (
        "Archive {name} holds no Shapefile, GeoPackage, GeoJSON or KML",
        "Tệp nén {name} không chứa Shapefile, GeoPackage, GeoJSON hay KML",
    ),
    # fields (geo.imports.fields)
    "imports.field_syntax": (
        "--field takes SRC=DST (a file field and a layer field), not {item!q}",
        "--field cần dạng SRC=DST (một trường của tệp và một trường của lớp), không phải {item!q}",
    ),
    "imports.field_no_source": (
        "--field {src}={dst}: the file has no field {src!q} (it has {columns:choices})",
        "--field {src}={dst}: tệp không có trường {src!q} (tệp có: {columns:choices})",
    ),
    "imports.field_no_target": (
        "--field {src}={dst}: layer {layer} has no field {dst!q}",
        "--field {src}={dst}: lớp {layer} không có trường {dst!q}",
    ),
    # geometry and CRS (geo.imports.placement)
    "imports.no_geometry_at": ("File {name}: {which} have no geometry", "Tệp {name}: {which} không có hình học"),
    "imports.no_crs_metres": (
        "File {name} has no coordinate reference system and its coordinates are metres, as in VN-2000 "
        "(Thanh Hóa: VN-2000 / TM-3 zone 482, EPSG:5897); give it with --crs EPSG:5897 (or the right zone)",
        "Tệp {name} không có hệ tọa độ và tọa độ tính bằng mét như VN-2000 (Thanh Hóa: VN-2000 / TM-3 múi 482, "
        "EPSG:5897); hãy nhập hệ tọa độ, ví dụ EPSG:5897 (hoặc múi đúng)",
    ),
    "imports.no_crs": (
        "File {name} has no coordinate reference system; give it with --crs (e.g. --crs EPSG:5897)",
        "Tệp {name} không có hệ tọa độ; hãy nhập hệ tọa độ (ví dụ EPSG:5897)",
    ),
    "imports.cannot_transform": (
        "File {name}: the coordinates cannot be transformed from {crs} ({why})",
        "Tệp {name}: không chuyển được tọa độ từ {crs} ({why})",
    ),
    "imports.outside_swapped": (
        "File {name}: {n} of {total} {what} lie outside Thanh Hóa ({which}); the axes look swapped (x holds latitude)",
        "Tệp {name}: {n}/{total} {what} nằm ngoài tỉnh Thanh Hóa ({which}); có vẻ đảo trục (x là vĩ độ)",
    ),
    "imports.outside": (
        "File {name}: {n} of {total} {what} lie outside Thanh Hóa ({which}); check that {crs} is the right CRS",
        "Tệp {name}: {n}/{total} {what} nằm ngoài tỉnh Thanh Hóa ({which}); hãy kiểm tra hệ tọa độ {crs} có đúng không",
    ),
    "imports.invalid_strict": (
        "File {name}: {n} {what} have invalid geometry ({which}) and --strict refuses repairs",
        "Tệp {name}: {n} {what} có hình học lỗi ({which}) và đã chọn không tự sửa (--strict)",
    ),
    # the plan and its rows (geo.imports.plan)
    "imports.not_importable": (
        "Layer {layer} is reference data and cannot be imported; import into one of: {choices:choices}",
        "Lớp {layer} là dữ liệu tham chiếu, không nhập được; hãy nhập vào một trong: {choices:choices}",
    ),
    "imports.no_geometry_columns": (
        "File {name} has no geometry (no lon/lat, x/y or WKT columns) for layer {layer}",
        "Tệp {name} không có hình học (không có cột kinh độ/vĩ độ, x/y hay WKT) cho lớp {layer}",
    ),
    "imports.no_id": (
        "No id (map a field to id with --field SRC=id)",
        "Không có mã (ghép một trường của tệp vào id, ví dụ --field SRC=id)",
    ),
    "imports.no_parcel_key": (
        "No id, and no commune code and parcel number to make one from (MaXa, SoThuTuThua; or map a field to id "
        "with --field SRC=id)",
        "Không có mã thửa, cũng không có mã xã và số thửa để lập mã (MaXa, SoThuTuThua; hoặc ghép một trường vào "
        "id, ví dụ --field SRC=id)",
    ),
    "imports.duplicate_id": ("Id {id!q} appears twice (also {other})", "Mã {id!q} xuất hiện hai lần (cả ở {other})"),
    "imports.repeated_parcel": (
        "Commune {commune}, sheet {sheet}, parcel {parcel} appears twice (also {other}); correct the number of one "
        "of them in the file",
        "Thửa số {parcel}, tờ {sheet}, xã {commune} xuất hiện hai lần (cả ở {other}); hãy sửa số hiệu của một "
        "trong hai thửa trong tệp",
    ),
    "imports.unknown_zone": ("Zone {zone!q} does not exist", "Không có khu/cụm {zone!q}"),
    "imports.no_zone": (
        "The plot lies in no industrial park or cluster",
        "Lô quy hoạch không nằm trong khu hay cụm công nghiệp nào",
    ),
    "imports.no_area": ("Its geometry has no area", "Hình học không có diện tích"),
    "imports.polygon_in_parts": (
        "Its geometry is {parts} separate polygons, and a feature of {layer} is one polygon; split it or fix its "
        "outline in the file",
        "Hình học gồm {parts} đa giác rời nhau, mà mỗi đối tượng của lớp {layer} là một đa giác; hãy tách ra "
        "hoặc sửa ranh giới trong tệp",
    ),
    "imports.skipped_no_geometry": (
        "{n} {what} have no geometry and were not imported ({which})",
        "{n} {what} không có hình học nên không được nhập ({which})",
    ),
    "imports.repaired": (
        "{n} invalid geometries were repaired keeping all their land: {items:list}{more}",
        "{n} hình học lỗi đã được sửa, giữ nguyên toàn bộ diện tích đất: {items:list}{more}",
    ),
    "imports.repaired_one": (
        "{where} (id {id}) {before:num} m² as drawn, {after:num} m² repaired",
        "{where} (mã {id}) {before:num} m² theo hình vẽ, {after:num} m² sau khi sửa",
    ),
    "imports.unknown_land_use_codes": (
        "{n} parcels have land-use codes that are not in the list of Circular 08/2024 ({codes:choices}); they "
        "were kept as written",
        "{n} thửa có ký hiệu mục đích sử dụng đất không có trong danh mục của Thông tư 08/2024 ({codes:choices}); "
        "đã giữ nguyên như trong tệp",
    ),
    "imports.bad_stage_label": (
        "Clearance stage label {label!q} is not recognised",
        "Không nhận ra giai đoạn GPMB {label!q}",
    ),
    "imports.bad_lease": (
        "Lease status {value!q} is not recognised (available / reserved / leased)",
        "Không nhận ra tình trạng cho thuê {value!q} (còn trống / đã giữ chỗ / đã cho thuê)",
    ),
    "imports.not_yes_no": ("{field} {value!q} is not yes/no (có/không)", "{field} {value!q} không phải có/không"),
    "imports.nothing_to_change": (
        "Nothing to change (no stage, blocked flag or personal field)",
        "Không có gì để thay đổi (không có giai đoạn, vướng mắc hay thông tin chủ sử dụng)",
    ),
    "imports.current_uses": (
        "Land-use values {values:choices} are not planned uses of a park; those plots are recorded as industrial "
        "land",
        "Các giá trị mục đích sử dụng {values:choices} không phải mục đích quy hoạch của khu; các lô đó được ghi là "
        "đất công nghiệp",
    ),
    # writing files (geo.io)
    "io.unknown_format": (
        "Unknown export format {fmt!q}; use one of: {choices:choices}",
        "Không có định dạng xuất {fmt!q}; dùng một trong: {choices:choices}",
    ),
    "io.no_folder": ("The folder {folder} does not exist", "Không có thư mục {folder}"),
    "io.is_folder": (
        "The path {path} is a folder; give a file name to write",
        "Đường dẫn {path} là một thư mục; hãy đặt tên tệp để ghi",
    ),
    "io.cannot_write": ("Cannot write {path} ({why})", "Không ghi được {path} ({why})"),
    # ------------------------------------------------------------------ schema and layers (geo.schema)
    "schema.or": ("{a} or {b}", "{a} hoặc {b}"),
    "schema.where_row": ("{layer} row {n}", "{layer} dòng {n}"),
    "schema.where_row_id": ("{layer} row {n} ({id})", "{layer} dòng {n} ({id})"),
    "schema.unknown_layer": (
        "Unknown layer {layer!q}; use one of: {choices:choices}",
        "Không có lớp {layer!q}; dùng một trong: {choices:choices}",
    ),
    "schema.no_field": (
        "Layer {layer}: the data has no field {field!q}",
        "Lớp {layer}: dữ liệu không có trường {field!q}",
    ),
    "schema.required_empty": ("Field {field!q} is required but empty", "Trường {field!q} bắt buộc nhưng đang trống"),
    "schema.not_a_choice": (
        "{field} {value!q} is not one of {choices:choices}",
        "{field} {value!q} không thuộc các giá trị cho phép ({choices:choices})",
    ),
    "schema.negative_number": (
        "Field {field!q} has {value!q}; it must be a finite number of at least 0",
        "Trường {field!q} có giá trị {value!q}; phải là số hữu hạn không âm",
    ),
    "schema.bad_value": (
        "Field {field!q} has {value!q}, which is not a valid {type}",
        "Trường {field!q} có giá trị {value!q}, không phải {type} hợp lệ",
    ),
    "schema.type.int": ("int", "số nguyên"),
    "schema.type.real": ("real", "số"),
    "schema.type.bool": ("bool", "giá trị có/không"),
    "schema.type.date": ("date", "ngày (YYYY-MM-DD)"),
    "schema.type.datetime": ("datetime", "thời điểm (ISO 8601)"),
    "schema.duplicate_id": ("Id {id!q} appears twice", "Mã {id!q} xuất hiện hai lần"),
    "schema.no_geometry": ("The feature has no geometry", "Đối tượng không có hình học"),
    "schema.wrong_geometry": (
        "Geometry type {geom} cannot go in layer {layer} (it takes {allowed})",
        "Không thể đưa hình {geom} vào lớp {layer} (lớp này nhận {allowed})",
    ),
    "schema.invalid_geometry": ("The geometry is invalid ({why})", "Hình học không hợp lệ ({why})"),
    # ------------------------------------------------------------------ CLI, CRS, search, synth, migrate
    "cli.usage": ("{message} (see `{prog} --help`)", "{message} (xem `{prog} --help`)"),
    "cli.import_needs_user": (
        "Importing needs --user naming an active {roles:roles}",
        "Nhập dữ liệu cần --user là tên một {roles:roles} đang hoạt động",
    ),
    "cli.no_store": (
        "The store {url} does not exist yet; run `python -m geo init` first",
        "Kho dữ liệu {url} chưa có; hãy chạy `python -m geo init` trước",
    ),
    "cli.password_twice": (
        "Give the password twice on standard input, one per line",
        "Hãy nhập mật khẩu hai lần trên đầu vào chuẩn, mỗi lần một dòng",
    ),
    "cli.passwords_differ": ("The two passwords differ", "Hai mật khẩu không khớp"),
    "cli.history_one_or_all": (
        "History takes either a PARCEL_ID or --all, exactly one of them (see `{prog} --help`)",
        "Lệnh history cần hoặc PARCEL_ID hoặc --all, đúng một trong hai (xem `{prog} --help`)",
    ),
    "cli.xlsx_needs_output": (
        "An XLSX report is written to a file: add -o FILE (see `{prog} --help`)",
        "Báo cáo XLSX được ghi ra tệp: hãy thêm -o TỆP (xem `{prog} --help`)",
    ),
    "cli.synth_store_exists": (
        "The store {url} exists already; synth makes a new store (choose another --db)",
        "Kho dữ liệu {url} đã có; synth tạo kho mới (hãy chọn --db khác)",
    ),
    "cli.synth_store_raced": (
        "The store {url} was created by another process meanwhile",
        "Kho dữ liệu {url} vừa được một tiến trình khác tạo trong lúc này",
    ),
    "crs.unknown": (
        "{text!q} is not a coordinate reference system PROJ knows (try EPSG:5897)",
        "{text!q} không phải hệ tọa độ mà PROJ biết (thử EPSG:5897)",
    ),
    "search.unknown_tier": (
        "Tier {tier} does not exist; use 1 to 5",
        "Không có mức {tier}; dùng từ 1 đến 5",
    ),
    "search.field.min_area": ("Min area", "Diện tích tối thiểu"),
    "search.field.max_area": ("Max area", "Diện tích tối đa"),
    "search.field.max_price": ("Max price", "Giá thuê tối đa"),
    "search.negative": (
        "{field} must be a number of at least 0, not {value}",
        "{field} phải là số không nhỏ hơn 0, không phải {value:num}",
    ),
    "search.min_above_max": (
        "The minimum area ({min_ha:g} ha) is larger than the maximum ({max_ha:g} ha)",
        "Diện tích tối thiểu ({min_ha:num} ha) lớn hơn diện tích tối đa ({max_ha:num} ha)",
    ),
    "search.bad_distance": (
        "The distance limit for {kind} must be a number of km of at least 0",
        "Giới hạn khoảng cách đến {kind} phải là số km không nhỏ hơn 0",
    ),
    "search.unknown_kind": (
        "Unknown facility kind {kind!q}; use one of: {choices:choices}",
        "Không có loại công trình {kind!q}; dùng một trong: {choices:choices}",
    ),
    "search.unknown_sector": (
        "Unknown sector {sector!q}; use one of: {choices:choices}",
        "Không có ngành {sector!q}; dùng một trong: {choices:choices}",
    ),
    "search.max_km_pairs": (
        "--max-km takes kind=km pairs such as port=30,expressway=10, not {part!q}",
        "--max-km nhận các cặp loại=km như port=30,expressway=10, không phải {part!q}",
    ),
    "search.max_km_not_a_number": (
        "--max-km: {value!q} is not a number of km (in {part!q})",
        "--max-km: {value!q} không phải số km (trong {part!q})",
    ),
    "synth.too_few_parcels": ("--parcels must be at least {n:num}", "--parcels phải ít nhất là {n:num}"),
    "synth.too_many_parcels": ("--parcels must be at most {n:num}", "--parcels phải nhiều nhất là {n:num}"),
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
        en, vi = (params_in(t) for t in entry)
        if en != vi:
            problems.append(f"{code}: parameters differ ({sorted(en)} vs {sorted(vi)})")
    return problems
