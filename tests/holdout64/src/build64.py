# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 64 with this round's blocks from src/layout64.py (Hanzeschakel
Detachering's header table with a teal band, IJsselpoort Detachering's cover page and one small table per position, a
Google-Docs-style CV with tabs before the dates, an application-form "Van | Tot" table). Only the CVs that LibreOffice
renders are built here (the shared build empties inbox/ first); the CV with producer="chromium" is printed afterwards
by src/html64.py. Everything else is the shared build unchanged, as tests/holdout62/src/build62.py does.

Usage: python3 build64.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout64  # noqa: E402

layout64.extend(build.layout)
build.holdout2_cvs.CVS = [c for c in build.holdout2_cvs.CVS if c.get("producer") != "chromium"]
build.main()
