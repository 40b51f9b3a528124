# -*- coding: utf-8 -*-
"""Round 41: write the CVs with producer="word" as DOCX with python-docx, adding the WordprocessingML that
python-docx has no API for (w:cols, column breaks in a heading, fields, text boxes).

Usage: python3 word_docx.py HOLDOUT_DIR WORK_DIR CVS_PY

word=dict(kind=...):
  cols     head=[blocks] in a one-column section, col1=[blocks] + a column break + col2=[blocks] in a continuous
           section with <w:cols w:num="2" w:sep="1"/>, tail=[blocks] in a third continuous one-column section;
           footer=text ({PAGE} / {NUMPAGES} become fldSimple fields) on the FIRST section only (the others inherit)
  textbox  headbox=[blocks]: a text box in the page header; sidebox=[blocks]: a text box floating at the right
           margin, anchored in the first body paragraph; body=[blocks]. Each box as Word writes it:
           mc:AlternateContent, Choice wps:wsp/wps:txbx, Fallback v:shape/v:textbox, the same w:txbxContent
  nested   header=(left, right): a one-row table in the page header; title; a borderless layout table
           (5 cm | 12 cm) whose cells hold left=[blocks] and right=[blocks]; ("rows", [(label, value)]) is a nested
           two-column table, ("jobtables", [pos]) one nested table per position (Periode / Functie / Werkgever /
           Taken)
blocks: ("title", t) ("h", t) ("p", t) ("pb", t) ("jobs", [pos]) (bold "title — employer", italic period,
        bulleted tasks)

The final DOCX is rendered by LibreOffice (WORK_DIR/docx-pdf/STEM.pdf, for tests/holdout2/src/expected.py) and
its page count written as <Pages> in docProps/app.xml (the other statistics dropped, timestamps fixed), as the
shared tests/holdout2/src/build.py does for its files.
"""
import html
import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')
FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)


def esc(s):
    return html.escape(s, quote=True)


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    rpr = st.element.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:lang {NS} w:val="nl-NL"/>'))
    st.paragraph_format.space_after = Pt(2)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    d.core_properties.author = "Kandidaat"
    return d


def para(box, text, bold=False, italic=False, size=None, color=None, style=None):
    p = box.add_paragraph(style=style) if style else box.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return p


def heading(box, text):
    p = para(box, text, bold=True, size=12, color=ACCENT)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    return p


def bullet(box, text):
    return box.add_paragraph(text, style="List Bullet")


def blocks(box, bs):
    for b in bs:
        k = b[0]
        if k == "title":
            para(box, b[1], bold=True, size=22, color=ACCENT)
        elif k == "h":
            heading(box, b[1])
        elif k == "p":
            para(box, b[1])
        elif k == "pb":
            para(box, b[1], bold=True)
        elif k == "jobs":
            for p in b[1]:
                q = para(box, f"{p['t']} — {p['e']}", bold=True)
                q.paragraph_format.space_before = Pt(6)
                para(box, p["d"], italic=True)
                for t in p["tasks"]:
                    bullet(box, t)
        else:
            raise ValueError(k)


def fields(p, text):
    """Text with {PAGE} / {NUMPAGES} as w:fldSimple fields."""
    for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if part in ("{PAGE}", "{NUMPAGES}"):
            p._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" {part[1:-1]} \\* MERGEFORMAT "><w:r><w:rPr>'
                                  f'<w:noProof/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
        elif part:
            r = p.add_run(part)
            r.font.size = Pt(8)


# ----------------------------------------------------------------------------------------------- kind: cols
def build_cols(c):
    w = c["word"]
    d = new_doc()
    blocks(d, w["head"])
    d.add_section(WD_SECTION.CONTINUOUS)            # section 1 ends here; section 2: two columns
    blocks(d, w["col1"])
    first = True
    for b in w["col2"]:
        if first:                                   # Ctrl+Shift+Enter at the start of the heading
            p = heading(d, "")
            p.runs[0].add_break(WD_BREAK.COLUMN)
            r = p.add_run(b[1])
            r.bold, r.font.size, r.font.color.rgb = True, Pt(12), ACCENT
            first = False
            continue
        blocks(d, [b])
    d.add_section(WD_SECTION.CONTINUOUS)            # section 2 ends here; section 3: one column
    blocks(d, w["tail"])
    secs = d.sections
    cols = secs[1]._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {NS}/>")
        secs[1]._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")
    ft = secs[0].footer                             # the first section's footer; sections 2 and 3 inherit it
    ft.is_linked_to_previous = False
    fp = ft.paragraphs[0]
    fields(fp, w["footer"])
    return d


