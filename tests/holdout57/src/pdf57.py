# -*- coding: utf-8 -*-
"""Round 57: the PDFs written directly (no typesetting program), so that the text layer is exactly what a real
producer of this kind writes. The TrueType parsing, subsetting, ToUnicode and the text object helper are those of
tests/holdout46/src/pdf46.py (imported, unchanged); the file writer here adds page images.

Usage: python3 pdf57.py HOLDOUT_DIR WORK_DIR CVS_PY

producer "canva": a one-page design-tool export. A coloured sidebar (contact, education, courses, languages, rate)
    and a main column (name, role, profile, experience, referees). Every WORD is its own text object
    (BT /F Tf  r g b rg  1 0 0 1 x y Tm  [<glyph ids>] TJ  ET), placed by absolute coordinates where a word
    processor would have put it; there is not a single space glyph in the file. Headings in capitals with letter
    spacing (Tc). The period of a position is right-aligned on the title's baseline, word by word. Elements are
    written in reading order (sidebar first, then the main column, as the design was built).
producer "ocr": a scanned CV made searchable, as OCR software writes it. The CV is first laid out by python-docx +
    LibreOffice (WORK_DIR/ocr/<stem>.src.pdf), then every page is rasterised (pdftoppm, 150 dpi, grey, JPEG, with a
    little scanner noise and an off-white paper tone) and becomes a full-page image XObject (DCTDecode). Over the
    image an INVISIBLE text layer (3 Tr): per line of the source one text object, per word a Tm at the word's box
    (from pdftotext -bbox-layout of the source), the font size the box's height, the word stretched by Tz to the
    box's width, and a space after every word but the last of its line (as Tesseract's PDF renderer does).
"""
import importlib.util
import io
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("pdf46", HERE / ".." / ".." / "holdout46" / "src" / "pdf46.py")
pdf46 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdf46)
TTF, Face, tj, break_lines, stream, pdfstr, tounicode = (pdf46.TTF, pdf46.Face, pdf46.tj, pdf46.break_lines,
                                                         pdf46.stream, pdf46.pdfstr, pdf46.tounicode)
FONTDIR = pdf46.FONTDIR
A4 = pdf46.A4


class PDF:
    """pdf46.PDF with page images: page(ops, images={name: (jpeg bytes, w, h)})."""
    def __init__(self, info):
        self.info, self.fonts, self.pages, self.objs = info, {}, [], []

    def add(self, data):
        self.objs.append(data)
        return len(self.objs)

    def font(self, name, ttf):
        self.fonts[name] = ttf

    def page(self, ops, images=None, size=A4):
        self.pages.append((ops, images or {}, size))

    def write(self, path):
        catalog, pages_id = self.add(None), self.add(None)
        font_ids, desc = {}, {}
        for name, ttf in self.fonts.items():
            if ttf.path not in desc:
                raw = ttf.subset()
                ff = self.add(stream({"Length1": len(raw)}, raw))
                base = ttf.path.stem.replace("-Regular", "").replace("-", ",")
                desc[ttf.path] = (self.add(
                    f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 "
                    f"/FontBBox [{' '.join(str(round(v * 1000 / ttf.upem)) for v in ttf.bbox)}] /ItalicAngle 0 "
                    f"/Ascent {round(ttf.ascent * 1000 / ttf.upem)} /Descent {round(ttf.descent * 1000 / ttf.upem)} "
                    f"/CapHeight {round(ttf.cap * 1000 / ttf.upem)} /StemV 80 /FontFile2 {ff} 0 R >>"), base)
            fd, base = desc[ttf.path]
            w = " ".join(f"{g} [{round(ttf.adv[g] * 1000 / ttf.upem)}]" for g in sorted(ttf.used))
            cid = self.add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << /Registry "
                           f"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {fd} 0 R /DW 1000 "
                           f"/W [{w}] /CIDToGIDMap /Identity >>")
            tu = self.add(stream({}, tounicode(ttf, False).encode()))
            font_ids[name] = self.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
                                      f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>")
        fonts = " ".join(f"/{n} {i} 0 R" for n, i in font_ids.items())
        kids = []
        for ops, images, (wd, ht) in self.pages:
            xo = []
            for name, (jpg, pw, ph) in images.items():
                hdr = (f"<< /Type /XObject /Subtype /Image /Width {pw} /Height {ph} /ColorSpace /DeviceGray "
                       f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n").encode()
                oid = self.add(hdr + jpg + b"\nendstream")
                xo.append(f"/{name} {oid} 0 R")
            res = f"<< /Font << {fonts} >> " + (f"/XObject << {' '.join(xo)} >> " if xo else "") + ">>"
            content = self.add(stream({}, "\n".join(ops).encode("latin-1")))
            kids.append(self.add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {wd:.2f} {ht:.2f}] "
                                 f"/Resources {res} /Contents {content} 0 R >>"))
        self.objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                                   f"/Count {len(kids)} >>")
        self.objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>"
        info = self.add("<< " + " ".join(f"/{k} {pdfstr(v)}" for k, v in self.info.items()) + " >>")
        out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, o in enumerate(self.objs, 1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + (o if isinstance(o, bytes) else o.encode("latin-1")) + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n"
                f"{xref}\n%%EOF\n").encode()
        Path(path).write_bytes(bytes(out))


