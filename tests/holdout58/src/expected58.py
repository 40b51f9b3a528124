# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 58 with one addition (as tests/holdout53/src/expected53.py):
a CV may declare one gate whose honest answer is "review" for a reason the shared script cannot express (it knows only
year-only dates for knock-out 3, ZZP words for knock-out 1, "op aanvraag" for the references and estimated page
counts). The shared script writes the record as before, with every check unchanged; this wrapper then sets that one
gate to "review" (so the CV is not eligible and gets no rank), after checking that the CV really is undecided there:

  review=dict(gate="pages", kind="blank_last")
      the file has exactly one page more than the limit (6), exact; its last page holds no text at all and every
      other page does.
  review=dict(gate="refs", kind="own_agency", line=L, agency=A)
      the CV certainly gives one referee (refs has one name, nothing "op aanvraag"); L (printed) is a second referee
      line that names A and the word "accountmanager"; a printed sentence says A employs the candidate and offers
      her ("biedt mij ... aan").
  review=dict(gate="ko2", kind="level", line=L)
      L (printed) names a hogeschool and "diploma", has no word that names the degree (bachelor, associate degree,
      Ad, master, hbo), and its period spans at most two calendar years; the expectation is level "ad", no hbo
      bachelor, no MWD, criterion 4 = 0.
  review=dict(gate="ko2", kind="intermediate", line=L)
      L (printed) is a "kandidaatsexamen" at a university; no printed line names a bachelor, master, doctoraal,
      hbo, hogeschool or propedeuse; the expectation is level "none", no hbo bachelor, no MWD, criterion 4 = 0.
  review=dict(gate="ko3", kind="uncertain")
      as in expected53.py: the positions marked p["uncertain"] (rel False, so not in coord_months) may or may not
      count; the certain months are < 60 and the months with them >= 60; criterion 5 the same on both readings.
  review=dict(gate="ko3", kind="typo")
      c["typo_pos"] is a relevant-looking position whose printed period (d) ends before it starts; its title,
      employer and period are printed; `intended` keeps the printed months and the printed end and corrects only the
      start year; the certain months (coord_months) are < 60 and the months with the intended span >= 60; criterion 5
      the same on both readings.

Any disagreement stops the script, as in the shared one.

Usage: python3 expected58.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import subprocess
import sys
from pathlib import Path

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_record = expected.record
DEGREE_WORD = re.compile(r"bachelor|associate|\bad\b|\bba\b|\bbsc\b|master|\bhbo\b|propedeuse", re.I)
HIGHER = re.compile(r"bachelor|master|doctoraal|\bhbo\b|hogeschool|propedeuse", re.I)


def rendering(c):
    path = expected.INBOX / c["file"]
    if c["fmt"] == "docx":
        path = expected.WORK / "docx-pdf" / f"{Path(c['file']).stem}.pdf"
    return path


def rendered_text(c):
    return expected.flat(expected.pdf_text(rendering(c)))


def page_text(path, n):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def spans(c, which):
    out = []
    for p in c["exp"]:
        if which(p):
            start, end, _, _ = expected.parse_dates(p["d"])
            out.append((start, end))
    return out


def months_straddle(c, rec, lo, up, fail):
    hi = rec["coord_months"]
    crit = rec["criteria_points"]
    if lo != hi:
        fail(f"coord_months {hi} is not the certain months {lo}")
    if not lo < 60 <= up:
        fail(f"{lo}..{up} months do not straddle 60")
    if (lo >= 72) != (up >= 72) or (crit["5"] == 25) != (hi >= 72):
        fail(f"criterion 5 would be ambiguous ({lo}..{up}) or disagrees with {hi}")
    c["review"]["months"] = (lo, up)


