# -*- coding: utf-8 -*-
"""Round 44: write the CVs with producer="word" with python-docx plus the WordprocessingML it has no API for, then
either keep the DOCX (fmt "docx") or print it to PDF with LibreOffice (fmt "pdf").

Usage: python3 word44.py HOLDOUT_DIR WORK_DIR CVS_PY

word=dict(kind=...):
  cols      head=[blocks] in one column; col1=[blocks], a column break, col2=[blocks] in a continuous section with
            two EQUAL columns (<w:cols w:num="2" w:space=".." w:sep="1"/>); tail=[blocks] in one column again
  split     header / footer text on every page ({PAGE}, {NUMPAGES} as fields); head=[blocks]; table=[pos]: a table
            "Periode | Functie, werkgever en taken" whose heading row repeats on every page (w:tblHeader) and
            whose rows may break across pages; tail=[blocks]. pad_pt: space before the "Werkervaring" heading,
            chosen so that the first row breaks after its title line (checked: see check_split)
  template  a CV filled in on a Word template: settings.xml w:attachedTemplate (external .dotx) and app.xml
            <Template>; the name in a block content control; a personalia table whose value cells are cell-level
            content controls (w:sdt around w:tc), one a drop-down list; the profile in a rich-text control; the
            positions, the education and the referees as repeating sections (w15:repeatingSection with one
            w15:repeatingSectionItem per entry, each around table rows); periods as date pickers (w:date) and a
            plain-text control "heden"; an optional block control left on its placeholder text (w:showingPlcHdr)
  merged    head=[blocks]; a table "Werkgever | Periode | Functie en taken" (heading row w:tblHeader) whose
            employer cell is merged vertically over the rows of merged["rows"] (python-docx merge: w:vMerge
            restart + continue, the text only in the first cell), vertically centred; then one row per position
            of single=[pos] with its own employer; tail=[blocks]
  firsthdr  w:titlePg: first_header=(name, [lines]) as a two-cell table in the FIRST-page header only; header
            (default header, pages 2+) and footer ({PAGE}/{NUMPAGES}); body=[blocks]
blocks: ("title", t) ("sub", t) ("h", t) ("p", t) ("pb", t) ("bl", [t]) ("break",)
        ("jobs", [pos])  bold title / employer / italic period / bullets (one line each)
        ("jobs2", [pos]) bold "title — employer" / italic period / bullets

DOCX files get <Pages> from a LibreOffice rendering of the very file (WORK_DIR/docx-pdf/STEM.pdf, which the shared
tests/holdout2/src/expected.py reads), other statistics dropped, timestamps fixed; PDFs are LibreOffice's print of
the DOCX (WORK_DIR/lo-src keeps the source).
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
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
NS = f'xmlns:w="{W_NS}" xmlns:w15="{W15_NS}"'
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
    if text:
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


def blocks(doc, box, bs):
    for b in bs:
        k = b[0]
        if k == "title":
            para(box, b[1], bold=True, size=22, color=ACCENT)
        elif k == "sub":
            para(box, b[1], italic=True, size=12)
        elif k == "h":
            heading(box, b[1])
        elif k == "p":
            para(box, b[1])
        elif k == "pb":
            para(box, b[1], bold=True)
        elif k == "bl":
            for t in b[1]:
                bullet(box, t)
        elif k == "jobs":
            for p in b[1]:
                q = para(box, p["t"], bold=True)
                q.paragraph_format.space_before = Pt(6)
                para(box, p["e"])
                para(box, p["d"], italic=True)
                for t in p["tasks"]:
                    bullet(box, t)
        elif k == "jobs2":
            for p in b[1]:
                q = para(box, f"{p['t']} — {p['e']}", bold=True)
                q.paragraph_format.space_before = Pt(6)
                para(box, p["d"], italic=True)
                for t in p["tasks"]:
                    bullet(box, t)
        elif k == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)


def fields(p, text, size=8):
    """Text with {PAGE} / {NUMPAGES} as w:fldSimple fields."""
    for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if part in ("{PAGE}", "{NUMPAGES}"):
            p._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" {part[1:-1]} \\* MERGEFORMAT "><w:r><w:rPr>'
                                  f'<w:noProof/><w:sz w:val="{size * 2}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
        elif part:
            r = p.add_run(part)
            r.font.size = Pt(size)


def widths(table, ws):
    """Column widths in the grid (what LibreOffice and Word lay out by) and in every cell."""
    table.autofit = False
    for col, wd in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        col.set(qn("w:w"), str(int(wd.twips)))
    for row in table.rows:
        for cell, wd in zip(row.cells, ws):
            cell.width = wd


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {NS}/>'))


def cell_para(cell, text, bold=False, italic=False, first=None, style=None):
    use_first = first if first is not None else (len(cell.paragraphs) == 1 and not cell.paragraphs[0].text)
    p = cell.paragraphs[0] if use_first else cell.add_paragraph(style=style)
    if style and use_first:
        p.style = style
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    return p


# ----------------------------------------------------------------------------------------------- kind: cols
def build_cols(c):
    w = c["word"]
    d = new_doc()
    d.paragraphs[0]._p.getparent().remove(d.paragraphs[0]._p) if d.paragraphs else None
    blocks(d, d, w["head"])
    d.add_section(WD_SECTION.CONTINUOUS)            # section 1 ends here; section 2: two equal columns
    blocks(d, d, w["col1"])
    n = len(d.paragraphs)
    blocks(d, d, w["col2"])
    d.paragraphs[n].paragraph_format.space_before = Pt(0)   # level with the left column's first line, whose
    first = d.paragraphs[n]._p                      # space before LibreOffice drops at the top of the section;
    first.insert(1 if first.pPr is not None else 0,    # a column break at the start of that line
                 parse_xml(f'<w:r {NS}><w:br w:type="column"/></w:r>'))
    d.add_section(WD_SECTION.CONTINUOUS)            # section 2 ends here; section 3: one column
    blocks(d, d, w["tail"])
    sec = d.sections[1]
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {NS}/>")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")
    cols.set(qn("w:equalWidth"), "1")
    return d


# ---------------------------------------------------------------------------------------------- kind: split
def build_split(c):
    w = c["word"]
    d = new_doc()
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    r = hp.add_run(w["header"])
    r.font.size, r.font.color.rgb = Pt(9), ACCENT
    fields(s.footer.paragraphs[0], w["footer"])
    blocks(d, d, w["head"])
    d.paragraphs[-1].paragraph_format.space_before = Pt(w.get("pad_pt", 8))
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    hdr = t.rows[0]
    header_row(hdr)
    cell_para(hdr.cells[0], "Periode", bold=True)
    cell_para(hdr.cells[1], "Functie, werkgever en taken", bold=True)
    for p in w["table"]:
        row = t.add_row()
        cell_para(row.cells[0], p["d"])
        cell_para(row.cells[1], p["t"], bold=True)
        cell_para(row.cells[1], p["e"], first=False)
        for task in p["tasks"]:
            cell_para(row.cells[1], task, first=False, style=d.styles["List Bullet"])
    widths(t, (Cm(4.2), Cm(12.8)))
    blocks(d, d, w["tail"])
    return d


def check_split(c, pdf):
    """The layout this CV is about: page 1 ends with the first row's title, page 2 opens with its employer."""
    p1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"], capture_output=True,
                        text=True, check=True).stdout
    p2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(pdf), "-"], capture_output=True,
                        text=True, check=True).stdout
    first = c["word"]["table"][0]
    if first["t"] not in p1 or first["e"] in p1 or first["e"] not in p2:
        sys.exit(f"word44.py: {c['file']}: the first row does not break between title and employer "
                 f"(adjust pad_pt)")


