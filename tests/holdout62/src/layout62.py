# -*- coding: utf-8 -*-
"""Blocks for round 62 added to tests/holdout/src/layout.py by build62.py (the shared build.py is unchanged).
Round 62 is "eligible candidates in designer layouts"; these are the LibreOffice-rendered ones (the Chromium ones are
in src/html62.py). None of them was used by the earlier rounds in this form:

  ("euhead", text)        a Europass-2020 section heading: capitals, bold, Europass blue, a rule under it
  ("eurows", [(label, value)])
                          Europass label/value rows: a borderless two-column table, the label right-aligned and grey
                          in a 4 cm column, the value right of it (a value that is a list becomes bullets)
  ("euentry", dateline, [(label, value)])
                          a Europass entry: the period on a line of its own, right-aligned, small and grey, then the
                          entry's label/value rows
  ("eupos", [(pos, place)])
                          Europass positions: the period on its own right-aligned line, then the rows "Functie",
                          "Werkgever", "Plaats", "Werkzaamheden" (bullets)
  ("pagefooter", prefix, fmt)
                          the page footer: prefix, then the page number as "1 / 2" (fmt "slash") or "pagina 1 van 2"
                          (fmt "van"), PAGE and NUMPAGES fields, centred
  ("mtable", headers, [(employer, place, [pos])])
                          an experience table Werkgever | Functie en taken | Periode whose employer cell is merged
                          vertically over that employer's roles (w:vMerge, centred vertically, the place under it);
                          each role its own row with its own period, the title bold and the tasks as bullets
  ("ncols", n)            a continuous section break after which the rest of the page flows in n newspaper columns
                          with a separator line (w:cols num, w:sep)
  ("colbreak",)           a column break (the rest goes to the top of the next column)
  ("mhead", text)         a "modern" heading: capitals, letter-spaced, accent colour, a thin rule under it
  ("mpos", [pos])         a "modern" position: the title bold and, on the same line at a right tab stop, the period in
                          small grey type; the employer in grey italics under it; the tasks as bullets
  ("medu", [(title, period, note)])
                          education in the same "modern" way: the title bold, the period small grey at the right tab,
                          the school and the note under it
  ("npos", [pos])         positions as title (bold) / employer / period (italic) / tasks; a position with
                          pos["break_before"] = "d" starts a new page at its period line (as the text flow would put
                          it: title and employer end one page, the period and tasks open the next)
"""
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

EU_BLUE = RGBColor(0x0B, 0x3B, 0x8C)
GREY = RGBColor(0x6B, 0x6B, 0x6B)
ACCENT = RGBColor(0x0F, 0x76, 0x6E)


