# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 55 with one change: its date parser also reads
"Huidig", the open end the Dutch Europass editor prints ("[ 01/06/2020 – Huidig ]"), as "heden". The dd/mm/yyyy
dates of that CV, LinkedIn's "juli 2019 - heden (6 jaar 5 maanden)" and "1 maart 2024 – heden" the shared parser
already reads. Every other check is unchanged.

Usage: python3 expected55.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import sys

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_orig = expected.parse_dates


def parse_dates(text):
    return _orig(re.sub(r"\bhuidig\b", "heden", text, flags=re.I))


expected.parse_dates = parse_dates
expected.main()
