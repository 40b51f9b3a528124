# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 67 with this round's blocks from src/layout67.py (three
newspaper columns under a one-column upper half, an experience table with a narrow period column on the right, a
two-column referee table, a landscape section, a Word numbered list of positions, side-by-side borderless cells).
Only the CVs that LibreOffice renders are built here (the shared build empties inbox/ first); the CVs with
producer="chromium" are printed afterwards by src/html67.py. Everything else is the shared build unchanged, as
tests/holdout62/src/build62.py does.

Usage: python3 build67.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout67  # noqa: E402

layout67.extend(build.layout)
build.holdout2_cvs.CVS = [c for c in build.holdout2_cvs.CVS if c.get("producer") != "chromium"]
build.main()
