# -*- coding: utf-8 -*-
"""One block more for tests/holdout/src/layout.py (round 40), added by build40.py:

  ("vantot", [pos])   the experience as one Word table "Van | Tot | Functie | Werkgever" (2 | 2 | 5.5 | 7.5 cm):
                      a row per position with the start and the end in cells of their own (the position's date
                      text "04-2017 heden" split at its first space), and below it a row whose four cells are
                      merged, with the tasks as bullets. The header row is bold.
"""
from docx.shared import Cm


def extend(layout):
    """Teach layout.blocks the "vantot" block (render_docx looks blocks up in the module at call time)."""
    base = layout.blocks

    def blocks(doc, box, bs):
        for b in bs:
            if b[0] != "vantot":
                base(doc, box, [b])
                continue
            t = box.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, ("Van", "Tot", "Functie", "Werkgever")):
                cell.paragraphs[0].add_run(h).bold = True
            for p in b[1]:
                start, end = p["d"].split(" ", 1)
                for cell, v in zip(t.add_row().cells, (start, end, p["t"], p["e"])):
                    cell.text = v
                cells = t.add_row().cells
                merged = cells[0].merge(cells[3])
                for x in p["tasks"]:
                    layout.bullet(merged, x)
                layout.clear_first(merged)
            layout.set_col_widths(t, [Cm(2.0), Cm(2.0), Cm(5.5), Cm(7.5)])

    layout.blocks = blocks
