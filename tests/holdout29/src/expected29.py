# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 29 with one change: its date parser also reads the
notations this round prints, by rewriting them to ones it knows before parsing:
  two-digit years  "'16", "’11"        -> 2016, 2011 (still year-only unless a month precedes: "mrt '16")
  quarters         "Q2 2017"          -> first month of the quarter as a start, last month as an end
  seasons          "voorjaar 2016"    -> voorjaar March..May, zomer June..August, najaar September..November:
                                         first month as a start, last month as an end (the widest reading,
                                         like year-only dates; the narrowest is checked by hand in the notes)
  "eind 2020"                         -> December 2020
A point counts as the start when no other date point precedes it in the text. dd-mm-yyyy ("1-3-2016"),
"2015/2019", "2019/heden" and "(5 jaar)" durations the shared parser already reads. Every other check is
unchanged.

Usage: python3 expected29.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import sys

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_orig = expected.parse_dates
SEASONS = {"voorjaar": (3, 5), "zomer": (6, 8), "najaar": (9, 11)}
QUARTERS = {"1": (1, 3), "2": (4, 6), "3": (7, 9), "4": (10, 12)}
POINTISH = re.compile(r"\d{4}|\bheden\b|\bnu\b")


def normalise(text):
    t = re.sub(r"[‘’']\s?(\d{2})\b", r"20\1", text)

    def span(m):
        first = not POINTISH.search(t, 0, m.start())
        if m.group("q"):
            a, b = QUARTERS[m.group("q")]
        elif m.group("s"):
            a, b = SEASONS[m.group("s").lower()]
        else:                      # eind
            a = b = 12
        return f"{a if first else b:02d}/{m.group('y')}"

    return re.sub(r"(?:\bQ(?P<q>[1-4])|\b(?P<s>voorjaar|zomer|najaar)|\b(?P<e>eind))\s+(?P<y>\d{4})", span, t,
                  flags=re.I)


def parse_dates(text):
    return _orig(normalise(text))


expected.parse_dates = parse_dates
expected.main()
