# -*- coding: utf-8 -*-
"""Blocks for round 68 added to tests/holdout/src/layout.py by build68.py (the shared build.py is unchanged).
Round 68 is "DOCX as Word templates make them": layouts of common Dutch Word CV templates that the earlier rounds
(24, 61 and the ordinary rounds) did not use. Every DOCX is written by python-docx, then re-saved by LibreOffice
(the shared build), so the inbox holds LibreOffice's WordprocessingML of these structures.

  ("margins", left_cm, right_cm)
                          the page margins of the first section (the margin-heading template needs a wide left one)
  ("brtab", [(left, [(text, style)])])
                          a borderless two-column table: the period in a narrow left cell, and in the right cell ONE
                          paragraph whose lines (title, employer, "• task" ...) are separated by w:br line breaks
                          (style "b" bold, "i" italic, "" plain); a thin rule under each row
  ("mh", text)            a section heading as a floating TEXT BOX in the left page margin (wps:wsp in a wp:anchor,
                          positioned from the page edge, vertically at the paragraph); it is anchored to the first
                          top-level paragraph of the next block (the section's first line)
  ("ldpos", [pos])        a position line "title – employer" with a right-aligned tab stop at the right margin and a
                          DOT LEADER, then the period; the tasks as bullets
  ("ldline", left, right) the same dot-leader line for other entries (education)
  ("hdr", [(text, size, bold)])
                          the page header: paragraphs (the name and the contact line of a header template)
  ("lastsec", [(text, bold)])
                          a section break (new page); the new, last section has a footer of its own (not linked to
                          the first section's, which is empty) holding these lines -- the referees of the template
  ("pers2x2", [(label, value)] * 4)
                          personal details in a 2 x 2 table, a small grey label above the value in each cell
  ("ratings", [(skill, n)])
                          a "Vaardigheden" table: the skill, then a rating of n out of 5 as filled/empty circles
  ("numheadings",)        links Heading 1 and Heading 2 to a multilevel list ("1", "1.1"), as Word's built-in
                          numbered headings do; the numbers are automatic, not in the text
  ("h1n", text) / ("h2n", text)
                          a paragraph in Heading 1 / Heading 2 (numbered after "numheadings")
"""
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GREY = RGBColor(0x6B, 0x6B, 0x6B)
BLUE = "1F5C7A"
EMU_CM = 360000

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _borders(table, spec):
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


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ids = [100]


