"""Current land-use codes of cadastral parcels (ký hiệu mục đích sử dụng đất), as land offices write them.

The codes are those of Circular 08/2024/TT-BTNMT (land statistics and inventory under the Land Law 2024),
with the codes of Circular 27/2018 that older cadastral files still carry (LUK, LUN, HNK, NHK …). A parcel
keeps its code exactly as written; a code that is not in this list is kept too, and flagged
(:func:`is_known`), never rewritten. Residential codes (ODT, ONT) mean a household to resettle when the
land is recovered.
"""

from __future__ import annotations

#: Groups of land use, by the Land Law 2024's three groups (plus residential, which resettlement turns on).
GROUPS = ("agricultural", "residential", "non_agricultural", "unused")

#: code -> (Vietnamese name, English name, group)
CODES: dict[str, tuple[str, str, str]] = {
    # Agricultural land
    "LUA": ("Đất trồng lúa", "Rice land", "agricultural"),
    "LUC": ("Đất chuyên trồng lúa", "Specialised rice land", "agricultural"),
    "LUK": ("Đất trồng lúa còn lại", "Other rice land", "agricultural"),
    "LUN": ("Đất trồng lúa nương", "Upland rice land", "agricultural"),
    "HNK": ("Đất trồng cây hằng năm khác", "Other annual crop land", "agricultural"),
    "BHK": ("Đất bằng trồng cây hằng năm khác", "Flat land for other annual crops", "agricultural"),
    "NHK": ("Đất nương rẫy trồng cây hằng năm khác", "Upland fields for other annual crops", "agricultural"),
    "CLN": ("Đất trồng cây lâu năm", "Perennial crop land", "agricultural"),
    "RSX": ("Đất rừng sản xuất", "Production forest land", "agricultural"),
    "RPH": ("Đất rừng phòng hộ", "Protection forest land", "agricultural"),
    "RDD": ("Đất rừng đặc dụng", "Special-use forest land", "agricultural"),
    "NTS": ("Đất nuôi trồng thủy sản", "Aquaculture land", "agricultural"),
    "CNT": ("Đất chăn nuôi tập trung", "Concentrated livestock land", "agricultural"),
    "LMU": ("Đất làm muối", "Salt-making land", "agricultural"),
    "NKH": ("Đất nông nghiệp khác", "Other agricultural land", "agricultural"),
    # Residential land
    "ONT": ("Đất ở tại nông thôn", "Rural residential land", "residential"),
    "ODT": ("Đất ở tại đô thị", "Urban residential land", "residential"),
    # Non-agricultural land
    "TSC": ("Đất xây dựng trụ sở cơ quan", "Government office land", "non_agricultural"),
    "CQP": ("Đất quốc phòng", "Defence land", "non_agricultural"),
    "CAN": ("Đất an ninh", "Security land", "non_agricultural"),
    "DVH": ("Đất xây dựng cơ sở văn hóa", "Cultural facility land", "non_agricultural"),
    "DYT": ("Đất xây dựng cơ sở y tế", "Health facility land", "non_agricultural"),
    "DGD": ("Đất xây dựng cơ sở giáo dục và đào tạo", "Education facility land", "non_agricultural"),
    "DTT": ("Đất xây dựng cơ sở thể dục, thể thao", "Sports facility land", "non_agricultural"),
    "DXH": ("Đất xây dựng cơ sở dịch vụ xã hội", "Social service facility land", "non_agricultural"),
    "SKK": ("Đất khu công nghiệp", "Industrial park land", "non_agricultural"),
    "SKN": ("Đất cụm công nghiệp", "Industrial cluster land", "non_agricultural"),
    "SKC": ("Đất cơ sở sản xuất phi nông nghiệp", "Non-agricultural production land", "non_agricultural"),
    "TMD": ("Đất thương mại, dịch vụ", "Commercial and service land", "non_agricultural"),
    "SKS": ("Đất sử dụng cho hoạt động khoáng sản", "Mining land", "non_agricultural"),
    "SKX": ("Đất sản xuất vật liệu xây dựng, làm đồ gốm", "Building materials and pottery land", "non_agricultural"),
    "DGT": ("Đất giao thông", "Transport land", "non_agricultural"),
    "DTL": ("Đất công trình thủy lợi", "Irrigation land", "non_agricultural"),
    "DNL": ("Đất công trình năng lượng", "Energy facility land", "non_agricultural"),
    "DBV": ("Đất công trình bưu chính, viễn thông", "Post and telecoms land", "non_agricultural"),
    "DCH": ("Đất chợ", "Market land", "non_agricultural"),
    "DRA": ("Đất bãi thải, xử lý chất thải", "Waste disposal and treatment land", "non_agricultural"),
    "DSH": ("Đất sinh hoạt cộng đồng", "Community activity land", "non_agricultural"),
    "DKV": ("Đất khu vui chơi, giải trí công cộng", "Public recreation land", "non_agricultural"),
    "DDT": ("Đất có di tích lịch sử - văn hóa", "Historical and cultural relic land", "non_agricultural"),
    "TON": ("Đất tôn giáo", "Religious land", "non_agricultural"),
    "TIN": ("Đất tín ngưỡng", "Belief land", "non_agricultural"),
    "NTD": ("Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng", "Cemetery and funeral land", "non_agricultural"),
    "SON": ("Đất sông, ngòi, kênh, rạch, suối", "Rivers, canals and streams", "non_agricultural"),
    "MNC": ("Đất có mặt nước chuyên dùng", "Special-use water surface", "non_agricultural"),
    "PNK": ("Đất phi nông nghiệp khác", "Other non-agricultural land", "non_agricultural"),
    # Unused land
    "BCS": ("Đất bằng chưa sử dụng", "Unused flat land", "unused"),
    "DCS": ("Đất đồi núi chưa sử dụng", "Unused hill land", "unused"),
    "NCS": ("Núi đá không có rừng cây", "Rocky mountain without forest", "unused"),
}

RESIDENTIAL = tuple(code for code, (_, _, group) in CODES.items() if group == "residential")


def normalise(code: object) -> str | None:
    """The code as it is compared: trimmed and upper-case (``"odt "`` is ODT); None when blank.

    Only the comparison uses this form; a parcel keeps the code as the file wrote it.
    """
    if code is None or (isinstance(code, float) and code != code):
        return None
    text = str(code).strip().upper()
    return text or None


def parts(code: object) -> list[str]:
    """The codes of a parcel with several uses (``"ONT+CLN"``, ``"ONT,CLN"``), each normalised."""
    text = normalise(code)
    if text is None:
        return []
    for sep in ("+", ",", ";", "/"):
        text = text.replace(sep, " ")
    return text.split()


def is_known(code: object) -> bool:
    """True when every part of ``code`` is a code of the list above."""
    found = parts(code)
    return bool(found) and all(c in CODES for c in found)


def is_residential(code: object) -> bool:
    """True when the parcel holds residential land (ODT or ONT, alone or beside another use)."""
    return any(c in RESIDENTIAL for c in parts(code))


def label(code: object, lang: str) -> str:
    """The code with its name in ``lang`` ("ONT · Rural residential land"); an unknown code as written."""
    found = parts(code)
    if not found:
        return "—"
    names = [CODES[c][1 if lang == "en" else 0] if c in CODES else None for c in found]
    if any(n is None for n in names):
        return str(code).strip()
    return f"{str(code).strip()} · {' + '.join(n for n in names if n)}"
