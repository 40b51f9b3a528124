# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 40 with one change: its date parser also reads the
notations this round prints, by rewriting them to ones it knows before parsing (as tests/holdout29/src/expected29.py
does for its own notations):
  "thans"                      -> "heden"      (formal Dutch for "now": an open end)
  "sedert"                     -> "sinds"      (formal Dutch for "since": an open end)
  dotted "03.2019"             -> "03/2019"    (month.year)
  year-month "2009-09"         -> "09/2009"
  a bare dash at the end       -> "– heden"    ("mei 2019 –": an open end, which the contract counts to the
                                                reference date)
Every other check is unchanged.

Usage: python3 expected40.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import sys

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_orig = expected.parse_dates


def normalise(text):
    t = re.sub(r"\bthans\b", "heden", text, flags=re.I)
    t = re.sub(r"\bsedert\b", "sinds", t, flags=re.I)
    t = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{4})(?!\d)", r"\1/\2", t)
    t = re.sub(r"(?<!\d)(\d{4})-(\d{2})(?![\d-])", r"\2/\1", t)
    t = re.sub(r"[–-]\s*$", "– heden", t)
    return t


def parse_dates(text):
    return _orig(normalise(text))


expected.parse_dates = parse_dates
expected.main()
