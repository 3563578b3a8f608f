"""The default data's cadastral parcels (thửa đất) beneath the parks' plots: illustrative, deterministic.

Called by data/build_default.py with today's lots (the plots) and their illustrative lot-level states.
Parcels are an illustrative fabric (:mod:`geo.fabric`) drawn over each park and a margin around it, so the
park's boundary and its plots cut through parcels as real plans do. Their stages are drawn so that each
plot's clearance, derived from the parcels beneath (:mod:`geo.plots`), is the lot's:

- a parcel takes the most advanced stage of the plots over it (a plot handed over keeps every parcel
  beneath it handed over); one under no plot (a road or green strip of the plan) takes its nearest plot's;
- parcels of a plot where clearance is under way run up to two steps ahead of it, never to handed over,
  except the one most beneath the plot, which keeps the plot's stage;
- a blocked lot has one or two blocked parcels; residential parcels (ONT) house one or two households;
- parks handed over long ago (operating parks' cleared plots) are the developer's land now: one to three
  industrial-park parcels (SKK; SKN in a cluster) per plot;
- a road corridor of the Nghi Sơn EZ outside its parks is being recovered too.

Fields are smaller where clearance is under way (the showcase parks), consolidated in planned parks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
import shapely
from shapely import affinity
from shapely.geometry import box

from geo.fabric import _largest, fabric
from geo.stages import STAGES
from geo.subdivide import main_angle, split_by_area

SHOWCASE = ("kcn-nghi-son-3", "kcn-hoang-long", "kcn-thang-long-th-1", "kcn-wha-th-1")
OLD_PROFILES = ("operating", "dinh_huong")
#: Parks planned in the western uplands: plantations and production forest rather than rice.
UPLAND = ("kcn-ngoc-lac", "kcn-thach-quang", "kcn-bai-tranh", "kcn-nhu-thanh", "ccn-bai-tranh")
UPLAND_CODES = {"LUC": "CLN", "LUK": "RSX", "BHK": "BHK", "CLN": "RSX", "NTS": "NTS"}
MARGIN_M = 25.0  # fabric drawn this far outside a park: parcels cut by its boundary
MIN_INSIDE = 0.1  # a parcel mostly outside every park is kept when at least this share lies inside
HANDED = STAGES.index("handed_over")
PAID = STAGES.index("compensation_paid")
SHEET_M = 800.0  # a 1:2000 map sheet covers about this much ground, each way
MULTI_PARTS = 8  # parcels cut in two by a ditch dug after the survey


def scale_of(profile: str, zone_id: str, stage_no: int) -> float:
    """Field scale around a lot: small parcels where clearance is under way, large consolidated fields
    where nothing has started, state-farm and forest plots in the uplands."""
    if zone_id in UPLAND:
        return 60.0
    if profile in OLD_PROFILES:
        return 6.0
    if profile == "planned":
        return 40.0
    if profile == "established":
        return 25.0 if stage_no == 0 else 16.0
    if stage_no == 0:
        return 20.0
    return 1.15 if zone_id in SHOWCASE else 5.0


def lot_scale_of(profile: str, zone_id: str, stage_no: int) -> float:
    """:func:`scale_of`, with plots handed over recently (outside the old parks) cut as finely as the land
    around them was when it was recovered."""
    if stage_no == HANDED and profile not in OLD_PROFILES:
        return float(np.clip(scale_of(profile, zone_id, 1), 2.0, 3.0))
    return scale_of(profile, zone_id, stage_no)


def _union(geoms):
    return shapely.union_all(list(geoms)) if len(geoms) else shapely.Polygon()


def fabric_regions(zones, lots, profiles):
    """Per fabric root (a park, or a park with its sub-parks): the region its fabric covers."""
    by_zone: dict[str, list] = {}
    for lot in lots:
        by_zone.setdefault(lot["zone_id"], []).append(lot)
    roots: dict[str, list[str]] = {}
    for zid in by_zone:
        parent = zones[zid].get("parent_id")
        root = parent if parent and parent != "kkt-nghi-son" else zid
        roots.setdefault(root, []).append(zid)
    for zid, zone in zones.items():  # a parent whose sub-parks hold every lot (Bỉm Sơn)
        if zid in roots or zone.get("parent_id") or zone["kind"] == "kkt":
            continue
        kids = [k for k, z in zones.items() if z.get("parent_id") == zid and k in by_zone]
        if kids:
            roots[zid] = kids
    out = {}
    for root, members in sorted(roots.items()):
        old = [m for m in members if profiles[m] in OLD_PROFILES]
        region = shapely.Polygon()
        if root not in old:
            region = zones[root]["geometry"].buffer(MARGIN_M, join_style="mitre")
            region = region.difference(_union([zones[m]["geometry"] for m in old]))
        for m in old:
            open_lots = [x["geometry"] for x in by_zone[m] if x["clearance_stage"] != "handed_over"]
            done = [x["geometry"] for x in by_zone[m] if x["clearance_stage"] == "handed_over"]
            if open_lots:
                part = _union(open_lots).buffer(12.0, join_style="mitre").intersection(zones[m]["geometry"])
                # Kept 0.3 m off the developer's parcels: rounding to 6 decimals must not make them overlap.
                region = region.union(part.difference(_union(done).buffer(0.3, join_style="mitre")))
        out[root] = (members, region)
    return out


def corridor(zones, rng):
    """An access road corridor in the Nghi Sơn EZ outside its parks, beside KCN số 3: a region."""
    kcn3 = zones["kcn-nghi-son-3"]["geometry"]
    ez_inner = zones["kkt-nghi-son"]["geometry"].buffer(-300)
    others = _union([z["geometry"] for zid, z in zones.items() if zid != "kkt-nghi-son"]).buffer(MARGIN_M + 40)
    angle = main_angle(kcn3)
    c = kcn3.centroid
    for dist in range(600, 4000, 100):
        for turn in (90, -90, 0, 180):
            a = math.radians(angle + turn)
            cand = affinity.rotate(box(-400, -90, 400, 90), angle, origin=(0, 0))
            cand = affinity.translate(cand, c.x + dist * math.cos(a), c.y + dist * math.sin(a))
            if ez_inner.contains(cand) and not cand.intersects(others):
                return cand
    raise RuntimeError("no room for the EZ road corridor")


class Owners:
    """What a parcel takes its stage and dates from: a lot over it, or a block of the EZ corridor."""

    def __init__(self, lots, lot_events):
        self.stage = [STAGES.index(lot["clearance_stage"]) for lot in lots]
        self.blocked_reason = [lot["blocked_reason"] if lot["blocked"] else None for lot in lots]
        dates: dict[str, list[date]] = {}
        for e in lot_events:
            if e["action"] == "stage":
                dates.setdefault(e["parcel_id"], []).append(date.fromisoformat(e["at"][:10]))
        self.dates = [dates.get(lot["id"], []) for lot in lots]

    def add(self, stage: int, dates: list[date], blocked_reason: str | None) -> int:
        self.stage.append(stage)
        self.dates.append(dates)
        self.blocked_reason.append(blocked_reason)
        return len(self.stage) - 1


def _draw_fabric(zones, regions, lots, profiles, rng):
    """Fabric parcels of every park (metric), with the root park each was drawn for."""
    lot_geoms = np.array([lot["geometry"] for lot in lots], dtype=object)
    lot_scale = np.array([lot_scale_of(profiles[lot["zone_id"]], lot["zone_id"], STAGES.index(lot["clearance_stage"]))
                          for lot in lots])
    tree = shapely.STRtree(lot_geoms)

    def scale_at(blocks):
        """The smallest scale of the lots a block touches (the nearest lot's when none): parcels that
        straddle into a plot where clearance is under way are as small as that plot's."""
        out = lot_scale[tree.nearest(blocks)]
        b, q = tree.query(blocks, predicate="intersects")
        least = np.full(len(blocks), np.inf)
        np.minimum.at(least, b, lot_scale[q])
        return np.where(np.isfinite(least), least, out)

    geoms, codes = [], []
    for root, (members, region) in regions.items():
        turn = float(rng.choice([-1.0, 1.0]) * rng.uniform(12.0, 35.0))
        size = min(3.0, math.sqrt(min(lot_scale[i] for i, lot in enumerate(lots) if lot["zone_id"] in members)))
        f = fabric(region, rng, angle=main_angle(zones[root]["geometry"]) + turn, scale=scale_at, block_size=size)
        parks = _union([zones[m]["geometry"] for m in (root, *members)])
        inside = shapely.area(shapely.intersection(f.geoms, parks)) / shapely.area(f.geoms)
        keep = inside >= MIN_INSIDE
        code = f.codes[keep]
        if root in UPLAND:
            code = np.array([UPLAND_CODES.get(c, c) for c in code], dtype=object)
        handed = [lot["geometry"] for lot in lots if lot["zone_id"] in members and lot["clearance_stage"] == "handed_over"
                  and profiles[lot["zone_id"]] not in OLD_PROFILES]
        g, code = _split_at(f.geoms[keep], code, _union(handed).buffer(12.0, join_style="mitre"))
        geoms.append(g)
        codes.append(code)
    return np.concatenate(geoms), np.concatenate(codes)


def _split_at(geoms, codes, edge):
    """Parcels cut by the edge of the land handed over so far split in two (tách thửa): the part recovered
    and the rest, each a parcel of its own."""
    if edge.is_empty:
        return geoms, codes
    shapely.prepare(edge)
    cut = shapely.intersects(edge, geoms) & ~shapely.contains(edge, geoms)
    inner = np.array([_largest(g) for g in shapely.intersection(geoms[cut], edge)], dtype=object)
    outer = np.array([_largest(g) for g in shapely.difference(geoms[cut], edge)], dtype=object)
    geoms = np.concatenate([geoms[~cut], inner, outer])
    codes = np.concatenate([codes[~cut], codes[cut], codes[cut]])
    keep = shapely.area(geoms) >= 20.0
    return geoms[keep], codes[keep]


def _stages_from_lots(geoms, lots, owners, rng):
    """Each fabric parcel's stage and owner (the lot it takes its stage from), and the anchors of lots."""
    lot_geoms = np.array([lot["geometry"] for lot in lots], dtype=object)
    lot_stage = np.asarray(owners.stage[:len(lots)])
    tree = shapely.STRtree(lot_geoms)
    p, q = tree.query(geoms, predicate="intersects")
    over = shapely.area(shapely.intersection(geoms[p], lot_geoms[q]))
    pairs = pd.DataFrame({"p": p, "q": q, "stage": lot_stage[q], "over": over})
    pairs = pairs[pairs["over"] > 0.01]  # any overlap: a plot handed over has every parcel under it handed over
    best = pairs.sort_values(["p", "stage", "over"], ascending=[True, False, False]).drop_duplicates("p")
    owner = tree.nearest(geoms)  # under no plot: the nearest plot's stage
    owner[best["p"].to_numpy()] = best["q"].to_numpy()
    stage = lot_stage[owner].copy()
    anchors = pairs.sort_values(["q", "over"], ascending=[True, False]).drop_duplicates("q")["p"].to_numpy()
    ahead = (stage >= 1) & (stage < PAID) & (rng.random(len(stage)) < 0.3)
    ahead[anchors] = False
    stage[ahead] = np.minimum(stage[ahead] + rng.integers(1, 3, int(ahead.sum())), PAID)
    return stage, owner, anchors


def _developer_parcels(lots, profiles, owners, rng):
    """Parks handed over long ago: the developer's parcels (SKK, SKN in a cluster), one to three per plot."""
    geoms, codes, owner = [], [], []
    for i, lot in enumerate(lots):
        if profiles[lot["zone_id"]] not in OLD_PROFILES or lot["clearance_stage"] != "handed_over":
            continue
        k = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
        rest = lot["geometry"]
        for j in range(k, 1, -1):
            part, rest = split_by_area(rest, 1.0 / j)
            geoms.append(part)
        geoms.append(rest)
        codes += ["SKN" if lot["zone_id"].startswith("ccn-") else "SKK"] * k
        owner += [i] * k
    return np.array(geoms, dtype=object), np.array(codes, dtype=object), np.array(owner, dtype=int)


def _corridor_parcels(zones, owners, rng, stage_shares, years, reasons, as_of):
    """The EZ's road corridor beside KCN số 3: parcels with stages drawn per block."""
    region = corridor(zones, rng)
    f = fabric(region, rng, angle=main_angle(region) + float(rng.uniform(10.0, 30.0)), scale=1.5)
    names = list(stage_shares)
    shares = np.array([stage_shares[s] for s in names])
    owner = np.empty(len(f), dtype=int)
    for b in np.unique(f.block):
        stage = STAGES.index(names[int(rng.choice(len(names), p=shares / shares.sum()))])
        d = date(years[0], 1, 1) + timedelta(days=int(rng.integers(0, 365 * (years[1] - years[0]))))
        dates = []
        for _ in range(stage):
            dates.append(min(d, as_of))
            d += timedelta(days=int(rng.integers(20, 160)))
        blocked = reasons[int(rng.integers(len(reasons)))] if 1 <= stage < PAID and rng.random() < 0.07 else None
        owner[f.block == b] = owners.add(stage, dates, blocked)
    return f.geoms, f.codes, owner


def _cut_by_ditch(geom):
    """The parcel in two parts, a 3 m ditch dug across its middle after the survey."""
    rect = shapely.minimum_rotated_rectangle(geom)
    xs, ys = rect.exterior.coords.xy
    edges = [(xs[i + 1] - xs[i], ys[i + 1] - ys[i]) for i in range(2)]
    dx, dy = max(edges, key=lambda e: math.hypot(*e))
    c = geom.centroid
    ditch = affinity.rotate(box(c.x - 1.5, c.y - 500, c.x + 1.5, c.y + 500), math.degrees(math.atan2(dy, dx)), origin=c)
    return geom.difference(ditch)


def _numbers(points, commune_codes, rng):
    """Map sheet and parcel numbers: sheets of a commune numbered from its north-west, parcels on a sheet
    likewise, with the gaps of parcels outside the dataset."""
    x, y = shapely.get_x(points), shapely.get_y(points)
    df = pd.DataFrame({"commune": commune_codes, "cx": np.floor(x / SHEET_M).astype(int),
                       "cy": np.floor(y / SHEET_M).astype(int), "x": x, "y": y})
    cells = df[["commune", "cx", "cy"]].drop_duplicates().sort_values(["commune", "cy", "cx"],
                                                                        ascending=[True, False, True])
    cells["sheet"] = rng.integers(1, 4, len(cells))
    first = ~cells["commune"].duplicated()
    cells.loc[first, "sheet"] = rng.integers(1, 30, int(first.sum()))
    cells["sheet"] = cells.groupby("commune")["sheet"].cumsum()
    df = df.merge(cells, on=["commune", "cx", "cy"], how="left", sort=False)
    df["row"] = np.arange(len(df))
    df = df.sort_values(["commune", "sheet", "y", "x"], ascending=[True, True, False, True])
    df["no"] = rng.integers(1, 3, len(df))
    df["no"] = df.groupby(["commune", "sheet"])["no"].cumsum()
    df = df.sort_values("row")
    return df["sheet"].to_numpy(), df["no"].to_numpy()


def _dates(owner_dates, stage, rng, as_of):
    """A parcel's stage dates: its owner's, a few days later, then on from there for stages ahead."""
    shift = timedelta(days=int(rng.integers(0, 21)))
    out = [min(d + shift, as_of) for d in owner_dates[:stage]]
    d = out[-1] if out else as_of
    while len(out) < stage:
        d = min(d + timedelta(days=int(rng.integers(20, 160))), as_of)
        out.append(d)
    return out


def history(pid, stage, dates, blocked_reason, as_of, note):
    """The illustrative history of one parcel: one event per stage reached, then the block."""
    events = []
    for s, d in enumerate(dates, start=1):
        events.append(dict(parcel_id=pid, action="stage", from_stage=STAGES[s - 1], to_stage=STAGES[s],
                           at=f"{d.isoformat()}T00:00:00Z", by="seed", note=note, document_ref=None, version=s + 1))
    if blocked_reason:
        d = min((dates[-1] if dates else as_of) + timedelta(days=10), as_of)
        events.append(dict(parcel_id=pid, action="blocked", from_stage=STAGES[stage], to_stage=STAGES[stage],
                           at=f"{d.isoformat()}T00:00:00Z", by="seed", note=blocked_reason, document_ref=None,
                           version=len(dates) + 2))
    return events


def _blocked(lots, owners, owner, stage, anchors, rng):
    """A blocked lot has one or two blocked parcels (where clearance is under way); so has a blocked corridor
    block. Returns each parcel's blocked reason (None when not blocked)."""
    reason = np.full(len(stage), None, dtype=object)
    open_ = (stage >= 1) & (stage < PAID)
    is_anchor = np.zeros(len(stage), bool)
    is_anchor[anchors] = True
    for o, why in enumerate(owners.blocked_reason):
        if not why:
            continue
        cand = np.flatnonzero((owner == o) & open_)
        if not len(cand):
            continue
        cand = cand[np.argsort(is_anchor[cand], kind="stable")]  # others before the anchor
        k = min(len(cand), int(rng.integers(1, 3)))
        reason[cand[:k]] = why
    return reason


@dataclass(frozen=True)
class Labels:
    """What the default data says of itself, and the corridor's clearance profile."""

    as_of: date
    source: str
    confidence: str
    note: str  # of each illustrative stage event
    reasons: list  # why a parcel is blocked
    stage_shares: dict  # the EZ corridor's stages
    years: tuple  # when the corridor's clearance began


def build_cadastre(zones, lots, lot_events, profiles, rng, *, place, to_wgs, labels: Labels):
    """Cadastral parcels (rows with WGS 84 geometries) and their history (event dicts).

    ``place(geoms)`` gives each WGS 84 geometry's zone and 2025 commune (geo.cadastre.place); ``to_wgs``
    turns metric geometries into the rounded WGS 84 ones written out.
    """
    as_of, source, confidence, note = labels.as_of, labels.source, labels.confidence, labels.note
    owners = Owners(lots, lot_events)
    regions = fabric_regions(zones, lots, profiles)
    fgeoms, fcodes = _draw_fabric(zones, regions, lots, profiles, rng)
    fstage, fowner, anchors = _stages_from_lots(fgeoms, lots, owners, rng)
    dgeoms, dcodes, downer = _developer_parcels(lots, profiles, owners, rng)
    cgeoms, ccodes, cowner = _corridor_parcels(zones, owners, rng, labels.stage_shares, labels.years, labels.reasons,
                                               as_of)
    geoms = np.concatenate([fgeoms, dgeoms, cgeoms])
    codes = np.concatenate([fcodes, dcodes, ccodes])
    owner = np.concatenate([fowner, downer, cowner])
    stage = np.concatenate([fstage, np.full(len(dgeoms), HANDED), np.asarray(owners.stage)[cowner]])
    reason = _blocked(lots, owners, owner, stage, anchors, rng)
    # A handful of parcels cut in two by a ditch: rice or crop land wholly inside a showcase park.
    showcase = _union([zones[z]["geometry"] for z in SHOWCASE])
    cand = np.flatnonzero(np.isin(codes, ["LUC", "LUK", "BHK"]) & (shapely.area(geoms) >= 600)
                          & shapely.contains(showcase, geoms))
    for i in rng.choice(cand, MULTI_PARTS, replace=False):
        geoms[i] = _cut_by_ditch(geoms[i])
    geoms = shapely.simplify(geoms, 0.05)
    bad = ~shapely.is_valid(geoms)
    geoms[bad] = [_largest(g) for g in shapely.make_valid(geoms[bad])]
    wgs = to_wgs(geoms)
    placed = place(wgs)
    area = placed.area_m2
    sheet, number = _numbers(shapely.point_on_surface(geoms), placed.commune_id, rng)
    exact = rng.random(len(geoms)) < 0.8
    drift = np.where(exact, rng.uniform(-0.005, 0.005, len(geoms)), rng.choice([-1, 1], len(geoms))
                     * rng.uniform(0.01, 0.05, len(geoms)))
    legal = np.round(area * (1 + drift), 1)
    residential = np.isin(codes, ["ONT", "ODT"])
    homes = np.where(rng.random(len(geoms)) < 0.3, 2, 1)
    rows, events = [], []
    for i in range(len(geoms)):
        pid = f"{placed.commune_id[i]}-{sheet[i]}-{number[i]}"
        dates = _dates(owners.dates[owner[i]], int(stage[i]), rng, as_of)
        ev = history(pid, int(stage[i]), dates, reason[i], as_of, note)
        events += ev
        rows.append(dict(
            id=pid, commune_code=placed.commune_id[i], sheet_no=str(sheet[i]), parcel_no=str(number[i]),
            legal_area_m2=float(legal[i]), land_use_code=codes[i], zone_id=placed.zone_id[i],
            clearance_stage=STAGES[int(stage[i])], stage_since=dates[-1].isoformat() if dates else None,
            blocked=reason[i] is not None, blocked_reason=reason[i],
            resettlement_households=int(homes[i]) if residential[i] else None,
            source=source, confidence=confidence, version=1 + len(ev),
            # Written only when it is not the stage date (the seeding's default): a blocked parcel's.
            updated_at=ev[-1]["at"] if ev and ev[-1]["action"] != "stage" else None,
            geometry=wgs[i]))
    order = sorted(range(len(rows)), key=lambda i: rows[i]["id"])
    rows = [rows[i] for i in order]
    events.sort(key=lambda e: (e["parcel_id"], e["version"]))
    return rows, events
