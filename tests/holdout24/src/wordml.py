# -*- coding: utf-8 -*-
"""Round 24: write the DOCX CVs of holdout24_cvs.py the way Word (and two other producers) write them.

Usage: python3 wordml.py HOLDOUT_DIR WORK_DIR CVS

python-docx makes the package (styles, settings, theme, core/app properties, header and footer parts);
this script then writes word/document.xml, the header/footer content, numbering, footnotes, endnotes and
comments itself, because python-docx cannot write tracked changes, fields, content controls, text boxes,
merged cells, soft/non-breaking hyphens or comments. Producers (CV key "producer"):
  word     python-docx package + hand-written WordprocessingML (Word's markup)
  minimal  only [Content_Types].xml, _rels/.rels and word/document.xml (no styles, no docProps)
  lo-html  the CV as HTML, converted by LibreOffice (soffice --convert-to docx)

The CV body is a list of blocks; a paragraph's text is a small inline markup (see INLINE below). For each
CV it also writes the text a careful reader sees (WORK/truth/STEM.txt: insertions kept, deletions and
moved-from text dropped, field results not instructions, a text box once, footnotes at the end, comments
left out) and a LibreOffice PDF rendering of the final DOCX (WORK/docx-pdf/STEM.pdf, for the page count).
<Pages> in docProps/app.xml is the rendered count (like tests/holdout2/src/build.py), or absent for
post="nopages".

INLINE markup in a paragraph string:
  {|}            a run boundary (the next run has other formatting / rsid)     -> nothing
  {pe}           a proofErr spellStart here, spellEnd after the next run         -> nothing
  {bm}           an empty bookmark (_GoBack)                                     -> nothing
  {lrpb}         w:lastRenderedPageBreak                                         -> nothing
  {shy} {nbh}    w:softHyphen / w:noBreakHyphen                                  -> nothing / "-"
  {nbsp}         U+00A0 in the text                                              -> a space
  {tab} {br}     w:tab / w:br                                                    -> tab / newline
  {ins:T}        w:ins (tracked insertion)                                       -> T
  {del:T}        w:del with w:delText (tracked deletion)                         -> nothing
  {mfrom:T}      w:moveFrom (with its range), text in w:t as Word writes it     -> nothing
  {mto:T}        w:moveTo                                                        -> T
  {fld:I|T}      complex field: fldChar begin, instrText I, separate, T, end     -> T
  {fs:I|T}       w:fldSimple w:instr=I around T                                  -> T
  {link:U|T}     w:hyperlink r:id (external relationship U) around T             -> T
  {sdt:A|T}      inline content control (alias/tag A) around T                   -> T
  {fn:T} {en:T}  footnote / endnote reference; T is the note                     -> the note, at the end
  {cm:T|C}       comment C (comments.xml) anchored on T                          -> T
"""
import html
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'mc:Ignorable="w14 wp14"')
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DATE = "2025-11-20T10:12:00Z"
AUTHOR = "Detavast Recruitment"
FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)
TOKEN = re.compile(r"\{(\||[a-z]+)(?::([^{}]*))?\}")
RPRS = ['<w:rPr><w:lang w:val="nl-NL"/></w:rPr>',
        '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:lang w:val="nl-NL"/></w:rPr>']


def esc(s):
    return html.escape(s, quote=True)


class Ctx:
    """Counters and collected parts of one document."""
    def __init__(self, minimal=False):
        self.minimal = minimal
        self.ids = 100
        self.rels = []          # (rId, url)
        self.footnotes, self.endnotes, self.comments = [], [], []
        self.notes_truth = []

    def nid(self):
        self.ids += 1
        return self.ids


def rpr(variant, bold, extra=""):
    base = RPRS[variant % 2]
    if bold or extra:
        base = base.replace("<w:rPr>", "<w:rPr>" + extra + ("<w:b/><w:bCs/>" if bold else ""))
    return base


