# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 60 with two additions (as tests/holdout58/src/expected58.py
does for its reviews). The shared script writes every record with all of its checks unchanged; for a CV that declares
`override`, this wrapper then sets one decision the shared script cannot express, after checking its ground:

  override=dict(gate="pages", kind="long_page")
      the file is ONE page (pdfinfo), A4 wide and more than five A4 pages high; the very same document (the stage
      DOCX, before PDF export) set to A4 renders to more than MAX_PAGES pages. `pages` stays the file's count (1,
      exact); the pages check becomes "fail".
  override=dict(gate="ko1", kind="self_bid", phrases=[...])
      the shared record has zzp false, i.e. none of the shared ZZP words occurs (so a keyword reader sees nothing);
      every phrase is printed; no printed sentence names an employer that offers the candidate ("in loondienst",
      "in dienst bij", "detacheer", "uitzend", "biedt mij", "aangeboden door"). The candidate bids for herself and is
      nobody's employee: either she works for her own account (a ZZP-er, which the condition excludes) or she would
      enter a dienstbetrekking with the gemeente Heerde (which the condition forbids). No reading meets the condition:
      zzp becomes true and knock-out 1 "fail".

Any disagreement stops the script, as in the shared one.

Usage: python3 expected60.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.shared import Mm

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_record = expected.record
A4_H = 841.89
EMPLOYED = re.compile(r"in loondienst|in dienst bij|detacheer|uitzend|biedt mij|aangeboden door", re.I)


def a4_pages(c):
    """Render the CV's stage DOCX (the document before PDF export) with A4 pages; return the page count."""
    stem = Path(c["file"]).stem
    out = expected.WORK / "a4check"
    out.mkdir(exist_ok=True)
    src = out / f"{stem}.docx"
    shutil.copyfile(expected.WORK / "stage" / f"{stem}.docx", src)
    doc = Document(str(src))
    for s in doc.sections:
        s.page_width, s.page_height = Mm(210), Mm(297)
    doc.save(str(src))
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{expected.WORK}/lo-profile", "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                       capture_output=True, text=True)
    if r.returncode:
        expected.fail(c, f"A4 rendering failed: {r.stdout}{r.stderr}")
    return expected.pdf_pages(out / f"{stem}.pdf")


def check(c, rec):
    ov = c["override"]
    fail = lambda msg: expected.fail(c, f"override {ov['gate']}/{ov['kind']}: {msg}")  # noqa: E731
    if ov["gate"] == "pages" and ov["kind"] == "long_page":
        path = expected.INBOX / c["file"]
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
        w, h = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
        if expected.pdf_pages(path) != 1 or rec["pages"] != 1 or not rec["pages_exact"]:
            fail("want a file of exactly one page")
        if abs(w - 595.28) > 2 or h <= expected.MAX_PAGES * A4_H:
            fail(f"page {w:.0f} x {h:.0f} pt is not A4 wide and more than {expected.MAX_PAGES} A4 pages high")
        n = a4_pages(c)
        if n <= expected.MAX_PAGES:
            fail(f"on A4 the same document is {n} pages, not more than {expected.MAX_PAGES}")
        ov["a4"], ov["height_mm"] = n, round(h / 72 * 25.4)
        rec["checks"]["pages"] = "fail"
    elif ov["gate"] == "ko1" and ov["kind"] == "self_bid":
        text = expected.flat(expected.pdf_text(expected.WORK / "docx-pdf" / f"{Path(c['file']).stem}.pdf"
                                               if c["fmt"] == "docx" else expected.INBOX / c["file"]))
        if rec["zzp"]:
            fail("the shared script already finds ZZP words")
        for ph in ov["phrases"]:
            if expected.flat(ph) not in text:
                fail(f"phrase {ph!r} not printed")
        if EMPLOYED.search(text):
            fail(f"the CV names an offering employer: {EMPLOYED.search(text).group(0)!r}")
        rec["zzp"] = True
        rec["knockouts"]["1"] = "fail"
    else:
        fail("unknown override")


def record(c):
    rec, lo = _record(c)
    if c.get("override"):
        check(c, rec)
        rec["eligible"] = False
    return rec, lo


expected.record = record
expected.main()
print("decisions set by expected60.py:")
for c in expected.holdout_cvs.CVS:
    if c.get("override"):
        ov = c["override"]
        extra = f" (one page of {ov['height_mm']} mm; {ov['a4']} pages on A4)" if "a4" in ov else ""
        print(f"  {c['file']:26} {ov['gate']} {ov['kind']}{extra}")
