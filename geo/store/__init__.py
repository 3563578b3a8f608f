"""Stores: :func:`open_store` picks the implementation from the URL."""

from __future__ import annotations

from ..errors import StoreError
from ..settings import db_url, read_db_url
from .base import Store
from .values import ClearanceEvent, LoadReport, ParcelChange, PlotChange

__all__ = ["ClearanceEvent", "LoadReport", "ParcelChange", "PlotChange", "Store", "open_store"]


def open_store(url: str | None = None, read_url: str | None = None) -> Store:
    """The store at ``url`` (default: SITEREADY_DB or var/siteready.gpkg).

    ``postgresql://…`` opens the PostGIS store; anything else is a GeoPackage
    path (a ``gpkg:`` or ``file:`` prefix is allowed). ``read_url`` names a hot standby of the PostGIS
    store to read from (:mod:`.standby`); when ``url`` is not given it defaults to SITEREADY_READ_DB, so a
    store named explicitly (``--db``, a test's URL) has no replica unless one is passed with it.
    """
    target = db_url(url)
    if url is None:
        read_url = read_url or read_db_url()
    postgres = ("postgresql://", "postgres://")
    if target.startswith(postgres):
        if read_url and not read_url.startswith(postgres):
            raise StoreError("store.read_url_not_postgres")
        try:
            from .postgis import PostgisStore
        except ImportError as err:  # pragma: no cover - depends on installation
            raise StoreError("store.pg_unavailable", reason=str(err)) from None
        return PostgisStore(target, read_url=read_url)
    for prefix in ("gpkg:", "file:"):
        if target.startswith(prefix):
            target = target[len(prefix):]
    if read_url:  # a GeoPackage has no replicas: reading one beside it would show another store
        raise StoreError("store.read_url_needs_postgis", path=target)
    from .gpkg import GeoPackageStore

    return GeoPackageStore(target)