def t_run(text, variant, bold, tag="w:t", extra=""):
    return f'<w:r>{rpr(variant, bold, extra)}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def inline(markup, ctx, bold=False):
    """Inline markup -> (WordprocessingML runs, the text a reader sees)."""
    xml, truth = [], []
    variant, pend_pe = 0, False
    pos = 0

    def text(s):
        nonlocal pend_pe
        s = s.replace("\u00a0", "\u00a0")
        xml.append(t_run(s, variant, bold))
        truth.append(s)
        if pend_pe:
            xml.append('<w:proofErr w:type="spellEnd"/>')
            pend_pe = False

    for m in TOKEN.finditer(markup):
        if m.start() > pos:
            text(markup[pos:m.start()].replace("{nbsp}", "\u00a0"))
        pos = m.end()
        tag, arg = m.group(1), m.group(2)
        if tag == "|":
            variant += 1
        elif tag == "pe":
            xml.append('<w:proofErr w:type="spellStart"/>')
            pend_pe = True
        elif tag == "bm":
            i = ctx.nid()
            xml.append(f'<w:bookmarkStart w:id="{i}" w:name="_GoBack"/><w:bookmarkEnd w:id="{i}"/>')
        elif tag == "lrpb":
            xml.append('<w:r><w:lastRenderedPageBreak/></w:r>')
        elif tag == "shy":
            xml.append(f'<w:r>{rpr(variant, bold)}<w:softHyphen/></w:r>')
        elif tag == "nbh":
            xml.append(f'<w:r>{rpr(variant, bold)}<w:noBreakHyphen/></w:r>')
            truth.append("-")
        elif tag == "nbsp":
            xml.append(t_run("\u00a0", variant, bold))
            truth.append("\u00a0")
        elif tag == "tab":
            xml.append(f'<w:r>{rpr(variant, bold)}<w:tab/></w:r>')
            truth.append("\t")
        elif tag == "br":
            xml.append(f'<w:r>{rpr(variant, bold)}<w:br/></w:r>')
            truth.append("\n")
        elif tag == "ins":
            xml.append(f'<w:ins w:id="{ctx.nid()}" w:author="{AUTHOR}" w:date="{DATE}">'
                       f'{t_run(arg, variant, bold)}</w:ins>')
            truth.append(arg)
        elif tag == "del":
            xml.append(f'<w:del w:id="{ctx.nid()}" w:author="{AUTHOR}" w:date="{DATE}">'
                       f'{t_run(arg, variant, bold, "w:delText")}</w:del>')
        elif tag in ("mfrom", "mto"):
            kind = "moveFrom" if tag == "mfrom" else "moveTo"
            r = ctx.nid()
            xml.append(f'<w:{kind}RangeStart w:id="{r}" w:author="{AUTHOR}" w:date="{DATE}" w:name="move214"/>'
                       f'<w:{kind} w:id="{ctx.nid()}" w:author="{AUTHOR}" w:date="{DATE}">'
                       f'{t_run(arg, variant, bold)}</w:{kind}><w:{kind}RangeEnd w:id="{r}"/>')
            if tag == "mto":
                truth.append(arg)
        elif tag == "fld":
            instr, res = arg.split("|", 1)
            xml.append(f'<w:r>{rpr(variant, bold)}<w:fldChar w:fldCharType="begin"/></w:r>'
                       f'<w:r>{rpr(variant, bold)}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
                       f'<w:r>{rpr(variant, bold)}<w:fldChar w:fldCharType="separate"/></w:r>'
                       f'{t_run(res, variant, bold)}'
                       f'<w:r>{rpr(variant, bold)}<w:fldChar w:fldCharType="end"/></w:r>')
            truth.append(res)
        elif tag == "fs":
            instr, res = arg.split("|", 1)
            xml.append(f'<w:fldSimple w:instr=" {esc(instr)} ">{t_run(res, variant, bold)}</w:fldSimple>')
            truth.append(res)
        elif tag == "link":
            url, res = arg.split("|", 1)
            rid = f"rIdL{len(ctx.rels) + 1}"
            ctx.rels.append((rid, url))
            xml.append(f'<w:hyperlink r:id="{rid}" w:history="1">'
                       f'{t_run(res, variant, bold, extra=chr(60) + "w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}'
                       f'</w:hyperlink>')
            truth.append(res)
        elif tag == "sdt":
            alias, res = arg.split("|", 1)
            xml.append(f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias)}"/>'
                       f'<w:id w:val="{ctx.nid() * 7919}"/></w:sdtPr><w:sdtContent>{t_run(res, variant, bold)}'
                       f'</w:sdtContent></w:sdt>')
            truth.append(res)
        elif tag in ("fn", "en"):
            notes = ctx.footnotes if tag == "fn" else ctx.endnotes
            n = len(notes) + 1
            notes.append(arg)
            kind = "footnote" if tag == "fn" else "endnote"
            style = "FootnoteReference" if tag == "fn" else "EndnoteReference"
            xml.append(f'<w:r><w:rPr><w:rStyle w:val="{style}"/><w:vertAlign w:val="superscript"/></w:rPr>'
                       f'<w:{kind}Reference w:id="{n}"/></w:r>')
            ctx.notes_truth.append(f"{n} {arg}")
        elif tag == "cm":
            anchor, comment = arg.split("|", 1)
            i = len(ctx.comments)
            ctx.comments.append(comment)
            xml.append(f'<w:commentRangeStart w:id="{i}"/>{t_run(anchor, variant, bold)}'
                       f'<w:commentRangeEnd w:id="{i}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{i}"/></w:r>')
            truth.append(anchor)
        else:
            raise SystemExit(f"wordml.py: unknown markup {{{tag}}} in {markup!r}")
    if pos < len(markup):
        text(markup[pos:])
    return "".join(xml), "".join(truth)


