# -*- coding: utf-8 -*-
"""Round 46: write the CVs with producer="pdfgen" as PDF files directly (no typesetting program), so that the text
layer is exactly what the round is about.

Usage: python3 pdf46.py HOLDOUT_DIR WORK_DIR CVS_PY

Fonts: Liberation Serif / Sans (metric twins of Times New Roman / Arial) embedded as Type0 fonts, Identity-H,
CIDFontType2 with a glyph subset (unused glyphs emptied, glyph ids kept), widths (/W) and a ToUnicode map, the
way Word and design tools write them. Every line is its own text object (BT … Tm … TJ … ET).

pdf=dict(kind=...):
  wordpdf  in the style of Word's "Opslaan als PDF": A4, Liberation Serif 11 pt, margins 2.5 cm; blocks
           ("title", t) ("p", t) left aligned, ("j", t) justified, ("h", t) a heading with a rule,
           ("tpos", period, text, [tasks]) the period at the margin and the text (bold) plus task bullets at a
           4 cm indent, justified. Standard ligatures: "fi" / "fl" drawn as one glyph, ToUnicode U+FB01 / U+FB02.
           U+00AD in the source is an optional hyphen: a line may break there and then ends in a hyphen glyph
           whose ToUnicode is U+00AD (a separate font resource, as a hyphen glyph can have one Unicode value per
           font); an optional hyphen where the line does not break is not drawn (and not in the text).
           Lines also break after a hard hyphen. must_break=[...]: strings ("\\n" = line end) that must be in the
           page text (checked with pdftotext -raw), so the breaks this CV is about really happen.
  canva    a one-page design export: a dark sidebar on the left (side=[blocks]), the main column on the right
           (name, role, profile, "WERKERVARING" with jobs=[pos]: bold title with the period right-aligned on the
           same baseline, employer, tasks). Every element is its own text object and they are written in LAYER
           order: background, headings, periods, employers, titles, tasks, profile, sidebar, name / role.
"""
import importlib.util
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype/liberation2")
A4 = (595.28, 841.89)
SHY = "\u00ad"
LIGS = {"fi": "\ufb01", "fl": "\ufb02"}


