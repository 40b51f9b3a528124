# -*- coding: utf-8 -*-
"""Round 57, producer "abiword": a Word document (python-docx) printed to PDF by AbiWord 3.0 (abiword --to=pdf,
cairo's PDF backend), the route of a candidate who writes in Word and converts with AbiWord on Linux.

Usage: python3 abiword57.py HOLDOUT_DIR WORK_DIR CVS_PY

The document: A4, margins 2 cm. The first section is one column: the name, the role, the contact line and the
profile (three paragraphs), which end about a third of the way down page 1. Then a CONTINUOUS section break and a
section in TWO columns (w:cols num=2, 1 cm apart, no separator): the experience (period line, title, employer,
task bullets), the education, courses, languages, referees and rate. Word shows the two columns starting right
under the profile, a third of the way down page 1. AbiWord cannot change the number of columns inside a page: it
starts the two-column section on a NEW page (so page 1 holds only the name, contact and profile) and fills page 2
column by column, the left column from the top to the foot of the page, then the right column from the top. Its
fonts are its own substitutes for the document's (a serif face). check_layout() stops unless page 1 holds the
profile but no period, and page 2 has the first position's period in the left half and text at the top of the
right half.
"""
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ACC = RGBColor(0x1d, 0x4f, 0x91)
GREY = RGBColor(0x55, 0x55, 0x55)


def build(c, path):
    d = c["doc"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(10)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(2.0)

    def para(text="", bold=False, italic=False, size=None, color=None, after=None, before=None, style=None):
        p = doc.add_paragraph(style=style)
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = color
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        if before is not None:
            p.paragraph_format.space_before = Pt(before)
        return p

    def head(text):
        para(text, bold=True, size=12.5, color=ACC, before=10, after=4)

    para(d["name"], bold=True, size=24, color=ACC, after=0)
    para(d["role"], size=13, color=GREY, after=6)
    para(f"{d['city']}  |  {d['phone']}  |  {d['email']}", after=8)
    head("Profiel")
    for t in d["profile"]:
        para(t, after=6)

    two = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = two._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        two._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")

    head("Werkervaring")
    for p in d["jobs"]:
        para(p["d"], bold=True, color=GREY, before=6, after=0)
        para(p["t"], bold=True, after=0)
        para(p["e"], italic=True, color=ACC, after=2)
        for t in p["tasks"]:
            q = para("•\t" + t, after=2)
            q.paragraph_format.left_indent = Cm(0.5)
            q.paragraph_format.first_line_indent = Cm(-0.5)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(0.5))
    head("Opleiding")
    for e in d["edu"]:
        para(e["d"], bold=True, color=GREY, after=0)
        para(e["t"], bold=True, after=0)
        para(f"{e['s']}, {e['place']} — {e['st']}", after=4)
    head("Cursussen")
    for y, t in d["courses"]:
        para(f"{t} ({y})")
    head("Talen")
    para(", ".join(f"{a} ({b})" for a, b in d["langs"]))
    head("Referenties")
    for n, r, ph in d["refs"]:
        para(n, bold=True, after=0)
        para(f"{r}, {ph}", after=4)
    head("Uurtarief en beschikbaarheid")
    para(f"Uurtarief: {d['rate']}")
    para(f"Beschikbaar: {d['avail']}")
    doc.core_properties.author = d["name"]
    doc.core_properties.title = f"CV {d['name']}"
    doc.save(path)


def words(pdf, page):
    xhtml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    return [(float(a), float(b), w) for a, b, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" [^>]*>([^<]*)</word>', xhtml)]


def check_layout(c, pdf):
    d = c["doc"]
    first = d["jobs"][0]["d"].split()[0]
    p1, p2 = words(pdf, 1), words(pdf, 2)
    if any(w == first for _, _, w in p1) or not any(w == "Profiel" for _, _, w in p1):
        sys.exit(f"abiword57.py: {c['file']}: page 1 is not the name and profile alone")
    if not any(w == first and x < 250 for x, _, w in p2):
        sys.exit(f"abiword57.py: {c['file']}: the first period is not in the left column of page 2")
    if not any(x > 300 and y < 150 for x, y, _ in p2):
        sys.exit(f"abiword57.py: {c['file']}: nothing at the top of the right column of page 2")


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    work = work / "abw"
    work.mkdir(parents=True, exist_ok=True)
    for c in mod.CVS:
        if c.get("producer") != "abiword":
            continue
        stem = Path(c["file"]).stem
        src = work / f"{stem}.docx"
        build(c, src)
        r = subprocess.run(["abiword", "--to=pdf", f"--to-name={work / (stem + '.pdf')}", str(src)],
                           capture_output=True, text=True, timeout=120)
        if r.returncode or not (work / f"{stem}.pdf").exists():
            sys.exit(f"abiword57.py: {c['file']}: abiword failed: {r.stdout}{r.stderr}")
        check_layout(c, work / f"{stem}.pdf")
        (holdout / "inbox" / c["file"]).write_bytes((work / f"{stem}.pdf").read_bytes())
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
