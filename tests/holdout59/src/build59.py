# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 59 with this round's blocks from src/layout59.py (the werk.nl
CV, an HR application form, a landscape kandidaatprofiel before a portrait CV, a horizontal timeline, two languages
side by side, periods in the right-hand margin). Everything else is the shared build unchanged: python-docx ->
LibreOffice -> PDF or DOCX, stale statistics dropped, <Pages> from a LibreOffice rendering of the final DOCX.

Usage: python3 build59.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout59  # noqa: E402

layout59.extend(build.layout)
build.main()
