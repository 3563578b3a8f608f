"""`python -m geo`: the command line of SiteReady.

Exit codes: 0 done; 2 usage; 3 rejected input (nothing written); 4 version
conflict (nothing written); 5 not allowed. Errors are one sentence on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from typing import NoReturn

from .errors import InputError, SiteReadyError, UsageError
from .schema import IMPORTABLE_LAYERS, ROLES, SECTORS
from .stages import STAGES
from .users import EDIT_ROLES

EPILOG = "Exit codes: 0 done, 2 usage, 3 rejected input, 4 version conflict, 5 not allowed."


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:  # argparse API; its own message, in English
        raise UsageError("cli.usage", message=message, prog=self.prog)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="store: a GeoPackage path or postgresql:// URL (default: SITEREADY_DB "
                                               "or var/siteready.gpkg)")


def _either(names: Sequence[str]) -> str:
    """``a, b or c``, for help texts."""
    return f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else "".join(names)


def _add_init(sub) -> None:
    p = sub.add_parser("init", help="create and seed the store (idempotent)", epilog=EPILOG)
    _db(p)


def _add_import(sub) -> None:
    p = sub.add_parser("import", help="import a survey file into a layer (one transaction)", epilog=EPILOG)
    p.add_argument("file", metavar="FILE", help="GeoJSON, GeoPackage, zipped Shapefile, KML/KMZ, CSV or XLSX")
    p.add_argument("--layer", required=True, choices=IMPORTABLE_LAYERS, metavar="LAYER",
                   help=_either(IMPORTABLE_LAYERS))
    p.add_argument("--crs", metavar="EPSG:N", help="the file's CRS, overriding what it says (e.g. EPSG:5897)")
    p.add_argument("--field", action="append", default=[], metavar="SRC=DST", help="map a file field to a layer field")
    p.add_argument("--source-layer", metavar="NAME", help="which layer of a multi-layer file (GeoPackage, KML)")
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p.add_argument("--strict", action="store_true", help="refuse invalid geometries instead of repairing them")
    p.add_argument("--note", help="why: the note of every stage change the file makes (needed for skips and moves "
                                  "back unless the file has its own note column)")
    p.add_argument("--user", help=f"an active {_either(EDIT_ROLES)} (required)")
    _db(p)


def _add_clearance_commands(sub) -> None:
    """status and history: one parcel's clearance."""
    p = sub.add_parser("status", help="change a parcel's clearance stage", epilog=EPILOG)
    p.add_argument("parcel_id", metavar="PARCEL_ID")
    p.add_argument("stage", metavar="STAGE", help=_either(STAGES))
    p.add_argument("--user", required=True, help=f"an active {_either(EDIT_ROLES)}")
    p.add_argument("--note", help="why (required to skip a stage or go back)")
    p.add_argument("--doc", help="decision or minutes number")
    p.add_argument("--date", help="when it happened (YYYY-MM-DD; default now)")
    p.add_argument("--expect-version", type=int, metavar="N", help="the parcel's version you saw; refused if stale")
    _db(p)
    p = sub.add_parser("history", help="a parcel's clearance history, or every clearance event (--all)",
                       epilog=EPILOG)
    p.add_argument("parcel_id", metavar="PARCEL_ID", nargs="?", help="the parcel (or give --all)")
    p.add_argument("--all", action="store_true", help="every clearance event of the store, oldest first")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    _db(p)


