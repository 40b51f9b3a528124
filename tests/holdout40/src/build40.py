# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 40 with one more layout block, "vantot" (src/layout40.py:
an experience table with separate Van and Tot columns). Everything else is the shared build unchanged.

Usage: python3 build40.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout40  # noqa: E402

layout40.extend(build.layout)
build.main()
