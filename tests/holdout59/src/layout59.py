# -*- coding: utf-8 -*-
"""Blocks for round 59 added to tests/holdout/src/layout.py by build59.py (the shared build.py is unchanged).
They imitate CV templates real Dutch job seekers use that earlier rounds did not:

  ("wnl_head", name, subtitle)       werk.nl (UWV) CV: "Curriculum Vitae" over the name, a thin blue rule
  ("wnl_h", text)                    werk.nl section bar: white bold capitals on a blue shaded paragraph
  ("wnl_kv", [(label, value)])       werk.nl label | value rows (borderless table, grey labels; a value that is
                                     a list is printed as "• " lines), a thin grey rule under the block
  ("form_head", [lines])             an HR application form's title box (one bordered cell, first line bold)
  ("form_h", text)                   a numbered form section: bold, grey shaded, full width
  ("form_kv", [(label, value)])      form fields: a grid table, the label column shaded, the value in the box
  ("form_grid", hdrs, rows, widths)  a form's grid table with a shaded header row and given widths (cm)
  ("landscape", footer)              the current (first) section becomes A4 landscape with this footer text
  ("portrait", footer)               a new section on a new page, A4 portrait, with its own footer text
  ("cols", widths, [blocks...])      a one-row borderless table with one list of blocks per column
  ("timeline", [pos])                a horizontal timeline: one column per position, in the first row the
                                     period labels on a thick coloured line (cell bottom borders) after a "●",
                                     in the second the title (bold), in the third the employer (grey)
  ("biling", [(kind, nl, en)])       a CV in two languages side by side: a two-column table, Dutch left,
                                     English right, one row per paragraph (kind: h = heading, p = text,
                                     pb = bold text, pi = italic text, b = bullet "• "); a vertical rule
                                     between the columns
  ("margin_setup", right_cm)         the section gets a wide right margin (the periods' column)
  ("mpos", [pos])                    positions whose period stands in the right-hand margin: a framed paragraph
                                     (w:framePr, anchored to the page horizontally, to the next paragraph
                                     vertically) in 8 pt grey, then the title (bold), the employer (italic)
                                     and the tasks as bullets
  ("mline", margin_text, text, bold) one line with a margin note (education, courses)
  ("hrule",)                         an empty paragraph with a thin bottom border
"""
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BLUE = "1F4E8C"
GREY = RGBColor(0x59, 0x59, 0x59)


def _shade(el_pr, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el_pr.append(shd)


def _borders(tc_pr, **sides):
    """sides: top/left/bottom/right = (val, size in eighths of a point, colour)."""
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            val, sz, col = sides[side]
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), col)
            b.append(e)
    tc_pr.append(b)


def _para_border(p, side="bottom", sz=6, col="A0A0A0"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), col)
    bdr.append(e)
    ppr.append(bdr)


def _no_table_borders(t):
    tbl_pr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tbl_pr.append(b)


