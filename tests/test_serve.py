"""The live preview: a real livereload server rebuilds after a change on disk."""

import logging
import os
import shutil
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


# -- the watcher, without a server ------------------------------------------------


@pytest.fixture
def watcher():
    from generator.serve import DebouncedWatcher

    made = DebouncedWatcher()
    yield made
    made.stop()


def examine_for(watcher, seconds: float) -> None:
    """Ask the watcher, as the server does every 0.1 s, for ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        watcher.examine()
        time.sleep(0.05)


def runs_after(watcher, ran: list, action, seconds: float = 1.0) -> int:
    """How many times the task ran for ``action``."""
    before = len(ran)
    action()
    examine_for(watcher, seconds)
    return len(ran) - before


def test_the_system_reports_changes_and_nothing_walks_the_folder(watcher, tmp_path, monkeypatch):
    """At 100,000 articles livereload's polling walk kept 40 % of a core busy: watched folders are not walked."""
    from livereload.watcher import Watcher

    folder = tmp_path / "content" / "articles"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text("---\ntitle: مقال\n---\nنص.\n", encoding="utf-8")
    monkeypatch.setattr(Watcher, "is_changed", lambda *a, **k: pytest.fail("a notified folder was walked"))
    ran = []
    watcher.watch(str(tmp_path / "content"), lambda: ran.append(1))
    assert str(tmp_path / "content") in watcher.notified
    examine_for(watcher, 0.3)
    assert runs_after(watcher, ran, lambda: (folder / "a.md").read_text(encoding="utf-8")) == 0  # a build reads
    assert runs_after(watcher, ran, lambda: (folder / ".a.md.swp").write_bytes(b"vim")) == 0
    assert runs_after(watcher, ran, lambda: (folder / "a.md").write_text("نص جديد", encoding="utf-8")) == 1
    assert runs_after(watcher, ran, lambda: (folder / "b.md").write_text("مقال ثان", encoding="utf-8")) == 1
    assert runs_after(watcher, ran, lambda: (folder / "b.md").unlink()) == 1

    def burst():
        for i in range(5):
            (folder / "a.md").write_text(f"نص رقم {i}", encoding="utf-8")
            time.sleep(0.03)

    assert runs_after(watcher, ran, burst) == 1


def test_a_watched_file_is_polled_and_reacts_to_its_own_changes_only(watcher, tmp_path):
    toml = tmp_path / "site.toml"
    toml.write_text('title = "أرشيف"\n', encoding="utf-8")
    ran = []
    watcher.watch(str(toml), lambda: ran.append(1))
    assert str(toml) not in watcher.notified  # one time stamp a poll
    examine_for(watcher, 0.3)
    assert runs_after(watcher, ran, lambda: (tmp_path / "notes.txt").write_text("ملاحظة", encoding="utf-8")) == 0

    def save_as_editors_do():  # a new file renamed over the old one
        (tmp_path / ".site.toml.tmp").write_text('title = "أرشيف جديد"\n', encoding="utf-8")
        os.replace(tmp_path / ".site.toml.tmp", toml)

    assert runs_after(watcher, ran, save_as_editors_do) == 1


def test_a_folder_made_after_the_server_started_is_watched_once_it_exists(watcher, tmp_path):
    dumps = tmp_path / "dumps"
    ran = []
    watcher.watch(str(dumps), lambda: ran.append(1))
    assert str(dumps) not in watcher.notified
    examine_for(watcher, 0.3)

    def new_dump():
        dumps.mkdir()
        (dumps / "001.txt").write_text("عنوان الخبر\n\nنص الخبر.", encoding="utf-8")

    assert runs_after(watcher, ran, new_dump) == 1
    assert str(dumps) in watcher.notified
    assert runs_after(watcher, ran, lambda: (dumps / "002.txt").write_text("خبر ثان", encoding="utf-8")) == 1


def test_a_watched_folder_deleted_or_replaced_is_watched_again(watcher, tmp_path):
    """``git checkout`` of a branch without the folder and back, or a folder renamed and replaced."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "base.html").write_text("<p>قالب</p>", encoding="utf-8")
    ran = []
    watcher.watch(str(templates), lambda: ran.append(1))
    assert str(templates) in watcher.notified
    assert runs_after(watcher, ran, lambda: shutil.rmtree(templates)) == 1

    def back():
        templates.mkdir()
        (templates / "base.html").write_text("<p>قالب عاد</p>", encoding="utf-8")

    assert runs_after(watcher, ran, back) == 1
    assert runs_after(watcher, ran, lambda: (templates / "base.html").write_text("<p>٣</p>", encoding="utf-8")) == 1

    def replace_by_a_copy():
        shutil.copytree(templates, tmp_path / "new")
        templates.rename(tmp_path / "old")
        (tmp_path / "new").rename(templates)

    assert runs_after(watcher, ran, replace_by_a_copy) == 1
    assert runs_after(watcher, ran, lambda: (tmp_path / "old/base.html").write_text("قديم", encoding="utf-8")) == 0
    assert runs_after(watcher, ran, lambda: (templates / "base.html").write_text("<p>٤</p>", encoding="utf-8")) == 1


def test_links_folders_and_time_stamps(watcher, tmp_path):
    """A linked content folder is reported on; a folder holding links to files elsewhere is polled."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.md").write_text("نص", encoding="utf-8")
    (tmp_path / "content").symlink_to(real, target_is_directory=True)
    linked_files = tmp_path / "linked"
    linked_files.mkdir()
    (linked_files / "a.md").symlink_to(real / "a.md")
    ran, ran2 = [], []
    watcher.watch(str(tmp_path / "content"), lambda: ran.append(1))
    watcher.watch(str(linked_files), lambda: ran2.append(1))
    assert watcher.notified == {str(tmp_path / "content")}
    examine_for(watcher, 0.3)  # the first polls see the files made after the watcher
    polled = len(ran2)
    assert runs_after(watcher, ran, lambda: (real / "a.md").write_text("نص جديد", encoding="utf-8")) == 1
    assert len(ran2) == polled + 1  # the polled folder saw its linked file change
    assert runs_after(watcher, ran, lambda: os.utime(real / "a.md")) == 1  # `touch`
    assert runs_after(watcher, ran, lambda: (real / ".#a.md").symlink_to("user@host.1234")) == 0  # Emacs' lock


def test_too_many_folders_for_the_systems_watches_are_polled(watcher, tmp_path, monkeypatch, caplog):
    from generator import serve

    for i in range(4):
        (tmp_path / "content" / f"{2020 + i}").mkdir(parents=True)
    monkeypatch.setattr(serve, "_inotify_watches", lambda: 6)  # three folders at most
    ran = []
    with caplog.at_level(logging.WARNING, logger="warraq.serve"):
        watcher.watch(str(tmp_path / "content"), lambda: ran.append(1))
    assert watcher.notified == set()
    assert "too many for the system's 6 inotify watches" in caplog.text
    examine_for(watcher, 0.3)
    path = tmp_path / "content/2023/a.md"
    assert runs_after(watcher, ran, lambda: path.write_text("نص", encoding="utf-8")) == 1
