"""Vietnamese versions of the sentences geo's errors say, for the app.

geo's errors are one English sentence each (the CLI prints them as they are). The app shows them in the
user's language: :func:`translate` matches the sentence (and each item of a list of refused rows) against
the patterns below and fills the Vietnamese template; a sentence with no pattern is shown in English.
"""

from __future__ import annotations

import re

from geo.stages import STAGE_LABELS

_ROLE_VI = {"investor": "nhà đầu tư", "planner": "cán bộ quy hoạch", "officer": "cán bộ địa chính", "admin": "quản trị"}


def _stage(code: str) -> str:
    return STAGE_LABELS.get(code, (code, code))[0]


def _role(text: str) -> str:
    return " hoặc ".join(_ROLE_VI.get(r.strip(), r.strip()) for r in text.split(" or "))


# (English pattern, Vietnamese template or function of the match). Patterns match a whole sentence or item.
_PATTERNS: list[tuple[str, object]] = [
    (r"Moving from '(?P<a>\w+)' to '(?P<b>\w+)' skips a stage; give a note that says why",
     lambda m: f"Chuyển từ «{_stage(m['a'])}» sang «{_stage(m['b'])}» là bỏ qua giai đoạn; hãy ghi chú lý do"),
    (r"Moving from '(?P<a>\w+)' to '(?P<b>\w+)' goes back; give a note that says why",
     lambda m: f"Chuyển từ «{_stage(m['a'])}» về «{_stage(m['b'])}» là lùi giai đoạn; hãy ghi chú lý do"),
    (r"The parcel is already at stage '(?P<a>\w+)'; nothing to change",
     lambda m: f"Lô đất đang ở giai đoạn «{_stage(m['a'])}»; không có gì để thay đổi"),
    (r"Parcel (?P<p>\S+) was changed by (?P<u>\S+) at (?P<t>\S+) \(it is now at version (?P<v>\d+), not (?P<w>\d+)\); "
     r"reload it and try again",
     "Lô {p} vừa được {u} thay đổi lúc {t} (nay là phiên bản {v}, không phải {w}); hãy tải lại rồi thử lại"),
    (r"Parcel (?P<p>\S+) changed while it was being saved; reload it and try again",
     "Lô {p} vừa thay đổi trong lúc lưu; hãy tải lại rồi thử lại"),
    (r"[Nn]o parcel with id '(?P<p>[^']*)'", "không có lô đất mã «{p}»"),
    (r"blocking a parcel needs a reason", "đánh dấu vướng mắc cần ghi lý do"),
    (r"the change changes nothing", "thay đổi này không thay đổi gì"),
    (r"parcel '(?P<p>[^']*)' is named twice", "lô «{p}» xuất hiện hai lần"),
    (r"(?P<n>\d+) of (?P<m>\d+) changes were refused and nothing was saved: (?P<items>.*)",
     lambda m: f"{m['n']} trên {m['m']} thay đổi bị từ chối, không có gì được lưu: {_items(m['items'])}"),
    (r"(?P<n>\d+) of (?P<m>\d+) (?P<what>rows|features) of (?P<f>.+?) were refused and nothing was imported: (?P<items>.*)",
     lambda m: f"{m['n']} trên {m['m']} {'dòng' if m['what'] == 'rows' else 'đối tượng'} của {m['f']} bị từ chối, "
               f"không có gì được nhập: {_items(m['items'])}"),
    (r"User '(?P<u>[^']*)' is a (?P<r>\w+) and may not (?P<a>.+); that needs the role (?P<need>.+)",
     lambda m: f"Người dùng «{m['u']}» là {_role(m['r'])}, không có quyền này; cần vai trò {_role(m['need'])}"),
    (r"User '(?P<u>[^']*)' is deactivated and may not .+", "Tài khoản «{u}» đã bị khóa"),
    (r"User '(?P<u>[^']*)' is deactivated", "Tài khoản «{u}» đã bị khóa"),
    (r"User '(?P<u>[^']*)' is not a known user and may not .+", "«{u}» không phải người dùng của hệ thống"),
    (r"Wrong user name or password", "Sai tên đăng nhập hoặc mật khẩu"),
    (r"User '(?P<u>[^']*)' exists already", "Người dùng «{u}» đã có"),
    (r"No user '(?P<u>[^']*)'", "Không có người dùng «{u}»"),
    (r"The password must have at least (?P<n>\d+) characters", "Mật khẩu phải có ít nhất {n} ký tự"),
    (r"User name '(?P<u>[^']*)' is not valid: .*",
     "Tên đăng nhập «{u}» không hợp lệ: dùng 1–64 chữ cái, chữ số, '.', '_', '-' hoặc '@'"),
    (r"An admin cannot deactivate their own account", "Quản trị viên không thể tự khóa tài khoản của mình"),
    (r"The store is busy with another write \(waited (?P<s>\d+) s\); try again",
     "Kho dữ liệu đang bận với một thao tác ghi khác (đã chờ {s} giây); hãy thử lại"),
    (r"The (?P<w>date|event date) '(?P<d>[^']*)' is in the future", "Ngày «{d}» ở tương lai"),
    (r"The (?P<w>date|event date) '(?P<d>[^']*)' is not a date \(use YYYY-MM-DD\)", "«{d}» không phải ngày hợp lệ"),
    (r"File (?P<f>.+?) is empty", "Tệp {f} rỗng"),
    (r"File (?P<f>.+?) has no (features|rows|layers)", "Tệp {f} không có đối tượng nào"),
    (r"File (?P<f>.+?) could not be read.*", "Không đọc được tệp {f} (tệp hỏng hoặc sai định dạng)"),
    (r"File (?P<f>.+?) is not a format SiteReady reads.*",
     "Tệp {f} không thuộc định dạng SiteReady đọc được (GeoJSON, GeoPackage, Shapefile nén, KML, CSV hoặc XLSX)"),
    (r"File (?P<f>.+?) is a lone \.shp.*", "Tệp {f} chỉ có .shp: hãy nén Shapefile cùng các tệp .shx, .dbf và .prj"),
    (r"File (?P<f>.+?) has no geometry.*", "Tệp {f} không có hình học (cột kinh độ/vĩ độ, x/y hoặc WKT)"),
    (r"File (?P<f>.+?) has no coordinate reference system and its coordinates are metres.*",
     "Tệp {f} không có hệ tọa độ và tọa độ tính bằng mét như VN-2000 (Thanh Hóa: VN-2000 / TM-3 múi 482, "
     "EPSG:5897); hãy nhập hệ tọa độ, ví dụ EPSG:5897"),
    (r"File (?P<f>.+?) has no coordinate reference system.*", "Tệp {f} không có hệ tọa độ; hãy nhập hệ tọa độ"),
    (r"File (?P<f>.+?): (?P<n>\d+) of (?P<m>\d+) (?P<w>\w+)s lie outside Thanh Hóa \((?P<which>[^)]*)\); the axes look "
     r"swapped.*",
     "Tệp {f}: {n}/{m} đối tượng nằm ngoài tỉnh Thanh Hóa ({which}); có vẻ đảo trục (x là vĩ độ)"),
    (r"File (?P<f>.+?): (?P<n>\d+) of (?P<m>\d+) (?P<w>\w+)s lie outside Thanh Hóa \((?P<which>[^)]*)\).*",
     "Tệp {f}: {n}/{m} đối tượng nằm ngoài tỉnh Thanh Hóa ({which}); hệ tọa độ có đúng không?"),
    (r"File (?P<f>.+?): (?P<n>\d+) (?P<w>\w+)s have invalid geometry \((?P<which>[^)]*)\) and --strict refuses repairs",
     "Tệp {f}: {n} đối tượng có hình học lỗi ({which}) và đã chọn không tự sửa"),
    (r"Archive (?P<f>.+?) contains an unsafe path.*", "Tệp nén {f} chứa đường dẫn không an toàn; không giải nén"),
    (r"Archive (?P<f>.+?) .*zip bomb.*", "Tệp nén {f} có tỷ lệ nén bất thường (zip bomb?); không giải nén"),
    (r"Archive (?P<f>.+?) (would unpack|unpacks|holds \d+ files).*", "Tệp nén {f} vượt giới hạn kích thước; không giải nén"),
    (r"File (?P<f>.+?) does not exist", "Không có tệp {f}"),
    (r"File (?P<f>.+?) is (?P<n>\d+) MB; the limit is (?P<m>\d+) MB", "Tệp {f} nặng {n} MB; giới hạn là {m} MB"),
    (r"File (?P<f>.+?) has (?P<n>\d+) (?P<w>rows|features); the limit is (?P<m>\d+)",
     lambda m: f"Tệp {m['f']} có {m['n']} {'dòng' if m['w'] == 'rows' else 'đối tượng'}; giới hạn là {m['m']}"),
    (r"File (?P<f>.+?) is not a valid zip archive", "Tệp {f} không phải tệp nén zip hợp lệ"),
    (r"File (?P<f>.+?) is not a text table \(it holds binary data\)", "Tệp {f} không phải bảng văn bản (chứa dữ liệu nhị phân)"),
    (r"File (?P<f>.+?) has no layer '(?P<l>[^']*)' \(it has (?P<has>.*)\)", "Tệp {f} không có lớp «{l}» (tệp có: {has})"),
    (r"File (?P<f>.+?): column '(?P<c>[^']*)' does not hold WKT geometries", "Tệp {f}: cột «{c}» không chứa hình học WKT"),
    (r"File (?P<f>.+?): (?P<w>row|feature)s (?P<ids>.+) have no geometry",
     lambda m: f"Tệp {m['f']}: {'các dòng' if m['w'] == 'row' else 'các đối tượng'} {m['ids']} không có hình học"),
    (r"File (?P<f>.+?): the coordinates cannot be transformed from (?P<c>.+?) \((?P<why>.*)\)",
     "Tệp {f}: không chuyển được tọa độ từ {c} ({why})"),
    (r"File (?P<f>.+?), row (?P<n>\d+): (?P<what>.+?) '(?P<v>[^']*)' is not a number",
     "Tệp {f}, dòng {n}: {what} «{v}» không phải là số"),
    (r"Archive (?P<f>.+?) is encrypted", "Tệp nén {f} có mật khẩu; không giải nén"),
    (r"Archive (?P<f>.+?) holds no Shapefile, GeoPackage, GeoJSON or KML",
     "Tệp nén {f} không chứa Shapefile, GeoPackage, GeoJSON hay KML"),
    (r"Archive (?P<f>.+?): the Shapefile (?P<s>.+?) lacks its (?P<x>.+?) file",
     lambda m: f"Tệp nén {m['f']}: Shapefile {m['s']} thiếu tệp {m['x'].replace(' and ', ' và ')}"),
    (r"'(?P<c>[^']*)' is not a coordinate reference system PROJ knows \(try EPSG:5897\)",
     "«{c}» không phải hệ tọa độ mà PROJ biết (thử EPSG:5897)"),
    (r"Layer (?P<l>\w+): the data has no field '(?P<f>[^']*)'", "Lớp {l}: dữ liệu không có trường «{f}»"),
    (r"(?P<where>.+?, (row|feature) \d+): clearance stage label '(?P<l>[^']*)' is not recognised",
     "{where}: không nhận ra giai đoạn GPMB «{l}»"),
    (r"(?P<where>.+?, (row|feature) \d+): the parcel lies in no industrial park or cluster",
     "{where}: lô đất không nằm trong khu hay cụm công nghiệp nào"),
    (r"(?P<where>.+?, (row|feature) \d+): id '(?P<i>[^']*)' appears twice.*", "{where}: mã «{i}» xuất hiện hai lần"),
    (r"(?P<where>.+?, (row|feature) \d+): no id.*", "{where}: không có mã lô (ghép một trường vào id)"),
    (r"(?P<where>.+?): field '(?P<f>\w+)' is required for a new feature", "{where}: đối tượng mới cần trường «{f}»"),
    (r"(?P<where>.+?): lease status '(?P<v>[^']*)' is not recognised \(available / reserved / leased\)",
     "{where}: không nhận ra tình trạng cho thuê «{v}» (còn trống / đã giữ chỗ / đã cho thuê)"),
    (r"(?P<where>.+?): (?P<what>.+?) '(?P<v>[^']*)' is not yes/no \(có/không\)", "{where}: {what} «{v}» không phải có/không"),
    (r"(?P<where>.+?): zone '(?P<z>[^']*)' does not exist", "{where}: không có khu/cụm «{z}»"),
    (r"(?P<where>.+?): nothing to change \(no stage, lease status, blocked flag or utility\)",
     "{where}: không có gì để thay đổi (không có giai đoạn, tình trạng cho thuê, vướng mắc hay hạ tầng)"),
    (r"(?P<where>.+?): field '(?P<f>\w+)' is required but empty", "{where}: trường «{f}» bắt buộc nhưng đang trống"),
    (r"(?P<where>.+?): field '(?P<f>\w+)' has (?P<v>.+?); it must be a finite number of at least 0",
     "{where}: trường «{f}» có giá trị {v}; phải là số không âm"),
    (r"(?P<where>.+?): field '(?P<f>\w+)' has (?P<v>.+?), which is not a valid (?P<t>\w+)",
     "{where}: trường «{f}» có giá trị {v}, không hợp lệ"),
    (r"(?P<where>.+?): (?P<f>\w+) '(?P<v>[^']*)' is not one of (?P<opts>.+)",
     "{where}: {f} «{v}» không thuộc các giá trị cho phép ({opts})"),
    (r"(?P<where>.+?): id '(?P<i>[^']*)' appears twice", "{where}: mã «{i}» xuất hiện hai lần"),
    (r"(?P<where>.+?): the feature has no geometry", "{where}: đối tượng không có hình học"),
    (r"(?P<where>.+?): a (?P<g>\w+) cannot go in layer (?P<l>\w+) \(it takes (?P<t>.+)\)",
     lambda m: f"{m['where']}: không thể đưa {m['g']} vào lớp {m['l']} (lớp này nhận {m['t'].replace(' or ', ' hoặc ')})"),
    (r"(?P<where>.+?): the geometry is invalid \((?P<why>.*)\)", "{where}: hình học không hợp lệ ({why})"),
]
_COMPILED = [(re.compile(rf"^{p}$", re.IGNORECASE), tpl) for p, tpl in _PATTERNS]
#: Where a new item of a refusal list starts (items may hold '; ' themselves).
_ITEM_START = re.compile(r"^((row|feature) \d+|parcel |and \d+ more|[^:;]{1,120}: )", re.IGNORECASE)


