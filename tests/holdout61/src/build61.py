# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 61 with this round's blocks from src/layout61.py (the
house styles of two detacheerders, a career grouped by employer, periods in a right-hand column, headings with a
bottom border). Everything else is the shared build unchanged, as tests/holdout55/src/build55.py does.

Usage: python3 build61.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout61  # noqa: E402

layout61.extend(build.layout)
build.main()
