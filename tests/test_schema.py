"""geo.schema.validate_frame: the column-wise check gives what the row-by-row check gives, value for value,
and refuses what it refuses with the same sentence, naming the same row and field."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from unittest import mock
from decimal import Decimal

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.schema import LAYERS, validate_frame, validate_frame_by_row

SQUARE = shapely.box(105.70, 19.80, 105.71, 19.81)
BOWTIE = shapely.Polygon([(105.70, 19.80), (105.71, 19.81), (105.71, 19.80), (105.70, 19.81)])
SQUARE_Z = shapely.force_3d(SQUARE, 4.0)
MULTI = shapely.MultiPolygon([SQUARE, shapely.box(105.72, 19.80, 105.73, 19.81)])


def outcome(layer: str, gdf: gpd.GeoDataFrame, fallback: bool = False):
    """(rows, None) or (None, the refusal in both languages). Unless ``fallback``, the column pass must decide
    alone: handing the frame to the row-by-row check would hide a disagreement."""
    guard = (contextlib.nullcontext() if fallback else
             mock.patch("geo.schema.validate_frame_by_row", side_effect=AssertionError("fell back")))
    with guard:
        try:
            return validate_frame(LAYERS[layer], gdf), None
        except InputError as err:
            return None, (err.message.text("en"), err.message.text("vi"))


def reference(layer: str, gdf: gpd.GeoDataFrame):
    try:
        return validate_frame_by_row(LAYERS[layer], gdf), None
    except InputError as err:
        return None, (err.message.text("en"), err.message.text("vi"))


def same_value(a, b) -> bool:
    if isinstance(a, shapely.Geometry) or isinstance(b, shapely.Geometry):
        return (isinstance(a, shapely.Geometry) and isinstance(b, shapely.Geometry)
                and bool(shapely.equals_identical(a, b)) and shapely.to_wkb(a) == shapely.to_wkb(b))
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, float):
        return math.copysign(1.0, a) == math.copysign(1.0, b) and a == b
    return a == b


def assert_same(layer: str, gdf: gpd.GeoDataFrame, fallback: bool = False):
    """Both checks agree on ``gdf``; returns the common outcome."""
    got, want = outcome(layer, gdf, fallback), reference(layer, gdf)
    assert got[1] == want[1]
    if want[0] is not None:
        assert got[0] is not None and len(got[0]) == len(want[0])
        for i, (g, w) in enumerate(zip(got[0], want[0])):
            assert list(g) == list(w), i
            bad = {k: (g[k], w[k]) for k in w if not same_value(g[k], w[k])}
            assert not bad, (i, bad)
    return want


def parcels(n: int = 6, **columns) -> gpd.GeoDataFrame:
    """Parcels that pass, with ``columns`` replaced (a list of cells or a Series)."""
    data = {
        "id": [f"38001-{i}-{i}" for i in range(n)],
        "clearance_stage": ["not_started"] * n,
        "source": ["Sở TN&MT Thanh Hóa"] * n,
        "confidence": ["bản đồ địa chính"] * n,
    }
    geometry = columns.pop("geometry", [SQUARE] * n)
    data.update(columns)
    return gpd.GeoDataFrame(data, geometry=list(geometry), crs=4326)


def obj(*cells) -> pd.Series:
    return pd.Series(list(cells), dtype=object)


AWKWARD = parcels(
    8,
    id=obj(" 38001-1-1 ", "Thửa-đất-2", "38001-1-3", "38001-1-4", "x5", "x6", "x7", "x8"),
    commune_code=obj("012", 12, 12.0, None, np.nan, "", "  ", "Đông Sơn"),
    sheet_no=pd.Series(["1", "2", None, "4", "5", "6", "7", "8"], dtype="str"),
    parcel_no=pd.Series(["1", pd.NA, "3", "4", "5", "6", "7", "8"], dtype="string"),
    legal_area_m2=obj("1,5", "12", " 3.0 ", "", None, np.nan, 7, np.float64(2.25)),
    area_m2=[1.0, np.nan, 0.0, -0.0, 5.5, 6.0, 7.0, 1e6],
    land_use_code=pd.Categorical(["LUC", "ONT", None, "ODT", "SKC", "LUC", "ONT", "ODT"]),
    recovered_m2=[0, 1, 2, 3, 4, 5, 6, 7],
    clearance_stage=obj(" not_started ", "inventory", "compensation_paid", "handed_over", "not_started",
                        "inventory", "not_started", "inventory"),
    stage_since=obj("2024-01-05", dt.date(2023, 5, 1), dt.datetime(2022, 2, 3, 10, 30),
                    pd.Timestamp("2021-06-07 23:59"), None, "", "  ", pd.NaT),
    blocked=obj(0, 1, "yes", "có", "không", True, None, "x"),
    blocked_reason=obj("Tranh chấp ranh giới", None, "", "  ", np.nan, 5, "ok", "Khiếu nại"),
    resettlement_households=pd.Series([1, None, 3, 0, 2, None, 1, 4], dtype="Int64"),
    version=obj(1, 2.0, "3", np.int64(4), 5, 6, 7, 8),
    updated_at=obj("2024-01-05T10:00:00+07:00", pd.Timestamp("2024-02-01 08:00", tz="Asia/Ho_Chi_Minh"),
                   dt.datetime(2024, 3, 1, 9), None, "2024-04-01", pd.Timestamp("2024-05-01"), "", np.nan),
    updated_by=["Nguyễn Văn A", None, "", "b", "c", "d", "e", "f"],
    geometry=[SQUARE, MULTI, SQUARE_Z, SQUARE, MULTI, SQUARE, SQUARE, SQUARE],
)


def test_awkward_cells_give_the_same_rows():
    rows, refused = assert_same("parcels", AWKWARD)
    assert refused is None
    assert rows[0]["id"] == "38001-1-1" and rows[0]["legal_area_m2"] == 1.5
    assert rows[1]["commune_code"] == "12" and rows[2]["commune_code"] == "12.0"
    assert rows[2]["stage_since"] == "2022-02-03" and rows[2]["geometry"].geom_type == "MultiPolygon"
    assert [r["blocked"] for r in rows] == [False, True, True, True, False, True, None, True]


@pytest.mark.parametrize("column, cells", [
    ("area_m2", np.array([1.0, np.nan, 2.5, -0.0, 3.0])),
    ("area_m2", np.array([1, 2, 3, 4, 5], dtype=np.int64)),
    ("area_m2", np.array([True, False, True, True, False])),
    ("area_m2", pd.array([1.5, None, 2.0, 0.0, 3.0], dtype="Float64")),
    ("version", np.array([1.0, np.nan, 3.0, 4.0, 5.0])),
    ("version", pd.array([1, None, 3, 4, 2**60], dtype="Int64")),
    ("version", np.array([1, 2, 2**53 - 1, 0, 9], dtype=np.uint64)),
    ("blocked", np.array([1.0, 0.0, np.nan, np.inf, -2.0])),
    ("blocked", np.array([1, 0, 1, 1, 0], dtype=np.int8)),
    ("blocked", np.array([True, False, True, True, False])),
    ("blocked", pd.array([True, None, False, True, False], dtype="boolean")),
    ("blocked", pd.Series(["yes", "no", "có", "không", "x"], dtype="str")),
    ("stage_since", pd.to_datetime(["2024-01-05", None, "2023-12-31 23:00", "2020-02-29", "2020-02-29"], format="ISO8601")),
    ("stage_since", pd.to_datetime(["2024-01-05 23:00", None, "2023-12-31", "2020-02-29", "2020-02-29"], format="ISO8601").tz_localize("Asia/Ho_Chi_Minh")),
    ("updated_at", pd.to_datetime(["2024-01-05 23:00", None, "2023-12-31", "2020-02-29", "2020-02-29"], format="ISO8601")),
    ("updated_at", pd.to_datetime(["2024-01-05 23:00", None, "2023-12-31", "2020-02-29", "2020-02-29"], format="ISO8601").tz_localize("Asia/Ho_Chi_Minh")),
    ("updated_at", obj("2024-01-05", "2024-01-05T23:00:00Z", "2024-01-05 23:00:00+07:00", None, "")),
    ("commune_code", np.array([12.0, np.nan, -0.0, 0.0, 1e20])),
    ("commune_code", np.array([1, 2, 3, 4, 5], dtype=np.int64)),
    ("commune_code", np.array([True, False, True, True, False])),
    ("commune_code", pd.to_datetime(["2024-01-05", None, "2023-12-31", "2020-02-29", "2020-02-29"], format="ISO8601")),
    ("commune_code", obj(1, 1.0, True, "1", np.str_("1"))),
    ("commune_code", obj(0, 0.0, -0.0, False, Decimal("NaN"))),
    ("blocked_reason", obj("  Tranh chấp  ", "Tranh chấp", None, pd.NA, "\t")),
    ("land_use_code", pd.Categorical(["LUC", None, "ODT", "ONT", "LUC"])),
    ("clearance_stage", pd.Categorical(["inventory", "inventory", "not_started", "handed_over", "inventory"])),
    ("clearance_stage", pd.Series(["inventory", "inventory", "not_started", "handed_over", "inventory"], dtype="string")),
])
def test_typed_columns_give_the_same_rows(column, cells):
    assert_same("parcels", parcels(5, **{column: cells}))


# Each: a column and a bad third row (and a fourth for good measure) -> the field the refusal names.
REFUSALS = [
    ("legal_area_m2", obj(1.0, "2", "-1", "abc", 5.0)),
    ("legal_area_m2", obj(1.0, "2", "mười", None, 5.0)),
    ("legal_area_m2", np.array([1.0, 2.0, -3.0, np.inf, 5.0])),
    ("legal_area_m2", np.array([1.0, 2.0, np.inf, 4.0, 5.0])),
    ("version", obj(1, 2, 2.5, 4, 5)),
    ("version", np.array([1.0, 2.0, 2**53, 4.0, 5.0])),
    ("version", np.array([1, 2, -3, 4, 5])),
    ("clearance_stage", obj("inventory", "inventory", "bogus", "not_started", "inventory")),
    ("clearance_stage", obj("inventory", "inventory", "   ", "not_started", "inventory")),
    ("clearance_stage", obj("inventory", "inventory", None, "not_started", "inventory")),
    ("clearance_stage", pd.Series(["inventory", "inventory", None, "not_started", "inventory"], dtype="str")),
    ("clearance_stage", obj("inventory", "inventory", 3.0, 4, "inventory")),
    ("blocked", obj("yes", "no", "maybe", "x", 1)),
    ("blocked", pd.Series(["yes", "no", "maybe", "x", "1"], dtype="str")),
    ("stage_since", obj("2024-01-05", "2024-01-06", "not a date", "2024-01-07", None)),
    ("stage_since", obj("2024-01-05", "2024-01-06", "2024-02-30", "2024-01-07", None)),
    ("updated_at", obj("2024-01-05", "2024-01-06", "soon", "2024-01-07", None)),
    ("id", obj("a", "b", "", "d", "e")),
    ("id", obj("a", "b", None, "d", "e")),
    ("id", obj("a", "b", "a", "d", "e")),
    ("id", obj("a", "b", " a ", "d", "e")),
    ("id", obj("a", 1, "1", "d", "e")),
    ("id", pd.Series(["a", "b", None, "d", "e"], dtype="str")),
    ("geometry", [SQUARE, SQUARE, None, SQUARE, SQUARE]),
    ("geometry", [SQUARE, SQUARE, shapely.Polygon(), SQUARE, SQUARE]),
    ("geometry", [SQUARE, SQUARE, shapely.Point(105.7, 19.8), SQUARE, SQUARE]),
    ("geometry", [SQUARE, SQUARE, BOWTIE, SQUARE, SQUARE]),
    ("geometry", [SQUARE, SQUARE, shapely.GeometryCollection([SQUARE]), SQUARE, SQUARE]),
]


@pytest.mark.parametrize("column, cells", REFUSALS)
def test_a_bad_third_row_is_refused_with_the_same_sentence(column, cells):
    _, refused = assert_same("parcels", parcels(5, **{column: cells}))
    assert refused is not None and "row 3" in refused[0], refused
    field = "" if column in ("geometry", "id") else column
    assert field in refused[0]


def test_the_first_bad_row_wins_and_within_it_the_first_field_then_the_geometry():
    gdf = parcels(5, legal_area_m2=obj(1, 2, 3, -4, 5), blocked=obj("x", "x", "maybe", "x", "x"),
                  geometry=[SQUARE, SQUARE, BOWTIE, SQUARE, None])
    _, refused = assert_same("parcels", gdf)
    assert "row 3" in refused[0] and "blocked" in refused[0]
    gdf = parcels(5, geometry=[SQUARE, SQUARE, BOWTIE, SQUARE, None], id=obj("a", "b", "c", "a", "e"))
    _, refused = assert_same("parcels", gdf)
    assert "row 3 (c)" in refused[0] and "Self-intersection" in refused[0]
    gdf = parcels(5, id=obj("a", "b", "c", "a", "b"), version=obj(1, 1, 1, 1, "two"))
    _, refused = assert_same("parcels", gdf)
    assert "row 4 (a)" in refused[0] and "twice" in refused[0]


def test_a_missing_required_column_is_refused_before_any_row():
    assert_same("parcels", parcels(3).drop(columns=["clearance_stage"]))


def test_an_empty_frame_gives_no_rows():
    assert assert_same("parcels", parcels(0)) == ([], None)


def test_same_named_columns_are_left_to_the_row_by_row_check():
    gdf = parcels(3, updated_by=["a", "b", "c"])
    gdf.insert(1, "x", ["a", "b", "c"])
    gdf = gdf.rename(columns={"x": "updated_by"})
    with pytest.warns(UserWarning, match="not unique"):
        assert_same("parcels", gdf, fallback=True)


def test_other_layers_give_the_same_rows():
    plots = gpd.GeoDataFrame({
        "id": ["p1", "p2", "p3"], "zone_id": ["kcn-a"] * 3, "plot_no": [1, "A-2", None],
        "land_use": obj("industrial", " logistics ", "services"), "area_ha": obj("1,25", 2, None),
        "lease_status": ["available", "leased", "reserved"], "utility_road": obj("có", "không", 1),
        "utility_power": [True, False, True], "utility_water": obj(None, "", "x"),
        "source": ["s"] * 3, "confidence": ["c"] * 3,
    }, geometry=[SQUARE, SQUARE_Z, SQUARE], crs=4326)
    assert_same("plots", plots)
    assert "row 2" in assert_same("plots", plots.set_geometry([SQUARE, MULTI, SQUARE]))[1][0]
    zones = gpd.GeoDataFrame({
        "id": ["z1", "z2"], "kind": ["kcn", "kkt"], "name_vi": ["Khu công nghiệp Lễ Môn", "Nghi Sơn"],
        "name_en": ["Le Mon", "Nghi Son"], "stage": ["operating", "planned"],
        "sectors": obj("garments; footwear;", None), "area_estimated": obj("yes", 0),
        "source": ["s"] * 2, "confidence": ["c"] * 2, "as_of": obj("2025-07-01", pd.Timestamp("2025-07-01")),
    }, geometry=[SQUARE, MULTI], crs=4326)
    assert_same("zones", zones)
    zones["sectors"] = obj("garments", "garments; toys")
    assert "row 2 (z2)" in assert_same("zones", zones)[1][0]
    infra = gpd.GeoDataFrame({
        "id": ["i1", "i2", "i3"], "kind": ["port", "expressway", "substation"], "name_vi": ["a", "b", "c"],
        "name_en": ["a", "b", "c"], "source": ["s"] * 3, "confidence": ["c"] * 3,
    }, geometry=[shapely.Point(105.7, 19.8, 3), shapely.LineString([(105.7, 19.8), (105.8, 19.9)]),
                 shapely.Point(105.7, 19.8)], crs=4326)
    assert_same("infrastructure", infra)
    assert "row 1" in assert_same("infrastructure", infra.set_geometry([SQUARE] * 3))[1][0]


# Cells of every kind a field may meet: (read, refused), for hypothesis to mix.
CELLS = {
    "legal_area_m2": ([1.5, 0, "2,5", " 3 ", "", None, np.nan, np.int64(4), True, "1e3", -0.0],
                      [-1, "abc", float("inf")]),
    "version": ([1, 2.0, "3", None, np.nan, "", np.float64(7), " 8 "], [2.5, -1, 2**53, "v2"]),
    "blocked": ([0, 1, "yes", "có", "không", "x", None, True, np.bool_(False), 2.5, "", "Đạt"], ["maybe"]),
    "stage_since": (["2024-01-05", dt.date(2023, 5, 1), pd.Timestamp("2021-06-07 23:59"), None, "",
                     dt.datetime(2022, 2, 3, 10, 30), pd.NaT, "05/06/2024"], ["bad", "2024-13-01"]),
    "clearance_stage": (["not_started", " inventory ", "handed_over"], ["bogus", None, ""]),
    "commune_code": (["012", 12, 12.0, None, "  ", "Đông Sơn", True, -0.0, np.str_("7"), np.nan], []),
    "id": (["a", "b", "c", " d", "đ", 1, "1 "], ["", None, "  "]),
    "geometry": ([SQUARE, MULTI, SQUARE_Z], [None, BOWTIE, shapely.Point(105.7, 19.8), shapely.Polygon()]),
}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_mix_of_cells_gives_the_same_outcome(data):
    """Cells drawn from what each field reads; one field (or none) may also draw what it refuses."""
    n = data.draw(st.integers(1, 6))
    spoilt = data.draw(st.sampled_from([None, *CELLS]))
    columns = {}
    for name, (good, bad) in CELLS.items():
        pool = good + bad if name == spoilt else good
        cells = [pool[k] for k in data.draw(st.lists(st.integers(0, len(pool) - 1), min_size=n, max_size=n))]
        columns[name] = cells if name == "geometry" else obj(*cells)
    assert_same("parcels", parcels(n, **columns))
