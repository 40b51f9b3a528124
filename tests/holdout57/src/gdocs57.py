# -*- coding: utf-8 -*-
"""Round 57, producer "gdocs": a DOCX written the way Google Docs exports one ("Bestand > Downloaden > Microsoft
Word (.docx)"). The package is written by hand, part by part:

  [Content_Types].xml, _rels/.rels, word/document.xml, word/_rels/document.xml.rels, word/styles.xml,
  word/numbering.xml, word/settings.xml, word/fontTable.xml, word/theme/theme1.xml -- and no docProps/ at all
  (Google Docs writes neither core.xml nor app.xml, so there is no <Pages>: the page count is an estimate).

document.xml as Google Docs writes it: every w:p and w:r carries rsid attributes of zeros and a w14:paraId
counting up; every run has <w:rtl w:val="0"/>, bold and italic as w:val="1"; paragraphs spell out their defaults
(keepNext / keepLines 0, spacing, ind, jc); headings carry a "_heading=h.xxxx" bookmark; columns are borderless
tables with decimal widths ("9029.0") and a w:tblGridChange, each table its own style "Table1", "Table2", ...;
bullets are numbering.xml lists of nine levels ("●", "○", "■", ...), a new list (abstractNum + num) for every
bulleted run of paragraphs; the e-mail is a w:hyperlink with Google's link colour 1155cc; a line break inside a
paragraph is <w:br w:type="textWrapping"/>; the page is Google's A4, 11909 x 16834 twips, margins 1440.

Usage: python3 gdocs57.py HOLDOUT_DIR WORK_DIR CVS_PY
Writes inbox/<file> and WORK_DIR/docx-pdf/<stem>.pdf (LibreOffice's rendering, for the checker).
"""
import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED = (2025, 11, 1, 9, 0, 0)
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15 wp14"')
RSID = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'
BULLETS = ["●", "○", "■", "●", "○", "■", "●", "○", "■"]
HEADING_IDS = ["gjdgxs", "30j0zll", "1fob9te", "3znysh7", "2et92p0", "tyjcwt", "3dy6vkm", "1t3h5sf", "4d34og8",
               "2s8eyo1", "17dp8vu"]


