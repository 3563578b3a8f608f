"""Printable documents: a site profile as a self-contained HTML page (print to PDF from the browser), and the
land fund as the zone tree, on screen (HTML) and as an XLSX workbook with the same rows."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np
import pandas as pd

from geo import xlsx
from geo.landfund import FUND_COLUMNS
from geo.search import DISTANCE_KINDS

from .catalogue import label, tier_label
from .i18n import fmt_ha, fmt_num, name_of, t
from .text import esc

_CSS = """
body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 4px} h2{font-size:16px;margin:18px 0 6px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;
vertical-align:top;font-size:13px} th{background:#f3f3f3;width:38%} .tier{font-size:18px;font-weight:700}
.notice{font-size:12px;color:#555;border-top:1px solid #ccc;margin-top:18px;padding-top:6px}
@media print{body{margin:10mm}}
"""


def site_profile_html(site: dict, lang: str, *, notice: str | None = None, link: str | None = None) -> str:
    """A one-page profile of a site (a record of :func:`geo.search.site_records`), every value escaped."""
    zone = name_of({"name_vi": site.get("zone_name_vi"), "name_en": site.get("zone_name_en")}, lang)
    rows = [
        (t("f_id", lang), site.get("id")),
        (t("f_zone", lang), zone),
        (t("f_area", lang), fmt_ha(site.get("area_ha"), lang)),
        (t("f_n_plots", lang), site.get("n_plots")),
        (t("tier", lang), tier_label(site.get("tier"), lang)),
        (t("f_score", lang), fmt_num(site.get("score"), lang)),
        (t("f_price", lang), fmt_num(site.get("lease_price_usd_m2"), lang, 0)),
        (t("f_sectors", lang), ", ".join(label("sector", s, lang) for s in (site.get("sectors") or "").split(";") if s)),
    ]
    dist = [(t(f"dist_{k}", lang), f"{fmt_num(site.get(f'km_to_{k}'), lang)} km — "
             f"{site.get(f'nearest_{k}_en' if lang == 'en' else f'nearest_{k}_vi') or ''}")
            for k in DISTANCE_KINDS if site.get(f"km_to_{k}") is not None]
    reasons = site.get("reasons") or []
    reason_items = "".join(f"<li>{esc(r['en' if lang == 'en' else 'vi'])}</li>" for r in reasons)
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    dtable = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in dist)
    plots = ", ".join(esc(p) for p in site.get("plot_ids") or [])
    return f"""<!doctype html><html lang="{esc(lang)}"><head><meta charset="utf-8">
<title>{esc(t('profile_site', lang))} {esc(site.get('id'))}</title><style>{_CSS}</style></head><body>
<h1>{esc(t('profile_site', lang))}: {esc(zone)}</h1>
<div class="tier">{esc(tier_label(site.get('tier'), lang))} · {esc(fmt_ha(site.get('area_ha'), lang))}</div>
<h2>{esc(t('profile', lang))}</h2><table>{table}</table>
<h2>{esc(t('reasons', lang))}</h2>{f'<ul>{reason_items}</ul>' if reasons else f'<p>{esc(t("ready_now", lang))}</p>'}
<h2>{esc(t('distances', lang))}</h2><table>{dtable}</table>
<h2>{esc(t('f_plots', lang))}</h2><p>{plots}</p>
{f'<p><a href="{esc(link)}">{esc(link)}</a></p>' if link else ''}
<div class="notice">{esc(notice or '')}<br>SiteReady · {esc(date.today().isoformat())}</div>
</body></html>"""


# --- The land fund as the zone tree (rows of geo.landfund.fund_hierarchy) ---------------------------------------

#: Percentages shown after the hectares.
FUND_PCT = ("handed_over_ha_pct", "leased_ha_pct")
NOTES_SHEET = xlsx.NOTES_SHEET


def fund_headers(lang: str) -> list[str]:
    """Titles of the number columns: hectares, then percentages (handed over of the land to recover, leased of
    the plots)."""
    return [t(f"c_{c}", lang) for c in FUND_COLUMNS] + [
        "% " + t("c_handed_over_ha", lang), "% " + t("c_leased_ha", lang)]


def fund_total_note(economic_zones: Sequence[tuple[str, float]], lang: str) -> str:
    """The line that says how the province total is built; ``economic_zones``: (name, own planned ha)."""
    if not economic_zones:
        return t("fund_how_total_no_ez", lang)
    return t("fund_how_total", lang, ez="; ".join(f"{name}: {fmt_ha(ha, lang)}" for name, ha in economic_zones))


def _row_name(row: Mapping, names: Mapping[str, str], lang: str) -> str:
    kind = row["row"]
    if kind == "total":
        return t("fund_row_total", lang)
    if kind == "unassigned":
        return t("fund_row_unassigned", lang)
    if kind == "rest":
        return t("fund_row_rest", lang)
    return str(names.get(row["zone_id"], row["zone_id"]))


def _row_type(row: Mapping, lang: str) -> str:
    kind = row["row"]
    if kind == "zone":
        return t("fund_row_subtotal", lang) if row["is_subtotal"] else t("fund_row_zone", lang)
    return {"rest": t("fund_row_rest", lang), "unassigned": t("fund_row_unassigned", lang),
            "total": t("fund_row_total", lang)}[kind]


def _label(row: Mapping, names: Mapping[str, str], lang: str) -> str:
    """The row's name, with "↳ " before a zone's children."""
    name = _row_name(row, names, lang)
    return f"↳ {name}" if row["level"] > 0 else name


def land_fund_frame(hier: pd.DataFrame, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """The land-fund rows as the XLSX holds them, in the screen's order: level, name, row type, hectares,
    percentages, zone id and parent id."""
    records = hier.reset_index().to_dict("records")
    out = pd.DataFrame({
        t("fund_col_level", lang): hier["level"].astype(int).to_numpy(),
        t("f_zone", lang): [_label(r, names, lang) for r in records],
        t("fund_col_row", lang): [_row_type(r, lang) for r in records],
    })
    for head, col in zip(fund_headers(lang), (*FUND_COLUMNS, *FUND_PCT)):
        out[head] = hier[col].to_numpy(dtype=float)
    out[t("fund_col_zone_id", lang)] = [r["zone_id"] or "" for r in records]
    out[t("fund_col_parent_id", lang)] = [r["parent_id"] or "" for r in records]
    return out


_FUND_CSS = """<style>
div.sr-fund{overflow-x:auto;margin:0 0 1rem}
div.sr-fund table{border-collapse:collapse;font-size:0.8rem;min-width:100%}
div.sr-fund th,div.sr-fund td{padding:3px 6px;border-bottom:1px solid #e6e6e6;white-space:nowrap}
div.sr-fund thead th{background:#f0f2f6;text-align:right;vertical-align:bottom;white-space:normal;font-weight:600}
div.sr-fund thead th:first-child{text-align:left;position:sticky;left:0;z-index:1}
div.sr-fund td{text-align:right;font-variant-numeric:tabular-nums}
div.sr-fund tbody th{text-align:left;font-weight:400;position:sticky;left:0;background:#fff}
div.sr-fund tr.sr-sub th,div.sr-fund tr.sr-sub td{font-weight:700}
div.sr-fund tr.sr-rest th{font-style:italic}
div.sr-fund tr.sr-total th,div.sr-fund tr.sr-total td{font-weight:700;border-top:2px solid #555;background:#f6f7f9}
p.sr-fund-note{font-size:0.85rem;color:#555;margin:0 0 0.5rem}
</style>"""


def land_fund_html(hier: pd.DataFrame, names: Mapping[str, str], lang: str, note: str) -> str:
    """The land fund as an HTML table (every text escaped): subtotal rows in bold, a zone's children indented
    under it with "↳", the province total last, and ``note`` (how the total is built) above."""
    head = f"<th>{esc(t('f_zone', lang))}</th>" + "".join(f"<th>{esc(h)}</th>" for h in fund_headers(lang))
    body = []
    for r in hier.reset_index().to_dict("records"):
        cls = {"total": "sr-total", "rest": "sr-rest"}.get(r["row"], "sr-sub" if r["is_subtotal"] else "")
        cells = [fmt_num(r[c], lang, 2) for c in FUND_COLUMNS] + [fmt_num(r[c], lang, 1) for c in FUND_PCT]
        body.append(
            f"<tr class='{cls}' data-row='{esc(r['row'])}' data-level='{int(r['level'])}'>"
            f"<th scope='row' style='padding-left:{8 + 18 * int(r['level'])}px'>{esc(_label(r, names, lang))}</th>"
            + "".join(f"<td>{esc(v)}</td>" for v in cells) + "</tr>")
    return (f"{_FUND_CSS}<p class='sr-fund-note'>{esc(note)}</p><div class='sr-fund'><table>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>")


def land_fund_xlsx(hier: pd.DataFrame, names: Mapping[str, str], lang: str, *, note: str,
                   others: Mapping[str, pd.DataFrame] | None = None, notice: str | None = None) -> bytes:
    """The land fund workbook: the fund sheet with the screen's rows (subtotals in bold, children indented, the
    level and parent id in their own columns), then ``others`` (one sheet each), then a notes sheet that says
    how the province total is built (also a comment on the total). Formulas neutralised in every sheet."""
    buf = io.BytesIO()
    with xlsx.Workbook(buf) as book:
        total = np.flatnonzero(hier["row"].to_numpy(dtype=object) == "total")
        book.table(t("fund_table", lang), land_fund_frame(hier, names, lang), row_formats=_fund_formats(book, hier),
                   widths={1: 48, 2: 20}, freeze=(1, 3), comments={(int(total[0]), 1): note} if len(total) else None)
        for name, df in (others or {}).items():
            book.table(name, xlsx.flat(df))
        rows = [(t("fund_how_label", lang), note)] + ([("Lưu ý / Notice", notice)] if notice else [])
        book.notes(rows, widths={0: 32, 1: 120}, wrap=True)
    return buf.getvalue()


def _fund_formats(book: xlsx.Workbook, hier: pd.DataFrame) -> xlsx.RowFormats:
    """The formats of each fund row's cells: bold subtotals and total, the name indented by level, hectares to
    0.01 and percentages to 0.1."""
    n_ha, n_pct = len(FUND_COLUMNS), len(FUND_PCT)
    levels = hier["level"].to_numpy(dtype=int)
    bold = hier["is_subtotal"].to_numpy(dtype=bool)
    n_cols = 3 + n_ha + n_pct + 2  # level, name, row type, hectares, percentages, zone id, parent id

    def formats(i: int) -> list:
        strong = {"bold": True} if bold[i] else {}
        cells = [book.format(**strong) if strong else None] * n_cols
        cells[1] = book.format(indent=int(levels[i]), **strong) if levels[i] else cells[0]
        cells[3:3 + n_ha] = [book.format(num_format="#,##0.00", **strong)] * n_ha
        cells[3 + n_ha:3 + n_ha + n_pct] = [book.format(num_format="0.0", **strong)] * n_pct
        return cells

    return formats
