# -*- coding: utf-8 -*-
"""Round 46: print the CVs with producer="chromium" as PDFs: HTML + CSS -> headless Chromium (the invocation of
tests/holdout23/src/html_pdf.py).

Usage: python3 html46.py HOLDOUT_DIR WORK_DIR CVS_PY

html=dict(template=...):
  landscape3  @page A4 LANDSCAPE; cols=[blocks, blocks, blocks] in a CSS grid of three columns (1fr 1.3fr 1fr)
              with rules between them
  imgheads    body=[blocks] in one column; every ("h", t) is drawn on a canvas and put into the page as a PNG
              (<img src="data:image/png…">, no alt text), so the heading's words are not in the PDF's text; the
              script checks that with pdftotext
  multicol    head=[blocks] across the page; body=[blocks] in CSS columns (column-count: 2, column-rule) that run
              over two pages; split=(a, b): the position must break between line a (end of page 1) and line b
              (start of page 2): the space before the "Werkervaring" heading is tuned until it does
blocks: ("title", t) ("sub", t) ("h", t) ("p", t) ("pb", t) ("bl", [t])
        ("jobs", [pos])  period (bold, accent) / title (bold) / employer / task bullets
        ("jobs2", [pos]) "title — employer" (bold) / period (accent) / task bullets
"""
import html
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

BASE = """
body { font-family: 'Liberation Sans', Arial, sans-serif; margin: 0; color: #222; line-height: 1.3; }
h1 { margin: 0 0 2pt 0; color: #2b5f75; }
.sub { color: #555; margin: 0 0 6pt 0; font-style: italic; }
h2 { margin: 10pt 0 4pt 0; color: #2b5f75; border-bottom: 1px solid #2b5f75; }
p { margin: 0 0 2pt 0; }
ul { margin: 1pt 0 4pt 0; padding-left: 13pt; }
li { margin: 0 0 1pt 0; }
.per { font-weight: bold; color: #2b5f75; margin-top: 6pt; }
.emp { color: #444; }
"""

CSS = {
    "landscape3": """
@page { size: A4 landscape; margin: 11mm 12mm; }
body { font-size: 9.8pt; }
h1 { font-size: 21pt; } .sub { font-size: 12pt; } h2 { font-size: 11.5pt; margin-top: 9pt; }
.three { display: grid; grid-template-columns: 1fr 1.3fr 1fr; column-gap: 0; }
.three > div { padding: 0 11pt; }
.three > div + div { border-left: 1px solid #b9c8cf; }
""",
    "imgheads": """
@page { size: A4; margin: 15mm 17mm; }
body { font-size: 10pt; }
h1 { font-size: 22pt; }
img.hd { display: block; width: 100%; height: auto; margin: 11pt 0 5pt 0; }
""",
    "multicol": """
@page { size: A4; margin: 15mm 16mm; }
body { font-size: 10pt; }
h1 { font-size: 22pt; }
.head { border-bottom: 2px solid #2b5f75; padding-bottom: 4pt; margin-bottom: 8pt; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 1px solid #c4d0d6; column-fill: auto; }
.cols h2 { font-size: 11.5pt; break-after: avoid; }
.pad { height: 0; }
""",
}

CANVAS_JS = """
<script>
for (const el of document.querySelectorAll('span.hd')) {
  const c = document.createElement('canvas');
  c.width = 1800; c.height = 84;
  const g = c.getContext('2d');
  g.fillStyle = '#2b5f75'; g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#ffffff'; g.font = 'bold 46px "Liberation Sans", Arial, sans-serif'; g.textBaseline = 'middle';
  g.fillText(el.dataset.t, 22, c.height / 2 + 2);
  const img = document.createElement('img');
  img.className = 'hd'; img.src = c.toDataURL('image/png'); img.alt = '';
  el.replaceWith(img);
}
</script>
"""


def e(t):
    return html.escape(t, quote=False)