# ------------------------------------------------------------------------------------------ canva: word runs
def words_at(ops, face, size, x, y, text, color, tc=0.0):
    """One line of text, every word its own text object at its own x; no space glyph is written."""
    pos = x
    for k, w in enumerate(text.split(" ")):
        if k:
            pos += face.width(" ", size) + tc
        if w:
            ops.extend(tj(face, size, pos, y, w, color, tc=tc))
            pos += face.width(w, size) + tc * len(w)
    return pos


def build_canva(c, out):
    d = c["doc"]
    reg = TTF(FONTDIR / "LiberationSans-Regular.ttf")
    bold = TTF(FONTDIR / "LiberationSans-Bold.ttf")
    pdf = PDF({"Title": f"CV {d['name']}", "Author": d["name"], "Creator": "Canva",
               "Producer": "Canva (nagebootst door tests/holdout57/src/pdf57.py)"})
    pdf.font("F1", reg)
    pdf.font("F2", bold)
    R, B = Face("F1", reg), Face("F2", bold)
    W, H = A4
    SIDE = 190.0
    SX, SW = 22.0, SIDE - 40.0
    MX, MW = 214.0, W - 214.0 - 34.0
    WHITE, DARK, ACC, GREY, LIGHT = (1, 1, 1), (0.13, 0.15, 0.17), (0.09, 0.35, 0.42), (0.33, 0.35, 0.38), \
        (0.85, 0.93, 0.94)
    ops = [f"{ACC[0]} {ACC[1]} {ACC[2]} rg 0 0 {SIDE:.2f} {H:.2f} re f"]

    def para(face, size, text, x, y, width, color, lead=1.32):
        for ln, _ in break_lines(face, size, text, width):
            words_at(ops, face, size, x, y, ln, color)
            y -= size * lead
        return y

    def side_head(y, t):
        y -= 14
        words_at(ops, B, 9.5, SX, y, t, LIGHT, tc=1.1)
        return y - 15

    # sidebar
    y = H - 60
    y = side_head(y, "CONTACT")
    for t in (d["city"], d["phone"], d["email"]):
        y = para(R, 8.8, t, SX, y, SW, WHITE)
    y = side_head(y - 6, "OPLEIDING")
    for e in d["edu"]:
        y = para(B, 8.8, e["t"], SX, y, SW, WHITE)
        y = para(R, 8.8, f"{e['s']}, {e['place']}", SX, y, SW, WHITE)
        y = para(R, 8.8, f"{e['d']}, {e['st']}", SX, y, SW, WHITE)
    y = side_head(y - 6, "CURSUSSEN")
    for yr, t in d["courses"]:
        y = para(R, 8.8, f"{t} ({yr})", SX, y, SW, WHITE)
    y = side_head(y - 6, "TALEN")
    for lang, lvl in d["langs"]:
        y = para(R, 8.8, f"{lang} – {lvl}", SX, y, SW, WHITE)
    y = side_head(y - 6, "UURTARIEF")
    y = para(R, 8.8, d["rate"], SX, y, SW, WHITE)
    y = side_head(y - 6, "BESCHIKBAAR")
    y = para(R, 8.8, d["avail"], SX, y, SW, WHITE)
    if y < 30:
        sys.exit(f"pdf57.py: {c['file']}: the sidebar runs off the page")
    # main column
    y = H - 66
    words_at(ops, B, 26, MX, y, d["name"], DARK)
    y -= 21
    words_at(ops, R, 12, MX, y, d["role"].upper(), ACC, tc=0.5)
    y -= 24
    for t in d["profile"]:
        y = para(R, 9.5, t, MX, y, MW, GREY)

    def main_head(y, t):
        y -= 16
        words_at(ops, B, 11, MX, y, t, ACC, tc=1.3)
        ops.append(f"{ACC[0]} {ACC[1]} {ACC[2]} RG 0.8 w {MX:.2f} {y - 5:.2f} m {MX + MW:.2f} {y - 5:.2f} l S")
        return y - 21

    y = main_head(y, "WERKERVARING")
    for j in d["jobs"]:
        words_at(ops, B, 10.5, MX, y, j["t"], DARK)
        words_at(ops, R, 9.5, MX + MW - R.width(j["d"], 9.5), y, j["d"], ACC)
        y -= 13.5
        words_at(ops, R, 10, MX, y, j["e"], ACC)
        y -= 14
        for t in j["tasks"]:
            words_at(ops, R, 9.5, MX + 2, y, "•", GREY)
            y = para(R, 9.5, t, MX + 12, y, MW - 12, GREY, 1.28)
            y -= 2
        y -= 9
    y = main_head(y, "REFERENTIES")
    for n, r, ph in d["refs"]:
        y = para(R, 9.5, f"{n}, {r}, {ph}", MX, y, MW, GREY)
        y -= 2
    if y < 36:
        sys.exit(f"pdf57.py: {c['file']}: the main column runs off the page")
    pdf.page(ops)
    pdf.write(out)