def check_review(c, rec):
    rv = c["review"]
    fail = lambda msg: expected.fail(c, f"review {rv['gate']}/{rv['kind']}: {msg}")  # noqa: E731
    text = rendered_text(c)
    crit = rec["criteria_points"]
    edu = rec["education"]
    if rv["gate"] == "pages":
        if rv["kind"] != "blank_last":
            fail("unknown kind")
        path = rendering(c)
        n = expected.pdf_pages(path)
        if n != expected.MAX_PAGES + 1 or rec["pages"] != n or not rec["pages_exact"]:
            fail(f"want an exact count of {expected.MAX_PAGES + 1} pages, have {n} / {rec['pages']}")
        if page_text(path, n).strip():
            fail(f"the last page has text: {page_text(path, n).strip()[:60]!r}")
        for i in range(1, n):
            if not page_text(path, i).strip():
                fail(f"page {i} is empty too")
        gate = ("checks", "pages")
    elif rv["gate"] == "refs":
        if rv["kind"] != "own_agency":
            fail("unknown kind")
        line, agency = rv["line"], rv["agency"]
        if rec["references"] != {"count": 1, "on_request": False}:
            fail(f"want one certain referee, not on request: {rec['references']}")
        if expected.flat(line) not in text or agency not in line or "accountmanager" not in line:
            fail("the second referee line is not printed or does not name the agency's account manager")
        if not re.search(re.escape(agency) + r"[^.]*\.?[^.]*biedt mij[^.]*aan", text):
            fail(f"no printed sentence that {agency} offers the candidate")
        gate = ("checks", "references")
    elif rv["gate"] == "ko2":
        line = rv["line"]
        if expected.flat(line) not in text:
            fail(f"line {line!r} not printed")
        if edu["hbo_bachelor_completed"] or edu["mwd"] or crit["4"]:
            fail("a knock-out 2 review expects no completed hbo bachelor, no MWD and criterion 4 = 0")
        if rv["kind"] == "level":
            if edu["highest_level"] != "ad":
                fail("want highest_level 'ad' (a hogeschool diploma, at least an associate degree)")
            if "Hogeschool" not in line or "diploma" not in line:
                fail("the line names no hogeschool or no diploma")
            if DEGREE_WORD.search(line):
                fail(f"the line names the degree: {DEGREE_WORD.search(line).group(0)!r}")
            years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)]
            if len(years) != 2 or not 0 < years[1] - years[0] <= 2:
                fail(f"the period {years} is not a span of at most two years")
        elif rv["kind"] == "intermediate":
            if edu["highest_level"] != "none":
                fail("want highest_level 'none' (no completed education at mbo level or higher)")
            if "Kandidaatsexamen" not in line or "Universiteit" not in line:
                fail("the line is no kandidaatsexamen at a university")
            if HIGHER.search(text):
                fail(f"the CV names other higher education: {HIGHER.search(text).group(0)!r}")
        else:
            fail("unknown kind")
        gate = ("knockouts", "2")
    elif rv["gate"] == "ko3":
        if rv["kind"] == "uncertain":
            unc = [p for p in c["exp"] if p.get("uncertain")]
            if not unc or any(p["rel"] for p in unc):
                fail("no uncertain position, or one marked relevant")
            lo = expected.merged(spans(c, lambda p: p["rel"]))
            up = expected.merged(spans(c, lambda p: p["rel"] or p.get("uncertain")))
        elif rv["kind"] == "typo":
            tp = c["typo_pos"]
            for s in (tp["d"], tp["t"], tp["e"]):
                if expected.flat(s) not in text:
                    fail(f"{s!r} not printed")
            pts = re.findall(r"([a-z]+)\s+(\d{4})", tp["d"].lower())
            if len(pts) != 2:
                fail(f"cannot read {tp['d']!r}")
            (m1, y1), (m2, y2) = [(expected.MONTHS[m[:3]], int(y)) for m, y in pts]
            if (y2, m2) >= (y1, m1):
                fail(f"{tp['d']!r} is not an impossible period")
            a, b = expected.ym(tp["intended"][0]), expected.ym(tp["intended"][1])
            if a[1] != m1 or b != (y2, m2) or a[0] == y1 or a > b:
                fail("the intended span must keep the printed months and end and change only the start year")
            if expected.merged([(a, b)]) != tp["m"]:
                fail(f"intended span is {expected.merged([(a, b)])} months, not {tp['m']}")
            certain = spans(c, lambda p: p["rel"])
            lo = expected.merged(certain)
            up = expected.merged(certain + [(a, b)])
        else:
            fail("unknown kind")
        months_straddle(c, rec, lo, up, fail)
        gate = ("knockouts", "3")
    else:
        fail("unknown gate")
    return gate


def record(c):
    rec, lo = _record(c)
    if c.get("review"):
        where, key = check_review(c, rec)
        if rec[where][key] == "review":
            expected.fail(c, "the shared rules already give review here: no override needed")
        rec[where][key] = "review"
        rec["eligible"] = False
    return rec, lo


expected.record = record
expected.main()
print("reviews set by expected58.py:")
for c in expected.holdout_cvs.CVS:
    if c.get("review"):
        rv = c["review"]
        extra = f" months {rv['months'][0]}..{rv['months'][1]}" if "months" in rv else ""
        print(f"  {c['file']:26} {rv['gate']} {rv['kind']}{extra}")
