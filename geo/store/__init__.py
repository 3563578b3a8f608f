"""Stores: :func:`open_store` picks the implementation from the URL."""

from __future__ import annotations

from ..errors import StoreError
from ..settings import db_url
from .base import Store
from .values import ClearanceEvent, LoadReport, ParcelChange, PlotChange

__all__ = ["ClearanceEvent", "LoadReport", "ParcelChange", "PlotChange", "Store", "open_store"]


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (default: SITEREADY_DB or var/siteready.gpkg).

    ``postgresql://…`` opens the PostGIS store; anything else is a GeoPackage
    path (a ``gpkg:`` or ``file:`` prefix is allowed).
    """
    target = db_url(url)
    if target.startswith(("postgresql://", "postgres://")):
        try:
            from .postgis import PostgisStore
        except ImportError as err:  # pragma: no cover - depends on installation
            raise StoreError("store.pg_unavailable", reason=str(err)) from None
        return PostgisStore(target)
    for prefix in ("gpkg:", "file:"):
        if target.startswith(prefix):
            target = target[len(prefix):]
    from .gpkg import GeoPackageStore

    return GeoPackageStore(target)