# ------------------------------------------------------------------------------------------ ocr: image + Tr 3
def source_docx(c, path):
    """The CV as it was printed before it was scanned: a plain one-column Word document."""
    from docx import Document
    from docx.shared import Cm, Pt
    d = c["doc"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.3))
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(10.5)
    st.paragraph_format.space_after = Pt(2)

    def para(text, bold=False, size=None, after=None, italic=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    def head(text):
        p = para(text.upper(), bold=True, size=11.5, after=3)
        p.paragraph_format.space_before = Pt(9)

    para("Curriculum vitae", size=10, after=0, italic=True)
    para(d["name"], bold=True, size=18, after=0)
    para(f"{d['role']}  ·  {d['city']}  ·  {d['phone']}  ·  {d['email']}", after=4)
    head("Profiel")
    for t in d["profile"]:
        para(t)
    head("Werkervaring")
    for j in d["jobs"]:
        p = para(f"{j['d']}", bold=True, after=0)
        para(f"{j['t']}, {j['e']}", after=1)
        for t in j["tasks"]:
            q = para(f"–  {t}", after=1)
            q.paragraph_format.left_indent = Cm(0.6)
            q.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_before = Pt(4)
    head("Opleiding")
    for e in d["edu"]:
        para(f"{e['d']}  {e['t']}, {e['s']}, {e['place']} – {e['st']}")
    head("Cursussen")
    for yr, t in d["courses"]:
        para(f"{yr}  {t}")
    head("Talen")
    para(", ".join(f"{lang} ({lvl})" for lang, lvl in d["langs"]))
    head("Referenties")
    for n, r, ph in d["refs"]:
        para(f"{n}, {r}, tel. {ph}")
    head("Uurtarief en beschikbaarheid")
    para(f"Uurtarief: {d['rate']}")
    para(f"Beschikbaar: {d['avail']}")
    doc.save(path)


def scan_pages(src_pdf, work, stem):
    """Rasterise each page at 150 dpi, grey, and give it the look of a scan (paper tone, noise), as JPEG."""
    from PIL import Image, ImageFilter
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src_pdf), str(work / f"{stem}.page")], check=True)
    rnd = random.Random(57)
    pages = []
    for png in sorted(work.glob(f"{stem}.page-*.png")):
        im = Image.open(png).convert("L").filter(ImageFilter.GaussianBlur(0.5))
        px = im.load()
        w, h = im.size
        for yy in range(h):
            for xx in range(0, w, 1):
                v = px[xx, yy]
                v = int(v * 0.94 + 8) + rnd.randint(-7, 7)
                px[xx, yy] = max(0, min(255, v))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        pages.append((buf.getvalue(), w, h))
    return pages


