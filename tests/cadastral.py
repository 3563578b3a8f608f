"""Test helpers for cadastral parcels: give a parcel of a test store a sheet and parcel number.

The stores the tests copy may hold parcels without numbers (a store upgraded from SiteReady 1 has none);
a test that searches by number gives one parcel a number no other parcel has, in its own copy.
"""

from __future__ import annotations

import sqlite3

from geo.store import open_store
from geo.store.gpkg import register_functions


def number_parcel(db: str, sheet: str, number: str, *, stage: str | None = None) -> str:
    """Give the first parcel of GeoPackage store ``db`` (the first at ``stage``, when given) beneath a plot
    the sheet and parcel number ``sheet``/``number``; returns its id."""
    s = open_store(db)
    try:
        parcels = s.read_layer("parcels")
        plots = s.read_layer("plots")
    finally:
        s.close()
    under = parcels[parcels.intersects(plots.union_all())]
    if stage is not None:
        under = under[under["clearance_stage"] == stage]
    pid = str(under["id"].iat[0])
    with sqlite3.connect(db) as con:
        register_functions(con)  # the GeoPackage's R-tree triggers call them
        con.execute("UPDATE parcels SET sheet_no = NULL, parcel_no = NULL WHERE sheet_no = ? AND parcel_no = ?",
                    (sheet, number))
        con.execute("UPDATE parcels SET sheet_no = ?, parcel_no = ? WHERE id = ?", (sheet, number, pid))
    return pid