# -------------------------------------------------------------------------------------------- kind: textbox
def box_paras(bs):
    out = []
    for b in bs:
        k, t = b[0], esc(b[1])
        if k == "title":
            rpr = '<w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="40"/></w:rPr>'
        elif k == "h":
            rpr = '<w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="22"/></w:rPr>'
        elif k == "pb":
            rpr = '<w:rPr><w:b/><w:sz w:val="19"/></w:rPr>'
        else:
            rpr = '<w:rPr><w:sz w:val="19"/></w:rPr>'
        ppr = '<w:pPr><w:spacing w:before="120" w:after="40"/></w:pPr>' if k == "h" else \
              '<w:pPr><w:spacing w:after="20"/></w:pPr>'
        out.append(f"<w:p>{ppr}<w:r>{rpr}<w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>")
    return "".join(out)


def textbox_run(bs, n, cx_cm, cy_cm, fill, hpos, vpos_cm, rel_v, white=False):
    """A floating text box as Word 2010+ writes it: DrawingML (Choice) and VML (Fallback)."""
    emu = 360000
    cx, cy = int(cx_cm * emu), int(cy_cm * emu)
    content = box_paras(bs)
    if white:   # text colour of the header band
        content = content.replace('<w:sz w:val="19"/>', '<w:color w:val="FFFFFF"/><w:sz w:val="19"/>')
    txbx = f"<w:txbxContent>{content}</w:txbxContent>"
    wpt, hpt = cx_cm / 2.54 * 72, cy_cm / 2.54 * 72
    return parse_xml(f"""<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + n}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>{hpos}</wp:align></wp:positionH>
<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{int(vpos_cm * emu)}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{n}" name="Tekstvak {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx>{txbx}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t"
 anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Tekstvak {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:{vpos_cm / 2.54 * 72:.1f}pt;width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:{251659264 + n};mso-position-horizontal:{hpos};mso-position-horizontal-relative:margin;mso-position-vertical-relative:{rel_v}"
 fillcolor="#{fill}" stroked="f"><v:textbox inset="3mm,2mm,3mm,2mm">{txbx}</v:textbox>
<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""")


def build_textbox(c):
    w = c["word"]
    d = new_doc()
    s = d.sections[0]
    s.top_margin = Cm(4.0)
    s.header_distance = Cm(0.6)
    hp = s.header.paragraphs[0]
    hp._p.append(textbox_run(w["headbox"], 1, 17.0, 2.7, "1F4E79", "center", 0.0, "paragraph", white=True))
    anchor = d.paragraphs[0] if d.paragraphs else d.add_paragraph()
    anchor._p.append(textbox_run(w["sidebox"], 2, 5.6, 6.6, "EEF3F8", "right", 0.0, "paragraph"))
    blocks(d, w["body"])
    return d


# --------------------------------------------------------------------------------------------- kind: nested
def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {NS}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                           f'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))


def widths(table, ws):
    """Column widths in the grid (what LibreOffice and Word lay out by) and in every cell."""
    table.autofit = False
    for col, wd in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        col.set(qn("w:w"), str(int(wd.twips if hasattr(wd, "twips") else wd / 635)))
    for row in table.rows:
        for cell, wd in zip(row.cells, ws):
            cell.width = wd


def cell_text(cell, text, bold=False, size=9.5):
    p = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold or None
    r.font.size = Pt(size)
    return p


