"""The live preview: a real livereload server rebuilds after a change on disk."""

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.sitekit import article, make_site

SITE_TOML = 'title = "معاينة"\nlocale = "ar_SY"\nsearch = false\n'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, text: str, timeout: float) -> float:
    """Poll ``url`` until it contains ``text``; return the seconds it took."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            if text in fetch(url):
                return time.monotonic() - start
        except OSError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"{url} did not show {text!r} within {timeout}s")


@pytest.fixture
def server(tmp_path):
    config = make_site(
        tmp_path,
        {
            "site.toml": SITE_TOML,
            "content/articles/a.md": article("مقال المعاينة", "النص القديم.", date="2018-05-21", slug="a"),
        },
    )
    config.path("content/dumps").mkdir(parents=True)
    port = free_port()
    log = open(config.root / "serve.log", "w", encoding="utf-8")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "--config", str(config.path("site.toml")), "serve", "--port", str(port)],
        cwd=config.root,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(base + "articles/a/", "النص القديم", timeout=30)
        yield config, base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_serve_injects_livereload_and_rebuilds_on_changes(server):
    config, base = server
    assert "livereload" in fetch(base + "articles/a/")
    # An article edited while the server runs
    path = config.path("content/articles/a.md")
    path.write_text(path.read_text(encoding="utf-8").replace("النص القديم", "النص الجديد"), encoding="utf-8")
    seconds = wait_for(base + "articles/a/", "النص الجديد", timeout=5)
    print(f"article change visible after {seconds:.2f}s")
    # A template
    tpl = config.path("templates/base.html")
    tpl.write_text(tpl.read_text(encoding="utf-8").replace("انتقل إلى المحتوى", "إلى النص مباشرة"), encoding="utf-8")
    wait_for(base + "articles/a/", "إلى النص مباشرة", timeout=5)
    # A CSS file
    css = config.path("static/style.css")
    css.write_text(css.read_text(encoding="utf-8") + "\n/* marker-7 */\n", encoding="utf-8")
    wait_for(base + "static/style.css", "marker-7", timeout=5)
    # site.toml
    toml = config.path("site.toml")
    toml.write_text(toml.read_text(encoding="utf-8").replace('"معاينة"', '"معاينة ثانية"'), encoding="utf-8")
    wait_for(base, "معاينة ثانية", timeout=5)


def test_a_burst_of_saves_triggers_one_rebuild(server):
    config, base = server
    log = config.root / "serve.log"
    before = log.read_text(encoding="utf-8").count("rebuilt:")
    path = config.path("content/articles/a.md")
    text = path.read_text(encoding="utf-8")
    for i in range(5):
        path.write_text(text.replace("النص القديم", f"النص رقم {i}"), encoding="utf-8")
        time.sleep(0.03)
    wait_for(base + "articles/a/", "النص رقم 4", timeout=5)
    time.sleep(0.5)
    assert log.read_text(encoding="utf-8").count("rebuilt:") == before + 1