def _as_of_basis(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date to report on (default: today in Viet Nam)")
    p.add_argument("--basis", default="happened", metavar="BASIS",
                   help="happened (default: each step from the day it happened) or recorded (from the day it was "
                        "written: what the store said that day)")


def _add_time_commands(sub) -> None:
    """landfund, forecast and target: the land over time."""
    p = sub.add_parser("landfund", help="the land fund per zone and for the province on a date", epilog=EPILOG)
    _as_of_basis(p)
    p.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output (xlsx needs it)")
    _db(p)
    p = sub.add_parser("forecast", help="clearance pace and when each zone's land will be handed over, against "
                                        "its target", epilog=EPILOG)
    p.add_argument("--zone", metavar="ZONE_ID", help="only this zone (its sub-zones counted in it)")
    _as_of_basis(p)
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    _db(p)
    p = sub.add_parser("target", help="planners' clearance targets per zone", epilog=EPILOG)
    tsub = p.add_subparsers(dest="target_command", metavar="ACTION", parser_class=_Parser)
    tsub.required = True
    t = tsub.add_parser("set", help="set a zone's target: hectares handed over by a date", epilog=EPILOG)
    t.add_argument("zone_id", metavar="ZONE")
    t.add_argument("--area", required=True, metavar="HA", help="hectares handed over (above zero)")
    t.add_argument("--due", required=True, metavar="YYYY-MM-DD", help="by when")
    t.add_argument("--user", required=True, help="an active planner or admin")
    _db(t)
    t = tsub.add_parser("clear", help="hold a zone to the plan's target again", epilog=EPILOG)
    t.add_argument("zone_id", metavar="ZONE")
    t.add_argument("--user", required=True, help="an active planner or admin")
    _db(t)
    t = tsub.add_parser("list", help="the targets planners set", epilog=EPILOG)
    t.add_argument("--format", choices=("text", "json"), default="text")
    _db(t)


def _add_ready(sub) -> None:
    p = sub.add_parser("ready", help="investor-ready sites (readiness tiers, reasons, distances)", epilog=EPILOG)
    p.add_argument("--min-area", type=float, metavar="HA", help="smallest site area in hectares")
    p.add_argument("--max-area", type=float, metavar="HA", help="largest site area in hectares")
    p.add_argument("--sector", action="append", default=[], metavar="S",
                   help="a sector of the zone (repeatable): " + ", ".join(SECTORS))
    p.add_argument("--max-km", metavar="KIND=KM,…", help="distance limits, e.g. port=30,expressway=10 (kinds: port, "
                                                          "airport, expressway, rail_station, border_gate, national_road)")
    p.add_argument("--max-price", type=float, metavar="USD", help="highest lease price, USD per m²")
    p.add_argument("--tier", type=int, default=5, metavar="N", help="lowest tier (default 5; 3–4 are 'ready soon')")
    p.add_argument("--zone", action="append", default=[], metavar="ZONE_ID", help="only these zones (repeatable)")
    p.add_argument("--format", choices=("text", "json", "csv", "geojson"), default="text")
    _db(p)


def _add_export(sub) -> None:
    p = sub.add_parser("export", help="write a layer to a file", epilog=EPILOG)
    p.add_argument("--layer", required=True)
    p.add_argument("--format", required=True, choices=("gpkg", "geojson", "csv", "xlsx", "kml"))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--public", action="store_true", help="only the fields anyone may see")
    _db(p)


def _add_new_stores(sub) -> None:
    """migrate and synth: commands that make a whole new store."""
    p = sub.add_parser("migrate", help="copy a whole store into a new one (GeoPackage ↔ PostGIS)", epilog=EPILOG)
    p.add_argument("--from", dest="source", required=True, metavar="URL", help="the store to copy")
    p.add_argument("--to", dest="target", required=True, metavar="URL", help="the new store (must not exist)")
    p = sub.add_parser("synth", help="a store like the default with N synthetic parcels (benchmarks)", epilog=EPILOG)
    p.add_argument("--parcels", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=7)
    _db(p)


def _add_user(sub) -> None:
    p = sub.add_parser("user", help="manage users", epilog=EPILOG)
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", parser_class=_Parser)
    usub.required = True
    u = usub.add_parser("add", help="add a user (password read twice from stdin)", epilog=EPILOG)
    u.add_argument("username", metavar="NAME")
    u.add_argument("--role", required=True, choices=ROLES)
    u.add_argument("--by", metavar="ADMIN", help="the admin adding the user (not needed for the first admin)")
    u.add_argument("--full-name")
    _db(u)
    u = usub.add_parser("list", help="list users", epilog=EPILOG)
    _db(u)
    for name, text in (("deactivate", "deactivate a user"), ("activate", "reactivate a user")):
        u = usub.add_parser(name, help=text, epilog=EPILOG)
        u.add_argument("username", metavar="NAME")
        u.add_argument("--by", required=True, metavar="ADMIN")
        _db(u)
    u = usub.add_parser("passwd", help="set a password (read twice from stdin)", epilog=EPILOG)
    u.add_argument("username", metavar="NAME")
    u.add_argument("--by", required=True, metavar="USER", help="the user themselves or an admin")
    _db(u)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m geo", description="SiteReady: investor-ready industrial land, Thanh Hóa.",
                     epilog=EPILOG)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for add in (_add_init, _add_import, _add_clearance_commands, _add_time_commands, _add_ready, _add_export,
                _add_new_stores, _add_user):
        add(sub)
    return parser


