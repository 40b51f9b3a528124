# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/build.py on round 60 with one addition: a CV with page_mm=(width, height) gets
that page size (all sections) after the shared layout has rendered it. Round 60 uses it for one CV: the whole CV on
ONE page 210 x 1800 mm, as a browser's "Exporteer als pdf" (Safari) writes a long web page. Everything else is the
shared build unchanged (layouts of tests/holdout/src/layout.py, LibreOffice, <Pages> from the rendering).

Usage: python3 build60.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import sys

from docx import Document
from docx.shared import Mm

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0]] + sys.argv[1:4]
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout2", "src"))
import build  # noqa: E402  (loads the CV module from sys.argv[3] and tests/holdout/src/layout.py)

_render = build.layout.render_docx


def render_docx(c, path):
    _render(c, path)
    if c.get("page_mm"):
        w, h = c["page_mm"]
        doc = Document(str(path))
        for s in doc.sections:
            s.page_width, s.page_height = Mm(w), Mm(h)
        doc.save(str(path))


build.layout.render_docx = render_docx
build.main()
