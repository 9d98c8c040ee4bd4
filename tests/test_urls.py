from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import urls


@pytest.mark.parametrize(
    "target, current, portable, link",
    [
        ("tags/", "articles/x/", False, "../../tags/"),
        ("tags/", "articles/x/", True, "../../tags/index.html"),
        ("", "", False, "./"),
        ("", "", True, "index.html"),
        ("", "page/2/", False, "../../"),
        ("tags/نفط/", "", False, "tags/%D9%86%D9%81%D8%B7/"),
        ("feed.xml", "archive/2015/03/", True, "../../../feed.xml"),
    ],
)
def test_relative_url(target, current, portable, link):
    assert urls.relative_url(target, current, portable=portable) == link


@given(st.text(alphabet="ab/نفط-é%#? .~_", max_size=12), st.text(alphabet="a/", max_size=8), st.booleans())
def test_relative_url_quotes_the_target_once_for_every_depth(target, current, portable):
    """The link is the whole relative path, quoted (as it was built before targets shared their quoting)."""
    named = target + "index.html" if portable and (target == "" or target.endswith("/")) else target
    whole = "../" * current.count("/") + named
    assert urls.relative_url(target, current, portable=portable) == (quote(whole, safe="/#?=&.-_~%") or "./")
