# -*- coding: utf-8 -*-
"""Blocks for round 66 added to tests/holdout/src/layout.py by build66.py (the shared build.py is unchanged).
Two ordinary, clean blocks that many hand-made Word CVs use:

  ("tabpos", [pos])        a position as one line "title <right tab> period" (title bold, the period right-aligned
                           at the text margin), the employer in italics on the next line, the tasks as bullets
  ("box", title, [texts])  a one-cell bordered frame with a bold title and paragraphs (an example or a note that
                           the writer wants to stand out)
"""
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt


def extend(layout):
    base = layout.blocks
    para, bullet = layout.para, layout.bullet

    def tabpos(box, ps):
        for p in ps:
            q = box.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
            q.paragraph_format.space_before = Pt(6)
            q.paragraph_format.space_after = Pt(0)
            q.add_run(p["t"]).bold = True
            q.add_run("\t" + p["d"])
            para(box, p["e"], italic=True)
            for x in p["tasks"]:
                bullet(box, x)

    def framed(box, title, texts):
        t = box.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.rows[0].cells[0]
        cell.paragraphs[0].add_run(title).bold = True
        for x in texts:
            para(cell, x)
        para(box, "")

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "tabpos":
                tabpos(box, b[1])
            elif k == "box":
                framed(box, b[1], b[2])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
