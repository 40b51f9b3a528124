# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 53 with one addition: a CV may declare one gate whose honest
answer is "review" for a reason the shared script cannot express (it knows only year-only dates for knock-out 3 and
ZZP words for knock-out 1). The shared script writes the record as before; this wrapper then sets that one gate to
"review" (so the CV is not eligible and gets no rank), after checking that the CV really is undecided there:

  review=dict(gate="ko2", kind="silent", line=L, others=[...])
      L (printed) names an hbo programme and has no word about completion either way; each of `others` (printed)
      says "diploma"; the expectation has no completed hbo (level below hbo, not completed, not MWD, criterion 4 = 0).
  review=dict(gate="ko2", kind="planned", line=L, planned="YYYY-MM")
      L (printed) says "gepland" and the planned month lies before the reference date; same education expectation.
  review=dict(gate="ko3", kind="uncertain")
      the positions marked p["uncertain"] (rel False, so not in coord_months) may or may not count: the certain
      months are < 60 and the months with the uncertain positions >= 60; criterion 5 is the same on both readings.
  review=dict(gate="ko3", kind="asof", asof="YYYY-MM", phrase=P)
      the CV dates itself (P printed) before the reference date; with open ends cut at that month the relevant
      months are < 60, by the contract (open end = reference date) >= 60; criterion 5 the same on both; no year
      after the CV's own year is printed anywhere.

Any disagreement stops the script, as in the shared one. Every other check is unchanged.

Usage: python3 expected53.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import sys
from pathlib import Path

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_record = expected.record
COMPLETION = re.compile(r"diploma|behaald|afgerond|getuigschrift|afgestudeerd|gestopt|propedeuse|\bniet\b|"
                        r"verwacht|gepland|lopend|certificaat", re.I)


def rendered_text(c):
    path = expected.INBOX / c["file"]
    if c["fmt"] == "docx":
        path = expected.WORK / "docx-pdf" / f"{Path(c['file']).stem}.pdf"
    return expected.flat(expected.pdf_text(path))


def spans(c, which):
    out = []
    for p in c["exp"]:
        if which(p):
            start, end, _, _ = expected.parse_dates(p["d"])
            out.append((start, end))
    return out


def check_review(c, rec):
    rv = c["review"]
    fail = lambda msg: expected.fail(c, f"review {rv['gate']}/{rv['kind']}: {msg}")  # noqa: E731
    text = rendered_text(c)
    crit = rec["criteria_points"]
    if rv["gate"] == "ko2":
        edu = rec["education"]
        if edu["highest_level"] in ("hbo", "wo") or edu["hbo_bachelor_completed"] or edu["mwd"] or crit["4"]:
            fail("a knock-out 2 review expects no completed hbo, no MWD and criterion 4 = 0")
        line = rv["line"]
        if expected.flat(line) not in text:
            fail(f"line {line!r} not printed")
        if not re.search(r"\bhbo\b|bachelor|hogeschool", line, re.I):
            fail("the line names no hbo programme")
        if rv["kind"] == "silent":
            if COMPLETION.search(line):
                fail(f"the line says something about completion: {COMPLETION.search(line).group(0)!r}")
            for o in rv["others"]:
                if expected.flat(o) not in text or "diploma" not in o:
                    fail(f"other line {o!r} not printed or without 'diploma'")
        elif rv["kind"] == "planned":
            if "gepland" not in line:
                fail("no 'gepland' in the line")
            if not expected.ym(rv["planned"]) < (expected.REF_Y, expected.REF_M):
                fail("the planned month is not before the reference date")
        else:
            fail("unknown kind")
        gate = ("knockouts", "2")
    elif rv["gate"] == "ko3":
        hi = rec["coord_months"]
        if rv["kind"] == "uncertain":
            unc = [p for p in c["exp"] if p.get("uncertain")]
            if not unc or any(p["rel"] for p in unc):
                fail("no uncertain position, or one marked relevant")
            lo = expected.merged(spans(c, lambda p: p["rel"]))
            up = expected.merged(spans(c, lambda p: p["rel"] or p.get("uncertain")))
            if lo != hi:
                fail(f"coord_months {hi} is not the certain months {lo}")
        elif rv["kind"] == "asof":
            if expected.flat(rv["phrase"]) not in text:
                fail(f"phrase {rv['phrase']!r} not printed")
            asof = expected.ym(rv["asof"])
            years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
            if max(years) > asof[0]:
                fail(f"the CV prints the year {max(years)}, after its own date {rv['asof']}")
            cut = [(a, min(b, asof)) for a, b in spans(c, lambda p: p["rel"])]
            lo, up = expected.merged([(a, b) for a, b in cut if a <= b]), hi
        else:
            fail("unknown kind")
        if not lo < 60 <= up:
            fail(f"{lo}..{up} months do not straddle 60")
        if (lo >= 72) != (up >= 72) or (crit["5"] == 25) != (hi >= 72):
            fail(f"criterion 5 would be ambiguous ({lo}..{up}) or disagrees with {hi}")
        rv["months"] = (lo, up)
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
print("reviews set by expected53.py:")
for c in expected.holdout_cvs.CVS:
    if c.get("review"):
        rv = c["review"]
        extra = f" months {rv['months'][0]}..{rv['months'][1]}" if "months" in rv else ""
        print(f"  {c['file']:24} {rv['gate']} {rv['kind']}{extra}")