def bbox_lines(src_pdf):
    """[(page index, [(word, xMin, yMin, xMax, yMax)] per line)] from pdftotext -bbox-layout."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(src_pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml)
    root = ET.fromstring(xhtml)
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    out = []
    for pi, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page")):
        lines = []
        for line in page.iterfind(".//h:line", ns):
            words = [(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                      float(w.get("yMax"))) for w in line.iterfind("h:word", ns)]
            if words:
                lines.append(words)
        out.append((pi, lines))
    return out


def build_ocr(c, out, work):
    d = c["doc"]
    stem = Path(c["file"]).stem
    work.mkdir(parents=True, exist_ok=True)
    src_docx = work / f"{stem}.src.docx"
    source_docx(c, src_docx)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work.parent / 'lo-profile'}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(work), str(src_docx)], check=True,
                   capture_output=True)
    src_pdf = work / f"{stem}.src.pdf"
    images = scan_pages(src_pdf, work, stem)
    reg = TTF(FONTDIR / "LiberationSans-Regular.ttf")
    R = Face("F1", reg)
    pdf = PDF({"Title": f"Scan {d['name']}", "Creator": "Scan naar PDF (OCR)",
               "Producer": "OCR-tekstlaag (nagebootst door tests/holdout57/src/pdf57.py)"})
    pdf.font("F1", reg)
    W, H = A4
    for (jpg, pw, ph), (pi, lines) in zip(images, bbox_lines(src_pdf)):
        ops = [f"q {W:.2f} 0 0 {H:.2f} 0 0 cm /Im0 Do Q", "BT", "3 Tr"]
        for words in lines:
            for k, (w, x0, y0, x1, y1) in enumerate(words):
                text = w if k == len(words) - 1 else w + " "
                size = round(y1 - y0, 2)
                natural = R.width(w, size)
                tz = 100.0 * (x1 - x0) / natural if natural else 100.0
                base = H - y1 + 0.21 * size
                glyphs = "".join(f"{reg.gid(ch):04X}" for ch in text)
                ops.append(f"/F1 {size:g} Tf {tz:.1f} Tz 1 0 0 1 {x0:.2f} {base:.2f} Tm <{glyphs}> Tj")
        ops.append("ET")
        pdf.page(ops, {"Im0": (jpg, pw, ph)})
    pdf.write(out)


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for c in mod.CVS:
        dst = holdout / "inbox" / c["file"]
        if c.get("producer") == "canva":
            build_canva(c, dst)
        elif c.get("producer") == "ocr":
            build_ocr(c, dst, work / "ocr")
        else:
            continue
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
