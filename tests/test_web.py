"""The app's own HTTP side (views/web.py): sign-in and sign-out routes, the session cookie, page errors."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pytest

from geo import signin
from geo.store import open_store
from tests.appserver import browser, running_app, wait_idle
from tests.conftest import PASSWORD, staffed_copy

pytestmark = pytest.mark.browser


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@pytest.fixture(scope="module")
def web(default_gpkg, tmp_path_factory):
    db = staffed_copy(default_gpkg, tmp_path_factory.mktemp("web"), {"lan": "planner", "hoa": "officer"})
    with running_app(db) as url:
        yield url, str(db)


def post(url: str, path: str, fields: dict, *, origin: str | None = "self", cookie: str | None = None):
    """POST a form; (status, headers) of the answer, redirects not followed."""
    host = urllib.parse.urlsplit(url).netloc
    req = urllib.request.Request(f"{url}{path}", data=urllib.parse.urlencode(fields).encode(), method="POST")
    if origin:
        req.add_header("Origin", f"http://{host}" if origin == "self" else origin)
    if cookie:
        req.add_header("Cookie", cookie)
    try:
        with _OPENER.open(req) as resp:
            return resp.status, resp.headers
    except urllib.error.HTTPError as err:
        err.close()
        return err.code, err.headers


def test_a_sign_in_from_another_site_is_refused(web):
    url, _ = web
    for origin in (None, "http://evil.example"):
        status, headers = post(url, "/auth/signin", {"username": "lan", "password": PASSWORD}, origin=origin)
        assert status == 403 and "set-cookie" not in {k.lower() for k in headers}


def test_sign_in_sets_an_httponly_cookie_and_lands_by_role(web):
    url, db = web
    status, headers = post(url, "/auth/signin", {"username": "lan", "password": PASSWORD, "ui_lang": "en"})
    assert status == 303 and headers["Location"] == "/landfund?lang=en"
    cookie = next(c for c in headers.get_all("Set-Cookie") if c.startswith("siteready_session=") and "Max-Age=0" not in c)
    assert cookie.startswith("siteready_session=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Path=/" in cookie and "Max-Age=43200" in cookie
    token = cookie.split(";", 1)[0].split("=", 1)[1]
    assert open_store(db).session_user(token, 60).username == "lan"
    # Back where the user came from, never to another host.
    status, headers = post(url, "/auth/signin", {"username": "lan", "password": PASSWORD, "next": "/sites?tier=5"})
    assert headers["Location"] == "/sites?tier=5"
    for hostile in ("//evil.example/x", "http://evil.example/", "/\\evil.example"):
        status, headers = post(url, "/auth/signin", {"username": "lan", "password": PASSWORD, "next": hostile})
        assert headers["Location"] == "/landfund?lang=vi", hostile
    # Sign-out ends the session and clears the cookie.
    status, headers = post(url, "/auth/signout", {"ui_lang": "en"}, cookie=f"siteready_session={token}")
    assert status == 303 and headers["Location"] == "/?lang=en"
    cleared = [c for c in headers.get_all("Set-Cookie") if c.startswith("siteready_session=")]
    assert cleared and all("Max-Age=0" in c for c in cleared)
    assert open_store(db).session_user(token, 60) is None


def test_a_refused_sign_in_comes_back_with_one_sentence_and_the_name(web):
    url, _ = web
    status, headers = post(url, "/auth/signin", {"username": "hoa", "password": "wrong password!", "ui_lang": "vi"})
    assert status == 303 and "set-cookie" not in {k.lower() for k in headers}
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)
    assert query["signin_error"] == ["store.wrong_password"] and query["user"] == ["hoa"]
    assert "password" not in query


def test_guessing_is_slowed_down_and_said_on_the_page(web):
    url, _ = web
    for _ in range(signin.FREE_FAILURES):
        post(url, "/auth/signin", {"username": "admin", "password": "not it at all", "ui_lang": "vi"})
    status, headers = post(url, "/auth/signin", {"username": "admin", "password": PASSWORD, "ui_lang": "vi"})
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)
    assert query["signin_error"] == ["signin.wait"] and int(query["seconds"][0]) >= 1
    with browser() as b:
        page = b.new_page()
        page.goto(f"{url}{headers['Location']}")
        wait_idle(page)
        page.get_by_text("Đăng nhập sai quá nhiều lần; hãy chờ").wait_for(timeout=20_000)
        assert page.get_by_label("Tên đăng nhập").input_value() == "admin"
        page.close()