def _one(text: str) -> str | None:
    text = text.strip().rstrip(".")
    for pattern, tpl in _COMPILED:
        m = pattern.match(text)
        if m:
            return tpl(m) if callable(tpl) else tpl.format(**m.groupdict())
    return None


def _items(text: str) -> str:
    """Translate each '; '-separated item of a refusal list, keeping a 'row …:' prefix."""
    pieces: list[str] = []
    for piece in text.rstrip(".").split("; "):
        if pieces and not _ITEM_START.match(piece):
            pieces[-1] += "; " + piece
        else:
            pieces.append(piece)
    out = []
    for item in pieces:
        if item.startswith("and ") and item.endswith(" more"):
            out.append(f"và {item[4:-5]} dòng khác")
            continue
        done = _one(item)
        if done is None and ": " in item:
            head, _, rest = item.rpartition(": ")
            inner = _one(rest)
            done = f"{head}: {inner}" if inner else None
        out.append(done or item)
    return "; ".join(out)


def translate(message: str, lang: str) -> str:
    """``message`` in ``lang``: Vietnamese where a pattern knows the sentence, else as it is."""
    if lang != "vi":
        return message
    done = _one(message)
    if not done:
        return message
    done = re.sub(r"\brow (\d+)", r"dòng \1", done)
    done = re.sub(r"\bfeatures? (\d+)", r"đối tượng \1", done)
    return done.rstrip(".") + "."