# ------------------------------------------------------------------------------------------- kind: template
_ID = [1000]


def sdt_id():
    _ID[0] += 1
    return _ID[0]


def run_xml(text, bold=False, size=None, style=None, color=None):
    rpr = ""
    if style:
        rpr += f'<w:rStyle w:val="{style}"/>'
    if bold:
        rpr += "<w:b/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def p_xml(inner, style=None, before=None, after=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 40}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{inner}</w:p>"


def sdt_pr(alias, tag, kind="text", extra=""):
    kinds = {"text": "<w:text/>", "rich": "", "none": ""}
    k = kinds.get(kind, kind)
    return (f'<w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/><w:id w:val="{sdt_id()}"/>'
            f'{extra}{k}</w:sdtPr>')


def inline_sdt(alias, tag, text, kind="text", bold=False):
    return f"<w:sdt>{sdt_pr(alias, tag, kind)}<w:sdtContent>{run_xml(text, bold=bold)}</w:sdtContent></w:sdt>"


def date_sdt(alias, tag, full, text):
    pr = (f'<w:date w:fullDate="{full}T00:00:00Z"><w:dateFormat w:val="MMMM yyyy"/><w:lid w:val="nl-NL"/>'
          f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return f"<w:sdt>{sdt_pr(alias, tag, pr)}<w:sdtContent>{run_xml(text)}</w:sdtContent></w:sdt>"


def tc_xml(inner_paras, width_tw, shade=None):
    sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width_tw}" w:type="dxa"/>{sh}</w:tcPr>{inner_paras}</w:tc>'


