"""The cleaner on twenty-seven more families of news sites (tests/heldout/README.md): floors per set."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.sitekit import CORPUS
from tests.sitekit import REPO as ROOT

# Measured when pinned (2026-11-26): a  P 0.995 R 0.997 titles 0.952 headings F1 0.795;
#                                    b  P 0.998 R 0.990 titles 0.902 headings F1 0.818.
# Measured when pinned (2026-11-27): c  P 0.999 R 0.994 titles 1.000 headings F1 0.939;
#                                    d  P 0.983 R 0.983 titles 1.000 headings F1 0.837 (0.989/0.989 before a
#                                       short line stopped ending a wrapped run: a headline stays a headline);
#                                    e  P 0.984 R 0.981 titles 0.980 headings F1 0.921.
# Raised 2026-11-27 (tenth session, split paragraphs joined): d 0.987/0.989, e 0.994/0.991, f 0.993/0.997.
# Pinned 2026-11-27 (tenth session), first measure in brackets (before any fix made on the set):
#                                    f  P 0.958 R 0.964 titles 1.000 headings F1 0.916 (0.950/0.956);
#                                    g  P 0.976 R 0.979 titles 1.000 headings F1 0.941 (0.963/0.972);
#                                    h  P 0.998 R 0.998 titles 0.980 headings F1 0.935 (0.942/0.978);
#                                    i  P 0.956 R 0.958 titles 0.961 headings F1 0.852 (0.915/0.926; headings
#                                       were 0.881 before the review's fixes: safer joins, fewer caption cuts);
#                                    j  P 0.998 R 0.998 titles 0.961 headings F1 0.985 (0.990/0.993);
#                                    k  P 0.985 R 0.997 titles 0.941 headings F1 0.933 (0.985/0.997).
# Pinned 2026-11-27 (eleventh session):  l  P 0.982 R 0.990 titles 0.902 headings F1 0.833 (0.963/0.990);
#                                    m  P 0.969 R 0.994 titles 0.980 headings F1 0.791 (0.949/0.994).
# Raised 2026-11-27 (eleventh session): h 0.998/0.998, i 0.981/0.982, j 0.999/0.999, k 0.995/0.997,
#                                    l 1.000/0.996, m 0.995/1.000 (glued captions, related headers, widgets).
# Pinned then, first measure in brackets: n  P 1.000 R 0.995 titles 1.000 headings F1 0.875 (0.984/0.995);
#                                    p  P 0.990 R 0.997 titles 0.863 headings F1 0.833 (0.961/0.997);
#                                    q  P 0.994 R 0.990 titles 0.922 headings F1 0.911 (0.990/0.988).
# Raised 2026-11-27 (twelfth session; measured P/R, titles): a 0.996/0.998 T 1.000, b 1.000/0.993 T 1.000,
#                                    d 0.996/0.998, e 0.995/0.994 T 1.000, f 0.996/0.998, g 0.992/0.988,
#                                    h T 1.000, i 0.990/0.991, k T 1.000, l T 1.000, p T 0.980, q T 0.980.
# Pinned then (set r, held out until this session; first measure at 71b6bf0 in brackets):
#                                    r  P 0.994 R 0.993 titles 0.980 headings F1 0.875 (0.987/0.984).
# Headings raised then (a short line over a paragraph under a longer one is its subheading):
#                                    b 0.954, d 0.864, e 0.954, f 0.953, q 0.951.
# Lowered then, after two reviews: g 0.985/0.982 (a glued caption "صورة أرشيفية أعلنت …" is kept: it cannot
#                                    be told from a sentence about the photo), r 0.994/0.993 (a caption a wrap
#                                    broke is joined: a wrapped line of prose may end "(واس)").
# Pinned 2026-11-27 (thirteenth session; sets held out until then, first measure at 15750be in brackets):
#                                    s  P 0.995 R 0.996 titles 0.980 headings F1 0.901 (0.993/0.995, T 0.941);
#                                    t  P 0.997 R 0.994 titles 1.000 headings F1 0.909 (0.987/0.993, T 0.961);
#                                    u  P 0.999 R 0.997 titles 0.980 headings F1 0.935 (0.998/0.993, T 0.804).
# Pinned 2026-11-27 (fourteenth session; held out until then, first measure at b54a1ec in brackets):
#                                    y  P 1.000 R 0.999 titles 0.980 headings F1 0.970 (0.998/0.999, T 0.902).
#                                    z  P 0.999 R 0.995 titles 0.980 headings F1 0.918 (0.980/0.990, T 0.882).
#                                    w2 P 0.995 R 0.999 titles 0.961 headings F1 0.987 (0.988/0.995, T 0.961).
#                                    v2 P 0.994 R 0.998 titles 1.000 headings F1 0.930 (0.986/0.998, T 0.882).
# Still held out (totals only, never read): x  P 0.997 R 0.999 titles 1.000 headings F1 0.904 (at b54a1ec
#                                       and unchanged since);
#                                       u2 P 0.989 R 0.998 titles 1.000 headings F1 0.969 (at 1da360b).
#                                       t2 P 1.000 R 0.999 titles 1.000 headings F1 0.970 (at fa9f782).
FLOORS = {
    "make_sites_a.py": {"micro_precision": 0.99, "micro_recall": 0.995, "title_accuracy": 0.98, "heading_f1": 0.86},
    "make_sites_b.py": {"micro_precision": 0.995, "micro_recall": 0.99, "title_accuracy": 0.98, "heading_f1": 0.93},
    "make_sites_c.py": {"micro_precision": 0.993, "micro_recall": 0.988, "title_accuracy": 0.98, "heading_f1": 0.91},
    "make_sites_d.py": {"micro_precision": 0.993, "micro_recall": 0.995, "title_accuracy": 0.98, "heading_f1": 0.84},
    "make_sites_e.py": {"micro_precision": 0.992, "micro_recall": 0.99, "title_accuracy": 0.98, "heading_f1": 0.93},
    "make_sites_f.py": {"micro_precision": 0.993, "micro_recall": 0.995, "title_accuracy": 0.98, "heading_f1": 0.93},
    "make_sites_g.py": {"micro_precision": 0.982, "micro_recall": 0.978, "title_accuracy": 0.98, "heading_f1": 0.92},
    "make_sites_h.py": {"micro_precision": 0.995, "micro_recall": 0.995, "title_accuracy": 0.98, "heading_f1": 0.91},
    "make_sites_i.py": {"micro_precision": 0.987, "micro_recall": 0.988, "title_accuracy": 0.96, "heading_f1": 0.86},
    "make_sites_j.py": {"micro_precision": 0.996, "micro_recall": 0.996, "title_accuracy": 0.94, "heading_f1": 0.97},
    "make_sites_k.py": {"micro_precision": 0.99, "micro_recall": 0.992, "title_accuracy": 0.98, "heading_f1": 0.95},
    "make_sites_l.py": {"micro_precision": 0.995, "micro_recall": 0.99, "title_accuracy": 0.98, "heading_f1": 0.86},
    "make_sites_m.py": {"micro_precision": 0.99, "micro_recall": 0.995, "title_accuracy": 0.96, "heading_f1": 0.95},
    "make_sites_n.py": {"micro_precision": 0.995, "micro_recall": 0.99, "title_accuracy": 0.98, "heading_f1": 0.85},
    "make_sites_p.py": {"micro_precision": 0.985, "micro_recall": 0.992, "title_accuracy": 0.96, "heading_f1": 0.85},
    "make_sites_q.py": {"micro_precision": 0.99, "micro_recall": 0.985, "title_accuracy": 0.96, "heading_f1": 0.93},
    "make_sites_r.py": {"micro_precision": 0.99, "micro_recall": 0.99, "title_accuracy": 0.96, "heading_f1": 0.84},
    "make_sites_s.py": {"micro_precision": 0.993, "micro_recall": 0.994, "title_accuracy": 0.96, "heading_f1": 0.88},
    "make_sites_t.py": {"micro_precision": 0.995, "micro_recall": 0.992, "title_accuracy": 0.98, "heading_f1": 0.89},
    "make_sites_t2.py": {"micro_precision": 0.995, "micro_recall": 0.996, "title_accuracy": 0.98, "heading_f1": 0.94},
    "make_sites_u.py": {"micro_precision": 0.997, "micro_recall": 0.995, "title_accuracy": 0.96, "heading_f1": 0.92},
    "make_sites_y.py": {"micro_precision": 0.997, "micro_recall": 0.997, "title_accuracy": 0.96, "heading_f1": 0.94},
    "make_sites_u2.py": {"micro_precision": 0.985, "micro_recall": 0.995, "title_accuracy": 0.98, "heading_f1": 0.94},
    "make_sites_v2.py": {"micro_precision": 0.99, "micro_recall": 0.995, "title_accuracy": 0.96, "heading_f1": 0.9},
    "make_sites_w2.py": {"micro_precision": 0.992, "micro_recall": 0.996, "title_accuracy": 0.94, "heading_f1": 0.95},
    "make_sites_x.py": {"micro_precision": 0.994, "micro_recall": 0.996, "title_accuracy": 0.98, "heading_f1": 0.88},
    "make_sites_z.py": {"micro_precision": 0.996, "micro_recall": 0.993, "title_accuracy": 0.96, "heading_f1": 0.9},
}

pytestmark = pytest.mark.skipif(
    not (CORPUS / "articles").is_dir() or not (CORPUS / "score.py").is_file(),
    reason=f"development corpus not found at {CORPUS} (needs articles/ and score.py)",
)


@pytest.mark.parametrize("maker", sorted(FLOORS))
def test_cleaner_meets_its_floors_on_sites_outside_the_development_corpus(maker, tmp_path):
    corpus = tmp_path / "corpus"
    made = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "heldout" / maker), str(corpus)], capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    shutil.copy(CORPUS / "score.py", corpus / "score.py")
    command = [sys.executable, str(ROOT / "scripts" / "score_cleaner.py"), "--json", "--corpus", str(corpus)]
    scored = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert scored.returncode == 0, scored.stderr
    total = json.loads(scored.stdout)["total"]
    low = {k: round(total[k], 4) for k, floor in FLOORS[maker].items() if total[k] < floor}
    assert not low, f"{maker}: below the floor: {low}"
