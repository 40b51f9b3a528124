# -*- coding: utf-8 -*-
"""Blocks for round 65 added to tests/holdout/src/layout.py by build65.py (the shared build.py is unchanged).
Round 65 is about wording, not layout: every CV uses the ordinary layouts of tests/holdout/src/layout.py. One
block is added, for the five-page CV (Fenna Huisman), whose footer counts its pages the way Word CVs do:

  ("pagefooter", text)    the page footer "text  —  pagina N van M", N and M as Word fields (PAGE, NUMPAGES),
                          right-aligned, 8 pt grey; LibreOffice fills them in when it renders the PDF
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def _run(p, text):
    r = p.add_run(text)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    return r


def _field(p, instr, shown):
    """A simple field (w:fldSimple) with its last computed value as the visible run."""
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "16")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    f.append(r)
    p._p.append(f)


def extend(layout):
    base = layout.blocks

    def pagefooter(doc, text):
        p = doc.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(p, f"{text}  —  pagina ")
        _field(p, "PAGE", "1")
        _run(p, " van ")
        _field(p, "NUMPAGES", "1")

    def blocks(doc, box, bs):
        for b in bs:
            if b[0] == "pagefooter":
                pagefooter(doc, b[1])
            else:
                base(doc, box, [b])

    layout.blocks = blocks