def label_tc(text, width_tw):
    return tc_xml(p_xml(run_xml(text, bold=True)), width_tw, shade="EAF0F6")


def cell_sdt(alias, tag, paras, width_tw, kind="text"):
    """A content control around a whole table cell (CT_SdtCell), as Word writes it for a cell-wide control."""
    return f"<w:sdt>{sdt_pr(alias, tag, kind)}<w:sdtContent>{tc_xml(paras, width_tw)}</w:sdtContent></w:sdt>"


def tbl_xml(grid, rows_xml):
    cols = "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
    return (f'<w:tbl {NS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{cols}</w:tblGrid>{rows_xml}</w:tbl>')


def repeating(alias, tag, items_rows):
    """A repeating section content control around table rows: one repeatingSectionItem per entry."""
    items = "".join(f'<w:sdt><w:sdtPr><w:id w:val="{sdt_id()}"/><w15:repeatingSectionItem/></w:sdtPr>'
                    f"<w:sdtContent>{rows}</w:sdtContent></w:sdt>" for rows in items_rows)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/><w:id w:val="{sdt_id()}"/>'
            f'<w15:repeatingSection/></w:sdtPr><w:sdtContent>{items}</w:sdtContent></w:sdt>')


def heading_xml(text):
    return (f'<w:p {NS}><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/></w:pPr>'
            f'{run_xml(text, bold=True, size=12, color="1F4E79")}</w:p>')


def build_template(c):
    w = c["word"]
    d = new_doc()
    ph = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    body = d.element.body
    sect = body[-1]                                  # w:sectPr stays last
    out = []
    out.append(f'<w:p {NS}><w:pPr><w:spacing w:after="0"/></w:pPr>'
               f'{run_xml("CURRICULUM VITAE", bold=True, size=11, color="7F7F7F")}</w:p>')
    out.append(f'<w:sdt {NS}>{sdt_pr("Naam kandidaat", "naam", "rich")}<w:sdtContent>'
               f'{p_xml(run_xml(w["name"], bold=True, size=22, color="1F4E79"), after=120)}</w:sdtContent></w:sdt>')
    out.append(heading_xml("Personalia"))
    rows = []
    for label, value in w["personalia"]:
        if isinstance(value, tuple) and value[0] == "dropdown":
            _, shown, items = value
            lst = "".join(f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in items)
            kind = f'<w:dropDownList w:lastValue="{esc(shown)}">{lst}</w:dropDownList>'
            val = cell_sdt(label, label.lower(), p_xml(run_xml(shown)), 6300, kind)
        else:
            val = cell_sdt(label, label.lower(), p_xml(run_xml(value)), 6300)
        rows.append(f"<w:tr>{label_tc(label, 2800)}{val}</w:tr>")
    out.append(tbl_xml((2800, 6300), "".join(rows)))
    out.append(heading_xml("Profiel"))
    out.append(f'<w:sdt {NS}>{sdt_pr("Profiel", "profiel", "rich")}<w:sdtContent>{p_xml(run_xml(w["profile"]))}'
               f"</w:sdtContent></w:sdt>")
    out.append(heading_xml("Werkervaring"))
    items = []
    for j in w["jobs"]:
        p = j["pos"] if "pos" in j else j["p"]
        (sfull, stext), (efull, etext) = j["start"], j["end"]
        start = date_sdt("Van", "van", sfull, stext)
        end = date_sdt("Tot", "tot", efull, etext) if efull else inline_sdt("Tot", "tot", etext)
        period = tc_xml(p_xml(start + run_xml(" – ") + end), 6300)
        tasks = "".join(p_xml(run_xml(t), style="ListBullet") for t in p["tasks"])
        r = (f"<w:tr>{label_tc('Periode', 2800)}{period}</w:tr>"
             f"<w:tr>{label_tc('Functie', 2800)}{cell_sdt('Functie', 'functie', p_xml(run_xml(p['t'], bold=True)), 6300, 'rich')}</w:tr>"
             f"<w:tr>{label_tc('Werkgever', 2800)}{cell_sdt('Werkgever', 'werkgever', p_xml(run_xml(p['e'])), 6300)}</w:tr>"
             f"<w:tr>{label_tc('Taken', 2800)}{cell_sdt('Taken', 'taken', tasks, 6300, 'rich')}</w:tr>"
             f"<w:tr>{tc_xml(p_xml(''), 2800)}{tc_xml(p_xml(''), 6300)}</w:tr>")
        items.append(r)
    out.append(tbl_xml((2800, 6300), repeating("Werkervaring", "werkervaring", items)))
    out.append(heading_xml("Opleiding"))
    items = []
    for e in w["edu"]:
        items.append("".join(f"<w:tr>{label_tc(k, 2800)}{cell_sdt(k, k.lower(), p_xml(run_xml(v)), 6300)}</w:tr>"
                             for k, v in e))
    out.append(tbl_xml((2800, 6300), repeating("Opleiding", "opleiding", items)))
    if w.get("nevenfuncties"):
        out.append(heading_xml("Nevenfuncties"))
        extra = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                 '<w:showingPlcHdr/>')
        out.append(f'<w:sdt {NS}>{sdt_pr("Nevenfuncties", "nevenfuncties", "rich", extra)}<w:sdtContent>'
                   f'{p_xml(run_xml("Klik of tik om tekst in te voeren.", style="PlaceholderText"))}'
                   f"</w:sdtContent></w:sdt>")
    out.append(heading_xml("Referenties"))
    head = (f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{label_tc('Naam', 2600)}{label_tc('Functie en organisatie', 4700)}"
            f"{label_tc('Telefoon', 1800)}</w:tr>")
    items = [f"<w:tr>{cell_sdt('Naam referent', 'ref_naam', p_xml(run_xml(n)), 2600)}"
             f"{cell_sdt('Functie referent', 'ref_functie', p_xml(run_xml(f)), 4700)}"
             f"{cell_sdt('Telefoon referent', 'ref_tel', p_xml(run_xml(t)), 1800)}</w:tr>" for n, f, t in w["refs"]]
    out.append(tbl_xml((2600, 4700, 1800), head + repeating("Referenties", "referenties", items)))
    for el in body[:-1]:
        body.remove(el)
    for x in out:
        sect.addprevious(parse_xml(x))
    return d


