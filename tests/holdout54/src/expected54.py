# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 54 with two additions, for two CV fields that the shared
script does not know (see src/holdout54_cvs.py). Every shared check still runs unchanged first.

  seasonal      {"text": sentence, "m": months by hand}: months worked inside a longer printed period. The sentence
                must be printed (it is also in must_have) and has the form "van <month> tot en met <month>
                (<year> tot en met <year>)"; each of those years gives one span from the first to the last month.
                The spans are merged with the relevant positions' spans (the month count and the narrowest reading
                of year-only dates both get them), and their own total must equal "m".
  ko_override   {"1"|"2"|"3": "review"}: a knock-out that a careful reader leaves to a person although no field of
                the shared script says so (round 54: an appointment at the gemeente Heerde itself, with zzp false;
                an employer that the CV withholds). Only "review" is accepted, and only over a knock-out the shared
                rules did not already decide as "review"; eligible is recomputed.

Usage: python3 expected54.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import sys

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_months = expected.months
_record = expected.record

SEASON = re.compile(r"van (?P<a>[a-z]+) tot en met (?P<b>[a-z]+) \((?P<y1>\d{4}) tot en met (?P<y2>\d{4})\)")


def seasonal_spans(c):
    s = c.get("seasonal")
    if not s:
        return []
    m = SEASON.search(s["text"].lower())
    if not m:
        expected.fail(c, f"seasonal sentence not understood: {s['text']!r}")
    a, b = expected.MONTHS.get(m.group("a")[:3]), expected.MONTHS.get(m.group("b")[:3])
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not (a and b and a <= b and y1 <= y2):
        expected.fail(c, f"seasonal sentence not understood: {s['text']!r}")
    spans = [((y, a), (y, b)) for y in range(y1, y2 + 1)]
    if expected.merged(spans) != s["m"]:
        expected.fail(c, f"seasonal months by hand {s['m']}, recomputed {expected.merged(spans)}")
    if s["text"] not in c["must_have"]:
        expected.fail(c, "the seasonal sentence must be in must_have (checked against the rendering)")
    return spans


def months(c):
    hi, lo = _months(c)                    # every shared check of the printed periods
    extra = seasonal_spans(c)
    if not extra:
        return hi, lo
    his, los = [], []
    for p in c["exp"]:
        if not p["rel"]:
            continue
        start, end, sy, ey = expected.parse_dates(p["d"])
        his.append((start, end))
        a, b = (start[0], 12) if sy else start, (end[0], 1) if ey else end
        los.append((a, max(a, b)))
    return expected.merged(his + extra), expected.merged(los + extra)


def record(c):
    rec, lo = _record(c)
    over = c["expect"].get("ko_override", {})
    for k, v in over.items():
        if v != "review":
            expected.fail(c, f"ko_override may only set 'review', not {v!r}")
        if rec["knockouts"][k] == "review":
            expected.fail(c, f"ko_override of knock-out {k}: the shared rules already say review")
        rec["knockouts"][k] = v
    if over:
        rec["eligible"] = all(v == "pass" for v in list(rec["checks"].values()) + list(rec["knockouts"].values()))
    return rec, lo


expected.months = months
expected.record = record
expected.main()
