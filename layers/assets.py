"""The JavaScript and CSS the maps need, served by the app itself.

Folium points at CDNs by default; offline (a government intranet, CI) the map
would then not draw at all. At set-up time ``python -m layers.assets`` fetches
the packages below from the npm registry, checks their integrity and unpacks
the files into ``static/vendor/``; Streamlit serves that folder at
``/app/static/`` (``server.enableStaticServing``). :func:`use_local_assets`
points folium at those copies. Nothing is fetched at run time.
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATIC_DIR = ROOT / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
#: Where the map finds ``static/`` (Streamlit's static file serving at ``<base>/app/static``), relative to
#: the map's own page (``<base>/component/streamlit_folium.st_folium/index.html``), so that the app also
#: works under a sub-path (``--server.baseUrlPath``).
STATIC_URL = "../../app/static"
REGISTRY = "https://registry.npmjs.org"

#: npm packages: name, version, sha512 integrity, files to keep (path in package -> path under vendor/).
PACKAGES = [
    (
        "leaflet",
        "1.9.4",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        {
            "dist/leaflet.js": "leaflet/leaflet.js",
            "dist/leaflet.css": "leaflet/leaflet.css",
            "dist/images/layers.png": "leaflet/images/layers.png",
            "dist/images/layers-2x.png": "leaflet/images/layers-2x.png",
            "dist/images/marker-icon.png": "leaflet/images/marker-icon.png",
            "dist/images/marker-icon-2x.png": "leaflet/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png": "leaflet/images/marker-shadow.png",
            "LICENSE": "leaflet/LICENSE",
        },
    ),
]

JS = [("leaflet", f"{STATIC_URL}/vendor/leaflet/leaflet.js")]
CSS = [("leaflet_css", f"{STATIC_URL}/vendor/leaflet/leaflet.css")]


def installed() -> bool:
    return all((VENDOR_DIR / dst).exists() for _, _, _, files in PACKAGES for dst in files.values())


def fetch(force: bool = False) -> None:
    """Download, verify and unpack the vendored packages (idempotent)."""
    if installed() and not force:
        return
    for name, version, integrity, files in PACKAGES:
        url = f"{REGISTRY}/{name}/-/{name}-{version}.tgz"
        with urllib.request.urlopen(url, timeout=120) as resp:  # noqa: S310 - fixed https URL
            data = resp.read()
        algo, _, expected = integrity.partition("-")
        digest = base64.b64encode(hashlib.new(algo, data).digest()).decode()
        if digest != expected:
            raise SystemExit(f"{name}@{version}: integrity check failed; not installing it.")
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for src, dst in files.items():
                member = tar.getmember(f"package/{src}")
                target = VENDOR_DIR / dst
                target.parent.mkdir(parents=True, exist_ok=True)
                extracted = tar.extractfile(member)
                assert extracted is not None
                target.write_bytes(extracted.read())
        print(f"installed {name}@{version} into {VENDOR_DIR.relative_to(ROOT)}")


def use_local_assets() -> None:
    """Point folium's maps at the app's own copies of Leaflet; drop the CDN-only extras.

    Folium's Map also lists jQuery, Bootstrap and Awesome Markers; SiteReady's
    maps use none of them, and streamlit-folium would refuse to draw the map if
    any listed file failed to load.
    """
    import folium

    folium.Map.default_js = list(JS)
    folium.Map.default_css = list(CSS)


if __name__ == "__main__":
    fetch(force="--force" in sys.argv)
