"""Text made safe to show (layers.text): data never reaches a page as HTML or markdown."""

from __future__ import annotations

from layers.text import esc, grid_html, kv_table_html, lines, md_escape

ATTACK = "<img src=x onerror=alert(1)> `${x}` [link](http://evil) **bold** #"


def test_html_escaping_covers_markup_quotes_backticks_and_template_dollars():
    assert esc(ATTACK).startswith("&lt;img src=x onerror=alert(1)&gt; &#96;&#36;{x}&#96;")
    assert "<" not in esc(ATTACK) and "`" not in esc(ATTACK) and "$" not in esc(ATTACK)
    assert esc('a "b" \'c\' & d') == "a &quot;b&quot; &#x27;c&#x27; &amp; d"
    assert esc(None) == "" and esc(float("nan")) == "" and esc(12.5) == "12.5"


def test_lines_join_the_parts_that_have_text():
    assert lines("<b>A</b>", "", "B", None) == "<b>A</b><br>B"


def test_markdown_escaping_shows_every_character_as_itself():
    out = md_escape(ATTACK)
    for ch in "<>`[]()*#{}":
        assert f"\\{ch}" in out
    assert md_escape("Đường 1-2. (mới)") == "Đường 1\\-2\\. \\(mới\\)"
    assert md_escape(42) == "42"


def test_a_label_value_table_escapes_values_and_shows_a_dash_when_missing():
    html = kv_table_html([("Tên", ATTACK), ("Trống", None), ("Rỗng", ""), ("NaN", float("nan")), ("Số", 0)])
    assert html.startswith("<table class='sr-kv'>") and "<img" not in html
    assert html.count("<td>—</td>") == 3 and "<td>0</td>" in html


def test_a_grid_with_labelled_and_plain_rows():
    labelled = grid_html(["site-1", "<site-2>"], [("Area", ["1 ha", None]), ("Tier", [5, 4])])
    assert "<th></th><th>site-1</th><th>&lt;site-2&gt;</th>" in labelled
    assert "<tr><th>Area</th><td>1 ha</td><td>—</td></tr>" in labelled
    plain = grid_html(["a", "b"], [(None, ["x", "<y>"])])
    assert "<th></th>" not in plain and "<tr><td>x</td><td>&lt;y&gt;</td></tr>" in plain
