"""Writing a long sheet: pandas ``to_excel`` through openpyxl (the reference) against ``geo.xlsx`` (issue #17).

    .venv/bin/python bench/xlsx.py                          # 101,517 rows: the overdue list at 1M parcels
    .venv/bin/python bench/xlsx.py --rows 375769 --repeat 1 # the overdue list at 10M parcels

The frame is shaped like the dashboard's overdue sheet (``views.dashboard.overdue_view``): parcel id, zone name,
stage, the stage's date (ISO text, as the store holds it; ``--dates datetime`` makes it a timestamp column),
days overdue (int) and the deadline that passed (text). A few names start with "=" so both writers neutralise.

In this process: the best wall seconds of ``--repeat`` runs of each, and their ratio; both workbooks must read
back (pandas) as the same table. Peak memory: each writer once in a child process of its own, which makes the
frame, notes its resident memory (VmRSS), writes, and reports its high-water mark (VmHWM) above that: what the
workbook costs beyond the frame it is made of.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import io as gio  # noqa: E402

SHEET = "Overdue legal deadlines"


def overdue_frame(rows: int, dates: str = "text", seed: int = 17) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    zones = np.array([f"Khu công nghiệp số {i}" for i in range(60)] + ["=Khu lạ"], dtype=object)
    stages = np.array(["Đã thông báo thu hồi", "Đã phê duyệt phương án"], dtype=object)
    flags = np.array(["Thông báo thu hồi quá 12 tháng", "Chậm chi trả quá 30 ngày sau phê duyệt"], dtype=object)
    days = np.sort(rng.integers(31, 2_000, rows))[::-1]
    since = pd.Timestamp("2026-12-01") - pd.to_timedelta(days, unit="D")
    kind = rng.integers(0, 2, rows)
    return pd.DataFrame({
        "Mã thửa": [f"P-{i:08d}" for i in rng.permutation(rows)],
        "Khu": zones[rng.integers(0, len(zones), rows)],
        "Giai đoạn": stages[kind],
        "Từ ngày": since if dates == "datetime" else since.strftime("%Y-%m-%d").to_numpy(dtype=object),
        "Số ngày": days.astype(np.int64),
        "Cờ": flags[kind],
    })


def naive(frame: pd.DataFrame) -> bytes:
    """What every workbook went through until 2026-12: pandas' ExcelWriter with openpyxl."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        gio.neutralise_frame(frame).to_excel(xl, sheet_name=SHEET, index=False)
    return buf.getvalue()


def ours(frame: pd.DataFrame) -> bytes:
    return gio.tables_xlsx({SHEET: frame})


WRITERS = {"naive": naive, "geo.xlsx": ours}


def best(write, frame: pd.DataFrame, repeat: int) -> tuple[float, bytes]:
    walls, data = [], b""
    for _ in range(repeat):
        t0 = time.perf_counter()
        data = write(frame)
        walls.append(time.perf_counter() - t0)
    return min(walls), data


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def child(name: str, rows: int, dates: str) -> None:
    frame = overdue_frame(rows, dates)
    before = _status_kb("VmRSS")
    data = WRITERS[name](frame)
    print(json.dumps({"peak_mb": (_status_kb("VmHWM") - before) / 1024, "bytes": len(data)}))


def peak(name: str, rows: int, dates: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", name, "--rows", str(rows), "--dates", dates],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=101_517)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dates", choices=("text", "datetime"), default="text")
    ap.add_argument("--child", choices=tuple(WRITERS), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.rows, args.dates)
        return
    frame = overdue_frame(args.rows, args.dates)
    cells = frame.size + frame.shape[1]
    print(f"{args.rows:,} rows x {frame.shape[1]} columns ({args.dates} dates), best of {args.repeat}")
    results = {}
    for name, write in WRITERS.items():
        wall, data = best(write, frame, args.repeat)
        results[name] = (wall, data, peak(name, args.rows, args.dates))
    a, b = (pd.read_excel(io.BytesIO(results[n][1]), sheet_name=SHEET) for n in WRITERS)
    pd.testing.assert_frame_equal(a, b)
    print(f"{'writer':10} {'wall s':>8} {'µs/cell':>8} {'peak MB':>9} {'file MB':>8}")
    for name, (wall, data, mem) in results.items():
        print(f"{name:10} {wall:8.2f} {wall / cells * 1e6:8.2f} {mem['peak_mb']:9.0f} {len(data) / 2**20:8.1f}")
    (w0, _, m0), (w1, _, m1) = results.values()
    print(f"same table read back; geo.xlsx is {w0 / w1:.1f}x as fast, peak {m0['peak_mb'] / m1['peak_mb']:.0f}x smaller")


if __name__ == "__main__":
    main()
