"""Officers import survey files: upload, map the fields, preview on the map, dry run, then import."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
import weakref
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import streamlit as st
from streamlit_folium import st_folium

from geo.errors import SiteReadyError
from geo.imports import HELPER_FIELDS, detect_fields, plan_store_import, read_source
from geo.schema import IMPORTABLE_LAYERS, LAYERS, PERSONAL_FIELDS
from geo.users import EDIT_ROLES
from layers import maps
from layers.i18n import fmt_num, t
from layers.text import esc, md_escape
from views import keep
from views.feedback import show_error
from views.session import require_staff
from views.style import uploader_types
from views.state import snapshot
from views.state import store as get_store
from views.urlstate import language

PREVIEW_FEATURES = 2000  # drawn on the preview map; a larger file by an even sample
UPLOAD_TYPES = ["geojson", "json", "gpkg", "zip", "kml", "kmz", "csv", "xlsx"]
#: The layers a file can be imported into, as the officer reads them (label key).
LAYER_LABELS = {"parcels": ("layer_parcels",), "plots": ("layer_plots",), "zones": ("layer_zones",),
                "resettlement_areas": ("layer_resettlement",),
                "constraints": ("layer_constraints",), "infrastructure": ("layer_infrastructure",)}
#: The fields a column can be mapped to, as the officer reads them (label key); the field's code follows.
FIELD_LABELS = {
    "id": ("f_id",), "zone_id": ("f_zone",), "plot_no": ("f_plot_no",), "land_use": ("f_land_use",),
    "commune_code": ("f_commune",), "commune_id": ("f_commune",), "sheet_no": ("f_sheet_no",),
    "parcel_no": ("f_parcel_no",), "legal_area_m2": ("f_legal_area",), "area_m2": ("f_measured_area",),
    "land_use_code": ("f_land_use_code",), "recovered_m2": ("f_recovered",),
    "area_ha": ("f_area",), "clearance_stage": ("f_stage",), "stage_since": ("fld_stage_since",),
    "blocked": ("f_blocked",), "blocked_reason": ("f_blocked_reason",), "lease_status": ("f_lease",),
    "utility_road": ("u_road",), "utility_power": ("u_power",), "utility_water": ("u_water",),
    "utility_wastewater": ("u_wastewater",), "resettlement_households": ("f_households",), "source": ("f_source",),
    "confidence": ("f_confidence",), "version": ("f_version",), "updated_at": ("f_updated",), "updated_by": ("h_by",),
    "kind": ("f_kind",), "name_vi": ("fld_name_vi",), "name_en": ("fld_name_en",), "parent_id": ("fld_parent",),
    "planned_area_ha": ("f_planned_area",), "area_estimated": ("estimated",),
    "industrial_land_ha": ("f_industrial_land",), "stage": ("r_stages",), "developer": ("f_developer",),
    "decision_ref": ("f_decision",), "sectors": ("f_sectors",), "lease_price_usd_m2": ("f_price",),
    "power_kv": ("f_power_kv",), "water_m3_day": ("f_water",), "wastewater_m3_day": ("f_wastewater",),
    "contact": ("f_contact",), "location_note": ("f_location_note",), "as_of": ("f_as_of",),
    "serves": ("fld_serves",), "capacity_lots": ("r_capacity",), "allocated_lots": ("r_allocated",),
    "_so_thua": ("fld_so_thua",), "_so_to": ("fld_so_to",), "_file_area": ("fld_file_area",),
    "_blocked_text": ("fld_blocked_text",), "_note": ("h_note",), "_document_ref": ("h_doc",), "_date": ("h_at",),
    "owner_name": ("p_owner_name",), "household_head": ("p_household_head",), "phone": ("p_phone",),
    "id_number": ("p_id_number",),
}


def layer_label(layer: str, lang: str) -> str:
    return t(LAYER_LABELS[layer][0], lang) if layer in LAYER_LABELS else layer


def field_label(field: str, lang: str) -> str:
    """A target field as the officer reads it: its name in ``lang`` and its code ("Giai đoạn GPMB · clearance_stage")."""
    return f"{t(FIELD_LABELS[field][0], lang)} · {field}" if field in FIELD_LABELS else field


#: Upload folders older than this are removed (a session that ended without its folder being removed).
STALE_UPLOAD_S = 6 * 3600


class _UploadFolder:
    """A private folder (0700) for one session's upload: survey files hold owners' names and ID numbers.

    It is removed when the import is done, when the upload is cleared, and at the latest when the
    session ends (the session state that holds this object is dropped, and with it the folder).
    """

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="siteready-upload-"))
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self.path), True)

    def remove(self) -> None:
        self._finalizer()


def _sweep_stale_uploads() -> None:
    """Remove upload folders left behind by sessions of a process that stopped."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob("siteready-upload-*"):
        try:
            if now - folder.stat().st_mtime > STALE_UPLOAD_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _upload_dir() -> Path:
    folder = st.session_state.get("imp_dir")
    if not isinstance(folder, _UploadFolder) or not folder.path.exists():
        _sweep_stale_uploads()
        folder = _UploadFolder()
        st.session_state["imp_dir"] = folder
    return folder.path


