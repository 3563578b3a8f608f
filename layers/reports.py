"""Printable documents: a site profile as a self-contained HTML page (print to PDF from the browser)."""

from __future__ import annotations

from datetime import date

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
        (t("f_n_parcels", lang), site.get("n_parcels")),
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
    parcels = ", ".join(esc(p) for p in site.get("parcel_ids") or [])
    return f"""<!doctype html><html lang="{esc(lang)}"><head><meta charset="utf-8">
<title>{esc(t('profile_site', lang))} {esc(site.get('id'))}</title><style>{_CSS}</style></head><body>
<h1>{esc(t('profile_site', lang))}: {esc(zone)}</h1>
<div class="tier">{esc(tier_label(site.get('tier'), lang))} · {esc(fmt_ha(site.get('area_ha'), lang))}</div>
<h2>{esc(t('profile', lang))}</h2><table>{table}</table>
<h2>{esc(t('reasons', lang))}</h2>{f'<ul>{reason_items}</ul>' if reasons else f'<p>{esc(t("ready_now", lang))}</p>'}
<h2>{esc(t('distances', lang))}</h2><table>{dtable}</table>
<h2>{esc(t('f_parcels', lang))}</h2><p>{parcels}</p>
{f'<p><a href="{esc(link)}">{esc(link)}</a></p>' if link else ''}
<div class="notice">{esc(notice or '')}<br>SiteReady · {esc(date.today().isoformat())}</div>
</body></html>"""