def _textbox_run(text, x_cm, w_cm, h_cm):
    _ids[0] += 1
    n = _ids[0]
    cx, cy = int(w_cm * EMU_CM), int(h_cm * EMU_CM)
    xml = f"""<w:r {NS}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0"
 relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * EMU_CM)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{n}" name="Tekstvak {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="right"/></w:pPr>
<w:r><w:rPr><w:b/><w:color w:val="{BLUE}"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>
</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""
    return parse_xml(xml.replace("\n", " "))


def extend(layout):
    base = layout.blocks
    para, bullet, clear_first, set_col_widths = layout.para, layout.bullet, layout.clear_first, layout.set_col_widths

    def margins(doc, left, right):
        s = doc.sections[0]
        s.left_margin, s.right_margin = Cm(left), Cm(right)

    # ------------------------------------------------------------------ period left, one w:br paragraph right
    def brtab(box, rows):
        t = box.add_table(rows=0, cols=2)
        t.autofit = False
        _borders(t, {"insideH": ("single", "4", "BFBFBF"), "bottom": ("single", "4", "BFBFBF")})
        for left, lines in rows:
            cells = t.add_row().cells
            q = cells[0].paragraphs[0]
            q.paragraph_format.space_before = Pt(4)
            r = q.add_run(left)
            r.font.size = Pt(9.5)
            r.font.color.rgb = GREY
            q = cells[1].paragraphs[0]
            q.paragraph_format.space_before = Pt(4)
            q.paragraph_format.space_after = Pt(6)
            for i, (text, style) in enumerate(lines):
                r = q.add_run(text)
                r.bold = style == "b"
                r.italic = style == "i"
                if i < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
        set_col_widths(t, [Cm(3.6), Cm(13.4)])

    # ------------------------------------------------------------------ headings as text boxes in the margin
    def mh_attach(doc, text, before):
        body = doc.element.body
        kids = list(body)
        for el in kids[before:]:
            if el.tag == qn("w:p"):
                el.insert(1 if el.find(qn("w:pPr")) is not None else 0, _textbox_run(text, 1.2, 3.6, 0.8))
                return
        raise ValueError(f"margin heading {text!r}: no paragraph follows")

    # ------------------------------------------------------------------ dot leaders
    def ldline(doc, box, left, right, bold=True):
        width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
        q = box.add_paragraph()
        q.paragraph_format.space_before = Pt(8)
        q.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.add_run(left).bold = bold
        q.add_run("\t" + right)
        return q

    def ldpos(doc, box, ps):
        for p in ps:
            ldline(doc, box, f"{p['t']} – {p['e']}", p["d"])
            for x in p["tasks"]:
                bullet(box, x)

    # ------------------------------------------------------------------ header, last section's footer
    def hdr(doc, lines):
        h = doc.sections[0].header
        first = True
        for text, size, bold in lines:
            q = h.paragraphs[0] if first else h.add_paragraph()
            first = False
            r = q.add_run(text)
            r.font.size = Pt(size)
            r.bold = bold
        q.paragraph_format.space_after = Pt(6)
        pbdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "4"), ("w:color", BLUE)):
            b.set(qn(k), v)
        pbdr.append(b)
        q._p.get_or_add_pPr().append(pbdr)

    def lastsec(doc, lines):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.footer.is_linked_to_previous = False
        f = s.footer
        first = True
        for text, bold in lines:
            q = f.paragraphs[0] if first else f.add_paragraph()
            first = False
            r = q.add_run(text)
            r.bold = bold
            r.font.size = Pt(9)

    # ------------------------------------------------------------------ 2x2 personal details, rated skills
    def pers2x2(box, items):
        t = box.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        for i, (label, value) in enumerate(items):
            c = t.cell(i // 2, i % 2)
            r = c.paragraphs[0].add_run(label)
            r.font.size = Pt(8)
            r.font.color.rgb = GREY
            q = c.add_paragraph()
            q.paragraph_format.space_after = Pt(3)
            q.add_run(value)
        set_col_widths(t, [Cm(8.5), Cm(8.5)])

    def ratings(box, items):
        t = box.add_table(rows=0, cols=2)
        t.autofit = False
        _borders(t, {"insideH": ("dotted", "4", "BFBFBF")})
        for skill, n in items:
            cells = t.add_row().cells
            cells[0].paragraphs[0].add_run(skill)
            r = cells[1].paragraphs[0].add_run("●" * n + "○" * (5 - n))
            r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
        set_col_widths(t, [Cm(7.0), Cm(4.0)])

    # ------------------------------------------------------------------ Word's numbered headings
    def numheadings(doc):
        numbering = doc.part.numbering_part.element
        absid, numid = 90, 90
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:pStyle w:val="Heading{i + 1}"/>'
            f'<w:lvlText w:val="{".".join("%" + str(k + 1) for k in range(i + 1))}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{567 + 142 * i}" w:hanging="{567 + 142 * i}"/></w:pPr></w:lvl>'
            for i in range(2))
        a = parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{absid}"><w:multiLevelType w:val="multilevel"/>'
                      f'{lvls}</w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>'))
        for i, name in enumerate(("Heading 1", "Heading 2")):
            st = doc.styles[name]
            ppr = st.element.get_or_add_pPr()
            npr = parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{i}"/><w:numId w:val="{numid}"/></w:numPr>')
            ppr.insert(0, npr)
            st.font.name = "Liberation Sans"

    def blocks(doc, box, bs):
        pending = None
        for b in bs:
            k = b[0]
            before = len(doc.element.body)
            if k == "mh":
                pending = (b[1], before)
                continue
            if k == "margins":
                margins(doc, b[1], b[2])
            elif k == "brtab":
                brtab(box, b[1])
            elif k == "ldpos":
                ldpos(doc, box, b[1])
            elif k == "ldline":
                ldline(doc, box, b[1], b[2])
            elif k == "hdr":
                hdr(doc, b[1])
            elif k == "lastsec":
                lastsec(doc, b[1])
            elif k == "pers2x2":
                pers2x2(box, b[1])
            elif k == "ratings":
                ratings(box, b[1])
            elif k == "numheadings":
                numheadings(doc)
            elif k == "h1n":
                para(box, b[1], style="Heading 1")
            elif k == "h2n":
                para(box, b[1], style="Heading 2")
            else:
                base(doc, box, [b])
            if pending:
                mh_attach(doc, pending[0], pending[1] - 1 if pending[1] else 0)
                pending = None

    layout.blocks = blocks