def para(markup, ctx, style=None, bold=False, num=None, jc=None, mark=""):
    runs, truth = inline(markup, ctx, bold)
    ppr = ""
    if style and not ctx.minimal:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += mark
    rsid = "00A1%04X" % (ctx.nid() % 0xFFFF)
    return (f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">' + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
            + runs + "</w:p>"), truth


def cell_xml(cell, width, ctx):
    if isinstance(cell, str):
        cell = {"p": [cell]}
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if cell.get("span"):
        tcpr += f'<w:gridSpan w:val="{cell["span"]}"/>'
    if cell.get("vm") == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif cell.get("vm") == "cont":
        tcpr += "<w:vMerge/>"
    if cell.get("shade"):
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{cell["shade"]}"/>'
    body, truth = [], []
    for item in cell.get("p", []):
        if isinstance(item, tuple) and item[0] == "table":
            x, t = table_xml(item[1], item[2], ctx)
            body.append(x)
            truth.append(t)
        else:
            x, t = para(item, ctx, bold=cell.get("bold", False))
            body.append(x)
            truth.append(t)
    if not body or body[-1].startswith("<w:tbl>"):
        body.append("<w:p/>")     # a cell ends with a paragraph (also after a nested table)
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(body)}</w:tc>", "\n".join(truth)


