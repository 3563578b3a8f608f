"""User-facing text in Vietnamese (default) and English.

``t(key, lang)`` returns the text for a key; every label, legend entry, message and export header the
app shows comes from here or from :mod:`layers.catalogue`, so the language switch reaches all of them.
"""

from __future__ import annotations

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"

TEXT: dict[str, tuple[str, str]] = {
    # shell
    "app_title": ("SiteReady – Quỹ đất công nghiệp sẵn sàng đầu tư, Thanh Hóa",
                  "SiteReady – Investor-ready industrial land, Thanh Hóa"),
    "app_short": ("SiteReady Thanh Hóa", "SiteReady Thanh Hoa"),
    "tagline": ("Mặt bằng sạch cho nhà đầu tư: KKT Nghi Sơn, các KCN và CCN",
                "Cleared land for investors: Nghi Sơn EZ, industrial parks and clusters"),
    "language": ("Ngôn ngữ", "Language"),
    "page_map": ("Bản đồ", "Map"),
    "page_sites": ("Tìm mặt bằng", "Find a site"),
    "page_dashboard": ("Quỹ đất", "Land fund"),
    "page_clearance": ("Cập nhật GPMB", "Clearance updates"),
    "page_import": ("Nhập dữ liệu", "Import"),
    "page_admin": ("Quản trị người dùng", "User admin"),
    "page_signin": ("Đăng nhập", "Sign in"),
    "signed_in_as": ("Đăng nhập: {user} ({role})", "Signed in: {user} ({role})"),
    "sign_out": ("Đăng xuất", "Sign out"),
    "public_user": ("Khách (nhà đầu tư)", "Guest (investor)"),
    "role_investor": ("nhà đầu tư", "investor"),
    "role_planner": ("cán bộ quy hoạch", "planner"),
    "role_officer": ("cán bộ địa chính", "land officer"),
    "role_admin": ("quản trị", "admin"),
    "username": ("Tên đăng nhập", "User name"),
    "password": ("Mật khẩu", "Password"),
    "sign_in_button": ("Đăng nhập", "Sign in"),
    "signin_intro": ("Cán bộ quy hoạch, địa chính và quản trị đăng nhập để xem tiến độ GPMB và cập nhật dữ liệu. "
                     "Nhà đầu tư không cần đăng nhập.",
                     "Planners, land officers and admins sign in to see clearance progress and update data. "
                     "Investors need no account."),
    "signin_failed": ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."),
    "session_expired": ("Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.",
                        "Your session expired; please sign in again."),
    "staff_only": ("Trang này dành cho cán bộ đã đăng nhập.", "This page is for signed-in staff."),
    "go_signin": ("Đến trang đăng nhập", "Go to sign-in"),
    # map explorer
    "map_heading": ("Bản đồ khu kinh tế, khu và cụm công nghiệp", "Economic zone, industrial parks and clusters"),
    "zones_count": ("{n} khu / cụm trên bản đồ", "{n} zones on the map"),
    "color_by": ("Tô màu lô đất theo", "Colour parcels by"),
    "color_stage": ("Giai đoạn GPMB", "Clearance stage"),
    "color_tier": ("Mức sẵn sàng", "Readiness tier"),
    "search_label": ("Tìm khu, cụm hoặc lô đất (tên hoặc mã, có hoặc không dấu)",
                     "Search zones or parcels (name or id, diacritics optional)"),
    "search_placeholder": ("vd. Hoàng Long, nghi son 3, kcn-le-mon-012", "e.g. Hoang Long, nghi son 3, kcn-le-mon-012"),
    "search_results": ("Kết quả tìm kiếm", "Search results"),
    "search_none": ("Không tìm thấy khu hoặc lô nào.", "No zone or parcel found."),
    "zoom_hint": ("Phóng to (mức ≥ {z}) hoặc chọn một khu để xem từng lô đất.",
                  "Zoom in (level ≥ {z}) or pick a zone to see its parcels."),
    "parcels_shown": ("{n} lô đất trong khung nhìn", "{n} parcels in view"),
    "too_many": ("Khung nhìn có {n} lô; phóng to thêm để xem từng lô.",
                 "{n} parcels in view; zoom in further to see each one."),
    "clear_selection": ("Bỏ chọn", "Clear selection"),
    "layer_zones": ("Khu kinh tế, KCN, CCN", "Economic zone, parks, clusters"),
    "layer_zone_points": ("Vị trí các khu (điểm)", "Zone locations (points)"),
    "layer_parcels": ("Lô đất", "Parcels"),
    "layer_sites": ("Mặt bằng tìm được", "Sites found"),
    "layer_selection": ("Đang chọn", "Selected"),
    "layer_resettlement": ("Khu tái định cư", "Resettlement areas"),
    "layer_constraints": ("Hạn chế (ngập lụt, rừng, di tích…)", "Constraints (flood, forest, heritage…)"),
    "layer_infrastructure": ("Hạ tầng giao thông", "Transport infrastructure"),
    "layer_communes": ("Xã, phường (2025)", "Communes (2025)"),
    "layer_province": ("Ranh giới tỉnh", "Province outline"),
    "basemap": ("Nền bản đồ OpenStreetMap (cần Internet)", "OpenStreetMap basemap (needs Internet)"),
    "legend": ("Chú giải", "Legend"),
    "legend_zones": ("Ranh giới khu", "Zone outlines"),
    "legend_context": ("Bối cảnh", "Context"),
    # kinds and stages
    "kind_kkt": ("Khu kinh tế", "Economic zone"),
    "kind_kcn": ("Khu công nghiệp", "Industrial park"),
    "kind_ccn": ("Cụm công nghiệp", "Industrial cluster"),
    "zone_stage_planned": ("Quy hoạch", "Planned"),
    "zone_stage_established": ("Đã thành lập", "Established"),
    "zone_stage_under_construction": ("Đang xây dựng hạ tầng", "Under construction"),
    "zone_stage_operating": ("Đang hoạt động", "Operating"),
    "lease_available": ("Còn trống", "Available"),
    "lease_reserved": ("Đã giữ chỗ", "Reserved"),
    "lease_leased": ("Đã cho thuê", "Leased"),
    "use_industrial": ("Đất công nghiệp", "Industrial"),
    "use_logistics": ("Kho vận", "Logistics"),
    "use_services": ("Dịch vụ", "Services"),
    "use_utilities": ("Hạ tầng kỹ thuật", "Utilities"),
    "rs_planned": ("Quy hoạch", "Planned"),
    "rs_under_construction": ("Đang xây dựng", "Under construction"),
    "rs_infrastructure_complete": ("Đã xong hạ tầng", "Infrastructure complete"),
    "rs_handed_over": ("Đã bàn giao", "Handed over"),
    "constraint_flood": ("Ngập lụt", "Flood"),
    "constraint_protected_forest": ("Rừng phòng hộ / đặc dụng", "Protected forest"),
    "constraint_heritage": ("Di tích", "Heritage"),
    "constraint_protected_rice_land": ("Đất lúa cần bảo vệ", "Protected rice land"),
    "constraint_military": ("Quân sự", "Military"),
    "infra_port": ("Cảng biển", "Seaport"),
    "infra_airport": ("Sân bay", "Airport"),
    "infra_rail_station": ("Ga đường sắt", "Rail station"),
    "infra_expressway_interchange": ("Nút giao cao tốc", "Expressway interchange"),
    "infra_expressway": ("Đường cao tốc", "Expressway"),
    "infra_national_road": ("Quốc lộ", "National road"),
    "infra_border_gate": ("Cửa khẩu", "Border gate"),
    "infra_substation": ("Trạm biến áp", "Substation"),
    "dist_port": ("Cảng biển", "Port"),
    "dist_airport": ("Sân bay", "Airport"),
    "dist_expressway": ("Nút giao cao tốc", "Expressway interchange"),
    "dist_rail_station": ("Ga đường sắt", "Rail station"),
    "dist_border_gate": ("Cửa khẩu", "Border gate"),
    "dist_national_road": ("Quốc lộ", "National road"),
    "sector_petrochemicals": ("Lọc hóa dầu", "Petrochemicals"),
    "sector_chemicals": ("Hóa chất", "Chemicals"),
    "sector_garments": ("Dệt may", "Garments"),
    "sector_footwear": ("Da giày", "Footwear"),
    "sector_building_materials": ("Vật liệu xây dựng", "Building materials"),
    "sector_agro_processing": ("Chế biến nông lâm thủy sản", "Agro-processing"),
    "sector_machinery": ("Máy móc thiết bị", "Machinery"),
    "sector_metals": ("Luyện kim", "Metals"),
    "sector_mechanical": ("Cơ khí", "Mechanical engineering"),
    "sector_supporting": ("Công nghiệp hỗ trợ", "Supporting industries"),
    "sector_electronics": ("Điện tử, CNTT", "Electronics and IT"),
    "sector_logistics": ("Logistics", "Logistics"),
    "tier": ("Mức sẵn sàng", "Readiness tier"),
    "tier_n": ("Mức {n}", "Tier {n}"),
    "area_ha": ("{v} ha", "{v} ha"),
    "estimated": ("ước tính", "estimated"),
    "yes": ("Có", "Yes"),
    "no": ("Chưa", "No"),
    "unknown": ("chưa rõ", "unknown"),
    # profiles
    "profile": ("Hồ sơ", "Profile"),
    "profile_zone": ("Hồ sơ khu / cụm", "Zone profile"),
    "profile_parcel": ("Hồ sơ lô đất", "Parcel profile"),
    "profile_site": ("Hồ sơ mặt bằng", "Site profile"),
    "f_id": ("Mã", "Id"),
    "f_zone": ("Khu / cụm", "Zone"),
    "f_kind": ("Loại", "Kind"),
    "f_lot_no": ("Số lô", "Lot"),
    "f_land_use": ("Mục đích sử dụng", "Land use"),
    "f_area": ("Diện tích", "Area"),
    "f_planned_area": ("Diện tích quy hoạch", "Planned area"),
    "f_industrial_land": ("Đất công nghiệp", "Industrial land"),
    "f_stage": ("Giai đoạn GPMB", "Clearance stage"),
    "f_zone_stage": ("Tình trạng khu", "Zone status"),
    "f_blocked": ("Vướng mắc", "Blocked"),
    "f_blocked_reason": ("Lý do vướng mắc", "Blocked because"),
    "f_lease": ("Tình trạng cho thuê", "Lease status"),
    "f_utilities": ("Hạ tầng tại lô", "Utilities on site"),
    "u_road": ("Đường", "Road"),
    "u_power": ("Điện", "Power"),
    "u_water": ("Nước", "Water"),
    "u_wastewater": ("Nước thải", "Wastewater"),
    "f_developer": ("Chủ đầu tư hạ tầng", "Infrastructure developer"),
    "f_decision": ("Quyết định", "Decision"),
    "f_sectors": ("Ngành ưu tiên", "Sectors"),
    "f_price": ("Giá thuê (USD/m²)", "Lease price (USD/m²)"),
    "f_power_kv": ("Cấp điện (kV)", "Power (kV)"),
    "f_water": ("Cấp nước (m³/ngày)", "Water (m³/day)"),
    "f_wastewater": ("Xử lý nước thải (m³/ngày)", "Wastewater (m³/day)"),
    "f_contact": ("Liên hệ", "Contact"),
    "f_location_note": ("Ghi chú vị trí", "Location note"),
    "f_source": ("Nguồn", "Source"),
    "f_confidence": ("Độ tin cậy", "Confidence"),
    "f_as_of": ("Cập nhật", "As of"),
    "f_households": ("Hộ cần tái định cư", "Households to resettle"),
    "f_version": ("Phiên bản", "Version"),
    "f_updated": ("Cập nhật lần cuối", "Last updated"),
    "f_parcels": ("Lô đất", "Parcels"),
    "f_n_parcels": ("Số lô", "Parcels"),
    "f_score": ("Điểm xếp hạng", "Score"),
    "reasons": ("Còn thiếu để lên mức tiếp theo", "What keeps it from the next tier"),
    "ready_now": ("Sẵn sàng đầu tư: đã bàn giao, còn trống, đủ hạ tầng, không vướng hạn chế.",
                  "Investor-ready: handed over, available, serviced, no constraint."),
    "distances": ("Khoảng cách đường chim bay", "Straight-line distances"),
    "nearest": ("Gần nhất", "Nearest"),
    "km": ("km", "km"),
    "history": ("Lịch sử GPMB", "Clearance history"),
    "history_none": ("Chưa có thay đổi nào được ghi nhận.", "No recorded changes."),
    "parcels_by_tier": ("Lô đất theo mức sẵn sàng", "Parcels by readiness tier"),
    "sources_note": ("Nguồn và độ tin cậy", "Sources and confidence"),
    # site finder
    "sites_heading": ("Tìm mặt bằng sẵn sàng đầu tư", "Find investor-ready land"),
    "sites_intro": ("Các lô liền kề (cách nhau ≤ 1 m) cùng khu và cùng mức sẵn sàng được gộp thành một mặt bằng.",
                    "Adjacent parcels (≤ 1 m apart) of one zone and one tier form one site."),
    "filters": ("Bộ lọc", "Filters"),
    "min_area": ("Diện tích tối thiểu (ha)", "Minimum area (ha)"),
    "max_area": ("Diện tích tối đa (ha, 0 = không giới hạn)", "Maximum area (ha, 0 = no limit)"),
    "sectors": ("Ngành", "Sectors"),
    "max_price": ("Giá thuê tối đa (USD/m², 0 = không giới hạn)", "Maximum lease price (USD/m², 0 = no limit)"),
    "max_km": ("Khoảng cách tối đa (km, 0 = không giới hạn)", "Maximum distance (km, 0 = no limit)"),
    "min_tier": ("Mức sẵn sàng", "Readiness"),
    "tier_only5": ("Sẵn sàng ngay (mức 5)", "Ready now (tier 5)"),
    "tier_4plus": ("Sẵn sàng ngay + sắp sẵn sàng (mức 4–5)", "Ready now + soon (tiers 4–5)"),
    "tier_3plus": ("Cả đang GPMB (mức 3–5)", "Including clearance under way (tiers 3–5)"),
    "reset_filters": ("Xóa bộ lọc", "Reset filters"),
    "n_sites": ("{n} mặt bằng phù hợp", "{n} matching sites"),
    "no_sites": ("Không có mặt bằng nào phù hợp; hãy nới bộ lọc.", "No site matches; loosen the filters."),
    "select_site_hint": ("Chọn một dòng trong bảng để xem hồ sơ mặt bằng.", "Pick a row to see the site's profile."),
    "shortlist": ("Danh sách quan tâm", "Shortlist"),
    "shortlist_add": ("Thêm vào danh sách quan tâm", "Add to shortlist"),
    "shortlist_remove": ("Bỏ khỏi danh sách", "Remove from shortlist"),
    "shortlist_empty": ("Chưa có mặt bằng nào trong danh sách quan tâm.", "The shortlist is empty."),
    "shortlist_gone": ("{n} mặt bằng trong danh sách không còn phù hợp dữ liệu hiện tại.",
                       "{n} shortlisted sites no longer exist in the current data."),
    "compare": ("So sánh", "Compare"),
    "share_link": ("Liên kết chia sẻ (mở lại đúng bộ lọc và mặt bằng này)",
                   "Share link (reopens these filters and this site)"),
    "export": ("Xuất dữ liệu", "Export"),
    "export_results": ("Kết quả", "Results"),
    "export_shortlist": ("Danh sách quan tâm", "Shortlist"),
    "print_profile": ("Hồ sơ in được (HTML)", "Printable profile (HTML)"),
    "score_note": ("Điểm = 40% mức sẵn sàng + 30% gần cảng, nút giao cao tốc, sân bay + 20% diện tích + 10% giá thuê.",
                   "Score = 40% readiness + 30% nearness to port, expressway, airport + 20% area + 10% price."),
    # dashboard
    "dash_heading": ("Quỹ đất công nghiệp toàn tỉnh", "The province's industrial land fund"),
    "fund_table": ("Quỹ đất theo khu (ha)", "Land fund by zone (ha)"),
    "province_total": ("Toàn tỉnh", "Province"),
    "c_planned_ha": ("Quy hoạch", "Planned"),
    "c_parcels_ha": ("Lô đất", "Parcels"),
    "c_industrial_ha": ("Đất CN cho thuê", "Leasable industrial"),
    "c_handed_over_ha": ("Đã bàn giao", "Handed over"),
    "c_in_clearance_ha": ("Đang GPMB", "In clearance"),
    "c_not_started_ha": ("Chưa GPMB", "Not started"),
    "c_blocked_ha": ("Vướng mắc", "Blocked"),
    "c_leased_ha": ("Đã cho thuê", "Leased"),
    "c_reserved_ha": ("Đã giữ chỗ", "Reserved"),
    "c_available_ha": ("Còn trống", "Available"),
    "c_ready_ha": ("Sẵn sàng (mức 5)", "Ready (tier 5)"),
    "metric_planned": ("Quy hoạch KCN, CCN", "Planned parks, clusters"),
    "metric_handed": ("Đã bàn giao mặt bằng", "Handed over"),
    "metric_clearance": ("Đang giải phóng mặt bằng", "In clearance"),
    "metric_ready": ("Sẵn sàng đầu tư", "Investor-ready"),
    "metric_blocked": ("Đang vướng mắc", "Blocked"),
    "of_parcels": ("{p}% diện tích lô", "{p}% of parcel area"),
    "chart_stages": ("Diện tích theo giai đoạn GPMB và khu", "Area by clearance stage and zone"),
    "chart_progress": ("Tiến độ theo thời gian (ha đã đạt mỗi giai đoạn, cộng dồn)",
                       "Progress over time (ha that reached each stage, cumulative)"),
    "chart_tiers": ("Diện tích theo mức sẵn sàng", "Area by readiness tier"),
    "resettlement_heading": ("Tái định cư: khả năng đáp ứng so với nhu cầu", "Resettlement capacity against need"),
    "r_households": ("Hộ chờ tái định cư", "Households waiting"),
    "r_free": ("Lô trống ở khu TĐC đã sẵn sàng", "Free lots in ready areas"),
    "r_capacity": ("Tổng số lô", "Capacity"),
    "r_allocated": ("Đã bố trí", "Allocated"),
    "r_areas": ("Khu TĐC", "Areas"),
    "r_stages": ("Tình trạng", "Stage"),
    "r_status": ("Đánh giá", "Status"),
    "status_ok": ("Đáp ứng", "Met"),
    "overdue_heading": ("Quá hạn theo luật", "Overdue legal deadlines"),
    "overdue_none": ("Không có lô nào quá hạn.", "No parcel is past a deadline."),
    "flag_notice_expired": ("Thông báo thu hồi quá 12 tháng", "Recovery notice older than 12 months"),
    "flag_payment_overdue": ("Chậm chi trả quá 30 ngày sau phê duyệt", "Payment due 30 days after approval"),
    "o_days": ("Số ngày", "Days"),
    "o_since": ("Từ ngày", "Since"),
    "o_flag": ("Cảnh báo", "Flag"),
    "download_xlsx": ("Tải bảng quỹ đất (XLSX)", "Download the land fund (XLSX)"),
    "zone_filter": ("Khu / cụm", "Zones"),
    "period": ("Kỳ", "Period"),
    "store_missing": ("Chưa có kho dữ liệu.", "The store does not exist yet."),
}