def cell_blocks(cell, bs, inner_w):
    first = True
    for b in bs:
        k = b[0]
        if k == "h":
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            r = p.add_run(b[1])
            r.bold, r.font.size, r.font.color.rgb = True, Pt(12), ACCENT
            p.paragraph_format.space_before = Pt(0 if first else 8)
        elif k == "p":
            cell_text(cell, b[1])
        elif k == "rows":
            t = cell.add_table(rows=0, cols=2)
            t.style = d_style(cell, "Table Grid")
            for label, value in b[1]:
                row = t.add_row()
                cell_text(row.cells[0], label, bold=True, size=9)
                cell_text(row.cells[1], value, size=9)
            widths(t, inner_w)
            cell.add_paragraph()
        elif k == "jobtables":
            for p in b[1]:
                t = cell.add_table(rows=0, cols=2)
                t.style = d_style(cell, "Table Grid")
                for label, value in (("Periode", p["d"]), ("Functie", p["t"]), ("Werkgever", p["e"])):
                    row = t.add_row()
                    cell_text(row.cells[0], label, bold=True, size=9)
                    cell_text(row.cells[1], value, bold=label == "Functie", size=9.5)
                row = t.add_row()
                cell_text(row.cells[0], "Taken", bold=True, size=9)
                for i, task in enumerate(p["tasks"]):
                    q = row.cells[1].paragraphs[0] if i == 0 else row.cells[1].add_paragraph()
                    r = q.add_run("• " + task)
                    r.font.size = Pt(9.5)
                widths(t, inner_w)
                cell.add_paragraph()
        else:
            raise ValueError(k)
        first = False


_DOC = []


def d_style(cell, name):
    """A style of the document being built (a cell's table knows no document styles by name)."""
    return _DOC[0].styles[name]


def build_nested(c):
    w = c["word"]
    d = new_doc()
    _DOC[:] = [d]
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.8)
    ht = s.header.add_table(rows=1, cols=2, width=Cm(17.4))
    no_borders(ht)
    cell_text(ht.rows[0].cells[0], w["header"][0], bold=True, size=14)
    p = cell_text(ht.rows[0].cells[1], w["header"][1], size=9)
    p.alignment = 2
    widths(ht, (Cm(7.4), Cm(10.0)))
    first = d.paragraphs[0] if d.paragraphs else d.add_paragraph()
    r = first.add_run(w["title"])
    r.bold, r.font.size, r.font.color.rgb = True, Pt(18), ACCENT
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_blocks(t.rows[0].cells[0], w["left"], (Cm(2.3), Cm(2.7)))
    cell_blocks(t.rows[0].cells[1], w["right"], (Cm(2.5), Cm(9.0)))
    widths(t, (Cm(5.2), Cm(12.2)))
    return d


# ----------------------------------------------------------------------------------------------- packaging
def rezip(src, dst, pages):
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/app.xml":
                data = re.sub(rb"\s*<(Pages|Words|Characters|CharactersWithSpaces|Paragraphs|Lines)>\d*</\1>", b"",
                              data)
                if pages is not None:
                    data = data.replace(b"</Properties>", b"<Pages>%d</Pages></Properties>" % pages)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-20T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def soffice(profile, outdir, files):
    outdir.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        sys.exit(f"word_docx.py: soffice failed:\n{r.stdout}")


BUILD = {"cols": build_cols, "textbox": build_textbox, "nested": build_nested}


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    raw, final = work / "docx-raw", work / "docx-final"
    for dd in (raw, final):
        if dd.exists():
            shutil.rmtree(dd)
        dd.mkdir(parents=True)
    todo = [c for c in mod.CVS if c.get("producer") == "word"]
    for c in todo:
        stem = Path(c["file"]).stem
        d = BUILD[c["word"]["kind"]](c)
        d.core_properties.title = f"Curriculum vitae {c['name']}"
        d.save(raw / f"{stem}.docx")
        rezip(raw / f"{stem}.docx", final / f"{stem}.docx", None)   # <Pages> filled in below
    # the page count of the very file: render the final DOCX (its <Pages> does not influence LibreOffice)
    soffice(work / "lo-profile", work / "docx-pdf", sorted(final.glob("*.docx")))
    (holdout / "inbox").mkdir(exist_ok=True)
    for c in todo:
        stem = Path(c["file"]).stem
        n = pdf_pages(work / "docx-pdf" / f"{stem}.pdf")
        rezip(raw / f"{stem}.docx", holdout / "inbox" / c["file"], n)
        print(f"  {c['file']} ({n} pages)")


if __name__ == "__main__":
    main()
