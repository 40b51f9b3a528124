# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 62 with this round's blocks from src/layout62.py (Europass
2020 label/value entries, a merged-cell experience table, newspaper columns with a column break, "modern" title lines
with the period at a right tab, a page break inside a position). Only the CVs that LibreOffice renders are built here
(the shared build empties inbox/ first); the CVs with producer="chromium" are printed afterwards by src/html62.py.
Everything else is the shared build unchanged, as tests/holdout61/src/build61.py does.

Usage: python3 build62.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout62  # noqa: E402

layout62.extend(build.layout)
build.holdout2_cvs.CVS = [c for c in build.holdout2_cvs.CVS if c.get("producer") != "chromium"]
build.main()
