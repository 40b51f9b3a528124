# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 68 with this round's Word-template blocks from
src/layout68.py (a period column beside one w:br paragraph, section headings as text boxes in the page margin, dot
leaders before the period, name and contact in the page header with the referees in the last section's footer, a 2 x 2
personal-details table and rated skills, Word's numbered headings). Everything else is the shared build unchanged, as
tests/holdout64/src/build64.py does.

Usage: python3 build68.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout68  # noqa: E402

layout68.extend(build.layout)
build.main()
