"""The land fund at a glance: what is planned, cleared, leased, blocked — per zone and for the province.

Clearance figures come from the cadastral parcels: each counts with its recovered area, the part of it
inside its zone (a parcel cut by a park's boundary counts in part; :mod:`geo.cadastre`). Lease figures come
from the parks' planned plots (their clearance derived from the parcels beneath, :mod:`geo.plots`). Zones
give the planned areas; progress over time comes from ``clearance_events``. The planner dashboard and its XLSX export show the land fund as the zone
tree (:func:`fund_hierarchy`): parents over their children, rows that add up to the province total.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

import numpy as np
import pandas as pd

from . import aggregates
from . import timeline as tl
from .aggregates import recovered_ha
from .readiness import Readiness
from .stages import DEADLINES, STAGES

IN_CLEARANCE = aggregates.IN_CLEARANCE
LEASABLE = ("industrial", "logistics")

PROVINCE = "_province"
UNASSIGNED = "_unassigned"

#: Columns of the land-fund table, in order (all areas in hectares).
FUND_COLUMNS = (
    "planned_ha", "parcels_ha", "handed_over_ha", "in_clearance_ha", "not_started_ha", "blocked_ha",
    "plots_ha", "industrial_ha", "leased_ha", "reserved_ha", "available_ha", "ready_ha",
)
#: The columns counted from cadastral parcels (their recovered area) and from plots; the percentages of each
#: group are of its first column (land to recover, planned plots).
PARCEL_COLUMNS = FUND_COLUMNS[1:6]
PLOT_COLUMNS = FUND_COLUMNS[6:]


def zone_parents(zones: pd.DataFrame) -> dict[str, str | None]:
    """Each zone's parent as the land fund reads it: ``None`` at the top, and also when the parent is not a
    known zone or the link closes a loop (those zones count at the top, once)."""
    ids = [str(z) for z in zones["id"]]
    known = set(ids)
    raw: dict[str, str | None] = {
        z: (p if isinstance(p, str) and p in known and p != z else None) for z, p in zip(ids, zones["parent_id"])
    }
    in_loop = set()
    for z in ids:
        seen: set[str] = set()
        cur = raw[z]
        while cur is not None and cur != z and cur not in seen:
            seen.add(cur)
            cur = raw[cur]
        if cur == z:
            in_loop.add(z)
    return {z: None if z in in_loop else raw[z] for z in ids}


def ancestors(parents: dict[str, str | None]) -> dict[str, list[str]]:
    out = {}
    for z in parents:
        chain: list[str] = []
        cur: str | None = z
        while cur is not None:
            chain.append(cur)
            cur = parents[cur]
        out[z] = chain
    return out


def _children(parents: dict[str, str | None]) -> dict[str | None, list[str]]:
    """Each zone's children in the zones' order; ``None`` holds the zones at the top."""
    out: dict[str | None, list[str]] = {None: [], **{z: [] for z in parents}}
    for z, p in parents.items():
        out[p].append(z)
    return out


def _counted_planned(zones: pd.DataFrame, parents: dict[str, str | None]) -> dict[str, float]:
    """The planned area each zone adds to the province total (NaN: nothing known).

    A park or cluster counts its own planned area (which includes its sub-zones); an economic zone counts its
    parks, not its own planned area (that includes sea and non-industrial land); so does a zone with no planned
    area of its own but zones inside it. Areas are rounded to 0.01 ha first, so that the sums add up.
    """
    kind = dict(zip(zones["id"].astype(str), zones["kind"]))
    own = dict(zip(zones["id"].astype(str), pd.to_numeric(zones["planned_area_ha"], errors="coerce").round(2)))
    children = _children(parents)
    out: dict[str, float] = {}

    def visit(z: str) -> float:
        if z not in out:
            kids = [visit(k) for k in children[z]]
            if kind.get(z) != "kkt" and own[z] == own[z]:
                out[z] = float(own[z])
            else:
                out[z] = float(np.nansum(kids)) if any(k == k for k in kids) else float("nan")
        return out[z]

    for z in parents:
        visit(z)
    return out


def _round_to_total(values: pd.DataFrame, digits: int = 2) -> pd.DataFrame:
    """Each column rounded to ``digits`` so that it still adds up to its own rounded total (largest remainder):
    a few values go up instead of down, none moves by more than one last digit."""
    scale = 10.0 ** digits
    scaled = values.to_numpy(dtype=float) * scale
    low = np.floor(scaled)
    short = (np.rint(scaled.sum(axis=0)) - low.sum(axis=0)).astype(int)
    order = np.argsort(-(scaled - low), axis=0, kind="stable")
    for j, k in enumerate(short):
        low[order[:k, j], j] += 1
    return pd.DataFrame(low / scale, index=values.index, columns=values.columns)


def _with_pct(out: pd.DataFrame) -> pd.DataFrame:
    for group in (PARCEL_COLUMNS, PLOT_COLUMNS):
        base = out[group[0]].replace(0, np.nan)
        for c in group[1:]:
            out[f"{c}_pct"] = (100 * out[c] / base).round(1)
    return out


def _parcel_columns(sums: pd.DataFrame) -> pd.DataFrame:
    """The land fund's clearance columns per zone key, from the zones' sums (:mod:`geo.aggregates`)."""
    zone = sums.index.to_numpy(dtype=object).copy()
    zone[zone == aggregates.NO_ZONE] = None
    return pd.DataFrame({"zone_id": zone, **{c: sums[c].to_numpy(dtype=float) for c in PARCEL_COLUMNS}})


def _sums(parcels: pd.DataFrame | None, sums: pd.DataFrame | None) -> pd.DataFrame:
    """The zones' sums given, else those of ``parcels``."""
    if sums is not None:
        return sums
    if parcels is None:
        raise ValueError("the land fund needs the parcels or their zones' sums")
    return aggregates.zone_sums(parcels)


