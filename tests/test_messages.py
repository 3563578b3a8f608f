"""Every sentence geo says has a code with a text in English and in Vietnamese (geo.messages)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from geo.errors import InputError, PermissionDenied, SiteReadyError
from geo.messages import CATALOGUE, Msg, check_catalogue, msg, refusal, where
from geo.stages import check_transition
from layers.messages import error_text

GEO = Path(__file__).resolve().parent.parent / "geo"
#: Names whose first argument is a message code.
_CODE_TAKERS = {"InputError", "NotFoundError", "ConflictError", "PermissionDenied", "StoreError", "UsageError",
                "SiteReadyError", "msg", "Msg"}


def _codes_used() -> list[tuple[str, str, str]]:
    """(file:line, kind, code or text) for every message code geo's source passes."""
    found = []
    for path in sorted(GEO.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name not in _CODE_TAKERS:
                continue
            arg, place = node.args[0], f"{path.relative_to(GEO.parent)}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((place, "code", arg.value))
            elif isinstance(arg, ast.JoinedStr):
                head = arg.values[0].value if arg.values and isinstance(arg.values[0], ast.Constant) else ""
                found.append((place, "prefix", str(head)))
    return found


def test_every_code_has_a_text_in_both_languages():
    assert check_catalogue() == []


def test_every_code_geo_uses_is_in_the_catalogue():
    bad = []
    for place, kind, text in _codes_used():
        if kind == "code" and text not in CATALOGUE:
            bad.append(f"{place}: {text!r}")
        if kind == "prefix" and not (text.endswith(".") and any(c.startswith(text) for c in CATALOGUE)):
            bad.append(f"{place}: a message code built from {text!r}…")
    assert bad == []


def test_no_code_in_the_catalogue_is_unused():
    used = {text for _, kind, text in _codes_used() if kind == "code"}
    prefixes = [text for _, kind, text in _codes_used() if kind == "prefix" and text.endswith(".")]
    # Codes used through a format spec (roles) or by layers/views rather than geo.
    # password.*: geo.passwords.weakness() names the code it refuses a password for.
    # signin.deactivated: views/web.py says it on the sign-in page for a deactivated account.
    indirect = ("role.", "general.", "where.", "refused.", "password.", "signin.deactivated")
    unused = [c for c in CATALOGUE if c not in used and not c.startswith(indirect)
              and not any(c.startswith(p) for p in prefixes)]
    assert unused == []


def _raised(fn, *args) -> SiteReadyError:
    with pytest.raises(SiteReadyError) as err:
        fn(*args)
    return err.value


def test_a_skip_without_a_note_in_both_languages():
    err = _raised(check_transition, "inventory", "handed_over", None)
    assert str(err) == "Moving from 'inventory' to 'handed_over' skips a stage; give a note that says why."
    vi = err.text("vi")
    assert vi.startswith("Chuyển từ «Điều tra, khảo sát, đo đạc, kiểm đếm» sang «Đã bàn giao mặt bằng")
    assert vi.endswith("hãy ghi chú lý do.")
    assert err.text("en") == str(err) and err.code == "stage.skip_needs_note"


def test_a_refusal_lists_its_items_in_the_language_asked():
    skip = msg("stage.skip_needs_note", from_stage="inventory", to_stage="handed_over")
    items = [where(msg("where.row", n=2), skip), where(msg("where.row", n=5), msg("stage.unknown_label", label="x"))]
    err = InputError(refusal(items, 3))
    assert str(err) == ("2 of 3 changes were refused and nothing was saved: row 2: moving from 'inventory' to "
                        "'handed_over' skips a stage; give a note that says why; row 5: unknown clearance stage "
                        "label 'x'.")
    vi = err.text("vi")
    assert vi.startswith("2 trên 3 thay đổi bị từ chối, không có gì được lưu: dòng 2: chuyển từ «Điều tra")
    assert "dòng 5: không nhận ra giai đoạn GPMB «x»" in vi


def test_a_long_refusal_says_how_many_more():
    items = [where(msg("where.row", n=i), msg("stage.unknown_label", label="x")) for i in range(30)]
    text = InputError(refusal(items, 40)).text("vi")
    assert text.startswith("30 trên 40") and text.endswith("; và 10 mục khác.")
    assert text.count("dòng ") == 20


def test_roles_are_named_in_the_language():
    err = PermissionDenied("user.wrong_role", name="x", role="planner", action=msg("action.edit_clearance"),
                           needs=("officer", "admin"))
    assert str(err) == "User 'x' is a planner and may not change clearance data; that needs the role officer or admin."
    assert "cần vai trò cán bộ địa chính hoặc quản trị" in err.text("vi")


def test_an_unexpected_error_is_one_sentence_and_logged(caplog):
    with caplog.at_level("ERROR", logger="siteready"):
        text = error_text(KeyError("secret/path/in/server"), "vi")
    assert text == "Máy chủ gặp lỗi; chi tiết đã được ghi vào nhật ký máy chủ."
    assert "secret/path" not in text and "KeyError" in caplog.text
    assert error_text(KeyError("x"), "en").startswith("Something went wrong on the server")


def test_a_message_is_a_value():
    m = msg("crs.unknown", text="EPSG:99999")
    assert m == Msg("crs.unknown", {"text": "EPSG:99999"})
    assert m.text("vi") == "«EPSG:99999» không phải hệ tọa độ mà PROJ biết (thử EPSG:5897)"


def test_search_and_synth_refusals_in_vietnamese():
    from geo.search import SiteQuery, parse_max_km
    from geo.synth import synth_layers

    err = _raised(lambda: SiteQuery(min_area=12.5, max_area=10))
    assert str(err) == "The minimum area (12.5 ha) is larger than the maximum (10 ha)."
    assert err.text("vi") == "Diện tích tối thiểu (12,50 ha) lớn hơn diện tích tối đa (10 ha)."
    err = _raised(lambda: SiteQuery(max_price=-1.5))
    assert str(err) == "Max price must be a number of at least 0, not -1.5."
    assert err.text("vi") == "Giá thuê tối đa phải là số không nhỏ hơn 0, không phải -1,50."
    err = _raised(parse_max_km, "moon=3")
    assert err.code == "search.unknown_kind" and err.text("vi").startswith("Không có loại công trình «moon»; dùng")
    assert _raised(synth_layers, 11_000_000).text("vi") == "--parcels phải nhiều nhất là 10.000.000."
