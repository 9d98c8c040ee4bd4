#!/bin/sh
# Make sure Debian's Chromium (driven by Playwright in the browser tests) and
# Arabic fonts are installed. Installs them with apt-get when run as root.
set -e
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "arabic"; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium and Arabic fonts (apt-get)…"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-core >/dev/null
else
    echo "warning: chromium is not installed and this user cannot apt-get it;" >&2
    echo "         install Debian's 'chromium' and 'fonts-noto-core' packages, or the browser tests will fail." >&2
fi