def _read_password(prompt: str = "Password: ") -> str:
    """Read a password twice: from the terminal without echo, or two lines of stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        second = getpass.getpass("Repeat the password: ")
    else:
        lines = sys.stdin.read().splitlines()
        if len(lines) < 2:
            raise InputError("cli.password_twice")
        first, second = lines[0], lines[1]
    if first != second:
        raise InputError("cli.passwords_differ")
    return first


def _open(args):
    from .store import open_store

    return open_store(args.db)


def _existing(args):
    from .errors import StoreError

    store = _open(args)
    if not store.exists():
        raise StoreError("cli.no_store", url=store.url)
    return store


def cmd_init(args) -> int:
    store = _open(args)
    created = store.init()
    n, m = store.count("parcels"), store.count("plots")
    print(f"{'Created' if created else 'Already there'}: {store.url} ({n} cadastral parcels, {m} plots).")
    return 0


def cmd_import(args) -> int:
    from .errors import PermissionDenied
    from .imports import parse_field_args, plan_store_import

    if not args.user:  # refused before the file is read; the store checks the user's role when it writes
        raise PermissionDenied("cli.import_needs_user", roles=EDIT_ROLES)
    store = _existing(args)
    plan = plan_store_import(store, args.file, args.layer, crs=args.crs, field_map=parse_field_args(args.field),
                             strict=args.strict, source_layer=args.source_layer, note=args.note)
    report = store.apply_import(plan, user=args.user, dry_run=args.dry_run)
    fields = ", ".join(f"{k}→{v}" for k, v in plan.field_map.items())
    print(f"Read {len(plan.rows)} {'rows' if plan.attributes_only else 'features'} from {plan.source}"
          + (f" (CRS {plan.crs})" if plan.crs else "") + f"; fields: {fields or 'none'}.")
    if plan.ignored_fields:
        print(f"Ignored fields: {', '.join(plan.ignored_fields)}.")
    for r in plan.repairs:  # every repaired feature, with its area as drawn and after (all its land kept)
        print(f"Repaired invalid geometry: {r.label} (id {r.id}): {r.before_m2:,.2f} m² as drawn, "
              f"{r.after_m2:,.2f} m² repaired" + (f" in {r.parts} parts." if r.parts > 1 else "."))
    if plan.skipped:
        print(f"Skipped, no geometry: {', '.join(plan.skipped)}.")
    for warning in plan.warnings:
        if warning.code not in ("imports.repaired", "imports.skipped_no_geometry"):  # listed in full above
            print(f"Note: {warning}")
    if plan.attributes_only:
        what = f"{len(report.updated)} parcels changed"
    else:
        what = f"{len(report.inserted)} new, {len(report.updated)} updated, {len(report.unchanged)} unchanged"
    if args.dry_run:
        print(f"Dry run: would write {what}; nothing was written.")
    else:
        print(f"Imported into {plan.layer}: {what} ({report.events} clearance events by {args.user}).")
        if report.replaced:
            print(f"{report.replaced} cadastral parcels placed again in the changed zones.")
    return 0


def cmd_status(args) -> int:
    store = _existing(args)
    event = store.set_stage(args.parcel_id, args.stage, user=args.user, note=args.note, document_ref=args.doc,
                            expect_version=args.expect_version, at=args.date)
    print(f"{event.parcel_id}: {event.from_stage} → {event.to_stage} (version {event.version}).")
    return 0


HISTORY_FIELDS = ("at", "by", "action", "from_stage", "to_stage", "note", "document_ref", "version")
#: The columns of ``history --all``: every event with its parcel, when it happened and when it was written.
ALL_HISTORY_FIELDS = ("parcel_id", "action", "from_stage", "to_stage", "at", "recorded_at", "by", "note",
                      "document_ref", "version")


def _print_csv(rows: Sequence[Sequence], header: Sequence[str]) -> None:
    import csv

    from .io import neutralise

    w = csv.writer(sys.stdout)
    w.writerow(header)
    for row in rows:
        w.writerow(["" if v is None else neutralise(v) for v in row])


def cmd_history(args) -> int:
    if bool(args.all) == bool(args.parcel_id):
        raise UsageError("cli.history_one_or_all", prog="python -m geo history")
    store = _existing(args)
    if args.all:
        return _history_all(store, args.format)
    events = store.history(args.parcel_id)
    fields = HISTORY_FIELDS
    if args.format == "json":
        print(json.dumps([{k: getattr(e, k) for k in fields} for e in events], ensure_ascii=False, indent=1))
    elif args.format == "csv":
        _print_csv([[getattr(e, k) for k in fields] for e in events], fields)
    else:
        if not events:
            print(f"{args.parcel_id}: no recorded changes.")
        for e in events:
            extra = "; ".join(x for x in (e.note, e.document_ref and f"doc {e.document_ref}", e.detail) if x)
            print(f"{e.at}  v{e.version}  {e.by}: {e.from_stage} → {e.to_stage} [{e.action}]"
                  + (f"  ({extra})" if extra else ""))
    return 0


def history_records(events) -> list[dict]:
    """``Store.events()`` as plain records of :data:`ALL_HISTORY_FIELDS` (times as the store's ISO text, UTC),
    in the frame's order (by event id, oldest first)."""
    from .store.frames import iso_text

    cols = {}
    for c in ALL_HISTORY_FIELDS:
        values = events[c].astype(object).where(events[c].notna(), None).tolist()
        if c in ("at", "recorded_at"):
            values = [v if v is None or isinstance(v, str) else iso_text(v, "datetime") for v in values]
        elif c == "version":
            values = [None if v is None else int(v) for v in values]
        cols[c] = values
    return [dict(zip(ALL_HISTORY_FIELDS, row)) for row in zip(*cols.values())]


def _history_all(store, fmt: str) -> int:
    records = history_records(store.events())
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        _print_csv([list(r.values()) for r in records], ALL_HISTORY_FIELDS)
    else:
        if not records:
            print("No recorded changes.")
        for r in records:
            extra = "; ".join(x for x in (r["note"], r["document_ref"] and f"doc {r['document_ref']}") if x)
            print(f"{r['at']}  {r['parcel_id']}  v{r['version']}  {r['by']}: {r['from_stage']} → {r['to_stage']} "
                  f"[{r['action']}]  recorded {r['recorded_at']}" + (f"  ({extra})" if extra else ""))
    return 0


# ------------------------------------------------------------------ the land over time
def _as_of(value: str | None):
    """The date a report is for: ``--as-of`` (not in the future), or today in Viet Nam."""
    from .timeutil import local_today
    from .messages import msg
    from .timeline import as_date

    today = local_today()
    if value is None:
        return today
    day = as_date(value, what="as_of")
    if day > today:
        raise InputError("time.in_future", what=msg("time.what.as_of"), value=value)
    return day


def _check_output(path: str | None) -> None:
    """Refuse, in one sentence and before any work, an output path that is a folder or in no folder."""
    from pathlib import Path

    if path is None:
        return
    out = Path(path)
    if out.is_dir():
        raise InputError("io.is_folder", path=str(out))
    if not out.parent.exists():
        raise InputError("io.no_folder", folder=str(out.parent))


def _output(path: str | None, data: str | bytes) -> None:
    """``data`` to ``path`` (refused in one sentence if it cannot be written there), or to standard output."""
    from pathlib import Path

    if path is None:
        sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
        return
    _check_output(path)
    out = Path(path)
    try:
        if isinstance(data, bytes):
            out.write_bytes(data)
        else:
            out.write_text(data, encoding="utf-8")
    except OSError as err:
        raise InputError("io.cannot_write", path=str(out), why=str(err.strerror or err)) from None


def _fund_on(store, day, basis: str) -> dict:
    """The land fund on ``day`` (:func:`geo.landfund.fund_of`), replayed a range of parcels at a time: the
    command holds one range's fields and events, never the whole register or history."""
    from . import replay
    from .landfund import FUND_ON_COLUMNS, FUND_ON_EVENT_COLUMNS, FUND_ON_ZONE_COLUMNS, fund_of

    zones = store.read_layer("zones", columns=list(FUND_ON_ZONE_COLUMNS))
    return fund_of(replay.parcel_pieces(store, FUND_ON_COLUMNS, FUND_ON_EVENT_COLUMNS), zones, day, basis)


def cmd_landfund(args) -> int:
    from . import timeline as tl
    from .landfund import fund_on_table

    if args.format == "xlsx" and not args.output:
        raise UsageError("cli.xlsx_needs_output", prog="python -m geo landfund")
    day = _as_of(args.as_of)
    basis = tl.check_basis(args.basis)
    _check_output(args.output)
    store = _existing(args)
    report = _fund_on(store, day, basis)
    if args.format == "json":
        _output(args.output, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    elif args.format == "csv":
        from .io import neutralise_frame

        text = neutralise_frame(fund_on_table(report)).to_csv(index=False, lineterminator="\n")
        _output(args.output, ("\ufeff" + text) if args.output else text)  # BOM in a file: Excel reads Vietnamese
    else:
        from .io import notice_text, tables_xlsx

        _output(args.output, tables_xlsx({f"landfund {report['as_of']}": fund_on_table(report)},
                                         notice=notice_text(store.meta())))
    if args.output:
        print(f"Wrote the land fund as of {report['as_of']} ({basis}) to {args.output}.")
    return 0


def _json_value(v):
    """A forecast cell as JSON: dates as ISO text, NaN as null, NumPy numbers as Python ones."""
    import datetime as _dt

    import numpy as np

    if v is None:
        return None
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, (np.bool_, bool)):
        return bool(v)
    if isinstance(v, (np.integer, int)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return None if v != v else float(v)
    return v


def forecast_records(frame) -> list[dict]:
    """geo.forecast.forecast()'s frame as plain records (dates as ISO text, None as null)."""
    return [{k: _json_value(v) for k, v in row.items()} for row in frame.to_dict("records")]


def cmd_forecast(args) -> int:
    from . import timeline as tl
    from .forecast import FORECAST_ZONE_COLUMNS, check_zone, forecast, replay_store

    day = _as_of(args.as_of)
    basis = tl.check_basis(args.basis)
    store = _existing(args)
    zones = store.read_layer("zones", columns=list(FORECAST_ZONE_COLUMNS))
    check_zone(zones, args.zone)  # before the replay: an unknown zone is refused at once
    # The parcels a range at a time (issue #17): only the zones' sums are kept.
    frame = forecast(replay_store(store, day, basis), None, zones, day, store.targets(), basis, zone=args.zone)
    records = forecast_records(frame)
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        import pandas as pd

        from .io import neutralise_frame

        sys.stdout.write(neutralise_frame(pd.DataFrame(records, columns=list(frame.columns))).to_csv(
            index=False, lineterminator="\n"))
    else:
        _print_forecast_text(records, day, basis)
    return 0


def _print_forecast_text(records: list[dict], day, basis: str) -> None:
    def ha(v) -> str:
        return "–" if v is None else f"{v:,.2f}"

    print(f"Forecast as of {day.isoformat()} ({'as it happened' if basis == 'happened' else 'as recorded'}); "
          "hectares of recovered land, pace in ha per month over 3 / 6 / 12 months.")
    head = ("zone", "handed over / recoverable", "pace 3/6/12 m", "expected (80 % interval)", "target", "status")
    rows = []
    for r in records:
        expected = "–" if r["expected"] is None else r["expected"]
        if r["expected"] is not None and r["expected_low"] != r["expected_high"]:
            expected += f" ({r['expected_low'] or '?'} – {r['expected_high'] or 'later'})"
        target = f"{ha(r['target_ha'])} ha by {r['target_date']}" + (f" ({r['target_set_by']})"
                                                                        if r["target_set_by"] else "")
        rows.append((r["zone_id"], f"{ha(r['handed_over_ha'])} / {ha(r['recoverable_ha'])}",
                     " / ".join(f"{r[f'pace_{w}m_ha']:.2f}" for w in (3, 6, 12)), expected, target, r["status"]))
    widths = [max(len(str(x[i])) for x in (head, *rows)) for i in range(len(head))]
    for row in (head, *rows):
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())


def cmd_target(args) -> int:
    from .forecast import PLAN_HORIZON

    store = _existing(args)
    if args.target_command == "set":
        t = store.set_target(args.zone_id, args.area, args.due, user=args.user)
        print(f"{args.zone_id}: target {t.area_ha:,.2f} ha handed over by {t.due.isoformat()} (set by {t.by}).")
    elif args.target_command == "clear":
        store.clear_target(args.zone_id, user=args.user)
        print(f"{args.zone_id}: target cleared; held to the plan's: all its recoverable land by "
              f"{PLAN_HORIZON.isoformat()}.")
    else:
        targets = store.targets()
        if args.format == "json":
            print(json.dumps([{"zone_id": z, "area_ha": t.area_ha, "due": t.due.isoformat(), "by": t.by, "at": t.at}
                              for z, t in sorted(targets.items())], ensure_ascii=False, indent=1))
        else:
            if not targets:
                print(f"No zone has a target of its own; every zone is held to the plan's: all its recoverable "
                      f"land by {PLAN_HORIZON.isoformat()}.")
            for z, t in sorted(targets.items()):
                print(f"{z}\t{t.area_ha:,.2f} ha\tby {t.due.isoformat()}\tset by {t.by} at {t.at}")
    return 0


def cmd_export(args) -> int:
    from .io import export_layer
    from .schema import get_layer

    get_layer(args.layer)
    store = _existing(args)
    path, n = export_layer(store, args.layer, args.format, args.output, public=args.public)
    print(f"Wrote {n} features of {args.layer} to {path}{' (public fields only)' if args.public else ''}.")
    return 0


def cmd_ready(args) -> int:
    from . import readiness, search

    query = search.SiteQuery(min_area=args.min_area, max_area=args.max_area, sectors=tuple(args.sector),
                             max_km=search.parse_max_km(args.max_km), max_price=args.max_price, min_tier=args.tier,
                             zone_ids=tuple(args.zone))
    store = _existing(args)
    layers = {name: store.read_layer(name) for name in ("plots", "parcels", "zones", "constraints",
                                                        "resettlement_areas")}
    plots, _, ready = readiness.of_layers(layers, store.read_cover())
    zones = layers["zones"]
    result = search.search(plots, zones, ready, search.Facilities(store.read_layer("infrastructure")), query,
                           with_geometry=args.format == "geojson")
    if args.format == "json":
        print(json.dumps(search.site_records(result), ensure_ascii=False, indent=1))
    elif args.format == "csv":
        from .io import neutralise_frame

        flat = search.flat_sites(result)
        neutralise_frame(flat.drop(columns=flat.geometry.name) if flat.geometry is not None else flat).to_csv(
            sys.stdout, index=False, lineterminator="\n")
    elif args.format == "geojson":
        _print_sites_geojson(result, store)
    else:
        _print_sites_text(result)
    return 0


def _print_sites_geojson(result, store) -> None:
    from . import search
    from .io import notice_text

    flat = search.flat_sites(result)
    fc = json.loads(flat.to_json(na="null", drop_id=True)) if len(flat) else {"type": "FeatureCollection",
                                                                               "features": []}
    notice = notice_text(store.meta())
    if notice:
        fc = {"type": "FeatureCollection", "notice": notice, "features": fc["features"]}
    for feat, rec in zip(fc["features"], search.site_records(result)):
        feat["id"] = rec["id"]
        feat["properties"]["reasons"] = rec["reasons"]
    print(json.dumps(fc, ensure_ascii=False))


def _print_sites_text(result) -> None:
    from . import search

    if result.empty:
        print("No site matches.")
    for rec in search.site_records(result):
        dist = ", ".join(f"{k} {rec[f'km_to_{k}']:.1f} km" for k in search.DISTANCE_KINDS
                         if rec.get(f"km_to_{k}") is not None)
        why = "; ".join(r["en"] for r in rec["reasons"]) or "investor-ready"
        print(f"{rec['id']}  tier {rec['tier']}  {rec['area_ha']:.1f} ha  {rec['zone_name_en']}  score {rec['score']}"
              f"\n    {dist}\n    {why}")


def cmd_migrate(args) -> int:
    from .migrate import migrate

    report = migrate(args.source, args.target)
    layers = ", ".join(f"{k} {v}" for k, v in report["layers"].items())
    print(f"Copied {args.source} to {args.target}: {layers}; {report['clearance_events']} events, "
          f"{report['users']} users.")
    return 0


def cmd_synth(args) -> int:
    import time

    from .synth import synth_meta, synth_parts

    store = _open(args)
    if store.exists():
        raise InputError("cli.synth_store_exists", url=store.url)
    started = time.perf_counter()
    layers, parts = synth_parts(args.parcels, seed=args.seed)
    drawn = [time.perf_counter() - started]

    def timed(parts):  # how long drawing the parts takes, apart from storing them (on standard error)
        n = 0
        while True:
            t = time.perf_counter()
            part = next(parts, None)
            drawn.append(time.perf_counter() - t)
            if part is None:
                return
            n += len(part[1])
            print(f"synth: {n:,} parcels drawn ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
            yield part
            del part

    import logging

    log = logging.getLogger("geo.store.creating")  # the store's steps, as it makes it
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("synth: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        if not store.init_parts(layers, timed(parts), meta=synth_meta(args.parcels)):
            raise InputError("cli.synth_store_raced", url=store.url)
    finally:
        log.removeHandler(handler)
    total = time.perf_counter() - started
    print(f"synth: layout {drawn[0]:.1f} s, parts drawn {sum(drawn[1:]):.1f} s, stored {total - sum(drawn):.1f} s, "
          f"{total:.1f} s in all", file=sys.stderr)
    print(f"Created {store.url} with {store.count('parcels')} synthetic parcels.")
    return 0


def cmd_user(args) -> int:
    store = _existing(args)
    if args.user_command == "add":
        password = _read_password()
        user = store.add_user(args.username, args.role, password, by=args.by, full_name=args.full_name)
        print(f"Added {user.role} {user.username}.")
    elif args.user_command == "list":
        for u in store.list_users():
            print(f"{u.username}\t{u.role}\t{'active' if u.active else 'deactivated'}")
    elif args.user_command in ("activate", "deactivate"):
        store.set_user_active(args.username, args.user_command == "activate", by=args.by)
        print(f"{args.username}: {args.user_command}d.")
    elif args.user_command == "passwd":
        store.set_password(args.username, _read_password("New password: "), by=args.by)
        print(f"Password of {args.username} changed.")
    return 0


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "status": cmd_status,
    "history": cmd_history,
    "landfund": cmd_landfund,
    "forecast": cmd_forecast,
    "target": cmd_target,
    "export": cmd_export,
    "ready": cmd_ready,
    "migrate": cmd_migrate,
    "synth": cmd_synth,
    "user": cmd_user,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return COMMANDS[args.command](args)
    except SiteReadyError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error; say nothing more
        import os

        try:  # no second error when Python flushes standard output at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # standard output is not a file (captured in a test)
            pass
        return 0
    except OSError as err:  # a path the user gave that cannot be read or written
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        print(f"error: {where}{err.strerror or err}.", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 130