def table_xml(widths, rows, ctx):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out, truth = [], []
    for row in rows:
        cells, texts, col = [], [], 0
        for cell in row:
            span = cell.get("span", 1) if isinstance(cell, dict) else 1
            x, t = cell_xml(cell, sum(widths[col:col + span]), ctx)
            col += span
            cells.append(x)
            if t:
                texts.append(t)
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
        truth.append(" | ".join(texts))
    borders = ("" if ctx.minimal else '<w:tblStyle w:val="TableGrid"/>')
    return (f'<w:tbl><w:tblPr>{borders}<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(out)}</w:tbl>"), "\n".join(truth)


def textbox_xml(paras, ctx):
    """A floating text box as Word 2010+ writes it: DrawingML (mc:Choice) and a VML copy (mc:Fallback)."""
    inner, truth = [], []
    for item in paras:
        md, style, bold = (item, None, False) if isinstance(item, str) else item
        x, t = para(md, ctx, style=style, bold=bold)
        inner.append(x)
        truth.append(t)
    content = "".join(inner)
    i = ctx.nid()
    drawing = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="25165{i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>5080000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2160000" cy="4320000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{i}" name="Tekstvak {i}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="4320000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EDF2F7"/></a:solidFill>'
        '<a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = (
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Tekstvak {i}" o:spid="_x0000_s10{i}" type="#_x0000_t202" style="position:absolute;'
        'margin-left:400pt;margin-top:70.9pt;width:170.1pt;height:340.15pt;z-index:251659264;'
        'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#edf2f7" stroked="f">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>')
    xml = (f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
           f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')
    return xml, "\n".join(truth)


def blocks_xml(blocks, ctx):
    xml, truth = [], []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "title", "bold"):
            style = {"p": None, "h": "Heading1", "title": "Title", "bold": None}[kind]
            x, t = para(b[1], ctx, style=style, bold=kind in ("h", "title", "bold") and ctx.minimal or kind == "bold")
        elif kind == "num":      # automatic numbering: the number is no text
            x, t = para(b[1], ctx, style="ListParagraph", num=b[2] if len(b) > 2 else 1)
        elif kind == "delp":     # a whole paragraph deleted, its mark too
            mark = f'<w:rPr><w:del w:id="{ctx.nid()}" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr>'
            x, _ = para("{del:" + b[1] + "}", ctx, mark=mark)
            t = None
        elif kind == "insp":     # a whole paragraph inserted
            mark = f'<w:rPr><w:ins w:id="{ctx.nid()}" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr>'
            x, t = para("{ins:" + b[1] + "}", ctx, mark=mark)
        elif kind == "table":
            x, t = table_xml(b[1], b[2], ctx)
        elif kind == "textbox":
            x, t = textbox_xml(b[1], ctx)
        elif kind == "sdt":      # a block content control around paragraphs
            inner = [para(md, ctx) for md in b[2]]
            x = (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(b[1])}"/><w:tag w:val="{esc(b[1])}"/>'
                 f'<w:id w:val="{ctx.nid() * 104729}"/></w:sdtPr><w:sdtContent>'
                 + "".join(p for p, _ in inner) + "</w:sdtContent></w:sdt>")
            t = "\n".join(tt for _, tt in inner)
        else:
            raise SystemExit(f"wordml.py: unknown block {kind}")
        xml.append(x)
        if t is not None:
            truth.append(t)
    return "".join(xml), truth


NUMBERING = (XML_DECL + f'<w:numbering {W_NS}>'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
             '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
             '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
             '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def notes_xml(kind, notes):
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
    style = "FootnoteText" if kind == "footnote" else "EndnoteText"
    ref = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    body = "".join(
        f'<w:{kind} w:id="{n}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr><w:rStyle w:val="{ref}"/>'
        f'<w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {esc(t)}</w:t>'
        f'</w:r></w:p></w:{kind}>' for n, t in enumerate(notes, 1))
    return XML_DECL + f"<w:{kind}s {W_NS}>{sep}{body}</w:{kind}s>"


def comments_xml(comments):
    body = "".join(
        f'<w:comment w:id="{i}" w:author="{AUTHOR}" w:date="{DATE}" w:initials="DR"><w:p><w:pPr>'
        f'<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        f'<w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(c)}</w:t></w:r></w:p></w:comment>'
        for i, c in enumerate(comments))
    return XML_DECL + f"<w:comments {W_NS}>{body}</w:comments>"


def hf_xml(kind, lines, ctx):
    ps = [para(md, ctx, style="Header" if kind == "hdr" else "Footer") for md in lines]
    return XML_DECL + f"<w:{kind} {W_NS}>" + "".join(p for p, _ in ps) + f"</w:{kind}>", [t for _, t in ps]


SECT = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
        'w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>')


def write_zip(dst, items):
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))


