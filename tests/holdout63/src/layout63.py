# -*- coding: utf-8 -*-
"""Blocks for round 63 added to tests/holdout/src/layout.py by build63.py (the shared build.py is unchanged).
Two ordinary, clean blocks that many hand-made Word CVs use:

  ("kv", [(label, value)])  a borderless two-column table of personal data: the label bold in a narrow left
                            column, the value in the right column ("Woonplaats", "Telefoon", "Tarief", ...)
  ("tpos", [pos])           a position as its title in bold, then one grey line "employer  |  period", the tasks as
                            bullets below
"""
from docx.shared import Cm, Pt, RGBColor


def extend(layout):
    base = layout.blocks
    para, bullet, set_col_widths = layout.para, layout.bullet, layout.set_col_widths

    def kv(box, rows):
        t = box.add_table(rows=0, cols=2)
        t.autofit = False
        for label, value in rows:
            c0, c1 = t.add_row().cells
            c0.paragraphs[0].add_run(label).bold = True
            c1.paragraphs[0].add_run(value)
        set_col_widths(t, [Cm(3.4), Cm(13.6)])
        para(box, "")

    def tpos(box, ps):
        for p in ps:
            q = para(box, p["t"], bold=True, size=11)
            q.paragraph_format.space_before = Pt(6)
            q.paragraph_format.space_after = Pt(0)
            q = box.add_paragraph()
            r = q.add_run(f"{p['e']}  |  {p['d']}")
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            for x in p["tasks"]:
                bullet(box, x)

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "kv":
                kv(box, b[1])
            elif k == "tpos":
                tpos(box, b[1])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
