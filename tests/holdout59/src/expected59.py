# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 59 (every check and the record it writes unchanged) with
three additions for this round's templates:

  - the date parser also reads "nog in dienst" (an application form's "Uit dienst per" field) as "heden";
  - a position may carry "dparts": its period printed in two form fields ("Van" | "Tot" columns). Each part must
    be in the rendered text (the shared check looks for the first part; the months are counted from "d", which
    joins the two fields with " – ");
  - a CV with "crop_left" (Dutch and English side by side) is checked on the LEFT HALF of each page only
    (pdftotext -x 0 -y 0 -W half -H full): the Dutch column alone must hold the name, contact, every period, title,
    employer, referee, rate and criterion passage, and must pass the shared Dutch-share check. Its "en_must"
    phrases (the English column) must be in the full rendering; the share of English function words of the whole
    page is printed for the README.

Usage: python3 expected59.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import copy
import os
import re
import subprocess
import sys
from pathlib import Path

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_parse = expected.parse_dates
_verify = expected.verify
_pdf_text = expected.pdf_text
CROP = {Path(c["file"]).stem for c in expected.holdout_cvs.CVS if c.get("crop_left")}


def parse_dates(text):
    return _parse(re.sub(r"\bnog in dienst\b", "heden", text, flags=re.I))


def pdf_text(path):
    if Path(path).stem not in CROP:
        return _pdf_text(path)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "0", "-W", str(int(w / 2)),
                           "-H", str(int(h) + 1), str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def verify(c, e):
    c2 = copy.deepcopy(c)
    for p in c2["exp"]:
        if p.get("dparts"):
            p["d"] = p["dparts"][0]
    _verify(c2, e)
    rendering = (expected.INBOX / c["file"] if c["fmt"] == "pdf"
                 else expected.WORK / "docx-pdf" / f"{Path(c['file']).stem}.pdf")
    full = expected.flat(_pdf_text(rendering))
    for p in c["exp"]:
        for part in p.get("dparts", []):
            if expected.flat(part) not in full:
                expected.fail(c, f"date field {part!r} not in the rendered text")
    for s in c.get("en_must", []):
        if expected.flat(s) not in full:
            expected.fail(c, f"English column phrase {s!r} not in the rendered text")
    if c.get("crop_left"):
        words = re.findall(r"[a-zà-ÿ']+", full.lower())
        en = sum(w in expected.EN_WORDS for w in words) / max(1, len(words))
        left = expected.flat(pdf_text(rendering))
        print(f"  {c['file']}: whole page {len(full.split())} words, {en:.0%} English function words; "
              f"Dutch column alone {len(left.split())} words", file=sys.stderr)


expected.parse_dates = parse_dates
expected.pdf_text = pdf_text
expected.verify = verify
expected.main()
