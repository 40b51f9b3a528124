# -*- coding: utf-8 -*-
"""Round 46: write the CVs with producer="word" with python-docx plus the WordprocessingML it has no API for, then
either keep the DOCX (fmt "docx") or print it to PDF with LibreOffice (fmt "pdf").

Usage: python3 word46.py HOLDOUT_DIR WORK_DIR CVS_PY

word=dict(kind=...):
  bullets    body=[blocks]; ("bjobs", [pos]) one Word bullet ("List Bullet", numbering) per position with the text
             "Title, Employer (period)" and the tasks as second-level bullets ("List Bullet 2")
  onecell    body=[blocks], ALL of them inside the single cell of a 1x1 table (border, light shading); the row may
             break over the page. ("tjobs", [pos]) "period<tab>title" (title bold) / "<tab>employer" with a hanging
             indent of 3.6 cm, tasks as bullets indented under the title; ("tline", left, text) "left<tab>text"
  twocolsec  head=[blocks] in one column; col1=[blocks], a column break, col2=[blocks] in a continuous section with
             two equal columns (w:cols num=2, a separator line); tail=[blocks] in one column again. The first
             lines of both columns are level (checked: see check_level)
blocks: ("title", t) ("sub", t) ("h", t) ("p", t) ("pb", t) ("bl", [t])
        ("jobs2", [pos]) bold "title — employer" / italic period / bullets

DOCX files get <Pages> from a LibreOffice rendering of the very file (WORK_DIR/docx-pdf/STEM.pdf, which the shared
tests/holdout2/src/expected.py reads), other statistics dropped, timestamps fixed; PDFs are LibreOffice's print of
the DOCX (WORK_DIR/lo-src keeps the source).
"""
import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)
ACCENT = RGBColor(0x2B, 0x5F, 0x75)
HANG = Cm(3.6)


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
    s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)
    d.core_properties.author = "Kandidaat"
    if d.paragraphs:
        d.paragraphs[0]._p.getparent().remove(d.paragraphs[0]._p)
    return d


class Box:
    """Where paragraphs go: the document body or a table cell (whose first, empty paragraph is used first)."""
    def __init__(self, doc, cell=None):
        self.doc, self.cell, self.fresh = doc, cell, cell is not None

    def add(self, style=None):
        if self.fresh:
            self.fresh = False
            p = self.cell.paragraphs[0]
            if style:
                p.style = self.doc.styles[style]
            return p
        target = self.cell if self.cell is not None else self.doc
        return target.add_paragraph(style=style) if style else target.add_paragraph()


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return r


def para(box, text, style=None, **kw):
    p = box.add(style)
    if text:
        run(p, text, **kw)
    return p


def hanging(p, indent=HANG):
    pf = p.paragraph_format
    pf.left_indent = indent
    pf.first_line_indent = -indent
    pf.tab_stops.add_tab_stop(indent)
    return p


def blocks(box, bs):
    for b in bs:
        k = b[0]
        if k == "title":
            para(box, b[1], bold=True, size=21, color=ACCENT)
        elif k == "sub":
            para(box, b[1], italic=True, size=12)
        elif k == "h":
            p = para(box, b[1], bold=True, size=12, color=ACCENT)
            p.paragraph_format.space_before = Pt(9)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
        elif k == "p":
            para(box, b[1])
        elif k == "pb":
            para(box, b[1], bold=True)
        elif k == "bl":
            for t in b[1]:
                para(box, t, style="List Bullet")
        elif k == "bjobs":
            for pz in b[1]:
                p = para(box, None, style="List Bullet")
                p.paragraph_format.space_before = Pt(4)
                run(p, pz["t"], bold=True)
                run(p, f", {pz['e']} ({pz['d']})")
                for t in pz["tasks"]:
                    para(box, t, style="List Bullet 2")
        elif k == "jobs2":
            for pz in b[1]:
                p = para(box, f"{pz['t']} — {pz['e']}", bold=True)
                p.paragraph_format.space_before = Pt(6)
                para(box, pz["d"], italic=True)
                for t in pz["tasks"]:
                    para(box, t, style="List Bullet")
        elif k == "tjobs":
            for pz in b[1]:
                p = hanging(box.add())
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.keep_with_next = True
                run(p, pz["d"] + "\t")
                run(p, pz["t"], bold=True)
                q = hanging(box.add())
                q.paragraph_format.keep_with_next = True
                run(q, "\t" + pz["e"], italic=True)
                for t in pz["tasks"]:
                    r = para(box, t, style="List Bullet")
                    r.paragraph_format.left_indent = HANG + Cm(0.5)
                    r.paragraph_format.first_line_indent = -Cm(0.5)
        elif k == "tline":
            p = hanging(box.add())
            run(p, b[1] + "\t")
            run(p, b[2])
        else:
            raise ValueError(k)


