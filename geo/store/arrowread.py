"""Read one SQL query of a GeoPackage through GDAL's Arrow reader and write the table to an Arrow IPC file.

Run as a child process by ``GeoPackageStore._read_columnar``, never imported by the app: pyogrio's GDAL
carries its own copy of SQLite, and two copies of SQLite on one file in one process break its locking
(closing GDAL's file handle drops every POSIX lock the process holds on the file, a write lock of the
app's own sqlite3 connection included). A child process has locks of its own.

    python -P geo/store/arrowread.py STORE.gpkg "SELECT ... FROM parcels ORDER BY fid" OUT.arrow
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    path, sql, target = argv
    import pyarrow as pa
    import pyogrio

    _, table = pyogrio.read_arrow(path, sql=sql, datetime_as_string=True)
    with pa.OSFile(target, "wb") as sink, pa.ipc.new_file(sink, table.schema) as out:
        out.write_table(table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
