# -*- coding: utf-8 -*-
"""Round 57, producer "odt": a Writer document with frames, saved as DOCX by LibreOffice.

Usage: python3 odt57.py HOLDOUT_DIR WORK_DIR CVS_PY

The CV is written as a flat ODT (.fodt): the way a Writer CV template lays out a period column. The body
paragraphs of the experience and the education are indented 4.6 cm; each position's title paragraph carries a
FRAME anchored to that paragraph (text:anchor-type="paragraph", at the left edge of the paragraph area, 4.2 cm
wide, no border) holding the period; the education's years likewise. The contact block (place, phone, e-mail)
is a frame anchored to the PAGE, top right, beside the name. LibreOffice then saves the .fodt as DOCX ("MS Word
2007 XML"): each frame becomes a w:drawing / wp:anchor inside a run of its anchor paragraph, with the text in a
wps:txbx (mc:Choice) and again in a VML v:textbox (mc:Fallback). As in tests/holdout2/src/build.py the stale
statistics of docProps/app.xml are dropped and <Pages> is set from a LibreOffice rendering of the final DOCX
(kept in WORK_DIR/docx-pdf for the checker); core.xml's dates are fixed.
"""
import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED = (2025, 11, 1, 9, 0, 0)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nl" fo:country="NL"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:border-bottom="0.5pt solid #2e6b5e" fo:padding-bottom="0.05cm"/>
   <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#2e6b5e" fo:letter-spacing="0.03cm"/>
  </style:style>
  <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.05cm"/>
   <style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#2e6b5e"/>
  </style:style>
  <style:style style:name="Role" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.6cm"/>
   <style:text-properties fo:font-size="12pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="4.6cm"/>
  </style:style>
  <style:style style:name="JobTitle" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Employer" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:keep-with-next="always"/>
   <style:text-properties fo:font-style="italic" fo:color="#2e6b5e"/>
  </style:style>
  <style:style style:name="FrameText" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9.5pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Frame" style:family="graphic">
   <style:graphic-properties svg:x="0cm" svg:y="0cm" style:wrap="run-through" style:run-through="foreground" style:number-wrapped-paragraphs="no-limit" fo:padding="0cm" fo:border="none" style:shadow="none"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="5.1cm" fo:text-indent="-0.45cm" fo:margin-left="5.1cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="frPeriod" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties fo:min-height="0.4cm" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" draw:auto-grow-height="true"/>
  </style:style>
  <style:style style:name="frContact" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" draw:auto-grow-height="true"/>
  </style:style>
  <style:style style:name="PBullet" style:family="paragraph" style:parent-style-name="Body" style:list-style-name="Bullets">
   <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm" style:print-orientation="portrait"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
"""


class Fodt:
    def __init__(self):
        self.body = []
        self.frames = 0

    def frame(self, paras, style, x, y, width, anchor="paragraph", extra=""):
        self.frames += 1
        inner = "".join(f'<text:p text:style-name="{ps}">{escape(t)}</text:p>' for ps, t in paras)
        return (f'<draw:frame draw:style-name="{style}" draw:name="Kader{self.frames}" text:anchor-type="{anchor}" '
                f'{extra}svg:x="{x}" svg:y="{y}" svg:width="{width}" draw:z-index="{self.frames}">'
                f'<draw:text-box fo:min-height="0.4cm">{inner}</draw:text-box></draw:frame>')

    def p(self, style, text, frame=""):
        self.body.append(f'<text:p text:style-name="{style}">{frame}{escape(text)}</text:p>')

    def h(self, text):
        self.body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(text)}</text:h>')

    def bullets(self, items):
        self.body.append('<text:list text:style-name="Bullets">' + "".join(
            f'<text:list-item><text:p text:style-name="PBullet">{escape(t)}</text:p></text:list-item>'
            for t in items) + '</text:list>')

    def xml(self):
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
                f'office:mimetype="application/vnd.oasis.opendocument.text">{STYLES}<office:body><office:text>'
                f'{"".join(self.body)}</office:text></office:body></office:document>\n')


def build(c):
    d = c["doc"]
    f = Fodt()
    contact = f.frame([("Contact", d["city"]), ("Contact", d["phone"]), ("Contact", d["email"])],
                      "frContact", "12.5cm", "2.1cm", "6.5cm", anchor="page", extra='text:anchor-page-number="1" ')
    f.body.append(contact)
    f.p("Name", d["name"])
    f.p("Role", d["role"])
    f.h("Profiel")
    for t in d["profile"]:
        f.p("Standard", t)
    f.h("Werkervaring")
    for p in d["jobs"]:
        fr = f.frame([("FrameText", p["d"])], "frPeriod", "0cm", "0cm", "4.2cm")
        f.p("JobTitle", p["t"], fr)
        f.p("Employer", p["e"])
        f.bullets(p["tasks"])
    f.h("Opleiding")
    for e in d["edu"]:
        fr = f.frame([("FrameText", e["d"])], "frPeriod", "0cm", "0cm", "4.2cm")
        f.p("JobTitle", e["t"], fr)
        f.p("Body", f"{e['s']}, {e['place']} — {e['st']}")
    f.h("Cursussen")
    for y, t in d["courses"]:
        fr = f.frame([("FrameText", y)], "frPeriod", "0cm", "0cm", "4.2cm")
        f.p("Body", t, fr)
    f.h("Talen")
    f.p("Standard", ", ".join(f"{lang} ({lvl})" for lang, lvl in d["langs"]))
    f.h("Referenties")
    for n, r, ph in d["refs"]:
        f.p("Standard", f"{n}, {r}, {ph}")
    f.h("Uurtarief en beschikbaarheid")
    f.p("Standard", f"Uurtarief: {d['rate']}")
    f.p("Standard", f"Beschikbaar: {d['avail']}")
    return f.xml()


def soffice(profile, target, outdir, src):
    outdir.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(outdir), str(src)], capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"odt57.py: soffice {target} {src} failed: {r.stdout}{r.stderr}")


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def rezip(src, dst, pages):
    """As tests/holdout2/src/build.py: no stale statistics, <Pages> from the rendering, fixed dates."""
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/app.xml":
                data = re.sub(rb"<(Pages|Words|Characters|CharactersWithSpaces|Paragraphs|Lines)>\d*</\1>", b"", data)
                if pages is not None:
                    data = data.replace(b"</Properties>", b"<Pages>%d</Pages></Properties>" % pages)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    stage = work / "odt"
    stage.mkdir(parents=True, exist_ok=True)
    profile = work / "lo-profile"
    for c in mod.CVS:
        if c.get("producer") != "odt":
            continue
        stem = Path(c["file"]).stem
        src = stage / f"{stem}.fodt"
        src.write_text(build(c), encoding="utf-8")
        soffice(profile, "docx:MS Word 2007 XML", stage / "docx", src)
        first = stage / "docx" / f"{stem}.docx"
        tmp = stage / f"{stem}.nopages.docx"
        rezip(first, tmp, None)
        soffice(profile, "pdf", stage / "tmp-pdf", tmp)
        n = pdf_pages(stage / "tmp-pdf" / f"{stem}.nopages.pdf")
        dst = holdout / "inbox" / c["file"]
        rezip(first, dst, n)
        soffice(profile, "pdf", work / "docx-pdf", dst)
        if pdf_pages(work / "docx-pdf" / f"{stem}.pdf") != n:
            sys.exit(f"odt57.py: {c['file']}: the page count changed after setting <Pages>")
        shutil.copyfile(src, work / f"{stem}.fodt")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
