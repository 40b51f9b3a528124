# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 57 with two changes, both for producers of this round:

  - a DOCX without docProps/app.xml (Google Docs writes no docProps at all: Joost Ravenhorst.docx) has no <Pages>,
    like a CV with post="nopages"; the shared script would stop on the missing part;
  - the checker's pdftotext text reads U+FB00-U+FB04 as the letters they stand for, in case a producer's text
    layer keeps a ligature (pdflatex's T1 fonts and the others here do not, but a check on a name must not depend
    on it).

Every other check is unchanged: months re-derived from the printed date text, every date, title, employer,
referee, rate and criterion passage present in the rendering, no evidence-like word for a 0-point criterion, ZZP
words only where expected, pages from pdfinfo and (for the two other DOCX) docProps/app.xml against LibreOffice's
rendering.

Usage: python3 expected57.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import sys
import zipfile

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_pdf_text = expected.pdf_text
LIG = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def pdf_text(path):
    t = _pdf_text(path)
    for k, v in LIG.items():
        t = t.replace(k, v)
    return t


def docx_app_pages(path):
    with zipfile.ZipFile(path) as z:
        if "docProps/app.xml" not in z.namelist():
            return None
        m = re.search(rb"<Pages>(\d+)</Pages>", z.read("docProps/app.xml"))
    return int(m.group(1)) if m else None


expected.pdf_text = pdf_text
expected.docx_app_pages = docx_app_pages
expected.main()
