"""Build SiteReady's embedded default dataset for Thanh Hóa from the facts in data/facts/.

Run from the project root:  python data/build_default.py [--out DIR]
The output (data/*.geojson, data/clearance_events.csv) is committed; the store
is seeded from it. The script is deterministic (seeded random numbers), so
running it again gives byte-identical files.

What is fact and what is not
- Names (vi/en), planned areas, decisions, developers and notes come from
  data/facts/thanhhoa_sites.csv, each with its source and confidence.
- Points are mostly commune centres: zone polygons are approximate shapes of
  the planned area around the point, kept inside the province and clear of
  each other. Every polygon says so in `location_note` and `confidence`.
- Where a planned area is unknown it is estimated (the median of the known
  stand-alone industrial park areas) and `area_estimated` is true.
- Parcels, their clearance stages, lease status, utilities, blocked flags,
  households to resettle, the clearance history, lease prices, sectors and
  utility capacities are ILLUSTRATIVE, shaped to agree with the known facts:
  Hoàng Long about 9.4 of 286.82 ha cleared; KCN số 3 115.3 ha cleared;
  Đình Hương – Tây Bắc Ga about 92 % of leasable land leased; proposed and
  stalled parks mostly not started.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from datetime import date, timedelta
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_cadastre import Labels, build_cadastre  # noqa: E402
from geo import cadastre  # noqa: E402
from geo import crs as gcrs  # noqa: E402
from geo.stages import STAGES  # noqa: E402
from geo.subdivide import main_angle, split_by_area, subdivide, zone_shape  # noqa: E402

FACTS = ROOT / "data" / "facts"
OUT = ROOT / "data"
SEED = 2030
AS_OF = date(2026, 10, 31)  # the illustrative states are "as of" this date
ILLUSTRATIVE = "illustrative (SiteReady default data, not an official record)"
SITES_SRC = "data/facts/thanhhoa_sites.csv"

BQL = "Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa"
SCT = "Sở Công Thương tỉnh Thanh Hóa"

# Per zone: id, parent, stage (illustrative unless the facts say), developer and
# decision where the facts name them, sectors (illustrative), clearance profile.
ZONES = [
    # name_en in the facts file -> attributes
    ("Nghi Son Economic Zone", dict(id="kkt-nghi-son", stage="operating", profile=None,
        decision="QĐ 102/2006/QĐ-TTg; QĐ 1699/QĐ-TTg 7/12/2018",
        sectors="petrochemicals;chemicals;metals;building_materials;logistics")),
    ("Nghi Son EZ Industrial Park No. 3", dict(id="kcn-nghi-son-3", parent="kkt-nghi-son",
        stage="under_construction", profile="kcn3", industrial_ha=144.65,
        subdivision=dict(block_length=(800.0, 1200.0), block_depth=(330.0, 450.0), lot_ha_median=4.0),
        sectors="mechanical;supporting;garments;building_materials")),
    ("Nghi Son EZ Industrial Park No. 21", dict(id="kcn-nghi-son-21", parent="kkt-nghi-son",
        stage="planned", profile="planned", developer="Tập đoàn Thái Lan (đề xuất)",
        sectors="chemicals;metals;logistics")),
    ("Le Mon Industrial Park", dict(id="kcn-le-mon", stage="operating", profile="operating",
        sectors="garments;footwear;agro_processing;building_materials")),
    ("Dinh Huong - Tay Bac Ga Industrial Park", dict(id="kcn-dinh-huong", stage="operating",
        profile="dinh_huong", decision="QĐ 913/QĐ-UBND 21/3/2013",
        sectors="garments;footwear;mechanical;electronics")),
    ("Hoang Long Industrial Park (FLC)", dict(id="kcn-hoang-long", stage="established",
        profile="hoang_long", developer="Tập đoàn FLC", sectors="electronics;supporting;mechanical")),
    ("Bim Son Industrial Park (A+B)", dict(id="kcn-bim-son", stage="operating", profile=None,
        sectors="building_materials;mechanical;metals")),
    ("Bim Son Industrial Park - Zone A", dict(id="kcn-bim-son-a", parent="kcn-bim-son", stage="operating",
        profile="operating", developer="Fuhucorp; VID Thanh Hóa", sectors="building_materials;mechanical;metals")),
    ("Bim Son Industrial Park - Zone B", dict(id="kcn-bim-son-b", parent="kcn-bim-son", stage="under_construction",
        profile="under_construction", developer="HUD4", decision="QĐ 4738/QĐ-UBND 31/12/2009",
        sectors="building_materials;mechanical;supporting")),
    ("Lam Son - Sao Vang Industrial Park", dict(id="kcn-lam-son-sao-vang", stage="operating", profile="operating",
        developer="Cường Thịnh Thi; Miền Trung", sectors="agro_processing;garments;footwear;logistics")),
    ("Thach Quang Industrial Park", dict(id="kcn-thach-quang", stage="planned", profile="planned",
        sectors="building_materials;agro_processing")),
    ("Ngoc Lac Industrial Park", dict(id="kcn-ngoc-lac", stage="planned", profile="planned",
        sectors="agro_processing;garments")),
    ("Bai Tranh Industrial Park", dict(id="kcn-bai-tranh", stage="planned", profile="planned",
        sectors="agro_processing;building_materials")),
    ("West Thanh Hoa City Industrial Park", dict(id="kcn-tay-thanh-hoa", stage="established", profile="established",
        industrial_ha=447.94, decision="QĐ 2643 (25/6/2024)", sectors="electronics;supporting;mechanical;garments")),
    ("Thang Long Thanh Hoa IP phase 1 (Sumitomo)", dict(id="kcn-thang-long-th-1", parent="kcn-tay-thanh-hoa",
        stage="under_construction", profile="under_construction", developer="Sumitomo Corporation",
        decision="QĐ 1316/QĐ-UBND 29/4/2025", sectors="electronics;supporting;mechanical")),
    ("Phu Quy Industrial Park", dict(id="kcn-phu-quy", stage="established", profile="established",
        decision="QĐ 1431/QĐ-TTg 19/11/2024", sectors="electronics;supporting;mechanical")),
    ("WHA Smart Technology IP Thanh Hoa phase 1", dict(id="kcn-wha-th-1", parent="kcn-phu-quy",
        stage="under_construction", profile="under_construction", developer="WHA Group",
        decision="QĐ 1431/QĐ-TTg 19/11/2024", sectors="electronics;supporting;mechanical")),
    ("Giang Quang Thinh IP (WHA Smart Tech IP 2, phase 1)", dict(id="kcn-giang-quang-thinh",
        stage="under_construction", profile="under_construction", developer="WHA Group",
        sectors="electronics;supporting;logistics")),
    ("Long Duy Giang IP (proposed)", dict(id="kcn-long-duy-giang", stage="planned", profile="planned",
        area_range=(300, 400), sectors="electronics;supporting")),
    ("Long Cong Thanh IP (proposed)", dict(id="kcn-long-cong-thanh", stage="planned", profile="planned",
        sectors="electronics;supporting")),
    ("Luu Binh Industrial Park", dict(id="kcn-luu-binh", stage="established", profile="established",
        sectors="mechanical;metals;logistics")),
    ("Tuong Linh Industrial Park", dict(id="kcn-tuong-linh", stage="planned", profile="planned",
        sectors="building_materials;mechanical")),
    ("Nhu Thanh Industrial Park", dict(id="kcn-nhu-thanh", stage="planned", profile="planned",
        sectors="agro_processing;building_materials")),
    ("Bai Tranh Industrial Cluster", dict(id="ccn-bai-tranh", stage="established", profile="established",
        developer="Mailands JSC", sectors="agro_processing;garments")),
    ("Dong Ninh Industrial Cluster", dict(id="ccn-dong-ninh", stage="operating", profile="operating",
        decision="QĐ 1999/QĐ-UBND (6/2020)", sectors="garments;footwear;agro_processing")),
    ("Quang Yen Industrial Cluster", dict(id="ccn-quang-yen", stage="under_construction",
        profile="under_construction", decision="QĐ 4036 (14/10/2021)", sectors="garments;mechanical;supporting")),
    ("Xuan Hoa - Tho Hai Industrial Cluster", dict(id="ccn-xuan-hoa-tho-hai", stage="established",
        profile="established", sectors="agro_processing;garments")),
    ("Ha Long I Industrial Cluster", dict(id="ccn-ha-long-1", stage="planned", profile="planned",
        sectors="building_materials;mechanical")),
    ("Cau Quan Industrial Cluster", dict(id="ccn-cau-quan", stage="planned", profile="planned",
        sectors="garments;agro_processing")),
    ("Van Thang - Yen Tho Industrial Cluster", dict(id="ccn-van-thang-yen-tho", stage="planned", profile="planned",
        sectors="agro_processing;building_materials")),
    ("Tho Minh Industrial Cluster", dict(id="ccn-tho-minh", stage="operating", profile="operating",
        developer="Công ty CP Hạ tầng KCN Thanh Hóa", industrial_ha=11.007,
        decision="QĐ 1832/QĐ-UBND 2/6/2017", sectors="garments;footwear;agro_processing")),
]

# Clearance profiles (illustrative): share of lots at each stage, most advanced first.
PROFILES = {
    "operating": dict(stages={"handed_over": 0.9, "compensation_paid": 0.05, "plan_approved": 0.05},
                      leased=0.62, reserved=0.08, utilities=0.95, years=(2004, 2021), households=0.2,
                      open_years=(2025, 2026)),
    "dinh_huong": dict(stages={"handed_over": 1.0}, leased=0.92, reserved=0.0, utilities=1.0,
                       years=(2008, 2016), households=0.0),
    "under_construction": dict(
        stages={"handed_over": 0.35, "compensation_paid": 0.12, "plan_approved": 0.13, "plan_posted": 0.12,
                "inventory": 0.14, "notice_issued": 0.09, "not_started": 0.05},
        leased=0.12, reserved=0.1, utilities=0.55, years=(2023, 2026), households=1.6),
    "kcn3": dict(stages={}, handed_over_ha=115.3,
                 rest={"compensation_paid": 0.25, "plan_approved": 0.25, "plan_posted": 0.2, "inventory": 0.2,
                       "notice_issued": 0.1},
                 leased=0.2, reserved=0.04, utilities=0.9, years=(2019, 2026), households=1.2),
    "established": dict(
        stages={"handed_over": 0.03, "compensation_paid": 0.04, "plan_approved": 0.06, "plan_posted": 0.1,
                "inventory": 0.2, "notice_issued": 0.22, "not_started": 0.35},
        leased=0.0, reserved=0.3, utilities=0.2, years=(2024, 2026), households=2.0),
    "planned": dict(stages={"notice_issued": 0.06, "not_started": 0.94}, leased=0.0, reserved=0.0,
                    utilities=0.0, years=(2025, 2026), households=2.2),
    "hoang_long": dict(stages={}, handed_over_ha=9.4, rest={"notice_issued": 0.15, "not_started": 0.85},
                       leased=0.0, reserved=0.0, utilities=0.5, years=(2015, 2016), households=1.8),
}

HISTORY_NOTE = "Minh họa / Illustrative"
BLOCKED_REASONS = [
    "Hộ dân chưa đồng ý đơn giá bồi thường / Households dispute the compensation price",
    "Tranh chấp ranh giới thửa đất / Boundary dispute",
    "Chờ cưỡng chế kiểm đếm bắt buộc (Điều 88) / Awaiting compulsory inventory (Art. 88)",
    "Vướng mồ mả chưa di dời / Graves not yet relocated",
    "Chưa xác định nguồn gốc đất / Land origin not yet determined",
]

# Resettlement for the zones whose facts make them showcases: (free lots per household waiting, stage).
RESETTLEMENT_PLAN = {
    "kcn-nghi-son-3": (1.4, "infrastructure_complete"),
    "kcn-hoang-long": (0.8, "planned"),
    "kcn-thang-long-th-1": (1.3, "infrastructure_complete"),
    "kcn-wha-th-1": (0.7, "infrastructure_complete"),
}

PRICE_BY_AREA = {"city": (75, 110), "nghi_son": (60, 90), "rural": (40, 65)}


def metric(geom):
    return gcrs.to_metric([geom])[0]


def wgs(geom):
    return gcrs.to_wgs84([geom])[0]


def r6(geom):
    """Round coordinates to 6 decimals (about 0.1 m): smaller files, same shapes."""
    return shapely.set_precision(geom, 1e-6) if not geom.is_empty else geom


def load_facts():
    sites = pd.read_csv(FACTS / "thanhhoa_sites.csv", dtype=str, keep_default_na=False)
    communes = pd.read_csv(FACTS / "thanhhoa_communes_2025.csv", dtype={"code": str})
    legacy = pd.read_csv(FACTS / "thanhhoa_communes_legacy.csv", dtype={"code": str})
    outline = gpd.read_file(FACTS / "thanhhoa_outline.geojson")
    return sites, communes, legacy, outline


def area_median_known(sites) -> float:
    known = []
    for name_en, spec in ZONES:
        row = sites[sites.name_en == name_en].iloc[0]
        if row.kind == "kcn" and not spec.get("parent") and row.area_ha and spec["id"] not in ("kcn-bim-son",):
            known.append(float(row.area_ha))
    known.append(566.0)  # Bỉm Sơn as a whole
    return round(float(np.median(known)) / 10) * 10


class Placer:
    """Places zone polygons of known area near known points, inside the province and clear of each other."""

    def __init__(self, land_m, rng):
        self.land = land_m
        self.inner = land_m.buffer(-300)
        shapely.prepare(self.inner)
        self.placed: list[tuple[str, Polygon]] = []
        self.rng = rng

    def place(self, zid, area_m2, point_m, *, within=None, avoid_ids=(), max_km=25.0):
        shape = zone_shape(area_m2, self.rng)
        container = within if within is not None else self.inner
        others = [g for i, g in self.placed if i not in avoid_ids]
        for dist in np.arange(0, max_km * 1000, 250.0):
            angles = [0.0] if dist == 0 else np.linspace(0, 2 * math.pi, max(8, int(dist / 150)), endpoint=False)
            for a in angles:
                cx, cy = point_m.x + dist * math.cos(a), point_m.y + dist * math.sin(a)
                cand = affinity.translate(shape, cx, cy)
                if not container.contains(cand):
                    continue
                if any(cand.buffer(60).intersects(o) for o in others):
                    continue
                self.placed.append((zid, cand))
                return cand, dist
        raise RuntimeError(f"could not place {zid}")


def build_zones(sites, legacy, land_m, rng):
    est_area = area_median_known(sites)
    placer = Placer(land_m, rng)
    zones = {}
    # Nghi Sơn EZ: the land of former Nghi Sơn town (Tĩnh Gia), from its communes' extents.
    tg = legacy[legacy.district == "Thị xã Nghi Sơn"]
    boxes = []
    for b in tg.bounds:
        (s, w), (n, e) = [tuple(map(float, p.split(","))) for p in b.split(" – ")]
        boxes.append(box(w, s, e, n))
    corners = shapely.MultiPoint([c for b in boxes for c in b.exterior.coords])
    kkt_wgs = shapely.concave_hull(corners, ratio=0.35)
    kkt_m = metric(kkt_wgs).buffer(500).intersection(land_m.buffer(-100))
    kkt_m = max(getattr(kkt_m, "geoms", [kkt_m]), key=lambda g: g.area)
    kkt_m = Polygon(kkt_m.exterior)
    placer.placed.append(("kkt-nghi-son", kkt_m))
    kkt_inner = kkt_m.buffer(-300)

    rows = {r.name_en: r for r in sites.itertuples()}
    order = sorted(
        (z for z in ZONES if z[1]["id"] != "kkt-nghi-son" and not z[1].get("parent")),
        key=lambda z: -(float(rows[z[0]].area_ha) if rows[z[0]].area_ha else est_area),
    )
    # Thọ Minh: the facts give only the former district (Thọ Xuân): use the centre of its communes.
    tx = legacy[legacy.district == "Huyện Thọ Xuân"]
    district_centre = (float(tx.lat.mean()), float(tx.lon.mean()))

    def record(name_en, spec, geom_m, dist_m, area_ha, estimated, point_note):
        r = rows[name_en]
        note = r.location_note
        if spec["id"] == "kkt-nghi-son":
            shape_note = ("Polygon: land of former Nghi Sơn town (Tĩnh Gia), the hull of its communes' extents; "
                          "the 6 communes of Nông Cống/Như Thanh and the sea area are not drawn.")
        else:
            shape_note = (f"Polygon: approximate shape of the planned area around {point_note}"
                          + (f", moved {dist_m / 1000:.1f} km to stay inside the province and clear of other zones"
                             if dist_m > 0 else "") + ".")
        zones[spec["id"]] = dict(
            id=spec["id"], kind="kkt" if r.kind == "kkt" else ("ccn" if r.kind == "ccn" else "kcn"),
            name_vi=r.name_vi, name_en=r.name_en, parent_id=spec.get("parent"),
            planned_area_ha=area_ha, area_estimated=estimated,
            industrial_land_ha=spec.get("industrial_ha"), stage=spec["stage"],
            developer=spec.get("developer"), decision_ref=spec.get("decision"),
            sectors=spec.get("sectors"),
            contact=SCT if r.kind == "ccn" else BQL,
            location_note=f"{note} {shape_note}".strip(),
            source=r.source or SITES_SRC,
            confidence=f"{r.confidence}; polygon approximate; stage, sectors, price and capacities {ILLUSTRATIVE}",
            as_of=AS_OF.isoformat(),
            geometry=geom_m,
        )

    record("Nghi Son Economic Zone", dict(ZONES[0][1]), kkt_m, 0, 106000.0, False, "")

    # Parks inside the economic zone.
    for name_en, spec in ZONES:
        if spec.get("parent") != "kkt-nghi-son":
            continue
        r = rows[name_en]
        area = float(r.area_ha)
        if r.lat:
            pt = metric(Point(float(r.lon), float(r.lat)))
            point_note = "the known point"
        else:  # location inside the EZ unknown: start from the EZ's inner centre
            pt = kkt_inner.point_on_surface()
            point_note = "a free spot inside the Nghi Sơn EZ (its location was not found)"
        geom, dist = placer.place(spec["id"], area * 1e4, pt, within=kkt_inner, avoid_ids=("kkt-nghi-son",))
        record(name_en, spec, geom, dist, area, False, point_note)

    for name_en, spec in order:
        r = rows[name_en]
        estimated = not r.area_ha
        if estimated:
            rng_ = spec.get("area_range")
            area = float(np.mean(rng_)) if rng_ else est_area
        else:
            area = float(r.area_ha)
        if r.lat:
            pt = metric(Point(float(r.lon), float(r.lat)))
            point_note = "the known point"
        else:
            pt = metric(Point(district_centre[1], district_centre[0]))
            point_note = "the centre of its former district (commune not known)"
        geom, dist = placer.place(spec["id"], area * 1e4, pt)
        record(name_en, spec, geom, dist, area, estimated, point_note)
        if estimated:
            zones[spec["id"]]["location_note"] += (
                f" Planned area not found: {area:g} ha is an estimate "
                + ("(middle of the proposed range)." if spec.get("area_range")
                   else "(median of the known stand-alone KCN areas).")
            )

    # Sub-zones: split their parent's polygon.
    children = {}
    for name_en, spec in ZONES:
        p = spec.get("parent")
        if p and p.startswith("kcn-"):
            children.setdefault(p, []).append((name_en, spec))
    for parent_id, kids in children.items():
        parent = zones[parent_id]
        rest = parent["geometry"]
        total = parent["planned_area_ha"]
        for i, (name_en, spec) in enumerate(kids):
            r = rows[name_en]
            area = float(r.area_ha)
            if i == len(kids) - 1 and abs(sum(float(rows[k[0]].area_ha) for k in kids) - total) < 1:
                part = rest
            else:
                part, rest = split_by_area(rest, area / (rest.area / 1e4))
            record(name_en, spec, part, 0, area, False, "")
            zones[spec["id"]]["location_note"] = (
                f"{r.location_note} Polygon: the part of {parent['name_vi']} holding its planned area "
                "(placement within the parent is approximate)."
            )
        parent["remainder"] = rest if rest.area > 5e4 else None
    return zones, est_area


def to_wgs_array(geoms):
    """Metric geometries as the rounded WGS 84 ones written out (rounding can leave a ring a hair invalid:
    repaired quietly)."""
    out = gcrs.to_wgs84(geoms)
    out = np.array([_round(g) for g in out], dtype=object)
    bad = ~shapely.is_valid(out)
    out[bad] = [_polygonal(g) for g in shapely.make_valid(out[bad])]
    assert shapely.is_valid(out).all() and np.isin(shapely.get_type_id(out), (3, 6)).all()
    return out


def _polygonal(geom):
    """The polygons of a repaired geometry (a repair can leave a stray line beside them)."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polys = [p for g in geom.geoms for p in getattr(g, "geoms", [g]) if p.geom_type == "Polygon"]
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _round(geom):
    try:
        return shapely.set_precision(geom, 1e-6)
    except shapely.errors.GEOSException:  # a ring collapsing on the grid: round the points, repair after
        return shapely.set_precision(geom, 1e-6, mode="pointwise")


