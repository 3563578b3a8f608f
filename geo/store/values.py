"""What a store hands out and takes in: a recorded clearance event, a requested parcel change, a load's report.

Plain values, kept apart from the store's machinery so that the app, the CLI and imports build and read
them without depending on how either store keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..messages import Msg


@dataclass(frozen=True)
class ClearanceEvent:
    """One recorded change of a parcel; ``version`` is the parcel's version after it."""

    parcel_id: str
    action: str
    from_stage: str | None
    to_stage: str | None
    at: str
    recorded_at: str
    by: str
    note: str | None
    document_ref: str | None
    version: int
    detail: str | None = None
    event_id: int | None = None


@dataclass
class ParcelChange:
    """A requested change of one parcel. Fields left as None are not changed.

    ``expect_version``: the version the editor saw; if the parcel has moved on
    since, the change is refused as a conflict. ``label`` names the change in
    error messages (a file's row, say): a message or a plain label.
    """

    parcel_id: str
    stage: str | None = None
    note: str | None = None
    document_ref: str | None = None
    at: str | None = None
    blocked: bool | None = None
    blocked_reason: str | None = None
    expect_version: int | None = None
    label: Msg | str | None = None


@dataclass
class PlotChange:
    """A requested change of one plot: what its developer offers. Fields left as None are not changed.

    ``expect_version`` and ``label`` work as for :class:`ParcelChange`.
    """

    plot_id: str
    lease_status: str | None = None
    utilities: dict[str, bool] | None = None  # e.g. {"road": True}; keys: road, power, water, wastewater
    note: str | None = None
    expect_version: int | None = None
    label: Msg | str | None = None


@dataclass
class LoadReport:
    """What a load of features into a layer did (or, in a dry run, would do)."""

    layer: str
    inserted: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    events: int = 0
    dry_run: bool = False
    replaced: int = 0  # cadastral parcels placed again after an import of zones


@dataclass
class SeedPart:
    """Some plots and cadastral parcels of a store being made, checked (:func:`geo.store.seeding.prepare_part`),
    with the parcels' history.

    A store is made from parts one after the other (``Store.init_parts``) so that millions of parcels are
    never held all at once. Every parcel beneath one of the part's plots is in the part: the plots' cover
    and their derived clearance are computed within it.
    """

    plots: list[dict]
    parcels: list[dict]
    events: list[ClearanceEvent]