def build_word(c, dst):
    """python-docx package, then Word's markup written into it."""
    d = docx.Document()
    d.core_properties.author = c["name"] or "Kandidaat"
    d.core_properties.title = "Curriculum vitae"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    if c.get("hdr"):
        sec.header.paragraphs[0].text = "x"
    if c.get("ftr"):
        sec.footer.paragraphs[0].text = "x"
    tmp = dst.with_suffix(".base.docx")
    d.save(tmp)
    with zipfile.ZipFile(tmp) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    tmp.unlink()
    ctx = Ctx()
    body, truth = blocks_xml(c["blocks"], ctx)
    doc = parts["word/document.xml"].decode()
    sect = re.search(r"<w:sectPr.*?</w:sectPr>", doc, re.S).group(0)
    sect = re.sub(r"<w:pgSz.*?(?=</w:sectPr>)", SECT, sect, flags=re.S)
    hf_truth = []
    rels = parts["word/_rels/document.xml.rels"].decode()
    for kind, key in (("hdr", "header1.xml"), ("ftr", "footer1.xml")):
        if c.get(kind):
            x, t = hf_xml(kind, c[kind], ctx)
            parts["word/" + key] = x.encode()
            hf_truth += t
    ct = parts["[Content_Types].xml"].decode()
    parts["word/numbering.xml"] = NUMBERING.encode()

    def add(part, reltype, ctype, data):
        nonlocal rels, ct
        parts["word/" + part] = data.encode()
        rels = rels.replace("</Relationships>", f'<Relationship Id="rIdX{part.split(".")[0]}" Type="{REL}{reltype}" '
                                                 f'Target="{part}"/></Relationships>')
        ct = ct.replace("</Types>", f'<Override PartName="/word/{part}" ContentType="{CT}{ctype}"/></Types>')

    if ctx.footnotes:
        add("footnotes.xml", "footnotes", "footnotes+xml", notes_xml("footnote", ctx.footnotes))
    if ctx.endnotes:
        add("endnotes.xml", "endnotes", "endnotes+xml", notes_xml("endnote", ctx.endnotes))
    if ctx.comments:
        add("comments.xml", "comments", "comments+xml", comments_xml(ctx.comments))
    for rid, url in ctx.rels:
        rels = rels.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{REL}hyperlink" '
                                                 f'Target="{esc(url)}" TargetMode="External"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    parts["[Content_Types].xml"] = ct.encode()
    parts["word/document.xml"] = (XML_DECL + f"<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>").encode()
    parts.pop("docProps/thumbnail.jpeg", None)
    rr = parts["_rels/.rels"].decode()
    rr = re.sub(r'<Relationship [^>]*thumbnail[^>]*/>', "", rr)
    parts["_rels/.rels"] = rr.encode()
    app = parts["docProps/app.xml"].decode()
    app = re.sub(r"<(Pages|Words|Characters|CharactersWithSpaces|Paragraphs|Lines)>\d*</\1>\s*", "", app)
    app = app.replace("Microsoft Macintosh Word", "Microsoft Office Word")
    parts["docProps/app.xml"] = app.encode()
    core = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2025-11-01T09:00:00Z",
                  parts["docProps/core.xml"].decode())
    parts["docProps/core.xml"] = core.encode()
    write_zip(dst, list(parts.items()))
    return "\n".join(hf_truth[:1] + truth + hf_truth[1:] + ctx.notes_truth)