def zone_profiles(zones):
    """The clearance profile of each zone holding lots (a parent holding lots beside its sub-zones: established)."""
    out = {}
    for zid, zone in zones.items():
        spec = next(s for _, s in ZONES if s["id"] == zid)
        out[zid] = "established" if zone.get("remainder") is not None and "remainder" in zone else spec.get("profile")
    return out


def plot_rows(lots):
    """Today's lots as the parks' planned plots: their clearance is derived from the parcels beneath."""
    areas = gcrs.area_ha([r6(wgs(lot["geometry"])) for lot in lots])
    return [dict(id=lot["id"], zone_id=lot["zone_id"], plot_no=lot["lot_no"], land_use=lot["land_use"],
                 area_ha=round(float(a), 4), lease_status=lot["lease_status"], utility_road=lot["utility_road"],
                 utility_power=lot["utility_power"], utility_water=lot["utility_water"],
                 utility_wastewater=lot["utility_wastewater"], source=lot["source"],
                 confidence="geometry, lease status and utilities " + ILLUSTRATIVE, version=1,
                 updated_at=f"{AS_OF.isoformat()}T00:00:00Z", updated_by="seed", geometry=r6(wgs(lot["geometry"])))
            for lot, a in zip(lots, areas)]


def lots_for(zone, rng, **params):
    geom = zone.get("remainder", zone["geometry"]) if "remainder" in zone else zone["geometry"]
    if geom is None:
        return []
    return subdivide(geom, rng, **params)


