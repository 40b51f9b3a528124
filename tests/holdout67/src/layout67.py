# -*- coding: utf-8 -*-
"""Blocks for round 67 added to tests/holdout/src/layout.py by build67.py (the shared build.py is unchanged).
Round 67 is "hard PDF layouts, fourth series"; these are the LibreOffice-rendered ones (the Chromium ones are in
src/html67.py). None of them was used by rounds 44, 46, 59 or 62 in this form:

  ("cols", n, sep)        a continuous section break after which the page flows in n newspaper columns (sep: a
                          separator line); ("cols", 1, False) would return to one column further down
  ("colbreak",)           a column break at the end of the last paragraph (what follows opens the next column)
  ("plines", [lines])     one paragraph of lines separated by line breaks, the first line bold (a referee: name /
                          function / phone)
  ("xtable", cols, [pos], widths)
                          an experience table with a dark heading row (repeated on a new page); cols is a list of
                          (header, kind) with kind "t" (title, bold), "e" (employer), "te" (title bold, employer
                          under it), "tasks" (bullets) or "d" (the period, 9 pt, in its own cell: a narrow period
                          column on the RIGHT makes "september 2016 – juli 2021" wrap onto two lines)
  ("reftable", headers, [(name, [lines])])
                          the referees as a two-column grid table: the name (bold) left, the details right, one line
                          per paragraph (function, organisation, phone, e-mail)
  ("landscape", margin_cm)
                          the (first) section turned to A4 landscape with the given margins
  ("numpos", [pos])       the positions as a Word numbered list ("List Number": the "1." is Word's automatic number,
                          not text) of lines "period: title bij employer", the tasks as second-level bullets
  ("cells", [[blocks], ...], widths)
                          a borderless table of side-by-side cells, each filled with ordinary blocks
  ("small", text)         a 8.5 pt grey paragraph
"""
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GREY = RGBColor(0x66, 0x66, 0x66)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def _cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def extend(layout):
    base = layout.blocks
    para, bullet, clear_first, set_col_widths = layout.para, layout.bullet, layout.clear_first, layout.set_col_widths

    # ------------------------------------------------------------------ newspaper columns
    def cols(doc, n, sep):
        sec = doc.add_section(WD_SECTION.CONTINUOUS)
        sp = sec._sectPr
        for old in sp.findall(qn("w:cols")):
            sp.remove(old)
        c = OxmlElement("w:cols")
        c.set(qn("w:num"), str(n))
        c.set(qn("w:space"), "454")
        if sep:
            c.set(qn("w:sep"), "1")
        sp.append(c)

    def colbreak(box):
        box.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)

    def plines(box, lines):
        q = box.add_paragraph()
        q.paragraph_format.space_after = Pt(6)
        for i, x in enumerate(lines):
            r = q.add_run(x)
            r.bold = i == 0
            if i < len(lines) - 1:
                r.add_break()

    # ------------------------------------------------------------------ experience table
    def xtable(box, spec, ps, widths):
        t = box.add_table(rows=1, cols=len(spec))
        t.style = "Table Grid"
        t.autofit = False
        for cell, (h, _) in zip(t.rows[0].cells, spec):
            r = cell.paragraphs[0].add_run(h)
            r.bold = True
            r.font.size = Pt(9.5)
            r.font.color.rgb = WHITE
            _shade(cell, "2F4858")
        _repeat_header(t.rows[0])
        for p in ps:
            row = t.add_row()
            _cant_split(row)
            for cell, (_, kind) in zip(row.cells, spec):
                if kind == "t":
                    para(cell, p["t"], bold=True)
                elif kind == "e":
                    para(cell, p["e"])
                elif kind == "te":
                    para(cell, p["t"], bold=True)
                    para(cell, p["e"])
                elif kind == "tasks":
                    for x in p["tasks"]:
                        bullet(cell, x)
                elif kind == "d":
                    q = para(cell, p["d"])
                    q.runs[0].font.size = Pt(9)
                else:
                    raise ValueError(kind)
                clear_first(cell)
                for q in cell.paragraphs:
                    q.paragraph_format.space_after = Pt(2)
        set_col_widths(t, [Cm(w) for w in widths])

    # ------------------------------------------------------------------ referees as a two-column table
    def reftable(box, headers, rows):
        t = box.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        for cell, h in zip(t.rows[0].cells, headers):
            r = cell.paragraphs[0].add_run(h)
            r.bold = True
            _shade(cell, "E4ECF2")
        for name, lines in rows:
            c0, c1 = t.add_row().cells
            c0.paragraphs[0].add_run(name).bold = True
            for x in lines:
                para(c1, x)
            clear_first(c1)
            for q in c0.paragraphs + c1.paragraphs:
                q.paragraph_format.space_after = Pt(1)
        set_col_widths(t, [Cm(5.0), Cm(12.0)])

    # ------------------------------------------------------------------ landscape
    def landscape(doc, margin):
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(margin)
        sec.top_margin = sec.bottom_margin = Cm(margin)

    # ------------------------------------------------------------------ numbered positions
    def numpos(box, ps):
        for p in ps:
            q = box.add_paragraph(style="List Number")
            q.paragraph_format.space_before = Pt(6)
            q.add_run(f"{p['d']}: ").bold = True
            q.add_run(f"{p['t']} bij {p['e']}").bold = True
            for x in p["tasks"]:
                para(box, x, style="List Bullet 2")

    # ------------------------------------------------------------------ side-by-side cells
    def cells(doc, box, groups, widths):
        t = box.add_table(rows=1, cols=len(groups))
        t.autofit = False
        _no_borders(t)
        for cell, bs in zip(t.rows[0].cells, groups):
            blocks(doc, cell, bs)
            clear_first(cell)
        set_col_widths(t, [Cm(w) for w in widths])

    def small(box, text):
        q = para(box, text, size=8.5)
        q.runs[0].font.color.rgb = GREY

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "cols":
                cols(doc, b[1], b[2])
            elif k == "colbreak":
                colbreak(box)
            elif k == "plines":
                plines(box, b[1])
            elif k == "xtable":
                xtable(box, b[1], b[2], b[3])
            elif k == "reftable":
                reftable(box, b[1], b[2])
            elif k == "landscape":
                landscape(doc, b[1])
            elif k == "numpos":
                numpos(box, b[1])
            elif k == "cells":
                cells(doc, box, b[1], b[2])
            elif k == "small":
                small(box, b[1])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