def widths(table, ws):
    table.autofit = False
    for col, wd in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        col.set(qn("w:w"), str(int(wd.twips)))
    for row in table.rows:
        for cell, wd in zip(row.cells, ws):
            cell.width = wd


# ------------------------------------------------------------------------------------------ kinds
def build_bullets(c):
    d = new_doc()
    blocks(Box(d), c["word"]["body"])
    return d


def build_onecell(c):
    d = new_doc()
    t = d.add_table(rows=1, cols=1)
    t.style = d.styles["Table Grid"]
    widths(t, (Cm(17.0),))
    cell = t.cell(0, 0)
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="F3F7F9"/>'))
    tcPr.append(parse_xml(f'<w:tcMar {NS}><w:top w:w="170" w:type="dxa"/><w:left w:w="227" w:type="dxa"/>'
                          f'<w:bottom w:w="170" w:type="dxa"/><w:right w:w="227" w:type="dxa"/></w:tcMar>'))
    blocks(Box(d, cell), c["word"]["body"])
    return d


def build_twocolsec(c):
    w = c["word"]
    d = new_doc()
    blocks(Box(d), w["head"])
    d.add_section(WD_SECTION.CONTINUOUS)            # section 1 ends here; section 2: two equal columns
    n0 = len(d.paragraphs)
    blocks(Box(d), w["col1"])
    d.paragraphs[n0].paragraph_format.space_before = Pt(0)
    n = len(d.paragraphs)
    blocks(Box(d), w["col2"])
    d.paragraphs[n].paragraph_format.space_before = Pt(0)
    first = d.paragraphs[n]._p                      # a column break at the start of the right column's first line
    first.insert(1 if first.pPr is not None else 0, parse_xml(f'<w:r {NS}><w:br w:type="column"/></w:r>'))
    d.add_section(WD_SECTION.CONTINUOUS)            # section 2 ends here; section 3: one column
    blocks(Box(d), w["tail"])
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


def check_level(c, pdf):
    """The layout this CV is about: each line of the left column stands level with the right column's line."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    lines = []
    for m in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</line>', xml, re.S):
        words = " ".join(re.findall(r">([^<]*)</word>", m.group(3)))
        lines.append((float(m.group(1)), float(m.group(2)), words))
    w = c["word"]
    left = [b[1] for b in w["col1"]]
    right = [b[1] for b in w["col2"]]
    seen = {}
    for a, b in zip(left, right):
        ia, ib = seen.get(a, 0), seen.get(b, 0)      # the n-th line with this text
        seen[a], seen[b] = ia + 1, ib + 1
        ya = [y for x, y, t in lines if t == a][ia:]
        yb = [y for x, y, t in lines if t == b][ib:]
        if not ya or not yb or abs(ya[0] - yb[0]) > 1.0:
            sys.exit(f"word46.py: {c['file']}: {a!r} ({ya}) and {b!r} ({yb}) are not level")


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
                data = data.replace(b"<Application>Microsoft Macintosh Word</Application>",
                                    b"<Application>Microsoft Office Word</Application>")
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
    if not files:
        return
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        sys.exit(f"word46.py: soffice failed:\n{r.stdout}")


BUILD = {"bullets": build_bullets, "onecell": build_onecell, "twocolsec": build_twocolsec}


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
        d.save(raw / f"{stem}.docx")
        rezip(raw / f"{stem}.docx", (final if c["fmt"] == "docx" else src) / f"{stem}.docx", None)
    (holdout / "inbox").mkdir(exist_ok=True)
    soffice(work / "lo-profile", work / "lo-pdf", sorted(src.glob("*.docx")))       # PDFs: LibreOffice's print
    soffice(work / "lo-profile", work / "docx-pdf", sorted(final.glob("*.docx")))   # DOCX: its page count
    for c in todo:
        stem = Path(c["file"]).stem
        if c["fmt"] == "pdf":
            shutil.copyfile(work / "lo-pdf" / f"{stem}.pdf", holdout / "inbox" / c["file"])
            if c["word"]["kind"] == "twocolsec":
                check_level(c, holdout / "inbox" / c["file"])
            n = pdf_pages(holdout / "inbox" / c["file"])
        else:
            n = pdf_pages(work / "docx-pdf" / f"{stem}.pdf")
            rezip(raw / f"{stem}.docx", holdout / "inbox" / c["file"], n)
        print(f"  {c['file']} ({n} pages)")


if __name__ == "__main__":
    main()
