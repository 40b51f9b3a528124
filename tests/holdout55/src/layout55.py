# -*- coding: utf-8 -*-
"""Blocks for round 55 added to tests/holdout/src/layout.py by build55.py (the shared build.py is unchanged).
They are the house styles and hand-made layouts of this round's suppliers:

  ("band", [lines])              a detacheerder's title band: a one-cell table shaded blue-grey, the first line
                                 bold and larger
  ("kv", [(label, [lines])])     a label | value grid table, the label column shaded (house-style key data,
                                 the "eisen en wensen" table)
  ("grid", hdrs, rows, widths)   a grid table with a shaded bold header row and given column widths (cm)
  ("hspos", [pos])               house-style position: one grid table per position; first row (shaded, bold)
                                 "period | title", then "Organisatie | employer", "Werkzaamheden | tasks as
                                 bullets" and, when the position has a "res" key, "Resultaat | res"
  ("labels", [(label, text)])    label lines with a tab stop at 3.5 cm and a hanging indent, so a long value
                                 wraps under itself ("Opdrachtgever:<tab>Gemeente Duiven")
  ("tabpos", [pos])              "title — employer<right tab>period" in bold with a right-aligned tab stop at the
                                 text's right edge (17 cm), tasks as bullets
  ("shdh", text)                 a heading that is a Normal paragraph in bold capitals with grey paragraph
                                 shading (no Heading style)
  ("hang", [pos])                hanging-indent positions: "period<tab>title" bold, "<tab>employer" italic,
                                 tasks as bullets indented 4 cm
  ("ligroup", employer, total, location, [pos])
                                 a LinkedIn profile export's experience: the employer in bold, its total
                                 duration, then per role the title (bold), the period with its duration, the
                                 location and the description lines ("• ...")
  ("eppos", [pos], place)        Europass (2020 editor): "[ period ]  title" (title bold), the employer, "Stad: ... |
                                 Land: Nederland", the tasks as bullets
"""
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def _shade(el_pr, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el_pr.append(shd)


def shade_cell(cell, fill="DCE3EC"):
    _shade(cell._tc.get_or_add_tcPr(), fill)


def extend(layout):
    base = layout.blocks
    para, bullet, clear_first, set_col_widths = layout.para, layout.bullet, layout.clear_first, layout.set_col_widths

    def kv(box, rows, widths=(4.5, 12.5)):
        t = box.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, lines in rows:
            c0, c1 = t.add_row().cells
            c0.paragraphs[0].add_run(label).bold = True
            shade_cell(c0)
            for x in lines:
                para(c1, x)
            clear_first(c1)
        set_col_widths(t, [Cm(w) for w in widths])
        box.add_paragraph()

    def grid(box, hdrs, rows, widths):
        t = box.add_table(rows=1, cols=len(hdrs))
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, hdrs):
            cell.paragraphs[0].add_run(h).bold = True
            shade_cell(cell)
        for row in rows:
            for cell, v in zip(t.add_row().cells, row):
                cell.text = v
        set_col_widths(t, [Cm(w) for w in widths])
        box.add_paragraph()

    def hspos(box, ps):
        for p in ps:
            t = box.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            c0, c1 = t.add_row().cells
            c0.paragraphs[0].add_run(p["d"]).bold = True
            c1.paragraphs[0].add_run(p["t"]).bold = True
            shade_cell(c0)
            shade_cell(c1)
            c0, c1 = t.add_row().cells
            c0.paragraphs[0].add_run("Organisatie")
            c1.paragraphs[0].add_run(p["e"])
            c0, c1 = t.add_row().cells
            c0.paragraphs[0].add_run("Werkzaamheden")
            for x in p["tasks"]:
                bullet(c1, x)
            clear_first(c1)
            if p.get("res"):
                c0, c1 = t.add_row().cells
                c0.paragraphs[0].add_run("Resultaat")
                c1.paragraphs[0].add_run(p["res"])
            set_col_widths(t, [Cm(4.0), Cm(13.0)])
            box.add_paragraph()

    def labels(box, rows, at=3.5):
        for label, text in rows:
            q = box.add_paragraph()
            pf = q.paragraph_format
            pf.tab_stops.add_tab_stop(Cm(at))
            pf.left_indent = Cm(at)
            pf.first_line_indent = Cm(-at)
            pf.space_after = Pt(1)
            q.add_run(label).bold = True
            q.add_run("\t" + text)

    def tabpos(box, ps):
        for p in ps:
            q = box.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
            q.paragraph_format.space_before = Pt(6)
            q.add_run(f"{p['t']} — {p['e']}\t{p['d']}").bold = True
            for x in p["tasks"]:
                bullet(box, x)

    def shdh(box, text):
        q = box.add_paragraph()
        _shade(q._p.get_or_add_pPr(), "D0D0D0")
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(4)
        r = q.add_run(text)
        r.bold = True
        r.font.size = Pt(11)

    def hang(box, ps, at=4.0):
        for p in ps:
            q = box.add_paragraph()
            pf = q.paragraph_format
            pf.tab_stops.add_tab_stop(Cm(at))
            pf.left_indent, pf.first_line_indent = Cm(at), Cm(-at)
            pf.space_before = Pt(6)
            q.add_run(f"{p['d']}\t{p['t']}").bold = True
            q = box.add_paragraph()
            q.paragraph_format.left_indent = Cm(at)
            q.add_run(p["e"]).italic = True
            for x in p["tasks"]:
                b = bullet(box, x)
                b.paragraph_format.left_indent = Cm(at + 0.6)

    def ligroup(box, employer, total, location, ps):
        q = para(box, employer, bold=True, size=12)
        q.paragraph_format.space_before = Pt(8)
        para(box, total)
        for p in ps:
            q = para(box, p["t"], bold=True)
            q.paragraph_format.space_before = Pt(4)
            para(box, p["d"])
            para(box, location)
            for x in p["tasks"]:
                para(box, "• " + x)

    def eppos(box, ps, place):
        for p in ps:
            q = box.add_paragraph()
            q.paragraph_format.space_before = Pt(6)
            q.add_run(f"[ {p['d']} ]  ")
            q.add_run(p["t"]).bold = True
            para(box, p["e"])
            para(box, f"Stad: {place} | Land: Nederland", italic=True)
            for x in p["tasks"]:
                bullet(box, x)

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "band":
                t = box.add_table(rows=1, cols=1)
                cell = t.rows[0].cells[0]
                shade_cell(cell, "B8C7D9")
                for i, x in enumerate(b[1]):
                    para(cell, x, bold=(i == 0), size=(14 if i == 0 else None))
                clear_first(cell)
                set_col_widths(t, [Cm(17)])
                box.add_paragraph()
            elif k == "kv":
                kv(box, b[1])
            elif k == "grid":
                grid(box, b[1], b[2], b[3])
            elif k == "hspos":
                hspos(box, b[1])
            elif k == "labels":
                labels(box, b[1])
            elif k == "tabpos":
                tabpos(box, b[1])
            elif k == "shdh":
                shdh(box, b[1])
            elif k == "hang":
                hang(box, b[1])
            elif k == "ligroup":
                ligroup(box, *b[1:])
            elif k == "eppos":
                eppos(box, b[1], b[2])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
