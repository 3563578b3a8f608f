"""User-facing text (layers.i18n): every key the app uses exists in Vietnamese and English, and numbers read
the way each language writes them."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from geo.forecast import STATUSES
from geo.landfund import FUND_COLUMNS
from geo.schema import (CONSTRAINT_KINDS, INFRASTRUCTURE_KINDS, LAND_USES, LEASE_STATUSES, PERSONAL_FIELDS,
                        RESETTLEMENT_STAGES, ROLES, SECTORS, UTILITIES, ZONE_KINDS, ZONE_STAGES)
from geo.search import DISTANCE_KINDS
from geo.stages import DEADLINES
from geo.timeline import BASES, CHANGES
from layers.i18n import DEFAULT_LANG, LANGS, TEXT, fmt_ha, fmt_num, name_of, short_name, t
from layers.maps import COLOR_BY

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "views").glob("*.py")) + sorted((ROOT / "layers").glob("*.py")) + [ROOT / "app.py"]

#: Keys built from a prefix and a code (``t(f"role_{user.role}")``, ``t("u_" + u)``): the codes each prefix takes.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "role_": ROLES,
    "kind_": ZONE_KINDS,
    "constraint_": CONSTRAINT_KINDS,
    "infra_": INFRASTRUCTURE_KINDS,
    "dist_": tuple(DISTANCE_KINDS),
    "flag_": tuple(flag for flag, _ in DEADLINES.values()),
    "c_": FUND_COLUMNS,
    "color_": COLOR_BY,
    "color_choice_": COLOR_BY,
    "p_": PERSONAL_FIELDS,
    "u_": UTILITIES,
    "asof_basis_": BASES,
    "fc_": STATUSES,
    "chg_": CHANGES,
}
#: ``label(prefix, code)`` (layers.catalogue) looks up ``prefix_code``: the codes each prefix takes.
LABELS: dict[str, tuple[str, ...]] = {
    "sector": SECTORS,
    "lease": LEASE_STATUSES,
    "zone_stage": ZONE_STAGES,
    "use": LAND_USES,
    "rs": RESETTLEMENT_STAGES,
    "constraint": CONSTRAINT_KINDS,
    "infra": INFRASTRUCTURE_KINDS,
}
#: Calls whose key is a variable checked another way: catalogue.label's lookup (see LABELS).
CHECKED_ELSEWHERE = {("catalogue.py", "key")}


class Unresolved(Exception):
    pass


def _module_assignments(tree: ast.Module) -> dict[str, ast.expr]:
    return {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}


def _bindings(tree: ast.Module, name: str) -> list[ast.expr]:
    """Literal values ``name`` takes anywhere in the module: assignments, and for-loops over literal tuples."""
    out: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(tg, ast.Name) and tg.id == name for tg in node.targets):
            out.append(node.value)
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Tuple) and isinstance(node.iter, ast.Tuple):
            names = [e.id if isinstance(e, ast.Name) else None for e in node.target.elts]
            if name in names:
                out += [item.elts[names.index(name)] for item in node.iter.elts if isinstance(item, ast.Tuple)]
    return out


def keys_of(node: ast.expr, tree: ast.Module) -> set[str]:
    """The keys (or ``prefix*`` patterns) an argument of ``t()`` can be."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.JoinedStr):  # f"stage_{code}": the text before the first placeholder
        head = node.values[0]
        if not (isinstance(head, ast.Constant) and len(node.values) == 2):
            raise Unresolved(ast.unparse(node))
        return {head.value + "*"}
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant):
        return {node.left.value + "*"}
    if isinstance(node, ast.IfExp):
        return keys_of(node.body, tree) | keys_of(node.orelse, tree)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):  # {5: "a", 4: "b"}[n]
        return set().union(*(keys_of(v, tree) for v in node.value.values))
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Subscript)
            and isinstance(node.value.value, ast.Name) and isinstance(node.slice, ast.Constant)):
        table = _module_assignments(tree).get(node.value.value.id)  # COLUMNS[col][0]
        if isinstance(table, ast.Dict):
            return set().union(*(keys_of(v.elts[node.slice.value], tree) for v in table.values))
    if isinstance(node, ast.Name):
        values = _bindings(tree, node.id)
        if values:
            return set().union(*(keys_of(v, tree) for v in values))
    raise Unresolved(ast.unparse(node))


