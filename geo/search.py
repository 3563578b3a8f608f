"""Investor sites and site search.

A site is a group of plots of one zone and one readiness tier that touch or lie within 1 m of each
other; investors search over sites, not single plots. Tier-5 sites are investor-ready; tier 3–4 sites
are "ready soon" and carry the reasons that keep them from tier 5.

Each site gets the straight-line distance to the nearest facility of each kind (port, airport,
expressway interchange, rail station, border gate, national road): the nearest facility is found in
EPSG:5897 and the distance reported is the geodesic (WGS 84) one between the site's centre and the
nearest point of that facility.

Results are sorted by ``score`` (0–100, higher first; ties by larger area, then id)::

    score = 100 × (0.4·T + 0.3·P + 0.2·S + 0.1·C)
    T = (tier − 3) / 2, at least 0      (tier 5 → 1, tier 4 → 0.5, tier 3 → 0)
    P = mean of exp(−km / 25) over the nearest port, expressway interchange and airport
    S = min(area_ha / 50, 1)            (larger contiguous land, up to 50 ha)
    C = 1 − lease_price_usd_m2 / 150, within 0–1 (0.5 when the zone has no price)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from . import crs as gcrs
from .errors import InputError
from .messages import msg
from .readiness import BIT, LEASABLE_USES, Readiness
from .schema import SECTORS
from .stages import STAGES

#: Distance kinds a search can limit, and the infrastructure kinds each measures to.
DISTANCE_KINDS: dict[str, tuple[str, ...]] = {
    "port": ("port",),
    "airport": ("airport",),
    "expressway": ("expressway_interchange",),
    "rail_station": ("rail_station",),
    "border_gate": ("border_gate",),
    "national_road": ("national_road",),
}
ALIASES = {
    "expressway_interchange": "expressway", "interchange": "expressway", "rail": "rail_station",
    "station": "rail_station", "railway_station": "rail_station", "border": "border_gate",
    "road": "national_road", "ql1a": "national_road", "seaport": "port",
}
ADJACENCY_M = 1.0
SCORE_KINDS = ("port", "expressway", "airport")


@dataclass
class SiteQuery:
    """What an investor asks for. Every filter only narrows the result."""

    min_area: float | None = None
    max_area: float | None = None
    sectors: tuple[str, ...] = ()
    max_km: dict[str, float] = field(default_factory=dict)
    max_price: float | None = None
    min_tier: int = 5
    zone_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.min_tier not in (1, 2, 3, 4, 5):
            raise InputError("search.unknown_tier", tier=self.min_tier)
        for name in ("min_area", "max_area", "max_price"):
            v = getattr(self, name)
            if v is not None and (not np.isfinite(v) or v < 0):
                raise InputError("search.negative", field=msg(f"search.field.{name}"), value=v)
        if self.min_area is not None and self.max_area is not None and self.min_area > self.max_area:
            raise InputError("search.min_above_max", min_ha=self.min_area, max_ha=self.max_area)
        bad = [s for s in self.sectors if s not in SECTORS]
        if bad:
            raise InputError("search.unknown_sector", sector=bad[0], choices=SECTORS)
        self.max_km = {canonical_kind(k): float(v) for k, v in self.max_km.items()}
        for k, v in self.max_km.items():
            if not np.isfinite(v) or v < 0:
                raise InputError("search.bad_distance", kind=k)


def canonical_kind(kind: str) -> str:
    k = kind.strip().lower()
    k = ALIASES.get(k, k)
    if k not in DISTANCE_KINDS:
        raise InputError("search.unknown_kind", kind=kind, choices=tuple(DISTANCE_KINDS))
    return k


def parse_max_km(text: str | None) -> dict[str, float]:
    """``port=30,expressway=10`` → {"port": 30.0, "expressway": 10.0}; one sentence on bad input."""
    out: dict[str, float] = {}
    if not text:
        return out
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise InputError("search.max_km_pairs", part=part)
        try:
            km = float(value.replace(",", "."))
        except ValueError:
            raise InputError("search.max_km_not_a_number", value=value, part=part) from None
        out[canonical_kind(key)] = km
    return out


class Facilities:
    """Infrastructure by distance kind, in EPSG:5897, with a spatial index each."""

    def __init__(self, infrastructure: gpd.GeoDataFrame):
        self.kinds: dict[str, dict[str, Any]] = {}
        metric = gcrs.to_metric(infrastructure.geometry.values) if len(infrastructure) else np.array([])
        kinds = infrastructure["kind"].to_numpy(dtype=object) if len(infrastructure) else np.array([])
        for dk, infra_kinds in DISTANCE_KINDS.items():
            sel = np.isin(kinds, infra_kinds)
            if not sel.any():
                continue
            self.kinds[dk] = {
                "geoms": metric[sel],
                "tree": shapely.STRtree(metric[sel]),
                "name_vi": infrastructure["name_vi"].to_numpy(dtype=object)[sel],
                "name_en": infrastructure["name_en"].to_numpy(dtype=object)[sel],
                "id": infrastructure["id"].to_numpy(dtype=object)[sel],
            }

    def nearest(self, x: np.ndarray, y: np.ndarray) -> dict[str, pd.DataFrame]:
        """Per kind: nearest facility (id, names) and geodesic km from each (x, y) in EPSG:5897."""
        return self.nearest_to(shapely.points(x, y))

    def nearest_to(self, geoms) -> dict[str, pd.DataFrame]:
        """Per kind: the facility nearest each geometry (EPSG:5897: points, lines or areas) and the geodesic
        km between their nearest points, so a facility inside or touching an area is 0 km from it."""
        geoms = np.asarray(geoms, dtype=object)
        out = {}
        for dk, f in self.kinds.items():
            idx = f["tree"].query_nearest(geoms, all_matches=False)
            src, fac = idx[0], idx[1]
            order = np.argsort(src)
            fac = fac[order]
            near = shapely.shortest_line(geoms, f["geoms"][fac])
            coords = shapely.get_coordinates(near).reshape(-1, 2, 2)
            a = gcrs.transformer(5897, 4326).transform(coords[:, 0, 0], coords[:, 0, 1])
            b = gcrs.transformer(5897, 4326).transform(coords[:, 1, 0], coords[:, 1, 1])
            km = gcrs.geodesic_km(a[0], a[1], b[0], b[1])
            out[dk] = pd.DataFrame({"km": km, "id": f["id"][fac], "name_vi": f["name_vi"][fac],
                                    "name_en": f["name_en"][fac]})
        return out


def find_sites(plots: gpd.GeoDataFrame, readiness: Readiness, min_tier: int = 5) -> pd.DataFrame:
    """Sites: connected groups (touching or within 1 m) of plots of one zone and one tier ≥ ``min_tier``.

    Columns: site_id, zone_id, tier, area_ha, n_plots, rows (positions in ``plots``), x, y
    (area-weighted centre in EPSG:5897) and reason_mask (the union of the plots' reasons).
    """
    tiers = readiness.plots["tier"].to_numpy()
    rows = np.flatnonzero(tiers >= min_tier)
    cols = ["site_id", "zone_id", "tier", "area_ha", "n_plots", "rows", "x", "y", "reason_mask"]
    if len(rows) == 0:
        return pd.DataFrame(columns=cols)
    geoms = gcrs.to_metric(plots.geometry.values[rows])
    zone = plots["zone_id"].to_numpy(dtype=object)[rows]
    tier = tiers[rows]
    tree = shapely.STRtree(geoms)
    # Envelopes grown by 1 m find the candidates; the exact distance decides (much faster than "dwithin").
    bounds = shapely.bounds(geoms)
    grown = shapely.box(bounds[:, 0] - ADJACENCY_M, bounds[:, 1] - ADJACENCY_M,
                        bounds[:, 2] + ADJACENCY_M, bounds[:, 3] + ADJACENCY_M)
    a, b = tree.query(grown)
    keep = (a < b) & (zone[a] == zone[b]) & (tier[a] == tier[b])
    a, b = a[keep], b[keep]
    near = shapely.distance(geoms[a], geoms[b]) <= ADJACENCY_M
    a, b = a[near], b[near]
    n = len(rows)
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    areas = plots["area_ha"].to_numpy(dtype=float)[rows]
    # Lots are at most 20 ha: their envelopes' centres place a site's centre well within its own extent.
    cx, cy = (bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2
    ids = plots["id"].to_numpy(dtype=object)[rows]
    masks = readiness.plots["reason_mask"].to_numpy()[rows]
    order = np.argsort(label, kind="stable")
    starts = np.flatnonzero(np.diff(label[order])) + 1
    groups = np.split(order, starts)
    out = []
    for g in groups:
        w = areas[g]
        tw = w.sum()
        out.append((
            f"site-{min(ids[g])}", zone[g[0]], int(tier[g[0]]), round(float(tw), 4), len(g), rows[g],
            float((cx[g] * w).sum() / tw), float((cy[g] * w).sum() / tw), int(np.bitwise_or.reduce(masks[g])),
        ))
    return pd.DataFrame(out, columns=cols)


def search(
    plots: gpd.GeoDataFrame,
    zones: pd.DataFrame,
    readiness: Readiness,
    facilities: Facilities,
    query: SiteQuery,
    *,
    with_geometry: bool | int = True,
) -> gpd.GeoDataFrame:
    """Sites matching ``query``, nearest facilities and distances included, best score first.

    ``with_geometry``: True for every site's outline, False for none, or a number N for the best N
    only (a map shows the best few hundred; merging thousands of outlines would cost seconds).
    """
    sites = find_sites(plots, readiness, query.min_tier)
    zinfo = zones.set_index("id")
    sites = sites.join(zinfo[["name_vi", "name_en", "sectors", "lease_price_usd_m2", "kind"]]
                       .rename(columns={"name_vi": "zone_name_vi", "name_en": "zone_name_en", "kind": "zone_kind"}),
                       on="zone_id")
    keep = np.ones(len(sites), dtype=bool)
    if query.min_area is not None:
        keep &= sites["area_ha"].to_numpy(dtype=float) >= query.min_area
    if query.max_area is not None:
        keep &= sites["area_ha"].to_numpy(dtype=float) <= query.max_area
    if query.zone_ids:
        keep &= sites["zone_id"].isin(query.zone_ids).to_numpy()
    if query.sectors:
        wanted = set(query.sectors)
        keep &= sites["sectors"].fillna("").map(lambda s: bool(wanted & set(s.split(";")))).to_numpy(dtype=bool)
    if query.max_price is not None:
        price = sites["lease_price_usd_m2"].to_numpy(dtype=float)
        keep &= ~np.isnan(price) & (price <= query.max_price)
    sites = sites[keep].reset_index(drop=True)

    near = facilities.nearest(sites["x"].to_numpy(dtype=float), sites["y"].to_numpy(dtype=float)) if len(sites) else {}
    for dk in DISTANCE_KINDS:
        if dk in near:
            sites[f"km_to_{dk}"] = np.round(near[dk]["km"].to_numpy(), 2)
            sites[f"nearest_{dk}_vi"] = near[dk]["name_vi"].to_numpy()
            sites[f"nearest_{dk}_en"] = near[dk]["name_en"].to_numpy()
        else:
            sites[f"km_to_{dk}"] = np.nan
            sites[f"nearest_{dk}_vi"] = None
            sites[f"nearest_{dk}_en"] = None
    keep = np.ones(len(sites), dtype=bool)
    for dk, limit in query.max_km.items():
        keep &= sites[f"km_to_{dk}"].to_numpy(dtype=float) <= limit  # NaN (no such facility) never passes
    sites = sites[keep].reset_index(drop=True)
    sites["score"] = score(sites)
    sites = sites.sort_values(["score", "area_ha", "site_id"], ascending=[False, False, True]).reset_index(drop=True)

    ids = plots["id"].to_numpy(dtype=object)
    stage_idx = readiness.plots["stage_idx"].to_numpy()
    uses = readiness.plots["land_use"].to_numpy(dtype=object)
    sites["plot_ids"] = [sorted(ids[r].tolist()) for r in sites["rows"]]
    reasons = [
        readiness.reasons(int(m), plot_rows=r, zone_ids=[z], stage=STAGES[int(stage_idx[r].max())],
                          land_use=_odd_land_use(uses[r], int(m)))
        for m, r, z in zip(sites["reason_mask"], sites["rows"], sites["zone_id"])
    ]
    sites["reasons"] = pd.Series(reasons, index=sites.index, dtype=object)
    geometry = np.full(len(sites), None, dtype=object)
    if with_geometry is not False:
        limit = len(sites) if with_geometry is True else int(with_geometry)
        geometry[:limit] = site_geometries(plots, sites["rows"][:limit])
    return gpd.GeoDataFrame(sites, geometry=gpd.GeoSeries(geometry, crs=4326, index=sites.index))


def _odd_land_use(uses, mask: int) -> str | None:
    """The first land use among a site's plots that is not for lease (for the reason's text)."""
    if not mask & BIT["not_leasable"]:
        return None
    odd = [u for u in uses if u not in LEASABLE_USES]
    return odd[0] if odd else None


def score(sites: pd.DataFrame) -> np.ndarray:
    """The documented ranking score (see the module docstring)."""
    if len(sites) == 0:
        return np.array([], dtype=float)
    t = np.clip((sites["tier"].to_numpy(dtype=float) - 3) / 2, 0, 1)
    prox = []
    for dk in SCORE_KINDS:
        km = sites[f"km_to_{dk}"].to_numpy(dtype=float)
        prox.append(np.where(np.isnan(km), 0.0, np.exp(-km / 25.0)))
    p = np.mean(prox, axis=0)
    s = np.minimum(sites["area_ha"].to_numpy(dtype=float) / 50.0, 1.0)
    price = sites["lease_price_usd_m2"].to_numpy(dtype=float)
    c = np.where(np.isnan(price), 0.5, np.clip(1 - price / 150.0, 0, 1))
    return np.round(100 * (0.4 * t + 0.3 * p + 0.2 * s + 0.1 * c), 1)


def site_geometries(plots: gpd.GeoDataFrame, row_groups) -> np.ndarray:
    """One (multi)polygon per site: its plots merged across the gaps of up to 1 m between them."""
    out = []
    geoms = plots.geometry.values
    for rows in row_groups:
        metric = gcrs.to_metric(geoms[rows])
        merged = shapely.union_all(shapely.buffer(metric, ADJACENCY_M / 2, join_style="mitre")).buffer(
            -ADJACENCY_M / 2, join_style="mitre")
        out.append(gcrs.to_wgs84([merged])[0])
    return np.array(out, dtype=object)


#: Columns of a site as users see it, in order (``id`` is the site id).
SITE_FIELDS = (
    "id", "zone_id", "zone_name_vi", "zone_name_en", "zone_kind", "tier", "area_ha", "n_plots", "score",
    "lease_price_usd_m2", "sectors",
    *[f"{p}{k}" for k in DISTANCE_KINDS for p in ("km_to_",)],
    *[f"nearest_{k}_{lang}" for k in DISTANCE_KINDS for lang in ("vi", "en")],
    "plot_ids", "reasons",
)


def site_records(result: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Sites as plain objects (the CLI's JSON): the SITE_FIELDS, no geometry or internal columns."""
    frame = result.rename(columns={"site_id": "id"})
    out = []
    for rec in frame[[c for c in SITE_FIELDS if c in frame.columns]].to_dict("records"):
        clean = {}
        for k, v in rec.items():
            if isinstance(v, float) and np.isnan(v):
                v = None
            elif isinstance(v, np.generic):
                v = v.item()
            clean[k] = v
        out.append(clean)
    return out


def flat_sites(result: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Sites with list fields joined into text, ready for CSV, XLSX, GeoJSON or KML files."""
    recs = site_records(result)
    for rec in recs:
        reasons = rec.pop("reasons") or []
        rec["reason_codes"] = "; ".join(r["code"] for r in reasons)
        rec["reasons_vi"] = "; ".join(r["vi"] for r in reasons)
        rec["reasons_en"] = "; ".join(r["en"] for r in reasons)
        rec["plot_ids"] = ";".join(rec.get("plot_ids") or [])
    frame = pd.DataFrame(recs, columns=[*(c for c in SITE_FIELDS if c != "reasons"), "reason_codes", "reasons_vi",
                                        "reasons_en"])
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(result.geometry.values, crs=4326))
