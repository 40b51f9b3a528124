# -*- coding: utf-8 -*-
"""Round 24: check the hand-entered expectations and write expected/*.json with the shared
tests/holdout2/src/expected.py, reading each DOCX as a careful reader does.

Usage: python3 expect24.py HOLDOUT_DIR WORK_DIR CVS      (after wordml.py)

expected.py checks every value against "the rendered text"; a LibreOffice rendering of a file with tracked
changes shows the deleted text too, so here the text it checks is wordml.py's reading text (WORK/truth:
insertions kept, deletions and moved-from text dropped, field results, a text box once, footnotes). As an
independent check that the files really hold it, every phrase expected.py looks for must also be in the
LibreOffice rendering (WORK/docx-pdf), every 'deleted' phrase must be absent from the reading text and
present in word/document.xml, and every 'hidden' string (field instructions, comment) absent from it.
"""
import importlib.util
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "holdout2", "src")
sys.path.insert(0, SHARED)
holdout, work, cvs_path = sys.argv[1:4]
sys.argv = [sys.argv[0], holdout, work, os.path.abspath(cvs_path)]
spec = importlib.util.spec_from_file_location("shared_expected", os.path.join(SHARED, "expected.py"))
ex = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ex)

WORK = Path(work).resolve()
real_pdf_text = ex.pdf_text


def truth(path):
    return (WORK / "truth" / f"{Path(path).stem}.txt").read_text(encoding="utf-8")


def app_pages(path):
    with zipfile.ZipFile(path) as z:
        if "docProps/app.xml" not in z.namelist():
            return None
        m = re.search(rb"<Pages>(\d+)</Pages>", z.read("docProps/app.xml"))
    return int(m.group(1)) if m else None


def norm(s):
    return ex.flat(s.replace("\u00ad", "").replace("\u2011", "-"))


for c in ex.holdout_cvs.CVS:
    stem = Path(c["file"]).stem
    lo = norm(real_pdf_text(WORK / "docx-pdf" / f"{stem}.pdf"))
    tr = norm(truth(stem))
    phrases = [c["name"], c["email"], c["phone"], c["rate"], *c["refs"], *c["must_have"],
               *c["crit_text"].values(), *(x for p in c["exp"] for x in (p["d"], p["t"], p["e"]))]
    for s in filter(None, phrases):
        if norm(s) not in lo and norm(s).replace("-", "") not in lo.replace("-", ""):  # hyphen at a line end
            ex.fail(c, f"{s!r} not in the LibreOffice rendering")
    with zipfile.ZipFile(ex.INBOX / c["file"]) as z:
        docxml = z.read("word/document.xml").decode()
    for s in c.get("deleted", []):
        if norm(s) in tr:
            fail = f"deleted {s!r} is in the reading text"
            ex.fail(c, fail)
        if s.replace("'", "&apos;") not in docxml and s not in docxml and s.replace("'", "&#x27;") not in docxml:
            ex.fail(c, f"deleted {s!r} is not in word/document.xml")
    for s in c.get("hidden", []):
        if s in truth(stem):
            ex.fail(c, f"hidden {s!r} is in the reading text")

ex.pdf_text = truth
ex.docx_app_pages = app_pages
ex.main()