def _forget_upload() -> None:
    folder = st.session_state.pop("imp_dir", None)
    if isinstance(folder, _UploadFolder):
        folder.remove()


def render() -> None:
    lang = language()
    user = require_staff(lang, roles=EDIT_ROLES)
    if user is None:
        return
    store = get_store()
    st.subheader(t("import_heading", lang))
    st.caption(t("import_intro", lang))
    upload = st.file_uploader(t("upload", lang), type=UPLOAD_TYPES, key="imp_file")
    # The uploader's own line says "200MB per file • GEOJSON, …" in English: ours says it in the user's language.
    uploader_types(lang, "imp_file", UPLOAD_TYPES)
    c1, c2, c3 = st.columns([1, 1, 1])
    # The layers geo imports into (the province outline and the communes are reference data), parcels first.
    layers = sorted(IMPORTABLE_LAYERS, key=lambda name: name != "parcels")
    layer = c1.selectbox(t("target_layer", lang), layers, key=keep.key("imp_layer", lang, layers[0]),
                         format_func=lambda v: layer_label(v, lang), placeholder=t("choose_one", lang))
    keep.remember("imp_layer", layer)
    crs = c2.text_input(t("crs_override", lang), key="imp_crs", placeholder="EPSG:5897").strip() or None
    strict = c3.checkbox(t("strict", lang), key="imp_strict")
    if upload is None:
        _forget_upload()
        return
    digest, path = _keep_upload(upload)
    try:
        source = read_source(path, name=upload.name)
    except SiteReadyError as err:
        show_error(err, lang)
        return
    mapping, ignored = field_mapping([c for c in source.columns if c != "geometry"], layer, digest, lang)
    note = st.text_input(t("import_note", lang), key=f"imp_note_{digest}")
    try:
        plan = plan_store_import(store, path, layer, crs=crs, field_map=mapping, strict=strict,
                                 display_name=upload.name, ignore_fields=ignored, note=note)
        report = store.apply_import(plan, user=user.username, dry_run=True)
    except SiteReadyError as err:
        show_error(err, lang)
        return
    dry_run_summary(plan, report, lang)
    if not plan.attributes_only and plan.rows:
        preview(plan, lang)
    if st.button(t("import_button", lang), type="primary", key=f"imp_go_{digest}"):
        try:
            done = store.apply_import(plan, user=user.username)
        except SiteReadyError as err:
            show_error(err, lang)
        else:
            st.success(t("imported", lang, a=fmt_num(len(done.inserted), lang, 0), b=fmt_num(len(done.updated), lang, 0),
                         c=fmt_num(len(done.unchanged), lang, 0)))
            _forget_upload()


def _keep_upload(upload) -> tuple[str, Path]:
    """The upload on disk (private to this session), so that every rerun reads the same bytes: its digest
    and path."""
    data = upload.getvalue()
    digest = hashlib.sha256(data).hexdigest()[:16]
    if st.session_state.get("imp_digest") != digest:
        _forget_upload()
        st.session_state["imp_digest"] = digest
    path = _upload_dir() / Path(upload.name).name
    if not path.exists():
        path.write_bytes(data)
        path.chmod(0o600)
    return digest, path