def t(key: str, lang: str = DEFAULT_LANG, **kwargs) -> str:
    """The text for ``key`` in ``lang`` (falls back to the key itself)."""
    pair = TEXT.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**kwargs) if kwargs else text


def name_of(row, lang: str) -> str:
    """A feature's name in ``lang`` (name_en / name_vi), falling back to the other."""
    first, second = ("name_en", "name_vi") if lang == "en" else ("name_vi", "name_en")
    for key in (first, second, "name", "id"):
        value = row.get(key) if hasattr(row, "get") else None
        if value is not None and value == value and str(value).strip():
            return str(value)
    return ""


def fmt_ha(value, lang: str) -> str:
    """Hectares with the language's decimal mark (1.234,5 ha / 1,234.5 ha)."""
    if value is None or value != value:
        return "—"
    text = f"{float(value):,.1f}"
    if lang == "vi":
        text = text.replace(",", "§").replace(".", ",").replace("§", ".")
    return f"{text} ha"


def fmt_num(value, lang: str, digits: int = 1) -> str:
    if value is None or value != value:
        return "—"
    text = f"{float(value):,.{digits}f}"
    if lang == "vi":
        text = text.replace(",", "§").replace(".", ",").replace("§", ".")
    return text


_SHORT = (
    ("Khu kinh tế ", "KKT "), ("Khu công nghiệp ", "KCN "), ("Cụm công nghiệp ", "CCN "),
    (" Industrial Park", " IP"), (" Industrial Cluster", " IC"), ("Economic Zone", "EZ"),
)


def short_name(name: str) -> str:
    """A zone name shortened for charts: "Khu công nghiệp Lễ Môn" -> "KCN Lễ Môn"."""
    out = str(name)
    for long, short in _SHORT:
        out = out.replace(long, short)
    return out