def order_along(lots, zone_geom, rng):
    """Lots ordered from one end of the zone to the other along its long axis (clearance proceeds by area)."""
    cents = np.array([[p.centroid.x, p.centroid.y] for p in lots])
    angle = math.radians(main_angle(zone_geom)) + (math.pi if rng.random() < 0.5 else 0.0)
    key = cents @ np.array([math.cos(angle), math.sin(angle)])
    return list(np.argsort(key))


def random_date(rng, years):
    start = date(years[0], 1, 1)
    end = min(date(years[1], 12, 31), AS_OF)
    return start + timedelta(days=int(rng.integers(0, (end - start).days + 1)))


def build_lots(zones, rng):
    """Today's lots of each park with illustrative lot-level states and history (the plots, and the states
    their cadastral parcels are drawn to agree with)."""
    parcels, events = [], []
    for zid, zone in zones.items():
        spec = dict(next(s for _, s in ZONES if s["id"] == zid))
        prof_name = spec.get("profile")
        if prof_name is None or zone.get("remainder", "x") is None:
            continue
        if "remainder" in zone:  # parent whose sub-zones hold their own lots
            prof_name = "established" if zid != "kcn-bim-son" else None
            if prof_name is None:
                continue
        prof = PROFILES[prof_name]
        lots = lots_for(zone, rng, **spec.get("subdivision", {}))
        if not lots:
            continue
        order = order_along(lots, zone["geometry"], rng)
        areas = np.array([p.area / 1e4 for p in lots])
        n = len(lots)
        # Land use: a utilities lot (wastewater plant) in parks over 50 ha, some logistics and services lots.
        land_use = ["industrial"] * n
        idx = rng.permutation(n)
        if zone["planned_area_ha"] and zone["planned_area_ha"] > 50:
            land_use[idx[0]] = "utilities"
        for j in idx[1:max(2, n // 12)]:
            land_use[j] = "logistics"
        for j in idx[max(2, n // 12):max(3, n // 12 + n // 25)]:
            land_use[j] = "services"
        # Stages, assigned in spatial order, most advanced first.
        stage_of = [None] * n
        if "handed_over_ha" in prof:
            acc = 0.0
            pos = 0
            while pos < n and acc + areas[order[pos]] <= prof["handed_over_ha"] + 0.5 * areas[order[pos]]:
                stage_of[order[pos]] = "handed_over"
                acc += areas[order[pos]]
                pos += 1
            rest = prof["rest"]
            remaining = order[pos:]
            seq = _stage_sequence(rest, len(remaining), rng)
            for j, s in zip(remaining, seq):
                stage_of[j] = s
        else:
            seq = _stage_sequence(prof["stages"], n, rng)
            for j, s in zip(order, seq):
                stage_of[j] = s
        # Lease: among handed-over industrial/logistics lots, in spatial order.
        lease = ["available"] * n
        leasable = [j for j in order if stage_of[j] == "handed_over" and land_use[j] in ("industrial", "logistics")]
        leasable_area = areas[leasable].sum() if leasable else 0.0
        acc = 0.0
        for j in leasable:
            if acc + areas[j] / 2 <= prof["leased"] * leasable_area:
                lease[j] = "leased"
                acc += areas[j]
        res_budget = prof["reserved"] * leasable_area
        acc = 0.0
        for j in reversed(leasable):
            if lease[j] == "available" and acc + areas[j] / 2 <= res_budget:
                lease[j] = "reserved"
                acc += areas[j]
        for j in range(n):
            if land_use[j] in ("utilities", "services"):
                lease[j] = "reserved"
        # Utilities: on handed-over lots, the older part of the zone first.
        ho = [j for j in order if stage_of[j] == "handed_over"]
        n_util = int(round(prof["utilities"] * len(ho)))
        util = {j: dict(road=False, power=False, water=False, wastewater=False) for j in range(n)}
        for k, j in enumerate(ho):
            if k < n_util:
                util[j] = dict(road=True, power=True, water=True, wastewater=bool(rng.random() > 0.03))
            else:
                util[j] = dict(road=bool(rng.random() < 0.7), power=bool(rng.random() < 0.5),
                               water=bool(rng.random() < 0.3), wastewater=False)
        for j in range(n):
            if stage_of[j] != "handed_over" and prof_name in ("operating", "under_construction", "kcn3"):
                util[j]["road"] = bool(rng.random() < 0.4)
        for k, pos in enumerate(range(n)):
            j = pos
            stage = stage_of[j]
            si = STAGES.index(stage)
            blocked = si in (1, 2, 3, 4) and rng.random() < 0.07
            households = 0 if stage == "handed_over" else int(rng.poisson(prof["households"]))
            pid = f"{zid}-{k + 1:03d}"
            # History: one event per stage reached, dates increasing.
            hist_dates = []
            if si > 0:
                # The last lots of an operating park are still being cleared now, not decades ago.
                years = prof.get("open_years", prof["years"]) if stage != "handed_over" else prof["years"]
                d = random_date(rng, years)
                for _ in range(1, si + 1):
                    hist_dates.append(d)
                    d = d + timedelta(days=int(rng.integers(20, 160)))
                    if d > AS_OF:
                        d = AS_OF
            for s, d in enumerate(hist_dates, start=1):
                events.append(dict(parcel_id=pid, action="stage", from_stage=STAGES[s - 1], to_stage=STAGES[s],
                                   at=f"{d.isoformat()}T00:00:00Z", by="seed", note="Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)",
                                   document_ref=None, version=s + 1))
            version = 1 + len(hist_dates)
            if blocked:
                version += 1
                events.append(dict(parcel_id=pid, action="blocked", from_stage=stage, to_stage=stage,
                                   at=f"{(hist_dates[-1] + timedelta(days=10)).isoformat()}T00:00:00Z",
                                   by="seed", note=BLOCKED_REASONS[int(rng.integers(len(BLOCKED_REASONS)))],
                                   document_ref=None, version=version))
            parcels.append(dict(
                id=pid, zone_id=zid, lot_no=f"L{k + 1:03d}", land_use=land_use[j], clearance_stage=stage,
                stage_since=hist_dates[-1].isoformat() if hist_dates else None, blocked=blocked,
                blocked_reason=events[-1]["note"] if blocked else None, lease_status=lease[j],
                utility_road=util[j]["road"], utility_power=util[j]["power"], utility_water=util[j]["water"],
                utility_wastewater=util[j]["wastewater"], resettlement_households=households,
                source="SiteReady default data (data/build_default.py)",
                confidence=f"geometry and states {ILLUSTRATIVE}", version=version,
                updated_at=(events[-1]["at"] if hist_dates else f"{AS_OF.isoformat()}T00:00:00Z"),
                updated_by="seed", geometry=lots[j],
            ))
    return parcels, events


def _stage_sequence(shares: dict, n: int, rng) -> list[str]:
    """``n`` stages in the given shares, most advanced first."""
    stages = sorted(shares, key=lambda s: -STAGES.index(s))
    counts = np.floor(np.array([shares[s] for s in stages]) * n).astype(int)
    while counts.sum() < n:
        counts[int(rng.integers(len(counts)))] += 1
    out = []
    for s, c in zip(stages, counts):
        out.extend([s] * int(c))
    return out[:n]


def build_resettlement(zones, parcels, land_m, rng, sites):
    out = []
    rows = {r.name_en: r for r in sites.itertuples()}
    zone_geoms = [z["geometry"] for z in zones.values() if z["id"] != "kkt-nghi-son"]
    for name_en, rid, serves, stage, cap, alloc in [
        ("Hai Yen commune resettlement area (Nguyen Binh ward)", "tdc-hai-yen", "kkt-nghi-son", "handed_over", 420, 405),
        ("Dong Minh resettlement area (N-S expressway)", "tdc-dong-minh", "", "handed_over", 180, 172),
    ]:
        r = rows[name_en]
        pt = metric(Point(float(r.lon), float(r.lat)))
        geom = _free_square(pt, cap * 300, zone_geoms + [g for g in (o["geometry"] for o in out)], land_m)
        out.append(dict(id=rid, name_vi=r.name_vi, name_en=r.name_en, serves=serves or None, capacity_lots=cap,
                        allocated_lots=alloc, stage=stage, location_note=r.location_note + " Polygon approximate.",
                        source=r.source, confidence=f"{r.confidence}; polygon approximate; capacity and lots {ILLUSTRATIVE}",
                        geometry=geom))
    by_zone = {}
    for p in parcels:  # households on cadastral parcels where clearance is under way, per park
        if p["clearance_stage"] not in ("not_started", "handed_over") and p["zone_id"] != "kkt-nghi-son":
            by_zone.setdefault(p["zone_id"], 0)
            by_zone[p["zone_id"]] += p["resettlement_households"] or 0
    for zid in sorted(by_zone):
        zone = zones[zid]
        need = max(by_zone[zid], 5)
        ratio, stage = RESETTLEMENT_PLAN.get(zid) or {
            "operating": (1.5, "handed_over"),
            "under_construction": (float(rng.choice([0.7, 1.3, 1.6])),
                                   str(rng.choice(["infrastructure_complete", "under_construction"]))),
            "established": (float(rng.choice([0.6, 1.0, 1.5])), str(rng.choice(["planned", "under_construction"]))),
        }.get(zone["stage"], (1.0, "planned"))
        free = int(math.ceil(need * ratio))
        alloc = int(free * rng.uniform(0.1, 0.5)) if stage in ("infrastructure_complete", "handed_over") else 0
        cap = int(math.ceil((free + alloc) / 5) * 5)
        c = zone["geometry"].centroid
        geom = _free_square(c, cap * 300, zone_geoms + [o["geometry"] for o in out], land_m, start=1500)
        out.append(dict(
            id=f"tdc-{zid}", name_vi=f"Khu tái định cư phục vụ {zone['name_vi']}",
            name_en=f"Resettlement area for {zone['name_en']}", serves=zid, capacity_lots=cap,
            allocated_lots=alloc, stage=stage,
            location_note="Illustrative: placed near the zone it serves; not an official site.",
            source="SiteReady default data (data/build_default.py)", confidence=f"location and figures {ILLUSTRATIVE}",
            geometry=geom))
    return out


def _free_square(pt, area_m2, avoid, land_m, start=0):
    side = math.sqrt(max(area_m2, 20_000))
    inner = land_m.buffer(-200)
    for dist in np.arange(start, 20_000, 200.0):
        for a in np.linspace(0, 2 * math.pi, 16, endpoint=False):
            cx, cy = pt.x + dist * math.cos(a), pt.y + dist * math.sin(a)
            cand = box(cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2)
            if inner.contains(cand) and not any(cand.buffer(50).intersects(g) for g in avoid):
                return cand
    raise RuntimeError("no room for a resettlement area")


def build_constraints(land_m, outline_wgs):
    out = []
    coast_region = metric(Polygon([(105.76, 19.26), (106.3, 19.26), (106.3, 20.04), (105.98, 20.08), (105.76, 19.5)]))
    coast = land_m.boundary.intersection(coast_region)
    flood = land_m.intersection(coast.buffer(3000))
    out.append(dict(id="flood-coastal", kind="flood", name_vi="Vùng ngập lụt ven biển (minh họa)",
                    name_en="Coastal flood zone (illustrative)",
                    source="SiteReady default data: a 3 km strip along the coast",
                    confidence=ILLUSTRATIVE, geometry=flood))
    chu = metric(LineString([(105.33, 19.905), (105.43, 19.884), (105.56, 19.858)])).buffer(600)
    out.append(dict(id="flood-song-chu", kind="flood", name_vi="Hành lang thoát lũ sông Chu (minh họa)",
                    name_en="Chu river flood corridor (illustrative)",
                    source="SiteReady default data: a 1.2 km corridor along the Chu river near Thọ Xuân",
                    confidence=ILLUSTRATIVE, geometry=chu.intersection(land_m)))
    reserves = [
        ("forest-pu-luong", "Khu bảo tồn thiên nhiên Pù Luông (phạm vi minh họa)", "Pu Luong nature reserve (illustrative extent)", (105.18, 20.44), 9000),
        ("forest-xuan-lien", "Khu bảo tồn thiên nhiên Xuân Liên (phạm vi minh họa)", "Xuan Lien nature reserve (illustrative extent)", (105.10, 19.88), 9000),
        ("forest-pu-hu", "Khu bảo tồn thiên nhiên Pù Hu (phạm vi minh họa)", "Pu Hu nature reserve (illustrative extent)", (104.85, 20.45), 8500),
    ]
    for rid, vi, en, (lon, lat), radius in reserves:
        c = metric(Point(lon, lat))
        g = affinity.scale(c.buffer(radius), 1.0, 1.4).intersection(land_m)
        out.append(dict(id=rid, kind="protected_forest", name_vi=vi, name_en=en,
                        source="SiteReady default data: illustrative extent at the reserve's approximate location",
                        confidence=ILLUSTRATIVE, geometry=g))
    c = metric(Point(105.6055, 20.0779))
    out.append(dict(id="heritage-thanh-nha-ho", kind="heritage", name_vi="Vùng đệm Thành nhà Hồ (minh họa)",
                    name_en="Citadel of the Ho Dynasty buffer zone (illustrative)",
                    source="SiteReady default data: a 2 km circle at the citadel's approximate location",
                    confidence=ILLUSTRATIVE, geometry=c.buffer(2000).intersection(land_m)))
    c = metric(Point(105.4692, 19.9025))
    runway = affinity.rotate(box(c.x - 2600, c.y - 700, c.x + 2600, c.y + 700), -40, origin=c)
    out.append(dict(id="military-sao-vang", kind="military", name_vi="Khu vực quân sự sân bay Sao Vàng (minh họa)",
                    name_en="Sao Vang airfield military area (illustrative)",
                    source="SiteReady default data: a rectangle around Thọ Xuân airport's runway (13/31)",
                    confidence=ILLUSTRATIVE, geometry=runway))
    c = metric(Point(105.69, 19.925))
    out.append(dict(id="rice-thieu-hoa", kind="protected_rice_land", name_vi="Đất chuyên trồng lúa cần bảo vệ, Thiệu Hóa (minh họa)",
                    name_en="Protected rice land, Thieu Hoa (illustrative)",
                    source="SiteReady default data", confidence=ILLUSTRATIVE,
                    geometry=affinity.scale(c.buffer(1800), 1.5, 0.8)))
    return out


def build_infrastructure(sites):
    out = []
    kinds = {"airport": "airport", "port": "port", "border_gate": "border_gate", "railway_station": "rail_station"}
    for r in sites.itertuples():
        if r.kind in kinds:
            out.append(dict(id=f"{kinds[r.kind]}-{_slug(r.name_en)}", kind=kinds[r.kind], name_vi=r.name_vi,
                            name_en=r.name_en, location_note=r.location_note, source=r.source,
                            confidence=r.confidence, geometry=Point(float(r.lon), float(r.lat))))
        if r.name_en.startswith("Van Thien"):
            out.append(dict(id="interchange-van-thien", kind="expressway_interchange", name_vi=r.name_vi,
                            name_en=r.name_en, location_note=r.location_note, source=r.source,
                            confidence=r.confidence, geometry=Point(float(r.lon), float(r.lat))))
    approx = "approximate position (illustrative), SiteReady default data"
    for iid, vi, en, lon, lat in [
        ("interchange-bim-son", "Nút giao QL217 (Bỉm Sơn – Hà Trung)", "QL217 interchange (Bim Son - Ha Trung)", 105.80, 20.055),
        ("interchange-ql45", "Nút giao QL45 (Thiệu Hóa)", "QL45 interchange (Thieu Hoa)", 105.672, 19.885),
        ("interchange-ql47", "Nút giao QL47 (Đông Sơn)", "QL47 interchange (Dong Son)", 105.688, 19.795),
        ("interchange-nghi-son", "Nút giao Nghi Sơn (Tân Trường)", "Nghi Son interchange (Tan Truong)", 105.668, 19.372),
    ]:
        out.append(dict(id=iid, kind="expressway_interchange", name_vi=vi, name_en=en,
                        location_note="On the North–South expressway; position approximate.", source=approx,
                        confidence="low (illustrative)", geometry=Point(lon, lat)))
    out.append(dict(id="rail-khoa-truong", kind="rail_station", name_vi="Ga Khoa Trường", name_en="Khoa Truong railway station",
                    location_note="About 0.5 km from KCN số 3 (facts: KCN số 3 note); position approximate.",
                    source="data/facts/thanhhoa_sites.csv (KCN số 3 note); position illustrative",
                    confidence="low", geometry=Point(105.672, 19.362)))
    expressway = [(105.855, 20.16), (105.82, 20.10), (105.80, 20.055), (105.745, 19.975), (105.672, 19.885),
                  (105.688, 19.795), (105.672, 19.70), (105.6618, 19.6145), (105.66, 19.50), (105.668, 19.372),
                  (105.6999, 19.319), (105.705, 19.29)]
    out.append(dict(id="expressway-north-south", kind="expressway", name_vi="Cao tốc Bắc – Nam phía Đông (đoạn qua Thanh Hóa)",
                    name_en="North-South Expressway (Thanh Hoa section)",
                    location_note="Approximate line through the known nodes (Vạn Thiện, Trường Lâm) and illustrative interchanges.",
                    source="https://en.sggp.org.vn/two-sections-of-eastern-north-south-expressway-open-to-public-travel-post105781.html ; line approximate",
                    confidence="low (line approximate)", geometry=LineString(expressway)))
    ql1a = [(105.905, 20.16), (105.857, 20.09), (105.83, 20.0), (105.79, 19.90), (105.775, 19.808), (105.765, 19.70),
            (105.745, 19.60), (105.735, 19.50), (105.73, 19.40), (105.72, 19.36), (105.73, 19.29)]
    out.append(dict(id="national-road-ql1a", kind="national_road", name_vi="Quốc lộ 1A (đoạn qua Thanh Hóa)",
                    name_en="National Highway 1A (Thanh Hoa section)",
                    location_note="Approximate line through Bỉm Sơn, Thanh Hóa city and Nghi Sơn.",
                    source="SiteReady default data; line approximate", confidence="low (line approximate)",
                    geometry=LineString(ql1a)))
    return out


def _slug(text):
    from geo.stages import fold

    return "-".join(w for w in "".join(ch if ch.isalnum() else " " for ch in fold(text)).split() if w)[:40]


def to_fc(rows, layer, drop_none=False):
    """A GeoJSON FeatureCollection (EPSG:4326, 6 decimals) from rows whose geometries are metric or wgs.

    With ``drop_none`` an empty property is left out (a smaller file; readers see it empty all the same)."""
    feats = []
    for r in rows:
        props = {k: _clean(v) for k, v in r.items() if k not in ("geometry", "remainder")}
        if drop_none:
            props = {k: v for k, v in props.items() if v is not None}
        feats.append({"type": "Feature", "properties": props,
                      "geometry": json.loads(shapely.to_geojson(r["geometry"]))})
    return {"type": "FeatureCollection", "name": layer, "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
            "features": feats}


def _clean(v):
    if isinstance(v, (np.floating,)):
        return float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def write_fc(name, rows, drop_none=False):
    path = OUT / f"{name}.geojson"
    fc = to_fc(rows, name, drop_none)
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    # One feature per line: readable diffs, small files.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    path.write_text(text + "\n", encoding="utf-8")
    return path


def main(argv=None):
    global OUT
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--out"] and len(args) > 1:
        OUT = Path(args[1])
        OUT.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    sites, communes, legacy, outline = load_facts()
    outline_wgs = outline.geometry.iloc[0]
    land_m = metric(outline_wgs)
    zones, est_area = build_zones(sites, legacy, land_m, rng)
    lots, lot_events = build_lots(zones, rng)
    zones_wgs = gpd.GeoDataFrame(
        {"id": list(zones), "parent_id": [z.get("parent_id") for z in zones.values()]},
        geometry=[r6(wgs(z["geometry"])) for z in zones.values()], crs=4326)
    communes_wgs = gpd.GeoDataFrame({"id": communes["code"].astype(str)},
                                    geometry=gpd.points_from_xy(communes["lon"], communes["lat"]), crs=4326)
    parcels, events = build_cadastre(
        zones, lots, lot_events, zone_profiles(zones), np.random.default_rng(SEED + 2),
        place=lambda geoms: cadastre.place(geoms, zones_wgs, communes_wgs), to_wgs=to_wgs_array,
        labels=Labels(as_of=AS_OF, source="SiteReady default data", confidence="illustrative", note=HISTORY_NOTE,
                      reasons=BLOCKED_REASONS, stage_shares=PROFILES["under_construction"]["stages"],
                      years=(2023, 2026)))
    resettlement = build_resettlement(zones, parcels, land_m, rng, sites)
    constraints = build_constraints(land_m, outline_wgs)

    to_wgs_rows = lambda rows: [dict(r, geometry=r6(wgs(r["geometry"]))) for r in rows]  # noqa: E731
    zone_rows = []
    for z in zones.values():
        z = dict(z)
        z.pop("remainder", None)
        g = wgs(z["geometry"])
        z["geometry"] = r6(g if isinstance(g, MultiPolygon) else MultiPolygon([g]))
        zone_rows.append(z)
    # Lease prices and capacities: illustrative, by location.
    prng = np.random.default_rng(SEED + 1)
    for z in zone_rows:
        if z["kind"] == "kkt":
            continue
        c = z["geometry"].centroid
        where = "nghi_son" if z["id"].startswith("kcn-nghi-son") else (
            "city" if abs(c.y - 19.81) < 0.15 and abs(c.x - 105.77) < 0.15 else "rural")
        lo, hi = PRICE_BY_AREA[where]
        z["lease_price_usd_m2"] = float(round(prng.uniform(lo, hi)))
        ha = z["planned_area_ha"] or est_area
        z["power_kv"] = 110.0 if ha >= 100 else 22.0
        z["water_m3_day"] = float(round(ha * 40, -2))
        z["wastewater_m3_day"] = float(round(ha * 32, -2))
    write_fc("zones", zone_rows)
    write_fc("plots", plot_rows(lots))
    # The zone is where a parcel lies, found again on loading (geo.seed): left out, the file stays light.
    write_fc("parcels", [{k: v for k, v in p.items() if k != "zone_id"} for p in parcels], drop_none=True)
    write_fc("resettlement_areas", to_wgs_rows(resettlement))
    cons = []
    for c in to_wgs_rows(constraints):
        g = c["geometry"]
        c["geometry"] = g if isinstance(g, MultiPolygon) else MultiPolygon([g])
        cons.append(c)
    write_fc("constraints", cons)
    infra = build_infrastructure(sites)
    for r in infra:  # roads: only the section inside the province
        if r["geometry"].geom_type == "LineString":
            clipped = r["geometry"].intersection(outline_wgs)
            r["geometry"] = r6(max(getattr(clipped, "geoms", [clipped]), key=lambda g: g.length))
    write_fc("infrastructure", infra)
    prov = dict(id="thanh-hoa", name_vi="Tỉnh Thanh Hóa", name_en="Thanh Hoa province",
                accuracy=outline.iloc[0]["accuracy"], source=outline.iloc[0]["source"],
                confidence="medium (about 100 m)", geometry=MultiPolygon([outline_wgs]))
    write_fc("province", [prov])
    comm = [dict(id=str(r.code), name_vi=r.ward, unit_type=r.type, area_km2=float(r.area_km2),
                 source="vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv",
                 confidence="centre point; boundary not included", geometry=Point(float(r.lon), float(r.lat)))
            for r in communes.itertuples()]
    write_fc("communes", comm)
    ev = pd.DataFrame(events, columns=["parcel_id", "action", "from_stage", "to_stage", "at", "by", "note",
                                       "document_ref", "version"])
    ev.to_csv(OUT / "clearance_events.csv", index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    total = gcrs.area_ha([p["geometry"] for p in parcels]).sum()
    print(f"zones {len(zone_rows)}, plots {len(lots)}, parcels {len(parcels)} ({total:.0f} ha), "
          f"resettlement {len(resettlement)}, "
          f"constraints {len(cons)}, events {len(ev)}, estimated area {est_area:g} ha")


if __name__ == "__main__":
    main()