def field_mapping(columns: list[str], layer: str, digest: str, lang: str) -> tuple[dict[str, str], list[str]]:
    """The officer's mapping of the file's columns to the layer's fields (guessed at first), and the
    columns they chose to ignore."""
    auto = detect_fields(columns, layer)
    st.markdown(f"**{t('field_mapping', lang)}**")
    targets = ["", *LAYERS[layer].names, *HELPER_FIELDS, *(PERSONAL_FIELDS if layer == "parcels" else ())]
    mapping, ignored = {}, []
    grid = st.columns(4)
    for i, col in enumerate(columns):
        default = auto.get(col, "")
        name = f"imp_map_{digest}_{layer}_{col}"  # kept through a language switch (views.keep)
        choice = grid[i % 4].selectbox(col, targets, key=keep.key(name, lang, default if default in targets else ""),
                                       format_func=lambda v: field_label(v, lang) if v else t("ignore_field", lang),
                                       placeholder=t("choose_one", lang))
        keep.remember(name, choice)
        if choice:
            mapping[col] = choice
        else:
            ignored.append(col)  # an officer's "ignore" stands: it is not guessed back
    return mapping, ignored


def dry_run_summary(plan, report, lang: str) -> None:
    """What the import would do: rows and CRS, inserted / updated / unchanged, repairs and warnings."""
    if plan.attributes_only:
        st.info(t("bulk_table", lang))
    st.success(t("plan_summary", lang, n=fmt_num(len(plan.rows), lang, 0), crs=plan.crs or "—"))
    st.info(t("plan_counts", lang, a=fmt_num(len(report.inserted), lang, 0), b=fmt_num(len(report.updated), lang, 0),
              c=fmt_num(len(report.unchanged), lang, 0)))
    by_label = {lbl: fid for fid, lbl in plan.labels.items()}
    if plan.repaired:
        items = ", ".join(f"{r} ({by_label.get(r, '?')})" for r in plan.repaired)
        st.warning(t("repaired", lang, items=md_escape(items)))
    for w in plan.warnings:
        st.caption(md_escape(w.text(lang)))


def preview(plan, lang: str) -> None:
    """The file's features on a map, over the province and the zones; a large file by an even sample of
    PREVIEW_FEATURES of them (the map opens on all of them; the import takes them all)."""
    st.markdown(f"**{t('preview', lang)}**")
    geoms = np.array([r["geometry"] for r in plan.rows], dtype=object)
    b = maps.bounds_of(geoms, pad=0.003)
    rows = plan.rows
    if len(rows) > PREVIEW_FEATURES:
        rows = [rows[i] for i in np.unique(np.linspace(0, len(rows) - 1, PREVIEW_FEATURES).astype(int))]
    gdf = gpd.GeoDataFrame({"id": [r["id"] for r in rows]}, geometry=[r["geometry"] for r in rows], crs=4326)
    view = maps.view_of(b, 900, 420)
    m = maps.make_map(basemap=False, view=view)
    snap = snapshot()
    maps.province_layer(snap.layers["province"], lang).add_to(m)
    maps.zones_layer(snap.layers["zones"], lang).add_to(m)
    fg = folium.FeatureGroup(name=layer_label(plan.layer, lang))
    tips = [esc(r["id"]) for r in rows]
    fc = maps.feature_collection(gdf.geometry.values, {"id": gdf["id"], "layer": ["preview"] * len(gdf), "tip": tips},
                                 precision=6)
    folium.GeoJson(fc, style_function=lambda f: {"color": "#e31a1c", "weight": 2, "fillColor": "#fb9a99",
                                                 "fillOpacity": 0.5},
                   tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False)).add_to(fg)
    st_folium(m, key=f"imp_preview_{plan.source}", height=420, use_container_width=True, feature_group_to_add=[fg],
              returned_objects=[])
    if len(rows) < len(plan.rows):
        st.caption(t("preview_sample", lang, n=fmt_num(len(rows), lang, 0), total=fmt_num(len(plan.rows), lang, 0)))
