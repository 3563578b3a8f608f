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
    p = sub.add_parser("history", help="a parcel's clearance history", epilog=EPILOG)
    p.add_argument("parcel_id", metavar="PARCEL_ID")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    _db(p)


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
    for add in (_add_init, _add_import, _add_clearance_commands, _add_ready, _add_export, _add_new_stores, _add_user):
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


def cmd_history(args) -> int:
    store = _existing(args)
    events = store.history(args.parcel_id)
    fields = ("at", "by", "action", "from_stage", "to_stage", "note", "document_ref", "version")
    if args.format == "json":
        print(json.dumps([{k: getattr(e, k) for k in fields} for e in events], ensure_ascii=False, indent=1))
    elif args.format == "csv":
        import csv

        from .io import neutralise

        w = csv.writer(sys.stdout)
        w.writerow(fields)
        for e in events:
            w.writerow([neutralise(getattr(e, k)) if getattr(e, k) is not None else "" for k in fields])
    else:
        if not events:
            print(f"{args.parcel_id}: no recorded changes.")
        for e in events:
            extra = "; ".join(x for x in (e.note, e.document_ref and f"doc {e.document_ref}", e.detail) if x)
            print(f"{e.at}  v{e.version}  {e.by}: {e.from_stage} → {e.to_stage} [{e.action}]"
                  + (f"  ({extra})" if extra else ""))
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
    from .synth import synth_history, synth_layers, synth_meta

    store = _open(args)
    if store.exists():
        raise InputError("cli.synth_store_exists", url=store.url)
    layers = synth_layers(args.parcels, seed=args.seed)
    layers["parcels"], events = synth_history(layers["parcels"], seed=args.seed)
    if not store.init(layers, events=events, meta=synth_meta(args.parcels)):
        raise InputError("cli.synth_store_raced", url=store.url)
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
    except OSError as err:  # a path the user gave that cannot be read or written
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        print(f"error: {where}{err.strerror or err}.", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
