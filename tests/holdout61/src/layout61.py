# -*- coding: utf-8 -*-
"""Blocks for round 61 added to tests/holdout/src/layout.py by build61.py (the shared build.py is unchanged).
They are the house styles of this round's two detacheerders and the hand-made layouts of the candidates who send
their CV directly; none of them was used by the earlier ordinary rounds (12, 18, 31, 38, 43, 48, 55):

  ("lefthead", [(heading, [blocks])])
                          Kompas Detachering's house style: the whole CV is one borderless two-column table, the
                          section heading in the narrow left cell (bold, blue, right-aligned) and the section's
                          content in the right cell (any blocks, positions included)
  ("kpos", [pos])         Kompas' position: the title bold, then "employer  ·  period" on one grey line, the tasks as
                          bullets (used inside a lefthead cell)
  ("cols", n)             Sterk in Welzijn's house style: a continuous section break, after which the body flows in n
                          newspaper columns (w:cols), as Word's "Kolommen" does
  ("scpos", [pos])        Sterk in Welzijn's position in a newspaper column: the period small, bold and rust-coloured
                          above the title, the title bold, the employer italic, the tasks as bullets
  ("empgroup", employer, place, [pos])
                          a direct candidate's career grouped by employer: the employer and place as a bold line with
                          a bottom border, under it each role as "title (period)" in bold and its tasks
  ("rdates", [pos])       positions in a borderless table with the period in a right-hand column, right-aligned
                          (title bold and employer on the left, tasks as bullets)
  ("ruleh", text)         a heading that is a Normal paragraph in small capitals with a bottom border line
  ("oneline", [pos])      a position on one bold line "period  |  title  |  employer", the tasks as bullets below
"""
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _bottom_border(p, color="1F4E79", sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def extend(layout):
    base = layout.blocks
    para, bullet, clear_first, set_col_widths = layout.para, layout.bullet, layout.clear_first, layout.set_col_widths

    def lefthead(doc, box, rows):
        t = box.add_table(rows=0, cols=2)
        t.autofit = False
        for head, bs in rows:
            c0, c1 = t.add_row().cells
            q = c0.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = q.add_run(head)
            r.bold = True
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            blocks(doc, c1, bs)
            clear_first(c1)
            q = c1.add_paragraph()
            q.paragraph_format.space_after = Pt(2)
        set_col_widths(t, [Cm(3.6), Cm(13.4)])

    def kpos(box, ps):
        for p in ps:
            q = para(box, p["t"], bold=True)
            q.paragraph_format.space_before = Pt(4)
            q = box.add_paragraph()
            r = q.add_run(f"{p['e']}  ·  {p['d']}")
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            for x in p["tasks"]:
                bullet(box, x)

    def cols(doc, n):
        sec = doc.add_section(WD_SECTION.CONTINUOUS)
        sp = sec._sectPr
        for old in sp.findall(qn("w:cols")):
            sp.remove(old)
        c = OxmlElement("w:cols")
        c.set(qn("w:num"), str(n))
        c.set(qn("w:space"), "567")
        sp.append(c)

    def scpos(box, ps):
        for p in ps:
            q = box.add_paragraph()
            q.paragraph_format.space_before = Pt(6)
            r = q.add_run(p["d"])
            r.bold = True
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x8A, 0x3B, 0x12)
            para(box, p["t"], bold=True)
            para(box, p["e"], italic=True)
            for x in p["tasks"]:
                bullet(box, x)

    def empgroup(box, employer, place, ps):
        q = para(box, f"{employer}, {place}", bold=True, size=11)
        q.paragraph_format.space_before = Pt(8)
        _bottom_border(q, "808080", "4")
        for p in ps:
            q = para(box, f"{p['t']} ({p['d']})", bold=True)
            q.paragraph_format.space_before = Pt(4)
            for x in p["tasks"]:
                bullet(box, x)

    def rdates(box, ps):
        t = box.add_table(rows=0, cols=2)
        t.autofit = False
        for p in ps:
            c0, c1 = t.add_row().cells
            para(c0, p["t"], bold=True)
            para(c0, p["e"])
            for x in p["tasks"]:
                bullet(c0, x)
            clear_first(c0)
            q = c1.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            q.add_run(p["d"]).italic = True
        set_col_widths(t, [Cm(13.0), Cm(4.0)])

    def ruleh(box, text):
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(12)
        q.paragraph_format.space_after = Pt(4)
        r = q.add_run(text)
        r.bold = True
        r.font.small_caps = True
        r.font.size = Pt(12)
        _bottom_border(q)

    def oneline(box, ps):
        for p in ps:
            q = para(box, f"{p['d']}  |  {p['t']}  |  {p['e']}", bold=True)
            q.paragraph_format.space_before = Pt(6)
            for x in p["tasks"]:
                bullet(box, x)

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "lefthead":
                lefthead(doc, box, b[1])
            elif k == "kpos":
                kpos(box, b[1])
            elif k == "cols":
                cols(doc, b[1])
            elif k == "scpos":
                scpos(box, b[1])
            elif k == "empgroup":
                empgroup(box, *b[1:])
            elif k == "rdates":
                rdates(box, b[1])
            elif k == "ruleh":
                ruleh(box, b[1])
            elif k == "oneline":
                oneline(box, b[1])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