def _bottom_border(p, color="0B3B8C", sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


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


def _field(par, instr):
    """A simple field (PAGE, NUMPAGES) as fldChar begin / instrText / separate / result / end."""
    def fc(kind):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
        return r
    par._p.append(fc("begin"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    r.append(t)
    par._p.append(r)
    par._p.append(fc("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    par._p.append(r)
    par._p.append(fc("end"))


def _letter_spacing(run, twips):
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def extend(layout):
    base = layout.blocks
    para, bullet, clear_first, set_col_widths = layout.para, layout.bullet, layout.clear_first, layout.set_col_widths

    # ------------------------------------------------------------------ Europass 2020
    def euhead(box, text):
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(12)
        q.paragraph_format.space_after = Pt(4)
        q.paragraph_format.keep_with_next = True
        r = q.add_run(text.upper())
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = EU_BLUE
        _bottom_border(q)

    def eurows(box, rows):
        t = box.add_table(rows=0, cols=2)
        t.autofit = False
        _no_borders(t)
        for label, value in rows:
            c0, c1 = t.add_row().cells
            q = c0.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = q.add_run(label)
            r.font.size = Pt(9)
            r.font.color.rgb = GREY
            if isinstance(value, (list, tuple)):
                for x in value:
                    bullet(c1, x)
                clear_first(c1)
            else:
                c1.paragraphs[0].add_run(value)
            for q in c0.paragraphs + c1.paragraphs:
                q.paragraph_format.space_after = Pt(1)
        set_col_widths(t, [Cm(4.0), Cm(13.0)])

    def dateline(box, text):
        q = box.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_before = Pt(8)
        q.paragraph_format.space_after = Pt(1)
        q.paragraph_format.keep_with_next = True
        r = q.add_run(text)
        r.font.size = Pt(8.5)
        r.font.color.rgb = GREY

    def euentry(box, d, rows):
        dateline(box, d)
        eurows(box, rows)

    def eupos(box, items):
        for p, place in items:
            euentry(box, p["d"], [("Functie", p["t"]), ("Werkgever", p["e"]), ("Plaats", place),
                                  ("Werkzaamheden", p["tasks"])])

    def pagefooter(doc, prefix, fmt):
        q = doc.sections[0].footer.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(prefix + ("  ·  " if fmt == "slash" else "  ·  pagina "))
        _field(q, "PAGE")
        q.add_run(" / " if fmt == "slash" else " van ")
        _field(q, "NUMPAGES")
        for r in q.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = GREY

    # ------------------------------------------------------------------ merged-cell experience table
    def mtable(box, headers, groups):
        t = box.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        t.autofit = False
        for cell, h in zip(t.rows[0].cells, headers):
            r = cell.paragraphs[0].add_run(h)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            _shade(cell, "34495E")
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
        for employer, place, ps in groups:
            first = len(t.rows)
            for p in ps:
                cells = t.add_row().cells
                para(cells[1], p["t"], bold=True)
                for x in p["tasks"]:
                    bullet(cells[1], x)
                clear_first(cells[1])
                q = cells[2].paragraphs[0]
                q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                q.add_run(p["d"])
            top = t.cell(first, 0)
            r = top.paragraphs[0].add_run(employer)
            r.bold = True
            q = top.add_paragraph()
            r = q.add_run(place)
            r.font.size = Pt(8.5)
            r.font.color.rgb = GREY
            if len(ps) > 1:
                top = top.merge(t.cell(len(t.rows) - 1, 0))
            top.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            _shade(top, "EEF2F5")
        set_col_widths(t, [Cm(3.8), Cm(9.5), Cm(3.7)])

    # ------------------------------------------------------------------ newspaper columns
    def ncols(doc, n):
        sec = doc.add_section(WD_SECTION.CONTINUOUS)
        sp = sec._sectPr
        for old in sp.findall(qn("w:cols")):
            sp.remove(old)
        c = OxmlElement("w:cols")
        c.set(qn("w:num"), str(n))
        c.set(qn("w:space"), "567")
        c.set(qn("w:sep"), "1")
        sp.append(c)

    def colbreak(box):
        box.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)

    # ------------------------------------------------------------------ "modern"
    def mhead(box, text):
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(14)
        q.paragraph_format.space_after = Pt(5)
        q.paragraph_format.keep_with_next = True
        r = q.add_run(text.upper())
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = ACCENT
        _letter_spacing(r, 40)
        _bottom_border(q, "0F766E", "4")

    def tabline(box, left, right):
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(7)
        q.paragraph_format.keep_with_next = True
        q.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        r = q.add_run(left)
        r.bold = True
        r.font.size = Pt(10.5)
        q.add_run("\t")
        r = q.add_run(right)
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return q

    def grey_italic(box, text):
        q = box.add_paragraph()
        r = q.add_run(text)
        r.italic = True
        r.font.color.rgb = GREY
        return q

    def mpos(box, ps):
        for p in ps:
            tabline(box, p["t"], p["d"])
            grey_italic(box, p["e"])
            for x in p["tasks"]:
                bullet(box, x)

    def medu(box, items):
        for title, period, note in items:
            tabline(box, title, period)
            grey_italic(box, note)

    # ------------------------------------------------------------------ positions with a page break inside
    def npos(box, ps):
        for p in ps:
            para(box, p["t"], bold=True).paragraph_format.space_before = Pt(6)
            para(box, p["e"])
            q = para(box, p["d"], italic=True)
            if p.get("break_before") == "d":
                q.paragraph_format.page_break_before = True
            for x in p["tasks"]:
                bullet(box, x)

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "euhead":
                euhead(box, b[1])
            elif k == "eurows":
                eurows(box, b[1])
            elif k == "euentry":
                euentry(box, b[1], b[2])
            elif k == "eupos":
                eupos(box, b[1])
            elif k == "pagefooter":
                pagefooter(doc, b[1], b[2])
            elif k == "mtable":
                mtable(box, b[1], b[2])
            elif k == "ncols":
                ncols(doc, b[1])
            elif k == "colbreak":
                colbreak(box)
            elif k == "mhead":
                mhead(box, b[1])
            elif k == "mpos":
                mpos(box, b[1])
            elif k == "medu":
                medu(box, b[1])
            elif k == "npos":
                npos(box, b[1])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
