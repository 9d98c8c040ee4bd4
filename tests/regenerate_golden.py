"""Regenerate tests/fixtures/mini_archive/expected/ (`make golden`). Review the diff like code."""

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.golden import FIXTURE, output_files, run_mini_archive  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root, imported, built = run_mini_archive(Path(tmp))
        expected = FIXTURE / "expected"
        shutil.rmtree(expected, ignore_errors=True)
        for rel, data in output_files(root).items():
            dest = expected / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
        print(f"golden: import exit {imported}, build exit {built}; wrote {expected}")


if __name__ == "__main__":
    main()