class Doc:
    def __init__(self):
        self.body = []
        self.para_id = 0
        self.heading = 0
        self.lists = 0          # lists made so far: numId = abstractNum + 1
        self.tables = []        # table style ids
        self.links = []

    def _pid(self):
        self.para_id += 1
        return f"{self.para_id:08X}"

    @staticmethod
    def run(text, b=False, i=False, color=None, size=None, font=None):
        rpr = ""
        if font:
            rpr += f'<w:rFonts w:ascii="{font}" w:cs="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
        if b:
            rpr += '<w:b w:val="1"/>'
        if i:
            rpr += '<w:i w:val="1"/>'
        if color:
            rpr += f'<w:color w:val="{color}"/>'
        if size:
            rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        rpr += '<w:rtl w:val="0"/>'
        return f'<w:r {RSID}><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    @staticmethod
    def br():
        return f'<w:r {RSID}><w:br w:type="textWrapping"/></w:r>'

    def link(self, text):
        self.links.append(f"mailto:{text}")
        rid = f"rId{5 + len(self.links)}"
        return (f'<w:hyperlink r:id="{rid}"><w:r {RSID}><w:rPr><w:color w:val="1155cc"/><w:u w:val="single"/>'
                f'<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>')

    def p(self, runs, style=None, jc="left", before=0, after=0, num=None, bookmark=False, out=None):
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        ppr += '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>' if not style else ""
        if num is not None:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += f'<w:spacing w:after="{after}" w:before="{before}" w:line="276" w:lineRule="auto"/>'
        ppr += ('<w:ind w:left="720" w:hanging="360"/>' if num is not None
                else '<w:ind w:left="0" w:right="0" w:firstLine="0"/>')
        ppr += f'<w:jc w:val="{jc}"/><w:rPr/>'
        bm = ""
        if bookmark:
            hid = HEADING_IDS[self.heading]
            bm = (f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.{hid}" w:id="{self.heading}"/>'
                  f'<w:bookmarkEnd w:id="{self.heading}"/>')
            self.heading += 1
        xml = (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
               f'w:rsidRPr="00000000" w14:paraId="{self._pid()}"><w:pPr>{ppr}</w:pPr>{bm}{"".join(runs)}</w:p>')
        (self.body if out is None else out).append(xml)

    def heading1(self, text):
        self.p([self.run(text)], style="Heading1", bookmark=True)

    def bullets(self, items, out=None):
        self.lists += 1
        for t in items:
            self.p([self.run(t)], num=self.lists, after=40, out=out)

    def table(self, widths, rows):
        """rows: [[cell xml list (paragraphs), ...], ...]; borderless, Google's decimal widths."""
        self.tables.append(f"Table{len(self.tables) + 1}")
        nil = "".join(f'<w:{s} w:color="000000" w:space="0" w:sz="0" w:val="nil"/>'
                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        x = (f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.tables[-1]}"/><w:tblW w:w="{sum(widths)}.0" w:type="dxa"/>'
             f'<w:jc w:val="left"/><w:tblBorders>{nil}</w:tblBorders><w:tblLayout w:type="fixed"/>'
             f'<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}<w:tblGridChange w:id="0"><w:tblGrid>{grid}'
             f'</w:tblGrid></w:tblGridChange></w:tblGrid>')
        for row in rows:
            x += '<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>'
            for w, cell in zip(widths, row):
                mar = "".join(f'<w:{s} w:w="100.0" w:type="dxa"/>' for s in ("top", "left", "bottom", "right"))
                x += (f'<w:tc><w:tcPr><w:shd w:fill="auto" w:val="clear"/><w:tcMar>{mar}</w:tcMar>'
                      f'<w:vAlign w:val="top"/></w:tcPr>{"".join(cell)}</w:tc>')
            x += '</w:tr>'
        x += '</w:tbl>'
        self.body.append(x)

    def cell(self):
        return []

    def document(self):
        sect = ('<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/><w:pgMar w:bottom="1440" '
                'w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/>'
                '<w:pgNumType w:start="1"/></w:sectPr>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
                f'{"".join(self.body)}{sect}</w:body></w:document>')

    def numbering(self):
        x = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W_NS}>')
        for n in range(self.lists):
            x += f'<w:abstractNum w:abstractNumId="{n}">'
            for lvl, sym in enumerate(BULLETS):
                x += (f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                      f'<w:lvlText w:val="{sym}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (lvl + 1)}" '
                      f'w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
            x += '</w:abstractNum>'
        for n in range(self.lists):
            x += f'<w:num w:numId="{n + 1}"><w:abstractNumId w:val="{n}"/></w:num>'
        return x + '</w:numbering>'

    def styles(self):
        def pstyle(sid, name, ppr, rpr, based=True):
            b = '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>' if based else ""
            return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{b}'
                    f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')
        keep = '<w:keepNext w:val="1"/><w:keepLines w:val="1"/>'
        st = [
            ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" '
             'w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl"/></w:rPr></w:rPrDefault>'
             '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
             '</w:docDefaults>'),
            pstyle("Normal", "normal", "", "", based=False).replace('w:styleId="Normal"',
                                                                    'w:default="1" w:styleId="Normal"'),
            pstyle("Heading1", "heading 1", keep + '<w:spacing w:after="80" w:before="320"/>',
                   '<w:color w:val="1f6f78"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
            pstyle("Heading2", "heading 2", keep + '<w:spacing w:after="80" w:before="240"/>',
                   '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
            pstyle("Title", "Title", keep + '<w:spacing w:after="60" w:before="0"/>',
                   '<w:b w:val="1"/><w:sz w:val="44"/><w:szCs w:val="44"/>'),
            pstyle("Subtitle", "Subtitle", keep + '<w:spacing w:after="200" w:before="0"/>',
                   '<w:color w:val="666666"/><w:sz w:val="26"/><w:szCs w:val="26"/>'),
            ('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/><w:tblPr>'
             '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
             'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
             '</w:tblPr></w:style>'),
        ]
        for t in self.tables:
            st.append(f'<w:style w:type="table" w:styleId="{t}"><w:basedOn w:val="TableNormal"/><w:tblPr>'
                      '<w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar>'
                      '<w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" '
                      'w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}>{"".join(st)}'
                '</w:styles>')


def build(c):
    d = c["doc"]
    g = Doc()
    # the top: a borderless table, name and role left, contact right-aligned
    left, right = [], []
    g.p([g.run(d["name"])], style="Title", bookmark=True, out=left)
    g.p([g.run(d["role"])], style="Subtitle", out=left)
    g.p([g.run(d["city"], color="666666")], jc="right", out=right)
    g.p([g.run(d["phone"], color="666666")], jc="right", out=right)
    g.p([g.link(d["email"])], jc="right", out=right)
    g.table([5529, 3500], [[left, right]])
    g.heading1("Profiel")
    for t in d["profile"]:
        g.p([g.run(t)], after=120)
    g.heading1("Werkervaring")
    rows = []
    for p in d["jobs"]:
        lc, rc = [], []
        g.p([g.run(p["d"], color="666666")], out=lc)
        g.p([g.run(p["t"], b=True), g.br(), g.run(p["e"], i=True)], after=60, out=rc)
        g.bullets(p["tasks"], out=rc)
        rows.append([lc, rc])
    g.table([2250, 6779], rows)
    g.heading1("Opleiding")
    rows = []
    for e in d["edu"]:
        lc, rc = [], []
        g.p([g.run(e["d"], color="666666")], out=lc)
        g.p([g.run(e["t"], b=True), g.br(), g.run(f"{e['s']}, {e['place']} — {e['st']}")], out=rc)
        rows.append([lc, rc])
    g.table([2250, 6779], rows)
    g.heading1("Cursussen")
    g.bullets([f"{t} ({y})" for y, t in d["courses"]])
    g.heading1("Talen")
    g.p([g.run(", ".join(f"{lang} ({lvl})" for lang, lvl in d["langs"]))])
    g.heading1("Referenties")
    g.bullets([f"{n}, {r}, {ph}" for n, r, ph in d["refs"]])
    g.heading1("Uurtarief en beschikbaarheid")
    g.p([g.run("Uurtarief: ", b=True), g.run(d["rate"])])
    g.p([g.run("Beschikbaar: ", b=True), g.run(d["avail"])])
    return g


def write(g, path):
    import docx                          # only for the theme part python-docx ships
    tmpl = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(tmpl) as z:
        theme = z.read("word/theme/theme1.xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          + "".join(f'<Override ContentType="application/vnd.openxmlformats-officedocument.{t}" PartName="{p}"/>'
                    for t, p in (("wordprocessingml.numbering+xml", "/word/numbering.xml"),
                                 ("wordprocessingml.styles+xml", "/word/styles.xml"),
                                 ("wordprocessingml.settings+xml", "/word/settings.xml"),
                                 ("theme+xml", "/word/theme/theme1.xml"),
                                 ("wordprocessingml.fontTable+xml", "/word/fontTable.xml"),
                                 ("wordprocessingml.document.main+xml", "/word/document.xml")))
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    drels = [("rId1", "theme", "theme/theme1.xml", ""), ("rId2", "settings", "settings.xml", ""),
             ("rId3", "fontTable", "fontTable.xml", ""), ("rId4", "numbering", "numbering.xml", ""),
             ("rId5", "styles", "styles.xml", "")]
    drels += [(f"rId{6 + i}", "hyperlink", t, ' TargetMode="External"') for i, t in enumerate(g.links)]
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="{i}" Type="{R}{t}" Target="{escape(tg)}"{x}/>' for i, t, tg, x in drels)
               + '</Relationships>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W_NS}>'
                '<w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat>'
                '<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/'
                'word"/></w:compat></w:settings>')
    fonts = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts {W_NS}><w:font w:name="Arial"/>'
             '</w:fonts>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", g.document()),
             ("word/_rels/document.xml.rels", docrels), ("word/styles.xml", g.styles()),
             ("word/numbering.xml", g.numbering()), ("word/settings.xml", settings),
             ("word/fontTable.xml", fonts), ("word/theme/theme1.xml", theme)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))


def render(docx_path, outdir, profile):
    outdir.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"render of {docx_path} failed: {r.stdout}{r.stderr}")


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for c in mod.CVS:
        if c.get("producer") != "gdocs":
            continue
        dst = holdout / "inbox" / c["file"]
        write(build(c), dst)
        render(dst, work / "docx-pdf", work / "lo-profile")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
