# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 46 with one change: the checker's pdftotext text is
normalised first, because one CV of this round (Sofie Kloppenburg.pdf, src/pdf46.py "wordpdf") has on purpose what
Word's "Opslaan als PDF" puts into a text layer: the ligatures U+FB01 / U+FB02 (read as "fi" / "fl") and a
U+00AD (soft hyphen) at the end of a line broken inside a word (the word is joined again). The other CVs have
neither. Every other check is unchanged (as tests/holdout27/src/expected27.py does for its typesetting).

Usage: python3 expected46.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import sys

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_orig = expected.pdf_text


def pdf_text(path):
    t = _orig(path).replace("\ufb01", "fi").replace("\ufb02", "fl")
    t = re.sub(r"([^\W\d_])\u00ad *\n([^\W\d_])", r"\1\2", t)      # a word broken at an optional hyphen
    return t


expected.pdf_text = pdf_text
expected.main()