def _plot_columns(plots: pd.DataFrame, ready: Readiness | None) -> pd.DataFrame:
    ha = pd.to_numeric(plots["area_ha"], errors="coerce").fillna(0.0).to_numpy(dtype=float)
    leasable = np.isin(plots["land_use"].to_numpy(dtype=object), LEASABLE)
    handed = plots["clearance_stage"].to_numpy(dtype=object) == "handed_over"
    lease = plots["lease_status"].to_numpy(dtype=object)
    return pd.DataFrame({
        "zone_id": plots["zone_id"].to_numpy(dtype=object),
        "plots_ha": ha,
        "industrial_ha": ha * leasable,
        "leased_ha": ha * (leasable & handed & (lease == "leased")),
        "reserved_ha": ha * (leasable & handed & (lease == "reserved")),
        "available_ha": ha * (leasable & handed & (lease == "available")),
        "ready_ha": ha * (ready.plots["tier"].to_numpy() == 5 if ready is not None else 0),
    })


def land_fund(parcels: pd.DataFrame | None, zones: pd.DataFrame, ready: Readiness | None = None,
              plots: pd.DataFrame | None = None, *, sums: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per zone (sub-zones counted in their parents too) and a province total row ``"_province"``.

    From the cadastral ``parcels``, each by its recovered area: parcels_ha (the land to recover),
    handed_over / in_clearance / not_started by clearance stage, blocked. From the ``plots`` (with their
    derived clearance): plots_ha, industrial_ha (plots for industry or logistics), leased / reserved /
    available (fully handed-over leasable plots by lease status) and ready (tier-5 plots of ``ready``).
    planned_ha is the zone's planned area (decision or estimate). Percentages are added as ``<col>_pct``:
    of parcels_ha for the clearance columns, of plots_ha for the plot columns.

    Hectares are to 0.01 ha and add up: each zone's own land (and land of no known zone, in the province
    row only) is rounded so that it sums to the rounded province total, and every zone's row is the sum of
    its own and its sub-zones'. The province's planned area counts every park and cluster once (see
    :func:`fund_hierarchy`). Cadastral parcels outside every zone recover nothing and add nothing.

    ``sums``: the zones' sums of the parcels (:func:`geo.aggregates.zone_sums`, or the store's
    ``zone_state``) in place of ``parcels``: the same table without adding up every parcel.
    """
    parents = zone_parents(zones)
    frames = [_parcel_columns(_sums(parcels, sums))]
    if plots is not None:
        frames.append(_plot_columns(plots, ready))
    both = pd.concat(frames, ignore_index=True)
    zone_of = both.pop("zone_id")
    key = zone_of.where(zone_of.isin(list(parents)), UNASSIGNED)
    own = both.fillna(0.0).groupby(key).sum().reindex([*parents, UNASSIGNED], fill_value=0.0)
    own = own.reindex(columns=list(FUND_COLUMNS[1:]), fill_value=0.0)
    own = _round_to_total(own)
    members: dict[str, list[str]] = {z: [] for z in parents}
    for zid, chain in ancestors(parents).items():
        for a in chain:
            members[a].append(zid)
    out = pd.DataFrame([own.loc[m].sum() for m in members.values()], index=list(members), columns=own.columns)
    planned = pd.to_numeric(zones.drop_duplicates("id").set_index("id")["planned_area_ha"], errors="coerce")
    out.insert(0, "planned_ha", planned.reindex(out.index).to_numpy(dtype=float))
    total = own.sum()
    counted = _counted_planned(zones, parents)
    total["planned_ha"] = float(np.nansum([counted[z] for z in _children(parents)[None]]))
    out.loc[PROVINCE] = total
    out = out[list(FUND_COLUMNS)].astype(float).round(2)
    return _with_pct(out)


# ------------------------------------------------------------------ the land fund on any date
#: The parcel fields :func:`fund_on` reads (``id`` comes along): the replay's (:func:`geo.timeline.state_on`)
#: and the recovered area's. At a million parcels, read only these.
FUND_ON_COLUMNS = ("zone_id", "clearance_stage", "blocked", "blocked_reason", "stage_since", "recovered_m2",
                   "area_m2")
#: The event fields a replay for :func:`fund_on` needs (``Store.events(columns=...)``): not who, nor the notes
#: (the blocked reasons of past days, which the land fund does not show).
FUND_ON_EVENT_COLUMNS = ("event_id", "parcel_id", "action", "from_stage", "to_stage", "at", "recorded_at")
#: The zone fields :func:`fund_on` reads.
FUND_ON_ZONE_COLUMNS = ("parent_id", "name_vi", "name_en", "kind", "planned_area_ha")
#: The hectare figures of :func:`fund_on`: land_fund's clearance columns (recovered area of cadastral parcels).
FUND_ON_HA = PARCEL_COLUMNS


def _plain_number(value) -> float | None:
    """A float for JSON: None for NaN."""
    v = float(value)
    return None if v != v else v


def fund_on(parcels: pd.DataFrame, zones: pd.DataFrame, timeline: tl.Timeline | Iterable[tl.Piece],
            day: date | str, basis: str = "happened") -> dict:
    """The cadastral land fund as it stood on ``day``, replayed from ``timeline`` (a whole Timeline or its
    pieces: :func:`geo.replay.pieces`) on ``basis`` (:func:`geo.timeline.states_on`): what
    ``geo landfund --as-of`` prints and the app's "as of" report shows.

    ``parcels`` is the parcels layer now, in ``timeline.parcel_ids``' order, with at least
    :data:`FUND_ON_COLUMNS`; ``zones`` the zones layer (``id`` and :data:`FUND_ON_ZONE_COLUMNS`). Parcels that
    did not exist on ``day`` (created later by an import) are not counted. Returns::

        {"as_of": "YYYY-MM-DD", "basis": basis,
         "province": {"stages": {stage: parcels, ...}, "parcels", "blocked_parcels", <hectares>},
         "zones": [{"zone_id", "parent_id", "name_vi", "name_en", "kind", "stages": {...}, "parcels",
                    "blocked_parcels", <hectares>, <own hectares>}, ...]}

    - ``stages`` counts parcels per clearance stage, all seven in legal order. A zone's ``stages``,
      ``parcels`` and ``blocked_parcels`` count its **own** parcels only (``zone_id`` is the zone; parcels of
      its sub-zones count in those). The province's count every cadastral parcel that existed, in a zone
      or not.
    - The hectares (``planned_ha`` and :data:`FUND_ON_HA`: ``parcels_ha``, ``handed_over_ha``,
      ``in_clearance_ha``, ``not_started_ha``, ``blocked_ha``, with their ``_pct`` of ``parcels_ha``) are
      :func:`land_fund`'s on that day: recovered area, **sub-zones included**, to 0.01 ha, adding up to the
      province's, as the planner dashboard shows them.
    - ``own_<hectares>`` (zones only) are the same figures for the zone's own parcels, the parcels its
      ``stages`` counts: a zone's total is its ``own_`` figure plus its sub-zones' totals, exactly.

    Zones come in the zones layer's order; ``parent_id`` is the parent as the land fund reads it (None
    at the top). Numbers are plain ints and floats, None where unknown (no planned area, a percentage of 0).
    """
    return fund_of(((parcels.iloc[rows], piece) for rows, piece in tl.pieces_of(timeline)), zones, day, basis)


def fund_of(parts: Iterable[tuple[pd.DataFrame, tl.Timeline]], zones: pd.DataFrame, day: date | str,
            basis: str = "happened") -> dict:
    """:func:`fund_on` of the parcels given a part at a time, in store order: each part's fields (at least
    :data:`FUND_ON_COLUMNS`) with the Timeline of its events (:func:`geo.replay.parcel_pieces` reads them
    from a store a range of parcels at a time). Only the zones' sums and counts are kept from one part to
    the next, and they add up to the numbers of all the parcels at once, to the last bit
    (:class:`geo.aggregates.RunningSums`)."""
    when = tl.as_date(day)
    tl.check_basis(basis)
    names = np.asarray(STAGES, dtype=object)
    parents = zone_parents(zones)
    ids = list(parents)
    n, k = len(ids), len(STAGES)
    running = aggregates.RunningSums()
    flat = np.zeros((n + 1) * k, dtype=np.int64)
    blocked = np.zeros(n + 1, dtype=np.int64)
    for parcels, piece in parts:
        state = tl.state_on(piece, parcels, when, basis)
        live = state.exists
        zone_of = parcels["zone_id"].to_numpy(dtype=object)
        running.add(pd.DataFrame({
            "zone_id": zone_of[live],
            "recovered_m2": parcels["recovered_m2"].to_numpy()[live],
            "area_m2": parcels["area_m2"].to_numpy()[live],
            "clearance_stage": names[state.stage[live]],
            "blocked": state.blocked[live],
        }))
        code = pd.Index(ids).get_indexer(pd.Index(zone_of)) if n else np.full(len(zone_of), -1)
        key = np.where(code >= 0, code, n)[live]  # row n: parcels of no known zone
        flat += np.bincount(key * k + state.stage[live].astype(np.int64), minlength=(n + 1) * k)
        blocked += np.bincount(key[state.blocked[live]], minlength=n + 1)
    fund = land_fund(None, zones, sums=running.sums())
    counts = flat.reshape(n + 1, k)

    def stages(row: np.ndarray) -> dict[str, int]:
        return {s: int(c) for s, c in zip(STAGES, row)}

    def hectares(z: str) -> dict[str, float | None]:
        cols = ["planned_ha", *FUND_ON_HA, *(f"{c}_pct" for c in FUND_ON_HA[1:])]
        return {c: _plain_number(fund.at[z, c]) for c in cols}

    children = _children(parents)
    info = zones.drop_duplicates("id").set_index("id")
    out_zones = []
    for i, z in enumerate(ids):
        own = fund.loc[z, list(FUND_ON_HA)].to_numpy(dtype=float)
        if children[z]:
            own = own - fund.loc[children[z], list(FUND_ON_HA)].to_numpy(dtype=float).sum(axis=0)
        row = info.loc[z]
        out_zones.append({
            "zone_id": z, "parent_id": parents[z],
            **{f: (None if pd.isna(row.get(f)) else str(row.get(f))) for f in ("name_vi", "name_en", "kind")},
            "stages": stages(counts[i]), "parcels": int(counts[i].sum()), "blocked_parcels": int(blocked[i]),
            **hectares(z),
            **{f"own_{c}": round(float(v), 2) + 0.0 for c, v in zip(FUND_ON_HA, own)},
        })
    total = counts.sum(axis=0)
    return {
        "as_of": when.isoformat(), "basis": basis,
        "province": {"stages": stages(total), "parcels": int(total.sum()), "blocked_parcels": int(blocked.sum()),
                     **hectares(PROVINCE)},
        "zones": out_zones,
    }


def fund_on_table(report: dict) -> pd.DataFrame:
    """:func:`fund_on`'s report as a table (CSV, XLSX): one row per zone, then the province's
    (``zone_id`` ``"_province"``); a column ``<stage>_parcels`` per stage; ``own_`` figures empty for the
    province."""
    rows = []
    province = {"zone_id": PROVINCE, "parent_id": None, "name_vi": "Toàn tỉnh", "name_en": "Province",
                "kind": None, **report["province"]}
    for z in [*report["zones"], province]:
        flat = {"as_of": report["as_of"], "basis": report["basis"]}
        for key, value in z.items():
            if key == "stages":
                flat.update({f"{s}_parcels": n for s, n in value.items()})
            else:
                flat[key] = value
        rows.append(flat)
    out = pd.DataFrame(rows)
    own = [c for c in out.columns if c.startswith("own_")]
    return out[[c for c in out.columns if c not in own] + own]


def fund_hierarchy(fund: pd.DataFrame, zones: pd.DataFrame) -> pd.DataFrame:
    """The land fund (:func:`land_fund`) as the zone tree, in reading order, ending with the province total.

    Each zone is followed by the zones inside it, one ``level`` deeper (``parent_id`` names the parent); a zone
    with zones inside it is a subtotal (``is_subtotal``) and, when it also has lots or planned land of its own
    outside them, gets a ``"<zone>/rest"`` row (``row == "rest"``) so that its children add up to it. Lots of no
    known zone get an ``"_unassigned"`` row at the top level. The rows with ``is_leaf`` add up to the province
    total (``"_province"``, ``row == "total"``), and so do the rows at level 0 but the total.

    The numbers are land_fund's, except the planned area of an economic zone: its row shows the sum of its
    parks (the economic zone's own planned area includes sea and non-industrial land and is not added).
    """
    parents = {z: p for z, p in zone_parents(zones).items() if z in fund.index}
    parents = {z: (p if p in parents else None) for z, p in parents.items()}
    children = _children(parents)
    counted = _counted_planned(zones, parents)
    kind = dict(zip(zones["id"].astype(str), zones["kind"]))
    cols = list(FUND_COLUMNS)  # planned_ha first
    vals = dict(zip(fund.index, fund[cols].to_numpy(dtype=float)))
    rows: list[dict] = []
    top: list[np.ndarray] = []

    def add(key: str, zone: str | None, parent: str | None, level: int, row: str, nums: np.ndarray,
            has_children: bool) -> None:
        rows.append({"row_id": key, "zone_id": zone, "parent_id": parent, "level": level, "row": row,
                     "is_subtotal": has_children, "is_leaf": not has_children and row != "total",
                     **dict(zip(cols, np.round(nums, 2).tolist()))})
        if level == 0 and row != "total":
            top.append(nums)

    def visit(z: str, level: int) -> None:
        nums = vals[z].copy()
        nums[0] = counted[z]
        kids = children[z]
        add(z, z, parents[z], level, "zone", nums, bool(kids))
        for k in kids:
            visit(k, level + 1)
        if kids:
            rest = nums - np.sum([vals[k] for k in kids], axis=0)
            own_planned = kind.get(z) != "kkt" and not np.isnan(vals[z][0])
            rest[0] = counted[z] - np.nansum([counted[k] for k in kids]) if own_planned else np.nan
            if np.any(np.round(np.nan_to_num(rest), 2) != 0):
                add(f"{z}/rest", None, z, level + 1, "rest", rest, False)

    for z in children[None]:
        visit(z, 0)
    total = vals[PROVINCE]
    unassigned = total - np.nansum(top, axis=0) if top else total.copy()
    unassigned[0] = np.nan
    if np.any(np.round(np.nan_to_num(unassigned), 2) != 0):
        add(UNASSIGNED, None, None, 0, "unassigned", unassigned, False)
    add(PROVINCE, None, None, 0, "total", total, True)
    out = pd.DataFrame(rows).set_index("row_id")
    out["parent_id"] = out["parent_id"].astype(object).where(out["parent_id"].notna(), None)
    out["zone_id"] = out["zone_id"].astype(object).where(out["zone_id"].notna(), None)
    return _with_pct(out)


def stage_area_by_zone(parcels: pd.DataFrame | None, *, sums: pd.DataFrame | None = None) -> pd.DataFrame:
    """Recovered hectares of cadastral parcels per zone (rows) and clearance stage (columns, in legal order),
    from the parcels or from the zones' sums (``sums``, :mod:`geo.aggregates`)."""
    return aggregates.stage_area(_sums(parcels, sums))


def tier_area(plots: pd.DataFrame, ready: Readiness) -> pd.Series:
    """Hectares of plots per readiness tier 1–5."""
    s = pd.Series(plots["area_ha"].to_numpy(dtype=float)).groupby(ready.plots["tier"].to_numpy()).sum()
    return s.reindex(range(1, 6), fill_value=0.0).round(2)


def stage_moves(events: pd.DataFrame, parcels: pd.DataFrame) -> pd.DataFrame:
    """The stage steps of ``events`` with the recovered hectares of the parcel that took each: ``day`` (when it
    happened, UTC), ``from_stage``, ``to_stage``, ``ha`` (``Store.stage_moves`` gives them summed per day)."""
    area = dict(zip(parcels["id"], recovered_ha(parcels)))
    ev = events[events["action"].str.contains("stage|import", na=False)]
    ev = ev[ev["parcel_id"].isin(area.keys()) & ev["to_stage"].notna()]
    ev = ev[ev["from_stage"].fillna("not_started") != ev["to_stage"]]
    return pd.DataFrame({"day": ev["at"].astype(str).str[:10].to_numpy(), "from_stage": ev["from_stage"].to_numpy(),
                         "to_stage": ev["to_stage"].to_numpy(), "ha": ev["parcel_id"].map(area).to_numpy(dtype=float)})


#: The event fields :func:`moves_on` reads.
MOVES_EVENT_COLUMNS = ("event_id", "parcel_id", "action", "from_stage", "to_stage", "at", "recorded_at")


def moves_on(parts: Iterable[tuple[pd.DataFrame, pd.DataFrame]], day: date | str,
             basis: str = "happened") -> pd.DataFrame:
    """The stage steps counted on ``day`` (on ``basis``: when they happened or were recorded) of the parcels
    given a part at a time (each part: its events, :data:`MOVES_EVENT_COLUMNS`, and its parcels), summed
    per day and step as :meth:`geo.store.Store.stage_moves` gives them: :func:`progress`'s ``moves`` on a
    past day, with no more than one part's events in memory."""
    return summed_moves([part_moves(events, parcels, day, basis) for events, parcels in parts])


_MOVE_KEYS = ["day", "from_stage", "to_stage"]


def part_moves(events: pd.DataFrame, parcels: pd.DataFrame, day: date | str, basis: str = "happened") -> pd.DataFrame:
    """:func:`moves_on` of one part: its steps counted on ``day``, summed per day and step (the parts' sums add
    up in :func:`summed_moves`)."""
    d = tl.day_number(day)
    column = "at" if tl.check_basis(basis) == "happened" else "recorded_at"
    if not isinstance(events["to_stage"].dtype, pd.CategoricalDtype) or events["at"].dtype.kind != "M":
        counted = events[tl.local_days(events[column]) <= d]
        moves = stage_moves(counted, parcels)
        moves[["from_stage", "to_stage"]] = moves[["from_stage", "to_stage"]].astype(object)
        return moves.groupby(_MOVE_KEYS, dropna=False, sort=False)["ha"].sum().reset_index()
    return moves_of(stage_steps(events, parcels["id"]), recovered_ha(parcels), d, basis)


class Steps(NamedTuple):
    """The stage steps of a part's compact events (:func:`stage_steps`), ready to be counted on any day
    (:func:`moves_of`): per step, its parcel's row, its group (a day and a step of ``groups``) and the local
    days it happened and was recorded on."""

    row: np.ndarray  # int32
    group: np.ndarray  # int32, a row of groups
    happened: np.ndarray  # int32
    recorded: np.ndarray  # int32
    groups: pd.DataFrame  # day (UTC, ISO text), from_stage (NaN: none), to_stage


def stage_steps(events: pd.DataFrame, parcel_ids) -> Steps:
    """:func:`stage_moves`' steps of compact events (a replay's: stages as categoricals, times as datetimes),
    picked on codes, without a copy of the events or a text per event (a range of a million events took
    ~300 MB the other way), for the parcels ``parcel_ids`` (steps of others are left out)."""
    was = events["from_stage"].cat.codes.to_numpy()
    now = events["to_stage"].cat.codes.to_numpy()
    pick = (now >= 0) & (np.where(was < 0, 0, was) != now)
    pick &= events["action"].str.contains("stage|import", na=False).to_numpy(dtype=bool)
    rows = tl.rows_of(parcel_ids, events["parcel_id"].to_numpy()[pick])
    at = np.flatnonzero(pick)[rows >= 0]
    day = events["at"].to_numpy()[at].astype("datetime64[D]").astype(np.int64)
    nstages = len(STAGES) + 1
    key = (day * nstages + (was[at].astype(np.int64) + 1)) * nstages + now[at]
    keys, group = np.unique(key, return_inverse=True)
    stages = np.asarray([np.nan, *STAGES], dtype=object)
    groups = pd.DataFrame({
        "day": np.datetime_as_string((keys // nstages // nstages).astype("datetime64[D]"), unit="D").astype(object),
        "from_stage": stages[keys // nstages % nstages], "to_stage": stages[keys % nstages + 1]})
    return Steps(rows[rows >= 0].astype(np.int32), group.astype(np.int32),
                 tl.local_days(events["at"])[at].astype(np.int32),
                 tl.local_days(events["recorded_at"])[at].astype(np.int32), groups)


def moves_of(steps: Steps, ha: np.ndarray, day: date | str | int, basis: str = "happened",
             exists: np.ndarray | None = None) -> pd.DataFrame:
    """The steps of ``steps`` counted on ``day`` (a day number too) on ``basis``, summed per day and step
    (:func:`part_moves`' form), each with the recovered hectares ``ha`` of its parcel (``exists``: only the
    steps of these parcels' rows count)."""
    d = day if isinstance(day, (int, np.integer)) else tl.day_number(day)
    pick = (steps.happened if tl.check_basis(basis) == "happened" else steps.recorded) <= d
    if exists is not None:
        pick &= exists[steps.row]
    group = steps.group[pick]
    n = len(steps.groups)
    total = np.bincount(group, weights=ha[steps.row[pick]], minlength=n)
    seen = np.bincount(group, minlength=n) > 0
    out = steps.groups[seen].reset_index(drop=True)
    out["ha"] = total[seen]
    return out


def summed_moves(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The parts' :func:`part_moves` added up per day and step."""
    if not parts:
        return pd.DataFrame(columns=[*_MOVE_KEYS, "ha"])
    return pd.concat(parts, ignore_index=True).groupby(_MOVE_KEYS, dropna=False, sort=False)["ha"].sum().reset_index()


def progress(events: pd.DataFrame | None, parcels: pd.DataFrame | None = None, *, freq: str = "QS",
             moves: pd.DataFrame | None = None) -> pd.DataFrame:
    """Recovered hectares that reached each stage, cumulated over time (period starts in rows, stages in columns).

    Built from every stage step of the cadastral parcels (``events`` and ``parcels``, or their steps summed
    per day: ``moves``, :func:`stage_moves` or ``Store.stage_moves``), so a parcel moved back stops counting
    from the date it moved.
    """
    if moves is None:
        if events is None or events.empty or parcels is None:
            return pd.DataFrame(columns=list(STAGES[1:]))
        moves = stage_moves(events, parcels)
    ev = moves[moves["ha"].notna()].copy()
    if ev.empty:
        return pd.DataFrame(columns=list(STAGES[1:]))
    ev["when"] = pd.to_datetime(ev["day"], format="%Y-%m-%d")
    ev["to_i"] = ev["to_stage"].map(STAGES.index)
    ev["from_i"] = ev["from_stage"].map(lambda s: STAGES.index(s) if isinstance(s, str) else 0)
    # +ha for every stage entered, -ha for every stage left by a move back.
    deltas = []
    for s_i in range(1, len(STAGES)):
        up = ev[(ev["from_i"] < s_i) & (ev["to_i"] >= s_i)]
        down = ev[(ev["from_i"] >= s_i) & (ev["to_i"] < s_i)]
        deltas.append(pd.concat([up.assign(d=up["ha"]), down.assign(d=-down["ha"])])[["when", "d"]]
                      .assign(stage=STAGES[s_i]))
    d = pd.concat(deltas)
    table = d.pivot_table(index=pd.Grouper(key="when", freq=freq), columns="stage", values="d", aggfunc="sum",
                          fill_value=0.0)
    table = table.reindex(columns=list(STAGES[1:]), fill_value=0.0).cumsum().round(2)
    table.index.name = "period"
    return table


def resettlement_balance(ready: Readiness, zones: pd.DataFrame, resettlement: pd.DataFrame) -> pd.DataFrame:
    """Per zone with households waiting: need, free lots in ready areas, areas serving it, status code."""
    names = dict(zip(zones["id"], zones["name_vi"]))
    rows = []
    for zid, info in sorted(ready.resettlement.items()):
        areas = resettlement.iloc[info["areas"]] if info["areas"] else resettlement.iloc[[]]
        rows.append({
            "zone_id": zid, "zone_name_vi": names.get(zid, zid), "households_waiting": info["need"],
            "free_lots_ready": info["free"], "capacity_lots": int(areas["capacity_lots"].fillna(0).sum()),
            "allocated_lots": int(areas["allocated_lots"].fillna(0).sum()),
            "areas": "; ".join(areas["id"]), "stages": "; ".join(areas["stage"]),
            "status": info["code"] or "ok",
        })
    return pd.DataFrame(rows, columns=["zone_id", "zone_name_vi", "households_waiting", "free_lots_ready",
                                       "capacity_lots", "allocated_lots", "areas", "stages", "status"])


def deadline_dates(today: date | None = None) -> dict[str, str]:
    """Per stage with a deadline: the day (ISO) before which a parcel's stage date makes it overdue today
    (``stage_since`` earlier than it: :func:`overdue` flags it), for asking a store for the candidates only."""
    day = pd.Timestamp(today or date.today())
    return {stage: (day - pd.Timedelta(days=limit)).strftime("%Y-%m-%d") for stage, (_, limit) in DEADLINES.items()}


def overdue(parcels: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Parcels past a legal deadline (``stages.DEADLINES``: notice older than 12 months, payment more than
    30 days after approval), most overdue first. Vectorised: 80,000 overdue parcels of a million in 0.5 s."""
    today = pd.Timestamp(today or date.today())
    stage = parcels["clearance_stage"].to_numpy(dtype=object)
    # The calendar date each value starts with, as timeutil.iso_date reads it (unreadable text: no date).
    since = pd.to_datetime(parcels["stage_since"].astype("string").str.strip().str[:10], errors="coerce",
                           format="%Y-%m-%d")
    days = (today - since).dt.days.to_numpy(dtype="float64", na_value=np.nan)
    flag = overdue_flags(pd.Categorical(stage, categories=list(STAGES)).codes, days)
    rows = np.flatnonzero(flag != None)  # noqa: E711 - element-wise
    return overdue_table(parcels["id"].to_numpy(dtype=object)[rows], parcels["zone_id"].to_numpy(dtype=object)[rows],
                         stage[rows], parcels["stage_since"].to_numpy(dtype=object)[rows], flag[rows], days[rows])


def overdue_flags(stage: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Per parcel at ``stage`` (codes) since ``days`` days (NaN: no date, never over): the deadline it has
    passed (object), None for none."""
    flag = np.full(len(stage), None, dtype=object)
    for st, (name, limit) in DEADLINES.items():
        flag[(stage == STAGES.index(st)) & (days > limit)] = name
    return flag


def overdue_table(parcel_id, zone_id, stage, since, flag, days) -> pd.DataFrame:
    """The overdue list (:func:`overdue`'s columns) of these parcels, most overdue first (ties in their order)."""
    out = pd.DataFrame({"parcel_id": parcel_id, "zone_id": zone_id, "clearance_stage": stage, "stage_since": since,
                        "flag": flag, "days": np.asarray(days).astype(int)})
    return out.sort_values("days", ascending=False, kind="mergesort").reset_index(drop=True)
