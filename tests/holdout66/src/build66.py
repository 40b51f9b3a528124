# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 66 with this round's blocks from src/layout66.py (a position
as "title <tab> period" with the period right-aligned, and a one-cell bordered frame). Everything else is the shared
build unchanged, as tests/holdout63/src/build63.py does.

Usage: python3 build66.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout66  # noqa: E402

layout66.extend(build.layout)
build.main()
