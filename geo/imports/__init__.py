"""Importing officers' survey files into a layer, one concept per module.

- :mod:`~geo.imports.sources`: reading a file (GeoJSON, GeoPackage, zipped Shapefile, KML/KMZ, CSV/XLSX),
  its size and feature limits, and how its records are numbered in messages;
- :mod:`~geo.imports.archives`: opening a zip or KMZ safely (paths, member count, size, ratio);
- :mod:`~geo.imports.fields`: which column fills which field (``--field SRC=DST`` and recognised names);
- :mod:`~geo.imports.placement`: CRS (VN-2000 included), the province check, repairs, the zone of a parcel;
- :mod:`~geo.imports.plan`: :func:`plan_import` and the :class:`ImportPlan` it returns, row by row.

The words officers type (Vietnamese field names, land-use and lease labels, yes and no) are in
:mod:`geo.vocabulary`, shared with :mod:`geo.schema`. Nothing here writes to the store:
:meth:`geo.store.Store.apply_import` writes a plan in one transaction.
"""

from __future__ import annotations

from ..vocabulary import HELPER_FIELDS
from .fields import detect_fields, parse_field_args
from .placement import province_outline
from .plan import ImportOptions, ImportPlan, plan_import, plan_store_import
from .sources import read_source

__all__ = [
    "HELPER_FIELDS",
    "ImportOptions",
    "ImportPlan",
    "detect_fields",
    "parse_field_args",
    "plan_import",
    "plan_store_import",
    "province_outline",
    "read_source",
]
