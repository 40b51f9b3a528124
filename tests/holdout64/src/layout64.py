# -*- coding: utf-8 -*-
"""Blocks for round 64 added to tests/holdout/src/layout.py by build64.py (the shared build.py is unchanged).
Round 64 is "an ordinary night's inbox, sixth series"; these are the LibreOffice-rendered layouts (the Canva-like
CV printed by Chromium is in src/html64.py). None of them was used by the earlier ordinary rounds (12, 18, 31, 38,
43, 48, 55, 61) in this form:

  ("hzhead", band, [(label, value)], [widths in cm])
                          Hanzeschakel Detachering's Word template: the PAGE HEADER holds a table whose first row
                          is a teal band (white capitals, merged over all columns) and whose next two rows are the
                          candidate's contact details: small grey labels ("Kandidaat", "Telefoon", "E-mail",
                          "Woonplaats") above their values, on a pale teal ground; it repeats on every page
  ("barh", text)          Hanzeschakel's section heading: bold teal text with a thick teal bar on its left
  ("coverp", text, size, bold, rgb, align)
                          a line of a supplier's cover page (align "c" centred, "l" left)
  ("vspace", points)      vertical white space (an empty paragraph of that height)
  ("ptab", [pos])         IJsselpoort Detachering's position: a small two-column table per position -- a shaded
                          label row "Periode | Functie", a value row "period | title" (title bold), a row
                          "Werkgever | employer"; only horizontal rules; the tasks as bullets under the table
  ("docfont", name, size) sets the Normal style's font (a Google Docs download: Arial 11)
  ("gdtitle", text)       a Google-Docs-style title: 20 pt, not bold, no Title style
  ("gdh", text)           a Google-Docs-style heading: a bold 13 pt Normal paragraph, no Heading style
  ("gdpos", [pos])        a typed position line "title – employer", then TAB characters up to the default tab stops
                          until the period stands at about 12.7 cm (as people align dates with the Tab key), then
                          the period; the tasks as bullets
  ("gdline", left, right) the same tabbed line for other entries (education): left bold, tabs, right
  ("vantot", headers, [pos])
                          an old application-form table "Van | Tot | Functie en werkgever | Werkzaamheden" with a
                          grid: the period's start and end in two narrow cells of their own (pos["van"], pos["tot"]),
                          the title bold over the employer, the tasks as bullets in the wide right-hand cell
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TEAL = RGBColor(0x0E, 0x6E, 0x6E)
GREY = RGBColor(0x6B, 0x6B, 0x6B)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _borders(table, spec):
    """spec: side -> (val, size, colour); the sides not named are nil."""
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        val, sz, col = spec.get(side, ("nil", None, None))
        e.set(qn("w:val"), val)
        if sz:
            e.set(qn("w:sz"), sz)
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), col)
        b.append(e)
    tblpr.append(b)


def _left_bar(p, color="0E6E6E", sz="24"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:left")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def _rgb(hexstr):
    return RGBColor(int(hexstr[0:2], 16), int(hexstr[2:4], 16), int(hexstr[4:6], 16))


def extend(layout):
    base = layout.blocks
    para, bullet, clear_first, set_col_widths = layout.para, layout.bullet, layout.clear_first, layout.set_col_widths

    # ------------------------------------------------------------------ Hanzeschakel: header table, bar headings
    def hzhead(doc, band, cells, widths):
        hdr = doc.sections[0].header
        n = len(cells)
        t = hdr.add_table(rows=3, cols=n, width=Cm(sum(widths)))
        t.autofit = False
        _borders(t, {})
        top = t.cell(0, 0).merge(t.cell(0, n - 1))
        q = top.paragraphs[0]
        q.paragraph_format.space_before = Pt(3)
        q.paragraph_format.space_after = Pt(3)
        r = q.add_run(band)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = WHITE
        _shade(top, "0E6E6E")
        for i, (label, value) in enumerate(cells):
            c = t.cell(1, i)
            r = c.paragraphs[0].add_run(label)
            r.font.size = Pt(7.5)
            r.font.color.rgb = GREY
            c.paragraphs[0].paragraph_format.space_before = Pt(2)
            _shade(c, "E2F0F0")
            c = t.cell(2, i)
            r = c.paragraphs[0].add_run(value)
            r.font.size = Pt(9)
            c.paragraphs[0].paragraph_format.space_after = Pt(3)
            _shade(c, "E2F0F0")
        set_col_widths(t, [Cm(w) for w in widths])
        # the table first, the header's own (empty) paragraph after it
        hdr._element.remove(t._tbl)
        hdr._element.insert(0, t._tbl)

    def barh(box, text):
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(11)
        q.paragraph_format.space_after = Pt(4)
        q.paragraph_format.keep_with_next = True
        r = q.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = TEAL
        _left_bar(q)

    # ------------------------------------------------------------------ cover page lines
    def coverp(box, text, size, bold, rgb, align):
        q = box.add_paragraph()
        if align == "c":
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(4)
        r = q.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if rgb:
            r.font.color.rgb = _rgb(rgb)

    def vspace(box, points):
        q = box.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.space_before = Pt(points)

    # ------------------------------------------------------------------ IJsselpoort: one small table per position
    def ptab(box, ps):
        for p in ps:
            t = box.add_table(rows=3, cols=2)
            t.autofit = False
            _borders(t, {"top": ("single", "6", "7C98AB"), "bottom": ("single", "6", "7C98AB"),
                          "insideH": ("single", "4", "B7C8D3")})
            for c, label in ((t.cell(0, 0), "Periode"), (t.cell(0, 1), "Functie"), (t.cell(2, 0), "Werkgever")):
                r = c.paragraphs[0].add_run(label)
                r.bold = True
                r.font.size = Pt(8.5)
                r.font.color.rgb = RGBColor(0x2F, 0x4F, 0x63)
                _shade(c, "DCE8F0")
            t.cell(1, 0).paragraphs[0].add_run(p["d"])
            t.cell(1, 1).paragraphs[0].add_run(p["t"]).bold = True
            t.cell(2, 1).paragraphs[0].add_run(p["e"])
            _shade(t.cell(0, 1), "DCE8F0")
            set_col_widths(t, [Cm(4.6), Cm(12.4)])
            for x in p["tasks"]:
                bullet(box, x)
            vspace(box, 4)

    # ------------------------------------------------------------------ Google Docs style
    def docfont(doc, name, size):
        st = doc.styles["Normal"]
        st.font.name = name
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

    def gdtitle(box, text):
        q = box.add_paragraph()
        q.paragraph_format.space_after = Pt(2)
        q.add_run(text).font.size = Pt(20)

    def gdh(box, text):
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(12)
        q.paragraph_format.space_after = Pt(3)
        r = q.add_run(text)
        r.bold = True
        r.font.size = Pt(13)

    def tabs_for(text):
        # about 0.21 cm per character at 11 pt; default tab stops every 1.27 cm; aim at 12.7 cm
        width = len(text) * 0.21
        n = 0
        while width < 12.6:
            width = (int(width / 1.27) + 1) * 1.27
            n += 1
        return max(1, n)

    def gdline(box, left, right):
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        q.add_run(left).bold = True
        q.add_run("\t" * tabs_for(left) + right)
        return q

    def gdpos(box, ps):
        for p in ps:
            gdline(box, f"{p['t']} – {p['e']}", p["d"])
            for x in p["tasks"]:
                bullet(box, x)

    # ------------------------------------------------------------------ Van | Tot table
    def vantot(box, headers, ps):
        t = box.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        t.autofit = False
        for cell, h in zip(t.rows[0].cells, headers):
            cell.paragraphs[0].add_run(h).bold = True
            cell.paragraphs[0].paragraph_format.space_before = Pt(3)
            cell.paragraphs[0].paragraph_format.space_after = Pt(3)
            _shade(cell, "EDEDED")
        for p in ps:
            cells = t.add_row().cells
            for c, v in ((cells[0], p["van"]), (cells[1], p["tot"])):
                c.paragraphs[0].add_run(v)
                c.paragraphs[0].paragraph_format.space_before = Pt(4)
            para(cells[2], p["t"], bold=True)
            para(cells[2], p["e"])
            clear_first(cells[2])
            for x in p["tasks"]:
                bullet(cells[3], x)
            clear_first(cells[3])
        set_col_widths(t, [Cm(1.9), Cm(1.9), Cm(4.4), Cm(8.8)])

    def blocks(doc, box, bs):
        for b in bs:
            k = b[0]
            if k == "hzhead":
                hzhead(doc, b[1], b[2], b[3])
            elif k == "barh":
                barh(box, b[1])
            elif k == "coverp":
                coverp(box, *b[1:])
            elif k == "vspace":
                vspace(box, b[1])
            elif k == "ptab":
                ptab(box, b[1])
            elif k == "docfont":
                docfont(doc, b[1], b[2])
            elif k == "gdtitle":
                gdtitle(box, b[1])
            elif k == "gdh":
                gdh(box, b[1])
            elif k == "gdpos":
                gdpos(box, b[1])
            elif k == "gdline":
                gdline(box, b[1], b[2])
            elif k == "vantot":
                vantot(box, b[1], b[2])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