def build_minimal(c, dst):
    """Only the three parts a DOCX needs: no styles, settings, fonts, docProps, document relationships."""
    ctx = Ctx(minimal=True)
    body, truth = blocks_xml(c["blocks"], ctx)
    assert not (ctx.rels or ctx.footnotes or ctx.endnotes or ctx.comments), "minimal DOCX: no other parts"
    doc = (XML_DECL + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}<w:sectPr>{SECT}</w:sectPr></w:body></w:document>")
    doc = doc.replace("<w:document xmlns:w", "<w:document xmlns:r=\"http://schemas.openxmlformats.org/"
                      "officeDocument/2006/relationships\" xmlns:w")
    types = (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/></Types>')
    rels = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>')
    write_zip(dst, [("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc)])
    return "\n".join(truth)


def html_of(c):
    """The CV as an HTML page (for the LibreOffice producer). Markup limited to text, {nbsp}, {link:}."""
    def h(md):
        md = md.replace("{nbsp}", "&nbsp;")
        md = re.sub(r"\{link:([^|{}]*)\|([^{}]*)\}", lambda m: f'<a href="{esc(m.group(1))}">{esc(m.group(2))}</a>', md)
        assert "{" not in md, md
        return md
    out, truth = [], []
    for b in c["blocks"]:
        kind = b[0]
        plain = re.sub(r"\{link:[^|{}]*\|([^{}]*)\}", r"\1", b[1] if isinstance(b[1], str) else "").replace("{nbsp}", "\u00a0")
        if kind == "title":
            out.append(f"<h1>{h(b[1])}</h1>")
        elif kind == "h":
            out.append(f"<h2>{h(b[1])}</h2>")
        elif kind == "p":
            out.append(f"<p>{h(b[1])}</p>")
        elif kind == "bold":
            out.append(f"<p><b>{h(b[1])}</b></p>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{h(i)}</li>" for i in b[1]) + "</ol>")
            plain = "\n".join(b[1])
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{h(i)}</li>" for i in b[1]) + "</ul>")
            plain = "\n".join(b[1])
        elif kind == "table":
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">' + "".join(
                "<tr>" + "".join(f"<td>{h(cell)}</td>" for cell in row) + "</tr>" for row in b[1]) + "</table>")
            plain = "\n".join(" | ".join(row) for row in b[1])
        else:
            raise SystemExit(f"wordml.py: block {kind} not in the HTML producer")
        truth.append(plain)
    page = ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Curriculum vitae</title>'
            '<style>body{font-family:"Liberation Sans",Arial;font-size:10pt} h1{font-size:18pt} h2{font-size:12pt}'
            '</style></head><body>' + "\n".join(out) + "</body></html>")
    return page, "\n".join(truth)


def _load(path):
    spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec.loader.exec_module(mod)
    return mod


def run(*cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        sys.exit(f"wordml.py: {' '.join(cmd)} failed:\n{r.stdout}")


def soffice(profile, target, outdir, files, infilter=None):
    outdir.mkdir(parents=True, exist_ok=True)
    if files:
        run("soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
            *(["--infilter=" + infilter] if infilter else []),
            "--convert-to", target, "--outdir", str(outdir), *map(str, files))


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def set_pages(path, pages):
    """docProps/app.xml: no stale statistics; <Pages> = the rendered count (None: no <Pages>)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/app.xml":
            data = re.sub(rb"<(Pages|Words|Characters|CharactersWithSpaces|Paragraphs|Lines)>\d*</\1>\s*", b"", data)
            if pages is not None:
                data = re.sub(rb"(<Properties[^>]*>)", rb"\g<1><Pages>%d</Pages>" % pages, data, count=1)
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-01T09:00:00Z", data)
        out.append((name, data))
    write_zip(path, out)


def main():
    holdout, work, cvs = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), _load(sys.argv[3])
    inbox = holdout / "inbox"
    if work.exists():
        shutil.rmtree(work)
    (work / "truth").mkdir(parents=True)
    (work / "html").mkdir()
    (work / "lo").mkdir()
    if inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir()
    profile = work / "lo-profile"
    html_files = []
    for c in cvs.CVS:
        stem = Path(c["file"]).stem
        if c["producer"] == "lo-html":
            page, truth = html_of(c)
            f = work / "html" / f"{stem}.html"
            f.write_text(page, encoding="utf-8")
            html_files.append(f)
        elif c["producer"] == "minimal":
            truth = build_minimal(c, inbox / c["file"])
        else:
            truth = build_word(c, inbox / c["file"])
        (work / "truth" / f"{stem}.txt").write_text(truth + "\n", encoding="utf-8")
    soffice(profile, "docx:MS Word 2007 XML", work / "lo", html_files, infilter="HTML (StarWriter)")
    for f in html_files:
        shutil.copyfile(work / "lo" / f"{f.stem}.docx", inbox / f"{f.stem}.docx")
    soffice(profile, "pdf", work / "docx-pdf", sorted(inbox.glob("*.docx")))
    for c in cvs.CVS:
        stem = Path(c["file"]).stem
        n = pdf_pages(work / "docx-pdf" / f"{stem}.pdf")
        if c["producer"] != "minimal":
            set_pages(inbox / c["file"], None if c["post"] == "nopages" else n)
        print(f"  {c['file']} ({c['producer']}, {n} page(s) rendered)")


if __name__ == "__main__":
    main()