def blocks(bs, imgheads=False):
    out = []
    for b in bs:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "sub":
            out.append(f"<p class='sub'>{e(b[1])}</p>")
        elif k == "h":
            if imgheads:   # the heading's words only in a data attribute that the script turns into a bitmap
                out.append(f"<span class='hd' data-t='{html.escape(b[1].upper(), quote=True)}'></span>")
            else:
                out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "pb":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "bl":
            out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b[1]) + "</ul>")
        elif k == "jobs":
            for p in b[1]:
                out.append(f"<p class='per'>{e(p['d'])}</p><p><b>{e(p['t'])}</b></p><p class='emp'>{e(p['e'])}</p>")
                out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in p["tasks"]) + "</ul>")
        elif k == "jobs2":
            for p in b[1]:
                out.append(f"<p style='margin-top:7pt'><b>{e(p['t'])} — {e(p['e'])}</b></p>"
                           f"<p class='per' style='margin-top:0'>{e(p['d'])}</p>")
                out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in p["tasks"]) + "</ul>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def page(c, pad=0):
    h = c["html"]
    t = h["template"]
    if t == "landscape3":
        body = "<div class='three'>" + "".join(f"<div>{blocks(col)}</div>" for col in h["cols"]) + "</div>"
    elif t == "imgheads":
        body = blocks(h["body"], imgheads=True) + CANVAS_JS
    elif t == "multicol":
        parts = []
        for b in h["body"]:
            if b == ("h", "Werkervaring"):
                parts.append(f"<div class='pad' style='height:{pad}pt'></div>")
            parts.append(blocks([b]))
        body = f"<div class='head'>{blocks(h['head'])}</div><div class='cols'>{''.join(parts)}</div>"
    else:
        raise ValueError(t)
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Curriculum vitae {e(c['name'])}"
            f"</title><style>{BASE}{CSS[t]}</style></head><body>{body}</body></html>")


def text(pdf, first=None, last=None, raw=False):
    args = ["pdftotext", "-enc", "UTF-8"]
    if raw:
        args.append("-raw")
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def render(chrome, work, src, dst):
    r = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={dst}",
                        src.as_uri()], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode or not dst.exists() or not dst.stat().st_size:
        sys.exit(f"html46.py: no PDF for {dst.name}:\n{r.stdout}")


def split_ok(c, pdf):
    a, b = c["html"]["split"]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    if "Pages:           1\n" in info:
        return False
    p1, p2 = text(pdf, 1, 1, raw=True), text(pdf, 2, 2, raw=True)
    lines1 = [ln for ln in p1.splitlines() if ln.strip()]
    lines2 = [ln for ln in p2.splitlines() if ln.strip()]
    return bool(lines1 and lines2) and lines1[-1].strip() == a and lines2[0].strip() == b


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    hdir = work / "html"
    hdir.mkdir(parents=True, exist_ok=True)
    (holdout / "inbox").mkdir(exist_ok=True)
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("html46.py: chromium not found")
    for c in mod.CVS:
        if c.get("producer") != "chromium":
            continue
        src = hdir / (Path(c["file"]).stem + ".html")
        dst = holdout / "inbox" / c["file"]
        t = c["html"]["template"]
        if t == "multicol":
            for pad in range(0, 600, 3):
                src.write_text(page(c, pad), encoding="utf-8")
                render(chrome, work, src, dst)
                if split_ok(c, dst):
                    break
            else:
                sys.exit(f"html46.py: {c['file']}: no padding breaks the position between {c['html']['split']}")
            print(f"  {c['file']} (space before Werkervaring: {pad} pt)")
            continue
        src.write_text(page(c), encoding="utf-8")
        render(chrome, work, src, dst)
        if t == "imgheads":
            words = text(dst).lower()
            for b in c["html"]["body"]:
                if b[0] == "h" and b[1].lower() in words:
                    sys.exit(f"html46.py: {c['file']}: the heading {b[1]!r} is in the text layer")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