def used_keys() -> dict[str, set[str]]:
    """Every key passed to ``t()`` in views/, layers/ and app.py, with where it is used."""
    out: dict[str, set[str]] = {}
    for path in SOURCES:
        if path.name == "i18n.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Name) and (path.name, arg.id) in CHECKED_ELSEWHERE:
                continue
            try:
                keys = keys_of(arg, tree)
            except Unresolved as err:
                pytest.fail(f"{path.name}:{node.lineno}: cannot tell which text t({err}) shows; "
                            "use a literal key, an f-string with a known prefix, or add it to this test")
            for key in keys:
                out.setdefault(key, set()).add(f"{path.relative_to(ROOT)}:{node.lineno}")
    return out


def expand(key: str) -> list[str]:
    if not key.endswith("*"):
        return [key]
    prefix = key[:-1]
    assert prefix in SUFFIXES, f"a key built from {prefix!r}: add the codes it takes to SUFFIXES"
    return [prefix + code for code in SUFFIXES[prefix]]


def test_the_sources_use_hundreds_of_keys_and_every_prefix_is_known():
    keys = used_keys()
    assert len(keys) > 200
    assert {k for k in keys if k.endswith("*")} <= {p + "*" for p in SUFFIXES}


def test_every_key_used_exists_in_both_languages():
    missing = {key: sorted(where)[0] for k, where in used_keys().items() for key in expand(k)
               if key not in TEXT or len(TEXT[key]) != len(LANGS) or not all(s.strip() for s in TEXT[key])}
    assert not missing, f"keys without a text in both languages: {missing}"


def test_every_coded_label_exists_in_both_languages():
    missing = [f"{prefix}_{code}" for prefix, codes in LABELS.items() for code in codes
               if f"{prefix}_{code}" not in TEXT]
    assert not missing


def test_both_languages_fill_the_same_placeholders():
    fields = string.Formatter()
    for key, (vi, en) in TEXT.items():
        names = [{f for _, f, _, _ in fields.parse(text) if f} for text in (vi, en)]
        assert names[0] == names[1], key


def test_a_text_in_each_language_with_its_values_filled_in():
    assert t("signed_in_as", "en", user="lan", role="admin") == "Signed in: lan (admin)"
    assert t("signed_in_as", "vi", user="lan", role="quản trị") == "Đăng nhập: lan (quản trị)"
    assert t("page_map") == t("page_map", DEFAULT_LANG) == "Bản đồ"
    assert t("no_such_key", "en") == "no_such_key"  # a missing text shows its key, never fails


def test_numbers_and_areas_are_written_the_way_each_language_writes_them():
    assert fmt_ha(1234.56, "vi") == "1.234,6 ha"
    assert fmt_ha(1234.56, "en") == "1,234.6 ha"
    assert fmt_num(1234567.891, "vi", 2) == "1.234.567,89"
    assert fmt_num(1234567.891, "en", 0) == "1,234,568"
    assert fmt_num(0.5, "vi") == "0,5"
    for missing in (None, float("nan")):
        assert fmt_ha(missing, "en") == "—" and fmt_num(missing, "vi") == "—"


def test_names_fall_back_to_the_other_language_then_the_id():
    row = {"id": "kcn-1", "name_vi": "KCN Lễ Môn", "name_en": None}
    assert name_of(row, "vi") == "KCN Lễ Môn" and name_of(row, "en") == "KCN Lễ Môn"
    assert name_of({"id": "kcn-1", "name_vi": " ", "name_en": float("nan")}, "en") == "kcn-1"
    assert name_of(None, "en") == ""


def test_short_names_shorten_the_kind_of_zone():
    assert short_name("Khu công nghiệp Lễ Môn") == "KCN Lễ Môn"
    assert short_name("Le Mon Industrial Park") == "Le Mon IP"
    assert short_name("Nghi Son Economic Zone") == "Nghi Son EZ"
    assert re.fullmatch(r"CCN .+", short_name("Cụm công nghiệp Thiệu Giao"))