# --------------------------------------------------------------------------------------------- kind: merged
def build_merged(c):
    w = c["word"]
    d = new_doc()
    if d.paragraphs:
        d.paragraphs[0]._p.getparent().remove(d.paragraphs[0]._p)
    blocks(d, d, w["head"])
    m, single = w["merged"], w["single"]
    t = d.add_table(rows=1 + len(m["rows"]) + len(single), cols=3)
    t.style = d.styles["Table Grid"]
    header_row(t.rows[0])
    for cell, h in zip(t.rows[0].cells, ("Werkgever", "Periode", "Functie en taken")):
        cell_para(cell, h, bold=True)

    def fill(row, p):
        cell_para(row.cells[1], p["d"])
        cell_para(row.cells[2], p["t"], bold=True)
        for task in p["tasks"]:
            cell_para(row.cells[2], task, first=False, style=d.styles["List Bullet"])

    n = len(m["rows"])
    for i, p in enumerate(m["rows"]):
        fill(t.rows[1 + i], p)
    top = t.cell(1, 0).merge(t.cell(n, 0))          # w:vMerge restart + continue
    for i, line in enumerate(m["employer"]):
        cell_para(top, line, bold=(i == 0), first=(i == 0))
    tcPr = top._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:vAlign {NS} w:val="center"/>'))
    for i, p in enumerate(single):
        row = t.rows[1 + n + i]
        cell_para(row.cells[0], p["e"], bold=True)
        fill(row, p)
    widths(t, (Cm(4.0), Cm(3.8), Cm(9.2)))
    blocks(d, d, w["tail"])
    return d


# ------------------------------------------------------------------------------------------- kind: firsthdr
def build_firsthdr(c):
    w = c["word"]
    d = new_doc()
    if d.paragraphs:
        d.paragraphs[0]._p.getparent().remove(d.paragraphs[0]._p)
    s = d.sections[0]
    s.top_margin = Cm(3.2)
    s.different_first_page_header_footer = True
    fh = s.first_page_header
    name, lines = w["first_header"]
    ht = fh.add_table(rows=1, cols=2, width=Cm(17.0))
    left, right = ht.rows[0].cells
    r = left.paragraphs[0].add_run(name)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(20), ACCENT
    for i, line in enumerate(lines):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = 2
        rr = p.add_run(line)
        rr.font.size = Pt(9)
    widths(ht, (Cm(9.0), Cm(8.0)))
    hp = s.header.paragraphs[0]
    rr = hp.add_run(w["header"])
    rr.italic, rr.font.size = True, Pt(9)
    fields(s.footer.paragraphs[0], w["footer"])
    blocks(d, d, w["body"])
    return d