# ------------------------------------------------------------------------------------------ TrueType font
class TTF:
    def __init__(self, path):
        self.path = Path(path)
        d = self.data = self.path.read_bytes()
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        h = self.tab("head")
        self.upem = struct.unpack(">H", h[18:20])[0]
        self.bbox = struct.unpack(">hhhh", h[36:44])
        self.locfmt = struct.unpack(">h", h[50:52])[0]
        hh = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hh[4:8])
        nhm = struct.unpack(">H", hh[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.tab("maxp")[4:6])[0]
        hm = self.tab("hmtx")
        adv = [struct.unpack(">H", hm[4 * i:4 * i + 2])[0] for i in range(nhm)]
        self.adv = adv + [adv[-1]] * (self.nglyphs - nhm)
        os2 = self.tab("OS/2")
        self.cap = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent
        self.cmap = self._cmap()
        self.used = {0}

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.tab("cmap")
        nsub = struct.unpack(">H", c[2:4])[0]
        for i in range(nsub):
            pid, eid, so = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if (pid, eid) == (3, 1) and struct.unpack(">H", c[so:so + 2])[0] == 4:
                break
        else:
            raise SystemExit(f"pdf46.py: {self.path}: no (3,1) format 4 cmap")
        seg2 = struct.unpack(">H", c[so + 6:so + 8])[0]
        seg = seg2 // 2
        ends = struct.unpack(f">{seg}H", c[so + 14:so + 14 + seg2])
        starts = struct.unpack(f">{seg}H", c[so + 16 + seg2:so + 16 + 2 * seg2])
        deltas = struct.unpack(f">{seg}h", c[so + 16 + 2 * seg2:so + 16 + 3 * seg2])
        ro_at = so + 16 + 3 * seg2
        ros = struct.unpack(f">{seg}H", c[ro_at:ro_at + seg2])
        m = {}
        for i in range(seg):
            for ch in range(starts[i], ends[i] + 1):
                if ch == 0xFFFF:
                    continue
                if ros[i] == 0:
                    g = (ch + deltas[i]) & 0xFFFF
                else:
                    at = ro_at + 2 * i + ros[i] + 2 * (ch - starts[i])
                    g = struct.unpack(">H", c[at:at + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    m[ch] = g
        return m

    def gid(self, ch):
        g = self.cmap.get(ord(ch))
        if g is None:
            raise SystemExit(f"pdf46.py: {self.path.name} has no glyph for {ch!r}")
        self.used.add(g)
        return g

    def has(self, ch):
        return ord(ch) in self.cmap

    def width(self, text, size):
        return sum(self.adv[self.cmap[ord(ch)]] for ch in text) * size / self.upem

    def subset(self):
        """The font file with every glyph that is not used (directly or as a component) emptied."""
        loca_raw = self.tab("loca")
        if self.locfmt == 0:
            offs = [2 * v for v in struct.unpack(f">{self.nglyphs + 1}H", loca_raw[:2 * (self.nglyphs + 1)])]
        else:
            offs = list(struct.unpack(f">{self.nglyphs + 1}I", loca_raw[:4 * (self.nglyphs + 1)]))
        glyf = self.tab("glyf")
        keep, todo = set(), list(self.used)
        while todo:
            g = todo.pop()
            if g in keep:
                continue
            keep.add(g)
            gd = glyf[offs[g]:offs[g + 1]]
            if len(gd) >= 10 and struct.unpack(">h", gd[:2])[0] < 0:     # composite: follow the components
                p = 10
                while True:
                    flags, comp = struct.unpack(">HH", gd[p:p + 4])
                    todo.append(comp)
                    p += 4 + (4 if flags & 1 else 2)
                    p += 8 if flags & 0x80 else 4 if flags & 0x40 else 2 if flags & 0x08 else 0
                    if not flags & 0x20:
                        break
        new_glyf, new_loca = bytearray(), []
        for g in range(self.nglyphs):
            new_loca.append(len(new_glyf))
            if g in keep:
                new_glyf += glyf[offs[g]:offs[g + 1]]
                while len(new_glyf) % 4:
                    new_glyf += b"\0"
        new_loca.append(len(new_glyf))
        head = bytearray(self.tab("head"))
        head[8:12] = b"\0\0\0\0"                     # checkSumAdjustment
        head[50:52] = struct.pack(">h", 1)           # long loca
        tables = {"glyf": bytes(new_glyf), "loca": struct.pack(f">{len(new_loca)}I", *new_loca),
                  "head": bytes(head)}
        for t in ("cmap", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep", "OS/2"):
            if t in self.tables:
                tables[t] = self.tab(t)
        tags = sorted(tables)
        n = len(tags)
        es = max(k for k in range(8) if 2 ** k <= n)
        out = bytearray(struct.pack(">IHHHH", 0x00010000, n, 16 * 2 ** es, es, 16 * n - 16 * 2 ** es))
        off = 12 + 16 * n
        body = bytearray()
        for t in tags:
            data = tables[t]
            cs = sum(struct.unpack(f">{(len(data) + 3) // 4}I", data + b"\0" * (-len(data) % 4))) & 0xFFFFFFFF
            out += struct.pack(">4sIII", t.encode("latin-1"), cs, off + len(body), len(data))
            body += data + b"\0" * (-len(data) % 4)
        return bytes(out + body)


# ------------------------------------------------------------------------------------------ PDF writer
class PDF:
    def __init__(self, info):
        self.objs = []
        self.info = info
        self.pages = []
        self.fonts = {}          # resource name -> (TTF, shy)

    def add(self, data):
        self.objs.append(data)
        return len(self.objs)

    def font(self, name, ttf, shy=False):
        self.fonts[name] = (ttf, shy)

    def page(self, ops, size=A4):
        self.pages.append((ops, size))

    def write(self, path):
        self.objs = []
        catalog = self.add(None)
        pages_id = self.add(None)
        font_ids, desc = {}, {}
        for name, (ttf, shy) in self.fonts.items():
            if ttf.path not in desc:
                raw = ttf.subset()
                ff = self.add(stream({"Length1": len(raw)}, raw))
                base = ttf.path.stem.replace("-Regular", "").replace("-", ",")
                desc[ttf.path] = (self.add(
                    f"<< /Type /FontDescriptor /FontName /{base} /Flags {34 if 'Serif' in base else 32} "
                    f"/FontBBox [{' '.join(str(round(v * 1000 / ttf.upem)) for v in ttf.bbox)}] /ItalicAngle 0 "
                    f"/Ascent {round(ttf.ascent * 1000 / ttf.upem)} /Descent {round(ttf.descent * 1000 / ttf.upem)} "
                    f"/CapHeight {round(ttf.cap * 1000 / ttf.upem)} /StemV 80 /FontFile2 {ff} 0 R >>"), base)
            fd, base = desc[ttf.path]
            gids = sorted(ttf.used)
            w = " ".join(f"{g} [{round(ttf.adv[g] * 1000 / ttf.upem)}]" for g in gids)
            cid = self.add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << /Registry "
                           f"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {fd} 0 R /DW 1000 "
                           f"/W [{w}] /CIDToGIDMap /Identity >>")
            tu = self.add(stream({}, tounicode(ttf, shy).encode()))
            font_ids[name] = self.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
                                      f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>")
        res = "<< /Font << " + " ".join(f"/{n} {i} 0 R" for n, i in font_ids.items()) + " >> >>"
        kids = []
        for ops, (wd, ht) in self.pages:
            content = self.add(stream({}, "\n".join(ops).encode("latin-1")))
            kids.append(self.add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {wd:.2f} {ht:.2f}] "
                                 f"/Resources {res} /Contents {content} 0 R >>"))
        self.objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                                   f"/Count {len(kids)} >>")
        self.objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R /Lang (nl-NL) >>"
        info = self.add("<< " + " ".join(f"/{k} {pdfstr(v)}" for k, v in self.info.items()) + " >>")
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, o in enumerate(self.objs, 1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode()
            out += o if isinstance(o, bytes) else o.encode("latin-1")
            out += b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n"
                f"{xref}\n%%EOF\n").encode()
        Path(path).write_bytes(bytes(out))


