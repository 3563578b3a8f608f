"""The rough edges a full walkthrough found (issue 14), where their fixes live in geo and layers: missing
values, search by words, distances from a zone, the CRS of a file in metres, legends, export headers."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geo import crs as gcrs
from geo import search as gsearch
from geo.errors import InputError
from geo.imports import plan_import, province_outline
from geo.store import open_store
from layers import catalogue, maps
from layers.i18n import fmt_ha, fmt_num, name_of
from layers.snapshot import build_snapshot, lookup, matches
from layers.text import cell, esc, kv_table_html, missing, present, truthy


# ----------------------------------------------------------------- missing values
@pytest.mark.parametrize("value", [None, float("nan"), np.float64("nan"), pd.NA, pd.NaT, "", "  "])
def test_every_kind_of_missing_value_is_missing_and_shows_as_a_dash(value):
    assert missing(value) and not truthy(value) and present(value, "x") == "x"
    assert cell(value) == "—" and esc(value) == ""
    assert fmt_num(value, "vi") == "—" and fmt_ha(value, "en") == "—"
    assert catalogue.label("lease", value, "vi") == "—"
    assert name_of({"id": "p-1", "name_vi": value, "name_en": value}, "vi") == "p-1"


@pytest.mark.parametrize("value", [0, 0.0, False, "0", "x", np.int64(3), pd.Timestamp("2025-01-01")])
def test_values_that_are_there_are_not_missing(value):
    assert not missing(value) and cell(value) != "—"


def test_an_imported_parcels_row_of_nas_makes_a_table_of_dashes():
    row = pd.Series({"lot_no": None, "households": pd.array([None], dtype="Int64")[0],
                     "road": pd.array([None], dtype="boolean")[0], "area": 1.5})
    html = kv_table_html(list(row.items()))
    assert html.count("<td>—</td>") == 3 and "<td>1.5</td>" in html


# ----------------------------------------------------------------- search by words
def test_a_search_matches_whole_words_and_the_start_of_the_last_one():
    key = "kcn lam son sao vang khu cong nghiep lam son sao vang"
    assert not matches("nghi son", key)  # "nghi" is only the start of "nghiệp"
    assert matches("nghiep lam", key) and matches("lam so", key) and matches("Lâm Sơn", key)
    assert not matches("lam so ", key)  # a space after the last word: it is whole
    assert matches("kcn-le-mon-01", "kcn le mon 012") and not matches("mon 12", "kcn le mon 012")
    assert not matches("  ", key) and not matches("-", key)


def test_nghi_son_finds_the_economic_zone_and_its_parks_not_lam_son_or_bim_son(gpkg_url):
    snap = build_snapshot(open_store(gpkg_url), 1)
    zones = [fid for kind, fid, _ in lookup(snap, "nghi son", limit=100) if kind == "zone"]
    assert zones[0] == "kkt-nghi-son" and set(zones) == {"kkt-nghi-son", "kcn-nghi-son-3", "kcn-nghi-son-21"}
    assert [fid for _, fid, _ in lookup(snap, "nghi son 21")][0] == "kcn-nghi-son-21"
    assert lookup(snap, "hoang lo")[0][1] == "kcn-hoang-long"
    # A word begun: the zones where it is a whole word come first.
    assert [fid for _, fid, _ in lookup(snap, "nghi", limit=3)] == ["kkt-nghi-son", "kcn-nghi-son-3", "kcn-nghi-son-21"]


# ----------------------------------------------------------------- distances from an area
def _facilities() -> gsearch.Facilities:
    infra = gpd.GeoDataFrame(
        {"id": ["port-in", "port-out", "road"], "kind": ["port", "port", "national_road"],
         "name_vi": ["Cảng A", "Cảng B", "QL"], "name_en": ["Port A", "Port B", "Road"]},
        geometry=[shapely.Point(105.75, 19.35), shapely.Point(105.90, 19.35),
                  shapely.LineString([(105.80, 19.20), (105.80, 19.50)])], crs=4326)
    return gsearch.Facilities(infra)


def test_a_facility_inside_or_touching_an_area_is_0_km_from_it():
    zone = shapely.box(105.70, 19.30, 105.80, 19.40)  # holds port A; the road runs along its east edge
    near = _facilities().nearest_to(gcrs.to_metric([zone]))
    assert near["port"]["id"].iat[0] == "port-in" and near["port"]["km"].iat[0] == 0
    assert near["national_road"]["km"].iat[0] == pytest.approx(0, abs=1e-6)
    outside = shapely.box(105.60, 19.30, 105.65, 19.40)
    assert _facilities().nearest_to(gcrs.to_metric([outside]))["port"]["km"].iat[0] > 10


def test_distances_from_points_are_as_before():
    f = _facilities()
    pt = gcrs.to_metric([shapely.Point(105.85, 19.35)])[0]
    by_xy = f.nearest(np.array([pt.x]), np.array([pt.y]))
    by_geom = f.nearest_to([pt])
    for kind in by_xy:
        assert by_xy[kind]["id"].tolist() == by_geom[kind]["id"].tolist()
        assert by_xy[kind]["km"].iat[0] == pytest.approx(by_geom[kind]["km"].iat[0])


def test_the_nghi_son_seaport_is_0_km_from_the_economic_zone(gpkg_url):
    s = open_store(gpkg_url)
    zones = s.read_layer("zones")
    near = gsearch.Facilities(s.read_layer("infrastructure")).nearest_to(
        gcrs.to_metric(zones[zones["id"] == "kkt-nghi-son"].geometry.values))
    assert near["port"]["name_vi"].iat[0] == "Cảng biển Nghi Sơn" and near["port"]["km"].iat[0] == 0


# ----------------------------------------------------------------- a file in metres without its CRS
def test_a_geojson_in_metres_is_told_its_crs_is_missing_not_that_it_lies_outside(gpkg_url, tmp_path):
    s = open_store(gpkg_url)
    parcels = s.read_layer("parcels").head(3)
    metric = gcrs.to_metric(parcels.geometry.values)
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": f"m-{i}"}, "geometry": json.loads(shapely.to_geojson(g))}
        for i, g in enumerate(metric)]}
    path = tmp_path / "metres.geojson"  # no "crs" member: GeoJSON means WGS 84, GDAL says EPSG:4326
    path.write_text(json.dumps(fc), encoding="utf-8")
    with pytest.raises(InputError) as err:
        plan_import(path, "parcels", zones=s.read_layer("zones"), province=province_outline(s))
    assert err.value.code == "imports.no_crs_metres"
    assert "EPSG:5897" in err.value.text("en") and "không có hệ tọa độ" in err.value.text("vi")
    # Given the CRS, the same file is placed where it belongs.
    plan = plan_import(path, "parcels", zones=s.read_layer("zones"), province=province_outline(s), crs="EPSG:5897")
    assert len(plan.rows) == 3 and "5897" in plan.crs


# ----------------------------------------------------------------- legends, statuses, exports
def _rgb(color: str) -> np.ndarray:
    return np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def test_the_greens_of_the_legend_are_told_apart():
    greens = [catalogue.STAGE_COLORS["compensation_paid"], catalogue.STAGE_COLORS["handed_over"],
              catalogue.CONSTRAINT_COLORS["protected_forest"]]
    for i, a in enumerate(greens):
        for b in greens[i + 1:]:
            assert np.linalg.norm(_rgb(a) - _rgb(b)) > 60, (a, b)
    swatches = {text: shape for _, text, shape in catalogue.context_legend("vi")}
    assert swatches["Rừng phòng hộ / đặc dụng"] == "area"  # drawn as the pale area it is on the map


def test_every_line_the_maps_draw_in_red_has_a_legend_entry():
    entries = catalogue.context_legend("en") + catalogue.blocked_legend("en") + catalogue.selection_legend("en")
    by_text = {text: (color, shape) for color, text, shape in entries}
    assert by_text["Expressway"] == (catalogue.INFRA_COLORS["expressway"], "line")
    assert by_text["National road"][1] == "line"
    assert by_text["Selected"] == (catalogue.SELECTION_STYLE["color"], "outline")
    assert by_text["Plot with a blocked parcel (dark red outline)"][0] == catalogue.BLOCKED_COLOR
    assert catalogue.SELECTION_STYLE["color"] not in (catalogue.INFRA_COLORS["expressway"], catalogue.BLOCKED_COLOR)
    html = maps.legend_html("Legend", entries)
    assert html.count("<span style=") == len(entries) and "border-top:4px solid #d00000" in html


def test_the_blocked_outline_in_the_legend_is_the_one_the_parcel_layers_draw():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "layers"
    for name in ("compact.py", "tiles.py"):
        assert catalogue.BLOCKED_COLOR in (root / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("code, need, free, vi, en", [
    ("resettlement_short", 120, 1500, "còn 1.500 lô trống cho 120 hộ", "have only 1,500 free lots for the 120 households"),
    ("resettlement_not_ready", 80, 0, "chưa xong hạ tầng; 80 hộ đang chờ", "not ready yet; 80 households are waiting"),
    ("resettlement_no_area", 5, 0, "Chưa có khu tái định cư nào cho 5 hộ", "No resettlement area yet for the 5 households"),
    (None, 7, 9, "Đủ chỗ tái định cư cho 7 hộ", "Enough resettlement lots for the 7 households"),
])
def test_a_resettlement_status_is_one_whole_sentence_in_each_language(code, need, free, vi, en):
    assert vi in catalogue.resettlement_status_text(code, need, free, "vi")
    assert en in catalogue.resettlement_status_text(code, need, free, "en")
    assert "resettlement_" not in catalogue.resettlement_status_text(code, need, free, "vi")


def test_every_column_of_a_site_export_has_a_header_in_both_languages(gpkg_url):
    s = open_store(gpkg_url)
    snap = build_snapshot(s, 1)
    result = gsearch.search(snap.layers["plots"], snap.layers["zones"], snap.ready, snap.facilities,
                            gsearch.SiteQuery(min_tier=4), with_geometry=5)
    columns = [c for c in gsearch.flat_sites(result).columns if c != "geometry"] + ["geometry_wkt", "notice"]
    for lang in ("vi", "en"):
        heads = catalogue.headers(catalogue.SITE_HEADERS, lang)
        assert all(c in heads for c in columns), [c for c in columns if c not in heads]
        assert len(set(heads.values())) == len(heads)  # no two columns under one name
    assert catalogue.headers(catalogue.SITE_HEADERS, "en")["nearest_port_en"] == "Nearest port"
    assert catalogue.headers(catalogue.SITE_HEADERS, "vi")["nearest_port_vi"] == "Cảng gần nhất"


def test_tooltips_wrap_and_are_kept_inside_the_map():
    html = maps.make_map(basemap=False).get_root().render()
    assert maps.TOOLTIP_CSS in html and "max-width:300px" in maps.TOOLTIP_CSS
    assert "L.Tooltip.prototype._setPosition" in html  # moved back inside when it would cross an edge
