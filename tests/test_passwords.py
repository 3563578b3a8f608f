"""Passwords are refused for being short, common, repetitive or guessable — never for lacking symbols."""

from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.passwords import MIN_LENGTH, check_password, weakness


@pytest.mark.parametrize("password, why", [
    ("short", "password.too_short"),
    ("x" * 300, "password.too_long"),
    ("aaaaaaaaaa", "password.repetitive"),
    ("abcabcabcabc", "password.repetitive"),
    ("0987654321", "password.repetitive"),
    ("1212121212", "password.repetitive"),
    ("password2026!", "password.common"),
    ("Password123", "password.common"),
    ("qwertyuiop", "password.common"),
    ("iloveyou12", "password.common"),
    ("thanhhoa2026", "password.guessable"),
    ("SiteReady-2026", "password.guessable"),
    ("Nghi Sơn 2026!", "password.guessable"),
    ("Mật khẩu 2026", "password.common"),
])
def test_weak_passwords_are_refused(password, why):
    assert weakness(password) == why
    with pytest.raises(InputError) as err:
        check_password(password)
    assert err.value.code == why
    assert err.value.text("vi") != str(err.value)


def test_a_password_close_to_the_user_name_is_refused():
    assert weakness("lan.nguyen.2026", "lan.nguyen") == "password.like_username"
    assert weakness("lan.nguyen.2026", "hoa") is None


@pytest.mark.parametrize("password", [
    "correct horse battery staple",
    "Xe-dap-dien-mau-xanh",
    "hoa sen nở trên ao làng",
    "t4u-K9!q-zz",
])
def test_long_or_random_passwords_pass_without_composition_rules(password):
    assert len(password) >= MIN_LENGTH
    assert check_password(password) == password


def test_the_store_refuses_a_common_password(staffed):
    with pytest.raises(InputError) as err:
        staffed.add_user("hoa", "planner", "aaaaaaaaaa", by="admin")
    assert err.value.code == "password.repetitive"
    assert staffed.get_user("hoa") is None