# ----------------------------------------------------------------------------------------------- packaging
def rezip(src, dst, pages, template=None):
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    names = {n for n, _ in items}
    if template and "word/_rels/settings.xml.rels" not in names:
        items.append(("word/_rels/settings.xml.rels", b""))
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/app.xml":
                data = re.sub(rb"\s*<(Pages|Words|Characters|CharactersWithSpaces|Paragraphs|Lines)>\d*</\1>", b"",
                              data)
                if pages is not None:
                    data = data.replace(b"</Properties>", b"<Pages>%d</Pages></Properties>" % pages)
                data = data.replace(b"<Application>Microsoft Macintosh Word</Application>",
                                    b"<Application>Microsoft Office Word</Application>")
                if template:
                    data = re.sub(rb"<Template>[^<]*</Template>",
                                  b"<Template>" + esc(template).encode() + b"</Template>", data)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-20T09:00:00Z", data)
            if template and name == "word/settings.xml":
                data = data.replace(b"<w:defaultTabStop", b'<w:attachedTemplate r:id="rId1"/><w:defaultTabStop', 1)
            if template and name == "word/_rels/settings.xml.rels":
                target = "file:///C:/Users/Public/Documents/Sjablonen/" + template.replace(" ", "%20")
                data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                        'schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                        f'Target="{esc(target)}" TargetMode="External"/></Relationships>').encode()
            if template and name == "word/document.xml":   # w15 declared once on the root, as Word does
                data = re.sub(rb' xmlns:w15="[^"]*"', b"", data)
                data = data.replace(b"<w:document ", b'<w:document xmlns:w15="' + W15_NS.encode() + b'" ', 1)
                data = re.sub(rb'mc:Ignorable="([^"]*)"', rb'mc:Ignorable="\1 w15"', data, count=1)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def soffice(profile, outdir, files):
    outdir.mkdir(parents=True, exist_ok=True)
    if not files:
        return
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        sys.exit(f"word44.py: soffice failed:\n{r.stdout}")


BUILD = {"cols": build_cols, "split": build_split, "template": build_template, "merged": build_merged,
         "firsthdr": build_firsthdr}


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    raw, final, src = work / "docx-raw", work / "docx-final", work / "lo-src"
    for dd in (raw, final, src):
        if dd.exists():
            shutil.rmtree(dd)
        dd.mkdir(parents=True)
    todo = [c for c in mod.CVS if c.get("producer") == "word"]
    for c in todo:
        stem = Path(c["file"]).stem
        d = BUILD[c["word"]["kind"]](c)
        d.core_properties.title = f"Curriculum vitae {c['name']}"
        tpl = c["word"].get("template")
        d.save(raw / f"{stem}.docx")
        if c["fmt"] == "docx":
            rezip(raw / f"{stem}.docx", final / f"{stem}.docx", None, tpl)   # <Pages> filled in below
        else:
            rezip(raw / f"{stem}.docx", src / f"{stem}.docx", None, tpl)
    (holdout / "inbox").mkdir(exist_ok=True)
    # PDFs: LibreOffice's print of the DOCX
    soffice(work / "lo-profile", work / "lo-pdf", sorted(src.glob("*.docx")))
    # DOCX: the page count of the very file (its <Pages> does not influence LibreOffice)
    soffice(work / "lo-profile", work / "docx-pdf", sorted(final.glob("*.docx")))
    for c in todo:
        stem = Path(c["file"]).stem
        if c["fmt"] == "pdf":
            shutil.copyfile(work / "lo-pdf" / f"{stem}.pdf", holdout / "inbox" / c["file"])
            if c["word"]["kind"] == "split":
                check_split(c, holdout / "inbox" / c["file"])
            n = pdf_pages(holdout / "inbox" / c["file"])
        else:
            n = pdf_pages(work / "docx-pdf" / f"{stem}.pdf")
            rezip(raw / f"{stem}.docx", holdout / "inbox" / c["file"], n, c["word"].get("template"))
        print(f"  {c['file']} ({n} pages)")


if __name__ == "__main__":
    main()
