"""The layering: views/ is the only package that imports streamlit; layers/ never does, geo/ neither."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


@pytest.mark.parametrize("package", ["layers", "geo"])
def test_no_streamlit_below_the_views(package):
    bad = [str(p.relative_to(ROOT)) for p in sorted((ROOT / package).rglob("*.py"))
           if any(m == "streamlit" or m.startswith(("streamlit.", "streamlit_folium", "views")) for m in _imports(p))]
    assert bad == []


def test_geo_does_not_import_layers():
    bad = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "geo").rglob("*.py"))
           if any(m == "layers" or m.startswith("layers.") for m in _imports(p))]
    assert bad == []


def test_no_module_uses_another_modules_private_names():
    ours = ("geo", "layers", "views")
    bad = []
    for path in [ROOT / "app.py", ROOT / "server.py", *sorted((ROOT / "views").glob("*.py")),
                 *sorted((ROOT / "layers").glob("*.py")), *sorted((ROOT / "geo").rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = set()  # names bound to our modules: `from layers import maps`, `import geo.io as gio`
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] in ours):
                modules |= {a.asname or a.name for a in node.names}
                bad += [f"{path.name}: from {node.module} import {a.name}" for a in node.names
                        if a.name.startswith("_")]
            elif isinstance(node, ast.Import):
                modules |= {a.asname or a.name for a in node.names if a.name.split(".")[0] in ours}
        bad += [f"{path.name}:{node.lineno}: {ast.unparse(node)}" for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name) and node.value.id in modules]
    assert bad == []