def stream(d, raw):
    z = zlib.compress(raw, 9)
    extra = " ".join(f"/{k} {v}" for k, v in d.items())
    return f"<< /Length {len(z)} /Filter /FlateDecode {extra} >>\nstream\n".encode() + z + b"\nendstream"


def pdfstr(s):
    """A text string: UTF-16BE with BOM."""
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def tounicode(ttf, shy):
    inv = {}
    for ch, g in sorted(ttf.cmap.items(), reverse=True):   # the lowest code point wins for a shared glyph
        if g in ttf.used:
            inv[g] = ch
    if shy:
        inv[ttf.cmap[0x2D]] = 0xAD
    lines = []
    items = sorted(inv.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{g:04X}> <{chr(u).encode('utf-16-be').hex().upper()}>" for g, u in chunk]
        lines.append("endbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(lines) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


# ------------------------------------------------------------------------------------------ text drawing
class Face:
    """A font resource name + its TTF; ligatures on or off."""
    def __init__(self, res, ttf, ligs=False, shy_res=None):
        self.res, self.ttf, self.ligs, self.shy_res = res, ttf, ligs, shy_res

    def shape(self, text):
        if self.ligs:
            for a, b in LIGS.items():
                if self.ttf.has(b):
                    text = text.replace(a, b)
        return text

    def width(self, text, size):
        return self.ttf.width(self.shape(text.replace(SHY, "")), size)


def tj(face, size, x, y, text, color=None, spacing=None, tc=0.0):
    """One text object. spacing: extra points after each space (justification), as TJ offsets."""
    t = face.shape(text)
    parts, cur = [], []
    for ch in t:
        cur.append(f"{face.ttf.gid(ch):04X}")
        if ch == " " and spacing:
            parts.append("<" + "".join(cur) + ">")
            parts.append(f"{-spacing * 1000 / size:.1f}")
            cur = []
    if cur:
        parts.append("<" + "".join(cur) + ">")
    ops = ["BT"]
    if color:
        ops.append(f"{color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg")
    ops.append(f"/{face.res} {size:g} Tf")
    ops.append(f"{tc:g} Tc")      # the text state outlives ET: every object sets its own spacing
    ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
    ops.append(f"[{' '.join(parts)}] TJ")
    ops.append("ET")
    return ops


def shy_hyphen(face, size, x, y, color=None):
    """The hyphen glyph drawn at an optional-hyphen break, from the font resource whose ToUnicode says U+00AD."""
    g = face.ttf.gid("-")
    ops = ["BT"]
    if color:
        ops.append(f"{color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg")
    ops += [f"/{face.shy_res} {size:g} Tf", f"1 0 0 1 {x:.2f} {y:.2f} Tm", f"[<{g:04X}>] TJ", "ET"]
    return ops


def break_lines(face, size, text, width, first_width=None):
    """Greedy line breaking (as a word processor does): at spaces, after a hard hyphen, or at an optional hyphen
    (U+00AD, then a hyphen is drawn). Returns [(line text without U+00AD, ends_with_shy)]."""
    words = text.split(" ")
    lines, cur = [], ""
    avail = first_width or width

    def fits(s, extra=""):
        return face.width(s, size) + (face.width(extra, size) if extra else 0) <= avail + 0.01

    i = 0
    while i < len(words):
        w = words[i]
        cand = (cur + " " + w) if cur else w
        if fits(cand):
            cur = cand
            i += 1
            continue
        # try to break inside the word: the longest prefix at a soft hyphen or after a hard hyphen
        best = None
        for m in re.finditer(r"\u00ad|-(?=[^\W\d_])", w):
            pre = w[:m.start()] if m.group() == SHY else w[:m.end()]
            head = (cur + " " + pre) if cur else pre
            if fits(head, "-" if m.group() == SHY else ""):
                best = (head, m.group() == SHY, w[m.end():])
        if best:
            lines.append((best[0].replace(SHY, ""), best[1]))
            words[i] = best[2]
        elif cur:
            lines.append((cur.replace(SHY, ""), False))
        else:
            raise SystemExit(f"pdf46.py: {w!r} does not fit in {width:.0f} pt")
        cur = ""
        avail = width
    if cur:
        lines.append((cur.replace(SHY, ""), False))
    return lines


# ------------------------------------------------------------------------------------------ kind: wordpdf
def build_wordpdf(c, out):
    p = c["pdf"]
    reg = TTF(FONTDIR / "LiberationSerif-Regular.ttf")
    bold = TTF(FONTDIR / "LiberationSerif-Bold.ttf")
    pdf = PDF({"Title": f"Curriculum vitae {c['name']}", "Author": c["name"],
               "Creator": "Microsoft® Word voor Microsoft 365",
               "Producer": "Microsoft® Word voor Microsoft 365 (nagebootst door tests/holdout46/src/pdf46.py)"})
    pdf.font("F1", reg)
    pdf.font("F2", bold)
    pdf.font("F3", reg, shy=True)
    pdf.font("F4", bold, shy=True)
    R = Face("F1", reg, True, "F3")
    B = Face("F2", bold, True, "F4")
    W, H = A4
    ML, MR, MT, MB = 70.9, 70.9, 70.9, 70.9          # 2.5 cm
    TAB = 113.4                                       # 4 cm
    ACC = (0.12, 0.30, 0.47)
    pages, ops = [], []
    y = H - MT

    def need(h):
        nonlocal y, ops
        if y - h < MB:
            pages.append(ops)
            ops = []
            y = H - MT

    def para(face, size, text, x, width, justify, color=None, lead=1.18, first_x=None):
        nonlocal y
        lines = break_lines(face, size, text, width)
        for k, (ln, shy) in enumerate(lines):
            need(size * lead)
            y -= size * lead
            last = k == len(lines) - 1
            sp = None
            if justify and not last and ln.count(" "):
                natural = face.width(ln, size) + (face.width("-", size) if shy else 0)
                sp = (width - natural) / ln.count(" ")
            lx = x
            ops.extend(tj(face, size, lx, y, ln, color, sp))
            if shy:
                ops.extend(shy_hyphen(face, size, lx + width - face.width("-", size) if sp is not None else
                                      lx + face.width(ln, size), y, color))
        return lines

    textw = W - ML - MR
    for b in p["body"]:
        k = b[0]
        if k == "title":
            y -= 6
            para(B, 20, b[1], ML, textw, False, ACC)
            y -= 4
        elif k == "p":
            para(R, 11, b[1], ML, textw, False)
        elif k == "j":
            para(R, 11, b[1], ML, textw, True)
        elif k == "h":
            need(40)
            y -= 12
            para(B, 13, b[1], ML, textw, False, ACC)
            y -= 3
            ops.append(f"{ACC[0]} {ACC[1]} {ACC[2]} RG 0.6 w {ML:.2f} {y:.2f} m {W - MR:.2f} {y:.2f} l S")
            y -= 2
        elif k == "tpos":
            _, period, text, tasks = b
            need(30)
            y -= 5
            ops.extend(tj(R, 11, ML, y - 11 * 1.18, period))   # the period first, as Word writes the line
            para(B, 11, text, ML + TAB, textw - TAB, True)
            for t in tasks:
                y -= 1
                need(11 * 1.18)
                ops.extend(tj(R, 11, ML + TAB, y - 11 * 1.18, "•"))
                para(R, 11, t, ML + TAB + 12, textw - TAB - 12, True)
        else:
            raise ValueError(k)
    pages.append(ops)
    for pg in pages:
        pdf.page(pg)
    pdf.write(out)


# ------------------------------------------------------------------------------------------ kind: canva
def build_canva(c, out):
    p = c["pdf"]
    reg = TTF(FONTDIR / "LiberationSans-Regular.ttf")
    bold = TTF(FONTDIR / "LiberationSans-Bold.ttf")
    pdf = PDF({"Title": f"CV {c['name']}", "Author": c["name"], "Creator": "Canva",
               "Producer": "Canva (nagebootst door tests/holdout46/src/pdf46.py)"})
    pdf.font("F1", reg)
    pdf.font("F2", bold)
    R, B = Face("F1", reg), Face("F2", bold)
    W, H = A4
    SIDE = 187.0
    MX, MW = 212.0, W - 212.0 - 34.0
    WHITE, DARK, ACC, GREY = (1, 1, 1), (0.12, 0.14, 0.16), (0.11, 0.36, 0.38), (0.35, 0.37, 0.40)
    layers = {k: [] for k in ("bg", "head", "period", "employer", "title", "task", "profile", "side", "name")}

    def text_lines(layer, face, size, text, x, y, width, color, lead=1.3):
        for ln, _ in break_lines(face, size, text, width):
            layers[layer].append(tj(face, size, x, y, ln, color))
            y -= size * lead
        return y

    layers["bg"].append([f"{ACC[0]} {ACC[1]} {ACC[2]} rg 0 0 {SIDE:.2f} {H:.2f} re f"])
    # main column
    y = H - 62
    layers["name"].append(tj(B, 26, MX, y, p["name"], DARK))
    y -= 20
    layers["name"].append(tj(R, 12.5, MX, y, p["role"], ACC, tc=0.6))
    y -= 26
    y = text_lines("profile", R, 9.5, p["profile"], MX, y, MW, GREY)
    y -= 14
    layers["head"].append(tj(B, 11, MX, y, "WERKERVARING", ACC, tc=1.6))
    layers["bg"].append([f"{ACC[0]} {ACC[1]} {ACC[2]} RG 0.8 w {MX:.2f} {y - 5:.2f} m {MX + MW:.2f} {y - 5:.2f} l S"])
    y -= 22
    for j in p["jobs"]:
        layers["title"].append(tj(B, 10.5, MX, y, j["t"], DARK))
        layers["period"].append(tj(R, 9.5, MX + MW - R.width(j["d"], 9.5), y, j["d"], ACC))
        y -= 13.5
        layers["employer"].append(tj(R, 10, MX, y, j["e"], ACC))
        y -= 14
        for t in j["tasks"]:
            layers["task"].append(tj(R, 9.5, MX + 2, y, "•", GREY))
            y = text_lines("task", R, 9.5, t, MX + 12, y, MW - 12, GREY, 1.28)
            y -= 2
        y -= 10
    if y < 40:
        raise SystemExit(f"pdf46.py: {c['file']}: the main column runs off the page")
    # sidebar
    y = H - 62
    for b in p["side"]:
        k = b[0]
        if k == "h":
            y -= 12
            layers["side"].append(tj(B, 10, 24, y, b[1], WHITE, tc=1.4))
            y -= 16
        elif k in ("p", "pb"):
            y = text_lines("side", B if k == "pb" else R, 9, b[1], 24, y, SIDE - 44, WHITE, 1.35)
        else:
            raise ValueError(k)
    if y < 30:
        raise SystemExit(f"pdf46.py: {c['file']}: the sidebar runs off the page")
    ops = []
    for layer in layers.values():
        for item in layer:
            ops.extend(item)
    pdf.page(ops)
    pdf.write(out)


def check_breaks(c, path):
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    for s in c["pdf"].get("must_break", []):
        if s not in raw:
            sys.exit(f"pdf46.py: {c['file']}: the line break {s!r} is not in the text layer")


BUILD = {"wordpdf": build_wordpdf, "canva": build_canva}


def main():
    holdout, _work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    (holdout / "inbox").mkdir(exist_ok=True)
    for c in mod.CVS:
        if c.get("producer") != "pdfgen":
            continue
        dst = holdout / "inbox" / c["file"]
        BUILD[c["pdf"]["kind"]](c, dst)
        check_breaks(c, dst)
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