def extend(layout):
    base = layout.blocks
    para, bullet, clear_first, set_col_widths = layout.para, layout.bullet, layout.clear_first, layout.set_col_widths

    def run_para(box, text, bold=False, italic=False, size=None, colour=None, align=None, after=None):
        q = box.add_paragraph()
        r = q.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
        if align is not None:
            q.alignment = align
        if after is not None:
            q.paragraph_format.space_after = Pt(after)
        return q

    # ------------------------------------------------------------------ werk.nl
    def wnl_head(box, name, sub):
        run_para(box, "Curriculum Vitae", size=9, colour=GREY, after=0)
        q = run_para(box, name, bold=True, size=20, after=2)
        q.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x8C)
        q = run_para(box, sub, size=9, colour=GREY, after=6)
        _para_border(q, sz=12, col=BLUE)

    def wnl_h(box, text):
        q = box.add_paragraph()
        _shade(q._p.get_or_add_pPr(), BLUE)
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(4)
        r = q.add_run(text.upper())
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def wnl_kv(box, rows):
        t = box.add_table(rows=0, cols=2)
        _no_table_borders(t)
        for label, value in rows:
            c0, c1 = t.add_row().cells
            r = c0.paragraphs[0].add_run(label)
            r.font.color.rgb = GREY
            r.font.size = Pt(9)
            if isinstance(value, list):
                for x in value:
                    q = c1.add_paragraph("• " + x)
                    q.paragraph_format.left_indent = Cm(0.35)
                    q.paragraph_format.first_line_indent = Cm(-0.35)
                clear_first(c1)
            else:
                c1.paragraphs[0].add_run(value)
        set_col_widths(t, [Cm(4.2), Cm(12.8)])
        q = box.add_paragraph()
        q.paragraph_format.space_after = Pt(2)
        _para_border(q, sz=4, col="C8C8C8")

    # ------------------------------------------------------------------ HR application form
    def form_head(box, lines):
        t = box.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.rows[0].cells[0]
        for i, x in enumerate(lines):
            para(cell, x, bold=(i == 0), size=(15 if i == 0 else 9))
        clear_first(cell)
        set_col_widths(t, [Cm(17)])
        box.add_paragraph()

    def form_h(box, text):
        q = box.add_paragraph()
        _shade(q._p.get_or_add_pPr(), "D9D9D9")
        q.paragraph_format.space_before = Pt(8)
        q.paragraph_format.space_after = Pt(3)
        q.add_run(text).bold = True

    def form_kv(box, rows, widths=(5.5, 11.5)):
        t = box.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            c0, c1 = t.add_row().cells
            r = c0.paragraphs[0].add_run(label)
            r.font.size = Pt(9)
            _shade(c0._tc.get_or_add_tcPr(), "EFEFEF")
            lines = value if isinstance(value, list) else [value]
            for x in lines:
                para(c1, x)
            clear_first(c1)
        set_col_widths(t, [Cm(w) for w in widths])
        box.add_paragraph()

    def form_grid(box, hdrs, rows, widths):
        t = box.add_table(rows=1, cols=len(hdrs))
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, hdrs):
            r = cell.paragraphs[0].add_run(h)
            r.bold = True
            r.font.size = Pt(8.5)
            _shade(cell._tc.get_or_add_tcPr(), "EFEFEF")
        for row in rows:
            for cell, v in zip(t.add_row().cells, row):
                cell.text = v
        set_col_widths(t, [Cm(w) for w in widths])
        box.add_paragraph()

    # ------------------------------------------------------------------ sections
    def landscape(doc, footer):
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.6)
        s.footer.paragraphs[0].text = footer

    def portrait(doc, footer):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)
        s.footer.is_linked_to_previous = False
        s.footer.paragraphs[0].text = footer
        s.header.is_linked_to_previous = False

    def cols(doc, box, widths, columns):
        t = box.add_table(rows=1, cols=len(widths))
        _no_table_borders(t)
        for cell, bs in zip(t.rows[0].cells, columns):
            blocks(doc, cell, bs)
            clear_first(cell)
        set_col_widths(t, [Cm(w) for w in widths])
        box.add_paragraph()

    # ------------------------------------------------------------------ timeline
    def timeline(box, ps, width=17.0):
        n = len(ps)
        t = box.add_table(rows=3, cols=n)
        _no_table_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, p in enumerate(ps):
            c = t.rows[0].cells[i]
            q = c.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = q.add_run("● ")
            r.font.color.rgb = RGBColor(0x1A, 0x7F, 0x7A)
            r = q.add_run(p["d"])
            r.bold = True
            r.font.size = Pt(9)
            _borders(c._tc.get_or_add_tcPr(), bottom=("single", 24, "1A7F7A"))
            c = t.rows[1].cells[i]
            q = c.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            q.paragraph_format.space_before = Pt(4)
            q.add_run(p["t"]).bold = True
            c = t.rows[2].cells[i]
            q = c.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = q.add_run(p["e"])
            r.font.size = Pt(9)
            r.font.color.rgb = GREY
        set_col_widths(t, [Cm(width / n)] * n)
        box.add_paragraph()

    # ------------------------------------------------------------------ two languages side by side
    def biling(box, rows):
        t = box.add_table(rows=0, cols=2)
        _no_table_borders(t)
        for kind, nl, en in rows:
            cells = t.add_row().cells
            for j, (cell, text) in enumerate(zip(cells, (nl, en))):
                q = cell.paragraphs[0]
                q.paragraph_format.space_after = Pt(2)
                if kind == "h":
                    q.paragraph_format.space_before = Pt(8)
                    r = q.add_run(text)
                    r.bold = True
                    r.font.size = Pt(11)
                    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x8C)
                    _para_border(q, sz=6, col="1F4E8C")
                elif kind == "b":
                    q.paragraph_format.left_indent = Cm(0.4)
                    q.paragraph_format.first_line_indent = Cm(-0.4)
                    q.add_run("• " + text)
                else:
                    r = q.add_run(text)
                    r.bold = kind == "pb"
                    r.italic = kind == "pi"
                if j == 0:
                    _borders(cell._tc.get_or_add_tcPr(), right=("single", 4, "A0A0A0"))
        set_col_widths(t, [Cm(8.5), Cm(8.5)])
        box.add_paragraph()

    # ------------------------------------------------------------------ periods in the right-hand margin
    def margin_setup(doc, right_cm):
        s = doc.sections[0]
        s.right_margin = Cm(right_cm)

    def margin_note(box, text, drop_pt=0, page_w_cm=21.0, right_cm=5.0):
        q = box.add_paragraph()
        ppr = q._p.get_or_add_pPr()
        fp = OxmlElement("w:framePr")
        fp.set(qn("w:w"), str(int((right_cm - 0.9) * 567)))
        fp.set(qn("w:hSpace"), "142")
        fp.set(qn("w:wrap"), "around")
        fp.set(qn("w:vAnchor"), "text")
        fp.set(qn("w:hAnchor"), "page")
        fp.set(qn("w:x"), str(int((page_w_cm - right_cm + 0.5) * 567)))
        fp.set(qn("w:y"), str(max(1, int(drop_pt * 20))))   # level with the text line after its space before
        ppr.insert(0, fp)
        q.paragraph_format.space_before = Pt(0)
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(text)
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
        return q

    def mpos(box, ps):
        for p in ps:
            gap = box.add_paragraph()          # the space above a position, so that title and note align
            gap.paragraph_format.space_after = Pt(0)
            gap.paragraph_format.line_spacing = Pt(8)
            margin_note(box, p["d"], 2)
            q = para(box, p["t"], bold=True)
            q.paragraph_format.space_before = Pt(0)
            q.paragraph_format.space_after = Pt(0)
            para(box, p["e"], italic=True)
            for x in p["tasks"]:
                bullet(box, x)

    def mline(box, note, text, bold=False):
        margin_note(box, note, 2)
        q = para(box, text, bold=bold)
        q.paragraph_format.space_before = Pt(0)

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "wnl_head":
                wnl_head(box, b[1], b[2])
            elif k == "wnl_h":
                wnl_h(box, b[1])
            elif k == "wnl_kv":
                wnl_kv(box, b[1])
            elif k == "form_head":
                form_head(box, b[1])
            elif k == "form_h":
                form_h(box, b[1])
            elif k == "form_kv":
                form_kv(box, b[1])
            elif k == "form_grid":
                form_grid(box, b[1], b[2], b[3])
            elif k == "landscape":
                landscape(doc, b[1])
            elif k == "portrait":
                portrait(doc, b[1])
            elif k == "cols":
                cols(doc, box, b[1], b[2])
            elif k == "timeline":
                timeline(box, b[1])
            elif k == "biling":
                biling(box, b[1])
            elif k == "margin_setup":
                margin_setup(doc, b[1])
            elif k == "mpos":
                mpos(box, b[1])
            elif k == "mline":
                mline(box, b[1], b[2], *b[3:])
            elif k == "hrule":
                _para_border(box.add_paragraph(), sz=6, col="A0A0A0")
            elif k == "lead":       # a plain paragraph in a given size / colour, for title lines
                run_para(box, b[1], bold=b[2], size=b[3])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
