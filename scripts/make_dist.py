"""Zip a built site into dist/<name>-<YYYY-MM-DD>.zip (`make dist`).

The zip's entries are sorted and carry a fixed timestamp, so the same site
gives the same bytes; only the file name carries today's date.

usage: python scripts/make_dist.py SITE_DIR DIST_DIR [NAME]
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path

FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def make_zip(site: Path, dist: Path, name: str = "warraq-archive") -> Path:
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{name}-{dt.date.today().isoformat()}.zip"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{name}/{path.relative_to(site).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return target


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    print(f"dist: wrote {make_zip(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])}")
