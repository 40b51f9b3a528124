# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 55 with this round's blocks from src/layout55.py (house
styles of a detacheerder and an interim agency, a LinkedIn export, a Europass 2020 CV, right-aligned periods,
shaded headings, hanging indents). Everything else is the shared build unchanged.

Usage: python3 build55.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

sys.path.insert(0, HERE)
import layout55  # noqa: E402

layout55.extend(build.layout)
build.main()
